//! The benchmark's floor: one window, one static page, and the same moment of
//! readiness as the assistant (`ready <ms>` once the page has painted, reported
//! over IPC), so that the difference between the two is what the assistant adds.

// No console window on Windows release builds, as for the assistant.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::time::Instant;

struct Started(Instant);

/// Called by the page after two animation frames: prints `ready <ms>` when
/// `MFA_ASSISTANT_REPORT_READY=1`, and exits when `MFA_ASSISTANT_EXIT_AFTER_READY=1`
/// (the variables the assistant reads).
#[tauri::command]
fn ready(app: tauri::AppHandle, started: tauri::State<'_, Started>) {
    if std::env::var("MFA_ASSISTANT_REPORT_READY").is_ok_and(|v| v == "1") {
        println!("ready {}", started.0.elapsed().as_millis());
    }
    if std::env::var("MFA_ASSISTANT_EXIT_AFTER_READY").is_ok_and(|v| v == "1") {
        app.exit(0);
    }
}

fn main() {
    let started = Started(Instant::now());
    tauri::Builder::default()
        .manage(started)
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the baseline window runs");
}
