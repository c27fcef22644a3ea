//! Start-up facts from the OS and the environment.

use crate::commands::ReadyReport;
use mfa_core::assistant::{Assistant, Startup};
use mfa_core::date::Date;
use mfa_core::i18n::Locale;
use mfa_core::profile;
use mfa_core::settings;
use std::env;
use std::path::PathBuf;

pub struct Gathered {
    pub assistant: Assistant,
    pub ready_report: ReadyReport,
}

/// Reads the environment once, at start-up.
pub fn gather() -> Gathered {
    let today = today();
    let profile = profile::load_for_this_machine(today);
    for issue in &profile.issues {
        eprintln!(
            "profile: {}",
            issue.describe(&mfa_core::i18n::Texts::load(), Locale::En)
        );
    }
    let mut assistant = Assistant::start(Startup {
        os_locale: Locale::from_posix_env(|name| env::var(name).ok()),
        settings_path: config_dir().map(|dir| dir.join(settings::FILE_NAME)),
        profile,
        today,
    });
    for warning in assistant.take_warnings() {
        eprintln!("warning: {warning}");
    }
    Gathered {
        assistant,
        ready_report: ReadyReport {
            print: env_flag("MFA_ASSISTANT_REPORT_READY"),
            exit: env_flag("MFA_ASSISTANT_EXIT_AFTER_READY"),
        },
    }
}

/// Today in Japan, or the day in `MFA_ASSISTANT_TODAY` (YYYY-MM-DD) so that an
/// admin or a test can see the assistant as it will be after Microsoft's
/// retirement of SMS and voice. A malformed value is reported and ignored.
fn today() -> Date {
    match env::var("MFA_ASSISTANT_TODAY") {
        Ok(value) if !value.is_empty() => Date::parse(&value).unwrap_or_else(|e| {
            eprintln!("warning: ignored MFA_ASSISTANT_TODAY={value:?}: {e}");
            Date::today_in_japan()
        }),
        _ => Date::today_in_japan(),
    }
}

fn env_flag(name: &str) -> bool {
    env::var(name).is_ok_and(|v| v == "1")
}

/// The platform's config folder for this app (`$XDG_CONFIG_HOME/mfa-assistant` on
/// Linux, `%APPDATA%\mfa-assistant` on Windows, `~/Library/Application
/// Support/mfa-assistant` on macOS). Resolved before Tauri starts so that the
/// first screen is already in the right language.
fn config_dir() -> Option<PathBuf> {
    let base = if cfg!(target_os = "windows") {
        env::var_os("APPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        env::var_os("HOME").map(|h| PathBuf::from(h).join("Library/Application Support"))
    } else {
        env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
    };
    base.map(|b| b.join("mfa-assistant"))
}
