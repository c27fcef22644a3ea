//! Windows without Microsoft Edge WebView2: Tauri would show its own English
//! box and then panic, and nothing would reach the log. The assistant looks
//! first, writes the cause to its log file, and tells the person in their
//! language what to install and whom to ask, in a message box (no window of
//! its own can open without WebView2).

use mfa_core::assistant::Assistant;
use std::io::Write;
use std::path::Path;

/// Where Tauri's log plugin would write (`%LOCALAPPDATA%\<identifier>\logs`),
/// for the one line written before Tauri starts.
#[cfg(windows)]
const IDENTIFIER: &str = "jp.mfaassistant.desktop";

/// Checks for WebView2; `false` if it is missing (the person has been told).
#[cfg(windows)]
pub fn present_or_explained(assistant: &Assistant) -> bool {
    match tauri::webview_version() {
        Ok(_) => true,
        Err(e) => {
            let cause = format!("Microsoft Edge WebView2 is missing: {e}");
            if let Some(folder) = dirs::data_local_dir() {
                append_to_log(&folder.join(IDENTIFIER).join("logs"), &cause);
            }
            eprintln!("{cause}");
            let (title, text) = assistant.missing_webview_message();
            message_box(&title, &text);
            false
        }
    }
}

/// Elsewhere the webview is the system's (WebKitGTK, WKWebView).
#[cfg(not(windows))]
pub fn present_or_explained(_assistant: &Assistant) -> bool {
    true
}

/// Appends `line` to the log file in `folder`, as the log plugin would.
#[cfg_attr(not(windows), allow(dead_code))]
fn append_to_log(folder: &Path, line: &str) {
    let _ = std::fs::create_dir_all(folder);
    let path = folder.join(format!("{}.log", crate::logging::FILE_NAME));
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(file, "[ERROR] {line}");
    }
}

#[cfg(windows)]
fn message_box(title: &str, text: &str) {
    use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONERROR, MB_OK};
    let wide = |s: &str| s.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let (title, text) = (wide(title), wide(text));
    // SAFETY: two NUL-terminated UTF-16 strings that outlive the call.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONERROR,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cause_is_appended_to_the_log_file() {
        let folder = std::env::temp_dir().join(format!("mfa-webview-log-{}", std::process::id()));
        append_to_log(&folder, "Microsoft Edge WebView2 is missing: test");
        let text = std::fs::read_to_string(folder.join("mfa-assistant.log")).unwrap();
        assert!(text.contains("[ERROR] Microsoft Edge WebView2 is missing"));
        let _ = std::fs::remove_dir_all(folder);
    }
}
