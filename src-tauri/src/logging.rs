//! The log file: what went wrong on a desktop where nobody sees a console.
//!
//! Written through `tauri-plugin-log` into the platform's log folder (Tauri's
//! path resolver: `~/.local/share/<identifier>/logs` on Linux,
//! `%LOCALAPPDATA%\<identifier>\logs` on Windows, `~/Library/Logs/<identifier>`
//! on macOS), capped in size with one older file kept, and mirrored to stderr
//! for whoever starts the assistant from a terminal. Only facts about the
//! program go in: never a phone number or anything else the user typed.

use tauri::{plugin::TauriPlugin, Runtime};
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

/// The log file's name, without the `.log` the plugin adds.
pub const FILE_NAME: &str = "mfa-assistant";

/// A log file grows to this size before it is rotated.
const MAX_FILE_BYTES: u128 = 1024 * 1024;

/// The plugin that installs the logger. Registered by `main` only: the tests'
/// mock apps share one process, and a process has one logger.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([
            Target::new(TargetKind::LogDir {
                file_name: Some(FILE_NAME.into()),
            }),
            Target::new(TargetKind::Stderr),
        ])
        .level(log::LevelFilter::Info)
        // Dependencies' chatter (HTTP, D-Bus) is not what the help desk needs.
        .level_for("tao", log::LevelFilter::Warn)
        .level_for("zbus", log::LevelFilter::Warn)
        .level_for("tracing", log::LevelFilter::Warn)
        .max_file_size(MAX_FILE_BYTES)
        .rotation_strategy(RotationStrategy::KeepOne)
        .build()
}
