//! The methods list Microsoft Graph returns for `GET /me/authentication/methods`,
//! read into the assistant's terms. A phone number is cut down to its last two
//! digits while reading, so no full number is ever held; a type the assistant
//! does not know becomes `Other`, never an error.

use crate::method::{MethodId, Place};
use serde::Serialize;
use serde_json::Value;

/// One registered method, as much of it as the assistant shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegisteredMethod {
    pub kind: RegisteredKind,
    /// The name Microsoft keeps for it (the phone model for the app, the name
    /// given to a passkey or a Windows Hello PC), if any.
    pub label: Option<String>,
}

/// What kind of method Graph reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum RegisteredKind {
    /// `microsoftAuthenticatorAuthenticationMethod`.
    Authenticator,
    /// `phoneAuthenticationMethod`: `slot` is which of the three phone lines
    /// (Phone, Alternate phone, Office phone); `last_digits` the number's last two digits.
    Phone { slot: MethodId, last_digits: String },
    /// `fido2AuthenticationMethod`: a passkey or a security key.
    Fido2 { provider: Fido2Provider },
    /// `softwareOathAuthenticationMethod`: codes from an authenticator app.
    SoftwareOath,
    /// `hardwareOathAuthenticationMethod`: a token the organisation issued.
    HardwareOath,
    /// `windowsHelloForBusinessAuthenticationMethod`.
    WindowsHello,
    /// `emailAuthenticationMethod`: for password reset only, never for sign-in.
    Email,
    /// `temporaryAccessPassAuthenticationMethod`: a time-limited pass the help
    /// desk issues.
    TemporaryAccessPass,
    /// `passwordAuthenticationMethod`.
    Password,
    /// `platformCredentialAuthenticationMethod`: Platform SSO on a Mac.
    PlatformCredential,
    /// A type this version of the assistant does not know.
    Other,
}

/// Where a FIDO2 credential lives, from its AAGUID (the authenticator model id
/// WebAuthn defines). Only providers the assistant's advice names are told
/// apart; any other is "a passkey or security key".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fido2Provider {
    MicrosoftAuthenticator,
    ICloudKeychain,
    GooglePasswordManager,
    /// Windows Hello: a passkey on a Windows PC.
    WindowsHello,
    Other,
}

/// AAGUIDs published by the providers (Microsoft's Authenticator and "passkeys
/// on Windows" docs; the passkey developer community's AAGUID list for Apple
/// and Google).
const AAGUIDS: [(&str, Fido2Provider); 7] = [
    (
        "90a3ccdf-635c-4729-a248-9b709135078f",
        Fido2Provider::MicrosoftAuthenticator,
    ), // iOS
    (
        "de1e552d-db1d-4423-a619-566b625cdc84",
        Fido2Provider::MicrosoftAuthenticator,
    ), // Android
    (
        "fbfc3007-154e-4ecc-8c0b-6e020557d7bd",
        Fido2Provider::ICloudKeychain,
    ),
    (
        "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4",
        Fido2Provider::GooglePasswordManager,
    ),
    (
        "08987058-cadc-4b81-b6e1-30de50dcbe96",
        Fido2Provider::WindowsHello,
    ), // hardware
    (
        "9ddd1817-af5a-4672-a2b9-3e3dd95000a9",
        Fido2Provider::WindowsHello,
    ), // VBS hardware
    (
        "6028b017-b1d4-4c02-b4b3-afcdafc96bb2",
        Fido2Provider::WindowsHello,
    ), // software
];

impl Fido2Provider {
    fn from_aaguid(aaguid: Option<&str>) -> Fido2Provider {
        let aaguid = aaguid.unwrap_or_default().to_ascii_lowercase();
        AAGUIDS
            .iter()
            .find(|(id, _)| *id == aaguid)
            .map_or(Fido2Provider::Other, |(_, provider)| *provider)
    }
}

