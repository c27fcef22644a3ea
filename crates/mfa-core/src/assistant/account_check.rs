//! "Check with Microsoft": the assistant's side of it. The shell does the
//! sign-in and the request (crate `mfa-account-check`) and reports here; this keeps
//! what the window shows, in memory only: nothing of it reaches the progress
//! file, the settings or the saved summary.

use super::Assistant;
use crate::account_check::CheckState;
use crate::account_check::{CheckFailure, MicrosoftSignIn, RegisteredMethod, SignedInAs};
use crate::method::MethodId;
use crate::problem::Problem;
use crate::view::{self, BrowserPageText, Screen};

/// One run of the check, from its start to its result. A result that comes
/// back after "Start over" or "Sign out" began a new round is dropped: it
/// belongs to the person before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckRound(u64);

impl Assistant {
    /// The organisation's app registration, if it set the check up.
    pub fn microsoft_sign_in(&self) -> Option<MicrosoftSignIn> {
        self.profile().microsoft_check.clone()
    }

    /// The browser is about to open on Microsoft's sign-in page (or the held
    /// sign-in is used): the check shows its waiting state.
    pub fn account_check_started(&mut self) -> Result<(Screen, CheckRound), Problem> {
        if self.profile().microsoft_check.is_none() {
            return Err(Problem::AccountCheckUnavailable);
        }
        self.check_round += 1;
        self.account_check.state = CheckState::Waiting;
        Ok((self.screen(), CheckRound(self.check_round)))
    }

    /// The check of `round` ended; `signed_in` says whether a token is still
    /// held, `signed_in_as` whose account it is. A round that is no longer
    /// the current one changes nothing.
    pub fn account_check_finished(
        &mut self,
        round: CheckRound,
        result: Result<Vec<RegisteredMethod>, CheckFailure>,
        signed_in: bool,
        signed_in_as: Option<SignedInAs>,
    ) -> Screen {
        let current = round == CheckRound(self.check_round)
            && self.account_check.state == CheckState::Waiting;
        if !current {
            return self.screen();
        }
        if let Err(failure) = &result {
            self.recent_problems
                .push(format!("Check with Microsoft: {}", failure.for_help_desk()));
        }
        self.account_check.state = match result {
            Ok(methods) => CheckState::Checked(methods),
            Err(failure) => CheckState::Failed(failure),
        };
        self.account_check.signed_in = signed_in;
        self.account_check.signed_in_as = signed_in_as.filter(|_| signed_in);
        self.screen()
    }

    /// "Sign out": the token is gone (the shell dropped it), and so is
    /// everything read with it.
    pub fn signed_out_of_microsoft(&mut self) -> Screen {
        self.forget_account_check();
        self.screen()
    }

    /// Forgets the check's result and ends its round: nothing of one
    /// person's account stays for the next (Sign out, Start over).
    pub(super) fn forget_account_check(&mut self) {
        self.check_round += 1;
        self.account_check = Default::default();
    }

    /// Whether the last check found `method` of the plan missing.
    pub(super) fn microsoft_lacks(&self, method: MethodId) -> bool {
        let CheckState::Checked(methods) = &self.account_check.state else {
            return false;
        };
        self.progress.to_register.contains(&method)
            && !methods.iter().any(|m| m.kind.counts_as().contains(&method))
    }

    /// Back to "not checked", keeping the sign-in.
    pub(super) fn forget_account_check_result(&mut self) {
        if matches!(self.account_check.state, CheckState::Checked(_)) {
            self.account_check.state = CheckState::NotChecked;
        }
    }

