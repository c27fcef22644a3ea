//! Opening links in the default browser and saving QR codes as images.
//!
//! The window sends a link id, never an address: the assistant resolves it and
//! checks it against the link policy first, because the opener's Rust API does
//! not apply the capability scopes.

use crate::AppState;
use mfa_core::store;
use std::path::PathBuf;
use std::process::Command;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// Opens link `id` in the default browser. `MFA_ASSISTANT_OPEN_WITH` names a
/// program to use instead (the end-to-end tests record what would open).
#[tauri::command]
pub fn open_link<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    id: String,
) -> Result<(), String> {
    let url = state.with(|a| a.link_to_open(&id))?;
    let opened = match std::env::var_os("MFA_ASSISTANT_OPEN_WITH").filter(|p| !p.is_empty()) {
        Some(program) => Command::new(program)
            .arg(url.as_str())
            .status()
            .map_err(|e| e.to_string())
            .and_then(|s| s.success().then_some(()).ok_or(s.to_string())),
        None => app
            .opener()
            .open_url(url.as_str(), None::<&str>)
            .map_err(|e| e.to_string()),
    };
    opened.map_err(|e| {
        eprintln!("warning: could not open {}: {e}", url.as_str());
        state.with(|a| a.link_failure_message(false))
    })
}

/// Saves the QR code of link `id` as a PNG where the user chooses in a save
/// dialog (starting in the Downloads folder), and returns "Saved: <path>" in
/// the user's language; an empty string when the user cancelled. The file is
/// written atomically. `MFA_ASSISTANT_DOWNLOAD_DIR` skips the dialog and saves
/// there (for tests, which cannot click a native dialog).
#[tauri::command]
pub async fn save_qr_image<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    id: String,
) -> Result<String, String> {
    let image = state.with(|a| a.qr_image(&id))?;
    let path = match env_dir("MFA_ASSISTANT_DOWNLOAD_DIR") {
        Some(dir) => dir.join(&image.file_name),
        None => {
            // An async command runs off the main thread, where a blocking
            // dialog is allowed.
            let chosen = app
                .dialog()
                .file()
                .set_title(state.with(|a| a.save_dialog_title()))
                .set_directory(downloads_dir())
                .set_file_name(&image.file_name)
                .add_filter("PNG", &["png"])
                .blocking_save_file();
            match chosen.map(|p| p.into_path()) {
                None => return Ok(String::new()),
                Some(Ok(path)) => with_png_extension(path),
                Some(Err(e)) => {
                    eprintln!("warning: unusable save path: {e}");
                    return Err(state.with(|a| a.link_failure_message(true)));
                }
            }
        }
    };
    match store::write_atomically(&path, &image.png) {
        Ok(()) => Ok(state.with(|a| a.saved_message(&path.display().to_string()))),
        Err(e) => {
            eprintln!("warning: could not save {}: {e}", path.display());
            Err(state.with(|a| a.link_failure_message(true)))
        }
    }
}

/// A name typed without `.png` still gets a file that opens as an image.
fn with_png_extension(path: PathBuf) -> PathBuf {
    let is_png = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if is_png {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".png");
        PathBuf::from(name)
    }
}

fn env_dir(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// `$XDG_DOWNLOAD_DIR`, else `~/Downloads`, else the home folder: where people
/// look for a file they just saved. (`MFA_ASSISTANT_DOWNLOAD_DIR` overrides it
/// for tests.)
fn downloads_dir() -> PathBuf {
    let from_env = |name| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) =
        from_env("MFA_ASSISTANT_DOWNLOAD_DIR").or_else(|| from_env("XDG_DOWNLOAD_DIR"))
    {
        return dir;
    }
    let home = from_env(if cfg!(windows) { "USERPROFILE" } else { "HOME" }).unwrap_or_default();
    let downloads = home.join("Downloads");
    if downloads.is_dir() {
        downloads
    } else {
        home
    }
}
