//! What the installer files say, checked where no installer is built: names in
//! both languages match the app's own title, and the files that refer to each
//! other agree. (Tools check their syntax: scripts/check-installers.)

use mfa_core::i18n::{Locale, Texts};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn shell_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    let path = shell_dir().join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn config() -> Value {
    serde_json::from_str(&read("tauri.conf.json")).expect("tauri.conf.json is JSON")
}

fn title(locale: Locale) -> String {
    Texts::load().get(locale, "app-title")
}

/// The value of `key = "…";` in an InfoPlist.strings file.
fn strings_value(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let rest = line
            .trim()
            .strip_prefix(key)?
            .trim_start()
            .strip_prefix('=')?;
        let quoted = rest.trim().strip_suffix(';')?.trim();
        Some(quoted.strip_prefix('"')?.strip_suffix('"')?.to_owned())
    })
}

#[test]
fn windows_installer_is_per_user_and_bilingual() {
    let config = config();
    let nsis = &config["bundle"]["windows"]["nsis"];
    assert_eq!(
        nsis["installMode"], "currentUser",
        "no administrator rights needed"
    );
    assert_eq!(
        nsis["languages"],
        serde_json::json!(["Japanese", "English"])
    );
    assert_eq!(
        nsis["displayLanguageSelector"], false,
        "language from the OS"
    );
    let hooks = nsis["installerHooks"].as_str().expect("installer hooks");
    let hooks = read(hooks);
    assert!(
        hooks.starts_with('\u{feff}'),
        "NSIS reads UTF-8 only with a BOM"
    );
    let japanese = format!("!define MFA_SHORTCUT_JA \"{}\"", title(Locale::Ja));
    assert!(
        hooks.contains(&japanese),
        "Start-menu name is the Japanese title"
    );
}

#[test]
fn msi_references_its_profile_folder_fragment() {
    let config = config();
    let wix = &config["bundle"]["windows"]["wix"];
    let fragments: String = wix["fragmentPaths"]
        .as_array()
        .expect("fragments")
        .iter()
        .map(|path| read(path.as_str().unwrap()))
        .collect();
    for id in wix["componentRefs"].as_array().expect("component refs") {
        let declared = format!("<Component Id=\"{}\"", id.as_str().unwrap());
        assert!(fragments.contains(&declared), "{declared} in a fragment");
    }
    assert!(fragments.contains("Name=\"mfa-assistant\""));
    assert!(
        fragments.contains("CommonAppDataFolder"),
        "under %ProgramData%"
    );
    let webview = &config["bundle"]["windows"]["webviewInstallMode"]["type"];
    assert_eq!(webview, "embedBootstrapper", "see README, Install, For IT");
}

#[test]
fn finder_names_the_app_in_both_languages() {
    let config = config();
    let mac = &config["bundle"]["macOS"];
    assert!(mac["minimumSystemVersion"].is_string());
    for locale in Locale::ALL {
        let destination = format!("Resources/{}.lproj/InfoPlist.strings", locale.tag());
        let source = mac["files"][&destination]
            .as_str()
            .unwrap_or_else(|| panic!("{destination} is bundled"));
        let strings = read(source);
        for key in ["CFBundleDisplayName", "CFBundleName"] {
            assert_eq!(
                strings_value(&strings, key),
                Some(title(locale)),
                "{key} in {source}"
            );
        }
    }
    let plist = read("Info.plist");
    assert!(plist.contains("<key>LSHasLocalizedDisplayName</key>\n  <true/>"));
}

#[test]
fn linux_package_and_desktop_entry() {
    let linux: Value =
        serde_json::from_str(&read("tauri.linux.conf.json")).expect("tauri.linux.conf.json");
    let package = linux["productName"].as_str().expect("Linux product name");
    assert!(
        !package.contains(' '),
        "package and file names without spaces"
    );
    let config = config();
    let template = config["bundle"]["linux"]["deb"]["desktopTemplate"]
        .as_str()
        .expect("desktop template");
    let desktop = read(template);
    let line = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("{key} in {template}"))
            .to_owned()
    };
    assert_eq!(line("Name"), title(Locale::En));
    assert_eq!(line("Name[ja]"), title(Locale::Ja));
    for key in ["Comment", "Comment[ja]", "Keywords", "Keywords[ja]"] {
        assert!(!line(key).is_empty(), "{key}");
    }
    assert_eq!(
        config["bundle"]["linux"]["rpm"]["desktopTemplate"],
        template
    );
}

#[test]
fn every_bundled_file_exists() {
    let config = config();
    let bundle = &config["bundle"];
    let mut paths: Vec<&str> = bundle["icon"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for files in [
        &bundle["macOS"]["files"],
        &bundle["linux"]["deb"]["files"],
        &bundle["linux"]["rpm"]["files"],
    ] {
        paths.extend(
            files
                .as_object()
                .unwrap()
                .values()
                .map(|v| v.as_str().unwrap()),
        );
    }
    for path in paths {
        assert!(Path::new(&shell_dir().join(path)).is_file(), "{path}");
    }
}
