//! The screen as a whole: the chrome around the step (title, language switch,
//! step indicator, banners, Back/Next) and which step or help panel is shown.
//!
//! The UI renders a `Screen` and nothing else: every word, every step's state and
//! every choice comes from here, so the UI holds no rules and no texts.

use super::{
    DoneStepView, Facts, FaqPanel, GuidePanel, PlanStepView, PrepareView, RegisterView,
    SituationView, VerifyView, WelcomeView,
};
use crate::i18n::{Locale, Texts};
use crate::profile::ProfileLoad;
use crate::wizard::StepId;
use serde::Serialize;

/// Everything on screen at one moment.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Screen {
    /// `ja` or `en`: the UI sets `<html lang>` from it.
    pub locale: &'static str,
    pub chrome: Chrome,
    /// The step indicator, in order.
    pub steps: Vec<StepMarker>,
    /// Notices above the step (preview profile, broken profile, …).
    pub banners: Vec<Banner>,
    /// The step being shown.
    pub step: StepView,
    /// Why the last action did not move on (e.g. a question left unanswered),
    /// shown on the step; `None` when it did.
    pub problem: Option<String>,
    /// The Back / Next buttons under the step; `None` hides one.
    pub nav: Nav,
    /// A help panel (FAQ, troubleshooting) shown instead of the step, which
    /// stays where it was underneath.
    pub help: Option<HelpPanelView>,
}

/// The buttons that move through the wizard, with the labels for this step.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Nav {
    pub back: Option<String>,
    pub next: Option<String>,
    /// Start over from the beginning (forgets answers and progress).
    pub start_over: Option<String>,
}

/// The parts of the window around the step.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Chrome {
    pub app_title: String,
    pub language_label: String,
    pub languages: Vec<LanguageChoice>,
    pub steps_label: String,
    pub open_troubleshoot: String,
    pub open_faq: String,
}

/// One button of the language switch.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageChoice {
    pub locale: &'static str,
    pub name: String,
    pub current: bool,
}

/// One step of the step indicator.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepMarker {
    pub id: &'static str,
    pub label: String,
    pub state: MarkerState,
    /// Whether a click on it may go there (a step already reached).
    pub reachable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkerState {
    Done,
    Current,
    Todo,
}

/// A notice shown above the step.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Banner {
    /// `preview`, `error` or `info`: how the UI styles it.
    pub kind: &'static str,
    pub text: String,
}

/// The content of the step being shown, tagged by its id (`data-step`).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "id", rename_all = "kebab-case")]
pub enum StepView {
    Welcome(WelcomeView),
    Situation(SituationView),
    Plan(PlanStepView),
    Prepare(PrepareView),
    /// Boxed: the largest view by far (links, QR codes, instructions).
    Register(Box<RegisterView>),
    Verify(VerifyView),
    /// Boxed: the summary, its reminders and the help desk card.
    Done(Box<DoneStepView>),
}

/// Builds the window chrome in `locale`.
pub fn chrome(texts: &Texts, locale: Locale) -> Chrome {
    Chrome {
        app_title: texts.get(locale, "app-title"),
        language_label: texts.get(locale, "language-switch-label"),
        languages: Locale::ALL
            .iter()
            .map(|&l| LanguageChoice {
                locale: l.tag(),
                name: texts.get(l, &format!("locale-name-{}", l.tag())),
                current: l == locale,
            })
            .collect(),
        steps_label: texts.get(locale, "steps-label"),
        open_troubleshoot: texts.get(locale, "action-open-troubleshoot"),
        open_faq: texts.get(locale, "action-open-faq"),
    }
}

/// What the help panel shows, already in the user's language.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum HelpPanelView {
    Faq(FaqPanel),
    Troubleshoot(GuidePanel),
}

/// The step indicator: every step after the welcome, done up to the current
/// one; the steps already reached can be clicked.
pub fn step_markers(facts: &Facts) -> Vec<StepMarker> {
    let current = facts.progress.step;
    let reachable = facts.progress.furthest_reachable();
    StepId::ALL
        .iter()
        .filter(|&&s| s != StepId::Welcome)
        .map(|&s| StepMarker {
            id: s.as_str(),
            label: facts.t(&format!("step-{}", s.as_str())),
            state: if s == current {
                MarkerState::Current
            } else if s < current {
                MarkerState::Done
            } else {
                MarkerState::Todo
            },
            reachable: s != current && s <= reachable,
        })
        .collect()
}

/// Back and Next under the step. Steps with their own main button (welcome,
/// register, verify, done) hide Next.
pub fn nav(facts: &Facts) -> Nav {
    let step = facts.progress.step;
    let next_id = match step {
        StepId::Situation => Some("action-see-plan"),
        StepId::Plan => Some("action-accept-plan"),
        StepId::Prepare => Some("action-begin-registering"),
        _ => None,
    };
    Nav {
        back: (step != StepId::Welcome).then(|| facts.t("action-back")),
        next: next_id.map(|id| facts.t(id)),
        start_over: (step != StepId::Welcome).then(|| facts.t("action-start-over")),
    }
}

/// Notices above every step: a preview profile, or one that could not be used
/// (the assistant then runs on its built-in default); saved progress that could
/// not be read.
pub fn banners(facts: &Facts, profile_load: &ProfileLoad, progress_was_reset: bool) -> Vec<Banner> {
    let kind = if profile_load.fell_back {
        "error"
    } else {
        "preview"
    };
    let mut banners: Vec<Banner> = profile_load
        .banner_lines(facts.texts, facts.locale)
        .into_iter()
        .map(|text| Banner { kind, text })
        .collect();
    if progress_was_reset {
        banners.push(Banner {
            kind: "info",
            text: facts.t("wizard-progress-unreadable"),
        });
    }
    banners
}
