//! What is worth remembering with exactly the methods a person registered: the
//! reminders of the done step and its lost-phone plan, as ids and places (the
//! `view::done` step turns them into text).
//!
//! The lost-phone plan follows the same rule as the plan step (`places`): what
//! still lets the person in when the smartphone is gone, or, when nothing does,
//! the help desk.

use crate::method::{MethodId, Place};
use crate::phone_lines::{LineState, PhoneLines};
use crate::places::Resilience;
use crate::situation::Situation;

#[cfg(test)]
pub(crate) mod tests;

/// What to do when the phone is lost, broken or replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LostPhonePlan {
    /// Sign in through these places (in this order), then replace the phone's entries.
    OtherPlaces(Vec<Place>),
    /// Nothing registered lives away from the phone: the help desk lets the
    /// person in (in person, with ID, a Temporary Access Pass).
    HelpDesk,
}

/// The lost-phone plan for `methods` (registered, or planned), or `None` when
/// none of them is on a phone, so losing one changes nothing.
pub fn lost_phone_plan(methods: &[MethodId], lines: &PhoneLines) -> Option<LostPhonePlan> {
    let on_a_phone = methods.iter().any(|m| {
        matches!(m.place(), Place::Smartphone | Place::MobileNumber) && lines.works_today(*m)
    });
    if !on_a_phone {
        return None;
    }
    let places = Resilience::of_methods(methods, lines).without_the_phone();
    Some(if places.is_empty() {
        LostPhonePlan::HelpDesk
    } else {
        LostPhonePlan::OtherPlaces(places)
    })
}

/// Which reminders apply, in the order shown. Each one is about a method the
/// person has and that works today: a feature-phone user reads nothing about
/// apps, and nothing leans on SMS or calls once they have ended.
pub fn reminder_ids(
    registered: &[MethodId],
    situation: &Situation,
    lines: &PhoneLines,
) -> Vec<&'static str> {
    use MethodId::*;
    let usable: Vec<MethodId> = registered
        .iter()
        .copied()
        .filter(|&m| lines.works_today(m))
        .collect();
    let has = |method| usable.contains(&method);
    let smartphone = situation.has_smartphone();
    let ending: Vec<MethodId> = usable
        .iter()
        .copied()
        .filter(|&m| lines.method(m) == LineState::UntilRetirement)
        .collect();
    let resilience = Resilience::of_methods(&usable, lines);

    let mut ids = vec![];
    if registered.is_empty() {
        ids.push("done-reminder-none-registered");
    } else if !resilience.is_enough() {
        ids.push("done-reminder-add-backup");
    }
    if usable.len() < registered.len() {
        ids.push("done-reminder-lines-ended");
    }
    if !ending.is_empty() {
        ids.push(if ending.len() < usable.len() {
            "done-reminder-lines-end-soon"
        } else if smartphone {
            "done-reminder-retirement"
        } else {
            "done-reminder-retirement-no-smartphone"
        });
    }
    // A phone left at home: whatever works at the desk, else the help desk.
    if usable
        .iter()
        .any(|m| matches!(m.place(), Place::Smartphone | Place::MobileNumber))
    {
        let at_the_desk = usable.iter().any(|m| m.place().at_the_desk());
        ids.push(if at_the_desk {
            "done-reminder-left-at-home"
        } else {
            "done-reminder-left-at-home-help-desk"
        });
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
    if has(Passkey) {
        ids.push("done-reminder-new-phone-passkey");
    } else if has(Authenticator) {
        ids.push("done-reminder-new-phone");
    } else if has(Phone) {
        ids.push("done-reminder-new-number");
    }
    if has(WindowsPasskey) {
        ids.push("done-reminder-new-pc");
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
    "done-reminder-travel-app",
    "done-reminder-travel-sms-add-app",
    "done-reminder-travel-sms",
    "done-reminder-travel-fixed-line",
    "done-reminder-new-phone",
    "done-reminder-new-phone-passkey",
    "done-reminder-new-number",
    "done-reminder-new-pc",
    "done-reminder-clock",
    "done-reminder-mail-apps",
];
