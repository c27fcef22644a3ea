//! The questions about a person's situation that decide which methods suit them.
//!
//! Question and answer ids are the UI's test contract (`data-question`,
//! `data-answer`) and are saved in the progress file, so they never change.

use serde::{Deserialize, Serialize};

/// Declares the answers of one question as an enum, with the ids of the UI
/// contract, so that rules compare variants: a typo in an answer cannot compile.
macro_rules! answers {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// The ids, in the order the question shows them.
            pub const IDS: &'static [&'static str] = &[$($id,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            pub fn parse(id: &str) -> Option<$name> {
                match id {
                    $($id => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

answers! {
    /// "Do you have a smartphone?"
    Device {
        Smartphone = "smartphone",
        /// A mobile phone that receives SMS but runs no apps.
        FeaturePhone = "feature-phone",
        NoMobile = "none",
    }
}

answers! {
    /// "May you keep your phone with you at work?"
    PhoneAtWork {
        Allowed = "allowed",
        /// Kept in a locker (FAQ Q8).
        Forbidden = "forbidden",
    }
}

answers! {
    /// "Do you travel abroad?"
    Travel {
        Often = "often",
        Rarely = "rarely",
    }
}

answers! {
    /// "May Microsoft have your private mobile number?"
    PrivateNumber {
        Ok = "ok",
        NotOk = "not-ok",
    }
}

answers! {
    /// "Do you have an office phone?"
    OfficeLine {
        /// A line only you answer.
        Own = "own-line",
        /// A line others answer too.
        Shared = "shared-line",
        NoLine = "none",
    }
}

answers! {
    /// "What will you register with?"
    SetupDevice {
        /// This computer, which is the person's own work computer: a passkey
        /// on it is a second place.
        Pc = "pc",
        /// This computer, shared with others or borrowed: nothing is kept on it.
        SharedPc = "shared-pc",
        /// Only a smartphone, no computer (FAQ Q15).
        PhoneOnly = "phone-only",
    }
}

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

    /// The answer ids offered, in the order shown.
    pub fn answers(self) -> &'static [&'static str] {
        match self {
            QuestionId::Smartphone => Device::IDS,
            QuestionId::PhoneAtWork => PhoneAtWork::IDS,
            QuestionId::Travel => Travel::IDS,
            QuestionId::PrivateNumber => PrivateNumber::IDS,
            QuestionId::OfficePhone => OfficeLine::IDS,
            QuestionId::SetupDevice => SetupDevice::IDS,
        }
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

    /// Whether every question is answered.
    pub fn is_complete(&self) -> bool {
        QuestionId::ALL.iter().all(|&q| self.answer(q).is_some())
    }

    // The typed answers: what every rule reads.

    pub fn device(&self) -> Option<Device> {
        self.answer(QuestionId::Smartphone).and_then(Device::parse)
    }

    pub fn phone_at_work(&self) -> Option<PhoneAtWork> {
        self.answer(QuestionId::PhoneAtWork)
            .and_then(PhoneAtWork::parse)
    }

    pub fn travel(&self) -> Option<Travel> {
        self.answer(QuestionId::Travel).and_then(Travel::parse)
    }

    pub fn private_number(&self) -> Option<PrivateNumber> {
        self.answer(QuestionId::PrivateNumber)
            .and_then(PrivateNumber::parse)
    }

    pub fn office_line(&self) -> Option<OfficeLine> {
        self.answer(QuestionId::OfficePhone)
            .and_then(OfficeLine::parse)
    }

    pub fn setup_device(&self) -> Option<SetupDevice> {
        self.answer(QuestionId::SetupDevice)
            .and_then(SetupDevice::parse)
    }

    /// Whether the person has a smartphone (the cautious "no" when unanswered).
    pub fn has_smartphone(&self) -> bool {
        self.device() == Some(Device::Smartphone)
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
    fn typed_answers_cover_every_answer_id() {
        for q in QuestionId::ALL {
            for &id in q.answers() {
                let mut s = Situation::default();
                s.set(q, id).unwrap();
                let typed = match q {
                    QuestionId::Smartphone => s.device().map(Device::as_str),
                    QuestionId::PhoneAtWork => s.phone_at_work().map(PhoneAtWork::as_str),
                    QuestionId::Travel => s.travel().map(Travel::as_str),
                    QuestionId::PrivateNumber => s.private_number().map(PrivateNumber::as_str),
                    QuestionId::OfficePhone => s.office_line().map(OfficeLine::as_str),
                    QuestionId::SetupDevice => s.setup_device().map(SetupDevice::as_str),
                };
                assert_eq!(typed, Some(id), "{q:?}");
            }
        }
    }

    #[test]
    fn a_hand_edited_answer_counts_as_unanswered() {
        let s: Situation = serde_json::from_str(r#"{"smartphone":"tablet"}"#).unwrap();
        assert_eq!(s.answer(QuestionId::Smartphone), None);
    }

    #[test]
    fn every_question_and_answer_has_its_texts_in_both_locales() {
        use crate::i18n::{Locale, Texts};
        use crate::view::questions_view;
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
