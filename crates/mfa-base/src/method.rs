//! The sign-in methods Microsoft's Security info page offers, their limits, and
//! where each one lives.
//!
//! "Where it lives" is what decides whether a plan survives a lost phone: the
//! app and a passkey kept in it are one place (the handset), a synced passkey
//! lives in the person's Apple or Google account, a passkey on Windows in that
//! PC, a key on the key ring. Two methods in one place are one way in.

use serde::{Deserialize, Serialize};

/// A sign-in method the assistant can recommend or explain.
///
/// The kebab-case names are part of the UI test contract (`data-method`) and of the
/// profile format (`methods.enabled`), so they never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MethodId {
    /// Microsoft Authenticator (or another TOTP app): push with number matching, or
    /// a 6-digit code that works offline.
    Authenticator,
    /// A passkey kept in Microsoft Authenticator (iOS 17+ / Android 14+). It
    /// stays on the phone it was made on and is not restored from a backup.
    Passkey,
    /// A passkey kept by the phone's own password manager (iCloud Keychain,
    /// Google Password Manager) and synced to the person's Apple or Google
    /// account, so a new phone gets it back.
    SyncedPasskey,
    /// A passkey kept by Windows Hello on this PC ("passkey on Windows").
    WindowsPasskey,
    /// A FIDO2 security key; never the default method.
    SecurityKey,
    /// A hardware OATH token the organisation issues (a fob that shows codes).
    OathToken,
    /// "Phone" (認証用電話): SMS or voice; the only phone slot that receives SMS.
    Phone,
    /// "Alternate phone" (代替の電話): voice call only.
    AlternatePhone,
    /// "Office phone" (会社電話): voice call only, with an Extension field.
    OfficePhone,
}

/// Where a method lives: what has to be lost for it to be lost. Two methods in
/// different places are independent ways in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// The smartphone's Microsoft Authenticator: the app's approvals and codes
    /// and a passkey kept in the app are all on this one handset.
    Smartphone,
    /// The person's Apple or Google account, which a new phone signs in to.
    CloudAccount,
    /// This Windows PC (Windows Hello).
    ThisPc,
    /// A security key.
    SecurityKey,
    /// A hardware token issued by the organisation.
    Token,
    /// The mobile number: a new SIM keeps it when the handset is lost.
    MobileNumber,
    /// A second number (alternate phone).
    OtherNumber,
    /// The desk phone's line.
    DeskLine,
}

impl Place {
    pub const ALL: [Place; 8] = [
        Place::Smartphone,
        Place::CloudAccount,
        Place::ThisPc,
        Place::SecurityKey,
        Place::Token,
        Place::MobileNumber,
        Place::OtherNumber,
        Place::DeskLine,
    ];

    /// The id used in the window (`data-place`) and the message ids (`place-<id>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Smartphone => "smartphone",
            Place::CloudAccount => "cloud-account",
            Place::ThisPc => "this-pc",
            Place::SecurityKey => "security-key",
            Place::Token => "token",
            Place::MobileNumber => "mobile-number",
            Place::OtherNumber => "other-number",
            Place::DeskLine => "desk-line",
        }
    }

    /// Whether this place is still there, unchanged, when the smartphone is
    /// lost, broken or replaced. A mobile number is: the carrier moves it to
    /// a new SIM.
    pub fn survives_losing_the_phone(self) -> bool {
        self != Place::Smartphone
    }

    /// Whether it can be used at a desk where the personal phone is not allowed.
    pub fn at_the_desk(self) -> bool {
        matches!(
            self,
            Place::ThisPc | Place::SecurityKey | Place::Token | Place::DeskLine
        )
    }
}

/// Which of Microsoft's phone services a phone-line method uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Sms,
    Voice,
}

impl MethodId {
    /// Every method, in the order the assistant lists them.
    pub const ALL: [MethodId; 9] = [
        MethodId::Authenticator,
        MethodId::Passkey,
        MethodId::SyncedPasskey,
        MethodId::WindowsPasskey,
        MethodId::SecurityKey,
        MethodId::OathToken,
        MethodId::Phone,
        MethodId::AlternatePhone,
        MethodId::OfficePhone,
    ];

