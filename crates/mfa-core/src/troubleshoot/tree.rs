//! The guide's nodes. Question choices are labelled `ts-<question>-choice-<next>`;
//! answers reuse the FAQ's messages where the FAQ already says the same thing.

use super::{Answer, Choice, Node, Question};
use crate::help_content::{Block, Condition, NodeId, SMS_REMEDIES};

use Block::{Bullets, Guide, Link, Note, Paragraph, Steps, When};

/// The two ways out when a phone line cannot take the call (FAQ Q19).
const VOICE_WAYS_OUT: Block = Bullets(&["ts-item-other-number", "ts-item-use-app"]);

/// After Microsoft's retirement, failed SMS and calls have a different cause.
const RETIRED_PHONE_LINES: Block = When(
    Condition::PhoneLinesRetired,
    &[
        Note("ts-note-phone-lines-retired"),
        Guide(NodeId::PASSKEY_PROMPT),
    ],
);

/// Before the retirement, without a provider of the organisation's own: SMS
/// and calls still work, and until when.
const ENDING_PHONE_LINES: Block = When(
    Condition::RetirementAhead,
    &[Note("ts-note-phone-lines-end-ahead")],
);

pub(super) const NODES: &[Node] = &[
    // Questions.
    Node::Question(Question {
        id: NodeId::START,
        prompt: "ts-start-question",
        choices: &[
            Choice {
                label: "ts-start-choice-phone-missing",
                next: NodeId::PHONE_MISSING,
            },
            Choice {
                label: "ts-start-choice-signing-in",
                next: NodeId("signing-in"),
            },
            Choice {
                label: "ts-start-choice-registering",
                next: NodeId("registering"),
            },
            Choice {
                label: "ts-start-choice-new-phone",
                next: NodeId::NEW_PHONE,
            },
            Choice {
                label: "ts-start-choice-passkey-prompt",
                next: NodeId::PASSKEY_PROMPT,
            },
            Choice {
                label: "ts-start-choice-mail-app-sign-in-again",
                next: NodeId("mail-app-sign-in-again"),
            },
            Choice {
                label: "ts-start-choice-password-reset",
                next: NodeId("password-reset"),
            },
            Choice {
                label: "ts-start-choice-register-at-next-sign-in",
                next: NodeId("register-at-next-sign-in"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId::PHONE_MISSING,
        prompt: "ts-phone-missing-question",
        choices: &[
            Choice {
                label: "ts-phone-missing-choice-other-method-available",
                next: NodeId("other-method-available"),
            },
            Choice {
                label: "ts-phone-missing-choice-phone-lost",
                next: NodeId("phone-lost"),
            },
            Choice {
                label: "ts-phone-missing-choice-reinstall-app",
                next: NodeId("reinstall-app"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId("other-method-available"),
        prompt: "ts-other-method-available-question",
        choices: &[
            Choice {
                label: "ts-other-method-available-choice-use-another-method",
                next: NodeId("use-another-method"),
            },
            Choice {
                label: "ts-other-method-available-choice-temporary-disable",
                next: NodeId("temporary-disable"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId("signing-in"),
        prompt: "ts-signing-in-question",
        choices: &[
            Choice {
                label: "ts-signing-in-choice-app-asked-first",
                next: NodeId("app-asked-first"),
            },
            Choice {
                label: "ts-signing-in-choice-code-from-other-app",
                next: NodeId("code-from-other-app"),
            },
            Choice {
                label: "ts-signing-in-choice-app-no-notification",
                next: NodeId("app-no-notification"),
            },
            Choice {
                label: "ts-signing-in-choice-app-number-matching",
                next: NodeId("app-number-matching"),
            },
            Choice {
                label: "ts-signing-in-choice-code-rejected-clock",
                next: NodeId("code-rejected-clock"),
            },
            Choice {
                label: "ts-signing-in-choice-sms-problem",
                next: NodeId::SMS_PROBLEM,
            },
            Choice {
                label: "ts-signing-in-choice-voice-call",
                next: NodeId::VOICE_CALL,
            },
            Choice {
                label: "ts-signing-in-choice-too-many-attempts",
                next: NodeId("too-many-attempts"),
            },
            Choice {
                label: "ts-signing-in-choice-abroad-offline-code",
                next: NodeId("abroad-offline-code"),
            },
            Choice {
                label: "ts-signing-in-choice-passkey-prompt",
                next: NodeId::PASSKEY_PROMPT,
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId("registering"),
        prompt: "ts-registering-question",
        choices: &[
            Choice {
                label: "ts-registering-choice-sms-problem",
                next: NodeId::SMS_PROBLEM,
            },
            Choice {
                label: "ts-registering-choice-voice-call",
                next: NodeId::VOICE_CALL,
            },
            Choice {
                label: "ts-registering-choice-app-setup",
                next: NodeId("app-setup"),
            },
            Choice {
                label: "ts-registering-choice-passkey-setup",
                next: NodeId::PASSKEY_SETUP,
            },
            Choice {
                label: "ts-registering-choice-security-key-setup",
                next: NodeId("security-key-setup"),
            },
            Choice {
                label: "ts-registering-choice-too-many-attempts",
                next: NodeId("too-many-attempts"),
            },
        ],
    }),
    // Only the "Phone" method's "this didn't work" starts here: from the root, the
    // person has already said whether it was a text or a call.
    Node::Question(Question {
        id: NodeId("phone-way"),
        prompt: "ts-phone-way-question",
        choices: &[
            Choice {
                label: "ts-phone-way-choice-sms-problem",
                next: NodeId::SMS_PROBLEM,
            },
            Choice {
                label: "ts-phone-way-choice-voice-call",
                next: NodeId::VOICE_CALL,
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId::SMS_PROBLEM,
        prompt: "ts-sms-problem-question",
        choices: &[
            Choice {
                label: "ts-sms-problem-choice-sms-robot-check",
                next: NodeId("sms-robot-check"),
            },
            Choice {
                label: "ts-sms-problem-choice-sms-ran-into-problem",
                next: NodeId("sms-ran-into-problem"),
            },
            Choice {
                label: "ts-sms-problem-choice-sms-no-code",
                next: NodeId("sms-no-code"),
            },
            Choice {
                label: "ts-sms-problem-choice-too-many-attempts",
                next: NodeId("too-many-attempts"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId::VOICE_CALL,
        prompt: "ts-voice-call-question",
        choices: &[
            Choice {
                label: "ts-voice-call-choice-voice-call-not-arriving",
                next: NodeId("voice-call-not-arriving"),
            },
            Choice {
                label: "ts-voice-call-choice-voice-line-type",
                next: NodeId("voice-line-type"),
            },
            Choice {
                label: "ts-voice-call-choice-too-many-attempts",
                next: NodeId("too-many-attempts"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId("voice-line-type"),
        prompt: "ts-voice-line-type-question",
        choices: &[
            Choice {
                label: "ts-voice-line-type-choice-voice-press-hash",
                next: NodeId("voice-press-hash"),
            },
            Choice {
                label: "ts-voice-line-type-choice-voice-pulse-line",
                next: NodeId("voice-pulse-line"),
            },
            Choice {
                label: "ts-voice-line-type-choice-voice-rotary",
                next: NodeId("voice-rotary"),
            },
            Choice {
                label: "ts-voice-line-type-choice-voice-optical-ip",
                next: NodeId("voice-optical-ip"),
            },
            Choice {
                label: "ts-voice-line-type-choice-voice-checklist",
                next: NodeId("voice-checklist"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId("app-setup"),
        prompt: "ts-app-setup-question",
        choices: &[
            Choice {
                label: "ts-app-setup-choice-app-qr-scan",
                next: NodeId("app-qr-scan"),
            },
            Choice {
                label: "ts-app-setup-choice-app-phone-only",
                next: NodeId::APP_PHONE_ONLY,
            },
            Choice {
                label: "ts-app-setup-choice-pairing-link-used",
                next: NodeId("pairing-link-used"),
            },
            Choice {
                label: "ts-app-setup-choice-app-no-notification",
                next: NodeId("app-no-notification"),
            },
            Choice {
                label: "ts-app-setup-choice-app-number-matching",
                next: NodeId("app-number-matching"),
            },
            Choice {
                label: "ts-app-setup-choice-code-rejected-clock",
                next: NodeId("code-rejected-clock"),
            },
        ],
    }),
    Node::Question(Question {
        id: NodeId::NEW_PHONE,
        prompt: "ts-new-phone-question",
        choices: &[
            Choice {
                label: "ts-new-phone-choice-change-phone-with-old",
                next: NodeId("change-phone-with-old"),
            },
            Choice {
                label: "ts-new-phone-choice-phone-lost",
                next: NodeId("phone-lost"),
            },
        ],
    }),
    // Answers: the phone is not at hand.
    Node::Answer(Answer {
        id: NodeId("use-another-method"),
        title: "ts-use-another-method-title",
        blocks: &[
            Paragraph("ts-use-another-method-p1"),
            Steps(&["ts-step-other-method-choose", "ts-step-other-method-pick"]),
            When(
                Condition::PhoneLinesWork,
                &[Paragraph("ts-step-other-method-finish")],
            ),
            Note("ts-use-another-method-note"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["forgot-phone", "app-shown-first"],
    }),
    Node::Answer(Answer {
        id: NodeId("temporary-disable"),
        title: "ts-temporary-disable-title",
        blocks: &[
            Paragraph("faq-forgot-phone-p2"),
            Steps(&[
                "ts-temporary-disable-step-contact",
                "ts-temporary-disable-step-identity",
                "ts-temporary-disable-step-after",
            ]),
            Note("faq-forgot-phone-note-impersonation"),
        ],
        needs_help_desk: true,
        bring: &["faq-bring-photo-id"],
        related_faq: &["forgot-phone"],
    }),
    Node::Answer(Answer {
        id: NodeId("phone-lost"),
        title: "ts-phone-lost-title",
        blocks: &[
            Paragraph("ts-phone-lost-p1"),
            Steps(&[
                "ts-phone-lost-step-sign-in",
                "ts-phone-lost-step-remove",
                "ts-phone-lost-step-add",
            ]),
            Link("security-info"),
            When(Condition::PhoneLinesWork, &[Note("ts-phone-lost-note-sim")]),
            Paragraph("ts-phone-lost-p2"),
        ],
        needs_help_desk: true,
        bring: &["faq-bring-photo-id"],
        related_faq: &["forgot-phone", "changing-phones"],
    }),
    Node::Answer(Answer {
        id: NodeId("reinstall-app"),
        title: "ts-reinstall-app-title",
        blocks: &[
            Paragraph("faq-app-deleted-p1"),
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
        related_faq: &["app-deleted"],
    }),
    // Answers: text messages.
    Node::Answer(Answer {
        id: NodeId("sms-robot-check"),
        title: "ts-sms-robot-check-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-sms-robot-check-p1"),
                    Steps(&[
                        "ts-sms-robot-check-step-type",
                        "ts-sms-robot-check-step-repeat",
                    ]),
                    Paragraph("ts-if-still-stuck"),
                    SMS_REMEDIES,
                    Paragraph("faq-sms-stuck-p-other-method"),
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["sms-stuck"],
    }),
    Node::Answer(Answer {
        id: NodeId("sms-ran-into-problem"),
        title: "ts-sms-ran-into-problem-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Steps(&["ts-sms-ran-into-problem-step-next"]),
                    Paragraph("ts-if-still-stuck"),
                    SMS_REMEDIES,
                    Paragraph("faq-sms-stuck-p-other-method"),
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["sms-stuck"],
    }),
    Node::Answer(Answer {
        id: NodeId("sms-no-code"),
        title: "ts-sms-no-code-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Steps(&[
                        "ts-sms-no-code-step-number",
                        "ts-sms-no-code-step-wait",
                        "ts-sms-no-code-step-signal",
                        "ts-sms-no-code-step-filter",
                        "ts-sms-no-code-step-latest",
                    ]),
                    Paragraph("ts-sms-no-code-p-other"),
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["sms-stuck", "sms-voice-retirement"],
    }),
    Node::Answer(Answer {
        id: NodeId("too-many-attempts"),
        title: "ts-too-many-attempts-title",
        blocks: &[
            Paragraph("ts-too-many-attempts-p1"),
            Steps(&[
                "ts-too-many-attempts-step-stop",
                "ts-too-many-attempts-step-retry",
                "ts-too-many-attempts-step-other",
            ]),
            Paragraph("ts-too-many-attempts-p2"),
            Note("ts-note-unexpected-request"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["app-shown-first"],
    }),
    // Answers: phone calls (FAQ Q19, every cause).
    Node::Answer(Answer {
        id: NodeId("voice-call-not-arriving"),
        title: "ts-voice-call-not-arriving-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-voice-call-not-arriving-p1"),
                    Steps(&[
                        "ts-voice-step-number",
                        "ts-item-voice-extension",
                        "ts-item-voice-forwarding",
                        "ts-voice-step-line-free",
                    ]),
                    Paragraph("ts-voice-other-way"),
                    VOICE_WAYS_OUT,
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-press-hash"),
        title: "ts-voice-press-hash-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-voice-press-hash-p1"),
                    Steps(&[
                        "ts-voice-press-hash-step-answer",
                        "ts-voice-press-hash-step-keypad",
                        "ts-voice-press-hash-step-again",
                    ]),
                    Note("ts-item-voice-hash-unrecognized"),
                    VOICE_WAYS_OUT,
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-pulse-line"),
        title: "ts-voice-pulse-line-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-voice-pulse-line-p1"),
                    Steps(&[
                        "ts-voice-pulse-line-step-star",
                        "ts-voice-pulse-line-step-hash",
                    ]),
                    Paragraph("ts-voice-other-way"),
                    VOICE_WAYS_OUT,
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-rotary"),
        title: "ts-voice-rotary-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-voice-rotary-p1"),
                    Paragraph("ts-voice-other-way"),
                    VOICE_WAYS_OUT,
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-optical-ip"),
        title: "ts-voice-optical-ip-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-voice-optical-ip-p1"),
                    Paragraph("ts-voice-other-way"),
                    VOICE_WAYS_OUT,
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-checklist"),
        title: "ts-voice-checklist-title",
        blocks: &[
            RETIRED_PHONE_LINES,
            ENDING_PHONE_LINES,
            When(
                Condition::PhoneLinesWork,
                &[
                    Paragraph("ts-voice-checklist-p1"),
                    Bullets(&[
                        "ts-item-voice-hash-late",
                        "ts-item-voice-extension",
                        "ts-item-voice-forwarding",
                        "ts-item-voice-pulse",
                        "ts-item-voice-rotary",
                        "ts-item-voice-optical",
                    ]),
                    Paragraph("ts-voice-other-way"),
                    VOICE_WAYS_OUT,
                ],
            ),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    // Answers: the Authenticator app.
    Node::Answer(Answer {
        id: NodeId("app-qr-scan"),
        title: "ts-app-qr-scan-title",
        blocks: &[
            Steps(&[
                "ts-app-qr-scan-step-app",
                "ts-app-qr-scan-step-camera",
                "ts-app-qr-scan-step-distance",
                "ts-app-qr-scan-step-manual",
            ]),
            Note("ts-app-qr-scan-note-phone-only"),
            Guide(NodeId::APP_PHONE_ONLY),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["without-pc"],
    }),
    Node::Answer(Answer {
        id: NodeId::APP_PHONE_ONLY,
        title: "ts-app-phone-only-title",
        blocks: &[
            Paragraph("faq-without-pc-p1"),
            Steps(&[
                "ts-app-phone-only-step-install",
                "ts-app-phone-only-step-open",
                "ts-app-phone-only-step-add",
                "ts-app-phone-only-step-link",
                "ts-app-phone-only-step-back",
            ]),
            Note("faq-without-pc-note-once"),
            Link("authenticator-download"),
            Link("security-info"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["without-pc"],
    }),
    Node::Answer(Answer {
        id: NodeId("pairing-link-used"),
        title: "ts-pairing-link-used-title",
        blocks: &[
            Paragraph("ts-pairing-link-used-p1"),
            Steps(&[
                "ts-pairing-link-used-step-check",
                "ts-pairing-link-used-step-listed",
                "ts-pairing-link-used-step-not-listed",
            ]),
            Link("security-info"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["without-pc"],
    }),
    Node::Answer(Answer {
        id: NodeId("app-no-notification"),
        title: "ts-app-no-notification-title",
        blocks: &[
            Steps(&[
                "ts-app-no-notification-step-open",
                "ts-app-no-notification-step-allow",
                "ts-app-no-notification-step-network",
                "ts-app-no-notification-step-code",
            ]),
            Note("ts-note-china-android"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["abroad-no-signal", "app-shown-first"],
    }),
    Node::Answer(Answer {
        id: NodeId("code-rejected-clock"),
        title: "ts-code-rejected-clock-title",
        blocks: &[
            Paragraph("ts-code-rejected-clock-p1"),
            Steps(&[
                "ts-code-rejected-clock-step-auto",
                "ts-code-rejected-clock-step-fresh",
                "ts-code-rejected-clock-step-account",
            ]),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["abroad-no-signal"],
    }),
    Node::Answer(Answer {
        id: NodeId("app-number-matching"),
        title: "ts-app-number-matching-title",
        blocks: &[
            Paragraph("ts-app-number-matching-p1"),
            Steps(&[
                "ts-app-number-matching-step-screen",
                "ts-app-number-matching-step-type",
                "ts-app-number-matching-step-no-field",
            ]),
            Note("ts-note-unexpected-request"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["app-shown-first"],
    }),
    // Answers: passkeys and security keys.
    Node::Answer(Answer {
        id: NodeId::PASSKEY_SETUP,
        title: "ts-passkey-setup-title",
        blocks: &[
            Paragraph("ts-passkey-setup-p1"),
            Bullets(&[
                "ts-passkey-setup-item-os",
                "ts-passkey-setup-item-bluetooth",
                "ts-passkey-setup-item-lock",
                "faq-passkeys-step-provider",
                "ts-passkey-setup-item-browser",
            ]),
            Paragraph("ts-passkey-setup-p2"),
            Paragraph("ts-passkey-setup-p3"),
            Link("authenticator-download"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["passkeys", "sms-voice-retirement"],
    }),
    Node::Answer(Answer {
        id: NodeId("security-key-setup"),
        title: "ts-security-key-setup-title",
        blocks: &[
            Paragraph("ts-security-key-setup-p1"),
            Steps(&[
                "ts-security-key-setup-step-browser",
                "ts-security-key-setup-step-insert",
                "ts-security-key-setup-step-pin",
                "ts-security-key-setup-step-name",
            ]),
            Note("ts-security-key-setup-note-default"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["passkeys"],
    }),
    Node::Answer(Answer {
        id: NodeId::PASSKEY_PROMPT,
        title: "ts-passkey-prompt-title",
        blocks: &[
            When(
                Condition::RetirementAhead,
                &[Paragraph("ts-passkey-prompt-ahead-p1")],
            ),
            When(
                Condition::PhoneLinesRetired,
                &[Paragraph("ts-passkey-prompt-retired-p1")],
            ),
            When(
                Condition::OwnTelecomProvider,
                &[Paragraph("ts-passkey-prompt-own-provider-p1")],
            ),
            Steps(&[
                "ts-passkey-prompt-step-ready",
                "ts-passkey-prompt-step-follow",
                "ts-passkey-prompt-step-test",
            ]),
            Paragraph("ts-passkey-prompt-p-cannot"),
            Guide(NodeId::PASSKEY_SETUP),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["sms-voice-retirement", "passkeys"],
    }),
    // Answers: signing in.
    Node::Answer(Answer {
        id: NodeId("app-asked-first"),
        title: "ts-app-asked-first-title",
        blocks: &[
            Paragraph("faq-app-shown-first-p1"),
            Paragraph("faq-app-shown-first-p2"),
            Note("faq-app-shown-first-note-number"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["app-shown-first"],
    }),
    Node::Answer(Answer {
        id: NodeId("code-from-other-app"),
        title: "ts-code-from-other-app-title",
        blocks: &[
            Paragraph("faq-app-code-without-app-p1"),
            Bullets(&[
                "faq-app-code-without-app-item-iphone",
                "faq-app-code-without-app-item-chrome",
            ]),
            Paragraph("faq-app-code-without-app-p2"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["app-code-without-app"],
    }),
    Node::Answer(Answer {
        id: NodeId("abroad-offline-code"),
        title: "ts-abroad-offline-code-title",
        blocks: &[
            Paragraph("faq-abroad-no-signal-p1"),
            Steps(&[
                "ts-abroad-offline-code-step-choose",
                "ts-abroad-offline-code-step-code",
                "ts-abroad-offline-code-step-type",
            ]),
            Note("ts-note-china-android"),
            Note("faq-abroad-no-signal-note-before"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["abroad-no-signal", "costs"],
    }),
    Node::Answer(Answer {
        id: NodeId("change-phone-with-old"),
        title: "ts-change-phone-with-old-title",
        blocks: &[
            Paragraph("ts-change-phone-with-old-p1"),
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
            Link("security-info"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["changing-phones"],
    }),
    Node::Answer(Answer {
        id: NodeId("mail-app-sign-in-again"),
        title: "ts-mail-app-sign-in-again-title",
        blocks: &[
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
        related_faq: &["mail-stopped"],
    }),
    Node::Answer(Answer {
        id: NodeId("password-reset"),
        title: "ts-password-reset-title",
        blocks: &[
            Paragraph("faq-forgot-password-p1"),
            Steps(&[
                "faq-forgot-password-step-form",
                "faq-forgot-password-step-fill",
                "faq-forgot-password-step-submit",
            ]),
        ],
        needs_help_desk: true,
        bring: &["faq-bring-password-form"],
        related_faq: &["forgot-password"],
    }),
    Node::Answer(Answer {
        id: NodeId("register-at-next-sign-in"),
        title: "ts-register-at-next-sign-in-title",
        blocks: &[
            Paragraph("faq-missed-pre-registration-p1"),
            Paragraph("faq-missed-pre-registration-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["missed-pre-registration", "which-method"],
    }),
];
