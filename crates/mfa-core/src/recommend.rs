//! The help desk's advice on which methods to register, as rules.
//!
//! Two eras decide the shape of a plan:
//! - While phone lines work (before Microsoft retires its own SMS and voice on
//!   2027-02-01, or always when the organisation keeps its own provider), the
//!   help desk's standard holds: the mobile number for SMS first, then the app
//!   and/or the office phone (FAQ Q2, Q9).
//! - Afterwards, without a provider, no phone method is recommended; the app
//!   leads, with a passkey beside it, or a security key for people without a
//!   smartphone.
//!
//! In both, the plan has two methods or more whenever the person's situation
//! allows two, so one lost or forgotten phone never locks anyone out.

use crate::date::Date;
use crate::i18n::{Arg, Locale, Texts};
use crate::method::MethodId;
use crate::profile::Profile;
use crate::situation::{QuestionId, Situation};
use crate::wizard_view::format_date;
use serde::Serialize;

/// Whether a method is the one to use day to day or a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Primary,
    Backup,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Primary => "primary",
            Role::Backup => "backup",
        }
    }
}

/// Why a method is in the plan. Each names the FAQ question or fact it rests
/// on; the text is `plan-reason-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// SMS to one's own mobile first: the help desk's standard (Q2, Q9).
    PhoneStandard,
    /// A feature phone that receives SMS is enough (Q5).
    PhoneFeaturePhone,
    /// Phone lines stay because the organisation keeps its own provider.
    PhoneOwnProvider,
    /// The app as the second method of the standard (Q9).
    AuthenticatorSecond,
    /// The app's codes work offline and abroad (Q1, Q6).
    AuthenticatorTravel,
    /// The app needs no phone number (for people who keep theirs private).
    AuthenticatorNoNumber,
    /// The app leads once Microsoft's SMS and voice have ended.
    AuthenticatorAfterRetirement,
    /// A passkey: phishing-resistant, and what Microsoft asks for after the retirement.
    PasskeySecond,
    /// The desk phone, when the personal phone stays in a locker (Q8).
    OfficePhoneAtWork,
    /// The desk phone as an independent backup (Q9).
    OfficePhoneBackup,
    /// A shared line, only because nothing else gives a second method (Q8).
    OfficePhoneShared,
    /// A security key, for people without a smartphone.
    SecurityKeyNoSmartphone,
    /// A security key, to reach two methods.
    SecurityKeyBackup,
}

impl Reason {
    fn message_id(self) -> String {
        let json = serde_json::to_value(self).expect("a unit variant serialises");
        format!("plan-reason-{}", json.as_str().unwrap_or_default())
    }
}

/// One method of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanEntry {
    pub method: MethodId,
    pub role: Role,
    pub reason: Reason,
}

/// Something the person should know about a plan or a selection; the text is
/// `plan-warning-<id>` (ids are the `data-warning` test contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanWarning {
    pub id: &'static str,
}

/// The recommended methods, in the order to register them, with warnings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub entries: Vec<PlanEntry>,
    pub warnings: Vec<PlanWarning>,
}

/// What a person's answers make possible, before choosing.
struct Means {
    smartphone: bool,
    mobile: bool,
    private_ok: bool,
    office: Option<&'static str>,
    phone_at_work: bool,
    travels: bool,
    phone_only_setup: bool,
}

impl Means {
    /// Missing answers count as the cautious choice: no device, no consent.
    fn of(s: &Situation) -> Means {
        Means {
            smartphone: s.is(QuestionId::Smartphone, "smartphone"),
            mobile: matches!(
                s.answer(QuestionId::Smartphone),
                Some("smartphone" | "feature-phone")
            ),
            private_ok: s.is(QuestionId::PrivateNumber, "ok"),
            office: s
                .answer(QuestionId::OfficePhone)
                .filter(|line| *line != "none"),
            phone_at_work: !s.is(QuestionId::PhoneAtWork, "forbidden"),
            travels: s.is(QuestionId::Travel, "often"),
            phone_only_setup: s.is(QuestionId::SetupDevice, "phone-only"),
        }
    }
}

