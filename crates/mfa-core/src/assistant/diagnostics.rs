//! "Copy diagnostic information": what the help desk needs to know about a
//! person's assistant, to paste into an e-mail. Facts about the program only:
//! no phone number, no search, nothing typed, and paths with the home folder
//! written as `~` (it names the user's account).

use super::Assistant;
use crate::i18n::Arg;
use crate::profile::ProfileSource;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// How many recent problems the report keeps.
const RECENT_PROBLEMS: usize = 10;

/// What the shell knows about where the assistant runs.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub app_version: String,
    /// `windows x86_64`, `macos aarch64`, …
    pub os: String,
    /// The OS's language tag as reported (`ja-JP`), if any.
    pub os_language: Option<String>,
    pub log_file: Option<PathBuf>,
    /// The user's home folder, written as `~` in the report.
    pub home: Option<PathBuf>,
}

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
        let t = |id: &str| self.texts.get(self.locale, id);
        let shown = |path: &Path| tilde(path, env.home.as_deref());
        let profile = &self.profile_load;
        let source = match &profile.source {
            ProfileSource::EmbeddedDefault => t("diagnostics-profile-default"),
            ProfileSource::System { path } => self.texts.get_with(
                self.locale,
                "diagnostics-profile-system",
                &[("file", Arg::from(&shown(path)))],
            ),
            ProfileSource::Preview { path } => self.texts.get_with(
                self.locale,
                "diagnostics-profile-preview",
                &[("file", Arg::from(&shown(path)))],
            ),
        };
        let language = match &env.os_language {
            Some(os) => format!("{} ({os})", self.locale.tag()),
            None => self.locale.tag().to_owned(),
        };
        let mut lines = vec![
            t("diagnostics-title"),
            format!("{}: {}", t("diagnostics-version"), env.app_version),
            format!("{}: {}", t("diagnostics-system"), env.os),
            format!("{}: {language}", t("diagnostics-language")),
            format!("{}: {}", t("diagnostics-day"), self.today),
            format!("{}: {source}", t("diagnostics-profile")),
        ];
        if profile.fell_back {
            lines.push(t("diagnostics-profile-fell-back"));
        }
        // The app registration, so the help desk can match consent problems
        // to it; what Microsoft listed for the person is left out.
        if let Some(check) = &profile.profile.microsoft_check {
            lines.push(self.texts.get_with(
                self.locale,
                "diagnostics-microsoft-check",
                &[
                    ("tenant", Arg::from(&check.tenant)),
                    ("client", Arg::from(&check.client_id)),
                ],
            ));
        }
        let issues = profile.issues.iter().map(|issue| {
            tilde_in(
                &issue.describe(&self.texts, self.locale),
                env.home.as_deref(),
            )
        });
        push_list(
            &mut lines,
            &t("diagnostics-profile-issues"),
            issues,
            &t("diagnostics-none"),
        );
        push_list(
            &mut lines,
            &t("diagnostics-recent-problems"),
            self.recent_problems
                .0
                .iter()
                .map(|p| tilde_in(p, env.home.as_deref())),
            &t("diagnostics-none"),
        );
        if let Some(log) = &env.log_file {
            lines.push(format!("{}: {}", t("diagnostics-log-file"), shown(log)));
        }
        let mut text = lines.join("\n");
        text.push('\n');
        text
    }
}

fn push_list(
    lines: &mut Vec<String>,
    title: &str,
    items: impl Iterator<Item = String>,
    none: &str,
) {
    let items: Vec<String> = items.map(|item| format!("- {item}")).collect();
    if items.is_empty() {
        lines.push(format!("{title}: {none}"));
    } else {
        lines.push(format!("{title}:"));
        lines.extend(items);
    }
}

/// `path` with the home folder written as `~`.
fn tilde(path: &Path, home: Option<&Path>) -> String {
    match home.and_then(|home| path.strip_prefix(home).ok()) {
        Some(rest) => Path::new("~").join(rest).display().to_string(),
        None => path.display().to_string(),
    }
}

/// `text` with every mention of the home folder written as `~`.
fn tilde_in(text: &str, home: Option<&Path>) -> String {
    match home
        .map(|h| h.display().to_string())
        .filter(|h| h.len() > 1)
    {
        Some(home) => text.replace(&home, "~"),
        None => text.to_owned(),
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
