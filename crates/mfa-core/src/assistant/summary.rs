//! The done step: the summary on screen with the help desk's card beside it,
//! and the same summary as a text file to keep.

use super::{Assistant, FileKind, FileToSave};
use crate::view::{self, DoneStepView};
use mfa_help::view::HelpDeskContact;

impl Assistant {
    pub(super) fn done_view(&self) -> DoneStepView {
        let facts = self.facts();
        DoneStepView {
            summary: view::done(&facts),
            help_desk: view::help_desk_card(&facts, self.help_desk_contact()),
        }
    }

    /// The summary of the done step as a text file in the user's language.
    pub fn summary_file(&self) -> FileToSave {
        let facts = self.facts();
        FileToSave {
            file_name: view::summary_file_name(&facts),
            bytes: view::summary_text(&facts, &self.help_desk_contact()).into_bytes(),
            kind: FileKind::Text,
        }
    }

    fn help_desk_contact(&self) -> HelpDeskContact {
        view::help_desk_contact(&self.facts())
    }
}
