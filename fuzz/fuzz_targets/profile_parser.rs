//! Feeds arbitrary bytes to the organisation profile's parser and asserts what
//! must hold for every input: no panic (a broken profile must never stop the
//! assistant); a rejected file always says why, at a place inside the file; and
//! an accepted profile, written back with `Profile::to_toml`, reads back as the
//! same profile (so what `--check-profile` summarises is what the app uses).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfa_core::date::Date;
use mfa_core::i18n::Texts;
use mfa_core::profile::{parse_profile, parse_profile_bytes};
use std::path::Path;
use std::sync::OnceLock;

fn texts() -> &'static Texts {
    static TEXTS: OnceLock<Texts> = OnceLock::new();
    TEXTS.get_or_init(Texts::load)
}

fuzz_target!(|data: &[u8]| {
    // Both sides of Microsoft's SMS/voice retirement, where validation differs.
    for today in ["2026-11-24", "2027-03-01"] {
        check_invariants(data, Date::parse(today).unwrap());
    }
});

fn check_invariants(data: &[u8], today: Date) {
    let file = Path::new("fuzz.toml");
    match parse_profile_bytes(data, file, today) {
        Ok(parsed) => {
            let written = parsed.profile.to_toml();
            let again = parse_profile(&written, file, today)
                .unwrap_or_else(|e| panic!("written profile rejected: {written}\n{e:?}"));
            assert_eq!(again.profile, parsed.profile, "{written}");
        }
        Err(issues) => {
            assert!(issues.iter().any(|i| i.is_error()), "rejected without an error");
            let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
            for issue in &issues {
                if let Some(at) = issue.location {
                    assert!(at.line >= 1 && at.line <= lines && at.column >= 1, "{issue:?}");
                }
                assert!(!issue.render_plain(texts()).is_empty());
            }
        }
    }
}
