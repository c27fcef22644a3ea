//! Where the assistant keeps its files, by each platform's convention.
//!
//! Settings and progress: the platform's config folder from the `dirs` crate
//! (`$XDG_CONFIG_HOME` or `~/.config` on Linux, `%APPDATA%` on Windows,
//! `~/Library/Application Support` on macOS), in a folder named like the program.
//! It is resolved before Tauri starts so that the first screen is already in the
//! user's chosen language. The log and the window's size and position go where
//! Tauri's path resolver puts an app's logs and config (see `logging` and the
//! window-state plugin).

use std::path::PathBuf;

/// The folder's name inside the platform's config folder.
const APP_FOLDER: &str = "mfa-assistant";

/// The folder for settings and progress; `None` when the platform reports no
/// home (the assistant then keeps them in memory only).
pub fn config_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|base| base.join(APP_FOLDER))
}
