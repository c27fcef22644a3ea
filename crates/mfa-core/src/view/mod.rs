//! What the window shows: every `Screen` type and the code that builds it, one
//! file per step and per help panel, plus the link card.
//!
//! Domain modules (`recommend`, `wizard`, `done`, `faq`, `troubleshoot`,
//! `phone_number`) return domain values; the functions here turn them into text
//! in the user's language. Only `assistant` calls them, and nothing below
//! `view` knows about it (see ARCHITECTURE.md, "Layers").

mod account_check;
mod diagnostics;
mod done;
mod error;
mod estimate;
mod faq_panel;
mod guide_panel;
mod help_blocks;
mod link_card;
mod lost_phone;
mod phone_check;
mod pictures;
mod plan;
mod prepare;
mod register;
mod screen;
mod shell_words;
mod situation;
mod update_banner;
mod verify;
mod welcome;

pub use account_check::{
    account_check, AccountCheckView, CheckPlace, CheckResultView, CheckWarningView, FailureView,
    RegisteredView,
};
pub use diagnostics::{diagnostic_report, Environment};
pub use done::{done, summary_file_name, summary_text, DoneStepView, DoneView};
pub use error::{blocked_message, error_view, ErrorView};
pub use faq_panel::{faq_panel, FaqGroup, FaqPanel, QuestionLink};
pub use guide_panel::{guide_panel, GuideChoice, GuidePanel, GuideQuestion};
pub use help_blocks::{
    help_desk_card, help_desk_contact, AnswerPanel, DiagnosticsOffer, HelpBlock, HelpDeskCard,
};
pub use link_card::{link_view, LinkView};
pub(crate) use lost_phone::lost_phone;
pub use lost_phone::LostPhoneView;
pub use phone_check::{phone_check_view, PhoneCheckView};
pub use pictures::{Picture, PictureRow};
pub use plan::{
    plan, plan_view, warning_view, FaqLink, MethodChoice, PlanEntryView, PlanStepView, PlanView,
    WarningView,
};
pub use prepare::{prepare, PrepareView};
pub use register::{register, steps_message_id, PhoneCheckForm, RegisterView, RegistrationPath};
pub use screen::{
    banners, chrome, nav, step_markers, Banner, BannerAction, Chrome, HelpPanelView,
    LanguageChoice, MarkerState, Nav, NavAction, Screen, StepMarker, StepView,
};
pub use shell_words::{
    browser_page_text, missing_webview_message, save_dialog_title, saved_message, window_title,
    BrowserPageText,
};
pub use situation::{questions_view, situation, AnswerView, QuestionView, SituationView};
pub use update_banner::{advice_age_banner, update_banner};
pub(crate) use verify::skipped_view;
pub use verify::{verify, SkippedMethod, SkippedView, VerifyView};
pub use welcome::{welcome, WelcomeView};

use crate::account_check::AccountCheckStatus;
use crate::computer::ThisComputer;
use crate::date::Date;
use crate::help_content::HelpContext;
use crate::i18n::{Arg, Locale, Texts};
use crate::method::MethodId;
use crate::phone_lines::PhoneLines;
use crate::profile::Profile;
use crate::recommend;
use crate::situation::SetupDevice;
use crate::wizard::Progress;

/// What the steps have in common to build their views from.
pub struct Facts<'a> {
    pub texts: &'a Texts,
    pub locale: Locale,
    pub profile: &'a Profile,
    pub today: Date,
    /// The computer the assistant runs on.
    pub computer: ThisComputer,
    pub progress: &'a Progress,
    /// "Check with Microsoft" in this run.
    pub account_check: &'a AccountCheckStatus,
}

impl Facts<'_> {
    pub(crate) fn t(&self, id: &str) -> String {
        self.texts.get(self.locale, id)
    }

    pub(crate) fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.texts.get_with(self.locale, id, args)
    }

    pub(crate) fn method_name(&self, method: MethodId) -> String {
        self.t(&format!("method-{}-name", method.as_str()))
    }

    /// The engine's plan for the current answers.
    pub fn plan(&self) -> recommend::Plan {
        recommend::recommend(
            &self.progress.situation,
            self.profile,
            self.today,
            self.computer,
        )
    }

    /// Whether the person said they have only a phone (no PC) for registering.
    pub(crate) fn phone_only(&self) -> bool {
        self.progress.situation.setup_device() == Some(SetupDevice::PhoneOnly)
    }

    /// How long texts and calls work for this organisation today.
    pub(crate) fn phone_lines(&self) -> PhoneLines {
        PhoneLines::on(self.profile, self.today)
    }

    /// What help answers are rendered for.
    pub(crate) fn help_context(&self) -> HelpContext<'_> {
        HelpContext {
            profile: self.profile,
            today: self.today,
        }
    }
}

/// The lines of a message written as attributes (`.step1`, `.step2`, …), as
/// many as the locale defines, so an instruction can grow without code.
pub(crate) fn numbered_lines(facts: &Facts, id: &str) -> Vec<String> {
    facts.texts.lines(facts.locale, id)
}

/// The names of the methods the person registered, in the order they did.
pub(crate) fn registered_names(facts: &Facts) -> Vec<String> {
    facts
        .progress
        .registered
        .iter()
        .map(|&m| facts.method_name(m))
        .collect()
}
