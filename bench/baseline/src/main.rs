//! The benchmark's floor: one window, one static page, and the same moment of
//! readiness as the assistant (`ready <ms>` once the page has painted, reported
//! over IPC), so that the difference between the two is what the assistant adds.
//! It prints the same `timeline` line as the assistant (its Rust moments and
//! the page's), so that the benchmark can set the two side by side phase by phase.

// No console window on Windows release builds, as for the assistant.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::Mutex;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tauri::webview::PageLoadEvent;
use tauri::Manager;

struct Started {
    at: Instant,
    /// `at` in milliseconds since the Unix epoch: the page's clock.
    epoch_ms: f64,
    moments: Mutex<Vec<(String, f64)>>,
}

impl Started {
    fn elapsed_ms(&self) -> f64 {
        self.at.elapsed().as_secs_f64() * 1000.0
    }

    fn mark(&self, name: &str) {
        let at = self.elapsed_ms();
        self.moments.lock().unwrap().push((name.to_owned(), at));
    }
}

/// Called by the page after two animation frames: prints `ready <ms>` and the
/// timeline when `MFA_ASSISTANT_REPORT_READY=1`, and exits when
/// `MFA_ASSISTANT_EXIT_AFTER_READY=1` (the variables the assistant reads).
#[tauri::command]
fn ready(app: tauri::AppHandle, started: tauri::State<'_, Started>, marks: Vec<(String, f64)>) {
    if std::env::var("MFA_ASSISTANT_REPORT_READY").is_ok_and(|v| v == "1") {
        println!("ready {:.0}", started.elapsed_ms());
        let mut moments = started.moments.lock().unwrap().clone();
        moments.extend(
            marks
                .into_iter()
                .map(|(name, at)| (format!("page-{name}"), at - started.epoch_ms)),
        );
        moments.sort_by(|a, b| a.1.total_cmp(&b.1));
        let line: Vec<String> = moments
            .iter()
            .map(|(name, at)| format!("{name}={at:.0}"))
            .collect();
        println!("timeline {}", line.join(" "));
    }
    if std::env::var("MFA_ASSISTANT_EXIT_AFTER_READY").is_ok_and(|v| v == "1") {
        app.exit(0);
    }
}

fn main() {
    let at = Instant::now();
    let epoch_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let started = Started {
        at,
        epoch_ms,
        moments: Mutex::new(vec![]),
    };
    tauri::Builder::default()
        .manage(started)
        .setup(|app| {
            app.state::<Started>().mark("setup");
            Ok(())
        })
        .on_page_load(|webview, payload| {
            let moment = match payload.event() {
                PageLoadEvent::Started => "page-load-started",
                PageLoadEvent::Finished => "page-load-finished",
            };
            webview.state::<Started>().mark(moment);
        })
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the baseline window runs");
}
