//! The guide's nodes. Question choices are labelled `ts-<question>-choice-<next>`.
//! Where the FAQ already answers, a node shows the FAQ's own definition
//! (`Block::Include`), never a copy of its messages.

use super::{Answer, Choice, Node, Question};
use crate::faq::answers as faq;
use crate::help_content::{Block, Condition, Lines, NodeId};

use Block::{Guide, Include, Note, Paragraph, Steps, When};

/// A text-message node: its own steps while texts work, and otherwise that
/// they end or ended, and what to do instead. (A macro, not a function, so the
/// steps stay part of the tree's one static value.)
macro_rules! sms_node {
    ($($step:expr),+ $(,)?) => {
        &[
            When(Condition::Works(Lines::Sms), &[$($step),+]),
            Include(faq::SMS_ENDING_OR_ENDED),
            When(Condition::Ended(Lines::Sms), AFTER_PHONE_LINES),
        ]
    };
}

/// A phone-call node, likewise.
macro_rules! voice_node {
    ($($step:expr),+ $(,)?) => {
        &[
            When(Condition::Works(Lines::Voice), &[$($step),+]),
            Include(faq::CALLS_ENDING_OR_ENDED),
            When(Condition::Ended(Lines::Voice), AFTER_PHONE_LINES),
        ]
    };
}

/// A request the person did not start: deny it and tell the help desk.
static UNEXPECTED_REQUEST: &[Block] = &[Note("ts-note-unexpected-request")];

/// After Microsoft's retirement, failed texts and calls have a different cause:
/// the passkey Microsoft asks for.
static AFTER_PHONE_LINES: &[Block] = &[Guide(NodeId::PASSKEY_PROMPT)];

