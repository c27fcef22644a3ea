use super::*;
use crate::recommend::PhoneLines::{Ended, Lasting, UntilRetirement};
use MethodId::*;

pub(crate) fn with_smartphone() -> Situation {
    Situation::answered(["smartphone", "allowed", "often", "ok", "own-line", "pc"])
}

pub(crate) fn with_feature_phone() -> Situation {
    Situation::answered([
        "feature-phone",
        "forbidden",
        "rarely",
        "ok",
        "own-line",
        "pc",
    ])
}

#[test]
fn a_feature_phone_user_reads_nothing_about_apps() {
    let ids = reminder_ids(
        &[Phone, OfficePhone],
        &with_feature_phone(),
        UntilRetirement,
    );
    assert_eq!(
        ids,
        [
            "done-reminder-retirement-no-smartphone",
            "done-reminder-left-at-home",
            "done-reminder-lost",
            "done-reminder-travel-sms",
            "done-reminder-new-number",
        ]
    );
}

#[test]
fn everything_on_one_smartphone_points_to_the_help_desk_when_it_stays_at_home() {
    let ids = reminder_ids(&[Phone, Authenticator], &with_smartphone(), UntilRetirement);
    assert_eq!(
        ids,
        [
            "done-reminder-lines-end-soon",
            "done-reminder-left-at-home-help-desk",
            "done-reminder-lost",
            "done-reminder-travel-app",
            "done-reminder-new-phone",
            "done-reminder-clock",
            "done-reminder-mail-apps",
        ]
    );
}

#[test]
fn the_retirement_is_mentioned_to_people_with_phone_lines_and_loudest_when_nothing_else_is_left() {
    let retirement = |registered: &[MethodId], lines| {
        reminder_ids(registered, &with_smartphone(), lines)
            .into_iter()
            .filter(|id| {
                id.starts_with("done-reminder-retirement") || id.starts_with("done-reminder-lines")
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        retirement(&[Phone], UntilRetirement),
        ["done-reminder-retirement"]
    );
    assert!(retirement(&[Phone], Lasting).is_empty());
    assert_eq!(
        retirement(&[Phone, Authenticator], UntilRetirement),
        ["done-reminder-lines-end-soon"]
    );
    assert!(retirement(&[Authenticator, Passkey], UntilRetirement).is_empty());
    assert!(retirement(&[], UntilRetirement).is_empty());
}

#[test]
fn after_the_retirement_nothing_leans_on_text_messages_or_calls() {
    let ids = reminder_ids(
        &[Phone, OfficePhone, Authenticator],
        &with_smartphone(),
        Ended,
    );
    assert_eq!(
        ids[0], "done-reminder-add-backup",
        "only the app still counts"
    );
    assert!(ids.contains(&"done-reminder-lines-ended"));
    for sms_or_call in [
        "done-reminder-travel-sms",
        "done-reminder-travel-sms-add-app",
        "done-reminder-travel-fixed-line",
        "done-reminder-new-number",
        "done-reminder-left-at-home",
    ] {
        assert!(!ids.contains(&sms_or_call), "{sms_or_call}");
    }
    let lines_only = reminder_ids(&[Phone], &with_feature_phone(), Ended);
    assert_eq!(
        lines_only,
        ["done-reminder-add-backup", "done-reminder-lines-ended"]
    );
}

#[test]
fn one_method_asks_for_a_backup_and_none_sends_back_to_register() {
    let first = |registered: &[MethodId]| reminder_ids(registered, &with_smartphone(), Lasting)[0];
    assert_eq!(first(&[Authenticator]), "done-reminder-add-backup");
    assert_eq!(first(&[]), "done-reminder-none-registered");
    assert_ne!(first(&[Authenticator, Phone]), "done-reminder-add-backup");
}

#[test]
fn a_landline_or_a_key_alone_says_nothing_about_a_phone_left_at_home() {
    let ids = reminder_ids(
        &[OfficePhone, SecurityKey],
        &with_feature_phone(),
        UntilRetirement,
    );
    assert!(!ids.contains(&"done-reminder-left-at-home"));
    assert!(!ids.contains(&"done-reminder-lost"));
    let office_only = reminder_ids(&[OfficePhone], &with_feature_phone(), Lasting);
    assert!(office_only.contains(&"done-reminder-travel-fixed-line"));
}

/// Every set of methods, for every smartphone answer, before and after the
/// retirement: something to remember, nothing repeated, and every id one the
/// locales are checked for.
#[test]
fn every_combination_gives_known_distinct_reminders() {
    for mask in 0..(1u32 << MethodId::ALL.len()) {
        let registered: Vec<MethodId> = MethodId::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, m)| m)
            .collect();
        for smartphone in ["smartphone", "feature-phone", "none"] {
            let situation =
                Situation::answered([smartphone, "allowed", "often", "ok", "none", "pc"]);
            for lines in [Lasting, UntilRetirement, Ended] {
                let ids = reminder_ids(&registered, &situation, lines);
                assert!(!ids.is_empty(), "{registered:?}");
                for id in &ids {
                    assert!(REMINDER_IDS.contains(id), "{id}");
                    assert_eq!(ids.iter().filter(|i| *i == id).count(), 1, "{id} twice");
                }
                let app_words = ["done-reminder-clock", "done-reminder-travel-app"];
                if !registered.contains(&Authenticator) {
                    assert!(ids.iter().all(|id| !app_words.contains(id)), "{ids:?}");
                }
                if smartphone != "smartphone" {
                    assert!(!ids.contains(&"done-reminder-mail-apps"));
                }
            }
        }
    }
}
