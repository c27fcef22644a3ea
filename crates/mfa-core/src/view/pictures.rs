//! Pictures of what the person will see: Microsoft's pages, the Authenticator
//! app, Windows' passkey dialog, drawn as simple wireframes (never copies of
//! Microsoft's screenshots), with the one control to press highlighted.
//!
//! A picture is data: a frame (a browser, a phone, a Windows dialog), a title
//! and rows, every label from locales/. The window draws it as SVG (ui/views/
//! pictures.js) and reads `alt` to screen readers. Labels that name Microsoft's
//! controls use Microsoft's words in each language (`picture-*` messages).

use super::Facts;
use crate::i18n::Arg;
use crate::method::MethodId;
use crate::view::RegistrationPath;
use serde::Serialize;

/// One drawing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Picture {
    /// What it shows (`data-picture`), e.g. `add-method`.
    pub id: &'static str,
    /// `browser`, `phone` or `dialog`.
    pub frame: &'static str,
    /// The address shown in a browser frame.
    pub address: Option<String>,
    pub title: String,
    pub rows: Vec<PictureRow>,
    /// What the picture tells, under it.
    pub caption: String,
    /// The text alternative: the caption and the control to press.
    pub alt: String,
}

/// One line of a drawing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PictureRow {
    /// `text`, `button`, `link`, `option`, `field`, `toggle`, `code`, `qr`.
    pub kind: &'static str,
    pub label: String,
    /// The control to press (drawn with a thick outline and an arrow).
    pub highlight: bool,
}

/// A row before its label is looked up: kind, message id, highlighted.
type Row = (&'static str, &'static str, bool);

/// The rows of one picture, by message id.
struct Spec {
    id: &'static str,
    frame: &'static str,
    title: &'static str,
    rows: &'static [Row],
    caption: &'static str,
}

const SECURITY_INFO: Spec = Spec {
    id: "add-method",
    frame: "browser",
    title: "picture-security-info-title",
    rows: &[
        ("text", "picture-security-info-intro", false),
        ("link", "picture-add-method", true),
        ("text", "picture-security-info-list", false),
    ],
    caption: "picture-security-info-caption",
};

const FIRST_TIME: Spec = Spec {
    id: "first-time",
    frame: "browser",
    title: "picture-first-time-title",
    rows: &[
        ("text", "picture-first-time-text", false),
        ("button", "picture-next", true),
    ],
    caption: "picture-first-time-caption",
};

const FIRST_TIME_OTHER: Spec = Spec {
    id: "first-time-other-method",
    frame: "browser",
    title: "picture-keep-secure-title",
    rows: &[
        ("text", "picture-keep-secure-app", false),
        ("button", "picture-next", false),
        ("link", "picture-different-method", true),
    ],
    caption: "picture-first-time-other-caption",
};

const APP_ADD_ACCOUNT: Spec = Spec {
    id: "app-add-account",
    frame: "phone",
    title: "picture-app-title",
    rows: &[
        ("text", "picture-app-welcome", false),
        ("button", "picture-app-add-work-account", true),
        ("option", "picture-app-scan-qr", false),
    ],
    caption: "picture-app-add-account-caption",
};

const NUMBER_MATCHING: Spec = Spec {
    id: "number-matching",
    frame: "phone",
    title: "picture-number-title",
    rows: &[
        ("text", "picture-number-text", false),
        ("field", "picture-number-value", true),
        ("button", "picture-number-yes", false),
    ],
    caption: "picture-number-caption",
};

const PAIRING_LINK: Spec = Spec {
    id: "pairing-link",
    frame: "phone",
    title: "picture-pairing-title",
    rows: &[
        ("qr", "picture-pairing-qr", false),
        ("link", "register-pairing-link", true),
        ("button", "picture-next", false),
    ],
    caption: "register-pairing-caption",
};

const PASSKEY_PROVIDER: Spec = Spec {
    id: "passkey-provider",
    frame: "phone",
    title: "picture-provider-title",
    rows: &[
        ("toggle", "picture-provider-autofill", false),
        ("option", "picture-provider-authenticator", true),
    ],
    caption: "picture-provider-caption",
};

const APP_CREATE_PASSKEY: Spec = Spec {
    id: "app-create-passkey",
    frame: "phone",
    title: "picture-app-account-title",
    rows: &[
        ("text", "picture-app-account-text", false),
        ("button", "picture-app-create-passkey", true),
    ],
    caption: "picture-app-create-passkey-caption",
};

