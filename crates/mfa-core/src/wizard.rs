//! The registration journey as a state machine: which step the user is on,
//! what they answered and chose, and which methods they have registered.
//!
//! `Progress` is saved between runs so that a person who closes the window
//! half-way continues where they stopped. It holds answers and method ids only:
//! never a phone number or anything else personal.

use crate::method::MethodId;
use crate::situation::Situation;
use serde::{Deserialize, Serialize};

/// The wizard's steps, in order. Ids are the `data-step` test contract.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    #[default]
    Welcome,
    Situation,
    Plan,
    Prepare,
    Register,
    Verify,
    Done,
}

impl StepId {
    pub const ALL: [StepId; 7] = [
        StepId::Welcome,
        StepId::Situation,
        StepId::Plan,
        StepId::Prepare,
        StepId::Register,
        StepId::Verify,
        StepId::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StepId::Welcome => "welcome",
            StepId::Situation => "situation",
            StepId::Plan => "plan",
            StepId::Prepare => "prepare",
            StepId::Register => "register",
            StepId::Verify => "verify",
            StepId::Done => "done",
        }
    }

    pub fn parse(id: &str) -> Option<StepId> {
        StepId::ALL.into_iter().find(|s| s.as_str() == id)
    }

    fn index(self) -> usize {
        StepId::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }

    fn previous(self) -> StepId {
        StepId::ALL[self.index().saturating_sub(1)]
    }
}

/// Why the wizard did not move: shown on the step in the user's language
/// (the value is a Fluent id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// Next on the situation step before every required question is answered.
    SituationIncomplete,
    /// Next on the plan step with no method ticked.
    NothingChosen,
    /// A step that needs earlier ones (jumping ahead through the indicator).
    NotYetReachable,
}

impl Blocked {
    pub fn message_id(self) -> &'static str {
        match self {
            Blocked::SituationIncomplete => "wizard-blocked-situation",
            Blocked::NothingChosen => "wizard-blocked-nothing-chosen",
            Blocked::NotYetReachable => "wizard-blocked-not-reachable",
        }
    }
}

/// Where the user is and what they decided. Saved as JSON between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Progress {
    pub step: StepId,
    pub situation: Situation,
    /// The methods the user ticked on the plan step; `None` until they change
    /// anything, so the plan's own choice follows changed answers.
    pub selection: Option<Vec<MethodId>>,
    /// The methods to register, in the order to register them; fixed when the
    /// user leaves the plan step.
    pub to_register: Vec<MethodId>,
    /// The methods the user said they registered, in the order they did.
    pub registered: Vec<MethodId>,
    /// The methods the user skipped for now ("Skip for now"), to come back to.
    pub skipped: Vec<MethodId>,
    /// The user signed in again with MFA and it worked.
    pub tested: bool,
}

impl Progress {
    /// The method the register step is about: the first one neither
    /// registered nor skipped.
    pub fn current_method(&self) -> Option<MethodId> {
        self.to_register
            .iter()
            .copied()
            .find(|m| !self.registered.contains(m) && !self.skipped.contains(m))
    }

    /// Whether the person has no method registered yet, so that Microsoft
    /// shows its first-time setup instead of the Security info page.
    pub fn nothing_registered_yet(&self) -> bool {
        self.registered.is_empty()
    }

    /// Moves one step on. `plan_methods` is what the engine recommends for the
    /// current answers (used when the user kept the plan as it was);
    /// `registration_order` puts the chosen methods in the order to register.
    pub fn next(
        &mut self,
        plan_methods: &[MethodId],
        registration_order: impl Fn(&[MethodId]) -> Vec<MethodId>,
    ) -> Result<(), Blocked> {
        self.step = match self.step {
            StepId::Welcome => StepId::Situation,
            StepId::Situation if !self.situation.is_complete() => {
                return Err(Blocked::SituationIncomplete)
            }
            StepId::Situation => StepId::Plan,
            StepId::Plan => {
                let chosen = self.chosen(plan_methods);
                if chosen.is_empty() {
                    return Err(Blocked::NothingChosen);
                }
                self.to_register = registration_order(&chosen);
                self.registered.retain(|m| self.to_register.contains(m));
                self.skipped.retain(|m| self.to_register.contains(m));
                StepId::Prepare
            }
            StepId::Prepare => self.after_registrations(),
            StepId::Register => self.after_registrations(),
            StepId::Verify => {
                self.tested = true;
                StepId::Done
            }
            StepId::Done => StepId::Done,
        };
        Ok(())
    }

