//! The main window, and the rule that it never leaves the app's own pages.

use crate::AppState;
use tauri::webview::PageLoadEvent;
use tauri::{AppHandle, Manager, Runtime, Url, WebviewUrl, WebviewWindowBuilder};

/// The label capabilities/ grants permissions to.
pub const MAIN: &str = "main";

/// The size the window opens at on a large screen (logical pixels).
const PREFERRED: Size = Size {
    width: 1000.0,
    height: 720.0,
};

/// The smallest size the layout works at.
const MINIMUM: Size = Size {
    width: 480.0,
    height: 480.0,
};

/// Room for the title bar and frame the window manager adds around the page.
const FRAME_ALLOWANCE: Size = Size {
    width: 16.0,
    height: 48.0,
};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Size {
    width: f64,
    height: f64,
}

/// Opens the main window on the embedded UI, titled in the user's language,
/// and fits it into the screen's work area (a 1366×768 laptop, a 1920×1080
/// screen at 150 %): the window-state plugin restores the size the person
/// chose, and a size that no longer fits is made smaller.
pub fn open_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let title = app.state::<AppState>().window_title();
    let window = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title(title)
        .inner_size(PREFERRED.width, PREFERRED.height)
        .min_inner_size(MINIMUM.width, MINIMUM.height)
        .on_navigation(is_app_page)
        .on_page_load(|window, payload| {
            let moment = match payload.event() {
                PageLoadEvent::Started => "page-load-started",
                PageLoadEvent::Finished => "page-load-finished",
            };
            window.state::<AppState>().timeline.mark(moment);
        })
        .build()?;
    fit_to_work_area(&window);
    Ok(())
}

/// Shrinks the window to the work area of its monitor (or the primary one),
/// and moves it inside, where it would not fit.
fn fit_to_work_area<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    let monitor = match window.current_monitor() {
        Ok(Some(monitor)) => monitor,
        _ => match window.primary_monitor() {
            Ok(Some(monitor)) => monitor,
            _ => return,
        },
    };
    let scale = monitor.scale_factor();
    let area = monitor.work_area();
    let work = Size {
        width: f64::from(area.size.width) / scale,
        height: f64::from(area.size.height) / scale,
    };
    let Ok(inner) = window.inner_size() else {
        return;
    };
    let current = Size {
        width: f64::from(inner.width) / scale,
        height: f64::from(inner.height) / scale,
    };
    if let Some(fitted) = fitted(current, work) {
        log::info!(
            "window fitted to the work area: {:.0}x{:.0} in {:.0}x{:.0}",
            fitted.width,
            fitted.height,
            work.width,
            work.height
        );
        let size = tauri::LogicalSize::new(fitted.width, fitted.height);
        if let Err(e) = window.set_size(size).and_then(|()| window.center()) {
            log::warn!("could not fit the window: {e}");
        }
    }
}

/// The inner size that fits `current` into a work area of `work` with the
/// window's frame around it, or `None` when it already fits.
fn fitted(current: Size, work: Size) -> Option<Size> {
    let room = Size {
        width: (work.width - FRAME_ALLOWANCE.width).max(MINIMUM.width),
        height: (work.height - FRAME_ALLOWANCE.height).max(MINIMUM.height),
    };
    let fits = current.width <= room.width && current.height <= room.height;
    (!fits).then(|| Size {
        width: current.width.min(room.width),
        height: current.height.min(room.height),
    })
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
    fn the_window_fits_a_small_laptop_and_a_scaled_full_hd_screen() {
        // 1366×768 with a 40-pixel taskbar; 1920×1080 at 150 % is 1280×720,
        // 1280×690 above the taskbar.
        for work in [
            Size {
                width: 1366.0,
                height: 728.0,
            },
            Size {
                width: 1280.0,
                height: 690.0,
            },
        ] {
            let size = fitted(PREFERRED, work).unwrap_or(PREFERRED);
            assert!(
                size.height + FRAME_ALLOWANCE.height <= work.height,
                "{work:?}"
            );
            assert!(size.width + FRAME_ALLOWANCE.width <= work.width, "{work:?}");
        }
        // A large screen keeps the size the person chose.
        let large = Size {
            width: 2560.0,
            height: 1400.0,
        };
        assert_eq!(fitted(PREFERRED, large), None);
        // Never below the layout's minimum, even on a tiny screen.
        let tiny = fitted(
            PREFERRED,
            Size {
                width: 400.0,
                height: 300.0,
            },
        )
        .unwrap();
        assert_eq!((tiny.width, tiny.height), (MINIMUM.width, MINIMUM.height));
    }

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
