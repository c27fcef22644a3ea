//! The help desk's advice on which methods to register, as rules.
//!
//! What decides the shape of a plan is how long Microsoft's phone lines (SMS
//! and voice calls) last for this organisation (`PhoneLines`):
//! - **Lasting** (the organisation keeps its own telecom provider): the help
//!   desk's standard holds: the mobile number for SMS first, then the app and/or
//!   the office phone (FAQ Q2, Q9).
//! - **Until the retirement** (no provider, before 2027-02-01): the app and a
//!   passkey lead already now, so nobody has to redo their setup in February.
//!   Phone lines may stay as interim methods, marked with their end date: the
//!   office phone (a second device, FAQ Q8), and SMS for someone without a
//!   smartphone (FAQ Q5), who is told what to do before the date. The FAQ's
//!   "SMS first" was written before Microsoft announced the retirement; the
//!   app's reason says so in plain words.
//! - **Ended** (no provider, from 2027-02-01): no phone line at all.
//!
//! In every case the plan has two methods or more whenever the person's
//! situation allows two, so one lost or forgotten phone never locks anyone out.
//! Phone lines that end never count towards those two when something lasting
//! is possible (a security key is added where the organisation offers one).

use crate::date::Date;
use crate::method::MethodId;
use crate::profile::Profile;
use crate::situation::{
    Device, OfficeLine, PhoneAtWork, PrivateNumber, SetupDevice, Situation, Travel,
};
use serde::Serialize;

/// How long Microsoft's SMS and voice calls work for this organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneLines {
    /// The organisation's own telecom provider keeps them working.
    Lasting,
    /// They work today and end on Microsoft's retirement date.
    UntilRetirement,
    /// They have ended.
    Ended,
}

impl PhoneLines {
    pub fn on(profile: &Profile, today: Date) -> PhoneLines {
        if profile.own_telecom_provider {
            PhoneLines::Lasting
        } else if today < Date::MICROSOFT_SMS_VOICE_RETIREMENT {
            PhoneLines::UntilRetirement
        } else {
            PhoneLines::Ended
        }
    }
}

/// What a method is for in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The method to use day to day.
    Primary,
    /// A fallback that lasts.
    Backup,
    /// A phone line that works only until Microsoft's retirement date (shown
    /// next to it); never the method a plan leads with.
    Interim,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Primary => "primary",
            Role::Backup => "backup",
            Role::Interim => "interim",
        }
    }
}

/// Why a method is in the plan. Each names the FAQ question or fact it rests
/// on (see `sources`); the text is `plan-reason-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// SMS to one's own mobile first: the help desk's standard (Q2, Q9).
    PhoneStandard,
    /// A feature phone that receives SMS is enough (Q5).
    PhoneFeaturePhone,
    /// Phone lines stay because the organisation keeps its own provider.
    PhoneOwnProvider,
    /// A feature phone's SMS, until the retirement; what to do before it.
    PhoneFeaturePhoneUntilRetirement,
    /// A smartphone's SMS as a fallback until the retirement, where no passkey
    /// goes with the app.
    PhoneUntilRetirement,
    /// The app as the second method of the standard (Q9).
    AuthenticatorSecond,
    /// The app's codes work offline and abroad (Q1, Q6).
    AuthenticatorTravel,
    /// The app needs no phone number (for people who keep theirs private).
    AuthenticatorNoNumber,
    /// The app leads already now, because it outlasts Microsoft's SMS and
    /// voice; why this differs from the FAQ's "SMS first" (Q2, Q9).
    AuthenticatorOutlastsSms,
    /// The app leads once Microsoft's SMS and voice have ended.
    AuthenticatorAfterRetirement,
    /// A passkey: phishing-resistant, and what Microsoft asks for after the retirement.
    PasskeySecond,
    /// The desk phone, when the personal phone stays in a locker (Q8).
    OfficePhoneAtWork,
    /// The desk phone as an independent backup (Q9).
    OfficePhoneBackup,
    /// The desk phone as a second device until the retirement (Q8, Q9).
    OfficePhoneUntilRetirement,
    /// A shared line, only because nothing else gives a second method (Q8).
    OfficePhoneShared,
    /// A security key, for people without a smartphone.
    SecurityKeyNoSmartphone,
    /// A security key, to reach two methods.
    SecurityKeyBackup,
}

impl Reason {
    /// Every reason, for the tests and the source table.
    pub const ALL: [Reason; 17] = [
        Reason::PhoneStandard,
        Reason::PhoneFeaturePhone,
        Reason::PhoneOwnProvider,
        Reason::PhoneFeaturePhoneUntilRetirement,
        Reason::PhoneUntilRetirement,
        Reason::AuthenticatorSecond,
        Reason::AuthenticatorTravel,
        Reason::AuthenticatorNoNumber,
        Reason::AuthenticatorOutlastsSms,
        Reason::AuthenticatorAfterRetirement,
        Reason::PasskeySecond,
        Reason::OfficePhoneAtWork,
        Reason::OfficePhoneBackup,
        Reason::OfficePhoneUntilRetirement,
        Reason::OfficePhoneShared,
        Reason::SecurityKeyNoSmartphone,
        Reason::SecurityKeyBackup,
    ];