    /// The register step while a method is left, else the test step.
    fn after_registrations(&self) -> StepId {
        if self.current_method().is_some() {
            StepId::Register
        } else {
            StepId::Verify
        }
    }

    /// One step back. On the register and verify steps this goes back through
    /// the methods already marked done or skipped (undoing the last one), so
    /// "Back" undoes a click.
    pub fn back(&mut self) {
        if matches!(self.step, StepId::Register | StepId::Verify) && self.undo_last_method() {
            self.step = StepId::Register;
            return;
        }
        self.step = self.step.previous();
    }

    /// Unmarks the method decided last (registered or skipped): the one just
    /// before the current method in the order, or the last one when none is left.
    fn undo_last_method(&mut self) -> bool {
        let current = self
            .current_method()
            .and_then(|m| self.to_register.iter().position(|x| *x == m))
            .unwrap_or(self.to_register.len());
        let Some(last) = self.to_register[..current]
            .iter()
            .rev()
            .copied()
            .find(|m| self.registered.contains(m) || self.skipped.contains(m))
        else {
            return false;
        };
        self.registered.retain(|m| *m != last);
        self.skipped.retain(|m| *m != last);
        true
    }

    /// The user finished registering the current method.
    pub fn mark_current_registered(&mut self) {
        if let Some(method) = self.current_method() {
            self.registered.push(method);
        }
        self.step = self.after_registrations();
    }

    /// "Skip for now": the current method waits; the next one comes.
    pub fn skip_current(&mut self) {
        if let Some(method) = self.current_method() {
            self.skipped.push(method);
        }
        self.step = self.after_registrations();
    }

    /// Back to a skipped method: it is the register step's method again.
    pub fn return_to_skipped(&mut self, method: MethodId) {
        self.skipped.retain(|m| *m != method);
        // Also a method the person marked registered that Microsoft does not
        // list ("Check with Microsoft"): it was never finished.
        self.registered.retain(|m| *m != method);
        self.tested = false;
        self.step = self.after_registrations();
    }

    /// Jumps to a step the user has already reached (the step indicator).
    pub fn go_to(&mut self, step: StepId) -> Result<(), Blocked> {
        if step > self.furthest_reachable() {
            return Err(Blocked::NotYetReachable);
        }
        self.step = step;
        Ok(())
    }

    /// The last step the user may jump to without going through the others.
    pub fn furthest_reachable(&self) -> StepId {
        if self.tested {
            StepId::Done
        } else if !self.to_register.is_empty() && self.current_method().is_none() {
            StepId::Verify
        } else if !self.to_register.is_empty() {
            StepId::Register
        } else if self.situation.is_complete() {
            StepId::Plan
        } else {
            StepId::Situation
        }
    }

    /// The methods ticked on the plan step: the user's own selection, or the plan.
    pub fn chosen(&self, plan_methods: &[MethodId]) -> Vec<MethodId> {
        self.selection
            .clone()
            .unwrap_or_else(|| plan_methods.to_vec())
    }

    /// Ticks or unticks `method` on the plan step.
    pub fn toggle(&mut self, method: MethodId, plan_methods: &[MethodId]) {
        let mut chosen = self.chosen(plan_methods);
        if let Some(at) = chosen.iter().position(|&m| m == method) {
            chosen.remove(at);
        } else {
            chosen.push(method);
        }
        // Keep a stable order (the catalogue's), whatever the click order.
        chosen.sort_by_key(|m| MethodId::ALL.iter().position(|x| x == m));
        self.selection = Some(chosen);
    }

    /// A changed answer changes the plan: forget a selection made for the old
    /// answers and the order planned from them. Registrations stay: they
    /// happened, and count again if the new plan includes the method.
    pub fn answers_changed(&mut self) {
        self.selection = None;
        self.to_register.clear();
        self.tested = false;
    }
}

#[cfg(test)]
mod tests;
