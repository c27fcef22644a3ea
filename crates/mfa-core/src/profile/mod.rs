//! The organisation profile: the facts that differ between universities.
//!
//! IT staff deploy one TOML file (documented key by key in
//! `docs/profile-reference.md`) so the assistant fits their university without a
//! rebuild. A broken or untrusted file never stops the assistant: it falls back to
//! the embedded default and says why (`load`), and admins can check a file before
//! deploying it (`cli`).

mod checks;
mod cli;
mod format;
mod issue;
mod load;

#[cfg(test)]
mod tests;

pub use cli::{check_profile_cli, check_profile_cli_on, default_profile_toml, render_issues_plain};
pub use format::{
    parse_profile, parse_profile_bytes, ParsedProfile, MAX_PROFILE_BYTES, SUPPORTED_SCHEMA_VERSION,
};
pub use issue::{IssueKind, Location, ProfileIssue, Severity};
pub use load::{
    load_for_this_machine, locate_and_load, system_profile_path, ProfileLoad, ProfileNotice,
    ProfileSource, ENV_VAR,
};

use crate::date::Date;
use crate::method::MethodId;
use crate::microsoft::MicrosoftSignIn;
use serde::{Deserialize, Serialize};

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    /// Japanese.
    pub ja: String,
    /// English, written as it reads mid-sentence.
    pub en: String,
}

impl Localized {
    /// The text in `locale`, so callers need not match on the locale themselves.
    pub fn get(&self, locale: crate::i18n::Locale) -> &str {
        match locale {
            crate::i18n::Locale::Ja => &self.ja,
            crate::i18n::Locale::En => &self.en,
        }
    }
}

/// How to reach the help desk. Every field is optional: a profile says only what
/// the organisation wants said.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpDesk {
    /// Preferably the desk's role ("the IT help desk"), which outlives names.
    pub name: Option<Localized>,
    /// Opening hours and anything else needed to reach the desk.
    pub hours: Option<Localized>,
    /// A number as admins write it (digits, `+`, spaces, hyphens, parentheses).
    pub phone: Option<String>,
    /// A plain `name@host` address, fit for a `mailto:` link.
    pub email: Option<String>,
    /// An `https://` page the link policy allows.
    pub page: Option<String>,
}

/// A page of the organisation's (manual, policy, help) a user may need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileLink {
    /// Lowercase-with-hyphens, unique, not an id of a built-in link.
    pub id: String,
    /// What the link is called on screen.
    pub title: Localized,
    /// The page for Japanese readers.
    pub url_ja: String,
    /// The page for English readers (the Japanese one when the profile gives none).
    pub url_en: String,
}

/// One organisation's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The format version the profile was written in.
    pub schema_version: u32,
    /// How the assistant names the organisation inside sentences.
    pub organisation: Localized,
    pub help_desk: HelpDesk,
    /// First day of pre-registration; `None` when the organisation has not said.
    pub pre_registration_start: Option<Date>,
    /// The day MFA becomes required at sign-in.
    pub mfa_required_from: Option<Date>,
    /// The methods the organisation enables, in the order the profile lists them.
    pub methods_enabled: Vec<MethodId>,
    /// Whether SMS and voice keep working after Microsoft's retirement because the
    /// organisation contracted its own telecom provider.
    pub own_telecom_provider: bool,
    /// Whether the organisation's passkey profile allows synced passkeys (iCloud
    /// Keychain, Google Password Manager) besides the passkey in Microsoft
    /// Authenticator. Microsoft's retirement policy allows every type for SMS
    /// and voice users from 2026-09-01, so the default is yes.
    pub synced_passkeys: bool,
    /// Main switchboard numbers, which must never be registered.
    pub switchboard_numbers: Vec<String>,
    /// The organisation's pages (manuals, schedule, policy), in the profile's order.
    pub links: Vec<ProfileLink>,
    /// Hosts the link policy allows besides Microsoft's and the app stores'
    /// (lower case).
    pub extra_allowed_hosts: Vec<String>,
    /// The app registration for "Check with Microsoft"; `None` (the default)
    /// leaves the feature out entirely.
    pub microsoft_check: Option<MicrosoftSignIn>,
}

impl Profile {
    /// The built-in profile: the help desk's policy from the FAQ, with no contact
    /// details invented. `profile-default.toml` says the same in TOML (a test keeps
    /// the two equal), so admins can start from it.
    pub fn embedded_default() -> Profile {
        Profile {
            schema_version: SUPPORTED_SCHEMA_VERSION,
            organisation: Localized {
                ja: "本学".into(),
                en: "the university".into(),
            },
            help_desk: HelpDesk {
                name: Some(Localized {
                    ja: "情報基盤センター".into(),
                    en: "the IT help desk".into(),
                }),
                ..HelpDesk::default()
            },
            pre_registration_start: None,
            mfa_required_from: None,
            // FAQ Q9: SMS first, then the app and the office phone; Q3 names the
            // three lines. Passkeys: Microsoft enables them for SMS/voice users
            // from 2026-09-01. Security keys: the FAQ never mentions handing them out.
            methods_enabled: vec![
                MethodId::Phone,
                MethodId::Authenticator,
                MethodId::OfficePhone,
                MethodId::AlternatePhone,
                MethodId::Passkey,
            ],
            own_telecom_provider: false,
            synced_passkeys: true,
            switchboard_numbers: vec![],
            links: vec![],
            extra_allowed_hosts: vec![],
            microsoft_check: None,
        }
    }

    /// Whether the organisation enables `method`.
    pub fn enables(&self, method: MethodId) -> bool {
        self.methods_enabled.contains(&method)
    }

    /// Whether phone-line methods (SMS, voice) still work on `day`: always before
    /// Microsoft's retirement, afterwards only with the organisation's own provider.
    pub fn phone_lines_work_on(&self, day: Date) -> bool {
        self.own_telecom_provider || day < Date::MICROSOFT_SMS_VOICE_RETIREMENT
    }

    /// The profile as TOML in the documented format, without comments. Used to
    /// show an admin what the assistant understood, and by tests to prove that
    /// writing then reading gives the same profile back.
    pub fn to_toml(&self) -> String {
        format::to_toml(self)
    }
}
