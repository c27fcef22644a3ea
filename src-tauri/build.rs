fn main() {
    // tauri_build does not watch the embedded UI or the texts: without these
    // lines a changed file in ui/ or locales/ would ship stale.
    println!("cargo:rerun-if-changed=../ui");
    println!("cargo:rerun-if-changed=../locales");
    // Declaring the app's commands makes each one a permission, so a capability
    // must grant it by name: the window may call only what capabilities/ lists.
    let commands = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri build step");
}

/// Every command the window may call (`src/*_commands.rs`, `src/commands.rs`).
const COMMANDS: &[&str] = &[
    "follow_screens",
    "current_screen",
    "set_locale",
    "ui_ready",
    // wizard
    "next",
    "back",
    "answer",
    "toggle_method",
    "reset_plan",
    "mark_registered",
    "skip_method",
    "register_skipped",
    "go_to_step",
    "start_over",
    "finish",
    "check_phone",
    "diagnostics",
    // links
    "open_link",
    "save_qr_image",
    "save_summary",
    "print_page",
    // help panels
    "open_faq",
    "faq_search",
    "open_faq_answer",
    "open_troubleshoot",
    "troubleshoot_choose",
    "help_back",
    "close_help",
    // Check with Microsoft
    "start_account_check",
    "cancel_account_check",
    "sign_out_of_microsoft",
    // updates
    "install_update",
];
