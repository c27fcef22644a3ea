//! How WebKitGTK paints the page on Linux: with Skia on the CPU.
//!
//! Measured on 2026-12-01 (docs/benchmarks.md, "Where the time goes"): with
//! Skia painting on the GPU, the first screen waited about 60 ms longer than a
//! bare window because every new kind of shape on it (rounded borders, pill
//! buttons, shadows) first compiles a shader program; painted on the CPU, the
//! screen is at the bare window's time. The tiles are still composited on the
//! GPU. Windows (WebView2) and macOS (WKWebView) are not concerned.

/// WebKitGTK's switch (read by its web process, which inherits our environment).
pub const CPU_PAINTING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// The variable to set before WebKit starts, or `None` when the person (or an
/// admin, or a test) already chose: their value is kept.
pub fn override_for(current: Option<&std::ffi::OsStr>) -> Option<(&'static str, &'static str)> {
    (cfg!(target_os = "linux") && current.is_none()).then_some((CPU_PAINTING, "1"))
}

/// Sets the painting mode for this process and the WebKit processes it starts.
/// Call first thing in `main`, before any thread exists (changing the
/// environment is not safe while another thread reads it).
pub fn choose_before_threads_start() {
    if let Some((name, value)) = override_for(std::env::var_os(CPU_PAINTING).as_deref()) {
        std::env::set_var(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn cpu_painting_is_chosen_on_linux_unless_someone_chose_already() {
        let expected = cfg!(target_os = "linux").then_some((CPU_PAINTING, "1"));
        assert_eq!(override_for(None), expected);
        assert_eq!(override_for(Some(OsStr::new("0"))), None);
        assert_eq!(override_for(Some(OsStr::new("1"))), None);
    }
}
