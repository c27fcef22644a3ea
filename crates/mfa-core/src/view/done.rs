//! The done step: what the person registered (and skipped), the reminders for
//! exactly those methods, the help desk's card, and the same summary as a text
//! file to keep.

use super::{
    lost_phone, registered_names, skipped_view, Facts, HelpDeskCard, LostPhoneView, SkippedView,
};
use crate::date::Date;
use crate::done::reminder_ids;
use crate::i18n::Arg;
use crate::situation::Device;
use mfa_help::view::{help_desk_name, HelpDeskContact};
use serde::Serialize;

/// The last step: the summary, with the help desk's card to keep beside it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoneStepView {
    #[serde(flatten)]
    pub summary: DoneView,
    pub help_desk: HelpDeskCard,
}

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
    /// What to do when the phone is lost, broken or replaced, by the plan's rule.
    pub lost_phone: Option<LostPhoneView>,
    /// Where to find help, on screen ("at the top of this window") and on
    /// paper or in the file (which names the assistant instead).
    pub help_on_screen: String,
    pub help_on_paper: String,
    /// When the advice was last checked against Microsoft's pages.
    pub checked_on: String,
}

/// The done step in the user's language.
pub fn done(facts: &Facts) -> DoneView {
    DoneView {
        title: facts.t("done-title"),
        summary: facts.t_with(
            "done-summary",
            &[("count", Arg::from(facts.progress.registered.len() as i64))],
        ),
        registered: registered_names(facts),
        skipped: skipped_view(facts),
        reminders_title: facts.t("done-reminders-title"),
        reminders: reminders(facts),
        lost_phone: lost_phone(facts, &facts.progress.registered),
        help_on_screen: facts.t("done-reminder-help"),
        help_on_paper: facts.t("done-file-help"),
        checked_on: facts.t_with(
            "faq-checked-on",
            &[(
                "date",
                Arg::from(&crate::sources::ADVICE_CHECKED.written(facts.locale)),
            )],
        ),
    }
}

/// The summary as plain text, for the file the person saves: no phone number is
/// in it, because the assistant never keeps one.
pub fn summary_text(facts: &Facts, help_desk: &HelpDeskContact) -> String {
    let view = done(facts);
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
    if let Some(lost) = &view.lost_phone {
        lines.push(String::new());
        lines.push(lost.title.clone());
        lines.extend(lost.lines.iter().map(|line| format!("- {line}")));
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
    let lines = facts.phone_lines();
    let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(facts.locale);
    let help_desk = help_desk_name(facts.texts, facts.locale, facts.profile);
    // Japanese names the device: スマートフォン, or 携帯電話 for a feature phone.
    let device = if facts.progress.situation.device() == Some(Device::Smartphone) {
        "smartphone"
    } else {
        "mobile"
    };
    let args = [
        ("date", Arg::from(&date)),
        ("helpdesk", Arg::from(&help_desk)),
        ("device", Arg::from(device)),
    ];
    reminder_ids(
        &facts.progress.registered,
        &facts.progress.situation,
        &lines,
    )
    .into_iter()
    .map(|id| facts.t_with(id, &args))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::done::tests::{with_feature_phone, with_smartphone};
    use crate::done::REMINDER_IDS;
    use crate::i18n::{Locale, Texts};
    use crate::method::MethodId::*;
    use crate::profile::{Localized, Profile};
    use crate::wizard::{Progress, StepId};

    #[test]
    fn every_reminder_reads_in_both_locales_with_its_names_filled_in() {
        let texts = Texts::load();
        let profile = Profile::embedded_default();
        for situation in [with_smartphone(), with_feature_phone()] {
            let progress = Progress {
                step: StepId::Done,
                situation,
                to_register: vec![Phone],
                registered: vec![Phone],
                ..Progress::default()
            };
            for locale in [Locale::Ja, Locale::En] {
                let facts = Facts {
                    texts: &texts,
                    locale,
                    profile: &profile,
                    today: Date::new(2026, 11, 25).unwrap(),
                    computer: crate::computer::ThisComputer::Windows,
                    progress: &progress,
                    account_check: &Default::default(),
                };
                for id in REMINDER_IDS {
                    assert!(texts.has(locale, id), "{id} missing in {locale:?}");
                    let help_desk = help_desk_name(&texts, locale, &profile);
                    let text = texts.get_with(
                        locale,
                        id,
                        &[
                            ("date", Arg::from("DATE")),
                            ("helpdesk", Arg::from(&help_desk)),
                            ("device", Arg::from("smartphone")),
                        ],
                    );
                    assert!(!text.contains('{') && !text.contains("$"), "{id}: {text}");
                }
                // What the person reads names their device as they have it.
                let shown = reminders(&facts).join("\n");
                let japanese_device = if progress.situation.has_smartphone() {
                    "スマートフォン"
                } else {
                    "携帯電話"
                };
                if locale == Locale::Ja {
                    assert!(shown.contains(japanese_device), "{shown}");
                }
            }
        }
    }

    #[test]
    fn the_saved_summary_holds_the_methods_the_reminders_and_the_help_desk() {
        let texts = Texts::load();
        let mut profile = Profile::embedded_default();
        profile.help_desk.name = Some(Localized {
            ja: "情報基盤センター".into(),
            en: "the IT Centre".into(),
        });
        profile.help_desk.phone = Some("03-1234-5678".into());
        let progress = Progress {
            step: StepId::Done,
            situation: with_smartphone(),
            to_register: vec![Phone, Authenticator],
            registered: vec![Phone, Authenticator],
            tested: true,
            ..Progress::default()
        };
        let facts = Facts {
            texts: &texts,
            locale: Locale::En,
            profile: &profile,
            today: Date::new(2026, 11, 25).unwrap(),
            computer: crate::computer::ThisComputer::Windows,
            progress: &progress,
            account_check: &Default::default(),
        };
        let context = crate::faq::HelpContext {
            profile: &profile,
            today: facts.today,
        };
        let help_desk = mfa_help::view::Renderer::new(&texts, Locale::En, &context).help_desk(&[]);
        let text = summary_text(&facts, &help_desk);
        assert!(text.starts_with("Multi-factor authentication (MFA): what you set up\n"));
        assert!(text.contains("Saved on 25 November 2026."));
        for method in [Phone, Authenticator] {
            assert!(text.contains(&format!("- {}\n", facts.method_name(method))));
        }
        for reminder in reminders(&facts) {
            assert!(text.contains(&reminder), "{reminder}");
        }
        // On paper the help line names the assistant instead of "this window".
        assert!(!text.contains("top of this window"));
        assert!(text.contains("Open the MFA Setup Assistant"));
        assert!(text.contains("the IT Centre"));
        assert!(text.contains("03-1234-5678"));
        assert!(text.ends_with('\n'));
        assert_eq!(summary_file_name(&facts), "mfa-setup-summary.txt");
    }
}