    /// The kebab-case id (`plan-reason-<id>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::PhoneStandard => "phone-standard",
            Reason::PhoneFeaturePhone => "phone-feature-phone",
            Reason::PhoneOwnProvider => "phone-own-provider",
            Reason::PhoneFeaturePhoneUntilRetirement => "phone-feature-phone-until-retirement",
            Reason::PhoneUntilRetirement => "phone-until-retirement",
            Reason::AuthenticatorSecond => "authenticator-second",
            Reason::AuthenticatorTravel => "authenticator-travel",
            Reason::AuthenticatorNoNumber => "authenticator-no-number",
            Reason::AuthenticatorOutlastsSms => "authenticator-outlasts-sms",
            Reason::AuthenticatorAfterRetirement => "authenticator-after-retirement",
            Reason::PasskeySecond => "passkey-second",
            Reason::OfficePhoneAtWork => "office-phone-at-work",
            Reason::OfficePhoneBackup => "office-phone-backup",
            Reason::OfficePhoneUntilRetirement => "office-phone-until-retirement",
            Reason::OfficePhoneShared => "office-phone-shared",
            Reason::SecurityKeyNoSmartphone => "security-key-no-smartphone",
            Reason::SecurityKeyBackup => "security-key-backup",
        }
    }
}

/// One method of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanEntry {
    pub method: MethodId,
    pub role: Role,
    pub reason: Reason,
}

/// Something the person should know about a plan or a selection. The ids are
/// the `data-warning` test contract; the text is `plan-warning-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningId {
    NoMethod,
    OnlyOneMethod,
    RetirementAhead,
    /// Without a smartphone or a provider: nothing in the plan outlasts the
    /// retirement; what to do before the date.
    NoLastingMethod,
    PhoneLinesEnded,
    Roaming,
    TravelWithoutApp,
    OfficePhoneShared,
    PhoneForbiddenNoOffice,
    SecurityKeyHelpDesk,
    SecurityKeyNotDefault,
    PhoneOnlyPairing,
    MethodDisabled,
    PhoneLinesOnly,
}

impl WarningId {
    /// Every warning, for the tests and the source table.
    pub const ALL: [WarningId; 14] = [
        WarningId::NoMethod,
        WarningId::OnlyOneMethod,
        WarningId::RetirementAhead,
        WarningId::NoLastingMethod,
        WarningId::PhoneLinesEnded,
        WarningId::Roaming,
        WarningId::TravelWithoutApp,
        WarningId::OfficePhoneShared,
        WarningId::PhoneForbiddenNoOffice,
        WarningId::SecurityKeyHelpDesk,
        WarningId::SecurityKeyNotDefault,
        WarningId::PhoneOnlyPairing,
        WarningId::MethodDisabled,
        WarningId::PhoneLinesOnly,
    ];

    /// The id of the `data-warning` contract.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningId::NoMethod => "no-method",
            WarningId::OnlyOneMethod => "only-one-method",
            WarningId::RetirementAhead => "retirement-ahead",
            WarningId::NoLastingMethod => "no-lasting-method",
            WarningId::PhoneLinesEnded => "phone-lines-ended",
            WarningId::Roaming => "roaming",
            WarningId::TravelWithoutApp => "travel-without-app",
            WarningId::OfficePhoneShared => "office-phone-shared",
            WarningId::PhoneForbiddenNoOffice => "phone-forbidden-no-office",
            WarningId::SecurityKeyHelpDesk => "security-key-help-desk",
            WarningId::SecurityKeyNotDefault => "security-key-not-default",
            WarningId::PhoneOnlyPairing => "phone-only-pairing",
            WarningId::MethodDisabled => "method-disabled",
            WarningId::PhoneLinesOnly => "phone-lines-only",
        }
    }
}

/// A warning on a plan or a selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanWarning {
    pub id: WarningId,
}

/// The recommended methods, in the order to show them, with warnings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub entries: Vec<PlanEntry>,
    pub warnings: Vec<PlanWarning>,
}

impl Plan {
    /// The plan's methods, in order.
    pub fn methods(&self) -> Vec<MethodId> {
        self.entries.iter().map(|e| e.method).collect()
    }
}

/// What a person's answers make possible, before choosing.
struct Means {
    smartphone: bool,
    mobile: bool,
    private_ok: bool,
    office: OfficeLine,
    phone_at_work: bool,
    travels: bool,
    phone_only_setup: bool,
}

