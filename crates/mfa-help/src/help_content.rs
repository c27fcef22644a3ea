//! The building blocks of a help answer, shared by the FAQ and the troubleshooting
//! guide.
//!
//! An answer is data, not markup: paragraphs, numbered steps, bullet lists, notes,
//! links and jumps into the guide, each naming a Fluent message. The window renders
//! the blocks with its own elements, so no string carries HTML, and a test can walk
//! every message an answer may show. Some advice depends on the organisation and on
//! the date (Microsoft's SMS/voice retirement), so a block may be conditional.

use crate::date::Date;
use crate::i18n::{Arg, Locale, Texts};
use crate::links::{self, Link, HELP_DESK_PAGE_ID};
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

/// The help desk as sentences name it: the profile's name, or a neutral word when
/// the profile gives none, so a sentence never shows an empty gap.
pub fn help_desk_name(texts: &Texts, locale: Locale, profile: &Profile) -> String {
    match &profile.help_desk.name {
        Some(name) => name.get(locale).to_owned(),
        None => texts.get(locale, "faq-help-desk-generic"),
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

/// A block ready to show: texts formatted, links resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RenderedBlock {
    Paragraph { text: String },
    Steps { items: Vec<String> },
    Bullets { items: Vec<String> },
    Note { text: String },
    Link { link: Link },
    Guide { node: NodeId, label: String },
}

/// How to reach the help desk, from the profile, with the labels to show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpDeskContact {
    /// "Contact <help desk>".
    pub title: String,
    pub name: String,
    /// Each present field comes with its label, so the window adds no words.
    pub hours: Option<LabelledValue>,
    /// Where to go in person.
    pub counter: Option<LabelledValue>,
    pub phone: Option<LabelledValue>,
    pub email: Option<LabelledValue>,
    /// The help desk's page, through the link policy.
    pub page: Option<Link>,
    /// Said when the profile gives no way to reach the desk at all.
    pub no_details: Option<String>,
    /// Said when the contact is the built-in example, not the organisation's.
    pub example_note: Option<String>,
    /// "What to bring" and its items; empty when nothing is needed.
    pub bring_title: String,
    pub bring: Vec<String>,
}

/// A value with the label shown before it ("Phone: 03-…").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LabelledValue {
    pub label: String,
    pub value: String,
}

impl HelpDeskContact {
    /// How to reach the desk, a line per way ("Phone: …"), or the sentence
    /// saying where to find it when the profile gives none. The title already
    /// names the desk.
    pub fn lines(&self) -> Vec<String> {
        let labelled = self.fields().map(|v| format!("{} {}", v.label, v.value));
        labelled.chain(self.notes()).collect()
    }

    /// The ways to reach the desk that the profile gives, in the order a
    /// person tries them: phone, e-mail, the counter, then the hours.
    pub fn fields(&self) -> impl Iterator<Item = &LabelledValue> {
        [&self.phone, &self.email, &self.counter, &self.hours]
            .into_iter()
            .flatten()
    }

    /// What is said about the contact itself: that the profile gives none, or
    /// that it is the built-in example.
    pub fn notes(&self) -> Vec<String> {
        self.no_details
            .iter()
            .chain(&self.example_note)
            .cloned()
            .collect()
    }
}

/// Formats messages for one locale and context: every message receives the help
/// desk's and the organisation's names, whether it uses them or not.
pub struct Renderer<'a> {
    texts: &'a Texts,
    locale: Locale,
    context: &'a HelpContext<'a>,
    help_desk: String,
    organisation: String,
    /// Microsoft's retirement date, written in the locale.
    date: String,
    /// How long texts and calls work (`lasting`, `ending`, `ended`), so a
    /// message says it right for every provider and day.
    sms: &'static str,
    voice: &'static str,
}

/// The word a message selects on for a channel's state.
pub fn line_state_word(state: LineState) -> &'static str {
    match state {
        LineState::Lasting => "lasting",
        LineState::UntilRetirement => "ending",
        LineState::Ended => "ended",
    }
}

