//! "Copy diagnostic information": what the help desk needs to know about a
//! person's assistant, to paste into an e-mail. Facts about the program only:
//! no phone number, no search, nothing typed, and paths with the home folder
//! written as `~` (it names the user's account).

use super::Assistant;
use crate::view;
pub use crate::view::Environment;
use std::collections::VecDeque;

/// How many recent problems the report keeps.
const RECENT_PROBLEMS: usize = 10;

/// The problems and warnings of this run, newest last, as the log has them.
#[derive(Debug, Default)]
pub(super) struct RecentProblems(VecDeque<String>);

impl RecentProblems {
    pub(super) fn push(&mut self, line: String) {
        if self.0.len() == RECENT_PROBLEMS {
            self.0.pop_front();
        }
        self.0.push_back(line);
    }
}

impl Assistant {
    /// The report, with its labels in the user's language.
    pub fn diagnostics(&self, env: &Environment) -> String {
        view::diagnostic_report(
            &self.facts(),
            &self.profile_load,
            &self.recent_problems.0,
            env,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assistant::Startup;
    use crate::date::Date;
    use crate::i18n::Locale;
    use crate::problem::{IdKind, Problem};
    use crate::profile::ProfileLoad;
    use std::path::PathBuf;

    fn environment() -> Environment {
        Environment {
            app_version: "0.1.0".into(),
            os: "windows x86_64".into(),
            os_language: Some("ja-JP".into()),
            log_file: Some(PathBuf::from(
                "/home/taro/.local/share/app/logs/mfa-assistant.log",
            )),
            home: Some(PathBuf::from("/home/taro")),
        }
    }

    fn assistant(locale: Locale) -> Assistant {
        Assistant::start(Startup {
            os_locale: locale,
            settings_path: None,
            profile: ProfileLoad::embedded(),
            today: Date::new(2026, 11, 26).unwrap(),
            computer: crate::computer::ThisComputer::running(),
        })
    }

    #[test]
    fn the_report_says_what_the_help_desk_asks_in_either_language() {
        for (locale, title) in [
            (Locale::Ja, "診断情報"),
            (Locale::En, "diagnostic information"),
        ] {
            let mut a = assistant(locale);
            a.error_view(&Problem::unknown(IdKind::Link, "no-such-link"));
            let report = a.diagnostics(&environment());
            assert!(report.contains(title), "{report}");
            for fact in [
                "0.1.0",
                "windows x86_64",
                "ja-JP",
                "2026-11-26",
                "no-such-link",
            ] {
                assert!(report.contains(fact), "{fact} in {report}");
            }
            assert!(
                report.contains("~/.local/share/app/logs/mfa-assistant.log"),
                "{report}"
            );
            assert!(
                !report.contains("taro"),
                "the account name stays out: {report}"
            );
        }
    }

    #[test]
    fn nothing_typed_reaches_the_report() {
        let mut a = assistant(Locale::En);
        // A phone check on a step without one, and a search: neither is kept.
        let _ = a.check_phone("090-1234-5678");
        a.open_faq();
        a.faq_search("my number 080-9999-0000");
        let report = a.diagnostics(&environment());
        for typed in ["1234", "5678", "9999", "my number"] {
            assert!(!report.contains(typed), "{typed} in {report}");
        }
    }

    #[test]
    fn only_the_latest_problems_are_kept() {
        let mut recent = RecentProblems::default();
        for i in 0..25 {
            recent.push(format!("problem {i}"));
        }
        assert_eq!(recent.0.len(), RECENT_PROBLEMS);
        assert_eq!(recent.0.back().unwrap(), "problem 24");
    }
}
