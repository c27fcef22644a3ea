//! Every FAQ answer, defined once. The FAQ shows them under their questions;
//! the troubleshooting guide shows the same definitions by reference
//! (`Block::Include`), so a date or a profile condition holds everywhere.
//!
//! Conditions follow Microsoft's phone services channel by channel (`Lines`):
//! a block that tells someone to use a text message is shown only while texts
//! work for their organisation, and one that says they have ended only after.

use crate::help_content::{Block, Condition, Lines, NodeId};
use crate::method::MethodId;

use Block::{Bullets, Guide, Include, Link, Note, Paragraph, Steps, When};

/// Until when texts and calls work and what carries on (one message that
/// reads right for every provider and day).
pub(crate) static LINES_END_AHEAD: &[Block] = &[Note("faq-phone-lines-note-retirement-ahead")];

/// That a phone service has ended, and what to use instead (one message, likewise).
pub(crate) static LINES_ENDED: &[Block] = &[Paragraph("faq-phone-lines-retired")];

/// For answers about phone lines in general.
pub(crate) static PHONE_LINES_ENDING: &[Block] =
    &[When(Condition::EndsAhead(Lines::Either), LINES_END_AHEAD)];

/// For answers about text messages: until when, and once they ended.
pub(crate) static SMS_ENDING_OR_ENDED: &[Block] = &[
    When(Condition::EndsAhead(Lines::Sms), LINES_END_AHEAD),
    When(Condition::Ended(Lines::Sms), LINES_ENDED),
];

/// For answers about calls: until when, and once they ended.
pub(crate) static CALLS_ENDING_OR_ENDED: &[Block] = &[
    When(Condition::EndsAhead(Lines::Voice), LINES_END_AHEAD),
    When(Condition::Ended(Lines::Voice), LINES_ENDED),
];

/// Android phones get no notifications in mainland China: codes instead.
pub(crate) static CHINA_NOTIFICATIONS: &[Block] = &[Note("faq-abroad-no-signal-note-china")];

/// Ways out when an SMS step will not go on (FAQ Q16), in the order to try them.
pub(crate) static SMS_REMEDIES: &[Block] = &[
    Paragraph("faq-sms-stuck-p-remedies"),
    Bullets(&[
        "ts-item-wait",
        "ts-item-better-signal",
        "ts-item-sign-out-in",
        "ts-item-clear-cookies",
    ]),
    Paragraph("faq-sms-stuck-p-other-method"),
];

/// Why a phone call does not verify (FAQ Q19), every cause.
pub(crate) static VOICE_CAUSES: &[Block] = &[Bullets(&[
    "ts-item-voice-hash-late",
    "ts-item-voice-extension",
    "ts-item-voice-forwarding",
    "ts-item-voice-pulse",
    "ts-item-voice-rotary",
    "ts-item-voice-optical",
])];

/// Where to switch when a phone line cannot take the call (FAQ Q19).
pub(crate) static VOICE_WAYS_OUT: &[Block] = &[
    Paragraph("ts-voice-other-way"),
    Bullets(&["ts-item-other-number", "ts-item-use-app"]),
];

/// Choosing another registered method at sign-in ("Sign in another way").
pub(crate) static SIGN_IN_ANOTHER_WAY: &[Block] = &[Steps(&[
    "faq-step-other-method-choose",
    "faq-step-other-method-pick",
])];

/// Letting Microsoft Authenticator keep passkeys, in the phone's settings.
pub(crate) static PASSKEY_PROVIDER_SETTING: &[Block] = &[Bullets(&[
    "faq-passkey-provider-iphone",
    "faq-passkey-provider-android",
])];

/// The help desk lets a person in who has nothing left: in person, with ID
/// (FAQ Q4), a Temporary Access Pass to register again.
pub(crate) static HELP_DESK_LETS_YOU_IN: &[Block] = &[
    Paragraph("faq-help-desk-lets-you-in"),
    Note("faq-forgot-phone-note-impersonation"),
];

// Answers, in the FAQ's order.

pub(crate) static ABROAD_NO_SIGNAL: &[Block] = &[
    Paragraph("faq-abroad-no-signal-p1"),
    Steps(&[
        "faq-abroad-no-signal-step-choose",
        "faq-abroad-no-signal-step-code",
        "faq-abroad-no-signal-step-type",
    ]),
    Note("faq-abroad-no-signal-note-before"),
    Include(CHINA_NOTIFICATIONS),
    Link("authenticator-download"),
];

pub(crate) static WHY_SMS_FIRST: &[Block] = &[
    Paragraph("faq-why-sms-first-p1"),
    When(
        Condition::Kept(Lines::Sms),
        &[Paragraph("faq-why-sms-first-p-kept")],
    ),
    When(
        Condition::EndsAhead(Lines::Sms),
        &[Paragraph("faq-why-sms-first-p-ending")],
    ),
    When(
        Condition::Ended(Lines::Sms),
        &[Paragraph("faq-why-sms-first-p-ended")],
    ),
];

