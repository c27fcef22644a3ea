//! The banners about staying current: an update the organisation offers
//! (with its button and progress), and the advice's age when no update has
//! come for a long time.

use super::{Banner, BannerAction, Facts};
use crate::i18n::Arg;
use crate::sources;
use crate::updates::{summary_in, UpdateState, ADVICE_AGE_LIMIT_DAYS};
use mfa_help::view::help_desk_name;

/// The banner for `update`, if it has one.
pub fn update_banner(facts: &Facts, update: &UpdateState) -> Option<Banner> {
    let helpdesk = help_desk_name(facts.texts, facts.locale, facts.profile);
    Some(match update {
        UpdateState::None => return None,
        UpdateState::Available { version, notes } => Banner {
            kind: "update",
            text: match notes.as_deref().and_then(|n| summary_in(n, facts.locale)) {
                Some(summary) => facts.t_with(
                    "update-available-with-summary",
                    &[
                        ("version", Arg::from(version)),
                        ("summary", Arg::from(&summary)),
                    ],
                ),
                None => facts.t_with("update-available", &[("version", Arg::from(version))]),
            },
            action: Some(BannerAction {
                action: "install-update",
                label: facts.t("update-install"),
            }),
            progress: None,
        },
        UpdateState::Installing { percent } => Banner {
            kind: "update",
            text: facts.t("update-installing"),
            action: None,
            progress: Some(percent.unwrap_or(0)),
        },
        UpdateState::Failed => Banner {
            kind: "info",
            text: facts.t_with("update-failed", &[("helpdesk", Arg::from(&helpdesk))]),
            action: None,
            progress: None,
        },
    })
}

/// "The advice was checked on …; Microsoft's screens may have changed."
pub fn advice_age_banner(facts: &Facts) -> Banner {
    let helpdesk = help_desk_name(facts.texts, facts.locale, facts.profile);
    Banner {
        kind: "info",
        text: facts.t_with(
            "advice-may-be-old",
            &[
                (
                    "date",
                    Arg::from(&sources::ADVICE_CHECKED.written(facts.locale)),
                ),
                ("days", Arg::from(ADVICE_AGE_LIMIT_DAYS)),
                ("helpdesk", Arg::from(&helpdesk)),
            ],
        ),
        action: None,
        progress: None,
    }
}
