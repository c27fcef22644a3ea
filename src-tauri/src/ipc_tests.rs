//! The commands as the window calls them: through Tauri's IPC, with the real
//! capabilities of `capabilities/`, on the mock runtime (no GTK, no webview).

use crate::{setup_builder, AppState, ReadyReport};
use mfa_core::assistant::{Assistant, Startup};
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
        let config_dir = unique_temp_dir();
        let assistant = Assistant::start(Startup {
            os_locale,
            settings_path: Some(config_dir.join("settings.json")),
            profile: ProfileLoad::embedded(),
            today: Date::new(2026, 11, 25).unwrap(),
        });
        let state = AppState::new(assistant, Instant::now(), ReadyReport::default());
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
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
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
    assert!(error.as_str().is_some_and(|e| !e.is_empty()), "{error}");
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
