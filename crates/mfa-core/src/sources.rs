//! Where each piece of advice comes from, and when its wording was last checked.
//!
//! One table, so that a reviewer (or the help desk) can trace any sentence the
//! assistant shows to the help desk's FAQ question and/or the vendor page it
//! rests on. Its tests fail when a rule, reason, warning, register-step set,
//! reminder or FAQ answer has no entry, so new advice cannot ship untraced.

use crate::account_check::AccountWarning;
use crate::date::Date;
use crate::recommend::{Reason, WarningId};

/// The day the advice as a whole was last checked against Microsoft's screens
/// and policies (shown in the FAQ panel).
pub const ADVICE_CHECKED: Date = Date::known(2026, 11, 26);

/// A source a piece of advice rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A question of the help desk's published FAQ, by its number.
    Faq(u8),
    /// A vendor's or another university's page.
    Page(&'static Page),
}

/// A page, by title and address (`None` where only the title is stable).
#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    pub title: &'static str,
    pub url: Option<&'static str>,
}

pub const SMS_VOICE_RETIREMENT: Page = Page {
    title: "Microsoft Entra: Passkeys by default and retirement of Microsoft-provided SMS and voice authentication",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement"),
};
pub const COMBINED_REGISTRATION: Page = Page {
    title: "Microsoft Entra: Combined security information registration (interrupt and manage modes)",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/concept-registration-mfa-sspr-combined"),
};
pub const SYSTEM_PREFERRED: Page = Page {
    title: "Microsoft Entra: System-preferred authentication",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/concept-system-preferred-multifactor-authentication"),
};
pub const PASSKEY_AUTHENTICATOR: Page = Page {
    title: "Microsoft Entra: Register a passkey in Microsoft Authenticator",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator"),
};
pub const SYNCED_PASSKEYS: Page = Page {
    title: "Microsoft Entra: Synced passkeys",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/how-to-synced-passkeys"),
};
pub const FIDO2_COMPATIBILITY: Page = Page {
    title: "Microsoft Entra: Passkey (FIDO2) browser and OS compatibility",
    url: Some(
        "https://learn.microsoft.com/entra/identity/authentication/concept-fido2-compatibility",
    ),
};
pub const PHONE_OPTIONS: Page = Page {
    title: "Microsoft Entra: Phone authentication methods (mobile, alternate, office phone)",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/concept-authentication-phone-options"),
};
pub const AUTHENTICATOR_APP: Page = Page {
    title: "Microsoft Entra: Microsoft Authenticator authentication method (number matching, codes)",
    url: Some("https://learn.microsoft.com/entra/identity/authentication/concept-authentication-authenticator-app"),
};
pub const UTOKYO_MFA_GUIDE: Page = Page {
    title: "The University of Tokyo, utelecon: MFA setup guide (Japanese screen labels)",
    url: Some("https://utelecon.adm.u-tokyo.ac.jp/mfa"),
};
pub const APPLE_PASSWORDS_APP: Page = Page {
    title: "Apple iPhone User Guide (iOS 18): verification codes in the Passwords app",
    url: None,
};

