//! Japanese set as a Japanese product: every text in locales/ja follows the
//! glossary (locales/glossary-ja.toml: one spelling per term, Microsoft's where
//! it names a screen element) and one spacing rule (a half-width space between
//! a Latin word and Japanese text, none between a number and Japanese text).
//! Search keywords, never shown, are exempt.

use serde::Deserialize;
use std::fs;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Glossary {
    /// Names written with a space of their own, which the spacing rule skips.
    product_names: Vec<String>,
    term: Vec<Term>,
}

fn glossary() -> Glossary {
    toml::from_str(&fs::read_to_string(locales().join("glossary-ja.toml")).unwrap()).unwrap()
}

#[derive(Deserialize)]
struct Term {
    #[serde(rename = "use")]
    spelling: String,
    avoid: Vec<String>,
    #[serde(default)]
    unless_before: String,
}

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// (file, line number, message id, the line's text) of every line of shown
/// text in locales/ja: comments and search keywords left out.
fn shown_lines() -> Vec<(String, usize, String, String)> {
    let mut lines = vec![];
    let mut files: Vec<PathBuf> = fs::read_dir(locales().join("ja"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut id = String::new();
        for (n, line) in fs::read_to_string(&path).unwrap().lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if let Some((head, _)) = line.split_once('=') {
                if !line.starts_with(' ') && !head.trim().contains(' ') {
                    id = head.trim().to_owned();
                }
            }
            if !id.ends_with("-keywords") {
                lines.push((name.clone(), n + 1, id.clone(), line.to_owned()));
            }
        }
    }
    lines
}

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309f}' | '\u{30a0}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30a0}'..='\u{30ff}')
}

#[test]
fn japanese_follows_the_glossary() {
    let glossary = glossary();
    assert!(glossary.term.len() >= 10);
    let mut found = vec![];
    for (file, n, id, line) in shown_lines() {
        for term in &glossary.term {
            for avoid in &term.avoid {
                for (at, _) in line.match_indices(avoid.as_str()) {
                    let next = line[at + avoid.len()..].chars().next();
                    if next.is_some_and(|c| term.unless_before.contains(c)) {
                        continue;
                    }
                    found.push(format!(
                        "{file}:{n} ({id}): \"{avoid}\", write \"{}\"",
                        term.spelling
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Sample values for the placeables whose spacing depends on their value: a
/// placeable that may hold Latin or Japanese text (a method's name) must be
/// set off by brackets or punctuation, so it is tried with both.
const SAMPLES: &[(&str, &[&str])] = &[
    ("{ $date }", &["2027年2月1日"]),
    ("{ $count }", &["2"]),
    ("{ $number }", &["2"]),
    ("{ $total }", &["3"]),
    ("{ $minutes }", &["15"]),
    ("{ $days }", &["30"]),
    ("{ $seconds }", &["30"]),
    ("{ $digits }", &["78"]),
    (
        "{ $method }",
        &["セキュリティ キー", "Microsoft Authenticator"],
    ),
    ("{ $helpdesk }", &["情報基盤センター"]),
    ("{ $organisation }", &["東西大学"]),
    ("{ $code }", &["AADSTS50076"]),
    ("{ $tenant }", &["example.ac.jp"]),
];

/// Every way a line reads once its placeables hold their sample values.
fn renderings(line: &str) -> Vec<String> {
    let mut out = vec![line.to_owned()];
    for (placeable, values) in SAMPLES {
        if line.contains(placeable) {
            out = out
                .iter()
                .flat_map(|l| values.iter().map(move |v| l.replace(placeable, v)))
                .collect();
        }
    }
    out
}

/// The run of ASCII letters and digits that ends `text` ("AADSTS65001").
fn word_before(text: &[char]) -> String {
    let mut word: Vec<char> = text
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .copied()
        .collect();
    word.reverse();
    word.into_iter().collect()
}

/// The run of ASCII letters and digits that starts `text`.
fn word_after(text: &[char]) -> String {
    text.iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect()
}

fn spacing_faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut faults = vec![];
    for pair in chars.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if (a.is_ascii_alphabetic() && is_japanese(b))
            || (is_japanese(a) && b.is_ascii_alphabetic())
        {
            faults.push(format!("\"{a}{b}\" needs a space"));
        }
    }
    for (i, triple) in chars.windows(3).enumerate() {
        let (a, b) = (triple[0], triple[2]);
        if triple[1] != ' ' {
            continue;
        }
        let number_before =
            a.is_ascii_digit() && !word_before(&chars[..=i]).contains(char::is_alphabetic);
        let number_after =
            b.is_ascii_digit() && !word_after(&chars[i + 2..]).contains(char::is_alphabetic);
        if (number_before && is_japanese(b)) || (is_japanese(a) && number_after) {
            faults.push(format!("\"{a} {b}\": no space next to a number"));
        }
        // Katakana compounds keep Microsoft's spaces ("セキュリティ キー").
        if is_japanese(a) && is_japanese(b) && !(is_katakana(a) && is_katakana(b)) {
            faults.push(format!("\"{a} {b}\": no space between Japanese words"));
        }
    }
    faults
}

#[test]
fn latin_words_are_set_apart_by_one_space_and_numbers_are_not() {
    let names = glossary().product_names;
    let mut found = vec![];
    for (file, n, id, line) in shown_lines() {
        // A product name reads as one word: its space is its own.
        let line = names.iter().fold(line, |line, name| {
            line.replace(name, &name.replace(' ', ""))
        });
        for text in renderings(&line) {
            for fault in spacing_faults(&text) {
                found.push(format!("{file}:{n} ({id}): {fault}"));
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_spacing_check_sees_what_a_reader_sees() {
    assert!(spacing_faults("この QR コードを 2つ").len() == 1);
    assert!(spacing_faults("QRコード").len() == 1);
    assert!(spacing_faults("2027年2月1日 から").len() == 1);
    assert!(spacing_faults("セキュリティ キー").is_empty());
    assert!(spacing_faults("コード AADSTS65001 とあわせて").is_empty());
    assert!(spacing_faults("Microsoft のページで6桁のコード").is_empty());
    assert_eq!(renderings("{ $method }を追加").len(), 2);
}
