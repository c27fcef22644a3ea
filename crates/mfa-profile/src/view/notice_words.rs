//! What the window's banner says about the profile in effect: the notice
//! (a preview, a rejected or untrusted file) and the problems found.

use crate::i18n::{Arg, Locale, Texts};
use crate::{ProfileLoad, ProfileNotice};

impl ProfileNotice {
    /// The notice in `locale`.
    pub fn text(&self, texts: &Texts, locale: Locale) -> String {
        let args: Vec<(&str, Arg)> = self.args.iter().map(|(k, v)| (*k, Arg::from(v))).collect();
        texts.get_with(locale, self.id, &args)
    }
}

impl ProfileLoad {
    /// The banner's lines in `locale`: the notices, then each issue with its
    /// place. Warnings are shown only in a preview: they are for the admin, not
    /// for the staff member using a deployed profile.
    pub fn banner_lines(&self, texts: &Texts, locale: Locale) -> Vec<String> {
        let notices = self.notices();
        let show_warnings = self.is_preview();
        let issues = self
            .issues
            .iter()
            .filter(|i| i.is_error() || show_warnings)
            .map(|i| i.describe(texts, locale));
        notices
            .iter()
            .map(|n| n.text(texts, locale))
            .chain(issues)
            .collect()
    }
}