/// The plan for `situation` under `profile` on `today`. Never panics; missing
/// answers are treated cautiously (see `Means::of`).
pub fn recommend(situation: &Situation, profile: &Profile, today: Date) -> Plan {
    let means = Means::of(situation);
    let lines_work = profile.phone_lines_work_on(today);
    let mut plan = PlanBuilder::new(profile);

    if lines_work {
        if means.mobile && means.private_ok {
            let reason = if today >= Date::MICROSOFT_SMS_VOICE_RETIREMENT {
                Reason::PhoneOwnProvider
            } else if means.smartphone {
                Reason::PhoneStandard
            } else {
                Reason::PhoneFeaturePhone
            };
            plan.add(MethodId::Phone, reason);
        }
        if means.smartphone {
            let reason = if means.travels {
                Reason::AuthenticatorTravel
            } else if !means.private_ok {
                Reason::AuthenticatorNoNumber
            } else {
                Reason::AuthenticatorSecond
            };
            plan.add(MethodId::Authenticator, reason);
        }
        if means.office == Some("own-line") {
            let reason = if means.phone_at_work {
                Reason::OfficePhoneBackup
            } else {
                Reason::OfficePhoneAtWork
            };
            plan.add(MethodId::OfficePhone, reason);
        }
        if means.smartphone && plan.len() < 2 {
            plan.add(MethodId::Passkey, Reason::PasskeySecond);
        }
        if means.office == Some("shared-line") && (plan.len() < 2 || !means.phone_at_work) {
            plan.add(MethodId::OfficePhone, Reason::OfficePhoneShared);
        }
    } else if means.smartphone {
        plan.add(
            MethodId::Authenticator,
            Reason::AuthenticatorAfterRetirement,
        );
        plan.add(MethodId::Passkey, Reason::PasskeySecond);
    }
    if plan.len() < 2 {
        let reason = if means.smartphone {
            Reason::SecurityKeyBackup
        } else {
            Reason::SecurityKeyNoSmartphone
        };
        plan.add(MethodId::SecurityKey, reason);
    }

    let methods = plan.methods();
    let mut warnings = vec![];
    let mut warn = |id| warnings.push(PlanWarning { id });
    match methods.len() {
        0 => warn("no-method"),
        1 => warn("only-one-method"),
        _ => {}
    }
    let has_line = methods.iter().any(|m| m.is_phone_line());
    if has_line && !profile.phone_lines_work_on(Date::MICROSOFT_SMS_VOICE_RETIREMENT) {
        warn("retirement-ahead");
    }
    if !lines_work && (means.mobile || means.office.is_some()) {
        warn("phone-lines-ended");
    }
    if means.travels && methods.contains(&MethodId::Phone) {
        warn("roaming");
    }
    if means.travels && !means.smartphone {
        warn("travel-without-app");
    }
    if plan.has_reason(Reason::OfficePhoneShared) {
        warn("office-phone-shared");
    }
    if !means.phone_at_work
        && !methods.contains(&MethodId::OfficePhone)
        && !methods.is_empty()
        && methods.iter().all(|m| *m != MethodId::SecurityKey)
    {
        warn("phone-forbidden-no-office");
    }
    if methods.contains(&MethodId::SecurityKey) {
        warn("security-key-help-desk");
    }
    if means.phone_only_setup && methods.contains(&MethodId::Authenticator) {
        warn("phone-only-pairing");
    }
    Plan {
        entries: plan.entries,
        warnings,
    }
}

/// Collects entries: each method once, only if the organisation enables it;
/// the first is primary unless it is a security key (never the default).
struct PlanBuilder<'a> {
    profile: &'a Profile,
    entries: Vec<PlanEntry>,
}

impl PlanBuilder<'_> {
    fn new(profile: &Profile) -> PlanBuilder<'_> {
        PlanBuilder {
            profile,
            entries: vec![],
        }
    }

    fn add(&mut self, method: MethodId, reason: Reason) {
        if !self.profile.enables(method) || self.entries.iter().any(|e| e.method == method) {
            return;
        }
        let role = if self.entries.is_empty() {
            Role::Primary
        } else {
            Role::Backup
        };
        self.entries.push(PlanEntry {
            method,
            role,
            reason,
        });
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn methods(&self) -> Vec<MethodId> {
        self.entries.iter().map(|e| e.method).collect()
    }

    fn has_reason(&self, reason: Reason) -> bool {
        self.entries.iter().any(|e| e.reason == reason)
    }
}

