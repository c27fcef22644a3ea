use super::*;
use crate::phone_lines::LineState::{self, Ended, Lasting, UntilRetirement};
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

fn ids(registered: &[MethodId], situation: &Situation, state: LineState) -> Vec<&'static str> {
    reminder_ids(registered, situation, &PhoneLines::both(state))
}

#[test]
fn a_feature_phone_user_reads_nothing_about_apps() {
    assert_eq!(
        ids(
            &[Phone, OfficePhone],
            &with_feature_phone(),
            UntilRetirement
        ),
        [
            "done-reminder-add-backup",
            "done-reminder-retirement-no-smartphone",
            "done-reminder-left-at-home",
            "done-reminder-travel-sms",
            "done-reminder-new-number",
        ]
    );
}

#[test]
fn everything_on_one_smartphone_asks_for_another_place_and_points_to_the_help_desk() {
    assert_eq!(
        ids(
            &[Authenticator, Passkey],
            &with_smartphone(),
            UntilRetirement
        ),
        [
            "done-reminder-add-backup",
            "done-reminder-left-at-home-help-desk",
            "done-reminder-travel-app",
            "done-reminder-new-phone-passkey",
            "done-reminder-clock",
            "done-reminder-mail-apps",
        ]
    );
    // The app and a passkey on this PC: two places, and the desk has one.
    let two_places = ids(&[Authenticator, WindowsPasskey], &with_smartphone(), Ended);
    assert_eq!(
        two_places,
        [
            "done-reminder-left-at-home",
            "done-reminder-travel-app",
            "done-reminder-new-phone",
            "done-reminder-new-pc",
            "done-reminder-clock",
            "done-reminder-mail-apps",
        ]
    );
}

#[test]
fn the_retirement_is_mentioned_to_people_with_phone_lines_and_loudest_when_nothing_else_is_left() {
    let retirement = |registered: &[MethodId], state| {
        ids(registered, &with_smartphone(), state)
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
    assert!(retirement(&[Authenticator, SyncedPasskey], UntilRetirement).is_empty());
    assert!(retirement(&[], UntilRetirement).is_empty());
}

#[test]
fn after_the_retirement_nothing_leans_on_text_messages_or_calls() {
    let after = ids(
        &[Phone, OfficePhone, Authenticator],
        &with_smartphone(),
        Ended,
    );
    assert_eq!(
        after[0], "done-reminder-add-backup",
        "only the app still counts"
    );
    assert!(after.contains(&"done-reminder-lines-ended"));
    for sms_or_call in [
        "done-reminder-travel-sms",
        "done-reminder-travel-sms-add-app",
        "done-reminder-travel-fixed-line",
        "done-reminder-new-number",
        "done-reminder-left-at-home",
    ] {
        assert!(!after.contains(&sms_or_call), "{sms_or_call}");
    }
    assert_eq!(
        ids(&[Phone], &with_feature_phone(), Ended),
        ["done-reminder-add-backup", "done-reminder-lines-ended"]
    );
}

#[test]
fn the_lost_phone_plan_names_what_still_lets_the_person_in() {
    let lines = PhoneLines::both(UntilRetirement);
    assert_eq!(
        lost_phone_plan(&[Authenticator, Passkey], &lines),
        Some(LostPhonePlan::HelpDesk)
    );
    assert_eq!(
        lost_phone_plan(&[Authenticator, SyncedPasskey, WindowsPasskey], &lines),
        Some(LostPhonePlan::OtherPlaces(vec![
            Place::CloudAccount,
            Place::ThisPc
        ]))
    );
    // Until the date, a new SIM brings the texts back; after it, nothing does.
    assert_eq!(
        lost_phone_plan(&[Authenticator, Phone], &lines),
        Some(LostPhonePlan::OtherPlaces(vec![Place::MobileNumber]))
    );
    assert_eq!(
        lost_phone_plan(&[Authenticator, Phone], &PhoneLines::both(Ended)),
        Some(LostPhonePlan::HelpDesk)
    );
    // Nothing on a phone: losing one changes nothing.
    assert_eq!(
        lost_phone_plan(&[WindowsPasskey, SecurityKey], &lines),
        None
    );
}

#[test]
fn a_landline_or_a_key_alone_says_nothing_about_a_phone_left_at_home() {
    let registered = ids(
        &[OfficePhone, SecurityKey],
        &with_feature_phone(),
        UntilRetirement,
    );
    assert!(!registered.contains(&"done-reminder-left-at-home"));
    let office_only = ids(&[OfficePhone], &with_feature_phone(), Lasting);
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
            for state in [Lasting, UntilRetirement, Ended] {
                let shown = ids(&registered, &situation, state);
                for id in &shown {
                    assert!(REMINDER_IDS.contains(id), "{id}");
                    assert_eq!(shown.iter().filter(|i| *i == id).count(), 1, "{id} twice");
                }
                let app_words = ["done-reminder-clock", "done-reminder-travel-app"];
                if !registered.contains(&Authenticator) {
                    assert!(shown.iter().all(|id| !app_words.contains(id)), "{shown:?}");
                }
                if smartphone != "smartphone" {
                    assert!(!shown.contains(&"done-reminder-mail-apps"));
                }
            }
        }
    }
}
