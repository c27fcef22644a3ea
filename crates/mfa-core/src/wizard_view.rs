//! What each wizard step shows, built from the progress, the profile and the
//! day, in the user's language. Pure: the assistant calls it for every screen.

use crate::date::Date;
use crate::i18n::{Arg, Locale, Texts};
use crate::links::{self, Link};
use crate::method::MethodId;
use crate::profile::Profile;
use crate::qr;
use crate::recommend::{self, PlanView, WarningView};
use crate::situation::{self, QuestionId, QuestionView};
use crate::wizard::Progress;
use serde::Serialize;

/// What the steps have in common to build their views from.
pub struct Facts<'a> {
    pub texts: &'a Texts,
    pub locale: Locale,
    pub profile: &'a Profile,
    pub today: Date,
    pub progress: &'a Progress,
}

impl Facts<'_> {
    pub(crate) fn t(&self, id: &str) -> String {
        self.texts.get(self.locale, id)
    }

    pub(crate) fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.texts.get_with(self.locale, id, args)
    }

    pub(crate) fn method_name(&self, method: MethodId) -> String {
        self.t(&format!("method-{}-name", method.as_str()))
    }

    /// The engine's plan for the current answers.
    pub fn plan(&self) -> recommend::Plan {
        recommend::recommend(&self.progress.situation, self.profile, self.today)
    }

    /// Whether the person said they have only a phone (no PC) for registering.
    pub(crate) fn phone_only(&self) -> bool {
        self.progress.situation.answer(QuestionId::SetupDevice) == Some("phone-only")
    }
}

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

// ---------------------------------------------------------------- situation

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SituationView {
    pub title: String,
    pub intro: String,
    pub optional_label: String,
    pub questions: Vec<QuestionView>,
}

pub fn situation(facts: &Facts) -> SituationView {
    SituationView {
        title: facts.t("wizard-situation-title"),
        intro: facts.t("wizard-situation-intro"),
        optional_label: facts.t("wizard-situation-optional"),
        questions: situation::questions_view(&facts.progress.situation, facts.texts, facts.locale),
    }
}

// --------------------------------------------------------------------- plan

/// One method on the plan step, to tick or untick.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodChoice {
    pub method: &'static str,
    pub name: String,
    pub summary: String,
    pub chosen: bool,
    pub recommended: bool,
    /// Why it cannot be chosen (disabled by the organisation); `None` if it can.
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanStepView {
    pub title: String,
    pub intro: String,
    pub plan: PlanView,
    pub choices_title: String,
    pub choices_intro: String,
    pub choices: Vec<MethodChoice>,
    /// Problems with the user's own selection (only when it differs from the plan).
    pub selection_warnings: Vec<WarningView>,
    /// Shown when the user changed the plan: a button to go back to it.
    pub reset_label: Option<String>,
}

pub fn plan(facts: &Facts) -> PlanStepView {
    let plan = facts.plan();
    let plan_methods = plan.methods();
    let chosen = facts.progress.chosen(&plan_methods);
    let customised = facts.progress.selection.is_some() && chosen != plan_methods;
    let choices = MethodId::ALL
        .iter()
        .map(|&method| MethodChoice {
            method: method.as_str(),
            name: facts.method_name(method),
            summary: method_summary(facts, method),
            chosen: chosen.contains(&method),
            recommended: plan_methods.contains(&method),
            unavailable: (!facts.profile.enables(method))
                .then(|| facts.t("wizard-plan-method-disabled")),
        })
        .collect();
    let selection_warnings = if customised {
        recommend::check_selection(&chosen, facts.profile, facts.today)
            .iter()
            .map(|w| w.view(facts.texts, facts.locale, facts.profile))
            .collect()
    } else {
        vec![]
    };
    PlanStepView {
        title: facts.t("wizard-plan-title"),
        intro: facts.t("wizard-plan-intro"),
        plan: plan.view(facts.texts, facts.locale, facts.profile),
        choices_title: facts.t("wizard-plan-choices-title"),
        choices_intro: facts.t("wizard-plan-choices-intro"),
        choices,
        selection_warnings,
        reset_label: customised.then(|| facts.t("wizard-plan-reset")),
    }
}