impl<'a> Renderer<'a> {
    /// A renderer for `locale` and `context`.
    pub fn new(texts: &'a Texts, locale: Locale, context: &'a HelpContext<'a>) -> Renderer<'a> {
        let lines = context.phone_lines();
        Renderer {
            texts,
            locale,
            context,
            help_desk: help_desk_name(texts, locale, context.profile),
            organisation: context.profile.organisation.get(locale).to_owned(),
            date: Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(locale),
            sms: line_state_word(lines.sms),
            voice: line_state_word(lines.voice),
        }
    }

    /// The message `id` with the names, the date and the state of texts and
    /// calls filled in.
    pub fn text(&self, id: &str) -> String {
        self.texts.get_with(
            self.locale,
            id,
            &[
                ("helpdesk", Arg::from(&self.help_desk)),
                ("organisation", Arg::from(&self.organisation)),
                ("date", Arg::from(&self.date)),
                ("sms", Arg::from(self.sms)),
                ("voice", Arg::from(self.voice)),
            ],
        )
    }

    /// The blocks that apply in this context, ready to show. A link that does not
    /// resolve (a profile link the organisation did not define) is left out rather
    /// than shown broken.
    pub fn blocks(&self, blocks: &[Block]) -> Vec<RenderedBlock> {
        visible(blocks, Some(self.context))
            .into_iter()
            .filter_map(|block| self.block(block))
            .collect()
    }

    fn block(&self, block: &Block) -> Option<RenderedBlock> {
        let items = |ids: &[&str]| ids.iter().map(|id| self.text(id)).collect();
        Some(match block {
            Block::Paragraph(id) => RenderedBlock::Paragraph {
                text: self.text(id),
            },
            Block::Note(id) => RenderedBlock::Note {
                text: self.text(id),
            },
            Block::Steps(ids) => RenderedBlock::Steps { items: items(ids) },
            Block::Bullets(ids) => RenderedBlock::Bullets { items: items(ids) },
            Block::Link(id) => RenderedBlock::Link {
                link: links::resolve(id, self.context.profile, self.locale)?,
            },
            Block::Guide(node) => RenderedBlock::Guide {
                node: *node,
                label: self.text("faq-guide-link"),
            },
            Block::When(..) | Block::Include(_) => {
                unreachable!("`visible` flattens conditions and inclusions")
            }
        })
    }

    /// The help desk's contact card, with what to bring (Fluent ids in `bring`).
    pub fn help_desk(&self, bring: &[&str]) -> HelpDeskContact {
        let desk = &self.context.profile.help_desk;
        let labelled = |label: &str, value: Option<String>| {
            value.map(|value| LabelledValue {
                label: self.text(label),
                value,
            })
        };
        let hours = labelled(
            "faq-contact-hours",
            desk.hours.as_ref().map(|h| h.get(self.locale).to_owned()),
        );
        let counter = labelled(
            "faq-contact-counter",
            desk.counter.as_ref().map(|c| c.get(self.locale).to_owned()),
        );
        let phone = labelled("faq-contact-phone", desk.phone.clone());
        let email = labelled("faq-contact-email", desk.email.clone());
        let page = links::resolve(HELP_DESK_PAGE_ID, self.context.profile, self.locale);
        let reachable = phone.is_some() || email.is_some() || counter.is_some() || page.is_some();
        let is_example = *desk == Profile::embedded_default().help_desk;
        HelpDeskContact {
            title: self.text("faq-contact-title"),
            name: self.help_desk.clone(),
            hours,
            counter,
            phone,
            email,
            page,
            no_details: (!reachable).then(|| self.text("faq-contact-none")),
            example_note: is_example.then(|| self.text("faq-contact-example")),
            bring_title: self.text("faq-bring-title"),
            bring: bring.iter().map(|id| self.text(id)).collect(),
        }
    }
}

/// The Fluent ids the renderer itself uses (contact card, guide jumps), for the
/// tests that check both locales have them.
#[cfg(test)]
pub const RENDERER_MESSAGE_IDS: &[&str] = &[
    "faq-help-desk-generic",
    "faq-contact-title",
    "faq-contact-hours",
    "faq-contact-counter",
    "faq-contact-example",
    "faq-contact-phone",
    "faq-contact-email",
    "faq-contact-none",
    "faq-bring-title",
    "faq-guide-link",
];
