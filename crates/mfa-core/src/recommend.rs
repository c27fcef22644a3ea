//! The help desk's advice on which methods to register, as rules.
//!
//! The rule everything else follows (`places`): a plan holds at least two
//! lasting ways in, in two independent places, so that a lost, broken or
//! replaced phone — the help desk's most common call — never locks anyone out.
//! The app and a passkey kept in it are one place; a synced passkey (the
//! person's Apple or Google account), a passkey on their own Windows PC, a
//! security key, a token or a phone line that lasts are others.
//!
//! How the plan is built:
//! - **Candidates in order of preference** for the person's situation: the app
//!   first for daily use, then the best second place (this PC, the Apple or
//!   Google account, a key, a token). Where the phone stays in a locker at work,
//!   what works at the desk comes first. Where the organisation's telephony
//!   provider keeps texts and calls working, the help desk's standard holds:
//!   the mobile number first, then the app (FAQ Q2, Q9).
//! - **Each place once**: a candidate joins when it adds a place, until two
//!   lasting places are reached.
//! - **Stopgaps**: where two lasting places are not possible, phone lines that
//!   still work today are added until Microsoft's date, and the plan says
//!   plainly what happens when the phone is lost (`WarningId::OnePlace`).

use crate::computer::ThisComputer;
use crate::date::Date;
use crate::method::{MethodId, Place};
use crate::phone_lines::PhoneLines;
use crate::places::Resilience;
use crate::profile::Profile;
use crate::situation::{
    Device, OfficeLine, PhoneAtWork, PrivateNumber, SetupDevice, Situation, Travel,
};
use serde::Serialize;

/// What a method is for in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The method to use day to day.
    Primary,
    /// A fallback that lasts, in another place.
    Backup,
    /// A phone line that works only until Microsoft's retirement date (shown
    /// next to it); never the method a plan leads with, never counted as a place.
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

/// Declares a kebab-case id enum with `ALL` and `as_str`, for the reasons and
/// warnings whose ids are message ids and test contract.
macro_rules! ids {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every value, for the tests and the source table.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }
    };
}

ids! {
    /// Why a method is in the plan. Each names the FAQ question or page it rests
    /// on (see `sources`); the text is `plan-reason-<id>`.
    Reason {
        /// SMS to one's own mobile first: the help desk's standard, where the
        /// organisation's provider keeps texts working (Q2, Q9).
        PhoneStandard = "phone-standard",
        /// A feature phone that receives SMS is enough, where texts last (Q5).
        PhoneFeaturePhone = "phone-feature-phone",
        /// A feature phone's SMS, until the retirement; what to do before it.
        PhoneFeaturePhoneUntilRetirement = "phone-feature-phone-until-retirement",
        /// A smartphone's SMS as a stopgap until the retirement, where nothing
        /// else gives a second place.
        PhoneUntilRetirement = "phone-until-retirement",
        /// The app as the second method of the standard (Q9).
        AuthenticatorSecond = "authenticator-second",
        /// The app's codes work offline and abroad (Q1, Q6).
        AuthenticatorTravel = "authenticator-travel",
        /// The app needs no phone number (for people who keep theirs private).
        AuthenticatorNoNumber = "authenticator-no-number",
        /// The app leads, because it keeps working after Microsoft's SMS and
        /// voice end.
        AuthenticatorOutlastsSms = "authenticator-outlasts-sms",
        /// The app leads once Microsoft's SMS and voice have ended.
        AuthenticatorAfterRetirement = "authenticator-after-retirement",
        /// The app for signing in away from the desk, where the desk has its own method.
        AuthenticatorAwayFromDesk = "authenticator-away-from-desk",
        /// A passkey in the app: what Microsoft asks everyone to create; the
        /// same phone, so not a second place.
        PasskeySecond = "passkey-second",
        /// A synced passkey: the Apple or Google account brings it back to a new phone.
        SyncedPasskeySecondPlace = "synced-passkey-second-place",
        /// A passkey on the person's own Windows PC: survives the phone, signs
        /// in at the desk with Windows Hello.
        WindowsPasskeySecondPlace = "windows-passkey-second-place",
        /// A passkey on the PC is how someone whose phone stays in a locker
        /// signs in at the desk (Q8).
        WindowsPasskeyAtDesk = "windows-passkey-at-desk",
        /// A passkey on the PC is how someone without a smartphone signs in
        /// at the desk (Q5).
        WindowsPasskeyNoSmartphone = "windows-passkey-no-smartphone",
        /// The desk phone, when the personal phone stays in a locker (Q8).
        OfficePhoneAtWork = "office-phone-at-work",
        /// The desk phone as an independent backup (Q9).
        OfficePhoneBackup = "office-phone-backup",
        /// The desk phone as a second way until the retirement (Q8, Q9).
        OfficePhoneUntilRetirement = "office-phone-until-retirement",
        /// A shared line, only because nothing else works at the desk (Q8).
        OfficePhoneShared = "office-phone-shared",
        /// A security key, for people without a smartphone.
        SecurityKeyNoSmartphone = "security-key-no-smartphone",
        /// A security key, to reach a second place.
        SecurityKeyBackup = "security-key-backup",
        /// A security key works at the desk while the phone is in a locker (Q8).
        SecurityKeyAtDesk = "security-key-at-desk",
        /// A hardware token from the organisation, as a second place or for the desk.
        OathTokenBackup = "oath-token-backup",
    }
}

