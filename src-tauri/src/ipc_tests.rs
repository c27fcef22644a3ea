//! The commands as the window calls them: through Tauri's IPC, with the real
//! capabilities of `capabilities/`, on the mock runtime (no GTK, no webview).

use crate::test_hooks::TestHooks;
use crate::{setup_builder, AppState, ReadyReport};
use mfa_core::assistant::{Assistant, Environment, Startup};
use mfa_core::date::Date;
use mfa_core::i18n::Locale;
use mfa_core::profile::ProfileLoad;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::Instant;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// A running mock app with its main window and its own settings folder.
struct TestApp {
    _app: App<tauri::test::MockRuntime>,
    window: WebviewWindow<tauri::test::MockRuntime>,
    config_dir: PathBuf,
}

impl TestApp {
    fn start(os_locale: Locale) -> TestApp {
        TestApp::start_with(os_locale, ProfileLoad::embedded())
    }

    fn start_with(os_locale: Locale, profile: ProfileLoad) -> TestApp {
        TestApp::start_with_hooks(os_locale, profile, TestHooks::default())
    }

    fn start_with_hooks(os_locale: Locale, profile: ProfileLoad, hooks: TestHooks) -> TestApp {
        let config_dir = unique_temp_dir();
        let assistant = Assistant::start(Startup {
            os_locale,
            settings_path: Some(config_dir.join("settings.json")),
            profile,
            today: Date::new(2026, 11, 25).unwrap(),
            // Not a Windows PC: the plan's second place is the synced passkey.
            computer: mfa_core::computer::ThisComputer::Other,
        });
        let state = AppState::new(
            assistant,
            Environment::default(),
            Instant::now(),
            ReadyReport::default(),
            hooks,
        );
        let app = setup_builder(mock_builder(), state)
            .build(tauri::generate_context!())
            .expect("mock app builds with the real config");
        let window = WebviewWindowBuilder::new(&app, crate::window::MAIN, Default::default())
            .build()
            .expect("main window");
        TestApp {
            _app: app,
            window,
            config_dir,
        }
    }

    /// Calls `cmd` with JSON `args` as the UI does; Ok(value) or Err(error value).
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke_on(&self.window, cmd, args)
    }
}

/// Polls `probe` until it gives a value (a condition, not a fixed sleep);
/// fails after ten seconds.
fn wait_for<T>(mut probe: impl FnMut() -> Option<T>) -> T {
    let until = Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(value) = probe() {
            return value;
        }
        assert!(Instant::now() < until, "waited ten seconds in vain");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Calls `cmd` on `window`; for calls made from another thread.
fn invoke_on(
    window: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(window, request).map(|body| body.deserialize::<Value>().unwrap())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.config_dir);
    }
}

fn unique_temp_dir() -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "mfa-ipc-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_first_screen_is_the_welcome_in_the_os_language() {
    let app = TestApp::start(Locale::Ja);
    let screen = app.invoke("current_screen", json!({})).unwrap();
    assert_eq!(screen["locale"], "ja");
    assert_eq!(screen["step"]["id"], "welcome");
    assert!(screen["step"]["title"]
        .as_str()
        .unwrap()
        .contains("多要素認証"));
}

#[test]
fn switching_language_returns_the_same_place_in_the_other_language_and_is_saved() {
    let app = TestApp::start(Locale::En);
    let before = app.invoke("current_screen", json!({})).unwrap();
    assert_eq!(before["locale"], "en");
    let after = app.invoke("set_locale", json!({ "locale": "ja" })).unwrap();
    assert_eq!(after["locale"], "ja");
    assert_eq!(after["step"]["id"], before["step"]["id"]);
    assert_ne!(after["chrome"]["appTitle"], before["chrome"]["appTitle"]);
    let saved = std::fs::read_to_string(app.config_dir.join("settings.json")).unwrap();
    assert!(saved.contains("\"ja\""), "{saved}");
}

#[test]
fn an_unknown_locale_is_an_error_and_changes_nothing() {
    let app = TestApp::start(Locale::En);
    let error = app
        .invoke("set_locale", json!({ "locale": "fr" }))
        .unwrap_err();
    assert_eq!(error["kind"], "unknown-locale", "{error}");
    assert!(
        error["message"].as_str().is_some_and(|e| !e.is_empty()),
        "{error}"
    );
    assert_eq!(
        app.invoke("current_screen", json!({})).unwrap()["locale"],
        "en"
    );
    assert!(!app.config_dir.join("settings.json").exists());
}

