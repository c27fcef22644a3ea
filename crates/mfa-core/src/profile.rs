//! The organisation profile: the facts that differ between universities.

use crate::date::Date;
use crate::method::MethodId;
use serde::{Deserialize, Serialize};

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub ja: String,
    pub en: String,
}

/// How to reach the help desk. Every field is optional: a profile says only what
/// the organisation wants said.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpDesk {
    pub name: Option<Localized>,
    pub hours: Option<Localized>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub page: Option<String>,
}

/// A page of the organisation's (manual, policy, help) a user may need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileLink {
    pub id: String,
    pub title: Localized,
    pub url_ja: String,
    pub url_en: String,
}

/// One organisation's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub schema_version: u32,
    pub organisation: Localized,
    pub help_desk: HelpDesk,
    pub pre_registration_start: Option<Date>,
    /// The day MFA becomes required at sign-in.
    pub mfa_required_from: Option<Date>,
    pub methods_enabled: Vec<MethodId>,
    /// Whether SMS and voice keep working after Microsoft's retirement because the
    /// organisation contracted its own telecom provider.
    pub own_telecom_provider: bool,
    /// Main switchboard numbers, which must never be registered.
    pub switchboard_numbers: Vec<String>,
    pub links: Vec<ProfileLink>,
    /// Hosts the link policy allows besides Microsoft's and the app stores'.
    pub extra_allowed_hosts: Vec<String>,
}

impl Profile {
    /// The built-in profile: the help desk's policy from the FAQ, with no contact
    /// details invented.
    pub fn embedded_default() -> Profile {
        Profile {
            schema_version: 1,
            organisation: Localized {
                ja: "本学".into(),
                en: "the university".into(),
            },
            help_desk: HelpDesk {
                name: Some(Localized {
                    ja: "情報基盤センター（ヘルプデスク）".into(),
                    en: "the IT help desk".into(),
                }),
                ..HelpDesk::default()
            },
            pre_registration_start: None,
            mfa_required_from: None,
            methods_enabled: MethodId::ALL.to_vec(),
            own_telecom_provider: false,
            switchboard_numbers: vec![],
            links: vec![],
            extra_allowed_hosts: vec![],
        }
    }
}