pub(super) static NODES: &[Node] = &[
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
                label: "ts-signing-in-choice-passkey-asked-no-bluetooth",
                next: NodeId("passkey-asked-no-bluetooth"),
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
                label: "ts-registering-choice-synced-passkey-setup",
                next: NodeId("synced-passkey-setup"),
            },
            Choice {
                label: "ts-registering-choice-windows-passkey-setup",
                next: NodeId("windows-passkey-setup"),
            },
            Choice {
                label: "ts-registering-choice-security-key-setup",
                next: NodeId("security-key-setup"),
            },
            Choice {
                label: "ts-registering-choice-oath-token-setup",
                next: NodeId("oath-token-setup"),
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
            Include(faq::SIGN_IN_ANOTHER_WAY),
            Note("ts-use-another-method-note"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["forgot-phone", "app-shown-first"],
    }),
    Node::Answer(Answer {
        id: NodeId("temporary-disable"),
        title: "ts-temporary-disable-title",
        blocks: faq::HELP_DESK_LETS_YOU_IN,
        needs_help_desk: true,
        bring: &["faq-bring-photo-id"],
        related_faq: &["forgot-phone", "lost-or-broken-phone"],
    }),
    Node::Answer(Answer {
        id: NodeId("phone-lost"),
        title: "ts-phone-lost-title",
        blocks: faq::PHONE_LOST,
        needs_help_desk: true,
        bring: &["faq-bring-photo-id"],
        related_faq: &["lost-or-broken-phone", "changing-phones"],
    }),
    Node::Answer(Answer {
        id: NodeId("reinstall-app"),
        title: "ts-reinstall-app-title",
        blocks: faq::APP_DELETED,
        needs_help_desk: true,
        bring: &[],
        related_faq: &["app-deleted"],
    }),
    // Answers: text messages.
    Node::Answer(Answer {
        id: NodeId("sms-robot-check"),
        title: "ts-sms-robot-check-title",
        blocks: sms_node![
            Paragraph("ts-sms-robot-check-p1"),
            Steps(&[
                "ts-sms-robot-check-step-type",
                "ts-sms-robot-check-step-repeat",
            ]),
            Include(faq::SMS_REMEDIES),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["sms-stuck"],
    }),
    Node::Answer(Answer {
        id: NodeId("sms-ran-into-problem"),
        title: "ts-sms-ran-into-problem-title",
        blocks: sms_node![
            Steps(&["ts-sms-ran-into-problem-step-next"]),
            Include(faq::SMS_REMEDIES),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["sms-stuck"],
    }),
    Node::Answer(Answer {
        id: NodeId("sms-no-code"),
        title: "ts-sms-no-code-title",
        blocks: sms_node![
            Steps(&[
                "ts-sms-no-code-step-number",
                "ts-sms-no-code-step-wait",
                "ts-sms-no-code-step-signal",
                "ts-sms-no-code-step-rcs",
                "ts-sms-no-code-step-filter",
                "ts-sms-no-code-step-latest",
            ]),
            Paragraph("ts-sms-no-code-p-other"),
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
            Include(UNEXPECTED_REQUEST),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["app-shown-first"],
    }),
    // Answers: phone calls (FAQ Q19, every cause).
    Node::Answer(Answer {
        id: NodeId("voice-call-not-arriving"),
        title: "ts-voice-call-not-arriving-title",
        blocks: voice_node![
            Paragraph("ts-voice-call-not-arriving-p1"),
            Steps(&[
                "ts-voice-step-number",
                "ts-voice-step-extension",
                "ts-voice-step-forwarding",
                "ts-voice-step-line-free",
            ]),
            Include(faq::VOICE_WAYS_OUT),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-press-hash"),
        title: "ts-voice-press-hash-title",
        blocks: voice_node![
            Paragraph("ts-voice-press-hash-p1"),
            Steps(&[
                "ts-voice-press-hash-step-answer",
                "ts-voice-press-hash-step-keypad",
                "ts-voice-press-hash-step-again",
            ]),
            Note("ts-voice-hash-unrecognized"),
            Include(faq::VOICE_WAYS_OUT),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-pulse-line"),
        title: "ts-voice-pulse-line-title",
        blocks: voice_node![
            Paragraph("ts-voice-pulse-line-p1"),
            Steps(&[
                "ts-voice-pulse-line-step-star",
                "ts-voice-pulse-line-step-hash",
            ]),
            Include(faq::VOICE_WAYS_OUT),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-rotary"),
        title: "ts-voice-rotary-title",
        blocks: voice_node![
            Paragraph("ts-voice-rotary-p1"),
            Include(faq::VOICE_WAYS_OUT),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-optical-ip"),
        title: "ts-voice-optical-ip-title",
        blocks: voice_node![
            Paragraph("ts-voice-optical-ip-p1"),
            Include(faq::VOICE_WAYS_OUT),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["voice-call-fails"],
    }),
    Node::Answer(Answer {
        id: NodeId("voice-checklist"),
        title: "ts-voice-checklist-title",
        blocks: faq::VOICE_CALL_FAILS,
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
        blocks: faq::WITHOUT_PC,
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
            Block::Link("security-info"),
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
            Include(faq::CHINA_NOTIFICATIONS),
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
            Include(UNEXPECTED_REQUEST),
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
            Steps(&["ts-passkey-setup-item-os", "ts-passkey-setup-item-lock"]),
            Include(faq::PASSKEY_IN_AUTHENTICATOR),
            Paragraph("ts-passkey-setup-p3"),
            Block::Link("authenticator-download"),
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
                "ts-security-key-setup-step-choose",
                "ts-security-key-setup-step-insert",
                "ts-security-key-setup-step-pin",
                "ts-security-key-setup-step-name",
            ]),
            Note("ts-security-key-setup-note-apple"),
            Note("ts-security-key-setup-note-default"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["passkeys"],
    }),
    Node::Answer(Answer {
        id: NodeId("windows-passkey-setup"),
        title: "ts-windows-passkey-setup-title",
        blocks: &[
            Paragraph("ts-windows-passkey-setup-p1"),
            Steps(&[
                "ts-windows-passkey-setup-step-hello",
                "ts-windows-passkey-setup-step-this-device",
                "ts-windows-passkey-setup-step-existing",
            ]),
            Paragraph("ts-windows-passkey-setup-p2"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["passkeys"],
    }),
    Node::Answer(Answer {
        id: NodeId("synced-passkey-setup"),
        title: "ts-synced-passkey-setup-title",
        blocks: &[
            Steps(&[
                "ts-synced-passkey-setup-step-os",
                "ts-synced-passkey-setup-step-manager",
                "ts-synced-passkey-setup-step-lock",
                "ts-synced-passkey-setup-step-choose",
            ]),
            Paragraph("ts-synced-passkey-setup-p2"),
        ],
        needs_help_desk: true,
        bring: &[],
        related_faq: &["passkeys"],
    }),
    Node::Answer(Answer {
        id: NodeId("oath-token-setup"),
        title: "ts-oath-token-setup-title",
        blocks: &[
            Steps(&[
                "ts-oath-token-setup-step-serial",
                "ts-oath-token-setup-step-fresh",
                "ts-oath-token-setup-step-in-time",
            ]),
            Paragraph("ts-oath-token-setup-p2"),
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
                Condition::EndsAhead(Lines::Either),
                &[Paragraph("ts-passkey-prompt-ahead-p1")],
            ),
            When(
                Condition::Ended(Lines::Either),
                &[Paragraph("ts-passkey-prompt-retired-p1")],
            ),
            When(
                Condition::Kept(Lines::Both),
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
        blocks: faq::APP_SHOWN_FIRST,
        needs_help_desk: false,
        bring: &[],
        related_faq: &["app-shown-first"],
    }),
    Node::Answer(Answer {
        id: NodeId("passkey-asked-no-bluetooth"),
        title: "ts-passkey-asked-no-bluetooth-title",
        blocks: &[
            Paragraph("ts-passkey-asked-no-bluetooth-p1"),
            Include(faq::SIGN_IN_ANOTHER_WAY),
            Paragraph("ts-passkey-asked-no-bluetooth-p2"),
        ],
        needs_help_desk: false,
        bring: &[],
        related_faq: &["app-shown-first", "passkeys"],
    }),
    Node::Answer(Answer {
        id: NodeId("code-from-other-app"),
        title: "ts-code-from-other-app-title",
        blocks: faq::APP_CODE_WITHOUT_APP,
        needs_help_desk: true,
        bring: &[],
        related_faq: &["app-code-without-app"],
    }),
    Node::Answer(Answer {
        id: NodeId("abroad-offline-code"),
        title: "ts-abroad-offline-code-title",
        blocks: faq::ABROAD_NO_SIGNAL,
        needs_help_desk: false,
        bring: &[],
        related_faq: &["abroad-no-signal", "costs"],
    }),
    Node::Answer(Answer {
        id: NodeId("change-phone-with-old"),
        title: "ts-change-phone-with-old-title",
        blocks: faq::CHANGING_PHONES_WITH_OLD,
        needs_help_desk: false,
        bring: &[],
        related_faq: &["changing-phones"],
    }),
    Node::Answer(Answer {
        id: NodeId("mail-app-sign-in-again"),
        title: "ts-mail-app-sign-in-again-title",
        blocks: faq::MAIL_STOPPED,
        needs_help_desk: false,
        bring: &[],
        related_faq: &["mail-stopped"],
    }),
    Node::Answer(Answer {
        id: NodeId("password-reset"),
        title: "ts-password-reset-title",
        blocks: faq::FORGOT_PASSWORD,
        needs_help_desk: true,
        bring: &["faq-bring-password-form"],
        related_faq: &["forgot-password"],
    }),
    Node::Answer(Answer {
        id: NodeId("register-at-next-sign-in"),
        title: "ts-register-at-next-sign-in-title",
        blocks: faq::MISSED_PRE_REGISTRATION,
        needs_help_desk: false,
        bring: &[],
        related_faq: &["missed-pre-registration", "which-method"],
    }),
];
