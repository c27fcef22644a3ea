//! The welcome: what MFA is, why the organisation asks for it, and when.

use super::{account_check, AccountCheckView, CheckPlace, Facts};
use crate::i18n::Arg;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WelcomeView {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// When MFA becomes required (with the days left) or that it applies now.
    pub timing: String,
    pub duration: String,
    pub start: String,
    /// "What do I have already?", where the organisation set it up.
    pub account_check: Option<AccountCheckView>,
}

/// Pre-registration is possible any time; from the organisation's date MFA is
/// required at the next sign-in.
fn timing(facts: &Facts) -> String {
    let Some(required) = facts.profile.mfa_required_from else {
        return facts.t("welcome-when-unknown");
    };
    let date = required.written(facts.locale);
    let days = facts.today.days_until(required);
    let id = if days > 0 {
        "welcome-when-before"
    } else {
        "welcome-when-after"
    };
    facts.t_with(id, &[("date", Arg::from(&date)), ("days", Arg::from(days))])
}

pub fn welcome(facts: &Facts) -> WelcomeView {
    let organisation = facts.profile.organisation.get(facts.locale);
    WelcomeView {
        timing: timing(facts),
        title: facts.t("welcome-title"),
        paragraphs: vec![
            facts.t("welcome-what"),
            facts.t_with("welcome-why", &[("organisation", Arg::from(organisation))]),
            facts.t("welcome-how"),
        ],
        duration: facts.t("welcome-duration"),
        start: facts.t("action-start"),
        account_check: account_check(facts, CheckPlace::Welcome),
    }
}
