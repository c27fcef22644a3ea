//! The situation step: the questions and their answers.

use super::Facts;
use crate::i18n::{Locale, Texts};
use crate::situation::{QuestionId, Situation};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SituationView {
    pub title: String,
    pub intro: String,
    pub questions: Vec<QuestionView>,
}

pub fn situation(facts: &Facts) -> SituationView {
    SituationView {
        title: facts.t("wizard-situation-title"),
        intro: facts.t("wizard-situation-intro"),
        questions: questions_view(&facts.progress.situation, facts.texts, facts.locale),
    }
}

/// One question as the situation step shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: &'static str,
    pub title: String,
    /// Why the assistant asks: people answer more willingly when they know.
    pub why: String,
    pub answers: Vec<AnswerView>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerView {
    pub value: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub selected: bool,
}

/// What the situation step shows, in `locale`.
pub fn questions_view(s: &Situation, texts: &Texts, locale: Locale) -> Vec<QuestionView> {
    QuestionId::ALL
        .iter()
        .map(|&q| {
            let base = format!("situation-{}", q.as_str());
            QuestionView {
                id: q.as_str(),
                title: texts.get(locale, &format!("{base}-title")),
                why: texts.get(locale, &format!("{base}-why")),
                answers: q
                    .answers()
                    .iter()
                    .map(|&a| {
                        let hint_id = format!("{base}-{a}-hint");
                        AnswerView {
                            value: a,
                            label: texts.get(locale, &format!("{base}-{a}")),
                            hint: texts
                                .has(locale, &hint_id)
                                .then(|| texts.get(locale, &hint_id)),
                            selected: s.answer(q) == Some(a),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}
