//! A link's caption in words, for places that need it resolved rather than
//! as a message id (a save dialog's file name, the PNG's caption check).

use crate::i18n::{Locale, Texts};
use crate::links::{Caption, Link};

impl Link {
    /// The caption as text in `locale`, for places that need it resolved (a save
    /// dialog's file name, the PNG's caption check).
    pub fn caption_text(&self, texts: &Texts, locale: Locale) -> String {
        match &self.caption {
            Caption::Message(id) => texts.get(locale, id),
            Caption::Text(text) => text.clone(),
        }
    }
}