    /// The id used in the UI contract, the profile and the locale files.
    pub fn as_str(self) -> &'static str {
        match self {
            MethodId::Authenticator => "authenticator",
            MethodId::Passkey => "passkey",
            MethodId::SyncedPasskey => "synced-passkey",
            MethodId::WindowsPasskey => "windows-passkey",
            MethodId::SecurityKey => "security-key",
            MethodId::OathToken => "oath-token",
            MethodId::Phone => "phone",
            MethodId::AlternatePhone => "alternate-phone",
            MethodId::OfficePhone => "office-phone",
        }
    }

    /// Parses the id used in the UI contract.
    pub fn parse(id: &str) -> Option<MethodId> {
        MethodId::ALL.into_iter().find(|m| m.as_str() == id)
    }

    /// Where the method lives.
    pub fn place(self) -> Place {
        match self {
            MethodId::Authenticator | MethodId::Passkey => Place::Smartphone,
            MethodId::SyncedPasskey => Place::CloudAccount,
            MethodId::WindowsPasskey => Place::ThisPc,
            MethodId::SecurityKey => Place::SecurityKey,
            MethodId::OathToken => Place::Token,
            MethodId::Phone => Place::MobileNumber,
            MethodId::AlternatePhone => Place::OtherNumber,
            MethodId::OfficePhone => Place::DeskLine,
        }
    }

    /// The phone services the method can use: a code by SMS or a call for the
    /// mobile, calls only for the alternate and office phones. Empty for
    /// everything that is not a phone line.
    pub fn channels(self) -> &'static [Channel] {
        match self {
            MethodId::Phone => &[Channel::Sms, Channel::Voice],
            MethodId::AlternatePhone | MethodId::OfficePhone => &[Channel::Voice],
            _ => &[],
        }
    }

    /// Whether the method rings or texts a phone line through Microsoft, and so
    /// ends with Microsoft's SMS/voice retirement unless the organisation keeps its
    /// own telephony provider.
    pub fn is_phone_line(self) -> bool {
        !self.channels().is_empty()
    }

    /// Whether it is one of the passkeys (all of them FIDO2 credentials).
    pub fn is_passkey(self) -> bool {
        matches!(
            self,
            MethodId::Passkey
                | MethodId::SyncedPasskey
                | MethodId::WindowsPasskey
                | MethodId::SecurityKey
        )
    }

    /// Whether it needs a smartphone.
    pub fn needs_smartphone(self) -> bool {
        matches!(
            self,
            MethodId::Authenticator | MethodId::Passkey | MethodId::SyncedPasskey
        )
    }

    /// How many of this method one account may register (FAQ Q3). `None`: the
    /// organisation's policy decides.
    pub fn account_limit(self) -> Option<usize> {
        match self {
            MethodId::Authenticator => Some(5),
            MethodId::Phone | MethodId::AlternatePhone | MethodId::OfficePhone => Some(1),
            _ => None,
        }
    }

    /// Whether Microsoft's first-time setup ("Keep your account secure", shown
    /// to someone with no method yet) is where this method is best set up: it
    /// starts with the app and offers the phone behind "I want to set up a
    /// different method"; the other methods are added afterwards on the
    /// Security info page, which needs a method to sign in with first.
    pub fn offered_at_first_sign_in(self) -> bool {
        matches!(self, MethodId::Authenticator | MethodId::Phone)
    }

    /// About how many minutes registering it takes a first-timer, reading
    /// the steps included (measured against the steps, rounded up).
    pub fn minutes_to_register(self) -> u32 {
        match self {
            MethodId::Authenticator => 6,
            MethodId::Passkey | MethodId::SyncedPasskey => 4,
            MethodId::WindowsPasskey => 3,
            MethodId::SecurityKey | MethodId::OathToken => 4,
            MethodId::Phone | MethodId::AlternatePhone | MethodId::OfficePhone => 3,
        }
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

    #[test]
    fn the_app_and_its_passkey_are_one_place_and_only_the_handset_is_lost_with_it() {
        assert_eq!(MethodId::Authenticator.place(), MethodId::Passkey.place());
        for m in MethodId::ALL {
            let lost_with_the_phone = !m.place().survives_losing_the_phone();
            assert_eq!(
                lost_with_the_phone,
                matches!(m, MethodId::Authenticator | MethodId::Passkey),
                "{m:?}"
            );
        }
        // Every place but the phone's app has exactly one method here.
        for place in Place::ALL {
            let methods = MethodId::ALL.iter().filter(|m| m.place() == place).count();
            let expected = if place == Place::Smartphone { 2 } else { 1 };
            assert_eq!(methods, expected, "{place:?}");
        }
    }

    #[test]
    fn phone_lines_are_the_methods_with_a_channel() {
        let lines: Vec<MethodId> = MethodId::ALL
            .into_iter()
            .filter(|m| m.is_phone_line())
            .collect();
        assert_eq!(
            lines,
            [
                MethodId::Phone,
                MethodId::AlternatePhone,
                MethodId::OfficePhone
            ]
        );
        assert!(MethodId::OfficePhone.channels() == [Channel::Voice]);
    }
}
