//! The user's preferences that outlive a run: for now, the chosen language.

use crate::i18n::Locale;
use crate::store::{self, Loaded};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::Path;

/// File name of the settings inside the platform's config folder.
pub const FILE_NAME: &str = "settings.json";

/// Preferences. Unknown fields are ignored so that an older assistant can read a
/// newer one's file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user chose with the switch; `None` follows the OS.
    #[serde(default)]
    pub locale: Option<Locale>,
}

/// Settings read at start-up, and a warning for the log when the file was bad.
pub struct LoadedSettings {
    pub settings: Settings,
    pub warning: Option<String>,
}

/// Reads the settings; a corrupt file gives defaults and a warning, never an error.
pub fn load(path: &Path) -> LoadedSettings {
    match store::load_json::<Settings>(path) {
        Loaded::Found(settings) => LoadedSettings {
            settings,
            warning: None,
        },
        Loaded::Missing => LoadedSettings {
            settings: Settings::default(),
            warning: None,
        },
        Loaded::Corrupt { reason, moved_to } => LoadedSettings {
            settings: Settings::default(),
            warning: Some(match moved_to {
                Some(aside) => format!(
                    "ignored corrupt settings ({reason}); kept a copy at {}",
                    aside.display()
                ),
                None => format!("ignored unreadable settings ({reason})"),
            }),
        },
    }
}

/// Writes the settings atomically.
pub fn save(path: &Path, settings: &Settings) -> io::Result<()> {
    store::save_json(path, settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_settings_give_defaults_and_a_warning() {
        let dir = std::env::temp_dir().join(format!("mfa-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(FILE_NAME);
        for junk in [
            &b"\x00\xff garbage"[..],
            b"{\"locale\": \"fr\"}",
            b"\"just a string\"",
        ] {
            std::fs::write(&path, junk).unwrap();
            let loaded = load(&path);
            assert_eq!(loaded.settings, Settings::default());
            assert!(loaded.warning.unwrap().contains("corrupt"));
        }
    }

    #[test]
    fn saved_locale_is_read_back() {
        let dir = std::env::temp_dir().join(format!("mfa-settings-rt-{}", std::process::id()));
        let path = dir.join(FILE_NAME);
        let settings = Settings {
            locale: Some(Locale::Ja),
        };
        save(&path, &settings).unwrap();
        assert_eq!(load(&path).settings, settings);
        assert!(load(&path).warning.is_none());
    }
}
