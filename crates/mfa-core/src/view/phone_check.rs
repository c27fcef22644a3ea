//! The phone check's verdict as the register step shows it.

use crate::i18n::{Locale, Texts};
use crate::phone_number::{PhoneCheck, Verdict};
use serde::Serialize;

/// The check as the register step shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneCheckView {
    pub tone: &'static str,
    pub kind: &'static str,
    pub headline: String,
    pub details: Vec<String>,
    /// What to choose in Microsoft's country list.
    pub country_choice: Option<String>,
    /// Exactly what to type into Microsoft's number field.
    pub type_this: Option<String>,
    /// The words before `type_this`.
    pub type_this_label: String,
}

/// The check in `locale`.
pub fn phone_check_view(check: &PhoneCheck, texts: &Texts, locale: Locale) -> PhoneCheckView {
    let usable = check.national_digits.is_some();
    PhoneCheckView {
        tone: match check.verdict {
            Verdict::Ok => "ok",
            Verdict::Caution => "caution",
            Verdict::Problem => "problem",
        },
        kind: check.kind.id(),
        headline: texts.get(locale, &format!("phone-kind-{}", check.kind.id())),
        details: check.notes.iter().map(|id| texts.get(locale, id)).collect(),
        country_choice: usable.then(|| texts.get(locale, "phone-country-choice")),
        type_this: check.national_digits.clone(),
        type_this_label: texts.get(locale, "phone-type-this"),
    }
}
