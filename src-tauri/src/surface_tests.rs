//! The window's commands are named in three places that must agree: the
//! handler list in `lib.rs`, the permissions `build.rs` declares, and what
//! `capabilities/main.json` grants. A command in one list but not another is
//! either unreachable or an unintended door.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not found"))
        + start.len();
    let to = from + text[from..].find(end).unwrap();
    &text[from..to]
}

/// `commands::next` → `next`, from `tauri::generate_handler![...]`.
fn handler_commands() -> BTreeSet<String> {
    between(&read("src/lib.rs"), "generate_handler![", "]")
        .split(',')
        .filter_map(|item| item.trim().rsplit("::").next().map(str::to_owned))
        .filter(|name| !name.is_empty())
        .collect()
}

/// The `COMMANDS` list of build.rs.
fn declared_commands() -> BTreeSet<String> {
    between(&read("build.rs"), "const COMMANDS: &[&str] = &[", "];")
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('"'))
        .map(|line| line.trim_matches(|c| c == '"' || c == ',').to_owned())
        .collect()
}

/// `allow-next` → `next`, from the main window's capability.
fn granted_commands() -> BTreeSet<String> {
    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/main.json")).unwrap();
    capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let p = p.as_str().expect("plain permission names only");
            let command = p
                .strip_prefix("allow-")
                .unwrap_or_else(|| panic!("{p}: only allow-<command>"));
            command.replace('-', "_")
        })
        .collect()
}

#[test]
fn handlers_declared_permissions_and_grants_list_the_same_commands() {
    let handlers = handler_commands();
    assert!(handlers.len() > 20, "{handlers:?}");
    assert_eq!(
        handlers,
        declared_commands(),
        "generate_handler! vs build.rs"
    );
    assert_eq!(
        handlers,
        granted_commands(),
        "generate_handler! vs capabilities/main.json"
    );
}
