//! Staying current: whether an update is on offer (the shell checks,
//! downloads and installs it with `tauri-plugin-updater`), and whether the
//! advice is old enough that Microsoft's screens may have changed.

use crate::date::Date;
use crate::i18n::Locale;
use crate::sources;

/// After this many days the advice may no longer match Microsoft's screens.
pub const ADVICE_AGE_LIMIT_DAYS: i64 = 120;

/// Where an update stands, in memory only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum UpdateState {
    /// None offered (none looked for, none newer, or the check failed: the
    /// log says why, the person sees nothing).
    #[default]
    None,
    /// A newer version is offered: its version and its release notes (the
    /// banner shows one line of them, in the window's language).
    Available {
        version: String,
        notes: Option<String>,
    },
    /// The person chose to update: downloading (percent when known).
    Installing { percent: Option<u8> },
    /// The person chose to update and it did not work: one calm line.
    Failed,
}

/// Whether the advice is older than `ADVICE_AGE_LIMIT_DAYS` on `today`.
pub fn advice_is_old(today: Date) -> bool {
    sources::ADVICE_CHECKED.days_until(today) > ADVICE_AGE_LIMIT_DAYS
}

/// What changed, in one line short enough for a banner, in `locale`: the
/// notes' line that starts with the language's tag (`ja: …`, `en: …`, as
/// `docs/changes.md` writes them), or else their first line.
pub fn summary_in(notes: &str, locale: Locale) -> Option<String> {
    const MAX_CHARS: usize = 140;
    let lines = notes
        .lines()
        .map(|l| l.trim().trim_start_matches(['#', '-', '*', ' ']).trim())
        .filter(|l| !l.is_empty());
    let mut first = None;
    let mut tagged = None;
    for line in lines {
        let (tag, text) = match line.split_once(':') {
            Some((tag, text)) if Locale::parse(tag.trim()).is_ok() => {
                (Locale::parse(tag.trim()).ok(), text.trim())
            }
            _ => (None, line),
        };
        if text.is_empty() {
            continue;
        }
        first.get_or_insert(text);
        if tag == Some(locale) {
            tagged = Some(text);
            break;
        }
    }
    let line = tagged.or(first)?;
    Some(if line.chars().count() > MAX_CHARS {
        let cut: String = line.chars().take(MAX_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        line.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notes_become_one_short_line() {
        assert_eq!(
            summary_in("\n## Passkeys on Windows\nmore", Locale::Ja).as_deref(),
            Some("Passkeys on Windows")
        );
        assert_eq!(summary_in("   ", Locale::En), None);
        let long = summary_in(&"あ".repeat(300), Locale::Ja).unwrap();
        assert_eq!(long.chars().count(), 140);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn the_line_in_the_windows_language_is_chosen() {
        let notes = "- ja: パスキーの手順を更新\n- en: Passkey steps updated\n";
        assert_eq!(
            summary_in(notes, Locale::Ja).as_deref(),
            Some("パスキーの手順を更新")
        );
        assert_eq!(
            summary_in(notes, Locale::En).as_deref(),
            Some("Passkey steps updated")
        );
        // Only one language written: that line, whatever the window's.
        assert_eq!(
            summary_in("ja: 新しい案内", Locale::En).as_deref(),
            Some("新しい案内")
        );
        // A colon that is not a language tag is part of the text.
        assert_eq!(
            summary_in("Note: faster start", Locale::Ja).as_deref(),
            Some("Note: faster start")
        );
    }

    #[test]
    fn the_advice_is_old_after_120_days() {
        let checked = sources::ADVICE_CHECKED;
        assert!(!advice_is_old(checked.plus_days(120)));
        assert!(advice_is_old(checked.plus_days(121)));
    }
}
