//! The plan step: the recommended methods with their reasons and warnings, and
//! the person's own selection.

use super::{estimate, lost_phone, Facts, LostPhoneView};
use crate::date::Date;
use crate::i18n::{Arg, Locale, Texts};
use crate::method::MethodId;
use crate::phone_lines::LineState;
use crate::places::Resilience;
use crate::profile::Profile;
use crate::recommend::{self, Plan, PlanWarning};
use crate::sources::{self, Advice, Source};
use mfa_help::view::help_desk_name;
use serde::Serialize;

/// One method on the plan step, to tick or untick.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodChoice {
    pub method: &'static str,
    pub name: String,
    pub summary: String,
    pub chosen: bool,
    pub recommended: bool,
    /// Why it cannot be chosen (disabled by the organisation); `None` if it can.
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanStepView {
    pub title: String,
    pub intro: String,
    /// How long registering the chosen methods takes.
    pub estimate: String,
    pub plan: PlanView,
    pub choices_title: String,
    pub choices_intro: String,
    pub choices: Vec<MethodChoice>,
    /// Problems with the user's own selection (only when it differs from the plan).
    pub selection_warnings: Vec<WarningView>,
    /// Shown when the user changed the plan: a button to go back to it.
    pub reset_label: Option<String>,
    /// What to do when the phone is lost, where the plan (or the person's own
    /// selection) cannot survive it by itself.
    pub lost_phone: Option<LostPhoneView>,
}

pub fn plan(facts: &Facts) -> PlanStepView {
    let plan = facts.plan();
    let plan_methods = plan.methods();
    let chosen = facts.progress.chosen(&plan_methods);
    let customised = facts.progress.selection.is_some() && chosen != plan_methods;
    let choices = MethodId::ALL
        .iter()
        .filter(|&&method| facts.profile.enables(method) || chosen.contains(&method))
        .map(|&method| MethodChoice {
            method: method.as_str(),
            name: facts.method_name(method),
            summary: method_summary(facts, method),
            chosen: chosen.contains(&method),
            recommended: plan_methods.contains(&method),
            unavailable: (!facts.profile.enables(method))
                .then(|| facts.t("wizard-plan-method-disabled")),
        })
        .collect();
    let selection_warnings = if customised {
        recommend::check_selection(&chosen, facts.profile, facts.today)
            .iter()
            .map(|w| warning_view(w, facts.texts, facts.locale, facts.profile))
            .collect()
    } else {
        vec![]
    };
    let survives = Resilience::of_methods(&chosen, &facts.phone_lines()).is_enough();
    let lost_phone = if survives {
        None
    } else {
        lost_phone(facts, &chosen)
    };
    PlanStepView {
        title: facts.t("wizard-plan-title"),
        intro: facts.t("wizard-plan-intro"),
        estimate: estimate::sentence(facts, &chosen),
        plan: plan_view(&plan, facts.texts, facts.locale, facts.profile),
        choices_title: facts.t("wizard-plan-choices-title"),
        choices_intro: facts.t("wizard-plan-choices-intro"),
        choices,
        selection_warnings,
        reset_label: customised.then(|| facts.t("wizard-plan-reset")),
        lost_phone,
    }
}

/// A method's one-line summary; a phone line that ends with Microsoft's
/// retirement says until when.
fn method_summary(facts: &Facts, method: MethodId) -> String {
    let summary = facts.t(&format!("method-{}-summary", method.as_str()));
    if facts.phone_lines().method(method) == LineState::UntilRetirement {
        let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(facts.locale);
        facts.t_with(
            "wizard-plan-method-until",
            &[("summary", Arg::from(&summary)), ("date", Arg::from(&date))],
        )
    } else {
        summary
    }
}