impl RegisteredKind {
    /// The assistant's methods this registration counts as. A FIDO2 credential
    /// from a provider the assistant does not name is most likely a security
    /// key, or a passkey synced by another password manager.
    pub fn counts_as(&self) -> &'static [MethodId] {
        match self {
            RegisteredKind::Authenticator | RegisteredKind::SoftwareOath => {
                &[MethodId::Authenticator]
            }
            RegisteredKind::Phone { slot, .. } => match slot {
                MethodId::AlternatePhone => &[MethodId::AlternatePhone],
                MethodId::OfficePhone => &[MethodId::OfficePhone],
                _ => &[MethodId::Phone],
            },
            RegisteredKind::Fido2 { provider } => match provider {
                Fido2Provider::MicrosoftAuthenticator => &[MethodId::Passkey],
                Fido2Provider::ICloudKeychain | Fido2Provider::GooglePasswordManager => {
                    &[MethodId::SyncedPasskey]
                }
                Fido2Provider::WindowsHello => &[MethodId::WindowsPasskey],
                Fido2Provider::Other => &[MethodId::SecurityKey, MethodId::SyncedPasskey],
            },
            // Windows Hello for Business lives where a passkey on Windows would.
            RegisteredKind::WindowsHello => &[MethodId::WindowsPasskey],
            RegisteredKind::HardwareOath => &[MethodId::OathToken],
            _ => &[],
        }
    }

    /// Whether it can answer a sign-in's second step. The password is the
    /// first step; e-mail only resets passwords; a Temporary Access Pass runs out.
    pub fn is_second_factor(&self) -> bool {
        !matches!(
            self,
            RegisteredKind::Password
                | RegisteredKind::Email
                | RegisteredKind::TemporaryAccessPass
                | RegisteredKind::Other
        )
    }

    /// Where it lives (see `method::Place`); `None` for what is not a way in.
    pub fn place(&self) -> Option<Place> {
        match self {
            RegisteredKind::Authenticator | RegisteredKind::SoftwareOath => Some(Place::Smartphone),
            RegisteredKind::Phone { slot, .. } => Some(slot.place()),
            RegisteredKind::Fido2 { provider } => Some(match provider {
                Fido2Provider::MicrosoftAuthenticator => Place::Smartphone,
                Fido2Provider::ICloudKeychain | Fido2Provider::GooglePasswordManager => {
                    Place::CloudAccount
                }
                Fido2Provider::WindowsHello => Place::ThisPc,
                Fido2Provider::Other => Place::SecurityKey,
            }),
            RegisteredKind::WindowsHello | RegisteredKind::PlatformCredential => {
                Some(Place::ThisPc)
            }
            RegisteredKind::HardwareOath => Some(Place::Token),
            RegisteredKind::Email
            | RegisteredKind::TemporaryAccessPass
            | RegisteredKind::Password
            | RegisteredKind::Other => None,
        }
    }

    /// Whether it is one of the phone lines Microsoft's SMS/voice retirement ends.
    pub fn is_phone_line(&self) -> bool {
        matches!(self, RegisteredKind::Phone { .. })
    }

    /// The stable name used in the window (`data-registered`) and the message ids.
    pub fn as_str(&self) -> &'static str {
        match self {
            RegisteredKind::Authenticator => "authenticator",
            RegisteredKind::Phone { slot, .. } => slot.as_str(),
            RegisteredKind::Fido2 { provider } => match provider {
                Fido2Provider::MicrosoftAuthenticator => "passkey-authenticator",
                Fido2Provider::ICloudKeychain => "passkey-icloud",
                Fido2Provider::GooglePasswordManager => "passkey-google",
                Fido2Provider::WindowsHello => "passkey-windows",
                Fido2Provider::Other => "fido2",
            },
            RegisteredKind::SoftwareOath => "software-oath",
            RegisteredKind::HardwareOath => "hardware-oath",
            RegisteredKind::WindowsHello => "windows-hello",
            RegisteredKind::Email => "email",
            RegisteredKind::TemporaryAccessPass => "temporary-access-pass",
            RegisteredKind::Password => "password",
            RegisteredKind::PlatformCredential => "platform-credential",
            RegisteredKind::Other => "other",
        }
    }
}

/// Why a response could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseError {
    NotJson,
    NoValueList,
}

