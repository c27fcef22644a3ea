//! The last step: what the person registered, what is worth remembering with
//! exactly those methods, and the same summary as a text file to keep.

use crate::date::Date;
use crate::help_content::help_desk_name;
use crate::faq::HelpDeskContact;
use crate::i18n::Arg;
use crate::method::MethodId;
use crate::recommend::PhoneLines;
use crate::situation::{QuestionId, Situation};
use crate::wizard_view::{registered_names, skipped, Facts, SkippedView};
use serde::Serialize;

#[cfg(test)]
mod tests;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoneView {
    pub title: String,
    pub summary: String,
    pub registered: Vec<String>,
    /// Methods skipped for now, with a way back to each.
    pub skipped: Option<SkippedView>,
    pub reminders_title: String,
    pub reminders: Vec<String>,
    /// Where to find help, on screen ("at the top of this window") and on
    /// paper or in the file (which names the assistant instead).
    pub help_on_screen: String,
    pub help_on_paper: String,
    pub start_over_label: String,
    pub print_label: String,
    pub save_label: String,
}

pub fn view(facts: &Facts) -> DoneView {
    DoneView {
        title: facts.t("done-title"),
        summary: facts.t_with(
            "done-summary",
            &[("count", Arg::from(facts.progress.registered.len() as i64))],
        ),
        registered: registered_names(facts),
        skipped: skipped(facts),
        reminders_title: facts.t("done-reminders-title"),
        reminders: reminders(facts),
        help_on_screen: facts.t("done-reminder-help"),
        help_on_paper: facts.t("done-file-help"),
        start_over_label: facts.t("done-start-over"),
        print_label: facts.t("done-print"),
        save_label: facts.t("done-save"),
    }
}

/// The summary as plain text, for the file the person saves: no phone number is
/// in it, because the assistant never keeps one.
pub fn summary_text(facts: &Facts, help_desk: &HelpDeskContact) -> String {
    let view = view(facts);
    let mut lines = vec![
        facts.t("done-file-title"),
        facts.t_with(
            "done-file-saved-on",
            &[("date", Arg::from(&facts.today.written(facts.locale)))],
        ),
        String::new(),
        view.summary,
    ];
    lines.extend(view.registered.iter().map(|name| format!("- {name}")));
    if let Some(skipped) = &view.skipped {
        lines.push(String::new());
        lines.push(skipped.title.clone());
        lines.extend(skipped.methods.iter().map(|m| format!("- {}", m.name)));
        lines.push(skipped.explanation.clone());
    }
    lines.push(String::new());
    lines.push(view.reminders_title);
    lines.extend(view.reminders.iter().map(|line| format!("- {line}")));
    lines.push(format!("- {}", view.help_on_paper));
    lines.push(String::new());
    lines.push(help_desk.title.clone());
    lines.extend(help_desk.lines());
    lines.extend(
        help_desk
            .page
            .iter()
            .map(|link| link.url.as_str().to_owned()),
    );
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The file name offered in the save dialog.
pub fn summary_file_name(facts: &Facts) -> String {
    format!("{}.txt", facts.t("done-file-name"))
}

fn reminders(facts: &Facts) -> Vec<String> {
    let lines = PhoneLines::on(facts.profile, facts.today);
    let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(facts.locale);
    let help_desk = help_desk_name(facts.texts, facts.locale, facts.profile);
    // Japanese names the device: スマートフォン, or 携帯電話 for a feature phone.
    let device = if facts
        .progress
        .situation
        .is(QuestionId::Smartphone, "smartphone")
    {
        "smartphone"
    } else {
        "mobile"
    };
    let args = [
        ("date", Arg::from(&date)),
        ("helpdesk", Arg::from(&help_desk)),
        ("device", Arg::from(device)),
    ];
    reminder_ids(&facts.progress.registered, &facts.progress.situation, lines)
        .into_iter()
        .map(|id| facts.t_with(id, &args))
        .collect()
}

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
    let smartphone = situation.is(QuestionId::Smartphone, "smartphone");
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