/// Warnings about a selection the person made themselves on the plan step.
pub fn check_selection(methods: &[MethodId], profile: &Profile, today: Date) -> Vec<PlanWarning> {
    let mut warnings = vec![];
    let mut warn = |id| warnings.push(PlanWarning { id });
    if methods.len() == 1 {
        warn("only-one-method");
    }
    if methods.iter().any(|m| !profile.enables(*m)) {
        warn("method-disabled");
    }
    let has_line = methods.iter().any(|m| m.is_phone_line());
    if has_line && !profile.phone_lines_work_on(today) {
        warn("phone-lines-ended");
    } else if has_line && !profile.phone_lines_work_on(Date::MICROSOFT_SMS_VOICE_RETIREMENT) {
        warn("retirement-ahead");
    }
    if methods == [MethodId::SecurityKey] {
        warn("security-key-not-default");
    } else if methods.contains(&MethodId::SecurityKey) {
        warn("security-key-help-desk");
    }
    if !methods.is_empty() && methods.iter().all(|m| m.is_phone_line()) && methods.len() > 1 {
        warn("phone-lines-only");
    }
    warnings
}

/// The order to register `methods` in. The first is registered when Microsoft
/// first asks, the rest through "+ Add sign-in method":
/// 1. the phone (SMS) first — the quickest to set up, the help desk's standard (Q9);
/// 2. the app before a passkey, because the passkey is kept in the app;
/// 3. then the office phone and the alternate phone (calls only);
/// 4. a security key last: it cannot be the default method.
pub fn registration_order(methods: &[MethodId]) -> Vec<MethodId> {
    const ORDER: [MethodId; 6] = [
        MethodId::Phone,
        MethodId::Authenticator,
        MethodId::Passkey,
        MethodId::OfficePhone,
        MethodId::AlternatePhone,
        MethodId::SecurityKey,
    ];
    ORDER.into_iter().filter(|m| methods.contains(m)).collect()
}

/// A plan as the plan step shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    pub entries: Vec<PlanEntryView>,
    pub warnings: Vec<WarningView>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanEntryView {
    pub method: &'static str,
    pub role: &'static str,
    pub role_label: String,
    pub name: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningView {
    pub id: &'static str,
    pub text: String,
}

impl Plan {
    pub fn methods(&self) -> Vec<MethodId> {
        self.entries.iter().map(|e| e.method).collect()
    }

    pub fn view(&self, texts: &Texts, locale: Locale, profile: &Profile, _today: Date) -> PlanView {
        let args = TextArgs::new(texts, locale, profile);
        PlanView {
            entries: self
                .entries
                .iter()
                .map(|e| PlanEntryView {
                    method: e.method.as_str(),
                    role: e.role.as_str(),
                    role_label: texts.get(locale, &format!("plan-role-{}", e.role.as_str())),
                    name: texts.get(locale, &format!("method-{}-name", e.method.as_str())),
                    reason: args.text(&e.reason.message_id()),
                })
                .collect(),
            warnings: self.warnings.iter().map(|w| w.view_with(&args)).collect(),
        }
    }
}

impl PlanWarning {
    /// The warning in `locale` (for a selection check; a plan's warnings come
    /// with `Plan::view`).
    pub fn view(&self, texts: &Texts, locale: Locale, profile: &Profile) -> WarningView {
        self.view_with(&TextArgs::new(texts, locale, profile))
    }

    fn view_with(&self, args: &TextArgs) -> WarningView {
        WarningView {
            id: self.id,
            text: args.text(&format!("plan-warning-{}", self.id)),
        }
    }
}

/// The arguments every plan text may use: the retirement date and the help
/// desk's name, in the locale.
struct TextArgs<'a> {
    texts: &'a Texts,
    locale: Locale,
    date: String,
    helpdesk: String,
}

impl<'a> TextArgs<'a> {
    fn new(texts: &'a Texts, locale: Locale, profile: &Profile) -> TextArgs<'a> {
        TextArgs {
            texts,
            locale,
            date: format_date(Date::MICROSOFT_SMS_VOICE_RETIREMENT, locale),
            helpdesk: profile
                .help_desk
                .name
                .as_ref()
                .map(|n| n.get(locale).to_owned())
                .unwrap_or_else(|| texts.get(locale, "plan-helpdesk-fallback")),
        }
    }

    fn text(&self, id: &str) -> String {
        self.texts.get_with(
            self.locale,
            id,
            &[
                ("date", Arg::from(&self.date)),
                ("helpdesk", Arg::from(&self.helpdesk)),
            ],
        )
    }
}

#[cfg(test)]
mod tests;
