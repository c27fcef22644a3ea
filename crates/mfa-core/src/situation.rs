//! The questions about a person's situation that decide which methods suit them.
//!
//! Question and answer ids are the UI's test contract (`data-question`,
//! `data-answer`) and are saved in the progress file, so they never change.

use crate::i18n::{Locale, Texts};
use serde::{Deserialize, Serialize};

/// One question of the situation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionId {
    Smartphone,
    PhoneAtWork,
    Travel,
    PrivateNumber,
    OfficePhone,
    SetupDevice,
}

impl QuestionId {
    /// In the order they are asked.
    pub const ALL: [QuestionId; 6] = [
        QuestionId::Smartphone,
        QuestionId::PhoneAtWork,
        QuestionId::Travel,
        QuestionId::PrivateNumber,
        QuestionId::OfficePhone,
        QuestionId::SetupDevice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionId::Smartphone => "smartphone",
            QuestionId::PhoneAtWork => "phone-at-work",
            QuestionId::Travel => "travel",
            QuestionId::PrivateNumber => "private-number",
            QuestionId::OfficePhone => "office-phone",
            QuestionId::SetupDevice => "setup-device",
        }
    }

    pub fn parse(id: &str) -> Option<QuestionId> {
        QuestionId::ALL.into_iter().find(|q| q.as_str() == id)
    }

    /// The answers offered, in the order shown.
    pub fn answers(self) -> &'static [&'static str] {
        match self {
            QuestionId::Smartphone => &["smartphone", "feature-phone", "none"],
            QuestionId::PhoneAtWork => &["allowed", "forbidden"],
            QuestionId::Travel => &["often", "rarely"],
            QuestionId::PrivateNumber => &["ok", "not-ok"],
            QuestionId::OfficePhone => &["own-line", "shared-line", "none"],
            QuestionId::SetupDevice => &["pc", "phone-only"],
        }
    }

    /// Optional questions refine the advice; the plan is computed without them.
    /// Every question the issue lists is required.
    pub fn is_optional(self) -> bool {
        false
    }
}

/// An answer id that the question does not offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownAnswer;

/// The person's answers, one per question (`None`: not answered yet). Saved in
/// the progress file; it holds only these ids.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Situation {
    smartphone: Option<String>,
    phone_at_work: Option<String>,
    travel: Option<String>,
    private_number: Option<String>,
    office_phone: Option<String>,
    setup_device: Option<String>,
}

impl Situation {
    fn slot(&self, q: QuestionId) -> &Option<String> {
        match q {
            QuestionId::Smartphone => &self.smartphone,
            QuestionId::PhoneAtWork => &self.phone_at_work,
            QuestionId::Travel => &self.travel,
            QuestionId::PrivateNumber => &self.private_number,
            QuestionId::OfficePhone => &self.office_phone,
            QuestionId::SetupDevice => &self.setup_device,
        }
    }

    fn slot_mut(&mut self, q: QuestionId) -> &mut Option<String> {
        match q {
            QuestionId::Smartphone => &mut self.smartphone,
            QuestionId::PhoneAtWork => &mut self.phone_at_work,
            QuestionId::Travel => &mut self.travel,
            QuestionId::PrivateNumber => &mut self.private_number,
            QuestionId::OfficePhone => &mut self.office_phone,
            QuestionId::SetupDevice => &mut self.setup_device,
        }
    }

    /// The answer to `q`, if given and still one the question offers (a file
    /// edited by hand may hold anything; such an answer counts as none).
    pub fn answer(&self, q: QuestionId) -> Option<&'static str> {
        let given = self.slot(q).as_deref()?;
        q.answers().iter().copied().find(|a| *a == given)
    }

    /// Sets the answer to `q`. An answer the question does not offer is refused
    /// and nothing changes.
    pub fn set(&mut self, q: QuestionId, answer: &str) -> Result<(), UnknownAnswer> {
        let known = q
            .answers()
            .iter()
            .find(|a| **a == answer)
            .ok_or(UnknownAnswer)?;
        *self.slot_mut(q) = Some((*known).to_owned());
        Ok(())
    }

    /// Whether every required question is answered.
    pub fn is_complete(&self) -> bool {
        QuestionId::ALL
            .iter()
            .all(|&q| q.is_optional() || self.answer(q).is_some())
    }

    /// Whether the person has `answer` for `q`.
    pub fn is(&self, q: QuestionId, answer: &str) -> bool {
        self.answer(q) == Some(answer)
    }
}

#[cfg(test)]
impl Situation {
    /// A complete situation from one answer per question, in `QuestionId::ALL`
    /// order (for tests).
    pub(crate) fn answered(answers: [&str; 6]) -> Situation {
        let mut s = Situation::default();
        for (q, a) in QuestionId::ALL.into_iter().zip(answers) {
            s.set(q, a).expect("a known answer");
        }
        s
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
    pub optional: bool,
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
                optional: q.is_optional(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_unknown_ones_are_refused() {
        for q in QuestionId::ALL {
            assert_eq!(QuestionId::parse(q.as_str()), Some(q));
        }
        assert_eq!(QuestionId::parse("Smartphone"), None);
        let mut s = Situation::default();
        assert_eq!(s.set(QuestionId::Travel, "sometimes"), Err(UnknownAnswer));
        assert_eq!(s, Situation::default(), "a refused answer changes nothing");
        s.set(QuestionId::Travel, "often").unwrap();
        assert_eq!(s.answer(QuestionId::Travel), Some("often"));
    }

    #[test]
    fn complete_only_when_every_required_question_is_answered() {
        let mut s = Situation::default();
        for q in QuestionId::ALL {
            assert!(!s.is_complete());
            s.set(q, q.answers()[0]).unwrap();
        }
        assert!(s.is_complete());
    }

    #[test]
    fn a_hand_edited_answer_counts_as_unanswered() {
        let s: Situation = serde_json::from_str(r#"{"smartphone":"tablet"}"#).unwrap();
        assert_eq!(s.answer(QuestionId::Smartphone), None);
    }

    #[test]
    fn every_question_and_answer_has_its_texts_in_both_locales() {
        let texts = Texts::load();
        for locale in Locale::ALL {
            let views = questions_view(&Situation::default(), &texts, locale);
            assert_eq!(views.len(), QuestionId::ALL.len());
            for q in &views {
                assert!(
                    texts.has(locale, &format!("situation-{}-title", q.id)),
                    "{}",
                    q.id
                );
                assert!(
                    texts.has(locale, &format!("situation-{}-why", q.id)),
                    "{}",
                    q.id
                );
                for a in &q.answers {
                    let id = format!("situation-{}-{}", q.id, a.value);
                    assert!(texts.has(locale, &id), "{locale:?} {id}");
                }
            }
        }
    }
}
