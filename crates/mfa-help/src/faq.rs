//! The help desk's frequently asked questions, browsable by topic and searchable
//! in both languages.
//!
//! Staff who are stuck rarely know the right words, so every answer is reachable
//! three ways: by topic, by search (Japanese without spaces, any width, kana or
//! katakana; English by words), and from the troubleshooting guide. The content is
//! data: `answers` defines every answer once (the guide shows the same
//! definitions), `entries` puts them under their questions, `search` holds the index.

pub(crate) mod answers;
mod entries;
pub mod search;

#[cfg(test)]
mod tests;

pub use crate::help_content::{Block, HelpContext};
pub use crate::view::FaqEntryView;
pub use search::FaqIndex;

use serde::Serialize;

/// A group of questions, so a person can browse without knowing what to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TopicId {
    /// When and how to start: pre-registration, no computer, English.
    BeforeYouStart,
    /// Which methods to register and how many.
    Methods,
    /// Costs, travel and changing phones.
    PhonesAndCosts,
    /// What happens at sign-in once MFA is on.
    SigningIn,
    /// When something has gone wrong.
    Trouble,
    /// Passwords.
    Account,
}

impl TopicId {
    /// Every topic, in the order the FAQ lists them.
    pub const ALL: [TopicId; 6] = [
        TopicId::BeforeYouStart,
        TopicId::Methods,
        TopicId::PhonesAndCosts,
        TopicId::SigningIn,
        TopicId::Trouble,
        TopicId::Account,
    ];

    /// The Fluent id of the topic's label.
    pub fn label_id(self) -> &'static str {
        match self {
            TopicId::BeforeYouStart => "faq-topic-before-you-start",
            TopicId::Methods => "faq-topic-methods",
            TopicId::PhonesAndCosts => "faq-topic-phones-and-costs",
            TopicId::SigningIn => "faq-topic-signing-in",
            TopicId::Trouble => "faq-topic-trouble",
            TopicId::Account => "faq-topic-account",
        }
    }
}

/// One question and its answer. All `&'static str` fields but `id` are Fluent ids.
#[derive(Debug, PartialEq, Eq)]
pub struct FaqEntry {
    /// A stable slug; the window marks the answer `data-answer-id="<id>"`.
    pub id: &'static str,
    /// The number of the question in the help desk's published FAQ, so staff and
    /// callers can refer to the same question; `None` for questions added since.
    pub seed_question: Option<u8>,
    pub topic: TopicId,
    pub question: &'static str,
    /// Words people search for that the answer need not contain: synonyms, and
    /// kana readings of kanji, so results show while the IME is still composing.
    pub keywords: &'static str,
    pub answer: &'static [Block],
    /// Whether the answer may end with "contact the help desk", so the window shows
    /// the contact card from the profile.
    pub needs_help_desk: bool,
    /// What to bring to the help desk (Fluent ids), e.g. photo ID in person.
    pub bring: &'static [&'static str],
}

/// Every entry, help desk FAQ order first, then the newer questions.
pub fn entries() -> &'static [FaqEntry] {
    entries::ENTRIES
}

/// The entry with this id, for the window's "show answer" requests.
pub fn entry(id: &str) -> Option<&'static FaqEntry> {
    entries().iter().find(|e| e.id == id)
}

/// The entry that answers the help desk's published question `number`.
pub fn by_seed_question(number: u8) -> Option<&'static FaqEntry> {
    entries().iter().find(|e| e.seed_question == Some(number))
}

/// Every topic, in display order.
pub fn topics() -> &'static [TopicId] {
    &TopicId::ALL
}

/// The entries of one topic, in FAQ order.
pub fn entries_in(topic: TopicId) -> impl Iterator<Item = &'static FaqEntry> {
    entries().iter().filter(move |e| e.topic == topic)
}

impl FaqEntry {
    /// Every Fluent id this entry may show, whatever the profile or the date.
    #[cfg(test)]
    pub fn message_ids(&self) -> Vec<&'static str> {
        let mut ids = vec![self.question, self.keywords];
        ids.extend(crate::help_content::message_ids(self.answer, None));
        ids.extend_from_slice(self.bring);
        ids
    }
}

/// The label of the search field and what to say when nothing matches; the
/// window's own words for the FAQ view.
#[cfg(test)]
pub const VIEW_MESSAGE_IDS: &[&str] = &[
    "faq-title",
    "faq-search-label",
    "faq-search-placeholder",
    "faq-no-results",
    "faq-results-count",
];