impl Means {
    /// Missing answers count as the cautious choice: no device, no consent.
    fn of(s: &Situation) -> Means {
        Means {
            smartphone: s.has_smartphone(),
            mobile: matches!(s.device(), Some(Device::Smartphone | Device::FeaturePhone)),
            private_ok: s.private_number() == Some(PrivateNumber::Ok),
            office: s.office_line().unwrap_or(OfficeLine::NoLine),
            phone_at_work: s.phone_at_work() != Some(PhoneAtWork::Forbidden),
            travels: s.travel() == Some(Travel::Often),
            phone_only_setup: s.setup_device() == Some(SetupDevice::PhoneOnly),
        }
    }
}

/// The plan for `situation` under `profile` on `today`. Never panics; missing
/// answers are treated cautiously (see `Means::of`).
pub fn recommend(situation: &Situation, profile: &Profile, today: Date) -> Plan {
    let means = Means::of(situation);
    let lines = PhoneLines::on(profile, today);
    let mut plan = PlanBuilder::new(profile, lines);
    match lines {
        PhoneLines::Lasting => help_desk_standard(&mut plan, &means, today),
        PhoneLines::UntilRetirement | PhoneLines::Ended => lasting_first(&mut plan, &means, lines),
    }
    if plan.lasting() < 2 {
        let reason = if means.smartphone {
            Reason::SecurityKeyBackup
        } else {
            Reason::SecurityKeyNoSmartphone
        };
        plan.add(MethodId::SecurityKey, reason);
    }
    let warnings = plan_warnings(&plan, &means, lines);
    Plan {
        entries: plan.into_entries(),
        warnings,
    }
}

/// The FAQ's standard, where phone lines last (Q2, Q5, Q8, Q9).
fn help_desk_standard(plan: &mut PlanBuilder, means: &Means, today: Date) {
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
    if means.office == OfficeLine::Own {
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
    if means.office == OfficeLine::Shared && (plan.len() < 2 || !means.phone_at_work) {
        plan.add(MethodId::OfficePhone, Reason::OfficePhoneShared);
    }
}

/// Without a provider: what outlasts SMS leads; phone lines only as interim
/// methods before the date.
fn lasting_first(plan: &mut PlanBuilder, means: &Means, lines: PhoneLines) {
    if means.smartphone {
        let reason = if lines == PhoneLines::UntilRetirement {
            Reason::AuthenticatorOutlastsSms
        } else {
            Reason::AuthenticatorAfterRetirement
        };
        plan.add(MethodId::Authenticator, reason);
        plan.add(MethodId::Passkey, Reason::PasskeySecond);
    }
    if lines != PhoneLines::UntilRetirement {
        return;
    }
    // A feature phone has nothing else until then (Q5). A smartphone's SMS
    // adds little to the app on the same phone, so it is a fallback only where
    // the organisation offers no passkey to go with the app.
    if means.mobile && means.private_ok && (!means.smartphone || plan.len() < 2) {
        let reason = if means.smartphone {
            Reason::PhoneUntilRetirement
        } else {
            Reason::PhoneFeaturePhoneUntilRetirement
        };
        plan.add(MethodId::Phone, reason);
    }
    match means.office {
        OfficeLine::Own => plan.add(MethodId::OfficePhone, Reason::OfficePhoneUntilRetirement),
        OfficeLine::Shared if plan.len() < 2 || !means.phone_at_work => {
            plan.add(MethodId::OfficePhone, Reason::OfficePhoneShared)
        }
        _ => {}
    }
}

fn plan_warnings(plan: &PlanBuilder, means: &Means, lines: PhoneLines) -> Vec<PlanWarning> {
    let methods = plan.methods();
    let mut warnings = vec![];
    let mut warn = |id| warnings.push(PlanWarning { id });
    match methods.len() {
        0 => warn(WarningId::NoMethod),
        1 => warn(WarningId::OnlyOneMethod),
        _ => {}
    }
    let has_line = methods.iter().any(|m| m.is_phone_line());
    if has_line && lines == PhoneLines::UntilRetirement {
        if plan.lasting() == 0 {
            warn(WarningId::NoLastingMethod);
        } else {
            warn(WarningId::RetirementAhead);
        }
    }
    if lines == PhoneLines::Ended && (means.mobile || means.office != OfficeLine::NoLine) {
        warn(WarningId::PhoneLinesEnded);
    }
    if means.travels && methods.contains(&MethodId::Phone) {
        warn(WarningId::Roaming);
    }
    if means.travels && !means.smartphone {
        warn(WarningId::TravelWithoutApp);
    }
    if plan.has_reason(Reason::OfficePhoneShared) {
        warn(WarningId::OfficePhoneShared);
    }
    if !means.phone_at_work
        && !methods.contains(&MethodId::OfficePhone)
        && !methods.is_empty()
        && methods.iter().all(|m| *m != MethodId::SecurityKey)
    {
        warn(WarningId::PhoneForbiddenNoOffice);
    }
    if methods.contains(&MethodId::SecurityKey) {
        warn(WarningId::SecurityKeyHelpDesk);
    }
    if means.phone_only_setup && methods.contains(&MethodId::Authenticator) {
        warn(WarningId::PhoneOnlyPairing);
    }
    warnings
}

/// Collects entries: each method once, only if the organisation enables it.
/// Phone lines that end are interim; the first lasting method that can be the
/// default is primary (never a security key).
struct PlanBuilder<'a> {
    profile: &'a Profile,
    lines: PhoneLines,
    entries: Vec<PlanEntry>,
}

