//! Links the window asks to open or save as a QR image, and the files the user
//! may save (QR images, the done step's summary). The window names a link by
//! id only; the address comes from the catalogue or the profile and passes the
//! link policy here, in Rust, before anything opens it.

use super::Assistant;
use crate::link_policy::AllowedUrl;
use crate::links::{self, Link, LinkProblem};
use crate::problem::{FileKind, IdKind, Problem};
use crate::qr;
use crate::view;

/// A file the user asked to keep, ready to be written where they choose.
pub struct FileToSave {
    /// The name the save dialog proposes.
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub kind: FileKind,
}

impl Assistant {
    /// The checked address of link `id`, or why it will not be opened.
    pub fn link_to_open(&self, id: &str) -> Result<AllowedUrl, Problem> {
        self.checked_link(id).map(|link| link.url)
    }

    fn checked_link(&self, id: &str) -> Result<Link, Problem> {
        links::lookup(id, self.profile(), self.locale).map_err(|problem| match problem {
            LinkProblem::Unknown => Problem::unknown(IdKind::Link, id),
            LinkProblem::Refused(refusal) => Problem::LinkRefused {
                id: id.to_owned(),
                refusal,
            },
        })
    }

    /// The QR code of link `id` as a PNG with its caption, for printing or
    /// sending to oneself.
    pub fn qr_image(&self, id: &str) -> Result<FileToSave, Problem> {
        let link = self.checked_link(id)?;
        let caption = link.caption_text(&self.texts, self.locale);
        Ok(FileToSave {
            // The id names a known link (checked above), so it is a safe file name.
            file_name: format!("mfa-assistant-qr-{id}.png"),
            bytes: qr::png(&link.url, &caption),
            kind: FileKind::Png,
        })
    }

    /// The title of the save dialog for a file of `kind`.
    pub fn save_dialog_title(&self, kind: FileKind) -> String {
        view::save_dialog_title(&self.facts(), kind)
    }

    /// "Saved: FILE" in the user's language.
    pub fn saved_message(&self, file: &str) -> String {
        view::saved_message(&self.facts(), file)
    }
}
