//! The register step: one method's steps on the right Microsoft screen, its
//! links with QR codes, the phone check, and the pairing drawing.

use super::pictures::{self, Picture};
use super::{link_view, numbered_lines, Facts, LinkView};
use crate::date::Date;
use crate::i18n::Arg;
use crate::method::MethodId;
use mfa_help::view::help_desk_name;
use serde::Serialize;

/// The phone-number check offered on the register step of a phone method.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneCheckForm {
    pub title: String,
    pub label: String,
    pub hint: String,
    pub privacy: String,
    pub button: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterView {
    pub method: &'static str,
    pub title: String,
    /// "Method 2 of 3 · about 4 minutes".
    pub position: String,
    pub intro: String,
    /// Which of Microsoft's screens the steps follow: `first` (no method yet:
    /// "More information required", then "Keep your account secure") or
    /// `later` ("+ Add sign-in method" on the Security info page). Also
    /// `data-path` in the window.
    pub path: &'static str,
    /// What the person will see first, and what to do if it differs.
    pub path_note: String,
    /// After Microsoft's date, for someone who may have only a phone number:
    /// Microsoft's blocking "create a passkey" screen comes first.
    pub after_retirement: Option<String>,
    pub steps_title: String,
    pub steps: Vec<String>,
    /// Pictures of the screens the steps go through, in order.
    pub pictures: Vec<Picture>,
    /// "Show more": the tips, folded.
    pub more_label: String,
    pub tips: Vec<String>,
    /// Links to open: the Security info page, and the app store where a
    /// smartphone's camera will scan its QR code.
    pub links: Vec<LinkView>,
    pub phone_check: Option<PhoneCheckForm>,
    /// What "Skip for now" (in the action bar) does.
    pub skip_hint: String,
}

/// Which of Microsoft's screens a registration goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationPath {
    /// No method yet: "More information required", then "Keep your account
    /// secure", which offers the app and hides the phone behind "I want to set
    /// up a different method".
    FirstTime,
    /// "+ Add sign-in method" on the Security info page.
    AddMethod,
}

impl RegistrationPath {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationPath::FirstTime => "first",
            RegistrationPath::AddMethod => "later",
        }
    }
}

/// The message id of a method's steps on a path, registering on a computer
/// (`pc`) or on the phone only (`phone-only`). Methods Microsoft's first-time
/// setup does not offer always take the Security info path.
pub fn steps_message_id(method: MethodId, path: RegistrationPath, phone_only: bool) -> String {
    let device = if phone_only { "phone-only" } else { "pc" };
    let id = method.as_str();
    match path {
        RegistrationPath::FirstTime if method.offered_at_first_sign_in() => {
            format!("register-{id}-steps-first-{device}")
        }
        _ => format!("register-{id}-steps-{device}"),
    }
}

/// The register step for the current method; `None` when none is left.
pub fn register(facts: &Facts) -> Option<RegisterView> {
    let method = facts.progress.current_method()?;
    let total = facts.progress.to_register.len();
    let number = facts.progress.registered.len() + facts.progress.skipped.len() + 1;
    let id = method.as_str();
    let phone_only = facts.phone_only();
    let path = if facts.progress.nothing_registered_yet() {
        RegistrationPath::FirstTime
    } else {
        RegistrationPath::AddMethod
    };
    let name = facts.method_name(method);
    let path_note = match path {
        RegistrationPath::FirstTime if method.offered_at_first_sign_in() => {
            facts.t("register-path-first")
        }
        RegistrationPath::FirstTime => facts.t_with(
            "register-path-first-not-offered",
            &[("method", Arg::from(&name))],
        ),
        RegistrationPath::AddMethod => facts.t("register-path-later"),
    };
    let steps = numbered_lines(facts, &steps_message_id(method, path, phone_only));
    let tips = numbered_lines(facts, &format!("register-{id}-tips"));
    let after_retirement =
        (facts.progress.nothing_registered_yet() && facts.phone_lines().some_ended()).then(|| {
            let help_desk = help_desk_name(facts.texts, facts.locale, facts.profile);
            facts.t_with(
                "register-path-after-retirement",
                &[
                    (
                        "date",
                        Arg::from(&Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(facts.locale)),
                    ),
                    ("helpdesk", Arg::from(&help_desk)),
                ],
            )
        });
    Some(RegisterView {
        method: id,
        title: facts.t_with("register-title", &[("method", Arg::from(&name))]),
        position: facts.t_with(
            "register-position",
            &[
                ("number", Arg::from(number as i64)),
                ("total", Arg::from(total as i64)),
                (
                    "minutes",
                    Arg::from(i64::from(method.minutes_to_register())),
                ),
            ],
        ),
        intro: facts.t(&format!("register-{id}-intro")),
        path: path.as_str(),
        path_note,
        after_retirement,
        steps_title: facts.t("register-steps-title"),
        steps,
        pictures: pictures::for_registration(facts, method, path, phone_only),
        more_label: facts.t("register-more"),
        tips,
        links: links(facts, method, phone_only),
        phone_check: method.is_phone_line().then(|| PhoneCheckForm {
            title: facts.t("register-phone-check-title"),
            label: facts.t("register-phone-check-label"),
            hint: facts.t("register-phone-check-hint"),
            privacy: facts.t("register-phone-check-privacy"),
            button: facts.t("register-phone-check-button"),
        }),
        skip_hint: facts.t("register-skip-hint"),
    })
}

/// The links of a register step. A QR code only where the person will scan it
/// with the smartphone's camera: the app store, and the Security info page
/// when they register on the phone. On a computer the page opens in its
/// browser, so no QR code of ours stands where Microsoft's pairing code is
/// meant; someone without a smartphone sees none at all.
fn links(facts: &Facts, method: MethodId, phone_only: bool) -> Vec<LinkView> {
    let scans = facts.progress.situation.has_smartphone();
    let mut links = vec![];
    if method == MethodId::Authenticator && scans {
        links.extend(link_view(facts, "authenticator-download", true));
    }
    // A synced passkey is saved on the phone, in its own browser: the steps
    // give the short address to type there.
    if method != MethodId::SyncedPasskey || phone_only {
        links.extend(link_view(facts, "security-info", phone_only && scans));
    }
    links
}
