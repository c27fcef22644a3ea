//! The building blocks of a help answer, shared by the FAQ and the troubleshooting
//! guide.
//!
//! An answer is data, not markup: paragraphs, numbered steps, bullet lists, notes,
//! links and jumps into the guide, each naming a Fluent message. The window renders
//! the blocks with its own elements, so no string carries HTML, and a test can walk
//! every message an answer may show. Some advice depends on the organisation and on
//! the date (Microsoft's SMS/voice retirement), so a block may be conditional.

use crate::date::Date;
use crate::method::MethodId;
use crate::phone_lines::{LineState, PhoneLines};
use crate::profile::Profile;
use serde::Serialize;

/// A node of the troubleshooting guide. Only the guide (`troubleshoot`) makes
/// them, so every `NodeId` names a node (a test checks the tree); ids from the
/// window go through `NodeId::parse` there. Defined here because FAQ answers
/// jump into the guide too (`Block::Guide`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct NodeId(pub(crate) &'static str);

impl NodeId {
    /// "What is the problem?", where the guide starts.
    pub const START: NodeId = NodeId("start");
    /// The phone is not at hand (forgotten, lost, broken).
    pub const PHONE_MISSING: NodeId = NodeId("phone-missing");
    /// Text-message problems: robot check, error, no code.
    pub const SMS_PROBLEM: NodeId = NodeId("sms-problem");
    /// Phone-call problems (FAQ Q19).
    pub const VOICE_CALL: NodeId = NodeId("voice-call");
    /// Getting a new phone.
    pub const NEW_PHONE: NodeId = NodeId("new-phone");
    /// Microsoft asks for a passkey (SMS/voice retirement).
    pub const PASSKEY_PROMPT: NodeId = NodeId("passkey-prompt");
    /// Registering a passkey that does not work.
    pub const PASSKEY_SETUP: NodeId = NodeId("passkey-setup");
    /// Registering the app with only a smartphone.
    pub const APP_PHONE_ONLY: NodeId = NodeId("app-phone-only");

    /// The id the window uses (`data-answer-id` for answers, `data-node` for
    /// questions).
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// Which of Microsoft's phone services a condition is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// A code by text message.
    Sms,
    /// A voice call.
    Voice,
    /// At least one of the two.
    Either,
    /// Both.
    Both,
}

/// When a conditional block applies. Kept to facts the profile and the calendar
/// decide, so the same answer stays true before and after 2027-02-01, with or
/// without the organisation's own telephony provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// The phone service works today (until the date, or kept by a provider).
    Works(Lines),
    /// It works today and ends on Microsoft's date (no provider keeps it for everyone).
    EndsAhead(Lines),
    /// It has ended for this organisation.
    Ended(Lines),
    /// The organisation's provider keeps it for everyone after the date.
    Kept(Lines),
    /// The organisation has a provider that covers only some staff.
    ProviderSomeStaff,
    /// The organisation enables this method.
    MethodEnabled(MethodId),
}

impl Condition {
    /// Whether the condition holds for this organisation on this day.
    pub fn holds(self, context: &HelpContext) -> bool {
        let lines = context.phone_lines();
        let test = |which: Lines, state: fn(LineState) -> bool| match which {
            Lines::Sms => state(lines.sms),
            Lines::Voice => state(lines.voice),
            Lines::Either => state(lines.sms) || state(lines.voice),
            Lines::Both => state(lines.sms) && state(lines.voice),
        };
        match self {
            Condition::Works(which) => test(which, |s| s != LineState::Ended),
            Condition::EndsAhead(which) => test(which, |s| s == LineState::UntilRetirement),
            Condition::Ended(which) => test(which, |s| s == LineState::Ended),
            Condition::Kept(which) => test(which, |s| s == LineState::Lasting),
            Condition::ProviderSomeStaff => {
                lines.provider.exists() && !lines.provider.covers_everyone
            }
            Condition::MethodEnabled(method) => context.profile.enables(method),
        }
    }
}

/// One piece of an answer. Every `&'static str` except in `Link` is a Fluent id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of explanation.
    Paragraph(&'static str),
    /// Steps to follow in order (rendered as a numbered list).
    Steps(&'static [&'static str]),
    /// Alternatives or causes in no particular order (a bulleted list).
    Bullets(&'static [&'static str]),
    /// A caution or an aside, set apart from the main text.
    Note(&'static str),
    /// A link by its id in the `links` module (built-in or from the profile).
    Link(&'static str),
    /// A jump into the troubleshooting guide at this node.
    Guide(NodeId),
    /// These blocks, only when the condition holds.
    When(Condition, &'static [Block]),
    /// Blocks defined once elsewhere (an FAQ answer, a shared list), shown
    /// here by reference so that every place says the same.
    Include(&'static [Block]),
}

/// The facts an answer is rendered for: who the help desk is, what the
/// organisation keeps, and which day it is.
#[derive(Debug, Clone, Copy)]
pub struct HelpContext<'a> {
    /// The organisation's profile.
    pub profile: &'a Profile,
    /// Today, to choose between "will end" and "has ended".
    pub today: Date,
}

impl HelpContext<'_> {
    /// How long SMS and voice work for this organisation today.
    pub fn phone_lines(&self) -> PhoneLines {
        PhoneLines::on(self.profile, self.today)
    }
}

/// The Fluent ids a list of blocks may show, with links and guide jumps left out.
/// `context: None` takes every branch of every condition (for tests and for a
/// search index that does not know the profile).
pub fn message_ids(blocks: &[Block], context: Option<&HelpContext>) -> Vec<&'static str> {
    let mut ids = Vec::new();
    for block in visible(blocks, context) {
        match block {
            Block::Paragraph(id) | Block::Note(id) => ids.push(*id),
            Block::Steps(items) | Block::Bullets(items) => ids.extend_from_slice(items),
            Block::Link(_) | Block::Guide(_) | Block::When(..) | Block::Include(_) => {}
        }
    }
    ids
}

/// The blocks that show, with conditions resolved and nesting flattened.
pub fn visible<'b>(blocks: &'b [Block], context: Option<&HelpContext>) -> Vec<&'b Block> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::When(condition, inner) => {
                // Without a context every branch counts (tests, profile-free index).
                let shows = match context {
                    Some(context) => condition.holds(context),
                    None => true,
                };
                if shows {
                    out.extend(visible(inner, context));
                }
            }
            Block::Include(inner) => out.extend(visible(inner, context)),
            other => out.push(other),
        }
    }
    out
}
