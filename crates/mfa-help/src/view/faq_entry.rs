//! An FAQ entry in words: its question, its answer's blocks and, when the
//! answer may need it, the help desk's card.

use super::blocks::{HelpDeskContact, RenderedBlock, Renderer};
use crate::faq::{FaqEntry, TopicId};
use crate::help_content::HelpContext;
use crate::i18n::{Locale, Texts};
use serde::Serialize;

/// An entry ready to show: the window renders it without adding any words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FaqEntryView {
    pub id: &'static str,
    pub topic: TopicId,
    pub question: String,
    pub blocks: Vec<RenderedBlock>,
    /// The help desk's contact card when the answer may need it.
    pub help_desk: Option<HelpDeskContact>,
}

impl FaqEntry {
    /// The entry in `locale`, with the organisation's names and the advice that
    /// holds for it today.
    pub fn view(&self, texts: &Texts, locale: Locale, context: &HelpContext) -> FaqEntryView {
        let renderer = Renderer::new(texts, locale, context);
        FaqEntryView {
            id: self.id,
            topic: self.topic,
            question: renderer.text(self.question),
            blocks: renderer.blocks(self.answer),
            help_desk: self.needs_help_desk.then(|| renderer.help_desk(self.bring)),
        }
    }
}
