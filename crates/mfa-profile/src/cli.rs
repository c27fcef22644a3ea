//! The command-line side: `--check-profile FILE` and `--print-default-profile`.
//!
//! What the commands do; their words (the report and the exit code, so the
//! binary only prints and tests see exactly what an admin sees) are
//! `view::check_report`'s.

use super::format::{parse_profile_bytes, ParsedProfile};
use super::issue::{IssueKind, ProfileIssue};
use super::load::{read_limited, system_profile_path, trust_issues};
use crate::date::Date;
use std::path::Path;

const DEFAULT_TOML: &str = include_str!("../profile-default.toml");

/// The embedded default profile as commented TOML, for
/// `--print-default-profile`: the starting point of an organisation's own file.
pub fn default_profile_toml() -> &'static str {
    DEFAULT_TOML
}

/// Reads and checks the profile at `path` as the assistant would on `today`:
/// the file, whether the assistant trusts it (when it is the machine-wide
/// file), and its contents. `view::check_report` puts the outcome into words.
pub fn check_profile_file(path: &Path, today: Date) -> Result<ParsedProfile, Vec<ProfileIssue>> {
    std::fs::File::open(path)
        .map_err(|e| {
            ProfileIssue::whole_file(IssueKind::FileUnreadable, path).with("detail", e.to_string())
        })
        .and_then(|file| read_limited(file, path))
        .map_err(|issue| vec![issue])
        .and_then(|bytes| {
            // The machine-wide file itself: say whether the assistant will
            // trust it, as it decides at start-up.
            let distrust = if is_the_system_profile(path) {
                trust_issues(path)
            } else {
                vec![]
            };
            if distrust.is_empty() {
                Ok(bytes)
            } else {
                Err(distrust)
            }
        })
        .and_then(|bytes| parse_profile_bytes(&bytes, path, today))
}

fn is_the_system_profile(path: &Path) -> bool {
    let real = |p: &Path| std::fs::canonicalize(p).ok();
    real(path).is_some() && real(path) == real(&system_profile_path())
}
