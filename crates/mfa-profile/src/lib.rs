//! The organisation profile: the facts that differ between universities.
//!
//! IT staff deploy one TOML file (documented key by key in
//! `docs/profile-reference.md`) so the assistant fits their university without a
//! rebuild. A broken or untrusted file never stops the assistant: it falls back to
//! the embedded default and says why (`load`), and admins can check a file before
//! deploying it (`cli`).
//!
//! Also what follows from the profile alone: how long texts and calls work,
//! per channel, for its telephony provider and the day (`phone_lines`), and
//! every link by id, built-in or the profile's (`links`). Nothing here knows
//! the plan, the wizard or the window.

mod checks;
mod cli;
mod format;
mod issue;
pub mod links;
mod load;
pub mod phone_lines;
mod view;
pub mod windows_trust;

// The vocabulary this crate shares with every other lives in `mfa-base`.
pub(crate) use mfa_base::{catalogue, date, i18n, link_policy, method};

#[cfg(test)]
mod tests;

pub use cli::{check_profile_file, default_profile_toml};
pub use format::{
    parse_profile, parse_profile_bytes, ParsedProfile, MAX_PROFILE_BYTES, SUPPORTED_SCHEMA_VERSION,
};
pub use issue::{IssueKind, Location, ProfileIssue, Severity};
pub use load::{
    load_for_this_machine, locate_and_load, system_profile_path, ProfileLoad, ProfileNotice,
    ProfileSource, ENV_VAR,
};
pub use view::{check_profile_cli, check_profile_cli_on, render_issues_plain};

use crate::date::Date;
use crate::method::{Channel, MethodId};
use mfa_base::account_check::MicrosoftSignIn;
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

/// How to reach the help desk. A profile must give the name, hours, counter,
/// phone and e-mail (the format requires them); the fields are optional here so
/// that code built for tests can leave them out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpDesk {
    /// Preferably the desk's role ("the IT help desk"), which outlives names.
    pub name: Option<Localized>,
    /// Opening hours and anything else needed to reach the desk.
    pub hours: Option<Localized>,
    /// Where the desk's counter is, for someone who comes in person.
    pub counter: Option<Localized>,
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

/// The organisation's own telephony provider (chosen in the Microsoft Security
/// Store), which keeps Microsoft's SMS and/or voice sign-in working after
/// Microsoft stops providing them. It may cover one channel or both, and
/// everyone or only some staff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TelephonyProvider {
    pub sms: bool,
    pub voice: bool,
    /// `false`: only some staff are covered, so nobody can count on it
    /// without asking the help desk.
    pub covers_everyone: bool,
}

impl TelephonyProvider {
    /// No provider: Microsoft's SMS and voice end for everyone.
    pub const NONE: TelephonyProvider = TelephonyProvider {
        sms: false,
        voice: false,
        covers_everyone: true,
    };

    /// Both channels for everyone (what `own_telecom_provider = true` meant).
    pub const EVERYTHING: TelephonyProvider = TelephonyProvider {
        sms: true,
        voice: true,
        covers_everyone: true,
    };

    /// Whether the provider carries `channel` at all.
    pub fn carries(self, channel: Channel) -> bool {
        match channel {
            Channel::Sms => self.sms,
            Channel::Voice => self.voice,
        }
    }

    /// Whether there is a provider.
    pub fn exists(self) -> bool {
        self.sms || self.voice
    }

    /// Whether every staff member can count on `channel` after Microsoft's date.
    pub fn keeps_for_everyone(self, channel: Channel) -> bool {
        self.carries(channel) && self.covers_everyone
    }
}

/// The organisation's logo: the file as the profile names it, and the image
/// as the window shows it (a `data:` URL, which the CSP allows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Logo {
    pub file: String,
    pub data_url: String,
}

/// No logo needs more; a larger file is a mistake (a photo, a print master).
pub const MAX_LOGO_BYTES: usize = 256 * 1024;

impl Logo {
    /// Reads a PNG file at `path` (named `written` in the profile): at most
    /// `MAX_LOGO_BYTES`, and an image that decodes. Any problem, in English,
    /// for the profile issue.
    pub fn read(written: &str, path: &std::path::Path) -> Result<Logo, String> {
        use base64::Engine;
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(format!("larger than {} KB", MAX_LOGO_BYTES / 1024));
        }
        image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
            .map_err(|_| "not a PNG image".to_owned())?;
        Ok(Logo {
            file: written.to_owned(),
            data_url: format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&bytes)
            ),
        })
    }
}

