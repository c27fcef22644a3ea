//! Where each piece of advice comes from, and when its wording was last checked.
//!
//! One table, so that a reviewer (or the help desk) can trace any sentence the
//! assistant shows to the help desk's FAQ question and/or the vendor page it
//! rests on, with the date of the page's revision the advice follows. Its tests
//! fail when a rule, reason, warning, register-step set, reminder or FAQ answer
//! has no entry, so new advice cannot ship untraced.

use crate::account_check::AccountWarning;
use crate::date::Date;
use crate::recommend::{Reason, WarningId};

/// The day the advice as a whole was last checked against Microsoft's pages
/// and screens (shown in the help panels and on the done step).
pub const ADVICE_CHECKED: Date = Date::known(2026, 12, 1);

/// A source a piece of advice rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A question of the help desk's published FAQ, by its number.
    Faq(u8),
    /// A vendor's or another university's page.
    Page(&'static Page),
}

/// A page, by title and address (`None` where only the title is stable), and
/// the date of the revision the advice follows (the page's own date, where it
/// gives one).
#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    pub title: &'static str,
    pub url: Option<&'static str>,
    pub revised: Option<Date>,
}

const fn entra(title: &'static str, url: &'static str, revised: Date) -> Page {
    Page {
        title,
        url: Some(url),
        revised: Some(revised),
    }
}

