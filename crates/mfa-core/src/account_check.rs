//! What Microsoft's list of the person's methods means against the plan:
//! which planned methods are there, which are missing, what else is
//! registered, and what is risky about the whole.

use crate::method::MethodId;
use crate::microsoft::{CheckFailure, RegisteredMethod};
use crate::recommend::PhoneLines;
use serde::Serialize;

/// Where "Check with Microsoft" stands in this run. Nothing of it is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MicrosoftCheck {
    pub state: CheckState,
    /// A token is held in memory, so "Sign out" has something to forget.
    pub signed_in: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CheckState {
    #[default]
    NotChecked,
    /// The browser is open on Microsoft's sign-in page.
    Waiting,
    Checked(Vec<RegisteredMethod>),
    Failed(CheckFailure),
}

/// The comparison, as data; `view::account_check` says it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountCheck {
    /// Each registered method (the password left out), and whether the plan
    /// has it.
    pub registered: Vec<(RegisteredMethod, Planned)>,
    /// Planned methods nothing registered counts as.
    pub missing: Vec<MethodId>,
    pub warnings: Vec<AccountWarning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Planned {
    /// One of the plan's methods.
    InPlan,
    /// Registered, but not in the plan (or there is no plan yet).
    Extra,
}

/// What is risky about the registered methods as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountWarning {
    /// Nothing but the password (and perhaps e-mail or a Temporary Access
    /// Pass): the next sign-in asks to set up a method.
    OnlyPassword,
    /// Every second factor is on one smartphone: losing it locks the person out.
    OnePhoneHoldsAll,
    /// Every second factor is a phone line, and they end on 2027-02-01.
    OnlyPhoneLinesEnding,
    /// Every second factor is a phone line, and Microsoft's ended.
    OnlyPhoneLinesEnded,
}

impl AccountWarning {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountWarning::OnlyPassword => "only-password",
            AccountWarning::OnePhoneHoldsAll => "one-phone-holds-all",
            AccountWarning::OnlyPhoneLinesEnding => "only-phone-lines-ending",
            AccountWarning::OnlyPhoneLinesEnded => "only-phone-lines-ended",
        }
    }

    pub const ALL: [AccountWarning; 4] = [
        AccountWarning::OnlyPassword,
        AccountWarning::OnePhoneHoldsAll,
        AccountWarning::OnlyPhoneLinesEnding,
        AccountWarning::OnlyPhoneLinesEnded,
    ];
}

/// Compares `registered` with `plan` (empty before the plan step).
pub fn compare(
    registered: &[RegisteredMethod],
    plan: &[MethodId],
    lines: PhoneLines,
) -> AccountCheck {
    let shown: Vec<&RegisteredMethod> = registered
        .iter()
        .filter(|m| m.kind != crate::microsoft::RegisteredKind::Password)
        .collect();
    let in_plan = |m: &RegisteredMethod| m.kind.counts_as().iter().any(|id| plan.contains(id));
    let missing = plan
        .iter()
        .copied()
        .filter(|id| !shown.iter().any(|m| m.kind.counts_as().contains(id)))
        .collect();
    AccountCheck {
        registered: shown
            .iter()
            .map(|&m| {
                let planned = if in_plan(m) {
                    Planned::InPlan
                } else {
                    Planned::Extra
                };
                (m.clone(), planned)
            })
            .collect(),
        missing,
        warnings: warnings(registered, lines),
    }
}

