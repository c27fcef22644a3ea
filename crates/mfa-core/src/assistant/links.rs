//! Links the window asks to open or save as a QR image. The window names a
//! link by id only; the address comes from the catalogue or the profile and
//! passes the link policy here, in Rust, before anything opens it.

use super::Assistant;
use crate::link_policy::AllowedUrl;
use crate::links::{self, Link, LinkProblem};
use crate::qr;

/// A QR code image ready to be written: a file name and the PNG bytes.
pub struct QrImage {
    pub file_name: String,
    pub png: Vec<u8>,
}

impl Assistant {
    /// The checked address of link `id`, or a message in the user's language
    /// saying why it will not be opened.
    pub fn link_to_open(&self, id: &str) -> Result<AllowedUrl, String> {
        self.checked_link(id).map(|link| link.url)
    }

    fn checked_link(&self, id: &str) -> Result<Link, String> {
        match links::lookup(id, self.profile(), self.locale) {
            Ok(link) => Ok(link),
            Err(LinkProblem::Unknown) => Err(self.text("wizard-error-unknown")),
            Err(LinkProblem::Refused(refusal)) => Err(format!(
                "{} {} {}",
                self.text("links-refused-title"),
                self.text(refusal.message_id()),
                self.text("links-refused-report")
            )),
        }
    }

    /// The QR code of link `id` as a PNG with its caption, for printing or
    /// sending to oneself.
    pub fn qr_image(&self, id: &str) -> Result<QrImage, String> {
        let link = self.checked_link(id)?;
        let caption = link.caption_text(&self.texts, self.locale);
        Ok(QrImage {
            // The id names a known link (checked above), so it is a safe file name.
            file_name: format!("mfa-assistant-qr-{id}.png"),
            png: qr::png(&link.url, &caption),
        })
    }

    /// The title of the save dialog for a QR image.
    pub fn save_dialog_title(&self) -> String {
        self.text("links-save-image-dialog-title")
    }

    /// "Saved: FILE" in the user's language.
    pub fn saved_message(&self, file: &str) -> String {
        self.texts.get_with(
            self.locale,
            "links-save-image-done",
            &[("file", crate::i18n::Arg::from(file))],
        )
    }

    /// The message shown when opening or saving failed on this machine.
    pub fn link_failure_message(&self, saving: bool) -> String {
        self.text(if saving {
            "links-save-image-failed"
        } else {
            "links-action-open-failed"
        })
    }
}