/// A method's one-line summary; a phone line that ends with Microsoft's
/// retirement says until when.
fn method_summary(facts: &Facts, method: MethodId) -> String {
    let summary = facts.t(&format!("method-{}-summary", method.as_str()));
    if method.is_phone_line()
        && recommend::PhoneLines::on(facts.profile, facts.today)
            == recommend::PhoneLines::UntilRetirement
    {
        let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(facts.locale);
        facts.t_with(
            "wizard-plan-method-until",
            &[("summary", Arg::from(&summary)), ("date", Arg::from(&date))],
        )
    } else {
        summary
    }
}

// ------------------------------------------------------------------ prepare

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrepareView {
    pub title: String,
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
    if methods
        .iter()
        .any(|m| matches!(m, MethodId::Authenticator | MethodId::Passkey))
    {
        checklist.push(facts.t("prepare-check-smartphone"));
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
    checklist.push(facts.t("prepare-check-time"));
    let needs_app = methods
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
        .filter_map(|link| link_view(facts, &link.id, true))
        .collect();
    PrepareView {
        app_links_title: (!app_links.is_empty()).then(|| facts.t("prepare-app-links-title")),
        app_links,
        organisation_links_title: (!organisation_links.is_empty())
            .then(|| facts.t("prepare-organisation-links-title")),
        organisation_links,
        title: facts.t("prepare-title"),
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

// ----------------------------------------------------------------- register

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
    pub steps_title: String,
    pub steps: Vec<String>,
    /// Another way to the same method (a synced passkey), when the
    /// organisation allows it.
    pub alternative: Option<StepsBlock>,
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

/// A titled list of steps.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepsBlock {
    pub title: String,
    pub steps: Vec<String>,
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
    let alternative =
        (method == MethodId::Passkey && facts.profile.synced_passkeys).then(|| StepsBlock {
            title: facts.t("register-passkey-synced-title"),
            steps: numbered_lines(facts, "register-passkey-synced-steps"),
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
        steps_title: facts.t("register-steps-title"),
        steps,
        alternative,
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

/// The lines of a message written as attributes (`.step1`, `.step2`, …), as
/// many as the locale defines, so an instruction can grow without code.
fn numbered_lines(facts: &Facts, id: &str) -> Vec<String> {
    facts.texts.lines(facts.locale, id)
}

// ------------------------------------------------------------------- verify

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
    pub worked_label: String,
    pub failed_label: String,
    pub links: Vec<LinkView>,
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
        skipped: skipped(facts),
        worked_label: facts.t("verify-worked"),
        failed_label: facts.t("verify-failed"),
        links: link_view(facts, "security-info", false)
            .into_iter()
            .collect(),
    }
}

/// The skipped methods, or `None` when nothing was skipped.
pub(crate) fn skipped(facts: &Facts) -> Option<SkippedView> {
    let progress = facts.progress;
    if progress.skipped.is_empty() {
        return None;
    }
    let explanation = if progress.registered.len() < 2 {
        "skipped-explanation-below-two"
    } else {
        "skipped-explanation"
    };
    Some(SkippedView {
        title: facts.t("skipped-title"),
        explanation: facts.t(explanation),
        methods: progress
            .skipped
            .iter()
            .map(|&m| {
                let name = facts.method_name(m);
                SkippedMethod {
                    method: m.as_str(),
                    return_label: facts.t("skipped-return-now"),
                    return_description: facts
                        .t_with("skipped-return", &[("method", Arg::from(&name))]),
                    name,
                }
            })
            .collect(),
    })
}

pub(crate) fn registered_names(facts: &Facts) -> Vec<String> {
    facts
        .progress
        .registered
        .iter()
        .map(|&m| facts.method_name(m))
        .collect()
}
