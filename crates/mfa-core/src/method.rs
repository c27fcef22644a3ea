//! The sign-in methods Microsoft's Security info page offers, and their limits.

use serde::{Deserialize, Serialize};

/// A sign-in method the assistant can recommend or explain.
///
/// The kebab-case names are part of the UI test contract (`data-method`) and of the
/// profile format (`methods_enabled`), so they never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MethodId {
    /// Microsoft Authenticator (or another TOTP app): push with number matching, or
    /// a 6-digit code that works offline.
    Authenticator,
    /// A passkey kept in Microsoft Authenticator (iOS 17+ / Android 14+).
    Passkey,
    /// "Phone" (認証用電話): SMS or voice; the only phone slot that receives SMS.
    Phone,
    /// "Alternate phone" (代替の電話): voice call only.
    AlternatePhone,
    /// "Office phone" (会社電話): voice call only, with an Extension field.
    OfficePhone,
    /// A FIDO2 security key; never the default method.
    SecurityKey,
}

impl MethodId {
    /// Every method, in the order the assistant lists them.
    pub const ALL: [MethodId; 6] = [
        MethodId::Authenticator,
        MethodId::Passkey,
        MethodId::Phone,
        MethodId::AlternatePhone,
        MethodId::OfficePhone,
        MethodId::SecurityKey,
    ];

    /// The id used in the UI contract, the profile and the locale files.
    pub fn as_str(self) -> &'static str {
        match self {
            MethodId::Authenticator => "authenticator",
            MethodId::Passkey => "passkey",
            MethodId::Phone => "phone",
            MethodId::AlternatePhone => "alternate-phone",
            MethodId::OfficePhone => "office-phone",
            MethodId::SecurityKey => "security-key",
        }
    }

    /// Parses the id used in the UI contract.
    pub fn parse(id: &str) -> Option<MethodId> {
        MethodId::ALL.into_iter().find(|m| m.as_str() == id)
    }

    /// Whether the method rings or texts a phone line through Microsoft, and so
    /// ends with Microsoft's SMS/voice retirement unless the organisation keeps its
    /// own telecom provider.
    pub fn is_phone_line(self) -> bool {
        matches!(
            self,
            MethodId::Phone | MethodId::AlternatePhone | MethodId::OfficePhone
        )
    }

    /// How many of this method one account may register (FAQ Q3). `None`: the
    /// organisation's policy decides.
    pub fn account_limit(self) -> Option<usize> {
        match self {
            MethodId::Authenticator => Some(5),
            MethodId::Phone | MethodId::AlternatePhone | MethodId::OfficePhone => Some(1),
            MethodId::Passkey | MethodId::SecurityKey => None,
        }
    }

    /// Whether Microsoft's first-time setup ("Keep your account secure", shown
    /// to someone with no method yet) offers this method: it starts with the
    /// app and offers the phone behind "I want to set up a different method";
    /// every other method is added later on the Security info page.
    pub fn offered_at_first_sign_in(self) -> bool {
        matches!(self, MethodId::Authenticator | MethodId::Phone)
    }

    /// Whether Microsoft lets this method be the default sign-in method.
    pub fn can_be_default(self) -> bool {
        self != MethodId::SecurityKey
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for m in MethodId::ALL {
            assert_eq!(MethodId::parse(m.as_str()), Some(m));
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{}\"", m.as_str()));
        }
        assert_eq!(MethodId::parse("sms"), None);
    }
}