const SAVE_SYNCED: Spec = Spec {
    id: "save-synced-passkey",
    frame: "phone",
    title: "picture-save-passkey-title",
    rows: &[
        ("text", "picture-save-passkey-text", false),
        ("option", "picture-save-passkey-manager", true),
        ("button", "picture-continue", false),
    ],
    caption: "picture-save-synced-caption",
};

const WINDOWS_DEVICE: Spec = Spec {
    id: "windows-choose-device",
    frame: "dialog",
    title: "picture-windows-title",
    rows: &[
        ("option", "picture-windows-this-device", true),
        ("option", "picture-windows-phone", false),
        ("option", "picture-windows-security-key", false),
    ],
    caption: "picture-windows-device-caption",
};

const WINDOWS_KEY: Spec = Spec {
    id: "windows-choose-key",
    frame: "dialog",
    title: "picture-windows-title",
    rows: &[
        ("option", "picture-windows-this-device", false),
        ("option", "picture-windows-phone", false),
        ("option", "picture-windows-security-key", true),
    ],
    caption: "picture-windows-key-caption",
};

const PHONE_FORM: Spec = Spec {
    id: "phone-form",
    frame: "browser",
    title: "picture-phone-title",
    rows: &[
        ("field", "picture-phone-country", true),
        ("field", "picture-phone-number", false),
        ("option", "picture-phone-text-me", false),
        ("button", "picture-next", false),
    ],
    caption: "picture-phone-caption",
};

const OFFICE_FORM: Spec = Spec {
    id: "office-phone-form",
    frame: "browser",
    title: "picture-office-title",
    rows: &[
        ("field", "picture-phone-country", false),
        ("field", "picture-phone-number", false),
        ("field", "picture-office-extension", true),
        ("button", "picture-next", false),
    ],
    caption: "picture-office-caption",
};

const TOKEN_FORM: Spec = Spec {
    id: "token-form",
    frame: "browser",
    title: "picture-token-title",
    rows: &[
        ("field", "picture-token-serial", true),
        ("field", "picture-token-name", false),
        ("field", "picture-token-code", false),
        ("button", "picture-done", false),
    ],
    caption: "picture-token-caption",
};

/// The method as Microsoft's "Add a sign-in method" list names it.
fn listed_as(method: MethodId) -> &'static str {
    match method {
        MethodId::Authenticator => "picture-method-authenticator",
        MethodId::Passkey => "picture-method-passkey-authenticator",
        MethodId::SyncedPasskey | MethodId::WindowsPasskey | MethodId::SecurityKey => {
            "picture-method-passkey"
        }
        MethodId::OathToken => "picture-method-hardware-token",
        MethodId::Phone => "picture-method-phone",
        MethodId::AlternatePhone => "picture-method-alternate-phone",
        MethodId::OfficePhone => "picture-method-office-phone",
    }
}

/// The pictures of one registration, in the order the person meets them.
pub(crate) fn for_registration(
    facts: &Facts,
    method: MethodId,
    path: RegistrationPath,
    phone_only: bool,
) -> Vec<Picture> {
    let first_time = path == RegistrationPath::FirstTime && method.offered_at_first_sign_in();
    let mut pictures = vec![];
    // Where it starts: Microsoft's first-time screen, or "+ Add sign-in method".
    if first_time {
        pictures.push(draw(facts, &FIRST_TIME, None));
        if method == MethodId::Phone {
            pictures.push(draw(facts, &FIRST_TIME_OTHER, None));
        }
    } else if method != MethodId::Passkey {
        pictures.push(draw(facts, &SECURITY_INFO, None));
        pictures.push(choose_method(facts, method));
    }
    match method {
        MethodId::Authenticator => {
            pictures.push(draw(
                facts,
                if phone_only {
                    &PAIRING_LINK
                } else {
                    &APP_ADD_ACCOUNT
                },
                None,
            ));
            pictures.push(draw(facts, &NUMBER_MATCHING, None));
        }
        MethodId::Passkey => {
            pictures.push(draw(facts, &PASSKEY_PROVIDER, None));
            pictures.push(draw(facts, &APP_CREATE_PASSKEY, None));
        }
        MethodId::SyncedPasskey => pictures.push(draw(facts, &SAVE_SYNCED, None)),
        MethodId::WindowsPasskey => pictures.push(draw(facts, &WINDOWS_DEVICE, None)),
        MethodId::SecurityKey => pictures.push(draw(facts, &WINDOWS_KEY, None)),
        MethodId::OathToken => pictures.push(draw(facts, &TOKEN_FORM, None)),
        MethodId::Phone | MethodId::AlternatePhone => pictures.push(draw(facts, &PHONE_FORM, None)),
        MethodId::OfficePhone => pictures.push(draw(facts, &OFFICE_FORM, None)),
    }
    pictures
}

