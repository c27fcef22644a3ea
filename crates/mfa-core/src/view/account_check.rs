//! "Check with Microsoft" as the window shows it: the offer, the wait for the
//! browser, the comparison with the plan, or what went wrong. Absent unless
//! the profile configures the sign-in.

use super::help_blocks::{diagnostics_offer, DiagnosticsOffer};
use super::verify::method_to_return_to;
use super::{Facts, SkippedMethod};
use crate::account_check::{compare, CheckState, Planned};
use crate::account_check::{CheckFailure, RegisteredKind, RegisteredMethod, SIGN_IN_MINUTES};
use crate::i18n::Arg;
use crate::method::MethodId;
use mfa_help::view::help_desk_name;
use serde::Serialize;

/// Where the check is offered: before anything (no plan to compare with yet)
/// or on the test step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckPlace {
    Welcome,
    Verify,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountCheckView {
    /// `not-checked`, `waiting`, `checked` or `failed` (`data-check-state`).
    pub state: &'static str,
    pub title: String,
    pub intro: String,
    /// What is read, and that nothing is kept.
    pub privacy: String,
    /// Starts (or repeats) the check; absent while waiting.
    pub start_label: Option<String>,
    pub waiting: Option<String>,
    pub cancel_label: Option<String>,
    pub sign_out_label: Option<String>,
    pub result: Option<CheckResultView>,
    pub failure: Option<FailureView>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckResultView {
    /// "Read for: <name> (<sign-in name>)", so the person sees it is theirs.
    pub read_for: Option<String>,
    pub summary: String,
    pub registered: Vec<RegisteredView>,
    pub missing_title: Option<String>,
    /// Planned methods Microsoft does not list, each with "Register now".
    pub missing: Vec<SkippedMethod>,
    /// "Every method in your plan is registered."
    pub complete: Option<String>,
    pub warnings: Vec<CheckWarningView>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisteredView {
    /// `RegisteredKind::as_str` (`data-registered`).
    pub kind: &'static str,
    pub name: String,
    /// `in-plan` or `extra`; absent before there is a plan.
    pub planned: Option<Planned>,
    pub planned_label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckWarningView {
    pub id: &'static str,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FailureView {
    /// `CheckFailure::kind` (`data-failure`).
    pub kind: &'static str,
    /// What happened and what to do, in plain words: codes and statuses go
    /// to the help desk through `for_help_desk`, not into the sentence.
    pub message: String,
    /// "Copy this for the help desk", where only they can put it right.
    pub for_help_desk: Option<DiagnosticsOffer>,
}

pub fn account_check(facts: &Facts, place: CheckPlace) -> Option<AccountCheckView> {
    facts.profile.microsoft_check.as_ref()?;
    let check = facts.account_check;
    let (title, intro, start) = match place {
        CheckPlace::Welcome => (
            "account-check-title-welcome",
            "account-check-intro-welcome",
            "account-check-start-welcome",
        ),
        CheckPlace::Verify => (
            "account-check-title-verify",
            "account-check-intro-verify",
            "account-check-start-verify",
        ),
    };
    let start_label = match &check.state {
        CheckState::NotChecked => Some(facts.t(start)),
        CheckState::Waiting => None,
        CheckState::Checked(_) => Some(facts.t("account-check-again")),
        CheckState::Failed(_) => Some(facts.t("account-check-retry")),
    };
    let waiting = matches!(check.state, CheckState::Waiting);
    Some(AccountCheckView {
        state: match check.state {
            CheckState::NotChecked => "not-checked",
            CheckState::Waiting => "waiting",
            CheckState::Checked(_) => "checked",
            CheckState::Failed(_) => "failed",
        },
        title: facts.t(title),
        intro: facts.t(intro),
        privacy: facts.t("account-check-privacy"),
        start_label,
        waiting: waiting.then(|| {
            facts.t_with(
                "account-check-waiting",
                &[("minutes", Arg::from(SIGN_IN_MINUTES as i64))],
            )
        }),
        cancel_label: waiting.then(|| facts.t("account-check-cancel")),
        sign_out_label: (check.signed_in && !waiting).then(|| facts.t("account-check-sign-out")),
        result: match &check.state {
            CheckState::Checked(methods) => Some(result_view(facts, methods, place)),
            _ => None,
        },
        failure: match &check.state {
            CheckState::Failed(failure) => Some(failure_view(facts, failure)),
            _ => None,
        },
    })
}

fn result_view(facts: &Facts, methods: &[RegisteredMethod], place: CheckPlace) -> CheckResultView {
    let plan: &[MethodId] = match place {
        CheckPlace::Welcome => &[],
        CheckPlace::Verify => &facts.progress.to_register,
    };
    let check = compare(methods, plan, &facts.phone_lines());
    let helpdesk = help_desk_name(facts.texts, facts.locale, facts.profile);
    let count = check.registered.len();
    CheckResultView {
        read_for: facts.account_check.signed_in_as.as_ref().map(|who| {
            facts.t_with(
                "account-check-read-for",
                &[
                    ("name", Arg::from(&who.name)),
                    ("username", Arg::from(&who.username)),
                ],
            )
        }),
        summary: facts.t_with(
            "account-check-summary",
            &[("count", Arg::from(count as i64))],
        ),
        registered: check
            .registered
            .iter()
            .map(|(method, planned)| {
                let planned = (!plan.is_empty()).then_some(*planned);
                RegisteredView {
                    kind: method.kind.as_str(),
                    name: registered_name(facts, method),
                    planned,
                    planned_label: planned.map(|p| match p {
                        Planned::InPlan => facts.t("account-check-in-plan"),
                        Planned::Extra => facts.t("account-check-extra"),
                    }),
                }
            })
            .collect(),
        missing_title: (!check.missing.is_empty()).then(|| facts.t("account-check-missing-title")),
        missing: check
            .missing
            .iter()
            .map(|&m| method_to_return_to(facts, m))
            .collect(),
        complete: (!plan.is_empty() && check.missing.is_empty())
            .then(|| facts.t("account-check-complete")),
        warnings: check
            .warnings
            .iter()
            .map(|w| CheckWarningView {
                id: w.as_str(),
                text: facts.t_with(
                    &format!("account-warning-{}", w.as_str()),
                    &[("helpdesk", Arg::from(&helpdesk))],
                ),
            })
            .collect(),
    }
}

/// A registered method in words: its kind, the number's last two digits for
/// a phone, the name Microsoft keeps for a device or passkey.
fn registered_name(facts: &Facts, method: &RegisteredMethod) -> String {
    let id = format!("account-method-{}", method.kind.as_str());
    let kind = match &method.kind {
        RegisteredKind::Phone { last_digits, .. } => {
            facts.t_with(&id, &[("digits", Arg::from(last_digits))])
        }
        _ => facts.t(&id),
    };
    match &method.label {
        Some(label) => facts.t_with(
            "account-method-named",
            &[("method", Arg::from(&kind)), ("name", Arg::from(label))],
        ),
        None => kind,
    }
}

fn failure_view(facts: &Facts, failure: &CheckFailure) -> FailureView {
    let helpdesk = help_desk_name(facts.texts, facts.locale, facts.profile);
    let id = format!("check-failure-{}", failure.kind());
    let message = match failure {
        CheckFailure::Throttled { retry_after } => facts.t_with(
            &id,
            &[(
                "seconds",
                Arg::from(i64::from(retry_after.unwrap_or(60).max(1))),
            )],
        ),
        CheckFailure::TimedOut => {
            facts.t_with(&id, &[("minutes", Arg::from(SIGN_IN_MINUTES as i64))])
        }
        _ => facts.t_with(&id, &[("helpdesk", Arg::from(&helpdesk))]),
    };
    FailureView {
        kind: failure.kind(),
        message,
        for_help_desk: failure.needs_help_desk().then(|| diagnostics_offer(facts)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account_check::AccountCheckStatus;
    use crate::account_check::{parse_methods, MicrosoftSignIn, EVERY_TYPE_EXAMPLE};
    use crate::date::Date;
    use crate::i18n::{Locale, Texts};
    use crate::profile::Profile;
    use crate::wizard::Progress;

    fn profile_with_check() -> Profile {
        let mut profile = Profile::embedded_default();
        profile.microsoft_check = Some(MicrosoftSignIn {
            tenant: "example.ac.jp".into(),
            client_id: "9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b".into(),
            prompt: Default::default(),
        });
        profile
    }

    fn view_of(
        check: &AccountCheckStatus,
        profile: &Profile,
        locale: Locale,
        place: CheckPlace,
    ) -> Option<AccountCheckView> {
        let texts = Texts::load();
        let progress = Progress {
            to_register: vec![
                MethodId::Authenticator,
                MethodId::Passkey,
                MethodId::SecurityKey,
            ],
            ..Progress::default()
        };
        let facts = Facts {
            texts: &texts,
            locale,
            profile,
            today: Date::new(2026, 11, 26).unwrap(),
            computer: crate::computer::ThisComputer::Windows,
            progress: &progress,
            account_check: check,
        };
        account_check(&facts, place)
    }

    fn all_text(view: &AccountCheckView) -> String {
        serde_json::to_string(view).unwrap()
    }

    #[test]
    fn absent_unless_the_profile_sets_it_up() {
        let check = AccountCheckStatus::default();
        for place in [CheckPlace::Welcome, CheckPlace::Verify] {
            assert!(view_of(&check, &Profile::embedded_default(), Locale::En, place).is_none());
            assert!(view_of(&check, &profile_with_check(), Locale::En, place).is_some());
        }
    }

    #[test]
    fn every_registered_kind_has_a_name_in_both_languages() {
        let texts = Texts::load();
        let check = AccountCheckStatus {
            state: CheckState::Checked(parse_methods(EVERY_TYPE_EXAMPLE).unwrap()),
            signed_in: true,
            signed_in_as: Some(crate::account_check::SignedInAs {
                name: "山田 花子".into(),
                username: "hanako@example.ac.jp".into(),
            }),
        };
        for locale in [Locale::Ja, Locale::En] {
            let view = view_of(&check, &profile_with_check(), locale, CheckPlace::Verify).unwrap();
            let result = view.result.as_ref().unwrap();
            let read_for = result.read_for.as_deref().unwrap();
            assert!(read_for.contains("山田 花子") && read_for.contains("hanako@example.ac.jp"));
            assert_eq!(result.registered.len(), 16, "the password is not listed");
            for method in &result.registered {
                assert!(
                    texts.has(locale, &format!("account-method-{}", method.kind)),
                    "{}",
                    method.kind
                );
                assert!(!method.name.is_empty() && method.planned_label.is_some());
            }
            let text = all_text(&view);
            for hidden in [
                "9012345678",
                "8098765432",
                "312345601",
                "kenji",
                "{ $",
                "{$",
            ] {
                assert!(!text.contains(hidden), "{hidden} in {text}");
            }
            assert!(result.summary.contains("16"), "{}", result.summary);
            assert!(text.contains("78") && text.contains("LAB-PC-07"));
            // Authenticator and a security key (the unknown FIDO2 credential) are there.
            assert_eq!(result.missing.len(), 0);
            assert!(result.complete.is_some());
            assert!(view.sign_out_label.is_some());
        }
    }

    #[test]
    fn missing_methods_and_warnings_are_said() {
        let texts = Texts::load();
        let only_phone = parse_methods(r##"{"value": [{"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "phoneNumber": "+81 9012345678", "phoneType": "mobile"}]}"##).unwrap();
        let check = AccountCheckStatus {
            state: CheckState::Checked(only_phone),
            signed_in: false,
            signed_in_as: None,
        };
        for locale in [Locale::Ja, Locale::En] {
            let view = view_of(&check, &profile_with_check(), locale, CheckPlace::Verify).unwrap();
            let result = view.result.unwrap();
            let missing: Vec<&str> = result.missing.iter().map(|m| m.method).collect();
            assert_eq!(missing, ["authenticator", "passkey", "security-key"]);
            let warnings: Vec<&str> = result.warnings.iter().map(|w| w.id).collect();
            assert_eq!(warnings, ["only-phone-lines-ending"]);
            assert!(result.complete.is_none());
            assert!(view.sign_out_label.is_none());
        }
        for warning in crate::account_check::AccountWarning::ALL {
            for locale in [Locale::Ja, Locale::En] {
                assert!(texts.has(locale, &format!("account-warning-{}", warning.as_str())));
            }
        }
    }

    #[test]
    fn before_a_plan_nothing_is_called_missing() {
        let check = AccountCheckStatus {
            state: CheckState::Checked(parse_methods(r#"{"value": []}"#).unwrap()),
            signed_in: true,
            signed_in_as: None,
        };
        let view = view_of(
            &check,
            &profile_with_check(),
            Locale::En,
            CheckPlace::Welcome,
        )
        .unwrap();
        let result = view.result.unwrap();
        assert!(result.missing.is_empty() && result.complete.is_none());
        assert_eq!(result.warnings[0].id, "only-password");
        assert_eq!(view.start_label.as_deref(), Some("Check again"));
    }

    #[test]
    fn every_failure_reads_in_both_languages() {
        let texts = Texts::load();
        for failure in CheckFailure::examples() {
            for locale in [Locale::Ja, Locale::En] {
                let check = AccountCheckStatus {
                    state: CheckState::Failed(failure.clone()),
                    signed_in: false,
                    signed_in_as: None,
                };
                let view =
                    view_of(&check, &profile_with_check(), locale, CheckPlace::Verify).unwrap();
                let shown = view.failure.unwrap();
                assert!(
                    texts.has(locale, &format!("check-failure-{}", shown.kind)),
                    "{}",
                    shown.kind
                );
                assert_eq!(shown.kind, failure.kind());
                assert!(!shown.message.contains('{'), "{}", shown.message);
                // Calm words: codes go to the help desk through the copy
                // button, never into the sentence.
                assert!(!shown.message.contains("AADSTS"), "{}", shown.message);
                assert!(!shown.message.contains("503"), "{}", shown.message);
                assert_eq!(
                    shown.for_help_desk.is_some(),
                    failure.needs_help_desk(),
                    "{}",
                    shown.kind
                );
                assert_eq!(view.state, "failed");
                assert!(view.start_label.is_some(), "the check can be tried again");
            }
        }
    }

    #[test]
    fn waiting_offers_cancel_and_nothing_else() {
        let check = AccountCheckStatus {
            state: CheckState::Waiting,
            signed_in: true,
            signed_in_as: None,
        };
        for locale in [Locale::Ja, Locale::En] {
            let view = view_of(&check, &profile_with_check(), locale, CheckPlace::Verify).unwrap();
            assert!(
                view.waiting.as_ref().unwrap().contains('5'),
                "the time limit is said"
            );
            assert!(view.cancel_label.is_some());
            assert!(view.start_label.is_none() && view.sign_out_label.is_none());
        }
    }
}
