//! The commands the window may call. Each is a thin door into `Assistant`: it
//! takes the lock, forwards the call and returns what the assistant decided.
//! Generic over `Runtime` so the mock runtime of the tests runs the same code.

use crate::account_check_commands::AccountCheckSession;
use crate::startup_timeline::Timeline;
use crate::test_hooks::TestHooks;
use mfa_core::assistant::{Assistant, Environment};
use mfa_core::problem::Problem;
use mfa_core::view::{ErrorView, PhoneCheckView, Screen};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;
use tauri::ipc::Channel;
use tauri::{Manager, Runtime, WebviewWindow};

/// What to do once the first screen has rendered (for measurement).
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadyReport {
    /// Print `ready <ms>` on stdout.
    pub print: bool,
    /// Then exit with status 0.
    pub exit: bool,
}

/// The app's state in Tauri: the one assistant, and the ready bookkeeping.
pub struct AppState {
    assistant: Mutex<Assistant>,
    /// Where the assistant runs, for the diagnostic report.
    environment: Environment,
    /// The log file, from Tauri's path resolver once the app runs.
    log_file: OnceLock<PathBuf>,
    /// Start-up's moments, from the first line of `main`.
    pub(crate) timeline: Timeline,
    ready_report: ReadyReport,
    ready_seen: AtomicBool,
    /// "Check with Microsoft": the sign-in's token, in memory only.
    pub(crate) account_check: AccountCheckSession,
    /// What the test build was told through the environment (nothing in a
    /// release build), read once at start-up.
    pub(crate) hooks: TestHooks,
    /// Where screens go that no call of the window asked for: a check that
    /// ends after a reload, a sign-in forgotten for idleness.
    screens: Mutex<Option<Channel<Screen>>>,
}

impl AppState {
    pub fn new(
        assistant: Assistant,
        environment: Environment,
        started: Instant,
        ready_report: ReadyReport,
        hooks: TestHooks,
    ) -> AppState {
        AppState {
            assistant: Mutex::new(assistant),
            environment,
            log_file: OnceLock::new(),
            timeline: Timeline::new(started),
            ready_report,
            ready_seen: AtomicBool::new(false),
            account_check: AccountCheckSession::default(),
            hooks,
            screens: Mutex::new(None),
        }
    }

    /// Sends `screen` to the window's page, if it follows the screens.
    pub fn push(&self, screen: &Screen) {
        let channel = self
            .screens
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        if let Some(channel) = channel {
            if let Err(e) = channel.send(screen.clone()) {
                log::warn!("the window did not take a screen: {e}");
            }
        }
    }

    /// Runs `f` on the assistant. A poisoned lock (a panic in an earlier call) is
    /// taken over: the state is plain data and stays usable.
    pub fn with<T>(&self, f: impl FnOnce(&mut Assistant) -> T) -> T {
        let mut guard = self.assistant.lock().unwrap_or_else(|e| e.into_inner());
        let result = f(&mut guard);
        for warning in guard.take_warnings() {
            log::warn!("{warning}");
        }
        result
    }

    /// Runs `f` on the assistant; a problem is logged (in English, for the help
    /// desk) and returned as the window shows it (in the user's language).
    pub fn try_with<T>(
        &self,
        f: impl FnOnce(&mut Assistant) -> Result<T, Problem>,
    ) -> Result<T, ErrorView> {
        self.with(|a| f(a).map_err(|problem| explained(a, &problem)))
    }

    /// A problem met in the shell (the browser, a file, the print dialog).
    pub fn fail(&self, problem: Problem) -> ErrorView {
        self.with(|a| explained(a, &problem))
    }

    /// Records where the log file is (set once, at start-up).
    pub fn set_log_file(&self, path: PathBuf) {
        let _ = self.log_file.set(path);
    }

    /// The window title in the current language.
    pub fn window_title(&self) -> String {
        self.with(|a| a.window_title())
    }
}

fn explained(assistant: &mut Assistant, problem: &Problem) -> ErrorView {
    log::warn!("{} ({})", problem, problem.kind());
    assistant.error_view(problem)
}

/// The page (at start, or after a reload) follows the screens it did not ask
/// for through `screens`; a newer page replaces an older one.
#[tauri::command]
pub fn follow_screens(state: tauri::State<'_, AppState>, screens: Channel<Screen>) {
    *state.screens.lock().unwrap_or_else(|e| e.into_inner()) = Some(screens);
}

