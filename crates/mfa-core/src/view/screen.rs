//! The screen as a whole: the chrome around the step (title, language switch,
//! step indicator, banners, Back/Next) and which step or help panel is shown.
//!
//! The UI renders a `Screen` and nothing else: every word, every step's state and
//! every choice comes from here, so the UI holds no rules and no texts.

use super::{
    DoneStepView, Facts, FaqPanel, GuidePanel, PlanStepView, PrepareView, RegisterView,
    SituationView, VerifyView, WelcomeView,
};
use crate::i18n::Locale;
use crate::profile::ProfileLoad;
use crate::wizard::StepId;
use serde::Serialize;

/// Everything on screen at one moment.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Screen {
    /// Counts up with every screen built: of two screens that arrive out of
    /// order (a call's answer and a screen sent unasked), the window shows
    /// the newer.
    pub revision: u64,
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

/// The action bar under the step, which stays on screen: Back, the step's one
/// main action, its other actions (drawn as secondary), and Start over.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Nav {
    pub back: Option<String>,
    /// The step's one main action (the only primary button on screen).
    pub primary: Option<NavAction>,
    /// The step's other actions.
    pub secondary: Vec<NavAction>,
    /// Start over from the beginning (forgets answers and progress).
    pub start_over: Option<String>,
}

/// A button of the action bar: what it does (`data-action`) and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NavAction {
    pub action: &'static str,
    pub label: String,
    /// For "This didn't work": where the guide opens (`data-node`).
    pub node: Option<&'static str>,
}

impl NavAction {
    fn new(action: &'static str, label: String) -> NavAction {
        NavAction {
            action,
            label,
            node: None,
        }
    }
}

/// The parts of the window around the step.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Chrome {
    pub app_title: String,
    /// The organisation's name, as its profile writes it.
    pub organisation: String,
    /// The organisation's logo (a `data:` URL), when its profile gives one.
    pub logo: Option<String>,
    /// How to reach the help desk, in one line, on every screen.
    pub help_desk_line: Option<String>,
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
    /// `preview`, `error`, `info` or `update`: how the UI styles it.
    pub kind: &'static str,
    pub text: String,
    /// A button on the banner ("Update and restart").
    pub action: Option<BannerAction>,
    /// A progress bar, in percent (an update downloading).
    pub progress: Option<u8>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BannerAction {
    /// The `data-action` of the button.
    pub action: &'static str,
    pub label: String,
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
pub fn chrome(facts: &Facts) -> Chrome {
    let (texts, locale) = (facts.texts, facts.locale);
    Chrome {
        app_title: texts.get(locale, "app-title"),
        organisation: standing_alone(facts.profile.organisation.get(locale)),
        logo: facts
            .profile
            .logo
            .as_ref()
            .map(|logo| logo.data_url.clone()),
        help_desk_line: help_desk_line(facts),
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

/// A name written for use mid-sentence ("the university") as it stands on its
/// own in a header: "The university".
fn standing_alone(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Help desk: <name> · 03-… · mail@…", from the profile.
fn help_desk_line(facts: &Facts) -> Option<String> {
    let desk = &facts.profile.help_desk;
    let name = desk.name.as_ref()?.get(facts.locale);
    let ways: Vec<&str> = [desk.phone.as_deref(), desk.email.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut line = format!("{}: {}", facts.t("header-help-desk"), standing_alone(name));
    if !ways.is_empty() {
        line.push_str(" · ");
        line.push_str(&ways.join(" · "));
    }
    Some(line)
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

/// The action bar of the current step: exactly one primary action.
pub fn nav(facts: &Facts) -> Nav {
    let step = facts.progress.step;
    let t = |id: &str| facts.t(id);
    let next = |id: &str| Some(NavAction::new("next", t(id)));
    let (primary, secondary) = match step {
        StepId::Welcome => (next("action-start"), vec![]),
        StepId::Situation => (next("action-see-plan"), vec![]),
        StepId::Plan => (next("action-accept-plan"), vec![]),
        StepId::Prepare => (next("action-begin-registering"), vec![]),
        StepId::Register => match facts.progress.current_method() {
            Some(method) => (
                Some(NavAction::new(
                    "mark-registered",
                    t("action-mark-registered"),
                )),
                vec![
                    NavAction {
                        action: "open-troubleshoot",
                        label: t("register-trouble"),
                        node: Some(crate::troubleshoot::entry_for_method(method).as_str()),
                    },
                    NavAction::new("skip-method", t("register-skip")),
                ],
            ),
            None => (None, vec![]),
        },
        StepId::Verify => (
            next("verify-worked"),
            vec![NavAction::new("open-troubleshoot", t("verify-failed"))],
        ),
        StepId::Done => (
            Some(NavAction::new("finish", t("action-finish"))),
            vec![
                NavAction::new("save-summary", t("done-save")),
                NavAction::new("print", t("done-print")),
            ],
        ),
    };
    Nav {
        back: (step != StepId::Welcome).then(|| t("action-back")),
        primary,
        secondary,
        start_over: (step != StepId::Welcome).then(|| t("action-start-over")),
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
        .map(|text| Banner {
            kind,
            text,
            action: None,
            progress: None,
        })
        .collect();
    if progress_was_reset {
        banners.push(Banner {
            kind: "info",
            text: facts.t("wizard-progress-unreadable"),
            action: None,
            progress: None,
        });
    }
    banners
}

#[cfg(test)]
mod tests {
    use super::standing_alone;

    #[test]
    fn a_mid_sentence_name_stands_alone_capitalised_and_japanese_is_unchanged() {
        assert_eq!(standing_alone("the university"), "The university");
        assert_eq!(standing_alone("本学"), "本学");
        assert_eq!(standing_alone(""), "");
    }
}
