//! Start-up facts from the OS and the environment.

use crate::commands::ReadyReport;
use crate::folders;
use crate::test_hooks::TestHooks;
use log::Level;
use mfa_core::assistant::{Assistant, Environment, Startup};
use mfa_core::computer::ThisComputer;
use mfa_core::date::Date;
use mfa_core::i18n::{Locale, Texts};
use mfa_core::profile;
use mfa_core::settings;
use std::env;

pub struct Gathered {
    pub assistant: Assistant,
    pub hooks: TestHooks,
    pub environment: Environment,
    pub ready_report: ReadyReport,
    /// What start-up found worth logging. The log file opens only once Tauri has
    /// started, so these wait until then.
    pub log: Vec<(Level, String)>,
}

/// Reads the environment once, at start-up.
pub fn gather() -> Gathered {
    let mut log = vec![];
    let today = today(&mut log);
    let profile = profile::load_for_this_machine(today);
    log.push((
        Level::Info,
        format!(
            "profile: {}",
            profile.source.path().map_or_else(
                || "built-in default".to_owned(),
                |p| p.display().to_string()
            )
        ),
    ));
    let texts = Texts::load();
    for issue in &profile.issues {
        log.push((
            Level::Warn,
            format!("profile: {}", issue.describe(&texts, Locale::En)),
        ));
    }
    let os_language = sys_locale::get_locale();
    let os_locale = Locale::from_os_tag(os_language.as_deref());
    log.push((
        Level::Info,
        format!(
            "OS language {:?}, opening in {}",
            os_language.as_deref().unwrap_or("(none)"),
            os_locale.tag()
        ),
    ));
    let settings_path = folders::config_dir().map(|dir| dir.join(settings::FILE_NAME));
    let hooks = TestHooks::from_env();
    if let Some(line) = hooks.describe() {
        log.push((Level::Warn, line));
    }
    // The test build may act as another computer, so that the Windows-only
    // advice can be walked on Linux.
    let computer = hooks.computer.unwrap_or_else(ThisComputer::running);
    let mut assistant = Assistant::start(Startup {
        os_locale,
        settings_path,
        profile,
        today,
        computer,
    });
    log.extend(
        assistant
            .take_warnings()
            .into_iter()
            .map(|w| (Level::Warn, w)),
    );
    Gathered {
        assistant,
        hooks,
        environment: Environment {
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            os: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
            os_language,
            // Known once Tauri's path resolver runs (`AppState::set_log_file`).
            log_file: None,
            home: dirs::home_dir(),
        },
        ready_report: ReadyReport {
            print: env_flag("MFA_ASSISTANT_REPORT_READY"),
            exit: env_flag("MFA_ASSISTANT_EXIT_AFTER_READY"),
        },
        log,
    }
}

/// Today in Japan, or the day in `MFA_ASSISTANT_TODAY` (YYYY-MM-DD) so that an
/// admin or a test can see the assistant as it will be after Microsoft's
/// retirement of SMS and voice. A malformed value is reported and ignored.
fn today(log: &mut Vec<(Level, String)>) -> Date {
    match env::var("MFA_ASSISTANT_TODAY") {
        Ok(value) if !value.is_empty() => Date::parse(&value).unwrap_or_else(|e| {
            log.push((
                Level::Warn,
                format!("ignored MFA_ASSISTANT_TODAY={value:?}: {e}"),
            ));
            Date::today_in_japan()
        }),
        _ => Date::today_in_japan(),
    }
}

fn env_flag(name: &str) -> bool {
    env::var(name).is_ok_and(|v| v == "1")
}
