//! A node of the "I can't sign in" guide in words: a question with its
//! choices, or an answer with its blocks, the help desk's card and the FAQ
//! entries that say more; and the guide's own labels.

use super::blocks::{HelpDeskContact, RenderedBlock, Renderer};
use crate::help_content::{HelpContext, NodeId};
use crate::i18n::{Locale, Texts};
use crate::troubleshoot::Node;
use serde::Serialize;

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
pub fn guide_node(texts: &Texts, locale: Locale, context: &HelpContext, id: NodeId) -> NodeView {
    let renderer = Renderer::new(texts, locale, context);
    match crate::troubleshoot::node(id) {
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
pub fn guide_labels(texts: &Texts, locale: Locale) -> GuideLabels {
    GuideLabels {
        title: texts.get(locale, "ts-title"),
        back: texts.get(locale, "ts-back"),
        start_over: texts.get(locale, "ts-start-over"),
        related_faq_title: texts.get(locale, "ts-related-faq-title"),
    }
}

/// The Fluent ids of [`guide_labels`], so tests (here and in the window) can check them.
#[cfg(test)]
pub const LABEL_MESSAGE_IDS: &[&str] = &[
    "ts-title",
    "ts-back",
    "ts-start-over",
    "ts-related-faq-title",
];
