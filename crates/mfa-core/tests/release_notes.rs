//! docs/changes.md says what changed in the version being built, in both
//! languages and short enough for the update banner: the release workflow's
//! `latest.json` takes its notes from there, and a release without them
//! fails only at the end of the workflow.

use mfa_core::i18n::Locale;
use mfa_core::updates::summary_in;
use std::fs;
use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The lines of `## version` in docs/changes.md.
fn section(version: &str) -> Vec<String> {
    let changes = fs::read_to_string(repo().join("docs/changes.md")).unwrap();
    let mut inside = false;
    let mut lines = vec![];
    for line in changes.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            inside = heading.trim() == version;
        } else if inside && !line.trim().is_empty() {
            lines.push(line.trim().to_owned());
        }
    }
    lines
}

#[test]
fn the_version_being_built_says_what_changed_in_both_languages() {
    let version = env!("CARGO_PKG_VERSION");
    let config = fs::read_to_string(repo().join("src-tauri/tauri.conf.json")).unwrap();
    assert!(
        config.contains(&format!("\"version\": \"{version}\"")),
        "tauri.conf.json's version (the one the updater compares) is not {version}"
    );
    let lines = section(version);
    assert!(!lines.is_empty(), "docs/changes.md has no `## {version}`");
    let notes = lines.join("\n");
    for (locale, tag) in [(Locale::Ja, "ja:"), (Locale::En, "en:")] {
        let written = lines
            .iter()
            .find_map(|l| l.trim_start_matches("- ").strip_prefix(tag))
            .unwrap_or_else(|| panic!("`## {version}` has no `{tag}` line"))
            .trim();
        assert!(written.chars().count() < 140, "{tag} {written}");
        assert_eq!(summary_in(&notes, locale).as_deref(), Some(written));
    }
}