#[test]
fn the_window_cannot_call_plugins_or_core_commands_it_was_not_granted() {
    let app = TestApp::start(Locale::En);
    for (cmd, args) in [
        (
            "plugin:opener|open_url",
            json!({ "url": "https://example.com" }),
        ),
        ("plugin:opener|open_path", json!({ "path": "/etc/passwd" })),
        ("plugin:window|close", json!({})),
        ("plugin:webview|create_webview_window", json!({})),
        ("plugin:dialog|save", json!({ "options": {} })),
        ("plugin:dialog|open", json!({ "options": {} })),
        // The update server and key come from the machine-wide profile, never
        // from the page.
        (
            "plugin:updater|check",
            json!({ "endpoints": ["https://example.com"] }),
        ),
        ("plugin:updater|download_and_install", json!({ "rid": 1 })),
    ] {
        // Refused by the capability check itself, before the command runs.
        let refused = app.invoke(cmd, args).unwrap_err();
        assert!(
            refused.as_str().is_some_and(|e| e.contains("not allowed")),
            "{cmd}: {refused}"
        );
    }
}

#[test]
fn an_unknown_command_is_refused() {
    let app = TestApp::start(Locale::En);
    assert!(app.invoke("delete_everything", json!({})).is_err());
}

/// Answers every question as a smartphone user who may use a private number.
fn answer_all(app: &TestApp) {
    for (question, value) in [
        ("smartphone", "smartphone"),
        ("phone-at-work", "allowed"),
        ("travel", "rarely"),
        ("private-number", "ok"),
        ("office-phone", "none"),
        ("setup-device", "pc"),
    ] {
        app.invoke("answer", json!({ "question": question, "value": value }))
            .unwrap();
    }
}

