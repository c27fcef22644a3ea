//! The FAQ panel: topics, search on every keystroke, one answer open.

use super::help_blocks::{
    advice_checked, diagnostics_offer, foot_help_desk, help_blocks, sources_line, DiagnosticsOffer,
    HelpDeskCard,
};
use super::{help_desk_card, AnswerPanel, Facts};
use crate::faq::{self, FaqIndex};
use crate::i18n::Arg;
use crate::sources::Advice;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FaqPanel {
    pub title: String,
    pub close_label: String,
    pub search_label: String,
    pub search_placeholder: String,
    pub query: String,
    /// "3 questions found" while searching.
    pub results_count: Option<String>,
    pub no_results: Option<String>,
    /// Browsing: the questions grouped by topic. Searching: one group, ranked.
    pub groups: Vec<FaqGroup>,
    pub open_answer: Option<AnswerPanel>,
    /// When the advice as a whole was last checked against Microsoft's screens.
    pub checked_on: String,
    /// Copy diagnostic information for the help desk.
    /// The help desk's contact, unless the open answer shows it.
    pub help_desk: Option<HelpDeskCard>,
    pub diagnostics: DiagnosticsOffer,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FaqGroup {
    pub label: Option<String>,
    pub questions: Vec<QuestionLink>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionLink {
    pub id: &'static str,
    pub question: String,
    pub open: bool,
}

/// An answer (FAQ or guide) ready to show.
/// The FAQ: every question by topic, or the results of a search; `open` is the
/// answer shown open.
pub fn faq_panel(facts: &Facts, query: &str, open: Option<&'static str>) -> FaqPanel {
    let context = facts.help_context();
    let question = |entry: &faq::FaqEntry| QuestionLink {
        id: entry.id,
        question: facts.t(entry.question),
        open: open == Some(entry.id),
    };
    let searching = !query.trim().is_empty();
    let groups = if searching {
        let found = FaqIndex::for_context(facts.texts, &context).search(facts.locale, query);
        vec![FaqGroup {
            label: None,
            questions: found.into_iter().map(question).collect(),
        }]
    } else {
        faq::topics()
            .iter()
            .map(|&topic| FaqGroup {
                label: Some(facts.t(topic.label_id())),
                questions: faq::entries_in(topic).map(question).collect(),
            })
            .collect()
    };
    let count = groups.iter().map(|g| g.questions.len()).sum::<usize>();
    let open_answer = open
        .filter(|id| {
            groups
                .iter()
                .any(|g| g.questions.iter().any(|q| q.id == *id))
        })
        .and_then(faq::entry)
        .map(|entry| {
            let view = entry.view(facts.texts, facts.locale, &context);
            AnswerPanel {
                id: entry.id,
                title: view.question,
                sources: sources_line(facts, Advice::FaqAnswer(entry.id)),
                blocks: help_blocks(facts, view.blocks),
                help_desk: view.help_desk.map(|c| help_desk_card(facts, c)),
            }
        });
    FaqPanel {
        title: facts.t("faq-title"),
        close_label: facts.t("help-close"),
        search_label: facts.t("faq-search-label"),
        search_placeholder: facts.t("faq-search-placeholder"),
        query: query.to_owned(),
        results_count: searching.then(|| {
            facts.texts.get_with(
                facts.locale,
                "faq-results-count",
                &[("count", Arg::from(count as i64))],
            )
        }),
        no_results: (searching && count == 0).then(|| facts.t("faq-no-results")),
        groups,
        help_desk: foot_help_desk(facts, open_answer.as_ref()),
        open_answer,
        diagnostics: diagnostics_offer(facts),
        checked_on: advice_checked(facts),
    }
}