/// A piece of advice the assistant gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// Why a method is in a plan (`plan-reason-*`).
    Reason(Reason),
    /// A warning on a plan or a selection (`plan-warning-*`).
    Warning(WarningId),
    /// A warning about the methods Microsoft lists (`account-warning-*`).
    AccountWarning(AccountWarning),
    /// A set of steps, by its message id (`register-*-steps-*`, `verify-*`).
    Steps(&'static str),
    /// A reminder on the done step (`done-reminder-*`).
    Reminder(&'static str),
    /// An FAQ answer, by its entry id.
    FaqAnswer(&'static str),
}

/// The sources of one piece of advice and when its wording was last checked.
#[derive(Debug)]
pub struct Traced {
    pub advice: Advice,
    pub sources: &'static [Source],
    pub checked: Date,
}

/// The sources of `advice`, if the table has it.
pub fn of(advice: Advice) -> Option<&'static Traced> {
    TABLE.iter().find(|t| t.advice == advice)
}

const fn t(advice: Advice, sources: &'static [Source]) -> Traced {
    Traced {
        advice,
        sources,
        checked: ADVICE_CHECKED,
    }
}

use Advice::{FaqAnswer, Reminder, Steps, Warning};
use Source::{Faq, Page as P};

const RETIRED: Source = P(&SMS_VOICE_RETIREMENT);
const FIRST_TIME: Source = P(&COMBINED_REGISTRATION);
const LABELS_JA: Source = P(&UTOKYO_MFA_GUIDE);
const PASSKEY: Source = P(&PASSKEY_AUTHENTICATOR);
const PHONES: Source = P(&PHONE_OPTIONS);
const APP: Source = P(&AUTHENTICATOR_APP);

pub const TABLE: &[Traced] = &[
    // Plan reasons.
    t(Advice::Reason(Reason::PhoneStandard), &[Faq(2), Faq(9)]),
    t(Advice::Reason(Reason::PhoneFeaturePhone), &[Faq(5)]),
    t(Advice::Reason(Reason::PhoneOwnProvider), &[Faq(2), RETIRED]),
    t(
        Advice::Reason(Reason::PhoneFeaturePhoneUntilRetirement),
        &[Faq(5), RETIRED],
    ),
    t(
        Advice::Reason(Reason::PhoneUntilRetirement),
        &[Faq(12), RETIRED],
    ),
    t(Advice::Reason(Reason::AuthenticatorSecond), &[Faq(9)]),
    t(
        Advice::Reason(Reason::AuthenticatorTravel),
        &[Faq(1), Faq(6)],
    ),
    t(Advice::Reason(Reason::AuthenticatorNoNumber), &[Faq(7)]),
    t(
        Advice::Reason(Reason::AuthenticatorOutlastsSms),
        &[Faq(2), Faq(9), RETIRED],
    ),
    t(
        Advice::Reason(Reason::AuthenticatorAfterRetirement),
        &[RETIRED],
    ),
    t(Advice::Reason(Reason::PasskeySecond), &[RETIRED, PASSKEY]),
    t(Advice::Reason(Reason::OfficePhoneAtWork), &[Faq(8)]),
    t(Advice::Reason(Reason::OfficePhoneBackup), &[Faq(9)]),
    t(
        Advice::Reason(Reason::OfficePhoneUntilRetirement),
        &[Faq(8), Faq(9), RETIRED],
    ),
    t(Advice::Reason(Reason::OfficePhoneShared), &[Faq(8)]),
    t(
        Advice::Reason(Reason::SecurityKeyNoSmartphone),
        &[Faq(5), RETIRED],
    ),
    t(
        Advice::Reason(Reason::SecurityKeyBackup),
        &[Faq(2), P(&FIDO2_COMPATIBILITY)],
    ),
    // Warnings.
    t(Warning(WarningId::NoMethod), &[Faq(5)]),
    t(Warning(WarningId::OnlyOneMethod), &[Faq(2), Faq(7)]),
    t(Warning(WarningId::RetirementAhead), &[RETIRED]),
    t(Warning(WarningId::NoLastingMethod), &[Faq(5), RETIRED]),
    t(Warning(WarningId::PhoneLinesEnded), &[RETIRED]),
    t(Warning(WarningId::Roaming), &[Faq(6)]),
    t(Warning(WarningId::TravelWithoutApp), &[Faq(1), Faq(6)]),
    t(Warning(WarningId::OfficePhoneShared), &[Faq(8)]),
    t(Warning(WarningId::PhoneForbiddenNoOffice), &[Faq(8)]),
    t(
        Warning(WarningId::SecurityKeyHelpDesk),
        &[P(&FIDO2_COMPATIBILITY)],
    ),
    t(Warning(WarningId::SecurityKeyNotDefault), &[FIRST_TIME]),
    t(Warning(WarningId::PhoneOnlyPairing), &[Faq(15)]),
    t(Warning(WarningId::MethodDisabled), &[Faq(3)]),
    t(Warning(WarningId::PhoneLinesOnly), &[Faq(2), RETIRED]),
    // What Microsoft lists for the account ("Check with Microsoft").
    t(
        Advice::AccountWarning(AccountWarning::OnlyPassword),
        &[FIRST_TIME],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnePhoneHoldsAll),
        &[Faq(2), Faq(7)],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnlyPhoneLinesEnding),
        &[RETIRED],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnlyPhoneLinesEnded),
        &[RETIRED],
    ),
    // Register steps: first-time setup and "+ Add sign-in method", on a PC and
    // on the phone only.
    t(
        Steps("register-authenticator-steps-first-pc"),
        &[FIRST_TIME, APP, LABELS_JA],
    ),
    t(
        Steps("register-authenticator-steps-first-phone-only"),
        &[Faq(15), FIRST_TIME, LABELS_JA],
    ),
    t(
        Steps("register-phone-steps-first-pc"),
        &[FIRST_TIME, PHONES, LABELS_JA],
    ),
    t(
        Steps("register-phone-steps-first-phone-only"),
        &[Faq(15), FIRST_TIME, PHONES, LABELS_JA],
    ),
    t(
        Steps("register-authenticator-steps-pc"),
        &[Faq(13), APP, LABELS_JA],
    ),
    t(
        Steps("register-authenticator-steps-phone-only"),
        &[Faq(15), APP, LABELS_JA],
    ),
    t(
        Steps("register-passkey-steps-pc"),
        &[PASSKEY, P(&FIDO2_COMPATIBILITY)],
    ),
    t(
        Steps("register-passkey-steps-phone-only"),
        &[PASSKEY, P(&FIDO2_COMPATIBILITY)],
    ),
    t(
        Steps("register-passkey-synced-steps"),
        &[P(&SYNCED_PASSKEYS), RETIRED],
    ),
    t(
        Steps("register-phone-steps-pc"),
        &[Faq(13), PHONES, LABELS_JA],
    ),
    t(
        Steps("register-phone-steps-phone-only"),
        &[Faq(15), PHONES, LABELS_JA],
    ),
    t(
        Steps("register-alternate-phone-steps-pc"),
        &[Faq(3), PHONES, LABELS_JA],
    ),
    t(
        Steps("register-alternate-phone-steps-phone-only"),
        &[Faq(3), Faq(15), PHONES],
    ),
    t(
        Steps("register-office-phone-steps-pc"),
        &[Faq(8), Faq(19), PHONES, LABELS_JA],
    ),
    t(
        Steps("register-office-phone-steps-phone-only"),
        &[Faq(8), Faq(15), Faq(19), PHONES],
    ),
    t(
        Steps("register-security-key-steps-pc"),
        &[P(&FIDO2_COMPATIBILITY)],
    ),
    t(
        Steps("register-security-key-steps-phone-only"),
        &[P(&FIDO2_COMPATIBILITY)],
    ),
    t(Steps("verify-steps"), &[Faq(17)]),
    t(
        Steps("verify-which-method"),
        &[Faq(10), P(&SYSTEM_PREFERRED), LABELS_JA],
    ),
    // Reminders on the done step.
    t(Reminder("done-reminder-none-registered"), &[Faq(13)]),
    t(Reminder("done-reminder-add-backup"), &[Faq(2), Faq(7)]),
    t(Reminder("done-reminder-retirement"), &[RETIRED]),
    t(
        Reminder("done-reminder-retirement-no-smartphone"),
        &[Faq(5), RETIRED],
    ),
    t(Reminder("done-reminder-lines-end-soon"), &[RETIRED]),
    t(Reminder("done-reminder-lines-ended"), &[RETIRED]),
    t(Reminder("done-reminder-left-at-home"), &[Faq(4)]),
    t(Reminder("done-reminder-left-at-home-help-desk"), &[Faq(4)]),
    t(Reminder("done-reminder-lost"), &[Faq(4)]),
    t(Reminder("done-reminder-travel-app"), &[Faq(1), APP]),
    t(
        Reminder("done-reminder-travel-sms-add-app"),
        &[Faq(1), Faq(6)],
    ),
    t(Reminder("done-reminder-travel-sms"), &[Faq(6)]),
    t(Reminder("done-reminder-travel-fixed-line"), &[Faq(8)]),
    t(Reminder("done-reminder-new-phone"), &[APP]),
    t(Reminder("done-reminder-new-number"), &[PHONES]),
    t(Reminder("done-reminder-clock"), &[APP]),
    t(Reminder("done-reminder-mail-apps"), &[Faq(17)]),
    // FAQ answers: the help desk's own questions, and the ones added since.
    t(FaqAnswer("abroad-no-signal"), &[Faq(1), APP]),
    t(FaqAnswer("why-sms-first"), &[Faq(2), RETIRED]),
    t(FaqAnswer("how-many-devices"), &[Faq(3), PHONES, RETIRED]),
    t(FaqAnswer("forgot-phone"), &[Faq(4), RETIRED]),
    t(FaqAnswer("no-smartphone"), &[Faq(5), RETIRED]),
    t(FaqAnswer("costs"), &[Faq(6), RETIRED]),
    t(FaqAnswer("private-number"), &[Faq(7), RETIRED]),
    t(FaqAnswer("phone-not-allowed-at-work"), &[Faq(8), RETIRED]),
    t(FaqAnswer("which-method"), &[Faq(9), RETIRED]),
    t(
        FaqAnswer("app-shown-first"),
        &[Faq(10), P(&SYSTEM_PREFERRED), LABELS_JA],
    ),
    t(
        FaqAnswer("app-code-without-app"),
        &[Faq(11), P(&APPLE_PASSWORDS_APP)],
    ),
    t(FaqAnswer("app-deleted"), &[Faq(12), RETIRED]),
    t(FaqAnswer("add-another-method"), &[Faq(13), FIRST_TIME]),
    t(FaqAnswer("when-to-register"), &[Faq(14)]),
    t(FaqAnswer("without-pc"), &[Faq(15)]),
    t(FaqAnswer("sms-stuck"), &[Faq(16), RETIRED]),
    t(FaqAnswer("mail-stopped"), &[Faq(17)]),
    t(FaqAnswer("missed-pre-registration"), &[Faq(18), FIRST_TIME]),
    t(FaqAnswer("voice-call-fails"), &[Faq(19), RETIRED]),
    t(FaqAnswer("forgot-password"), &[Faq(20)]),
    t(FaqAnswer("in-english"), &[Faq(21)]),
    t(FaqAnswer("changing-phones"), &[APP, PHONES]),
    t(FaqAnswer("sms-voice-retirement"), &[RETIRED]),
    t(
        FaqAnswer("passkeys"),
        &[
            PASSKEY,
            P(&SYNCED_PASSKEYS),
            P(&FIDO2_COMPATIBILITY),
            RETIRED,
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::done::REMINDER_IDS;
    use crate::faq;
    use crate::i18n::{Locale, Texts};
    use crate::method::MethodId;
    use crate::view::{steps_message_id, RegistrationPath};

    fn assert_traced(advice: Advice) {
        let traced = of(advice).unwrap_or_else(|| panic!("{advice:?} has no sources"));
        assert!(!traced.sources.is_empty(), "{advice:?} names no source");
        assert!(traced.checked <= ADVICE_CHECKED, "{advice:?}");
    }

    #[test]
    fn every_reason_and_warning_has_sources() {
        Reason::ALL
            .into_iter()
            .for_each(|r| assert_traced(Advice::Reason(r)));
        WarningId::ALL
            .into_iter()
            .for_each(|w| assert_traced(Warning(w)));
        AccountWarning::ALL
            .into_iter()
            .for_each(|w| assert_traced(Advice::AccountWarning(w)));
    }

    #[test]
    fn every_register_step_set_the_wizard_can_show_has_sources() {
        let texts = Texts::load();
        for method in MethodId::ALL {
            for path in [RegistrationPath::FirstTime, RegistrationPath::AddMethod] {
                for phone_only in [false, true] {
                    let id = steps_message_id(method, path, phone_only);
                    assert!(texts.has(Locale::En, &id), "{id} is not a message");
                    let id: &'static str = Box::leak(id.into_boxed_str());
                    assert_traced(Steps(id));
                }
            }
        }
        for id in [
            "register-passkey-synced-steps",
            "verify-steps",
            "verify-which-method",
        ] {
            assert_traced(Steps(id));
        }
    }

    #[test]
    fn every_reminder_and_faq_answer_has_sources() {
        REMINDER_IDS
            .iter()
            .for_each(|id| assert_traced(Reminder(id)));
        faq::entries()
            .iter()
            .for_each(|e| assert_traced(FaqAnswer(e.id)));
    }

    #[test]
    fn the_table_has_nothing_twice_and_faq_numbers_exist() {
        for (i, traced) in TABLE.iter().enumerate() {
            assert!(
                TABLE[i + 1..]
                    .iter()
                    .all(|other| other.advice != traced.advice),
                "{:?} twice",
                traced.advice
            );
            for source in traced.sources {
                match source {
                    Faq(n) => assert!((1..=21).contains(n), "no FAQ Q{n}"),
                    Source::Page(page) => {
                        assert!(page.url.is_none_or(|url| url.starts_with("https://")))
                    }
                }
            }
        }
        assert_eq!(
            Some(ADVICE_CHECKED),
            Date::new(2026, 11, 26),
            "a real calendar day"
        );
    }
}
