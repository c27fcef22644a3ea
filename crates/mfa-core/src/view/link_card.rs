//! The link card: a link's caption, its QR code, the address to type, and the
//! buttons around it (open, copy, save, enlarge), on every step and in help.

use super::Facts;
use crate::i18n::Arg;
use crate::links::{self, Link};
use crate::qr;
use serde::Serialize;

/// A link with everything the window shows around it: buttons, the address to
/// type, and (when useful on a phone) its QR code as an SVG data URL.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkView {
    pub id: String,
    pub caption: String,
    /// The full address (what "Copy link" copies).
    pub url: String,
    /// The address as a person types it (`aka.ms/mysecurityinfo`).
    pub readable: String,
    pub qr: Option<String>,
    pub qr_label: Option<String>,
    pub open_label: String,
    pub copy_label: String,
    pub copied_label: String,
    pub copy_failed_label: String,
    pub save_label: String,
    pub enlarge_label: Option<String>,
    pub qr_hint: Option<String>,
    /// What to try when the phone's camera does not react (with a QR code only).
    pub camera_title: Option<String>,
    pub camera_tips: Vec<String>,
}

const CAMERA_TIPS: [&str; 7] = [
    "links-camera-tip-camera-app",
    "links-camera-tip-android",
    "links-camera-tip-distance",
    "links-camera-tip-larger",
    "links-camera-tip-screen",
    "links-camera-tip-type",
    "links-camera-tip-send-to-self",
];

/// Builds the link `id`, with a QR code when `with_qr`; `None` when the link
/// does not resolve (unknown, or refused by the link policy).
pub fn link_view(facts: &Facts, id: &str, with_qr: bool) -> Option<LinkView> {
    let link = links::resolve(id, facts.profile, facts.locale)?;
    let caption = link.caption_text(facts.texts, facts.locale);
    let qr = with_qr.then(|| svg_data_url(&link));
    Some(LinkView {
        id: link.id.clone(),
        qr_label: with_qr.then(|| {
            facts.t_with(
                "links-qr-label",
                &[("caption", Arg::from(caption.as_str()))],
            )
        }),
        caption,
        url: link.url.as_str().to_owned(),
        readable: link.readable.clone(),
        qr,
        open_label: facts.t("links-action-open"),
        copy_label: facts.t("links-action-copy"),
        copied_label: facts.t("links-action-copied"),
        copy_failed_label: facts.t("links-action-copy-failed"),
        save_label: facts.t("links-action-save-image"),
        enlarge_label: with_qr.then(|| facts.t("links-action-enlarge")),
        qr_hint: with_qr.then(|| facts.t("links-qr-hint")),
        camera_title: with_qr.then(|| facts.t("links-camera-title")),
        camera_tips: if with_qr {
            CAMERA_TIPS.iter().map(|id| facts.t(id)).collect()
        } else {
            vec![]
        },
    })
}

/// The CSP allows images from `data:` only; SVG needs no base64, just escaping
/// of the characters that are special in a URL.
fn svg_data_url(link: &Link) -> String {
    let svg = qr::svg(&link.url);
    let mut url = String::from("data:image/svg+xml,");
    for c in svg.chars() {
        match c {
            '%' => url.push_str("%25"),
            '#' => url.push_str("%23"),
            '<' => url.push_str("%3C"),
            '>' => url.push_str("%3E"),
            '"' => url.push('\''),
            c => url.push(c),
        }
    }
    url
}
