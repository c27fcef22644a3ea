//! The Tauri shell: a window, a few commands, and nothing that decides.
//!
//! Everything the assistant knows and decides lives in `mfa-core`; this crate
//! gathers start-up facts from the OS (`startup`), carries calls from the window to
//! the one `Assistant` (`commands`) and opens the window (`window`).

mod account_check_commands;
#[cfg(test)]
mod bundle_tests;
mod commands;
mod folders;
mod help_commands;
#[cfg(test)]
mod ipc_tests;
mod links_commands;
mod logging;
mod painting;
mod startup;
mod startup_timeline;
#[cfg(test)]
mod surface_tests;
mod test_hooks;
mod updates;
mod webview_check;
mod window;

pub use commands::{AppState, ReadyReport};
pub use painting::choose_before_threads_start as choose_painting_before_threads_start;

use std::time::Instant;
use tauri::{Builder, Manager, Runtime};

/// Registers the assistant's state, plugins and commands on a builder. Tests call
/// this with the mock runtime; `main` with the real one.
pub fn setup_builder<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .plugin(tauri_plugin_opener::init())
        // Used from Rust only (the QR save dialog); the window is granted none
        // of its commands.
        .plugin(tauri_plugin_dialog::init())
        // Called from Rust only, with the machine-wide profile's server and
        // key; the window is granted none of its commands.
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(updates::PendingUpdate::default())
        .invoke_handler(tauri::generate_handler![
            commands::follow_screens,
            commands::current_screen,
            commands::set_locale,
            commands::ui_ready,
            commands::next,
            commands::back,
            commands::answer,
            commands::toggle_method,
            commands::reset_plan,
            commands::mark_registered,
            commands::skip_method,
            commands::register_skipped,
            commands::go_to_step,
            commands::start_over,
            commands::finish,
            commands::check_phone,
            commands::diagnostics,
            links_commands::open_link,
            links_commands::save_qr_image,
            links_commands::save_summary,
            links_commands::print_page,
            help_commands::open_faq,
            help_commands::faq_search,
            help_commands::open_faq_answer,
            help_commands::open_troubleshoot,
            help_commands::troubleshoot_choose,
            help_commands::help_back,
            help_commands::close_help,
            account_check_commands::start_account_check,
            account_check_commands::cancel_account_check,
            account_check_commands::sign_out_of_microsoft,
            updates::install_update,
        ])
}

/// Runs the app; returns the process exit code.
pub fn main(started: Instant) -> i32 {
    let startup = startup::gather();
    if !webview_check::present_or_explained(&startup.assistant) {
        return 1;
    }
    let state = AppState::new(
        startup.assistant,
        startup.environment,
        started,
        startup.ready_report,
        startup.hooks,
    );
    state.timeline.mark("gathered");
    let startup_log = startup.log;
    // Single instance first (its docs require it): a second launch hands over to
    // the running window and exits before anything else starts.
    let platform = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            window::bring_to_front(app);
        }))
        .plugin(logging::plugin())
        .plugin(tauri_plugin_window_state::Builder::default().build());
    let builder = setup_builder(platform, state).setup(move |app| {
        app.state::<AppState>().timeline.mark("setup");
        log::info!(
            "MFA Setup Assistant {} on {} {}",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH
        );
        for (level, line) in &startup_log {
            log::log!(*level, "{line}");
        }
        if let Ok(folder) = app.path().app_log_dir() {
            let file = folder.join(format!("{}.log", logging::FILE_NAME));
            app.state::<AppState>().set_log_file(file);
        }
        window::open_main(app.handle())?;
        app.state::<AppState>().timeline.mark("window-built");
        account_check_commands::watch_idle_sign_in(app.handle().clone());
        Ok(())
    });
    match builder.run(tauri::generate_context!()) {
        Ok(()) => 0,
        Err(e) => {
            // The logger may not exist yet (it is set up by `run`).
            log::error!("{e}");
            eprintln!("error: {e}");
            1
        }
    }
}
