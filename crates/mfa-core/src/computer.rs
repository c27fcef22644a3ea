//! Which operating system the assistant runs on: a passkey on Windows can only
//! be made on Windows, and a new security key cannot be registered from a Mac's
//! browsers (Microsoft's FIDO2 compatibility list).

use serde::Serialize;

/// The computer the assistant runs on, which the person registers with when
/// they answer "this computer".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThisComputer {
    Windows,
    Mac,
    /// Linux and anything else: no Windows Hello, security keys work in Chrome
    /// and Firefox.
    Other,
}

impl ThisComputer {
    pub const ALL: [ThisComputer; 3] = [
        ThisComputer::Windows,
        ThisComputer::Mac,
        ThisComputer::Other,
    ];

    /// The computer this build runs on.
    pub const fn running() -> ThisComputer {
        if cfg!(target_os = "windows") {
            ThisComputer::Windows
        } else if cfg!(target_os = "macos") {
            ThisComputer::Mac
        } else {
            ThisComputer::Other
        }
    }

    /// Parses `windows`, `mac` or `other` (the test build's override).
    pub fn parse(id: &str) -> Option<ThisComputer> {
        match id {
            "windows" => Some(ThisComputer::Windows),
            "mac" => Some(ThisComputer::Mac),
            "other" => Some(ThisComputer::Other),
            _ => None,
        }
    }

    /// Whether Windows Hello can keep a passkey here.
    pub fn has_windows_hello(self) -> bool {
        self == ThisComputer::Windows
    }

    /// Whether a new security key can be registered in this computer's browsers.
    pub fn can_register_security_key(self) -> bool {
        self != ThisComputer::Mac
    }
}