/// One method of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanEntry {
    pub method: MethodId,
    pub role: Role,
    pub reason: Reason,
}

ids! {
    /// Something the person should know about a plan or a selection. The ids
    /// are the `data-warning` test contract; the text is `plan-warning-<id>`.
    WarningId {
        NoMethod = "no-method",
        OnlyOneMethod = "only-one-method",
        /// Several methods, but every lasting one in the same place.
        OnePlace = "one-place",
        RetirementAhead = "retirement-ahead",
        /// Nothing in the plan outlasts the retirement; what to do before the date.
        NoLastingMethod = "no-lasting-method",
        PhoneLinesEnded = "phone-lines-ended",
        Roaming = "roaming",
        TravelWithoutApp = "travel-without-app",
        OfficePhoneShared = "office-phone-shared",
        /// The phone stays in a locker and nothing lasting works at the desk.
        PhoneForbiddenNoOffice = "phone-forbidden-no-office",
        SecurityKeyHelpDesk = "security-key-help-desk",
        SecurityKeyNotDefault = "security-key-not-default",
        OathTokenHelpDesk = "oath-token-help-desk",
        PhoneOnlyPairing = "phone-only-pairing",
        MethodDisabled = "method-disabled",
        PhoneLinesOnly = "phone-lines-only",
        /// The organisation's provider keeps texts or calls for some staff only.
        ProviderSomeStaff = "provider-some-staff",
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
    setup: SetupDevice,
    computer: ThisComputer,
}

impl Means {
    /// Missing answers count as the cautious choice: no device, no consent, a
    /// shared computer.
    fn of(s: &Situation, computer: ThisComputer) -> Means {
        Means {
            smartphone: s.has_smartphone(),
            mobile: matches!(s.device(), Some(Device::Smartphone | Device::FeaturePhone)),
            private_ok: s.private_number() == Some(PrivateNumber::Ok),
            office: s.office_line().unwrap_or(OfficeLine::NoLine),
            phone_at_work: s.phone_at_work() != Some(PhoneAtWork::Forbidden),
            travels: s.travel() == Some(Travel::Often),
            setup: s.setup_device().unwrap_or(SetupDevice::SharedPc),
            computer,
        }
    }

    /// Whether the person can have `method` at all (the organisation aside).
    fn can_have(&self, method: MethodId) -> bool {
        let on_a_computer = self.setup != SetupDevice::PhoneOnly;
        match method {
            MethodId::Authenticator | MethodId::Passkey | MethodId::SyncedPasskey => {
                self.smartphone
            }
            // Made on this PC, so only on one the person keeps.
            MethodId::WindowsPasskey => {
                self.setup == SetupDevice::Pc && self.computer.has_windows_hello()
            }
            MethodId::SecurityKey => on_a_computer && self.computer.can_register_security_key(),
            MethodId::OathToken => true,
            MethodId::Phone => self.mobile && self.private_ok,
            MethodId::OfficePhone => self.office != OfficeLine::NoLine,
            // Needs a second number the questions do not ask about.
            MethodId::AlternatePhone => false,
        }
    }
}

/// The plan for `situation` under `profile` on `today`, registering on
/// `computer`. Never panics; missing answers are treated cautiously.
pub fn recommend(
    situation: &Situation,
    profile: &Profile,
    today: Date,
    computer: ThisComputer,
) -> Plan {
    let means = Means::of(situation, computer);
    let lines = PhoneLines::on(profile, today);
    let mut plan = PlanBuilder {
        profile,
        lines,
        entries: vec![],
    };
    // Lasting ways in, each adding a place, until two places are reached. The
    // first pass takes one desk method at most, so that someone whose phone
    // stays in a locker also gets a way in away from the desk; the second
    // takes whatever adds a place.
    let candidates = candidates(&means, &lines);
    for one_desk_method in [true, false] {
        for &method in &candidates {
            let desk_taken =
                one_desk_method && method.place().at_the_desk() && plan.has_desk_method();
            if !plan.resilience().is_enough()
                && lines.lasts(method)
                && !plan.places().contains(&method.place())
                && !desk_taken
            {
                plan.add(method, &means);
            }
        }
    }
    // Microsoft asks everyone enabled for its texts and calls to create a
    // passkey (and insists after its date); one in the app answers it where
    // the plan has no passkey yet.
    let has_passkey = plan.entries.iter().any(|e| e.method.is_passkey());
    if means.smartphone && !has_passkey && !lines.lasts(MethodId::Phone) {
        plan.add(MethodId::Passkey, &means);
    }
    // Stopgaps that work until Microsoft's date, where the rule cannot be met
    // or the desk has nothing lasting: the mobile's texts, the desk line (a
    // shared one only where nothing else reaches the desk, Q8).
    let short = !plan.resilience().is_enough();
    let desk_missing = !means.phone_at_work && !plan.has_lasting_desk_method();
    let stopgap = |m: MethodId| lines.works_today(m) && !lines.lasts(m);
    if short && stopgap(MethodId::Phone) {
        plan.add(MethodId::Phone, &means);
    }
    let office_wanted = match means.office {
        OfficeLine::Own => short || desk_missing,
        OfficeLine::Shared => desk_missing || plan.entries.len() < 2,
        OfficeLine::NoLine => false,
    };
    if office_wanted && lines.works_today(MethodId::OfficePhone) {
        plan.add(MethodId::OfficePhone, &means);
    }
    let warnings = plan_warnings(&plan, &means);
    Plan {
        entries: plan.into_entries(),
        warnings,
    }
}

/// The lasting candidates in order of preference; `recommend` keeps each that
/// adds a place.
fn candidates(means: &Means, lines: &PhoneLines) -> Vec<MethodId> {
    use MethodId::*;
    let desk = [WindowsPasskey, SecurityKey, OathToken, OfficePhone];
    let second_places = [WindowsPasskey, SyncedPasskey, SecurityKey, OathToken];
    let order: Vec<MethodId> = if !means.phone_at_work {
        desk.into_iter()
            .chain([Authenticator, SyncedPasskey, Phone])
            .collect()
    } else if lines.lasts(Phone) {
        // The help desk's standard where texts last (Q2, Q9).
        [Phone, Authenticator, OfficePhone]
            .into_iter()
            .chain(second_places)
            .collect()
    } else {
        [Authenticator]
            .into_iter()
            .chain(second_places)
            .chain([Phone, OfficePhone])
            .collect()
    };
    order
        .into_iter()
        .filter(|&m| means.can_have(m))
        // A shared desk line only where nothing else reaches the desk (Q8).
        .filter(|&m| m != OfficePhone || means.office == OfficeLine::Own)
        .collect()
}

/// Why `method` is in the plan, given what is already there.
fn reason_for(method: MethodId, means: &Means, plan: &PlanBuilder) -> Reason {
    let lines = &plan.lines;
    let lasting_lines = lines.lasts(MethodId::Phone);
    let before_date = lines.retirement_ahead();
    match method {
        MethodId::Authenticator if !means.phone_at_work && plan.has_desk_method() => {
            Reason::AuthenticatorAwayFromDesk
        }
        MethodId::Authenticator if means.travels => Reason::AuthenticatorTravel,
        MethodId::Authenticator if lasting_lines && !means.private_ok => {
            Reason::AuthenticatorNoNumber
        }
        MethodId::Authenticator if lasting_lines => Reason::AuthenticatorSecond,
        MethodId::Authenticator if before_date => Reason::AuthenticatorOutlastsSms,
        MethodId::Authenticator => Reason::AuthenticatorAfterRetirement,
        MethodId::Passkey => Reason::PasskeySecond,
        MethodId::SyncedPasskey => Reason::SyncedPasskeySecondPlace,
        MethodId::WindowsPasskey if !means.smartphone => Reason::WindowsPasskeyNoSmartphone,
        MethodId::WindowsPasskey if !means.phone_at_work => Reason::WindowsPasskeyAtDesk,
        MethodId::WindowsPasskey => Reason::WindowsPasskeySecondPlace,
        MethodId::SecurityKey if !means.phone_at_work => Reason::SecurityKeyAtDesk,
        MethodId::SecurityKey if !means.smartphone => Reason::SecurityKeyNoSmartphone,
        MethodId::SecurityKey => Reason::SecurityKeyBackup,
        MethodId::OathToken => Reason::OathTokenBackup,
        MethodId::Phone if lasting_lines && means.smartphone => Reason::PhoneStandard,
        MethodId::Phone if lasting_lines => Reason::PhoneFeaturePhone,
        MethodId::Phone if means.smartphone => Reason::PhoneUntilRetirement,
        MethodId::Phone => Reason::PhoneFeaturePhoneUntilRetirement,
        MethodId::OfficePhone | MethodId::AlternatePhone => {
            if means.office == OfficeLine::Shared {
                Reason::OfficePhoneShared
            } else if !lines.lasts(method) {
                Reason::OfficePhoneUntilRetirement
            } else if !means.phone_at_work {
                Reason::OfficePhoneAtWork
            } else {
                Reason::OfficePhoneBackup
            }
        }
    }
}

fn plan_warnings(plan: &PlanBuilder, means: &Means) -> Vec<PlanWarning> {
    let methods = plan.methods();
    let lines = &plan.lines;
    let resilience = plan.resilience();
    let mut warnings = vec![];
    let mut warn = |id| warnings.push(PlanWarning { id });
    match methods.len() {
        0 => warn(WarningId::NoMethod),
        1 => warn(WarningId::OnlyOneMethod),
        _ if !resilience.is_enough() && resilience.lasting_places() > 0 => {
            warn(WarningId::OnePlace)
        }
        _ => {}
    }
    let has_interim = methods.iter().any(|&m| !lines.lasts(m));
    if has_interim {
        if resilience.lasting_places() == 0 {
            warn(WarningId::NoLastingMethod);
        } else {
            warn(WarningId::RetirementAhead);
        }
    }
    if lines.some_ended() && (means.mobile || means.office != OfficeLine::NoLine) {
        warn(WarningId::PhoneLinesEnded);
    }
    if lines.provider.exists() && !lines.provider.covers_everyone {
        warn(WarningId::ProviderSomeStaff);
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
    if !means.phone_at_work && !methods.is_empty() && !plan.has_lasting_desk_method() {
        warn(WarningId::PhoneForbiddenNoOffice);
    }
    if methods.contains(&MethodId::SecurityKey) {
        warn(WarningId::SecurityKeyHelpDesk);
    }
    if methods.contains(&MethodId::OathToken) {
        warn(WarningId::OathTokenHelpDesk);
    }
    if means.setup == SetupDevice::PhoneOnly && methods.contains(&MethodId::Authenticator) {
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
    fn add(&mut self, method: MethodId, means: &Means) {
        if !self.profile.enables(method)
            || !means.can_have(method)
            || self.entries.iter().any(|e| e.method == method)
        {
            return;
        }
        let reason = reason_for(method, means, self);
        let role = if !self.lines.lasts(method) {
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

    fn methods(&self) -> Vec<MethodId> {
        self.entries.iter().map(|e| e.method).collect()
    }

    fn resilience(&self) -> Resilience {
        Resilience::of_methods(&self.methods(), &self.lines)
    }

    fn places(&self) -> Vec<Place> {
        self.entries.iter().map(|e| e.method.place()).collect()
    }

    fn has_desk_method(&self) -> bool {
        self.entries.iter().any(|e| e.method.place().at_the_desk())
    }

    fn has_lasting_desk_method(&self) -> bool {
        self.entries
            .iter()
            .any(|e| e.method.place().at_the_desk() && self.lines.lasts(e.method))
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

/// Warnings about a selection the person made themselves on the plan step, by
/// the same rule as the plan's.
pub fn check_selection(methods: &[MethodId], profile: &Profile, today: Date) -> Vec<PlanWarning> {
    let lines = PhoneLines::on(profile, today);
    let resilience = Resilience::of_methods(methods, &lines);
    let mut warnings = vec![];
    let mut warn = |id| warnings.push(PlanWarning { id });
    if methods.len() == 1 {
        warn(WarningId::OnlyOneMethod);
    } else if !methods.is_empty() && !resilience.is_enough() && resilience.lasting_places() > 0 {
        warn(WarningId::OnePlace);
    }
    if methods.iter().any(|m| !profile.enables(*m)) {
        warn(WarningId::MethodDisabled);
    }
    let ending: Vec<MethodId> = methods
        .iter()
        .copied()
        .filter(|&m| !lines.lasts(m))
        .collect();
    if ending.iter().any(|&m| !lines.works_today(m)) {
        warn(WarningId::PhoneLinesEnded);
    } else if !ending.is_empty() {
        if ending.len() == methods.len() {
            warn(WarningId::NoLastingMethod);
        } else {
            warn(WarningId::RetirementAhead);
        }
    }
    if methods == [MethodId::SecurityKey] {
        warn(WarningId::SecurityKeyNotDefault);
    } else if methods.contains(&MethodId::SecurityKey) {
        warn(WarningId::SecurityKeyHelpDesk);
    }
    if methods.contains(&MethodId::OathToken) {
        warn(WarningId::OathTokenHelpDesk);
    }
    if methods.len() > 1 && methods.iter().all(|m| m.is_phone_line()) {
        warn(WarningId::PhoneLinesOnly);
    }
    warnings
}

/// The order to register `methods` in. The first is registered when Microsoft
/// first asks ("Keep your account secure"), which starts with the app and
/// offers the phone; the rest through "+ Add sign-in method":
/// - where texts last, the phone (SMS) first, the help desk's standard (Q9);
///   otherwise the app first, as Microsoft's first-time setup suggests;
/// - the app before a passkey kept in it;
/// - the other places next, then phone lines;
/// - a security key last: it cannot be the default method.
pub fn registration_order(methods: &[MethodId], profile: &Profile, today: Date) -> Vec<MethodId> {
    use MethodId::*;
    let lines = PhoneLines::on(profile, today);
    let places = [WindowsPasskey, SyncedPasskey, OathToken];
    let order: Vec<MethodId> = if lines.lasts(Phone) {
        [Phone, Authenticator, Passkey]
            .into_iter()
            .chain(places)
            .chain([OfficePhone, AlternatePhone, SecurityKey])
            .collect()
    } else {
        [Authenticator, Passkey]
            .into_iter()
            .chain(places)
            .chain([Phone, OfficePhone, AlternatePhone, SecurityKey])
            .collect()
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
