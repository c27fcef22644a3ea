//! The account check ("Check with Microsoft") against the plan: which planned
//! methods Microsoft lists, which are missing, what else is registered, and
//! what is risky about the whole. What Microsoft lists, and how a check fails,
//! are `mfa-base`'s `account_check`, re-exported here.

pub use mfa_base::account_check::*;

use crate::method::{MethodId, Place};
use crate::phone_lines::PhoneLines;
use crate::places::{Resilience, Way};
use serde::Serialize;

/// Where "Check with Microsoft" stands in this run. Nothing of it is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountCheckStatus {
    pub state: CheckState,
    /// A token is held in memory, so "Sign out" has something to forget.
    pub signed_in: bool,
    /// Whose account the result is for, shown with it.
    pub signed_in_as: Option<SignedInAs>,
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

/// What is risky about the registered methods as a whole, by the plan's rule
/// (`places`): two lasting ways in, in two independent places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountWarning {
    /// Nothing but the password (and perhaps e-mail or a Temporary Access
    /// Pass): the next sign-in asks to set up a method.
    OnlyPassword,
    /// Every lasting way in is on one smartphone: losing it locks the person out.
    OnePhoneHoldsAll,
    /// Every lasting way in is in one place other than a phone (one PC, one key).
    OnePlaceHoldsAll,
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
            AccountWarning::OnePlaceHoldsAll => "one-place-holds-all",
            AccountWarning::OnlyPhoneLinesEnding => "only-phone-lines-ending",
            AccountWarning::OnlyPhoneLinesEnded => "only-phone-lines-ended",
        }
    }

    pub const ALL: [AccountWarning; 5] = [
        AccountWarning::OnlyPassword,
        AccountWarning::OnePhoneHoldsAll,
        AccountWarning::OnePlaceHoldsAll,
        AccountWarning::OnlyPhoneLinesEnding,
        AccountWarning::OnlyPhoneLinesEnded,
    ];
}

