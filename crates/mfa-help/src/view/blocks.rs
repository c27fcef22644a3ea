//! The help content in words: every block of an answer formatted in the
//! person's language with the organisation's names and the day's advice
//! (`Renderer`), and the help desk's contact card. The only place in this
//! crate that builds text; the FAQ's and the guide's views and the search
//! index take their words from here.

use crate::date::Date;
use crate::help_content::{visible, Block, HelpContext, NodeId};
use crate::i18n::{Arg, Locale, Texts};
use crate::links::{self, Link, HELP_DESK_PAGE_ID};
use crate::phone_lines::LineState;
use crate::profile::Profile;
use serde::Serialize;

/// The help desk as sentences name it: the profile's name, or a neutral word when
/// the profile gives none, so a sentence never shows an empty gap.
pub fn help_desk_name(texts: &Texts, locale: Locale, profile: &Profile) -> String {
    match &profile.help_desk.name {
        Some(name) => name.get(locale).to_owned(),
        None => texts.get(locale, "faq-help-desk-generic"),
    }
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
