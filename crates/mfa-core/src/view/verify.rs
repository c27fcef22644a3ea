//! The verify step: test the sign-in, what Microsoft's own choice of method
//! means, and what was skipped.

use super::{
    account_check, link_view, numbered_lines, registered_names, AccountCheckView, CheckPlace,
    Facts, LinkView,
};
use crate::i18n::Arg;
use crate::method::MethodId;
use crate::places::Resilience;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyView {
    pub title: String,
    pub intro: String,
    pub steps: Vec<String>,
    /// What Microsoft's system-preferred sign-in means for the person.
    pub which_method_title: String,
    pub which_method: Vec<String>,
    pub registered_title: String,
    pub registered: Vec<String>,
    pub skipped: Option<SkippedView>,
    pub links: Vec<LinkView>,
    /// "Check with Microsoft", where the organisation set it up.
    pub account_check: Option<AccountCheckView>,
}

/// The methods skipped for now, each with a way back to it, and why two
/// methods still matter.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SkippedView {
    pub title: String,
    pub explanation: String,
    pub methods: Vec<SkippedMethod>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SkippedMethod {
    pub method: &'static str,
    pub name: String,
    /// The button's text ("Register now") and what a screen reader says for it
    /// ("Register Passkey now").
    pub return_label: String,
    pub return_description: String,
}

pub fn verify(facts: &Facts) -> VerifyView {
    VerifyView {
        title: facts.t("verify-title"),
        intro: facts.t("verify-intro"),
        steps: numbered_lines(facts, "verify-steps"),
        which_method_title: facts.t("verify-which-method-title"),
        which_method: numbered_lines(facts, "verify-which-method"),
        registered_title: facts.t("verify-registered-title"),
        registered: registered_names(facts),
        skipped: skipped_view(facts),
        links: link_view(facts, "security-info", false)
            .into_iter()
            .collect(),
        account_check: account_check(facts, CheckPlace::Verify),
    }
}

/// The skipped methods, or `None` when nothing was skipped.
pub(crate) fn skipped_view(facts: &Facts) -> Option<SkippedView> {
    let progress = facts.progress;
    if progress.skipped.is_empty() {
        return None;
    }
    let survives = Resilience::of_methods(&progress.registered, &facts.phone_lines()).is_enough();
    let explanation = if survives {
        "skipped-explanation"
    } else {
        "skipped-explanation-below-two"
    };
    Some(SkippedView {
        title: facts.t("skipped-title"),
        explanation: facts.t(explanation),
        methods: progress
            .skipped
            .iter()
            .map(|&m| method_to_return_to(facts, m))
            .collect(),
    })
}

/// A method with its "Register now" button: skipped, or never finished.
pub(crate) fn method_to_return_to(facts: &Facts, method: MethodId) -> SkippedMethod {
    let name = facts.method_name(method);
    SkippedMethod {
        method: method.as_str(),
        return_label: facts.t("skipped-return-now"),
        return_description: facts.t_with("skipped-return", &[("method", Arg::from(&name))]),
        name,
    }
}
