//! The register step: one method's steps on the right Microsoft screen, its
//! links with QR codes, the phone check, and the pairing drawing.

use super::{link_view, numbered_lines, Facts, LinkView};
use crate::date::Date;
use crate::help_content::help_desk_name;
use crate::i18n::Arg;
use crate::method::MethodId;
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
    /// "Method 2 of 3".
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
    pub tips: Vec<String>,
    pub links: Vec<LinkView>,
    pub phone_check: Option<PhoneCheckForm>,
    /// For the app registered on the phone itself: a drawing of Microsoft's
    /// screen with the pairing link to tap instead of the QR code.
    pub pairing: Option<PairingIllustration>,
    pub done_label: String,
    pub skip_label: String,
    pub skip_hint: String,
    pub trouble_label: String,
    /// Where the troubleshooting guide opens for this method.
    pub trouble_node: &'static str,
}

/// A drawing of the Security info page on a phone, at the moment to tap the
/// pairing link (FAQ Q15).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PairingIllustration {
    pub caption: String,
    pub screen_title: String,
    pub qr_label: String,
    pub link_text: String,
    pub next_label: String,
    pub once_note: String,
}

fn pairing(facts: &Facts) -> PairingIllustration {
    PairingIllustration {
        caption: facts.t("register-pairing-caption"),
        screen_title: facts.t("register-pairing-screen-title"),
        qr_label: facts.t("register-pairing-qr-label"),
        link_text: facts.t("register-pairing-link"),
        next_label: facts.t("register-pairing-next"),
        once_note: facts.t("register-pairing-once"),
    }
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
    // On the phone-only path the computer is the bridge: its QR codes open the
    // page and the app store on the phone, as they do everywhere else.
    let mut link_ids = vec!["security-info"];
    if matches!(method, MethodId::Authenticator | MethodId::Passkey) {
        link_ids.push("authenticator-download");
    }
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
            ],
        ),
        intro: facts.t(&format!("register-{id}-intro")),
        path: path.as_str(),
        path_note,
        after_retirement,
        steps_title: facts.t("register-steps-title"),
        steps,
        tips,
        links: link_ids
            .into_iter()
            .filter_map(|link| link_view(facts, link, true))
            .collect(),
        phone_check: method.is_phone_line().then(|| PhoneCheckForm {
            title: facts.t("register-phone-check-title"),
            label: facts.t("register-phone-check-label"),
            hint: facts.t("register-phone-check-hint"),
            privacy: facts.t("register-phone-check-privacy"),
            button: facts.t("register-phone-check-button"),
        }),
        pairing: (method == MethodId::Authenticator && phone_only).then(|| pairing(facts)),
        done_label: facts.t("register-done"),
        skip_label: facts.t("register-skip"),
        skip_hint: facts.t("register-skip-hint"),
        trouble_label: facts.t("register-trouble"),
        trouble_node: crate::troubleshoot::entry_for_method(method).as_str(),
    })
}
