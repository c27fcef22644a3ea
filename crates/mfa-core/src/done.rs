//! What is worth remembering with exactly the methods a person registered: the
//! reminders of the done step, as ids (the `view::done` step turns them into
//! text).

use crate::method::MethodId;
use crate::recommend::PhoneLines;
use crate::situation::Situation;

#[cfg(test)]
pub(crate) mod tests;

/// Which reminders apply, in the order shown. Each one is about a method the
/// person has and that works today: a feature-phone user reads nothing about
/// apps, someone whose every method is on one phone learns what happens when it
/// stays at home, and nothing leans on SMS or calls once Microsoft's have ended
/// (`lines`).
pub fn reminder_ids(
    registered: &[MethodId],
    situation: &Situation,
    lines: PhoneLines,
) -> Vec<&'static str> {
    use MethodId::*;
    let works = |method: &MethodId| !method.is_phone_line() || lines != PhoneLines::Ended;
    let usable: Vec<MethodId> = registered.iter().copied().filter(works).collect();
    let has = |method| usable.contains(&method);
    let smartphone = situation.has_smartphone();
    let on_the_phone = has(Authenticator) || has(Passkey) || has(Phone);
    let away_from_the_phone = has(OfficePhone) || has(AlternatePhone) || has(SecurityKey);

    let mut ids = vec![];
    match usable.len() {
        0 if registered.is_empty() => ids.push("done-reminder-none-registered"),
        0 | 1 => ids.push("done-reminder-add-backup"),
        _ => {}
    }
    if usable.len() < registered.len() {
        ids.push("done-reminder-lines-ended");
    }
    if lines == PhoneLines::UntilRetirement && usable.iter().any(|m| m.is_phone_line()) {
        ids.push(if usable.iter().all(|m| m.is_phone_line()) {
            if smartphone {
                "done-reminder-retirement"
            } else {
                "done-reminder-retirement-no-smartphone"
            }
        } else {
            "done-reminder-lines-end-soon"
        });
    }
    if on_the_phone {
        ids.push(if away_from_the_phone {
            "done-reminder-left-at-home"
        } else {
            "done-reminder-left-at-home-help-desk"
        });
        ids.push("done-reminder-lost");
    }
    if has(Authenticator) {
        ids.push("done-reminder-travel-app");
    } else if has(Phone) {
        ids.push(if smartphone {
            "done-reminder-travel-sms-add-app"
        } else {
            "done-reminder-travel-sms"
        });
    } else if has(OfficePhone) || has(AlternatePhone) {
        ids.push("done-reminder-travel-fixed-line");
    }
    if has(Authenticator) || has(Passkey) {
        ids.push("done-reminder-new-phone");
    } else if has(Phone) {
        ids.push("done-reminder-new-number");
    }
    if has(Authenticator) {
        ids.push("done-reminder-clock");
    }
    if smartphone {
        ids.push("done-reminder-mail-apps");
    }
    ids
}

/// Every reminder id `reminder_ids` can return, for the locale tests.
#[cfg(test)]
pub const REMINDER_IDS: &[&str] = &[
    "done-reminder-none-registered",
    "done-reminder-add-backup",
    "done-reminder-retirement",
    "done-reminder-retirement-no-smartphone",
    "done-reminder-lines-end-soon",
    "done-reminder-lines-ended",
    "done-reminder-left-at-home",
    "done-reminder-left-at-home-help-desk",
    "done-reminder-lost",
    "done-reminder-travel-app",
    "done-reminder-travel-sms-add-app",
    "done-reminder-travel-sms",
    "done-reminder-travel-fixed-line",
    "done-reminder-new-phone",
    "done-reminder-new-number",
    "done-reminder-clock",
    "done-reminder-mail-apps",
];