#[test]
fn the_wizard_walks_from_welcome_to_register_and_saves_no_number() {
    let app = TestApp::start(Locale::En);
    assert_eq!(
        app.invoke("next", json!({})).unwrap()["step"]["id"],
        "situation"
    );
    // Next with questions open: the same step and a reason.
    let blocked = app.invoke("next", json!({})).unwrap();
    assert_eq!(blocked["step"]["id"], "situation");
    assert!(blocked["problem"].as_str().is_some());
    answer_all(&app);
    let plan = app.invoke("next", json!({})).unwrap();
    assert_eq!(plan["step"]["id"], "plan");
    let methods: Vec<&str> = plan["step"]["plan"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["method"].as_str().unwrap())
        .collect();
    // Without a provider of its own, the app leads, with a second place.
    assert_eq!(methods, ["authenticator", "synced-passkey"]);
    // The person adds SMS as an interim fallback: it shows its end date.
    let plan = app
        .invoke("toggle_method", json!({ "method": "phone" }))
        .unwrap();
    let phone = plan["step"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["method"] == "phone")
        .unwrap();
    assert!(phone["summary"]
        .as_str()
        .unwrap()
        .contains("1 February 2027"));
    assert_eq!(
        app.invoke("next", json!({})).unwrap()["step"]["id"],
        "prepare"
    );
    let register = app.invoke("next", json!({})).unwrap();
    assert_eq!(register["step"]["method"], "authenticator");
    assert_eq!(
        register["step"]["path"], "first",
        "no method yet: Microsoft's first-time setup"
    );
    // Stuck with the app: skip it, then the synced passkey, to reach the phone.
    let register = app.invoke("skip_method", json!({})).unwrap();
    assert_eq!(register["step"]["method"], "synced-passkey");
    let register = app.invoke("skip_method", json!({})).unwrap();
    assert_eq!(register["step"]["method"], "phone");
    assert_eq!(
        register["step"]["path"], "first",
        "skipped methods registered nothing"
    );
    let check = app
        .invoke("check_phone", json!({ "number": "090-1234-5678" }))
        .unwrap();
    assert_eq!(check["tone"], "ok");
    assert_eq!(check["typeThis"], "9012345678");
    let verify = app.invoke("mark_registered", json!({})).unwrap();
    assert_eq!(verify["step"]["id"], "verify");
    let skipped: Vec<&str> = verify["step"]["skipped"]["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["method"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["authenticator", "synced-passkey"]);
    // Back to one of them, which now goes through "+ Add sign-in method".
    let register = app
        .invoke("register_skipped", json!({ "method": "authenticator" }))
        .unwrap();
    assert_eq!(register["step"]["method"], "authenticator");
    assert_eq!(register["step"]["path"], "later");
    assert!(app
        .invoke("register_skipped", json!({ "method": "security-key" }))
        .is_err());
    let saved = std::fs::read_to_string(app.config_dir.join("progress.json")).unwrap();
    assert!(saved.contains("\"register\""), "{saved}");
    assert!(!saved.contains("1234"), "no number on disk: {saved}");
}

#[test]
fn the_phone_check_answers_only_on_a_phone_register_step() {
    let app = TestApp::start(Locale::Ja);
    let refused = app
        .invoke("check_phone", json!({ "number": "090-1234-5678" }))
        .unwrap_err();
    assert_eq!(refused["kind"], "no-phone-check");
    assert!(
        refused["message"]
            .as_str()
            .is_some_and(|e| e.contains("もう一度")),
        "{refused}"
    );
}

#[test]
fn unknown_answers_methods_and_steps_are_refused_without_change() {
    let app = TestApp::start(Locale::En);
    app.invoke("next", json!({})).unwrap();
    for (cmd, args) in [
        (
            "answer",
            json!({ "question": "smartphone", "value": "pager" }),
        ),
        ("answer", json!({ "question": "shoe-size", "value": "27" })),
        ("toggle_method", json!({ "method": "carrier-pigeon" })),
        ("go_to_step", json!({ "step": "done" })),
        ("go_to_step", json!({ "step": "elsewhere" })),
    ] {
        let result = app.invoke(cmd, args.clone());
        let screen = app.invoke("current_screen", json!({})).unwrap();
        assert_eq!(screen["step"]["id"], "situation", "{cmd} {args}");
        if cmd != "go_to_step" || args["step"] != "done" {
            assert!(result.is_err(), "{cmd} {args}");
        }
    }
}

#[test]
fn links_open_only_by_known_id() {
    let app = TestApp::start(Locale::En);
    for id in [
        "javascript:alert(1)",
        "https://evil.example",
        "../etc/passwd",
        "",
    ] {
        let refused = app.invoke("open_link", json!({ "id": id })).unwrap_err();
        assert_eq!(refused["kind"], "unknown-id", "{id}");
        assert!(
            refused["message"].as_str().is_some_and(|e| !e.is_empty()),
            "{id}"
        );
    }
}

#[test]
fn a_qr_code_and_the_summary_are_saved_as_files() {
    let downloads = unique_temp_dir().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let hooks = TestHooks {
        download_dir: Some(downloads.clone()),
        ..TestHooks::default()
    };
    let app = TestApp::start_with_hooks(Locale::Ja, ProfileLoad::embedded(), hooks);
    let message = app
        .invoke("save_qr_image", json!({ "id": "security-info" }))
        .unwrap();
    let file = downloads.join("mfa-assistant-qr-security-info.png");
    assert!(message
        .as_str()
        .unwrap()
        .contains(&file.display().to_string()));
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    assert!(app
        .invoke("save_qr_image", json!({ "id": "nope" }))
        .is_err());

    let message = app.invoke("save_summary", json!({})).unwrap();
    let file = downloads.join("多要素認証の設定内容.txt");
    assert!(message.as_str().unwrap().starts_with("保存しました："));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("多要素認証（MFA）の設定内容\n"), "{text}");
}

#[test]
fn the_help_panels_open_search_and_close_back_to_the_step() {
    let app = TestApp::start(Locale::En);
    app.invoke("next", json!({})).unwrap();
    let faq = app.invoke("open_faq", json!({})).unwrap();
    assert_eq!(faq["help"]["kind"], "faq");
    let found = app
        .invoke("faq_search", json!({ "query": "forgot password" }))
        .unwrap();
    assert_eq!(
        found["help"]["groups"][0]["questions"][0]["id"],
        "forgot-password"
    );
    let guide = app
        .invoke("open_troubleshoot", json!({ "node": null }))
        .unwrap();
    assert_eq!(guide["help"]["kind"], "troubleshoot");
    let back = app.invoke("close_help", json!({})).unwrap();
    assert!(back["help"].is_null());
    assert_eq!(back["step"]["id"], "situation");
}