/// Reads Graph's answer: `{"value": [{"@odata.type": "#microsoft.graph.…", …}]}`.
/// An entry of an unknown type, or with fields missing, is still listed.
pub fn parse_methods(body: &str) -> Result<Vec<RegisteredMethod>, ResponseError> {
    let json: Value = serde_json::from_str(body).map_err(|_| ResponseError::NotJson)?;
    let entries = json
        .get("value")
        .and_then(Value::as_array)
        .ok_or(ResponseError::NoValueList)?;
    Ok(entries.iter().map(read_entry).collect())
}

fn read_entry(entry: &Value) -> RegisteredMethod {
    let text = |key: &str| entry.get(key).and_then(Value::as_str);
    let odata_type = text("@odata.type").unwrap_or_default();
    let type_name = odata_type.trim_start_matches("#microsoft.graph.");
    let kind = match type_name {
        "microsoftAuthenticatorAuthenticationMethod" => RegisteredKind::Authenticator,
        "phoneAuthenticationMethod" => RegisteredKind::Phone {
            slot: match text("phoneType") {
                Some("alternateMobile") => MethodId::AlternatePhone,
                Some("office") => MethodId::OfficePhone,
                _ => MethodId::Phone,
            },
            last_digits: last_two_digits(text("phoneNumber").unwrap_or_default()),
        },
        "fido2AuthenticationMethod" => RegisteredKind::Fido2 {
            provider: Fido2Provider::from_aaguid(text("aaGuid")),
        },
        "softwareOathAuthenticationMethod" => RegisteredKind::SoftwareOath,
        "hardwareOathAuthenticationMethod" => RegisteredKind::HardwareOath,
        "windowsHelloForBusinessAuthenticationMethod" => RegisteredKind::WindowsHello,
        "emailAuthenticationMethod" => RegisteredKind::Email,
        "temporaryAccessPassAuthenticationMethod" => RegisteredKind::TemporaryAccessPass,
        "passwordAuthenticationMethod" => RegisteredKind::Password,
        "platformCredentialAuthenticationMethod" => RegisteredKind::PlatformCredential,
        _ => RegisteredKind::Other,
    };
    // The e-mail address and the phone number are never kept; names of
    // devices and passkeys are, to tell two of them apart on screen.
    let label = match kind {
        RegisteredKind::Authenticator
        | RegisteredKind::Fido2 { .. }
        | RegisteredKind::WindowsHello
        | RegisteredKind::PlatformCredential => text("displayName")
            .or_else(|| text("model"))
            .map(|name| name.trim().chars().take(60).collect::<String>())
            .filter(|name| !name.is_empty()),
        _ => None,
    };
    RegisteredMethod { kind, label }
}

/// The last two digits of a number, all that is ever shown of it.
fn last_two_digits(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(2)..].iter().collect()
}