/// Microsoft's "Add a sign-in method" list, with `method` highlighted.
fn choose_method(facts: &Facts, method: MethodId) -> Picture {
    let name = facts.t(listed_as(method));
    let others = [
        "picture-method-authenticator",
        "picture-method-passkey",
        "picture-method-phone",
    ]
    .into_iter()
    .filter(|id| *id != listed_as(method))
    .take(2)
    .map(|id| PictureRow {
        kind: "option",
        label: facts.t(id),
        highlight: false,
    });
    let mut rows = vec![PictureRow {
        kind: "option",
        label: name.clone(),
        highlight: true,
    }];
    rows.extend(others);
    let caption = facts.t_with("picture-choose-caption", &[("method", Arg::from(&name))]);
    Picture {
        id: "choose-method",
        frame: "dialog",
        address: None,
        title: facts.t("picture-choose-title"),
        alt: alt(facts, &caption, &name),
        caption,
        rows,
    }
}

fn draw(facts: &Facts, spec: &Spec, address: Option<String>) -> Picture {
    let rows: Vec<PictureRow> = spec
        .rows
        .iter()
        .map(|&(kind, id, highlight)| PictureRow {
            kind,
            label: facts.t(id),
            highlight,
        })
        .collect();
    let caption = facts.t(spec.caption);
    let pressed = rows
        .iter()
        .find(|r| r.highlight)
        .map(|r| r.label.clone())
        .unwrap_or_default();
    Picture {
        id: spec.id,
        frame: spec.frame,
        address: address
            .or_else(|| (spec.frame == "browser").then(|| "mysignins.microsoft.com".to_owned())),
        title: facts.t(spec.title),
        alt: alt(facts, &caption, &pressed),
        caption,
        rows,
    }
}

/// "<caption> The highlighted part: <label>."
fn alt(facts: &Facts, caption: &str, pressed: &str) -> String {
    facts.t_with(
        "picture-alt",
        &[
            ("caption", Arg::from(caption)),
            ("control", Arg::from(pressed)),
        ],
    )
}

/// Every message id the pictures use, for the locale tests.
#[cfg(test)]
pub(crate) fn message_ids() -> Vec<&'static str> {
    let specs = [
        &SECURITY_INFO,
        &FIRST_TIME,
        &FIRST_TIME_OTHER,
        &APP_ADD_ACCOUNT,
        &NUMBER_MATCHING,
        &PAIRING_LINK,
        &PASSKEY_PROVIDER,
        &APP_CREATE_PASSKEY,
        &SAVE_SYNCED,
        &WINDOWS_DEVICE,
        &WINDOWS_KEY,
        &PHONE_FORM,
        &OFFICE_FORM,
        &TOKEN_FORM,
    ];
    let mut ids: Vec<&'static str> = specs
        .iter()
        .flat_map(|s| {
            [s.title, s.caption]
                .into_iter()
                .chain(s.rows.iter().map(|r| r.1))
        })
        .collect();
    ids.extend(MethodId::ALL.map(listed_as));
    ids.extend([
        "picture-choose-title",
        "picture-choose-caption",
        "picture-alt",
    ]);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, Texts};

    #[test]
    fn every_picture_reads_in_both_languages_with_one_control_highlighted() {
        let texts = Texts::load();
        for id in message_ids() {
            for locale in Locale::ALL {
                assert!(texts.has(locale, id), "{id} missing in {locale:?}");
            }
        }
        for spec in [&SECURITY_INFO, &FIRST_TIME, &WINDOWS_DEVICE, &TOKEN_FORM] {
            assert_eq!(spec.rows.iter().filter(|r| r.2).count(), 1, "{}", spec.id);
        }
    }
}