pub const SMS_VOICE_RETIREMENT: Page = entra(
    "Microsoft Entra: Passkeys by default and retirement of Microsoft-provided SMS and voice authentication",
    "https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement",
    Date::known(2026, 7, 29),
);
pub const SMS_VOICE_RETIREMENT_FAQ: Page = entra(
    "Microsoft Entra: SMS and voice retirement FAQ (Global Administrators and external users until 2027-07-01; the blocking passkey prompt)",
    "https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement-faq",
    Date::known(2026, 9, 23),
);
pub const PHONE_PROVIDERS: Page = entra(
    "Microsoft Entra: Choose your own telephony provider (SMS, voice, or both; all or some users)",
    "https://learn.microsoft.com/entra/identity/authentication/concept-phone-providers",
    Date::known(2026, 9, 23),
);
pub const COMBINED_REGISTRATION: Page = entra(
    "Microsoft Entra: Combined security information registration (interrupt and manage modes; virtual numbers not supported)",
    "https://learn.microsoft.com/entra/identity/authentication/concept-registration-mfa-sspr-combined",
    Date::known(2024, 10, 1),
);
pub const SYSTEM_PREFERRED: Page = entra(
    "Microsoft Entra: System-preferred multifactor authentication (order: Temporary Access Pass, passkey, Authenticator, …)",
    "https://learn.microsoft.com/entra/identity/authentication/concept-system-preferred-multifactor-authentication",
    Date::known(2026, 4, 15),
);
pub const PASSKEY_AUTHENTICATOR: Page = entra(
    "Microsoft Entra: Register a passkey in Microsoft Authenticator (starting in the app; iOS 17 / Android 14, Android 15 where 14 cannot)",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator",
    Date::known(2026, 7, 5),
);
pub const REGISTER_PASSKEY: Page = entra(
    "Microsoft Entra: Register a passkey (synced) from Security info",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey",
    Date::known(2026, 7, 5),
);
pub const SYNCED_PASSKEYS: Page = entra(
    "Microsoft Entra: Synced passkeys (iCloud Keychain iOS 16+, Google Password Manager Android 9+)",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-synced-passkeys",
    Date::known(2026, 7, 5),
);
pub const WINDOWS_PASSKEY: Page = entra(
    "Microsoft Entra: Register a passkey on Windows (Windows Hello, device-bound)",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-register-entra-passkey-windows",
    Date::known(2026, 7, 5),
);
pub const SECURITY_KEY: Page = entra(
    "Microsoft Entra: Register a passkey on a security key (\"Passkey\", then \"Security key\")",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-with-security-key",
    Date::known(2026, 7, 5),
);
pub const FIDO2_COMPATIBILITY: Page = entra(
    "Microsoft Entra: Passkey (FIDO2) browser and OS compatibility (no new security keys from iOS or macOS browsers)",
    "https://learn.microsoft.com/entra/identity/authentication/concept-fido2-compatibility",
    Date::known(2026, 4, 16),
);
pub const PASSKEYS_CONCEPT: Page = entra(
    "Microsoft Entra: Passkeys (FIDO2): device-bound and synced",
    "https://learn.microsoft.com/entra/identity/authentication/concept-authentication-passkeys-fido2",
    Date::known(2026, 2, 2),
);
pub const NEW_PHONE: Page = entra(
    "Microsoft Entra: Move Microsoft Authenticator to a new phone (passkeys are not restored from a backup)",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-transfer-authenticator-new-phone",
    Date::known(2026, 7, 2),
);
pub const PHONE_OPTIONS: Page = entra(
    "Microsoft Entra: Phone authentication methods (mobile, alternate, office phone; codes by SMS or RCS)",
    "https://learn.microsoft.com/entra/identity/authentication/concept-authentication-phone-options",
    Date::known(2025, 3, 4),
);
pub const NUMBER_MATCHING: Page = entra(
    "Microsoft Entra: Number matching in Microsoft Authenticator notifications",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-number-match",
    Date::known(2025, 3, 4),
);
pub const OATH_TOKENS: Page = entra(
    "Microsoft Entra: OATH tokens (hardware tokens activated as \"Hardware token\" in Security info)",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-manage-oath-tokens",
    Date::known(2025, 3, 26),
);
pub const TEMPORARY_ACCESS_PASS: Page = entra(
    "Microsoft Entra: Temporary Access Pass (issued by the help desk to register again)",
    "https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass",
    Date::known(2025, 3, 4),
);
pub const UTOKYO_MFA_GUIDE: Page = Page {
    title: "The University of Tokyo, utelecon: MFA setup guide (Japanese screen labels)",
    url: Some("https://utelecon.adm.u-tokyo.ac.jp/mfa"),
    revised: None,
};
pub const AUTHENTICATOR_FIRST_BUTTON: Page = entra(
    "Microsoft Entra: Register a passkey in Microsoft Authenticator (a new app's first screen: \"Add work or school account\")",
    "https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator",
    Date::known(2026, 7, 5),
);
pub const APPLE_PASSWORDS_APP: Page = Page {
    title: "Apple iPhone User Guide (iOS 18): verification codes in the Passwords app",
    url: None,
    revised: None,
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
    /// What to do when the phone is lost, broken or replaced (`lost-phone-*`),
    /// on the plan and done steps.
    LostPhonePlan,
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
const RETIRED_FAQ: Source = P(&SMS_VOICE_RETIREMENT_FAQ);
const PROVIDERS: Source = P(&PHONE_PROVIDERS);
const FIRST_TIME: Source = P(&COMBINED_REGISTRATION);
const LABELS_JA: Source = P(&UTOKYO_MFA_GUIDE);
const PASSKEY: Source = P(&PASSKEY_AUTHENTICATOR);
const SYNCED: Source = P(&SYNCED_PASSKEYS);
const WINDOWS: Source = P(&WINDOWS_PASSKEY);
const KEY: Source = P(&SECURITY_KEY);
const COMPATIBILITY: Source = P(&FIDO2_COMPATIBILITY);
const PLACES: Source = P(&PASSKEYS_CONCEPT);
const MOVING: Source = P(&NEW_PHONE);
const PHONES: Source = P(&PHONE_OPTIONS);
const NUMBERS: Source = P(&NUMBER_MATCHING);
const TOKENS: Source = P(&OATH_TOKENS);
const TAP: Source = P(&TEMPORARY_ACCESS_PASS);
const PREFERRED: Source = P(&SYSTEM_PREFERRED);

pub const TABLE: &[Traced] = &[
    // Plan reasons.
    t(
        Advice::Reason(Reason::PhoneStandard),
        &[Faq(2), Faq(9), PROVIDERS],
    ),
    t(
        Advice::Reason(Reason::PhoneFeaturePhone),
        &[Faq(5), PROVIDERS],
    ),
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
        &[Faq(9), RETIRED],
    ),
    t(
        Advice::Reason(Reason::AuthenticatorAfterRetirement),
        &[RETIRED],
    ),
    t(
        Advice::Reason(Reason::AuthenticatorAwayFromDesk),
        &[Faq(1), Faq(8)],
    ),
    t(
        Advice::Reason(Reason::PasskeySecond),
        &[RETIRED, PASSKEY, PLACES],
    ),
    t(
        Advice::Reason(Reason::SyncedPasskeySecondPlace),
        &[Faq(2), Faq(7), SYNCED, PLACES],
    ),
    t(
        Advice::Reason(Reason::WindowsPasskeySecondPlace),
        &[Faq(2), Faq(7), WINDOWS],
    ),
    t(
        Advice::Reason(Reason::WindowsPasskeyAtDesk),
        &[Faq(8), WINDOWS],
    ),
    t(
        Advice::Reason(Reason::WindowsPasskeyNoSmartphone),
        &[Faq(5), WINDOWS],
    ),
    t(
        Advice::Reason(Reason::OfficePhoneAtWork),
        &[Faq(8), PROVIDERS],
    ),
    t(
        Advice::Reason(Reason::OfficePhoneBackup),
        &[Faq(9), PROVIDERS],
    ),
    t(
        Advice::Reason(Reason::OfficePhoneUntilRetirement),
        &[Faq(8), Faq(9), RETIRED],
    ),
    t(Advice::Reason(Reason::OfficePhoneShared), &[Faq(8)]),
    t(
        Advice::Reason(Reason::SecurityKeyNoSmartphone),
        &[Faq(5), KEY, COMPATIBILITY],
    ),
    t(
        Advice::Reason(Reason::SecurityKeyBackup),
        &[Faq(2), KEY, COMPATIBILITY],
    ),
    t(Advice::Reason(Reason::SecurityKeyAtDesk), &[Faq(8), KEY]),
    t(Advice::Reason(Reason::OathTokenBackup), &[Faq(2), TOKENS]),
    // Warnings.
    t(Warning(WarningId::NoMethod), &[Faq(5), TAP]),
    t(Warning(WarningId::OnlyOneMethod), &[Faq(2), Faq(7), TAP]),
    t(Warning(WarningId::OnePlace), &[Faq(2), Faq(7), MOVING, TAP]),
    t(Warning(WarningId::RetirementAhead), &[RETIRED]),
    t(
        Warning(WarningId::NoLastingMethod),
        &[Faq(5), RETIRED, RETIRED_FAQ],
    ),
    t(Warning(WarningId::PhoneLinesEnded), &[RETIRED]),
    t(Warning(WarningId::Roaming), &[Faq(6)]),
    t(Warning(WarningId::TravelWithoutApp), &[Faq(1), Faq(6)]),
    t(Warning(WarningId::OfficePhoneShared), &[Faq(8)]),
    t(
        Warning(WarningId::PhoneForbiddenNoOffice),
        &[Faq(8), WINDOWS, KEY],
    ),
    t(
        Warning(WarningId::SecurityKeyHelpDesk),
        &[KEY, COMPATIBILITY],
    ),
    t(Warning(WarningId::SecurityKeyNotDefault), &[FIRST_TIME]),
    t(Warning(WarningId::OathTokenHelpDesk), &[TOKENS]),
    t(Warning(WarningId::PhoneOnlyPairing), &[Faq(15)]),
    t(Warning(WarningId::MethodDisabled), &[Faq(3)]),
    t(Warning(WarningId::PhoneLinesOnly), &[Faq(2), RETIRED]),
    t(Warning(WarningId::ProviderSomeStaff), &[PROVIDERS]),
    // What Microsoft lists for the account ("Check with Microsoft").
    t(
        Advice::AccountWarning(AccountWarning::OnlyPassword),
        &[FIRST_TIME],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnePhoneHoldsAll),
        &[Faq(2), Faq(7), MOVING],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnePlaceHoldsAll),
        &[Faq(2), Faq(7), PLACES],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnlyPhoneLinesEnding),
        &[RETIRED, RETIRED_FAQ],
    ),
    t(
        Advice::AccountWarning(AccountWarning::OnlyPhoneLinesEnded),
        &[RETIRED, RETIRED_FAQ],
    ),
    // What to do when the phone is lost.
    t(
        Advice::LostPhonePlan,
        &[Faq(4), MOVING, SYNCED, WINDOWS, TAP],
    ),
    // Register steps: first-time setup and "+ Add sign-in method", on a PC and
    // on the phone only.
    t(
        Steps("register-authenticator-steps-first-pc"),
        &[FIRST_TIME, P(&AUTHENTICATOR_FIRST_BUTTON), LABELS_JA],
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
        &[Faq(13), NUMBERS, LABELS_JA],
    ),
    t(
        Steps("register-authenticator-steps-phone-only"),
        &[Faq(15), NUMBERS, LABELS_JA],
    ),
    t(Steps("register-passkey-steps-pc"), &[PASSKEY]),
    t(Steps("register-passkey-steps-phone-only"), &[PASSKEY]),
    t(
        Steps("register-synced-passkey-steps-pc"),
        &[SYNCED, P(&REGISTER_PASSKEY)],
    ),
    t(
        Steps("register-synced-passkey-steps-phone-only"),
        &[SYNCED, P(&REGISTER_PASSKEY)],
    ),
    t(Steps("register-windows-passkey-steps-pc"), &[WINDOWS]),
    t(
        Steps("register-windows-passkey-steps-phone-only"),
        &[WINDOWS],
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
        &[Faq(8), Faq(19), PHONES, FIRST_TIME, LABELS_JA],
    ),
    t(
        Steps("register-office-phone-steps-phone-only"),
        &[Faq(8), Faq(15), Faq(19), PHONES],
    ),
    t(
        Steps("register-security-key-steps-pc"),
        &[KEY, COMPATIBILITY],
    ),
    t(
        Steps("register-security-key-steps-phone-only"),
        &[KEY, COMPATIBILITY],
    ),
    t(Steps("register-oath-token-steps-pc"), &[TOKENS]),
    t(Steps("register-oath-token-steps-phone-only"), &[TOKENS]),
    t(Steps("register-path-after-retirement"), &[RETIRED_FAQ]),
    t(Steps("verify-steps"), &[Faq(17), PREFERRED]),
    t(
        Steps("verify-which-method"),
        &[Faq(10), PREFERRED, LABELS_JA],
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
    t(Reminder("done-reminder-left-at-home"), &[Faq(4), PREFERRED]),
    t(Reminder("done-reminder-left-at-home-help-desk"), &[Faq(4)]),
    t(Reminder("done-reminder-travel-app"), &[Faq(1)]),
    t(
        Reminder("done-reminder-travel-sms-add-app"),
        &[Faq(1), Faq(6)],
    ),
    t(Reminder("done-reminder-travel-sms"), &[Faq(6)]),
    t(Reminder("done-reminder-travel-fixed-line"), &[Faq(8)]),
    t(Reminder("done-reminder-new-phone"), &[MOVING]),
    t(
        Reminder("done-reminder-new-phone-passkey"),
        &[MOVING, PASSKEY],
    ),
    t(Reminder("done-reminder-new-number"), &[PHONES]),
    t(Reminder("done-reminder-new-pc"), &[WINDOWS]),
    t(Reminder("done-reminder-clock"), &[NUMBERS]),
    t(Reminder("done-reminder-mail-apps"), &[Faq(17)]),
    // FAQ answers: the help desk's own questions, and the ones added since.
    t(FaqAnswer("abroad-no-signal"), &[Faq(1)]),
    t(
        FaqAnswer("why-sms-first"),
        &[Faq(2), RETIRED, PROVIDERS, PLACES],
    ),
    t(FaqAnswer("how-many-devices"), &[Faq(3), PHONES, RETIRED]),
    t(FaqAnswer("forgot-phone"), &[Faq(4), PREFERRED, TAP]),
    t(
        FaqAnswer("no-smartphone"),
        &[Faq(5), RETIRED, WINDOWS, KEY, TOKENS],
    ),
    t(FaqAnswer("costs"), &[Faq(6), RETIRED, FIRST_TIME]),
    t(FaqAnswer("private-number"), &[Faq(7), SYNCED, WINDOWS, KEY]),
    t(
        FaqAnswer("phone-not-allowed-at-work"),
        &[Faq(8), WINDOWS, KEY, TOKENS, RETIRED],
    ),
    t(
        FaqAnswer("which-method"),
        &[Faq(9), RETIRED, PROVIDERS, PLACES],
    ),
    t(
        FaqAnswer("app-shown-first"),
        &[Faq(10), PREFERRED, LABELS_JA],
    ),
    t(
        FaqAnswer("app-code-without-app"),
        &[Faq(11), P(&APPLE_PASSWORDS_APP)],
    ),
    t(FaqAnswer("app-deleted"), &[Faq(12), PASSKEY, RETIRED]),
    t(FaqAnswer("add-another-method"), &[Faq(13), FIRST_TIME]),
    t(FaqAnswer("when-to-register"), &[Faq(14)]),
    t(FaqAnswer("without-pc"), &[Faq(15)]),
    t(FaqAnswer("sms-stuck"), &[Faq(16), PHONES, RETIRED]),
    t(FaqAnswer("mail-stopped"), &[Faq(17)]),
    t(
        FaqAnswer("missed-pre-registration"),
        &[Faq(18), FIRST_TIME, RETIRED_FAQ],
    ),
    t(FaqAnswer("voice-call-fails"), &[Faq(19), RETIRED]),
    t(FaqAnswer("forgot-password"), &[Faq(20)]),
    t(FaqAnswer("in-english"), &[Faq(21)]),
    t(FaqAnswer("changing-phones"), &[MOVING, SYNCED, PHONES]),
    t(
        FaqAnswer("lost-or-broken-phone"),
        &[Faq(4), MOVING, SYNCED, TAP],
    ),
    t(
        FaqAnswer("sms-voice-retirement"),
        &[RETIRED, RETIRED_FAQ, PROVIDERS],
    ),
    t(
        FaqAnswer("passkeys"),
        &[
            PASSKEY,
            SYNCED,
            WINDOWS,
            KEY,
            PLACES,
            COMPATIBILITY,
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
            .iter()
            .for_each(|&r| assert_traced(Advice::Reason(r)));
        WarningId::ALL
            .iter()
            .for_each(|&w| assert_traced(Warning(w)));
        assert_traced(Advice::LostPhonePlan);
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
            "register-path-after-retirement",
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
            Date::new(2026, 12, 1),
            "a real calendar day"
        );
    }

    #[test]
    fn every_page_revision_predates_the_check() {
        for traced in TABLE {
            for source in traced.sources {
                if let Source::Page(page) = source {
                    if let Some(revised) = page.revised {
                        assert!(revised <= ADVICE_CHECKED, "{}", page.title);
                    }
                }
            }
        }
    }
}
