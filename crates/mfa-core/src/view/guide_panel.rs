//! The "I can't sign in" guide: the current question with its choices, or the
//! answer at the end of the path, with related FAQ questions.

use super::help_blocks::{
    advice_checked, diagnostics_offer, foot_help_desk, help_blocks, DiagnosticsOffer, HelpDeskCard,
};
use super::{help_desk_card, AnswerPanel, Facts, QuestionLink};
use crate::help_content::NodeId;
use crate::troubleshoot;
use mfa_help::view::{guide_labels, guide_node, NodeView};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuidePanel {
    pub title: String,
    pub close_label: String,
    pub back_label: Option<String>,
    pub start_over_label: Option<String>,
    /// A question with its choices, or `None` when the path ended at an answer.
    pub question: Option<GuideQuestion>,
    pub answer: Option<AnswerPanel>,
    pub related_title: String,
    pub related: Vec<QuestionLink>,
    /// Copy diagnostic information for the help desk.
    /// The help desk's contact, unless the answer shows it.
    pub help_desk: Option<HelpDeskCard>,
    /// When the advice was last checked against Microsoft's pages.
    pub checked_on: String,
    pub diagnostics: DiagnosticsOffer,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideQuestion {
    pub id: &'static str,
    pub prompt: String,
    pub choices: Vec<GuideChoice>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GuideChoice {
    pub label: String,
    pub next: &'static str,
}

/// The guide at the last node of `path` (the nodes walked, so Back retraces it).
pub fn guide_panel(facts: &Facts, path: &[NodeId]) -> GuidePanel {
    let current = *path.last().unwrap_or(&troubleshoot::root());
    let labels = guide_labels(facts.texts, facts.locale);
    let context = facts.help_context();
    let (question, answer, related) = match guide_node(facts.texts, facts.locale, &context, current)
    {
        NodeView::Question {
            id,
            prompt,
            choices,
        } => (
            Some(GuideQuestion {
                id: id.as_str(),
                prompt,
                choices: choices
                    .into_iter()
                    .map(|c| GuideChoice {
                        label: c.label,
                        next: c.next.as_str(),
                    })
                    .collect(),
            }),
            None,
            vec![],
        ),
        NodeView::Answer {
            id,
            title,
            blocks,
            help_desk,
            related_faq,
        } => (
            None,
            Some(AnswerPanel {
                id: id.as_str(),
                title,
                sources: None,
                blocks: help_blocks(facts, blocks),
                help_desk: help_desk.map(|c| help_desk_card(facts, *c)),
            }),
            related_faq
                .into_iter()
                .map(|r| QuestionLink {
                    id: r.id,
                    question: r.question,
                    open: false,
                })
                .collect(),
        ),
    };
    GuidePanel {
        title: labels.title,
        close_label: facts.t("help-close"),
        back_label: (path.len() > 1).then_some(labels.back),
        start_over_label: (current != troubleshoot::root()).then_some(labels.start_over),
        question,
        answer: answer.clone(),
        related_title: labels.related_faq_title,
        related,
        help_desk: foot_help_desk(facts, answer.as_ref()),
        checked_on: advice_checked(facts),
        diagnostics: diagnostics_offer(facts),
    }
}