/// One organisation's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The format version the profile was written in.
    pub schema_version: u32,
    /// How the assistant names the organisation inside sentences.
    pub organisation: Localized,
    /// The organisation's logo for the window's header, if the profile gives one.
    pub logo: Option<Logo>,
    pub help_desk: HelpDesk,
    /// First day of pre-registration; `None` when the organisation has not said.
    pub pre_registration_start: Option<Date>,
    /// The day MFA becomes required at sign-in.
    pub mfa_required_from: Option<Date>,
    /// The methods the organisation enables, in the order the profile lists them
    /// (`methods.enabled`). The kinds of passkey beyond the one in Microsoft
    /// Authenticator are not listed: they follow `passkey` and the two flags below.
    pub methods_enabled: Vec<MethodId>,
    /// Whether the organisation's passkey profile allows synced passkeys (iCloud
    /// Keychain, Google Password Manager) besides the passkey in Microsoft
    /// Authenticator. Microsoft's retirement policy allows every type for SMS
    /// and voice users from 2026-09-01, so the default is yes.
    pub synced_passkeys: bool,
    /// Whether it allows passkeys on Windows (Windows Hello), which the same
    /// policy's "all types" includes; the default is yes.
    pub windows_passkeys: bool,
    /// The organisation's own telephony provider, which keeps SMS and/or voice
    /// working after Microsoft's retirement; none by default.
    pub telephony: TelephonyProvider,
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
    /// Where signed updates come from; `None` (the default, or
    /// `enabled = false`) and the assistant never asks. Only the machine-wide
    /// profile may set it.
    pub updates: Option<UpdateSource>,
}

/// The organisation's update server and the public key its updates are
/// signed with (`[updates]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateSource {
    /// The address of the update manifest (`latest.json`); may hold Tauri's
    /// `{{target}}`, `{{arch}}` and `{{current_version}}`.
    pub endpoint: String,
    /// The minisign public key, as Tauri's signer writes it (base64).
    pub pubkey: String,
}

impl Profile {
    /// The built-in profile: Microsoft's defaults and the help desk's advice,
    /// with a contact that is clearly an example (a real profile gives its own). `profile-default.toml` says the same in TOML (a test keeps
    /// the two equal), so admins can start from it.
    pub fn embedded_default() -> Profile {
        Profile {
            schema_version: SUPPORTED_SCHEMA_VERSION,
            organisation: Localized {
                ja: "本学".into(),
                en: "the university".into(),
            },
            logo: None,
            // A clearly fictional contact: every real profile must give its own.
            help_desk: HelpDesk {
                name: Some(Localized {
                    ja: "情報基盤センター".into(),
                    en: "the IT help desk".into(),
                }),
                hours: Some(Localized {
                    ja: "平日 9:00〜17:00（例）".into(),
                    en: "Weekdays 9:00-17:00 (example)".into(),
                }),
                counter: Some(Localized {
                    ja: "〇〇棟 1階 受付（例）".into(),
                    en: "Building X, 1st floor reception (example)".into(),
                }),
                phone: Some("000-0000-0000".into()),
                email: Some("helpdesk@example.ac.jp".into()),
                page: None,
            },
            pre_registration_start: None,
            mfa_required_from: None,
            // Microsoft's defaults since 2026-09-01: the app, and passkeys of
            // every type (in Authenticator, synced, on Windows, security keys)
            // for everyone enabled for SMS and voice. FAQ Q3 names the three
            // phone lines. Hardware tokens: only where an organisation issues them.
            methods_enabled: vec![
                MethodId::Authenticator,
                MethodId::Passkey,
                MethodId::SecurityKey,
                MethodId::Phone,
                MethodId::OfficePhone,
                MethodId::AlternatePhone,
            ],
            synced_passkeys: true,
            windows_passkeys: true,
            telephony: TelephonyProvider::NONE,
            switchboard_numbers: vec![],
            links: vec![],
            extra_allowed_hosts: vec![],
            microsoft_check: None,
            updates: None,
        }
    }

    /// Whether the organisation enables `method`. The passkeys beyond the one
    /// in Authenticator need passkeys on and their own kind allowed.
    pub fn enables(&self, method: MethodId) -> bool {
        let listed = |m| self.methods_enabled.contains(&m);
        match method {
            MethodId::SyncedPasskey => listed(MethodId::Passkey) && self.synced_passkeys,
            MethodId::WindowsPasskey => listed(MethodId::Passkey) && self.windows_passkeys,
            other => listed(other),
        }
    }

    /// Every method the organisation enables, in the assistant's order.
    pub fn enabled_methods(&self) -> Vec<MethodId> {
        MethodId::ALL
            .into_iter()
            .filter(|&m| self.enables(m))
            .collect()
    }

    /// The profile as TOML in the documented format, without comments. Used to
    /// show an admin what the assistant understood, and by tests to prove that
    /// writing then reading gives the same profile back.
    pub fn to_toml(&self) -> String {
        format::to_toml(self)
    }
}
