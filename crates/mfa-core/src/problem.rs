//! What can go wrong when the window asks the assistant for something: one
//! type, so the UI and the log can tell the cases apart (`kind`), the log gets
//! the technical detail (`Display`), and the person reads a sentence in their
//! language (`view::error_view`). Nothing here is translated yet.

use crate::link_policy::Refusal;
use crate::method::MethodId;
use std::fmt;

/// What the window asked for that has no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Question,
    Answer,
    Method,
    Step,
    FaqAnswer,
    GuideNode,
    Link,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::Question => "question",
            IdKind::Answer => "answer",
            IdKind::Method => "method",
            IdKind::Step => "step",
            IdKind::FaqAnswer => "FAQ answer",
            IdKind::GuideNode => "guide node",
            IdKind::Link => "link",
        })
    }
}

/// Which file could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A QR code as a PNG image.
    Png,
    /// The done step's summary as plain text.
    Text,
}

impl FileKind {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Text => "txt",
        }
    }

    /// The name of the save dialog's file-type filter.
    pub fn filter_name(self) -> &'static str {
        match self {
            FileKind::Png => "PNG",
            FileKind::Text => "Text",
        }
    }
}

/// A request the assistant could not carry out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// An id the window does not get from the assistant: a stale window, or
    /// one that was tampered with.
    #[error("unknown {what} {id:?}")]
    UnknownId { what: IdKind, id: String },
    #[error("unknown locale {0:?} (known: ja, en)")]
    UnknownLocale(String),
    #[error("{0:?} is not offered by the organisation")]
    MethodDisabled(MethodId),
    /// The link is known, but its address fails the link policy (a profile's
    /// link edited since it was checked).
    #[error("link {id:?} refused by the link policy: {refusal:?}")]
    LinkRefused { id: String, refusal: Refusal },
    /// The phone check was asked for on a step that has none.
    #[error("no phone check on this step")]
    NoPhoneCheck,
    #[error("could not open the browser: {0}")]
    OpenFailed(String),
    #[error("could not save the {} file: {reason}", kind.extension())]
    SaveFailed { kind: FileKind, reason: String },
    #[error("could not open the print dialog: {0}")]
    PrintFailed(String),
    /// "Check with Microsoft" was asked for, but the profile does not set it up.
    #[error("the organisation profile has no [microsoft_check]")]
    AccountCheckUnavailable,
}

impl Problem {
    /// A stable name for the case, for the UI (`data-error-kind`) and tests.
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::UnknownId { .. } => "unknown-id",
            Problem::UnknownLocale(_) => "unknown-locale",
            Problem::MethodDisabled(_) => "method-disabled",
            Problem::LinkRefused { .. } => "link-refused",
            Problem::NoPhoneCheck => "no-phone-check",
            Problem::OpenFailed(_) => "open-failed",
            Problem::SaveFailed { .. } => "save-failed",
            Problem::PrintFailed(_) => "print-failed",
            Problem::AccountCheckUnavailable => "account-check-unavailable",
        }
    }

    pub(crate) fn unknown(what: IdKind, id: &str) -> Problem {
        Problem::UnknownId {
            what,
            id: id.chars().take(80).collect(),
        }
    }
}