/// Compares `registered` with `plan` (empty before the plan step).
pub fn compare(
    registered: &[RegisteredMethod],
    plan: &[MethodId],
    lines: &PhoneLines,
) -> AccountCheck {
    let shown: Vec<&RegisteredMethod> = registered
        .iter()
        .filter(|m| m.kind != RegisteredKind::Password)
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

fn warnings(registered: &[RegisteredMethod], lines: &PhoneLines) -> Vec<AccountWarning> {
    let second_factors: Vec<&RegisteredMethod> = registered
        .iter()
        .filter(|m| m.kind.is_second_factor())
        .collect();
    if second_factors.is_empty() {
        return vec![AccountWarning::OnlyPassword];
    }
    let resilience = Resilience::of(ways(&second_factors, lines));
    if resilience.lasting_places() == 0 {
        // Nothing lasts, so everything is a phone line that ends or ended.
        return vec![if resilience.has_any() {
            AccountWarning::OnlyPhoneLinesEnding
        } else {
            AccountWarning::OnlyPhoneLinesEnded
        }];
    }
    if resilience.is_enough() {
        vec![]
    } else if resilience.all_on_the_smartphone() {
        vec![AccountWarning::OnePhoneHoldsAll]
    } else {
        vec![AccountWarning::OnePlaceHoldsAll]
    }
}

/// The ways in Microsoft lists. The app on two phones is two phones (Microsoft
/// names each by its model); a passkey in the app is on one of them.
fn ways(second_factors: &[&RegisteredMethod], lines: &PhoneLines) -> Vec<Way> {
    let first_phone = second_factors
        .iter()
        .find(|m| m.kind == RegisteredKind::Authenticator)
        .and_then(|m| m.label.clone());
    second_factors
        .iter()
        .filter_map(|m| {
            let place = m.kind.place()?;
            let device = match (&m.kind, place) {
                (RegisteredKind::Authenticator, _) => m.label.clone(),
                (_, Place::Smartphone) => first_phone.clone(),
                (_, Place::ThisPc | Place::SecurityKey) => m.label.clone(),
                _ => None,
            };
            let (lasting, works_today) = match &m.kind {
                RegisteredKind::Phone { slot, .. } => {
                    (lines.lasts(*slot), lines.works_today(*slot))
                }
                _ => (true, true),
            };
            Some(Way {
                place,
                device,
                lasting,
                works_today,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account_check::Fido2Provider;
    use crate::phone_lines::LineState::{self, Ended, Lasting, UntilRetirement};

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

    fn passkey(provider: Fido2Provider) -> RegisteredMethod {
        method(RegisteredKind::Fido2 { provider })
    }

    fn check(registered: &[RegisteredMethod], plan: &[MethodId], state: LineState) -> AccountCheck {
        compare(registered, plan, &PhoneLines::both(state))
    }

    #[test]
    fn plan_and_reality_are_compared_method_by_method() {
        let registered = [
            method(RegisteredKind::Password),
            app("iPhone 15"),
            phone(MethodId::OfficePhone),
            passkey(Fido2Provider::WindowsHello),
        ];
        let plan = [MethodId::Authenticator, MethodId::SyncedPasskey];
        let result = check(&registered, &plan, UntilRetirement);
        let planned: Vec<(&str, Planned)> = result
            .registered
            .iter()
            .map(|(m, p)| (m.kind.as_str(), *p))
            .collect();
        assert_eq!(
            planned,
            [
                ("authenticator", Planned::InPlan),
                ("office-phone", Planned::Extra),
                ("passkey-windows", Planned::Extra)
            ]
        );
        assert_eq!(result.missing, [MethodId::SyncedPasskey]);
        assert_eq!(result.warnings, [], "the app and this PC: two places");
    }

    #[test]
    fn a_passkey_of_an_unknown_provider_fills_a_key_or_a_synced_slot() {
        let key = passkey(Fido2Provider::Other);
        assert_eq!(
            check(
                std::slice::from_ref(&key),
                &[MethodId::SecurityKey],
                Lasting
            )
            .missing,
            []
        );
        assert_eq!(
            check(
                std::slice::from_ref(&key),
                &[MethodId::SyncedPasskey],
                Lasting
            )
            .missing,
            []
        );
        assert_eq!(
            check(&[key], &[MethodId::Passkey], Lasting).missing,
            [MethodId::Passkey]
        );
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
            let result = check(&registered, &[MethodId::Authenticator], Ended);
            assert_eq!(result.warnings, [AccountWarning::OnlyPassword]);
            assert_eq!(result.missing, [MethodId::Authenticator]);
        }
    }

    #[test]
    fn everything_on_one_smartphone_is_the_risk_the_plan_step_warns_of() {
        let one_phone = [
            app("Pixel 8"),
            phone(MethodId::Phone),
            passkey(Fido2Provider::MicrosoftAuthenticator),
        ];
        let result = check(&one_phone, &[], UntilRetirement);
        assert_eq!(result.warnings, [AccountWarning::OnePhoneHoldsAll]);
        assert!(result.registered.iter().all(|(_, p)| *p == Planned::Extra));
        // A second phone, a synced passkey, this PC, a key or a token is a second place.
        for second in [
            app("iPad"),
            passkey(Fido2Provider::ICloudKeychain),
            passkey(Fido2Provider::WindowsHello),
            passkey(Fido2Provider::Other),
            method(RegisteredKind::HardwareOath),
        ] {
            let mut methods = one_phone.to_vec();
            methods.push(second.clone());
            assert_eq!(
                check(&methods, &[], UntilRetirement).warnings,
                [],
                "{second:?}"
            );
        }
        // Where the organisation keeps texts, the mobile number is a second place.
        assert_eq!(check(&one_phone, &[], Lasting).warnings, []);
    }

    #[test]
    fn one_place_that_is_not_a_phone_is_named_as_such() {
        let pc_only = [passkey(Fido2Provider::WindowsHello)];
        assert_eq!(
            check(&pc_only, &[], Ended).warnings,
            [AccountWarning::OnePlaceHoldsAll]
        );
    }

    #[test]
    fn only_phone_lines_are_a_risk_unless_the_organisation_keeps_them() {
        let lines = [phone(MethodId::Phone), phone(MethodId::OfficePhone)];
        assert_eq!(check(&lines, &[], Lasting).warnings, []);
        assert_eq!(
            check(&lines, &[], UntilRetirement).warnings,
            [AccountWarning::OnlyPhoneLinesEnding]
        );
        assert_eq!(
            check(&[phone(MethodId::Phone)], &[], Ended).warnings,
            [AccountWarning::OnlyPhoneLinesEnded]
        );
    }
}
