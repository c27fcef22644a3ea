//! "Check with Microsoft": the assistant's side of it. The shell does the
//! sign-in and the request (crate `mfa-graph`) and reports here; this keeps
//! what the window shows, in memory only: nothing of it reaches the progress
//! file, the settings or the saved summary.

use super::Assistant;
use crate::account_check::CheckState;
use crate::microsoft::{CheckFailure, MicrosoftSignIn, RegisteredMethod};
use crate::problem::Problem;
use crate::view::Screen;

/// The page the browser shows after the sign-in, in the person's language.
pub struct BrowserPageText {
    pub lang: &'static str,
    pub title: String,
    pub message: String,
}

impl Assistant {
    /// The organisation's app registration, if it set the check up.
    pub fn microsoft_sign_in(&self) -> Option<MicrosoftSignIn> {
        self.profile().microsoft_check.clone()
    }

    /// The browser is about to open on Microsoft's sign-in page (or the held
    /// sign-in is used): the check shows its waiting state.
    pub fn account_check_started(&mut self) -> Result<Screen, Problem> {
        if self.profile().microsoft_check.is_none() {
            return Err(Problem::AccountCheckUnavailable);
        }
        self.account_check.state = CheckState::Waiting;
        Ok(self.screen())
    }

    /// Whether a check is under way (so a second one is not started).
    pub fn account_check_waiting(&self) -> bool {
        self.account_check.state == CheckState::Waiting
    }

    /// The check ended; `signed_in` says whether a token is still held.
    pub fn account_check_finished(
        &mut self,
        result: Result<Vec<RegisteredMethod>, CheckFailure>,
        signed_in: bool,
    ) -> Screen {
        if let Err(failure) = &result {
            self.recent_problems
                .push(format!("Check with Microsoft: {}", failure.kind()));
        }
        self.account_check.state = match result {
            Ok(methods) => CheckState::Checked(methods),
            Err(failure) => CheckState::Failed(failure),
        };
        self.account_check.signed_in = signed_in;
        self.screen()
    }

    /// "Sign out": the token is gone (the shell dropped it), and so is
    /// everything read with it.
    pub fn signed_out_of_microsoft(&mut self) -> Screen {
        self.account_check = Default::default();
        self.screen()
    }

    pub fn browser_page_text(&self) -> BrowserPageText {
        BrowserPageText {
            lang: self.locale.tag(),
            title: self.text("account-check-browser-title"),
            message: self.text("account-check-browser-message"),
        }
    }
}
