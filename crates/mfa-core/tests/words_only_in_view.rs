//! Text in the person's language is built in `view/` modules only: outside
//! them, no code formats a Fluent message (`Texts::get`, `Texts::get_with`,
//! or the views' `Facts::t` and `Facts::t_with`). Everything else hands data
//! to a view. Reads every source file of the crates and the shell; the tests
//! beside the code are left out.

mod source_reading;

use source_reading::without_tests;
use std::fs;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Each place in `code` that formats a message: `<receiver>.<method>(` with a
/// receiver ending in `texts` and `get`/`get_with`, or `facts` and
/// `t`/`t_with`.
fn formatting_calls(code: &str) -> Vec<String> {
    let mut found = vec![];
    for (receiver, methods) in [("texts", ["get", "get_with"]), ("facts", ["t", "t_with"])] {
        for (at, _) in code.match_indices(receiver) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // part of a longer name
            }
            let rest = code[at + receiver.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('.') else {
                continue;
            };
            let rest = rest.trim_start();
            for method in methods {
                if let Some(after) = rest.strip_prefix(method) {
                    if after.trim_start().starts_with('(') {
                        let line = code[..at].lines().count().max(1);
                        found.push(format!("line {line}: {receiver}.{method}("));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn only_views_format_messages() {
    let root = repo();
    let mut files = vec![];
    for crate_dir in fs::read_dir(root.join("crates")).unwrap() {
        let src = crate_dir.unwrap().path().join("src");
        if src.is_dir() {
            rust_files(&src, &mut files);
        }
    }
    rust_files(&root.join("src-tauri/src"), &mut files);
    assert!(files.len() > 50, "found {} files", files.len());
    let mut outside = vec![];
    for file in files {
        let relative = file.strip_prefix(&root).unwrap().display().to_string();
        let in_a_view = file.components().any(|c| c.as_os_str() == "view");
        if in_a_view || file.file_name().unwrap() == "tests.rs" {
            continue;
        }
        let code = fs::read_to_string(&file).unwrap();
        for call in formatting_calls(without_tests(&code)) {
            outside.push(format!("{relative} {call}"));
        }
    }
    assert!(
        outside.is_empty(),
        "messages formatted outside a view/ module:\n{}",
        outside.join("\n")
    );
}

#[test]
fn the_finder_sees_every_form_and_skips_longer_names() {
    let code = "let a = self.texts.get(l, \"x\");\nlet b = texts\n    .get_with(l, \"y\", &[]);\nlet c = facts.t(\"z\");\nlet d = my_texts.get(1);\nlet e = texts.getter();";
    assert_eq!(
        formatting_calls(code),
        [
            "line 1: texts.get(",
            "line 2: texts.get_with(",
            "line 4: facts.t("
        ]
    );
}
