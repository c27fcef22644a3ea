//! Commands of the help panels: the FAQ and the troubleshooting guide.

use crate::AppState;
use mfa_core::view::{ErrorView, Screen};

/// Opens the FAQ panel.
#[tauri::command]
pub fn open_faq(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.open_faq())
}

/// Searches the FAQ (called on every keystroke).
#[tauri::command]
pub fn faq_search(state: tauri::State<'_, AppState>, query: String) -> Screen {
    state.with(|a| a.faq_search(&query))
}

/// Opens or closes one FAQ answer.
#[tauri::command]
pub fn open_faq_answer(state: tauri::State<'_, AppState>, id: String) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.open_faq_answer(&id))
}

/// Opens the troubleshooting guide at its start or at `node`.
#[tauri::command]
pub fn open_troubleshoot(
    state: tauri::State<'_, AppState>,
    node: Option<String>,
) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.open_troubleshoot(node.as_deref()))
}

/// Follows a choice in the guide.
#[tauri::command]
pub fn troubleshoot_choose(
    state: tauri::State<'_, AppState>,
    node: String,
) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.troubleshoot_choose(&node))
}

/// One step back in the guide.
#[tauri::command]
pub fn help_back(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.help_back())
}

/// Back to the wizard.
#[tauri::command]
pub fn close_help(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.close_help())
}