fn warnings(registered: &[RegisteredMethod], lines: PhoneLines) -> Vec<AccountWarning> {
    let second_factors: Vec<&RegisteredMethod> = registered
        .iter()
        .filter(|m| m.kind.is_second_factor())
        .collect();
    if second_factors.is_empty() {
        return vec![AccountWarning::OnlyPassword];
    }
    let mut warnings = vec![];
    if second_factors.iter().all(|m| m.kind.is_phone_line()) {
        match lines {
            PhoneLines::Lasting => {}
            PhoneLines::UntilRetirement => warnings.push(AccountWarning::OnlyPhoneLinesEnding),
            PhoneLines::Ended => warnings.push(AccountWarning::OnlyPhoneLinesEnded),
        }
    }
    // The app on two phones is two phones; Microsoft names each by its model.
    let app_phones: std::collections::BTreeSet<Option<&str>> = second_factors
        .iter()
        .filter(|m| m.kind == crate::microsoft::RegisteredKind::Authenticator)
        .map(|m| m.label.as_deref())
        .collect();
    if second_factors.iter().all(|m| m.kind.on_the_smartphone()) && app_phones.len() <= 1 {
        warnings.push(AccountWarning::OnePhoneHoldsAll);
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::microsoft::{Fido2Provider, RegisteredKind};

    fn method(kind: RegisteredKind) -> RegisteredMethod {
        RegisteredMethod { kind, label: None }
    }

    fn phone(slot: MethodId) -> RegisteredMethod {
        method(RegisteredKind::Phone {
            slot,
            last_digits: "12".into(),
        })
    }

    fn app(on: &str) -> RegisteredMethod {
        RegisteredMethod {
            kind: RegisteredKind::Authenticator,
            label: Some(on.into()),
        }
    }

    #[test]
    fn plan_and_reality_are_compared_method_by_method() {
        let registered = [
            method(RegisteredKind::Password),
            app("iPhone 15"),
            phone(MethodId::OfficePhone),
            method(RegisteredKind::WindowsHello),
        ];
        let plan = [
            MethodId::Authenticator,
            MethodId::Passkey,
            MethodId::OfficePhone,
        ];
        let check = compare(&registered, &plan, PhoneLines::UntilRetirement);
        let planned: Vec<(&str, Planned)> = check
            .registered
            .iter()
            .map(|(m, p)| (m.kind.as_str(), *p))
            .collect();
        assert_eq!(
            planned,
            [
                ("authenticator", Planned::InPlan),
                ("office-phone", Planned::InPlan),
                ("windows-hello", Planned::Extra)
            ]
        );
        assert_eq!(check.missing, [MethodId::Passkey]);
        assert_eq!(check.warnings, []);
    }

    #[test]
    fn a_passkey_of_an_unknown_provider_fills_either_slot() {
        let key = method(RegisteredKind::Fido2 {
            provider: Fido2Provider::Other,
        });
        let check = compare(
            std::slice::from_ref(&key),
            &[MethodId::SecurityKey],
            PhoneLines::Lasting,
        );
        assert_eq!(check.missing, []);
        let check = compare(&[key], &[MethodId::Passkey], PhoneLines::Lasting);
        assert_eq!(check.missing, []);
    }

    #[test]
    fn nothing_but_a_password_is_said_first_and_alone() {
        for registered in [
            vec![method(RegisteredKind::Password)],
            vec![
                method(RegisteredKind::Email),
                method(RegisteredKind::TemporaryAccessPass),
            ],
            vec![],
        ] {
            let check = compare(&registered, &[MethodId::Authenticator], PhoneLines::Ended);
            assert_eq!(check.warnings, [AccountWarning::OnlyPassword]);
            assert_eq!(check.missing, [MethodId::Authenticator]);
        }
    }

    #[test]
    fn everything_on_one_smartphone_is_a_risk() {
        let one_phone = [
            app("Pixel 8"),
            phone(MethodId::Phone),
            method(RegisteredKind::Fido2 {
                provider: Fido2Provider::MicrosoftAuthenticator,
            }),
        ];
        let check = compare(&one_phone, &[], PhoneLines::Lasting);
        assert_eq!(check.warnings, [AccountWarning::OnePhoneHoldsAll]);
        assert!(check.registered.iter().all(|(_, p)| *p == Planned::Extra));
        // The app on a second phone, an office line or a security key breaks the dependency.
        for second in [
            app("iPad"),
            phone(MethodId::OfficePhone),
            method(RegisteredKind::Fido2 {
                provider: Fido2Provider::Other,
            }),
        ] {
            let mut methods = one_phone.to_vec();
            methods.push(second);
            assert_eq!(compare(&methods, &[], PhoneLines::Lasting).warnings, []);
        }
    }

    #[test]
    fn only_phone_lines_are_a_risk_unless_the_organisation_keeps_them() {
        let lines = [phone(MethodId::Phone), phone(MethodId::OfficePhone)];
        assert_eq!(compare(&lines, &[], PhoneLines::Lasting).warnings, []);
        assert_eq!(
            compare(&lines, &[], PhoneLines::UntilRetirement).warnings,
            [AccountWarning::OnlyPhoneLinesEnding]
        );
        assert_eq!(
            compare(&[phone(MethodId::Phone)], &[], PhoneLines::Ended).warnings,
            [
                AccountWarning::OnlyPhoneLinesEnded,
                AccountWarning::OnePhoneHoldsAll
            ]
        );
    }
}