/// The screen to show now (at start, or after a reload).
#[tauri::command]
pub fn current_screen(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.screen())
}

/// Switches the language of everything on screen, keeping the user's place.
#[tauri::command]
pub fn set_locale<R: Runtime>(
    window: WebviewWindow<R>,
    state: tauri::State<'_, AppState>,
    locale: String,
) -> Result<Screen, ErrorView> {
    let screen = state.try_with(|a| a.set_locale(&locale))?;
    let _ = window.set_title(&state.window_title());
    Ok(screen)
}

/// Called by the UI once the first screen is painted: reports start-up time
/// and where it went (`marks`: the page's moments, in milliseconds since the
/// Unix epoch) when asked to (`MFA_ASSISTANT_REPORT_READY=1`), and exits if
/// asked to (`MFA_ASSISTANT_EXIT_AFTER_READY=1`).
#[tauri::command]
pub fn ui_ready<R: Runtime>(
    window: WebviewWindow<R>,
    state: tauri::State<'_, AppState>,
    marks: Option<Vec<(String, f64)>>,
) {
    if state.ready_seen.swap(true, Ordering::SeqCst) {
        return;
    }
    if state.ready_report.print {
        let ready_ms = state.timeline.elapsed_ms();
        state.timeline.page_marks(&marks.unwrap_or_default());
        println!("ready {ready_ms:.0}");
        println!("{}", state.timeline.line());
    }
    if state.ready_report.exit {
        window.app_handle().exit(0);
        return;
    }
    // After the first screen, so that nothing about updates delays it.
    crate::updates::check_in_background(window.app_handle());
}

/// "Next", or the step's main button.
#[tauri::command]
pub fn next(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.go_next())
}

/// "Skip for now" on a register step.
#[tauri::command]
pub fn skip_method(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.skip_method())
}

/// Back to a method skipped earlier, or one Microsoft does not list although
/// the person marked it registered.
#[tauri::command]
pub fn register_skipped(
    state: tauri::State<'_, AppState>,
    method: String,
) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.register_skipped(&method))
}

/// "Back".
#[tauri::command]
pub fn back(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.go_back())
}

/// An answer on the situation step.
#[tauri::command]
pub fn answer(
    state: tauri::State<'_, AppState>,
    question: String,
    value: String,
) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.answer(&question, &value))
}

/// Ticks or unticks a method on the plan step.
#[tauri::command]
pub fn toggle_method(
    state: tauri::State<'_, AppState>,
    method: String,
) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.toggle_method(&method))
}

/// Back to the recommended plan.
#[tauri::command]
pub fn reset_plan(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.reset_plan())
}

/// The method on screen is registered.
#[tauri::command]
pub fn mark_registered(state: tauri::State<'_, AppState>) -> Screen {
    state.with(|a| a.mark_registered())
}

/// A click on the step indicator.
#[tauri::command]
pub fn go_to_step(state: tauri::State<'_, AppState>, step: String) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.go_to_step(&step))
}

/// Forget everything and return to the welcome, also the sign-in with
/// Microsoft and what it read: on a shared PC the next person starts clean.
#[tauri::command]
pub async fn start_over(state: tauri::State<'_, AppState>) -> Result<Screen, ErrorView> {
    state.account_check.forget().await;
    Ok(state.with(|a| a.start_over()))
}

/// "Finish" on the done step: the window closes. Progress was saved as it
/// went, so opening the assistant again shows the summary.
#[tauri::command]
pub fn finish<R: Runtime>(window: tauri::Window<R>) {
    log::info!("finished: the window closes");
    if let Err(e) = window.close() {
        log::warn!("could not close the window: {e}");
    }
}

/// Checks a phone number typed on a phone method's register step. The number
/// passes through memory only: it is not stored, logged or sent.
#[tauri::command]
pub fn check_phone(
    state: tauri::State<'_, AppState>,
    number: String,
) -> Result<PhoneCheckView, ErrorView> {
    state.try_with(|a| a.check_phone(&number))
}

/// The diagnostic report for the help desk (help panels' "Copy diagnostic
/// information"): facts about the program, nothing the user typed.
#[tauri::command]
pub fn diagnostics(state: tauri::State<'_, AppState>) -> String {
    let environment = Environment {
        log_file: state.log_file.get().cloned(),
        ..state.environment.clone()
    };
    state.with(|a| a.diagnostics(&environment))
}
