//! The crates depend on each other as ARCHITECTURE.md draws them. Cargo
//! already refuses a cycle; this test also keeps the direction and the
//! boundaries: which workspace crates each may use, that none of the logic
//! crates pulls in the GUI (tauri, gtk, webkit), and that only
//! `mfa-account-check` talks to the network. A new crate must be placed here.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

/// Each crate under `crates/` and the workspace crates it may depend on.
const ALLOWED: &[(&str, &[&str])] = &[
    ("mfa-base", &[]),
    ("mfa-profile", &["mfa-base"]),
    ("mfa-help", &["mfa-base", "mfa-profile"]),
    ("mfa-core", &["mfa-base", "mfa-profile", "mfa-help"]),
    ("mfa-account-check", &["mfa-base"]),
];

/// Dependencies that mean a GUI or the network.
const GUI: &[&str] = &["tauri", "gtk", "webkit2gtk", "wry", "tao"];
const NETWORK: &[&str] = &["reqwest", "hyper", "hyper-util", "oauth2"];

fn crates_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The names of every dependency (normal, and for each target) of the crate
/// in `manifest`, and of those the workspace's own (given by `path`).
fn dependencies(manifest: &toml::Table) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut tables = vec![manifest.get("dependencies")];
    if let Some(targets) = manifest.get("target").and_then(|t| t.as_table()) {
        tables.extend(targets.values().map(|t| t.get("dependencies")));
    }
    let (mut all, mut own) = (BTreeSet::new(), BTreeSet::new());
    for table in tables.into_iter().flatten().filter_map(|t| t.as_table()) {
        for (name, spec) in table {
            all.insert(name.clone());
            if spec.get("path").is_some() {
                own.insert(name.clone());
            }
        }
    }
    (all, own)
}

fn starts_any(name: &str, prefixes: &[&str]) -> bool {
    prefixes
        .iter()
        .any(|p| name == *p || name.starts_with(&format!("{p}-")))
}

#[test]
fn every_crate_uses_only_the_crates_below_it() {
    let mut seen = BTreeSet::new();
    for entry in fs::read_dir(crates_dir()).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(text) = fs::read_to_string(dir.join("Cargo.toml")) else {
            continue;
        };
        let manifest: toml::Table = toml::from_str(&text).unwrap();
        let name = manifest["package"]["name"].as_str().unwrap().to_owned();
        let allowed = ALLOWED
            .iter()
            .find(|(crate_name, _)| *crate_name == name)
            .unwrap_or_else(|| panic!("{name} is not placed in ALLOWED (and ARCHITECTURE.md)"))
            .1;
        let (all, own) = dependencies(&manifest);
        let extra: Vec<&String> = own
            .iter()
            .filter(|d| !allowed.contains(&d.as_str()))
            .collect();
        assert!(
            extra.is_empty(),
            "{name} depends on {extra:?}, above or beside it"
        );
        let gui: Vec<&String> = all.iter().filter(|d| starts_any(d, GUI)).collect();
        assert!(gui.is_empty(), "{name} pulls in the GUI: {gui:?}");
        if name != "mfa-account-check" {
            let network: Vec<&String> = all.iter().filter(|d| starts_any(d, NETWORK)).collect();
            assert!(
                network.is_empty(),
                "{name} talks to the network: {network:?}"
            );
        }
        seen.insert(name);
    }
    let placed: BTreeSet<String> = ALLOWED.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        seen, placed,
        "a crate in ALLOWED is gone, or one was not read"
    );
}

#[test]
fn the_reader_sees_path_and_target_dependencies() {
    let manifest: toml::Table = toml::from_str(
        r#"
        [dependencies]
        mfa-base = { path = "../mfa-base" }
        serde = "1"
        [target.'cfg(windows)'.dependencies]
        tauri-build = "2"
        "#,
    )
    .unwrap();
    let (all, own) = dependencies(&manifest);
    assert_eq!(own, BTreeSet::from(["mfa-base".to_owned()]));
    assert!(all.contains("tauri-build") && all.contains("serde"));
    assert!(starts_any("tauri-build", GUI) && !starts_any("tauri_like", GUI));
}
