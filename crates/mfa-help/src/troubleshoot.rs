//! "I can't sign in": a decision guide of plain questions that ends at a concrete
//! answer with steps.
//!
//! People who are stuck do not know what their problem is called, so the guide asks
//! what they see rather than what went wrong, a few questions at most. The tree is
//! data (`tree`) so a test can walk every path: each ends at an answer, none loops,
//! every node is reachable, every message exists in both locales. Answers reuse the
//! FAQ's block types, and name the FAQ entries that say more.
//!
//! The registration screens jump in halfway: [`entry_for_method`] gives the part of
//! the guide for the method whose "this didn't work" was pressed.

mod tree;

#[cfg(test)]
mod tests;

use crate::help_content::{Block, HelpContext, HelpDeskContact, NodeId, RenderedBlock, Renderer};
use crate::i18n::{Locale, Texts};
use crate::method::MethodId;
use serde::Serialize;

impl NodeId {
    /// The node the window names, if the guide has it.
    pub fn parse(id: &str) -> Option<NodeId> {
        tree::NODES.iter().map(Node::id).find(|n| n.0 == id)
    }
}

/// A step of the guide: a question to answer, or the answer at the end of a path.
#[derive(Debug, PartialEq, Eq)]
pub enum Node {
    Question(Question),
    Answer(Answer),
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> NodeId {
        match self {
            Node::Question(q) => q.id,
            Node::Answer(a) => a.id,
        }
    }
}

/// A plain question with a few choices, each leading to another node.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: NodeId,
    /// Fluent id of the question.
    pub prompt: &'static str,
    pub choices: &'static [Choice],
}

/// One choice of a question.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    /// Fluent id of the choice's label.
    pub label: &'static str,
    pub next: NodeId,
}

/// Where a path ends: what to do, step by step.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    pub id: NodeId,
    /// Fluent id of the answer's title.
    pub title: &'static str,
    pub blocks: &'static [Block],
    /// Whether the way out may need the help desk, so the window shows its
    /// contact card from the profile.
    pub needs_help_desk: bool,
    /// What to bring to the help desk (Fluent ids), e.g. photo ID in person.
    pub bring: &'static [&'static str],
    /// FAQ entries that say more (their ids).
    pub related_faq: &'static [&'static str],
}

/// Where the guide starts.
pub fn root() -> NodeId {
    NodeId::START
}

/// The node `id` names.
pub fn node(id: NodeId) -> &'static Node {
    tree::NODES
        .iter()
        .find(|n| n.id() == id)
        .expect("every NodeId names a node of the tree (checked by the tests)")
}

/// Every node, questions first, for the window's tests and for the checks here.
#[cfg(test)]
pub fn nodes() -> &'static [Node] {
    tree::NODES
}

/// Where the guide starts for a registration step's "this didn't work": the
/// questions about that method, skipping those that do not apply.
pub fn entry_for_method(method: MethodId) -> NodeId {
    match method {
        // The "Phone" slot can text or call, so ask which.
        MethodId::Phone => NodeId("phone-way"),
        MethodId::AlternatePhone | MethodId::OfficePhone => NodeId::VOICE_CALL,
        MethodId::Authenticator => NodeId("app-setup"),
        MethodId::Passkey => NodeId::PASSKEY_SETUP,
        MethodId::SyncedPasskey => NodeId("synced-passkey-setup"),
        MethodId::WindowsPasskey => NodeId("windows-passkey-setup"),
        MethodId::SecurityKey => NodeId("security-key-setup"),
        MethodId::OathToken => NodeId("oath-token-setup"),
    }
}

/// A node ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NodeView {
    Question {
        id: NodeId,
        prompt: String,
        choices: Vec<ChoiceView>,
    },
    Answer {
        id: NodeId,
        title: String,
        blocks: Vec<RenderedBlock>,
        /// Boxed: the card is large and most answers have none.
        help_desk: Option<Box<HelpDeskContact>>,
        related_faq: Vec<RelatedFaq>,
    },
}

/// A choice ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChoiceView {
    pub label: String,
    pub next: NodeId,
}

/// A related FAQ entry: its id (to open it) and its question (to show).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelatedFaq {
    pub id: &'static str,
    pub question: String,
}

/// The node `id` in `locale`, with the organisation's names and the advice that
/// holds for it today.
pub fn view(texts: &Texts, locale: Locale, context: &HelpContext, id: NodeId) -> NodeView {
    let renderer = Renderer::new(texts, locale, context);
    match node(id) {
        Node::Question(question) => NodeView::Question {
            id,
            prompt: renderer.text(question.prompt),
            choices: question
                .choices
                .iter()
                .map(|choice| ChoiceView {
                    label: renderer.text(choice.label),
                    next: choice.next,
                })
                .collect(),
        },
        Node::Answer(answer) => NodeView::Answer {
            id,
            title: renderer.text(answer.title),
            blocks: renderer.blocks(answer.blocks),
            help_desk: answer
                .needs_help_desk
                .then(|| Box::new(renderer.help_desk(answer.bring))),
            related_faq: answer
                .related_faq
                .iter()
                .filter_map(|id| crate::faq::entry(id))
                .map(|entry| RelatedFaq {
                    id: entry.id,
                    question: renderer.text(entry.question),
                })
                .collect(),
        },
    }
}

/// The guide's own words around the nodes, so the window adds none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuideLabels {
    pub title: String,
    pub back: String,
    pub start_over: String,
    pub related_faq_title: String,
}

/// The guide's labels in `locale`.
pub fn labels(texts: &Texts, locale: Locale) -> GuideLabels {
    GuideLabels {
        title: texts.get(locale, "ts-title"),
        back: texts.get(locale, "ts-back"),
        start_over: texts.get(locale, "ts-start-over"),
        related_faq_title: texts.get(locale, "ts-related-faq-title"),
    }
}

/// The Fluent ids of [`labels`], so tests (here and in the window) can check them.
#[cfg(test)]
pub const LABEL_MESSAGE_IDS: &[&str] = &[
    "ts-title",
    "ts-back",
    "ts-start-over",
    "ts-related-faq-title",
];