/// A plan as the plan step shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    pub entries: Vec<PlanEntryView>,
    pub warnings: Vec<WarningView>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanEntryView {
    pub method: &'static str,
    pub role: &'static str,
    pub role_label: String,
    pub name: String,
    /// Where the method lives (`data-place`) and how that reads.
    pub place: &'static str,
    pub place_label: String,
    pub reason: String,
    /// The help desk's FAQ answers the reason rests on, to open.
    pub faq: Vec<FaqLink>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningView {
    pub id: &'static str,
    pub text: String,
    pub faq: Vec<FaqLink>,
}

/// A reference to an answer of the help desk's FAQ ("FAQ Q2"), which opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FaqLink {
    /// The answer's id (`data-answer-id`).
    pub id: &'static str,
    pub label: String,
}

/// The FAQ answers the source table names for `advice`, as links.
pub(crate) fn faq_links(texts: &Texts, locale: Locale, advice: Advice) -> Vec<FaqLink> {
    let Some(traced) = sources::of(advice) else {
        return vec![];
    };
    traced
        .sources
        .iter()
        .filter_map(|source| match source {
            Source::Faq(number) => crate::faq::by_seed_question(*number),
            Source::Page(_) => None,
        })
        .map(|entry| FaqLink {
            id: entry.id,
            label: texts.get_with(
                locale,
                "plan-faq-link",
                &[(
                    "number",
                    Arg::from(i64::from(entry.seed_question.unwrap_or_default())),
                )],
            ),
        })
        .collect()
}

/// A plan in `locale`: each method with its role and reason, and the warnings.
pub fn plan_view(plan: &Plan, texts: &Texts, locale: Locale, profile: &Profile) -> PlanView {
    let args = TextArgs::new(texts, locale, profile);
    PlanView {
        entries: plan
            .entries
            .iter()
            .map(|e| PlanEntryView {
                method: e.method.as_str(),
                role: e.role.as_str(),
                role_label: args.text(&format!("plan-role-{}", e.role.as_str())),
                name: texts.get(locale, &format!("method-{}-name", e.method.as_str())),
                place: e.method.place().as_str(),
                place_label: args.text(&format!("place-{}", e.method.place().as_str())),
                reason: args.text(&format!("plan-reason-{}", e.reason.as_str())),
                faq: faq_links(texts, locale, Advice::Reason(e.reason)),
            })
            .collect(),
        warnings: plan
            .warnings
            .iter()
            .map(|w| warning_with(w, &args))
            .collect(),
    }
}

/// A warning in `locale` (for a selection check; a plan's warnings come with
/// `plan_view`).
pub fn warning_view(
    warning: &PlanWarning,
    texts: &Texts,
    locale: Locale,
    profile: &Profile,
) -> WarningView {
    warning_with(warning, &TextArgs::new(texts, locale, profile))
}

fn warning_with(warning: &PlanWarning, args: &TextArgs) -> WarningView {
    WarningView {
        id: warning.id.as_str(),
        text: args.text(&format!("plan-warning-{}", warning.id.as_str())),
        faq: faq_links(args.texts, args.locale, Advice::Warning(warning.id)),
    }
}

/// The arguments every plan text may use: the retirement date, the help
/// desk's and the organisation's names, in the locale.
struct TextArgs<'a> {
    texts: &'a Texts,
    locale: Locale,
    date: String,
    helpdesk: String,
    organisation: String,
}

impl<'a> TextArgs<'a> {
    fn new(texts: &'a Texts, locale: Locale, profile: &Profile) -> TextArgs<'a> {
        TextArgs {
            texts,
            locale,
            date: Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(locale),
            helpdesk: help_desk_name(texts, locale, profile),
            organisation: profile.organisation.get(locale).to_owned(),
        }
    }

    fn text(&self, id: &str) -> String {
        self.texts.get_with(
            self.locale,
            id,
            &[
                ("date", Arg::from(&self.date)),
                ("helpdesk", Arg::from(&self.helpdesk)),
                ("organisation", Arg::from(&self.organisation)),
            ],
        )
    }
}