impl PlanBuilder<'_> {
    fn new(profile: &Profile, lines: PhoneLines) -> PlanBuilder<'_> {
        PlanBuilder {
            profile,
            lines,
            entries: vec![],
        }
    }

    fn add(&mut self, method: MethodId, reason: Reason) {
        if !self.profile.enables(method) || self.entries.iter().any(|e| e.method == method) {
            return;
        }
        let role = if method.is_phone_line() && self.lines != PhoneLines::Lasting {
            Role::Interim
        } else if method.can_be_default() && !self.entries.iter().any(|e| e.role == Role::Primary) {
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

    /// How many methods outlast Microsoft's retirement.
    fn lasting(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.role != Role::Interim)
            .count()
    }

    fn methods(&self) -> Vec<MethodId> {
        self.entries.iter().map(|e| e.method).collect()
    }

    fn has_reason(&self, reason: Reason) -> bool {
        self.entries.iter().any(|e| e.reason == reason)
    }

    /// Lasting methods first (the primary leads), interim phone lines after.
    fn into_entries(mut self) -> Vec<PlanEntry> {
        self.entries.sort_by_key(|e| match e.role {
            Role::Primary => 0,
            Role::Backup => 1,
            Role::Interim => 2,
        });
        self.entries
    }
}

/// Warnings about a selection the person made themselves on the plan step.
pub fn check_selection(methods: &[MethodId], profile: &Profile, today: Date) -> Vec<PlanWarning> {
    let mut warnings = vec![];
    let mut warn = |id| warnings.push(PlanWarning { id });
    if methods.len() == 1 {
        warn(WarningId::OnlyOneMethod);
    }
    if methods.iter().any(|m| !profile.enables(*m)) {
        warn(WarningId::MethodDisabled);
    }
    let has_line = methods.iter().any(|m| m.is_phone_line());
    match PhoneLines::on(profile, today) {
        PhoneLines::Ended if has_line => warn(WarningId::PhoneLinesEnded),
        PhoneLines::UntilRetirement if has_line => {
            if methods.iter().all(|m| m.is_phone_line()) {
                warn(WarningId::NoLastingMethod);
            } else {
                warn(WarningId::RetirementAhead);
            }
        }
        _ => {}
    }
    if methods == [MethodId::SecurityKey] {
        warn(WarningId::SecurityKeyNotDefault);
    } else if methods.contains(&MethodId::SecurityKey) {
        warn(WarningId::SecurityKeyHelpDesk);
    }
    if !methods.is_empty() && methods.iter().all(|m| m.is_phone_line()) && methods.len() > 1 {
        warn(WarningId::PhoneLinesOnly);
    }
    warnings
}

/// The order to register `methods` in. The first is registered when Microsoft
/// first asks ("Keep your account secure"), which offers only the app and the
/// phone; the rest through "+ Add sign-in method":
/// - where phone lines last, the phone (SMS) first, the help desk's standard
///   (Q9); otherwise the app first, as Microsoft's first-time setup suggests;
/// - the app before a passkey, because the passkey is kept in the app;
/// - then the office phone and the alternate phone (calls only);
/// - a security key last: it cannot be the default method.
pub fn registration_order(methods: &[MethodId], profile: &Profile) -> Vec<MethodId> {
    use MethodId::*;
    let order: [MethodId; 6] = if profile.own_telecom_provider {
        [
            Phone,
            Authenticator,
            Passkey,
            OfficePhone,
            AlternatePhone,
            SecurityKey,
        ]
    } else {
        [
            Authenticator,
            Passkey,
            Phone,
            OfficePhone,
            AlternatePhone,
            SecurityKey,
        ]
    };
    let mut ordered: Vec<MethodId> = order.into_iter().filter(|m| methods.contains(m)).collect();
    if let Some(at) = ordered.iter().position(|m| m.offered_at_first_sign_in()) {
        let first = ordered.remove(at);
        ordered.insert(0, first);
    }
    ordered
}

#[cfg(test)]
mod tests;