    pub fn browser_page_text(&self) -> BrowserPageText {
        view::browser_page_text(&self.facts())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account_check::parse_methods;
    use crate::assistant::Startup;
    use crate::date::Date;
    use crate::i18n::Locale;
    use crate::profile::ProfileLoad;
    use crate::view::StepView;

    fn assistant_at_verify(settings_dir: &std::path::Path) -> Assistant {
        let mut profile = ProfileLoad::embedded();
        profile.profile.microsoft_check = Some(MicrosoftSignIn {
            tenant: "example.ac.jp".into(),
            client_id: "9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b".into(),
            prompt: Default::default(),
        });
        let mut a = Assistant::start(Startup {
            os_locale: Locale::En,
            settings_path: Some(settings_dir.join("settings.json")),
            profile,
            today: Date::new(2026, 11, 26).unwrap(),
            // A Mac: the plan's second place is the synced passkey, whatever runs the test.
            computer: crate::computer::ThisComputer::Mac,
        });
        a.go_next();
        for (question, answer) in [
            ("smartphone", "smartphone"),
            ("phone-at-work", "allowed"),
            ("travel", "often"),
            ("private-number", "ok"),
            ("office-phone", "none"),
            ("setup-device", "pc"),
        ] {
            a.answer(question, answer).unwrap();
        }
        for _ in 0..3 {
            a.go_next(); // plan, prepare, register
        }
        a.mark_registered();
        let screen = a.mark_registered();
        assert!(
            matches!(screen.step, StepView::Verify(_)),
            "{:?}",
            screen.step
        );
        a
    }

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("mfa-account-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_method_microsoft_does_not_list_can_be_registered_again() {
        let dir = temp_dir("missing");
        let mut a = assistant_at_verify(&dir);
        assert_eq!(
            a.progress.to_register,
            [MethodId::Authenticator, MethodId::SyncedPasskey]
        );
        // Before any check, only skipped methods may be returned to.
        assert!(a.register_skipped("synced-passkey").is_err());
        let only_app = parse_methods(
            r##"{"value": [{"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "displayName": "LAB-PHONE-42"}]}"##,
        )
        .unwrap();
        let (_, round) = a.account_check_started().unwrap();
        a.account_check_finished(round, Ok(only_app), true, None);
        assert!(
            a.register_skipped("authenticator").is_err(),
            "Microsoft lists it"
        );
        let screen = a.register_skipped("synced-passkey").unwrap();
        match &screen.step {
            StepView::Register(register) => assert_eq!(register.method, "synced-passkey"),
            other => panic!("not the register step: {other:?}"),
        }
        assert_eq!(a.progress.registered, [MethodId::Authenticator]);
        // The next check asks Microsoft again, with the sign-in kept.
        assert_eq!(a.account_check.state, CheckState::NotChecked);
        assert!(a.account_check.signed_in);
        // The diagnostic report names the app registration, not what was read.
        let report = a.diagnostics(&crate::assistant::Environment::default());
        assert!(report.contains("tenant example.ac.jp, application (client) ID 9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b"), "{report}");
        assert!(!report.contains("LAB-PHONE-42"), "{report}");
        // Nothing Microsoft said reached a file.
        for entry in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert!(
                !text.contains("LAB-PHONE-42") && !text.contains("authenticator-method"),
                "{text}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn sign_out_forgets_what_was_read() {
        let dir = temp_dir("sign-out");
        let mut a = assistant_at_verify(&dir);
        let (_, round) = a.account_check_started().unwrap();
        a.account_check_finished(round, Ok(vec![]), true, None);
        a.signed_out_of_microsoft();
        assert_eq!(a.account_check, Default::default());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_refused_consent_reaches_the_help_desk_with_its_code_through_the_copy_not_the_sentence() {
        let dir = temp_dir("consent");
        let mut a = assistant_at_verify(&dir);
        let (_, round) = a.account_check_started().unwrap();
        let failure = CheckFailure::ConsentMissing {
            code: Some("AADSTS65001".into()),
        };
        let screen = a.account_check_finished(round, Err(failure), false, None);
        let StepView::Verify(verify) = &screen.step else {
            panic!("not the verify step: {:?}", screen.step);
        };
        let shown = verify
            .account_check
            .as_ref()
            .unwrap()
            .failure
            .as_ref()
            .unwrap();
        assert!(!shown.message.contains("AADSTS65001"), "{}", shown.message);
        assert!(shown.for_help_desk.is_some());
        let report = a.diagnostics(&crate::assistant::Environment::default());
        assert!(report.contains("consent-missing AADSTS65001"), "{report}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn start_over_forgets_the_result_and_a_late_answer_from_before_is_dropped() {
        let dir = temp_dir("start-over");
        let mut a = assistant_at_verify(&dir);
        let (_, round) = a.account_check_started().unwrap();
        a.account_check_finished(round, Ok(vec![]), true, None);
        assert!(a.account_check.signed_in);
        a.start_over();
        assert_eq!(
            a.account_check,
            Default::default(),
            "nothing of the last person's check"
        );
        // A check still under way when Start over was pressed comes back later:
        // its result is not shown to the next person.
        let (_, before) = a.account_check_started().unwrap();
        a.start_over();
        let only_app = parse_methods(
            r##"{"value": [{"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "displayName": "LAB-PHONE-42"}]}"##,
        )
        .unwrap();
        a.account_check_finished(before, Ok(only_app), true, None);
        assert_eq!(a.account_check, Default::default());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
