//! What the window shows, decided in Rust and sent to the UI as data.
//!
//! The UI renders a `Screen` and nothing else: every word, every step's state and
//! every choice comes from here, so the UI holds no rules and no texts.

use crate::i18n::{Locale, Texts};
use crate::wizard_view;
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
    pub help: Option<crate::assistant::HelpPanelView>,
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
    pub next: String,
    pub back: String,
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
    Situation(wizard_view::SituationView),
    Plan(wizard_view::PlanStepView),
    Prepare(wizard_view::PrepareView),
    /// Boxed: the largest view by far (links, QR codes, instructions).
    Register(Box<wizard_view::RegisterView>),
    Verify(wizard_view::VerifyView),
    /// Boxed: the summary, its reminders and the help desk card.
    Done(Box<DoneStepView>),
}

/// The last step: the summary, with the help desk's card to keep beside it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoneStepView {
    #[serde(flatten)]
    pub summary: crate::done::DoneView,
    pub help_desk: crate::assistant::HelpDeskCard,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WelcomeView {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// When MFA becomes required (with the days left) or that it applies now.
    pub timing: String,
    pub duration: String,
    pub start: String,
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
        next: texts.get(locale, "action-next"),
        back: texts.get(locale, "action-back"),
    }
}
