//! A profile problem in words: the message, with its file and place for the
//! window's banner, or in the compilers' form for the command line and the log.

use crate::i18n::{Arg, Locale, Texts};
use crate::{ProfileIssue, Severity};

impl ProfileIssue {
    /// The message alone, in `locale`.
    pub fn message(&self, texts: &Texts, locale: Locale) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, Arg::from(value)))
            .collect();
        texts.get_with(locale, &self.kind.message_id(), &args)
    }

    /// The message with the file and place, in `locale`, for the app's banner.
    pub fn describe(&self, texts: &Texts, locale: Locale) -> String {
        let file = self.file.display().to_string();
        let message = self.message(texts, locale);
        match self.location {
            Some(at) => texts.get_with(
                locale,
                "profile-issue-at",
                &[
                    ("file", Arg::from(&file)),
                    ("line", Arg::from(at.line as i64)),
                    ("column", Arg::from(at.column as i64)),
                    ("message", Arg::from(&message)),
                ],
            ),
            None => texts.get_with(
                locale,
                "profile-issue-in-file",
                &[("file", Arg::from(&file)), ("message", Arg::from(&message))],
            ),
        }
    }

    /// `file:line:column: error[kind]: message` in English, the form compilers
    /// use, so editors and terminals can jump to the place.
    pub fn render_plain(&self, texts: &Texts) -> String {
        let place = match self.location {
            Some(at) => format!("{}:{}:{}", self.file.display(), at.line, at.column),
            None => self.file.display().to_string(),
        };
        let severity = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!(
            "{place}: {severity}[{}]: {}",
            self.kind,
            self.message(texts, Locale::En)
        )
    }
}
