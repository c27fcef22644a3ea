//! "If your phone is lost, broken or replaced": what still lets the person in
//! (`done::lost_phone_plan`, the plan step's rule), or the help desk with its
//! contact. Shown on the plan step where the plan cannot survive a lost phone,
//! and on the done step for what was registered.

use super::{help_desk_card, Facts, HelpDeskCard};
use crate::done::{lost_phone_plan, LostPhonePlan};
use crate::method::MethodId;
use mfa_help::view::Renderer;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LostPhoneView {
    pub title: String,
    /// `other-places` or `help-desk` (`data-lost-phone` in the window).
    pub kind: &'static str,
    pub lines: Vec<String>,
    /// The help desk's card, when nothing else lets the person in.
    pub help_desk: Option<HelpDeskCard>,
}

/// The lost-phone plan for `methods`, or `None` when none is on a phone.
pub(crate) fn lost_phone(facts: &Facts, methods: &[MethodId]) -> Option<LostPhoneView> {
    let plan = lost_phone_plan(methods, &facts.phone_lines())?;
    let context = facts.help_context();
    let renderer = Renderer::new(facts.texts, facts.locale, &context);
    let title = renderer.text("lost-phone-title");
    Some(match plan {
        LostPhonePlan::OtherPlaces(places) => {
            let mut lines: Vec<String> = places
                .iter()
                .map(|place| renderer.text(&format!("lost-phone-way-{}", place.as_str())))
                .collect();
            lines.push(renderer.text("lost-phone-then"));
            LostPhoneView {
                title,
                kind: "other-places",
                lines,
                help_desk: None,
            }
        }
        LostPhonePlan::HelpDesk => LostPhoneView {
            title,
            kind: "help-desk",
            lines: vec![renderer.text("lost-phone-help-desk")],
            help_desk: Some(help_desk_card(
                facts,
                renderer.help_desk(&["faq-bring-photo-id"]),
            )),
        },
    })
}