pub(crate) static HOW_MANY_DEVICES: &[Block] = &[
    Paragraph("faq-how-many-devices-p1"),
    When(
        Condition::Works(Lines::Either),
        &[
            Paragraph("faq-how-many-devices-p2"),
            When(
                Condition::Works(Lines::Sms),
                &[Bullets(&["faq-how-many-devices-item-phone"])],
            ),
            When(
                Condition::Ended(Lines::Sms),
                &[Bullets(&["faq-how-many-devices-item-phone-sms-ended"])],
            ),
            When(
                Condition::Works(Lines::Voice),
                &[Bullets(&[
                    "faq-how-many-devices-item-alternate",
                    "faq-how-many-devices-item-office",
                ])],
            ),
        ],
    ),
    Include(PHONE_LINES_ENDING),
    When(
        Condition::Ended(Lines::Both),
        &[Note("faq-how-many-devices-note-retired")],
    ),
    Note("faq-how-many-devices-note-passkeys"),
];

pub(crate) static FORGOT_PHONE: &[Block] = &[
    Paragraph("faq-forgot-phone-p1"),
    Include(SIGN_IN_ANOTHER_WAY),
    Paragraph("faq-forgot-phone-p2"),
    Include(HELP_DESK_LETS_YOU_IN),
    Guide(NodeId::PHONE_MISSING),
];

