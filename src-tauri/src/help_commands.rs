//! (being written) Commands of the help panels (FAQ, troubleshooting guide).

use crate::AppState;
use mfa_core::screen::Screen;

/// Opens the FAQ panel.
#[tauri::command]
pub fn open_faq(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.open_faq())
}

/// Back to the wizard.
#[tauri::command]
pub fn close_help(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.close_help())
}
