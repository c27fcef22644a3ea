//! The assistant's side of the wizard: user actions change the `Progress`, which
//! is saved after every change (answers and method ids only, never a number).

use super::Assistant;
use crate::method::MethodId;
use crate::phone_number;
use crate::problem::{IdKind, Problem};
use crate::recommend;
use crate::situation::QuestionId;
use crate::store::{self, Loaded};
use crate::view::{self, PhoneCheckView, Screen};
use crate::wizard::{Progress, StepId};
use std::path::Path;

/// The file next to the settings that keeps the user's place.
pub const PROGRESS_FILE: &str = "progress.json";

/// Reads saved progress. A corrupt file is set aside; the second value says so
/// (for a banner in the user's language and the log).
pub(super) fn load_progress(path: Option<&Path>) -> (Progress, Option<String>) {
    let Some(path) = path else {
        return (Progress::default(), None);
    };
    match store::load_json::<Progress>(path) {
        Loaded::Found(progress) => (progress, None),
        Loaded::Missing => (Progress::default(), None),
        Loaded::Corrupt { reason, .. } => (
            Progress::default(),
            Some(format!("ignored unreadable progress file ({reason})")),
        ),
    }
}

impl Assistant {
    fn plan_methods(&self) -> Vec<MethodId> {
        self.facts().plan().methods()
    }

    /// Applies `change` to the progress, remembers why it was refused (if it
    /// was) for the screen, and saves the result.
    fn change_progress<E: Into<Option<crate::wizard::Blocked>>>(
        &mut self,
        change: impl FnOnce(&mut Progress, &[MethodId]) -> E,
    ) -> Screen {
        let plan = self.plan_methods();
        self.blocked = change(&mut self.progress, &plan).into();
        self.progress_was_reset = false;
        self.advice_age_notice = false;
        self.save_progress();
        self.screen()
    }

    fn save_progress(&mut self) {
        if let Some(path) = &self.progress_path {
            if let Err(e) = store::save_json(path, &self.progress) {
                self.warnings.push(format!(
                    "could not save progress to {}: {e}",
                    path.display()
                ));
            }
        }
    }

    /// "Next" (or the step's main button).
    pub fn go_next(&mut self) -> Screen {
        let profile = self.profile_load.profile.clone();
        let today = self.today;
        self.change_progress(|p, plan| {
            p.next(plan, |methods| {
                recommend::registration_order(methods, &profile, today)
            })
            .err()
        })
    }

    /// "Back".
    pub fn go_back(&mut self) -> Screen {
        self.change_progress(|p, _| {
            p.back();
            None
        })
    }

    /// An answer on the situation step. Unknown ids are refused with a message
    /// in the user's language; nothing changes then.
    pub fn answer(&mut self, question: &str, answer: &str) -> Result<Screen, Problem> {
        let q = QuestionId::parse(question)
            .ok_or_else(|| Problem::unknown(IdKind::Question, question))?;
        if self.progress.situation.answer(q) == Some(answer) {
            return Ok(self.screen());
        }
        let mut situation = self.progress.situation.clone();
        situation
            .set(q, answer)
            .map_err(|_| Problem::unknown(IdKind::Answer, answer))?;
        Ok(self.change_progress(|p, _| {
            p.situation = situation;
            p.answers_changed();
            None
        }))
    }

    /// Ticks or unticks a method on the plan step.
    pub fn toggle_method(&mut self, id: &str) -> Result<Screen, Problem> {
        let method = MethodId::parse(id).ok_or_else(|| Problem::unknown(IdKind::Method, id))?;
        if !self.profile().enables(method) {
            return Err(Problem::MethodDisabled(method));
        }
        Ok(self.change_progress(|p, plan| {
            p.toggle(method, plan);
            None
        }))
    }

    /// Back to the engine's plan after changing it.
    pub fn reset_plan(&mut self) -> Screen {
        self.change_progress(|p, _| {
            p.selection = None;
            None
        })
    }

    /// "Skip for now" on a register step: on to the next method; the skipped
    /// one is listed on the verify and done steps, to come back to.
    pub fn skip_method(&mut self) -> Screen {
        self.change_progress(|p, _| {
            p.skip_current();
            None
        })
    }

    /// Back to a method skipped earlier, from the verify or done step.
    pub fn register_skipped(&mut self, id: &str) -> Result<Screen, Problem> {
        let method = MethodId::parse(id)
            .filter(|m| self.progress.skipped.contains(m) || self.microsoft_lacks(*m))
            .ok_or_else(|| Problem::unknown(IdKind::Method, id))?;
        // What Microsoft said is about to change: the next check asks again
        // (with the sign-in still held).
        self.forget_account_check_result();
        Ok(self.change_progress(|p, _| {
            p.return_to_skipped(method);
            None
        }))
    }

    /// The user finished registering the method on screen.
    pub fn mark_registered(&mut self) -> Screen {
        self.change_progress(|p, _| {
            p.mark_current_registered();
            None
        })
    }

    /// A click on the step indicator.
    pub fn go_to_step(&mut self, id: &str) -> Result<Screen, Problem> {
        let step = StepId::parse(id).ok_or_else(|| Problem::unknown(IdKind::Step, id))?;
        Ok(self.change_progress(|p, _| p.go_to(step).err()))
    }

    /// Forgets answers, choices and registrations, and returns to the welcome.
    pub fn start_over(&mut self) -> Screen {
        // The next person starts clean: no earlier sign-in's result either.
        self.forget_account_check();
        self.change_progress(|p, _| {
            *p = Progress::default();
            None
        })
    }

    /// Checks a phone number typed on a phone method's register step. The
    /// number is neither kept nor logged: it lives in this call only.
    pub fn check_phone(&self, input: &str) -> Result<PhoneCheckView, Problem> {
        let method = self
            .progress
            .current_method()
            .filter(|m| m.is_phone_line() && self.progress.step == StepId::Register)
            .ok_or(Problem::NoPhoneCheck)?;
        let check = phone_number::check(input, method, self.profile());
        Ok(view::phone_check_view(&check, &self.texts, self.locale))
    }
}