pub(crate) static NO_SMARTPHONE: &[Block] = &[
    Paragraph("faq-no-smartphone-p1"),
    When(
        Condition::MethodEnabled(MethodId::WindowsPasskey),
        &[Bullets(&["faq-no-smartphone-item-windows"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::SecurityKey),
        &[Bullets(&["faq-no-smartphone-item-key"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::OathToken),
        &[Bullets(&["faq-no-smartphone-item-token"])],
    ),
    When(
        Condition::Kept(Lines::Sms),
        &[Paragraph("faq-no-smartphone-p-sms-kept")],
    ),
    When(
        Condition::EndsAhead(Lines::Sms),
        &[Paragraph("faq-no-smartphone-p-sms-ending")],
    ),
    When(
        Condition::Ended(Lines::Sms),
        &[Paragraph("faq-no-smartphone-p-sms-ended")],
    ),
];

pub(crate) static COSTS: &[Block] = &[
    When(
        Condition::Works(Lines::Either),
        &[Paragraph("faq-costs-p1"), Paragraph("faq-costs-p3")],
    ),
    When(Condition::Works(Lines::Both), &[Paragraph("faq-costs-p2")]),
    Include(PHONE_LINES_ENDING),
    When(
        Condition::Ended(Lines::Both),
        &[Paragraph("faq-costs-retired")],
    ),
    Link("authenticator-download"),
];

pub(crate) static PRIVATE_NUMBER: &[Block] = &[
    Paragraph("faq-private-number-p1"),
    Bullets(&["faq-private-number-item-app"]),
    When(
        Condition::MethodEnabled(MethodId::SyncedPasskey),
        &[Bullets(&["faq-private-number-item-synced"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::WindowsPasskey),
        &[Bullets(&["faq-private-number-item-windows"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::SecurityKey),
        &[Bullets(&["faq-private-number-item-key"])],
    ),
    When(
        Condition::Works(Lines::Voice),
        &[Bullets(&["faq-private-number-item-office"])],
    ),
    When(
        Condition::Kept(Lines::Sms),
        &[Paragraph("faq-private-number-p-sms-kept")],
    ),
];

pub(crate) static PHONE_NOT_ALLOWED_AT_WORK: &[Block] = &[
    Paragraph("faq-phone-not-allowed-at-work-p1"),
    When(
        Condition::MethodEnabled(MethodId::WindowsPasskey),
        &[Bullets(&["faq-phone-not-allowed-at-work-item-windows"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::SecurityKey),
        &[Bullets(&["faq-phone-not-allowed-at-work-item-key"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::OathToken),
        &[Bullets(&["faq-phone-not-allowed-at-work-item-token"])],
    ),
    When(
        Condition::Works(Lines::Voice),
        &[
            Paragraph("faq-phone-not-allowed-at-work-p-office"),
            Note("faq-phone-not-allowed-at-work-note-someone-else"),
            Paragraph("faq-phone-not-allowed-at-work-p-switchboard"),
            Paragraph("faq-phone-not-allowed-at-work-p-agree"),
        ],
    ),
    When(
        Condition::EndsAhead(Lines::Voice),
        &[Note("faq-phone-not-allowed-at-work-note-calls-end")],
    ),
    When(
        Condition::Ended(Lines::Voice),
        &[Paragraph("faq-phone-not-allowed-at-work-calls-ended")],
    ),
];

pub(crate) static WHICH_METHOD: &[Block] = &[
    Paragraph("faq-which-method-p1"),
    When(
        Condition::Kept(Lines::Sms),
        &[Paragraph("faq-which-method-p-sms-kept")],
    ),
    When(
        Condition::EndsAhead(Lines::Sms),
        &[Paragraph("faq-which-method-p-sms-ending")],
    ),
    When(
        Condition::Ended(Lines::Sms),
        &[Paragraph("faq-which-method-p-sms-ended")],
    ),
    When(
        Condition::ProviderSomeStaff,
        &[Note("faq-which-method-note-some-staff")],
    ),
    Paragraph("faq-which-method-p2"),
];

pub(crate) static APP_SHOWN_FIRST: &[Block] = &[
    Paragraph("faq-app-shown-first-p1"),
    Paragraph("faq-app-shown-first-p-setting"),
    Paragraph("faq-app-shown-first-p2"),
    Note("faq-app-shown-first-note-bluetooth"),
    Note("faq-app-shown-first-note-number"),
];

pub(crate) static APP_CODE_WITHOUT_APP: &[Block] = &[
    Paragraph("faq-app-code-without-app-p1"),
    Bullets(&[
        "faq-app-code-without-app-item-iphone",
        "faq-app-code-without-app-item-chrome",
    ]),
    Paragraph("faq-app-code-without-app-p2"),
];

pub(crate) static APP_DELETED: &[Block] = &[
    Paragraph("faq-app-deleted-p1"),
    When(
        Condition::Works(Lines::Either),
        &[Bullets(&["faq-app-deleted-item-phone"])],
    ),
    Include(SIGN_IN_ANOTHER_WAY),
    Paragraph("faq-app-deleted-p-again"),
    Steps(&[
        "faq-app-deleted-step-install",
        "faq-app-deleted-step-sign-in",
        "faq-app-deleted-step-remove-old",
        "faq-app-deleted-step-add",
    ]),
    Link("security-info"),
    Note("faq-app-deleted-note-passkey"),
    Paragraph("faq-app-deleted-p2"),
];

pub(crate) static ADD_ANOTHER_METHOD: &[Block] = &[
    Paragraph("faq-add-another-method-p1"),
    Steps(&[
        "faq-add-another-method-step-open",
        "faq-add-another-method-step-add",
        "faq-add-another-method-step-follow",
    ]),
    Link("security-info"),
    Paragraph("faq-add-another-method-p2"),
];

pub(crate) static WHEN_TO_REGISTER: &[Block] = &[
    Paragraph("faq-when-to-register-p1"),
    Paragraph("faq-when-to-register-p2"),
];

pub(crate) static WITHOUT_PC: &[Block] = &[
    Paragraph("faq-without-pc-p1"),
    Steps(&[
        "faq-without-pc-step-install",
        "faq-without-pc-step-open",
        "faq-without-pc-step-add",
        "faq-without-pc-step-link",
        "faq-without-pc-step-back",
    ]),
    Note("faq-without-pc-note-once"),
    Link("authenticator-download"),
    Link("security-info"),
];

pub(crate) static SMS_STUCK: &[Block] = &[
    When(
        Condition::Works(Lines::Sms),
        &[
            Paragraph("faq-sms-stuck-p-robot"),
            Paragraph("faq-sms-stuck-p-problem"),
            Include(SMS_REMEDIES),
        ],
    ),
    Include(SMS_ENDING_OR_ENDED),
    Guide(NodeId::SMS_PROBLEM),
];

pub(crate) static MAIL_STOPPED: &[Block] = &[
    Paragraph("faq-mail-stopped-p1"),
    Steps(&[
        "faq-mail-stopped-step-open",
        "faq-mail-stopped-step-verify",
        "faq-mail-stopped-step-done",
    ]),
    Paragraph("faq-mail-stopped-p2"),
];

pub(crate) static MISSED_PRE_REGISTRATION: &[Block] = &[
    Paragraph("faq-missed-pre-registration-p1"),
    Paragraph("faq-missed-pre-registration-p2"),
    When(
        Condition::Ended(Lines::Either),
        &[Paragraph("faq-missed-pre-registration-p-passkey")],
    ),
];

pub(crate) static VOICE_CALL_FAILS: &[Block] = &[
    When(
        Condition::Works(Lines::Voice),
        &[
            Paragraph("faq-voice-call-fails-p1"),
            Include(VOICE_CAUSES),
            Include(VOICE_WAYS_OUT),
        ],
    ),
    Include(CALLS_ENDING_OR_ENDED),
    Guide(NodeId::VOICE_CALL),
];

pub(crate) static FORGOT_PASSWORD: &[Block] = &[
    Paragraph("faq-forgot-password-p1"),
    Steps(&[
        "faq-forgot-password-step-form",
        "faq-forgot-password-step-fill",
        "faq-forgot-password-step-submit",
    ]),
];

pub(crate) static IN_ENGLISH: &[Block] = &[
    Paragraph("faq-in-english-p1"),
    Paragraph("faq-in-english-p2"),
    Link("microsoft-mfa-help-en"),
];

/// Changing phones while the old one still works (Microsoft's order: add the
/// new one, make a new passkey there, test, and only then remove the old).
pub(crate) static CHANGING_PHONES_WITH_OLD: &[Block] = &[
    Paragraph("faq-changing-phones-p1"),
    Steps(&[
        "faq-changing-phones-step-install",
        "faq-changing-phones-step-sign-in-old",
        "faq-changing-phones-step-add",
        "faq-changing-phones-step-passkey",
        "faq-changing-phones-step-test",
        "faq-changing-phones-step-remove-old",
    ]),
    Note("faq-changing-phones-note-backup"),
    When(
        Condition::MethodEnabled(MethodId::SyncedPasskey),
        &[Note("faq-changing-phones-note-synced")],
    ),
    When(
        Condition::Works(Lines::Either),
        &[Paragraph("faq-changing-phones-p-number")],
    ),
    Link("security-info"),
];

pub(crate) static CHANGING_PHONES: &[Block] = &[
    Include(CHANGING_PHONES_WITH_OLD),
    Paragraph("faq-changing-phones-p-no-old"),
    Guide(NodeId::NEW_PHONE),
];

/// The phone is lost, stolen or broken: in through another place, or through
/// the help desk; then the new phone.
pub(crate) static PHONE_LOST: &[Block] = &[
    Paragraph("faq-phone-lost-p1"),
    Steps(&[
        "faq-phone-lost-step-sign-in",
        "faq-phone-lost-step-remove",
        "faq-phone-lost-step-add",
    ]),
    Link("security-info"),
    When(
        Condition::MethodEnabled(MethodId::SyncedPasskey),
        &[Note("faq-phone-lost-note-synced")],
    ),
    When(
        Condition::Works(Lines::Either),
        &[Note("faq-phone-lost-note-sim-or-ended")],
    ),
    Paragraph("faq-phone-lost-p-nothing-left"),
    Include(HELP_DESK_LETS_YOU_IN),
];

pub(crate) static SMS_VOICE_RETIREMENT: &[Block] = &[
    When(
        Condition::EndsAhead(Lines::Either),
        &[
            Paragraph("faq-sms-voice-retirement-ahead-p1"),
            Paragraph("faq-sms-voice-retirement-ahead-p2"),
            Paragraph("faq-sms-voice-retirement-ahead-p3"),
        ],
    ),
    When(
        Condition::Ended(Lines::Either),
        &[Paragraph("faq-sms-voice-retirement-retired")],
    ),
    When(
        Condition::Kept(Lines::Either),
        &[Paragraph("faq-sms-voice-retirement-kept-or-ended")],
    ),
    When(
        Condition::ProviderSomeStaff,
        &[Paragraph("faq-sms-voice-retirement-some-staff")],
    ),
    Note("faq-sms-voice-retirement-note-admins"),
    Guide(NodeId::PASSKEY_PROMPT),
];

pub(crate) static PASSKEYS: &[Block] = &[
    Paragraph("faq-passkeys-p1"),
    Paragraph("faq-passkeys-p-places"),
    Bullets(&["faq-passkeys-item-authenticator"]),
    When(
        Condition::MethodEnabled(MethodId::SyncedPasskey),
        &[Bullets(&["faq-passkeys-item-synced"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::WindowsPasskey),
        &[Bullets(&["faq-passkeys-item-windows"])],
    ),
    When(
        Condition::MethodEnabled(MethodId::SecurityKey),
        &[Bullets(&["faq-passkeys-item-security-key"])],
    ),
    Paragraph("faq-passkeys-p-two-places"),
    When(
        Condition::EndsAhead(Lines::Either),
        &[Note("faq-passkeys-note-nudge")],
    ),
    Link("authenticator-download"),
];

/// Creating the passkey in Microsoft Authenticator, starting in the app
/// (Microsoft's recommended way since July 2026).
pub(crate) static PASSKEY_IN_AUTHENTICATOR: &[Block] = &[
    Paragraph("faq-passkey-in-app-p1"),
    Include(PASSKEY_PROVIDER_SETTING),
    Steps(&[
        "faq-passkey-in-app-step-open",
        "faq-passkey-in-app-step-verify",
        "faq-passkey-in-app-step-done",
    ]),
    Note("faq-passkey-in-app-note-android"),
    Note("faq-passkey-in-app-note-fallback"),
];