/// One entry of every type Graph's v1.0 reference lists, the FIDO2
/// providers the assistant names, and a type it does not know yet: for the
/// tests here and in the crates above (the account check's view).
pub const EVERY_TYPE_EXAMPLE: &str = r##"{"value": [
  {"@odata.type": "#microsoft.graph.passwordAuthenticationMethod", "id": "28c10230-6103-485e-b985-444c60001490", "password": null},
  {"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "id": "a", "displayName": "iPhone 15", "deviceTag": "SoftwareTokenActivated", "phoneAppVersion": "6.8.7"},
  {"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": "3179e48a-750b-4051-897c-87b9720928f7", "phoneNumber": "+81 9012345678", "phoneType": "mobile", "smsSignInState": "notAllowedByPolicy"},
  {"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": "b6332ec1-7057-4abe-9331-3d72feddfe41", "phoneNumber": "+81 312345699", "phoneType": "alternateMobile"},
  {"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": "e37fc753-ff3b-4958-9484-eaa9425c82bc", "phoneNumber": "+81 3 1234 5601x123", "phoneType": "office"},
  {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "f", "displayName": "Authenticator - iOS", "aaGuid": "90A3CCDF-635C-4729-A248-9B709135078F", "model": "Microsoft Authenticator for iOS"},
  {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "g", "displayName": "YubiKey", "aaGuid": "cb69481e-8ff7-4039-93ec-0a2729a154a8", "model": "YubiKey 5 Series"},
  {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "g2", "aaGuid": "fbfc3007-154e-4ecc-8c0b-6e020557d7bd"},
  {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "g3", "aaGuid": "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4"},
  {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "g4", "displayName": "Passkey on LAB-PC-07", "aaGuid": "08987058-cadc-4b81-b6e1-30de50dcbe96"},
  {"@odata.type": "#microsoft.graph.softwareOathAuthenticationMethod", "id": "h", "secretKey": null},
  {"@odata.type": "#microsoft.graph.hardwareOathAuthenticationMethod", "id": "h2", "displayName": "Token 0123"},
  {"@odata.type": "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod", "id": "i", "displayName": "LAB-PC-07", "keyStrength": "normal"},
  {"@odata.type": "#microsoft.graph.emailAuthenticationMethod", "id": "j", "emailAddress": "kenji@example.com"},
  {"@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethod", "id": "k", "lifetimeInMinutes": 60, "isUsable": true},
  {"@odata.type": "#microsoft.graph.platformCredentialAuthenticationMethod", "id": "l", "displayName": "MacBook", "platform": "macOS"},
  {"@odata.type": "#microsoft.graph.qrCodePinAuthenticationMethod", "id": "m"}
]}"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_type_is_read() {
        let methods = parse_methods(EVERY_TYPE_EXAMPLE).unwrap();
        let names: Vec<&str> = methods.iter().map(|m| m.kind.as_str()).collect();
        assert_eq!(
            names,
            [
                "password",
                "authenticator",
                "phone",
                "alternate-phone",
                "office-phone",
                "passkey-authenticator",
                "fido2",
                "passkey-icloud",
                "passkey-google",
                "passkey-windows",
                "software-oath",
                "hardware-oath",
                "windows-hello",
                "email",
                "temporary-access-pass",
                "platform-credential",
                "other"
            ]
        );
        assert_eq!(
            methods[2].kind,
            RegisteredKind::Phone {
                slot: MethodId::Phone,
                last_digits: "78".into()
            }
        );
        // An extension is part of what is written, and its digits count too:
        // only the last two digits of the whole text are kept.
        assert!(
            matches!(&methods[4].kind, RegisteredKind::Phone { last_digits, .. } if last_digits == "23")
        );
        assert_eq!(methods[1].label.as_deref(), Some("iPhone 15"));
        assert_eq!(methods[13].label, None, "the e-mail address is not kept");
        let debug = format!("{methods:?}");
        for secret in ["9012345678", "312345699", "kenji"] {
            assert!(!debug.contains(secret), "{secret} kept");
        }
    }

    #[test]
    fn unknown_or_incomplete_entries_never_fail_the_list() {
        let methods =
            parse_methods(r##"{"value": [{}, {"@odata.type": 7}, {"@odata.type": "#microsoft.graph.phoneAuthenticationMethod"}]}"##)
                .unwrap();
        assert_eq!(methods[0].kind, RegisteredKind::Other);
        assert_eq!(methods[1].kind, RegisteredKind::Other);
        assert!(
            matches!(&methods[2].kind, RegisteredKind::Phone { last_digits, .. } if last_digits.is_empty())
        );
        assert_eq!(parse_methods("<html>"), Err(ResponseError::NotJson));
        assert_eq!(
            parse_methods(r#"{"error": {}}"#),
            Err(ResponseError::NoValueList)
        );
    }

    #[test]
    fn only_known_providers_are_named() {
        for (aaguid, expected) in AAGUIDS {
            assert_eq!(Fido2Provider::from_aaguid(Some(aaguid)), expected);
        }
        assert_eq!(Fido2Provider::from_aaguid(None), Fido2Provider::Other);
        assert_eq!(
            RegisteredKind::Fido2 {
                provider: Fido2Provider::Other
            }
            .counts_as(),
            [MethodId::SecurityKey, MethodId::SyncedPasskey]
        );
    }
}
