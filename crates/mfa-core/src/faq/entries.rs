//! The FAQ's content: which messages make up each answer, in what shape.
//!
//! The first 21 entries follow the help desk's published FAQ (its numbers are kept
//! in `seed_question`, so staff on the phone can say "see Q19"); the last three
//! answer what changed since it was written.

use super::{FaqEntry, TopicId};
use crate::help_content::{
    Block, Condition, NodeId, PHONE_LINES_ENDING, PHONE_LINES_RETIRED, SMS_REMEDIES,
};
use crate::method::MethodId;

use Block::{Bullets, Guide, Link, Note, Paragraph, Steps, When};

pub(super) const ENTRIES: &[FaqEntry] = &[
    FaqEntry {
        id: "abroad-no-signal",
        seed_question: Some(1),
        topic: TopicId::PhonesAndCosts,
        question: "faq-abroad-no-signal-question",
        keywords: "faq-abroad-no-signal-keywords",
        answer: &[
            Paragraph("faq-abroad-no-signal-p1"),
            Note("faq-abroad-no-signal-note-before"),
            Note("faq-abroad-no-signal-note-china"),
            Link("authenticator-download"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "why-sms-first",
        seed_question: Some(2),
        topic: TopicId::Methods,
        question: "faq-why-sms-first-question",
        keywords: "faq-why-sms-first-keywords",
        answer: &[
            Paragraph("faq-why-sms-first-p1"),
            Paragraph("faq-why-sms-first-p2"),
            When(
                Condition::RetirementAhead,
                &[Note("faq-why-sms-first-note-retirement-ahead")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Note("faq-why-sms-first-note-retired")],
            ),
            When(
                Condition::OwnTelecomProvider,
                &[Note("faq-why-sms-first-note-own-provider")],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "how-many-devices",
        seed_question: Some(3),
        topic: TopicId::Methods,
        question: "faq-how-many-devices-question",
        keywords: "faq-how-many-devices-keywords",
        answer: &[
            Paragraph("faq-how-many-devices-p1"),
            Paragraph("faq-how-many-devices-p2"),
            Bullets(&[
                "faq-how-many-devices-item-phone",
                "faq-how-many-devices-item-alternate",
                "faq-how-many-devices-item-office",
            ]),
            PHONE_LINES_ENDING,
            When(
                Condition::PhoneLinesRetired,
                &[Note("faq-how-many-devices-note-retired")],
            ),
            Note("faq-how-many-devices-note-passkeys"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "forgot-phone",
        seed_question: Some(4),
        topic: TopicId::Trouble,
        question: "faq-forgot-phone-question",
        keywords: "faq-forgot-phone-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[Paragraph("faq-forgot-phone-p1")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-forgot-phone-p1-retired")],
            ),
            Paragraph("faq-forgot-phone-p2"),
            Paragraph("faq-forgot-phone-p3"),
            Note("faq-forgot-phone-note-impersonation"),
            Guide(NodeId::PHONE_MISSING),
        ],
        needs_help_desk: true,
        bring: &["faq-bring-photo-id"],
    },
    FaqEntry {
        id: "no-smartphone",
        seed_question: Some(5),
        topic: TopicId::Methods,
        question: "faq-no-smartphone-question",
        keywords: "faq-no-smartphone-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("faq-no-smartphone-p1"),
                    Paragraph("faq-no-smartphone-p2"),
                ],
            ),
            When(
                Condition::RetirementAhead,
                &[Note("faq-no-smartphone-note-retirement-ahead")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-no-smartphone-retired")],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "costs",
        seed_question: Some(6),
        topic: TopicId::PhonesAndCosts,
        question: "faq-costs-question",
        keywords: "faq-costs-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("faq-costs-p1"),
                    Paragraph("faq-costs-p2"),
                    Paragraph("faq-costs-p3"),
                ],
            ),
            When(
                Condition::RetirementAhead,
                &[Note("faq-costs-note-retirement-ahead")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-costs-retired")],
            ),
            Link("authenticator-download"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "private-number",
        seed_question: Some(7),
        topic: TopicId::Methods,
        question: "faq-private-number-question",
        keywords: "faq-private-number-keywords",
        answer: &[
            When(
                Condition::OwnTelecomProvider,
                &[Paragraph("faq-private-number-p1")],
            ),
            When(
                Condition::RetirementAhead,
                &[Paragraph("faq-private-number-p1-ahead")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-private-number-p1-retired")],
            ),
            Paragraph("faq-private-number-p2"),
            Bullets(&["faq-private-number-item-app"]),
            When(
                Condition::PhoneLinesWork,
                &[Bullets(&["faq-private-number-item-office"])],
            ),
            When(
                Condition::MethodEnabled(MethodId::Passkey),
                &[Bullets(&["faq-private-number-item-passkey"])],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "phone-not-allowed-at-work",
        seed_question: Some(8),
        topic: TopicId::Methods,
        question: "faq-phone-not-allowed-at-work-question",
        keywords: "faq-phone-not-allowed-at-work-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("faq-phone-not-allowed-at-work-p1"),
                    Note("faq-phone-not-allowed-at-work-note-someone-else"),
                    Paragraph("faq-phone-not-allowed-at-work-p2"),
                    Paragraph("faq-phone-not-allowed-at-work-p3"),
                ],
            ),
            When(
                Condition::RetirementAhead,
                &[Note("faq-phone-not-allowed-at-work-note-retirement-ahead")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-phone-not-allowed-at-work-retired")],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "which-method",
        seed_question: Some(9),
        topic: TopicId::Methods,
        question: "faq-which-method-question",
        keywords: "faq-which-method-keywords",
        answer: &[
            When(
                Condition::OwnTelecomProvider,
                &[Paragraph("faq-which-method-p1")],
            ),
            When(
                Condition::RetirementAhead,
                &[
                    Paragraph("faq-which-method-p1-ahead"),
                    Note("faq-which-method-note-retirement-ahead"),
                ],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-which-method-retired")],
            ),
            Paragraph("faq-which-method-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "app-shown-first",
        seed_question: Some(10),
        topic: TopicId::SigningIn,
        question: "faq-app-shown-first-question",
        keywords: "faq-app-shown-first-keywords",
        answer: &[
            Paragraph("faq-app-shown-first-p1"),
            Paragraph("faq-app-shown-first-p-setting"),
            Paragraph("faq-app-shown-first-p2"),
            Note("faq-app-shown-first-note-number"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "app-code-without-app",
        seed_question: Some(11),
        topic: TopicId::SigningIn,
        question: "faq-app-code-without-app-question",
        keywords: "faq-app-code-without-app-keywords",
        answer: &[
            Paragraph("faq-app-code-without-app-p1"),
            Bullets(&[
                "faq-app-code-without-app-item-iphone",
                "faq-app-code-without-app-item-chrome",
            ]),
            Paragraph("faq-app-code-without-app-p2"),
        ],
        needs_help_desk: true,
        bring: &[],
    },
    FaqEntry {
        id: "app-deleted",
        seed_question: Some(12),
        topic: TopicId::Trouble,
        question: "faq-app-deleted-question",
        keywords: "faq-app-deleted-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[Paragraph("faq-app-deleted-p1")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-app-deleted-p1-retired")],
            ),
            Steps(&[
                "faq-app-deleted-step-install",
                "faq-app-deleted-step-sign-in",
                "faq-app-deleted-step-remove-old",
                "faq-app-deleted-step-add",
            ]),
            Link("security-info"),
            Paragraph("faq-app-deleted-p2"),
        ],
        needs_help_desk: true,
        bring: &[],
    },
    FaqEntry {
        id: "add-another-method",
        seed_question: Some(13),
        topic: TopicId::Methods,
        question: "faq-add-another-method-question",
        keywords: "faq-add-another-method-keywords",
        answer: &[
            Paragraph("faq-add-another-method-p1"),
            Steps(&[
                "faq-add-another-method-step-open",
                "faq-add-another-method-step-add",
                "faq-add-another-method-step-follow",
            ]),
            Link("security-info"),
            Paragraph("faq-add-another-method-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "when-to-register",
        seed_question: Some(14),
        topic: TopicId::BeforeYouStart,
        question: "faq-when-to-register-question",
        keywords: "faq-when-to-register-keywords",
        answer: &[
            Paragraph("faq-when-to-register-p1"),
            Paragraph("faq-when-to-register-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "without-pc",
        seed_question: Some(15),
        topic: TopicId::BeforeYouStart,
        question: "faq-without-pc-question",
        keywords: "faq-without-pc-keywords",
        answer: &[
            Paragraph("faq-without-pc-p1"),
            Paragraph("faq-without-pc-p2"),
            Note("faq-without-pc-note-once"),
            Link("security-info"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "sms-stuck",
        seed_question: Some(16),
        topic: TopicId::Trouble,
        question: "faq-sms-stuck-question",
        keywords: "faq-sms-stuck-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("faq-sms-stuck-p-robot"),
                    Paragraph("faq-sms-stuck-p-problem"),
                    Paragraph("faq-sms-stuck-p-remedies"),
                    SMS_REMEDIES,
                    Paragraph("faq-sms-stuck-p-other-method"),
                ],
            ),
            PHONE_LINES_ENDING,
            PHONE_LINES_RETIRED,
            Guide(NodeId::SMS_PROBLEM),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "mail-stopped",
        seed_question: Some(17),
        topic: TopicId::SigningIn,
        question: "faq-mail-stopped-question",
        keywords: "faq-mail-stopped-keywords",
        answer: &[
            Paragraph("faq-mail-stopped-p1"),
            Steps(&[
                "faq-mail-stopped-step-open",
                "faq-mail-stopped-step-verify",
                "faq-mail-stopped-step-done",
            ]),
            Paragraph("faq-mail-stopped-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "missed-pre-registration",
        seed_question: Some(18),
        topic: TopicId::BeforeYouStart,
        question: "faq-missed-pre-registration-question",
        keywords: "faq-missed-pre-registration-keywords",
        answer: &[
            Paragraph("faq-missed-pre-registration-p1"),
            Paragraph("faq-missed-pre-registration-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "voice-call-fails",
        seed_question: Some(19),
        topic: TopicId::Trouble,
        question: "faq-voice-call-fails-question",
        keywords: "faq-voice-call-fails-keywords",
        answer: &[
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("faq-voice-call-fails-p1"),
                    Bullets(&[
                        "ts-item-voice-hash-late",
                        "ts-item-voice-extension",
                        "ts-item-voice-forwarding",
                        "ts-item-voice-pulse",
                        "ts-item-voice-rotary",
                    ]),
                    Paragraph("faq-voice-call-fails-p2"),
                ],
            ),
            PHONE_LINES_ENDING,
            PHONE_LINES_RETIRED,
            Guide(NodeId::VOICE_CALL),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "forgot-password",
        seed_question: Some(20),
        topic: TopicId::Account,
        question: "faq-forgot-password-question",
        keywords: "faq-forgot-password-keywords",
        answer: &[
            Paragraph("faq-forgot-password-p1"),
            Steps(&[
                "faq-forgot-password-step-form",
                "faq-forgot-password-step-fill",
                "faq-forgot-password-step-submit",
            ]),
        ],
        needs_help_desk: true,
        bring: &["faq-bring-password-form"],
    },
    FaqEntry {
        id: "in-english",
        seed_question: Some(21),
        topic: TopicId::BeforeYouStart,
        question: "faq-in-english-question",
        keywords: "faq-in-english-keywords",
        answer: &[
            Paragraph("faq-in-english-p1"),
            Paragraph("faq-in-english-p2"),
            Link("microsoft-mfa-help-en"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "changing-phones",
        seed_question: None,
        topic: TopicId::PhonesAndCosts,
        question: "faq-changing-phones-question",
        keywords: "faq-changing-phones-keywords",
        answer: &[
            Paragraph("faq-changing-phones-p1"),
            Steps(&[
                "ts-step-new-phone-install",
                "ts-step-new-phone-sign-in-old",
                "ts-step-new-phone-add",
                "ts-step-new-phone-test",
                "ts-step-new-phone-remove-old",
            ]),
            Note("ts-note-restored-backup"),
            When(
                Condition::PhoneLinesWork,
                &[Paragraph("faq-changing-phones-p-number")],
            ),
            Paragraph("faq-changing-phones-p-no-old"),
            Guide(NodeId::NEW_PHONE),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "sms-voice-retirement",
        seed_question: None,
        topic: TopicId::Methods,
        question: "faq-sms-voice-retirement-question",
        keywords: "faq-sms-voice-retirement-keywords",
        answer: &[
            When(
                Condition::RetirementAhead,
                &[
                    Paragraph("faq-sms-voice-retirement-ahead-p1"),
                    Paragraph("faq-sms-voice-retirement-ahead-p2"),
                    Paragraph("faq-sms-voice-retirement-ahead-p3"),
                ],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("faq-sms-voice-retirement-retired")],
            ),
            When(
                Condition::OwnTelecomProvider,
                &[Paragraph("faq-sms-voice-retirement-own-provider")],
            ),
            Guide(NodeId::PASSKEY_PROMPT),
        ],
        needs_help_desk: false,
        bring: &[],
    },
    FaqEntry {
        id: "passkeys",
        seed_question: None,
        topic: TopicId::Methods,
        question: "faq-passkeys-question",
        keywords: "faq-passkeys-keywords",
        answer: &[
            Paragraph("faq-passkeys-p1"),
            Paragraph("faq-passkeys-p2"),
            Steps(&[
                "faq-passkeys-step-provider",
                "faq-passkeys-step-app",
                "faq-passkeys-step-confirm",
            ]),
            Note("faq-passkeys-note-browser"),
            When(
                Condition::SyncedPasskeys,
                &[Paragraph("faq-passkeys-p-synced")],
            ),
            When(
                Condition::RetirementAhead,
                &[Note("faq-passkeys-note-nudge")],
            ),
            When(
                Condition::MethodEnabled(MethodId::SecurityKey),
                &[Paragraph("faq-passkeys-p-security-key")],
            ),
            Link("authenticator-download"),
        ],
        needs_help_desk: false,
        bring: &[],
    },
];
