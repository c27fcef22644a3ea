//! Opening links in the default browser, and saving QR codes and the summary
//! where the user chooses.
//!
//! The window sends a link id, never an address: the assistant resolves it and
//! checks it against the link policy first, because the opener's Rust API does
//! not apply the capability scopes.

use crate::test_hooks::TestHooks;
use crate::AppState;
use mfa_core::assistant::FileToSave;
use mfa_core::problem::Problem;
use mfa_core::store;
use mfa_core::view::ErrorView;
use std::path::PathBuf;
use std::process::Command;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// Opens link `id` in the default browser (or the test build's program).
#[tauri::command]
pub fn open_link<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    id: String,
) -> Result<(), ErrorView> {
    let url = state.try_with(|a| a.link_to_open(&id))?;
    launch_browser(&app, &state.hooks, url.as_str())
        .map_err(|e| state.fail(Problem::OpenFailed(format!("{}: {e}", url.as_str()))))
}

/// Opens `url` (already through the link policy) in the default browser, or,
/// in the test build, with the program its hooks name. That program is not
/// waited for: the tests' fake browser may follow the sign-in's redirect back
/// to this very process.
pub fn launch_browser<R: Runtime>(
    app: &AppHandle<R>,
    hooks: &TestHooks,
    url: &str,
) -> Result<(), String> {
    match &hooks.open_with {
        Some(program) => {
            let mut child = Command::new(program)
                .arg(url)
                .spawn()
                .map_err(|e| e.to_string())?;
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        None => app
            .opener()
            .open_url(url, None::<&str>)
            .map_err(|e| e.to_string()),
    }
}

/// Saves the QR code of link `id` as a PNG where the user chooses; see
/// [`save_with_dialog`].
#[tauri::command]
pub async fn save_qr_image<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    id: String,
) -> Result<String, ErrorView> {
    let image = state.try_with(|a| a.qr_image(&id))?;
    save_with_dialog(&app, &state, image)
}

/// Saves the done step's summary as a text file where the user chooses; see
/// [`save_with_dialog`].
#[tauri::command]
pub async fn save_summary<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
) -> Result<String, ErrorView> {
    let summary = state.with(|a| a.summary_file());
    save_with_dialog(&app, &state, summary)
}

/// Opens the system's print dialog for the page on screen (the done step's
/// summary; its print style sheet hides the buttons). WebKitGTK ignores the
/// page's own `window.print()`, so printing goes through the webview.
#[tauri::command]
pub fn print_page<R: Runtime>(
    webview: tauri::Webview<R>,
    state: tauri::State<'_, AppState>,
) -> Result<(), ErrorView> {
    webview
        .print()
        .map_err(|e| state.fail(Problem::PrintFailed(e.to_string())))
}

/// Asks where to save `file` in a save dialog (starting in the Downloads
/// folder), writes it there atomically and returns "Saved: <path>" in the
/// user's language; an empty string when the user cancelled.
/// The test build's download folder skips the dialog (tests cannot click a
/// native dialog). Called from async commands only: they
/// run off the main thread, where a blocking dialog is allowed.
fn save_with_dialog<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    file: FileToSave,
) -> Result<String, ErrorView> {
    let path = match &state.hooks.download_dir {
        Some(dir) => dir.join(&file.file_name),
        None => {
            let chosen = app
                .dialog()
                .file()
                .set_title(state.with(|a| a.save_dialog_title(file.kind)))
                .set_directory(downloads_dir())
                .set_file_name(&file.file_name)
                .add_filter(file.kind.filter_name(), &[file.kind.extension()])
                .blocking_save_file();
            match chosen.map(|p| p.into_path()) {
                None => return Ok(String::new()),
                Some(Ok(path)) => with_extension(path, file.kind.extension()),
                Some(Err(e)) => {
                    return Err(state.fail(Problem::SaveFailed {
                        kind: file.kind,
                        reason: format!("unusable path: {e}"),
                    }));
                }
            }
        }
    };
    match store::write_atomically(&path, &file.bytes) {
        Ok(()) => Ok(state.with(|a| a.saved_message(&path.display().to_string()))),
        // The reason only: the path names the user's home folder.
        Err(e) => Err(state.fail(Problem::SaveFailed {
            kind: file.kind,
            reason: e.to_string(),
        })),
    }
}

/// A name typed without its extension still gets a file that opens in the
/// right program.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has_it = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has_it {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".");
        name.push(extension);
        PathBuf::from(name)
    }
}

/// The Downloads folder as the platform defines it (user-dirs.dirs on Linux,
/// the known folder on Windows, wherever it was redirected), else
/// `~/Downloads`, else the home folder: where people look for a file they
/// just saved.
fn downloads_dir() -> PathBuf {
    dirs::download_dir()
        .filter(|dir| dir.is_dir())
        .or_else(|| {
            let home = dirs::home_dir()?;
            let downloads = home.join("Downloads");
            Some(if downloads.is_dir() { downloads } else { home })
        })
        .unwrap_or_default()
}
