//! ARCHITECTURE.md stays true: every source file of the crates, the shell and
//! the UI is mentioned in it, by its file name (`format.rs`) or its module
//! name in backticks (`format`). A new file without a word there fails here.

use std::fs;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file below `dir` with one of `extensions`.
fn files(dir: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, extensions, found);
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            found.push(path);
        }
    }
}

#[test]
fn every_source_file_is_mentioned_in_architecture_md() {
    let root = repo();
    let doc = fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let mut sources = vec![];
    for crate_dir in fs::read_dir(root.join("crates")).unwrap() {
        files(
            &crate_dir.unwrap().path().join("src"),
            &["rs"],
            &mut sources,
        );
    }
    files(&root.join("src-tauri/src"), &["rs"], &mut sources);
    files(&root.join("ui"), &["js", "css", "html"], &mut sources);
    assert!(sources.len() > 50, "found {} files", sources.len());
    let mut missing = vec![];
    for path in sources {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // A module's mod.rs, a crate's lib.rs and main.rs, and the tests
        // beside a module are named by their folder or crate.
        if ["mod.rs", "lib.rs", "main.rs", "tests.rs"].contains(&name.as_str()) {
            continue;
        }
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let mentioned = doc.contains(&name)
            || doc.contains(&format!("`{stem}`"))
            || doc.contains(&format!("`{stem}/`"));
        if !mentioned {
            missing.push(
                path.strip_prefix(&root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
            );
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not mention:\n{}",
        missing.join("\n")
    );
}
