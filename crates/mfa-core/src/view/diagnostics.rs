//! "Copy diagnostic information" in words: what the help desk needs to know
//! about a person's assistant, to paste into an e-mail. Facts about the
//! program only: no phone number, no search, nothing typed, and paths with the
//! home folder written as `~` (it names the user's account).

use super::Facts;
use crate::i18n::Arg;
use crate::profile::{ProfileLoad, ProfileSource};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

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

/// The report, with its labels in the person's language: the program, the
/// system, the profile in effect and its problems, this run's recent
/// problems and where the log is.
pub fn diagnostic_report(
    facts: &Facts,
    profile: &ProfileLoad,
    recent_problems: &VecDeque<String>,
    env: &Environment,
) -> String {
    let t = |id: &str| facts.t(id);
    let shown = |path: &Path| tilde(path, env.home.as_deref());
    let source = match &profile.source {
        ProfileSource::EmbeddedDefault => t("diagnostics-profile-default"),
        ProfileSource::System { path } => facts.t_with(
            "diagnostics-profile-system",
            &[("file", Arg::from(&shown(path)))],
        ),
        ProfileSource::Preview { path } => facts.t_with(
            "diagnostics-profile-preview",
            &[("file", Arg::from(&shown(path)))],
        ),
    };
    let language = match &env.os_language {
        Some(os) => format!("{} ({os})", facts.locale.tag()),
        None => facts.locale.tag().to_owned(),
    };
    let mut lines = vec![
        t("diagnostics-title"),
        format!("{}: {}", t("diagnostics-version"), env.app_version),
        format!("{}: {}", t("diagnostics-system"), env.os),
        format!("{}: {language}", t("diagnostics-language")),
        format!("{}: {}", t("diagnostics-day"), facts.today),
        format!("{}: {source}", t("diagnostics-profile")),
    ];
    if profile.fell_back {
        lines.push(t("diagnostics-profile-fell-back"));
    }
    // The app registration, so the help desk can match consent problems
    // to it; what Microsoft listed for the person is left out.
    if let Some(check) = &profile.profile.microsoft_check {
        lines.push(facts.t_with(
            "diagnostics-microsoft-check",
            &[
                ("tenant", Arg::from(&check.tenant)),
                ("client", Arg::from(&check.client_id)),
            ],
        ));
    }
    let issues = profile.issues.iter().map(|issue| {
        tilde_in(
            &issue.describe(facts.texts, facts.locale),
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
        recent_problems
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
