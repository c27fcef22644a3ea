//! The prepare step: the order of registration, a checklist, the app stores and
//! the organisation's pages.

use super::{estimate, link_view, Facts, LinkView};
use crate::i18n::Arg;
use crate::links;
use crate::method::MethodId;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrepareView {
    pub title: String,
    /// How long it takes, for these methods.
    pub estimate: String,
    pub intro: String,
    pub order_title: String,
    pub order: Vec<String>,
    pub checklist_title: String,
    pub checklist: Vec<String>,
    pub timing: Option<String>,
    /// Install the app before registering: the store pages, with QR codes.
    pub app_links_title: Option<String>,
    pub app_links: Vec<LinkView>,
    /// The organisation's own pages (manuals, help desk), with QR codes.
    pub organisation_links_title: Option<String>,
    pub organisation_links: Vec<LinkView>,
}

pub fn prepare(facts: &Facts) -> PrepareView {
    let methods = &facts.progress.to_register;
    let order = methods
        .iter()
        .enumerate()
        .map(|(i, &m)| {
            let id = if i == 0 {
                "prepare-order-first"
            } else {
                "prepare-order-then"
            };
            facts.t_with(id, &[("method", Arg::from(&facts.method_name(m)))])
        })
        .collect();
    let mut checklist = vec![facts.t(if facts.phone_only() {
        "prepare-check-phone-only"
    } else {
        "prepare-check-pc"
    })];
    checklist.push(facts.t("prepare-check-password"));
    if methods.iter().any(|m| m.needs_smartphone()) {
        checklist.push(facts.t("prepare-check-smartphone"));
    }
    if methods.contains(&MethodId::SyncedPasskey) {
        checklist.push(facts.t("prepare-check-cloud-account"));
    }
    if methods.contains(&MethodId::WindowsPasskey) {
        checklist.push(facts.t("prepare-check-windows-hello"));
    }
    if methods.iter().any(|m| m.is_phone_line()) {
        checklist.push(facts.t("prepare-check-phone-line"));
    }
    if methods.contains(&MethodId::OfficePhone) {
        checklist.push(facts.t("prepare-check-office-phone"));
    }
    if methods.contains(&MethodId::SecurityKey) {
        checklist.push(facts.t("prepare-check-security-key"));
    }
    if methods.contains(&MethodId::OathToken) {
        checklist.push(facts.t("prepare-check-oath-token"));
    }
    checklist.push(facts.t("prepare-check-time"));
    // QR codes only for someone who will scan them with a smartphone's camera.
    let needs_app = facts.progress.situation.has_smartphone()
        && methods
            .iter()
            .any(|m| matches!(m, MethodId::Authenticator | MethodId::Passkey));
    let app_links: Vec<LinkView> = if needs_app {
        ["authenticator-app-store", "authenticator-google-play"]
            .iter()
            .filter_map(|id| link_view(facts, id, true))
            .collect()
    } else {
        vec![]
    };
    let organisation_links: Vec<LinkView> = links::all(facts.profile, facts.locale)
        .iter()
        .filter(|link| crate::links::CatalogueLink::parse(&link.id).is_none())
        .filter_map(|link| link_view(facts, &link.id, facts.progress.situation.has_smartphone()))
        .collect();
    PrepareView {
        app_links_title: (!app_links.is_empty()).then(|| facts.t("prepare-app-links-title")),
        app_links,
        organisation_links_title: (!organisation_links.is_empty())
            .then(|| facts.t("prepare-organisation-links-title")),
        organisation_links,
        title: facts.t("prepare-title"),
        estimate: estimate::sentence(facts, methods),
        intro: facts.t("prepare-intro"),
        order_title: facts.t("prepare-order-title"),
        order,
        checklist_title: facts.t("prepare-checklist-title"),
        checklist,
        timing: timing(facts),
    }
}

/// Whether this is pre-registration (before the organisation's date) or MFA is
/// already required, when the profile gives the date.
fn timing(facts: &Facts) -> Option<String> {
    let required = facts.profile.mfa_required_from?;
    let date = required.written(facts.locale);
    let id = if facts.today < required {
        "prepare-timing-before"
    } else {
        "prepare-timing-after"
    };
    Some(facts.t_with(id, &[("date", Arg::from(&date))]))
}