/// A profile that sets up "Check with Microsoft".
fn profile_with_microsoft_check() -> ProfileLoad {
    let mut load = ProfileLoad::embedded();
    load.profile.microsoft_check = Some(mfa_core::account_check::MicrosoftSignIn {
        tenant: "example.ac.jp".into(),
        client_id: "9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b".into(),
        prompt: Default::default(),
    });
    load
}

#[test]
fn start_account_check_is_absent_and_refused_without_the_profile_section() {
    let app = TestApp::start(Locale::En);
    let screen = app.invoke("current_screen", json!({})).unwrap();
    assert_eq!(screen["step"]["accountCheck"], Value::Null);
    let error = app.invoke("start_account_check", json!({})).unwrap_err();
    assert_eq!(error["kind"], "account-check-unavailable");
}

#[test]
fn start_account_check_waits_for_the_browser_and_cancel_ends_the_wait() {
    // The "browser" is a program that does nothing, so the sign-in page is
    // never answered; Cancel ends the wait and the wizard goes on.
    let hooks = TestHooks {
        open_with: Some("true".into()),
        ..TestHooks::default()
    };
    let app = TestApp::start_with_hooks(Locale::En, profile_with_microsoft_check(), hooks);
    let screen = app.invoke("current_screen", json!({})).unwrap();
    assert_eq!(screen["step"]["accountCheck"]["state"], "not-checked");
    let finished = std::thread::scope(|scope| {
        let window = app.window.clone();
        let checking = scope.spawn(move || invoke_on(&window, "start_account_check", json!({})));
        // The one call shows the wait (with Cancel) while it runs.
        let waiting = wait_for(|| {
            let screen = app.invoke("current_screen", json!({})).unwrap();
            (screen["step"]["accountCheck"]["state"] == "waiting").then_some(screen)
        });
        assert!(waiting["step"]["accountCheck"]["cancelLabel"].is_string());
        let during = app.invoke("cancel_account_check", json!({})).unwrap();
        assert_eq!(during["step"]["id"], "welcome");
        checking.join().unwrap()
    });
    let check = &finished.unwrap()["step"]["accountCheck"];
    assert_eq!(check["state"], "failed");
    assert_eq!(check["failure"]["kind"], "cancelled");
    assert_eq!(check["startLabel"], "Try again");
    // The wizard still works, and signing out returns to the offer.
    let next = app.invoke("next", json!({})).unwrap();
    assert_eq!(next["step"]["id"], "situation");
    let back = app.invoke("back", json!({})).unwrap();
    assert_eq!(back["step"]["accountCheck"]["state"], "failed");
    let out = app.invoke("sign_out_of_microsoft", json!({})).unwrap();
    assert_eq!(out["step"]["accountCheck"]["state"], "not-checked");
}

/// The window's closing needs a real event loop: the end-to-end journey
/// checks that the window goes; here, that the UI may call it and that the
/// progress stays for the next start.
#[test]
fn finish_is_allowed_and_keeps_the_progress() {
    let app = TestApp::start(Locale::En);
    app.invoke("next", json!({})).unwrap();
    assert_eq!(app.invoke("finish", json!({})), Ok(Value::Null));
    let progress = std::fs::read_to_string(app.config_dir.join("progress.json")).unwrap();
    assert!(progress.contains("situation"), "{progress}");
}

/// "Update and restart" with no update on offer (a second click, a page that
/// reloaded): nothing is downloaded and the step stays as it was.
#[test]
fn install_update_without_an_offer_returns_the_same_screen() {
    let app = TestApp::start(Locale::Ja);
    let before = app.invoke("next", json!({})).unwrap();
    assert_eq!(before["step"]["id"], "situation");
    let after = app.invoke("install_update", json!({})).unwrap();
    assert_eq!(after["step"], before["step"]);
    assert_eq!(after["banners"], json!([]));
}
