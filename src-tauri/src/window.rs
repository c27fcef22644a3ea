//! The main window, and the rule that it never leaves the app's own pages.

use crate::AppState;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewUrl, WebviewWindowBuilder};

/// The label capabilities/ grants permissions to.
pub const MAIN: &str = "main";

/// Opens the main window on the embedded UI, titled in the user's language.
pub fn open_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let title = app.state::<AppState>().window_title();
    WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title(title)
        .inner_size(980.0, 780.0)
        .min_inner_size(480.0, 520.0)
        .on_navigation(is_app_page)
        .build()?;
    Ok(())
}

/// A second launch of the assistant lands here (single-instance plugin): show
/// the window that is already open instead of a new one.
pub fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN) else {
        return;
    };
    log::info!("second launch: bringing the window to the front");
    let shown = window
        .unminimize()
        .and_then(|()| window.show())
        .and_then(|()| window.set_focus());
    if let Err(e) = shown {
        log::warn!("could not bring the window to the front: {e}");
    }
}

/// Only the app's own pages may load in the window; links to the web are opened
/// in the default browser by a command, after the link policy allowed them.
fn is_app_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_app_pages_may_load() {
        for ok in [
            "tauri://localhost/index.html",
            "http://tauri.localhost/",
            "https://tauri.localhost/x",
        ] {
            assert!(is_app_page(&Url::parse(ok).unwrap()), "{ok}");
        }
        for bad in [
            "https://aka.ms/mysecurityinfo",
            "https://tauri.localhost.evil.example/",
            "file:///etc/passwd",
            "tauri://evil/",
            "javascript:alert(1)",
            "data:text/html,hi",
        ] {
            assert!(!is_app_page(&Url::parse(bad).unwrap()), "{bad}");
        }
    }
}
