//! The welcome: what MFA is, why the organisation asks for it, and when.

use super::{account_check, estimate, AccountCheckView, CheckPlace, Facts};
use crate::i18n::Arg;
use crate::method::MethodId;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WelcomeView {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// When MFA becomes required (with the days left) or that it applies now.
    pub timing: String,
    /// How long it takes: the plan's estimate once the questions are answered,
    /// a typical plan's before.
    pub duration: String,
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

/// The plan for the answers so far, or a typical one (the app and a second
/// place) before any answer: the same figure the plan step will show.
fn typical_methods(facts: &Facts) -> Vec<MethodId> {
    if facts.progress.situation.is_complete() {
        facts.progress.chosen(&facts.plan().methods())
    } else {
        vec![MethodId::Authenticator, MethodId::SyncedPasskey]
    }
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
        duration: facts.t_with(
            "welcome-duration",
            &[(
                "minutes",
                Arg::from(i64::from(estimate::minutes(&typical_methods(facts)))),
            )],
        ),
        account_check: account_check(facts, CheckPlace::Welcome),
    }
}
