//! The done step: the summary on screen with the help desk's card beside it,
//! and the same summary as a text file to keep.

use super::{Assistant, FileKind, FileToSave};
use crate::done;
use crate::help_content::Renderer;
use crate::faq::HelpDeskContact;
use crate::screen::DoneStepView;

impl Assistant {
    pub(super) fn done_view(&self) -> DoneStepView {
        DoneStepView {
            summary: done::view(&self.facts()),
            help_desk: self.help_desk_card(self.help_desk_contact()),
        }
    }

    /// The summary of the done step as a text file in the user's language.
    pub fn summary_file(&self) -> FileToSave {
        let facts = self.facts();
        FileToSave {
            file_name: done::summary_file_name(&facts),
            bytes: done::summary_text(&facts, &self.help_desk_contact()).into_bytes(),
            kind: FileKind::Text,
        }
    }

    fn help_desk_contact(&self) -> HelpDeskContact {
        let context = self.help_context();
        Renderer::new(&self.texts, self.locale, &context).help_desk(&[])
    }
}
