//! The seam between the rules and the window: the assistant is driven through
//! every plan (every combination of answers, so both setup devices) in both
//! languages, with and without the organisation's own telecom provider, from
//! the welcome to the done step. No screen may show a raw message id or an
//! unfilled argument, and no step may give an empty list of instructions.

use mfa_core::assistant::{Assistant, Startup};
use mfa_core::computer::ThisComputer;
use mfa_core::date::Date;
use mfa_core::i18n::{Locale, Texts};
use mfa_core::profile::{Profile, ProfileLoad, TelephonyProvider};
use mfa_core::situation::QuestionId;
use mfa_core::view::Screen;
use serde_json::Value;

/// Every complete set of answers.
fn every_answer_set() -> Vec<Vec<(QuestionId, &'static str)>> {
    let mut all = vec![vec![]];
    for q in QuestionId::ALL {
        all = all
            .into_iter()
            .flat_map(|set: Vec<(QuestionId, &'static str)>| {
                q.answers().iter().map(move |&a| {
                    let mut next = set.clone();
                    next.push((q, a));
                    next
                })
            })
            .collect();
    }
    all
}

/// Every string on the screen, with where it is.
fn strings(value: &Value, at: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((at, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{at}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                strings(field, format!("{at}.{key}"), out);
            }
        }
        _ => {}
    }
}

fn check_screen(screen: &Screen, texts: &Texts, context: &str) -> Value {
    let json = serde_json::to_value(screen).unwrap();
    let mut found = vec![];
    strings(&json, String::new(), &mut found);
    for (at, s) in found {
        let raw_id = Locale::ALL.iter().any(|&l| texts.has(l, &s));
        assert!(!raw_id, "{context}: raw message id {s:?} at {at}");
        assert!(
            !s.contains("{ $") && !s.contains("{$"),
            "{context}: unfilled argument at {at}: {s}"
        );
    }
    json
}

fn non_empty_list(json: &Value, field: &str, context: &str) {
    let list = json["step"][field].as_array();
    assert!(
        list.is_some_and(
            |l| !l.is_empty() && l.iter().all(|s| !s.as_str().unwrap_or("x").is_empty())
        ),
        "{context}: empty {field}"
    );
}

#[test]
fn every_journey_shows_only_words_and_never_an_empty_instruction_list() {
    let texts = Texts::load();
    let mut provider = Profile::embedded_default();
    provider.telephony = TelephonyProvider::EVERYTHING;
    let profiles = [
        ("no provider", ProfileLoad::embedded()),
        (
            "own provider",
            ProfileLoad {
                profile: provider,
                ..ProfileLoad::embedded()
            },
        ),
    ];
    let mut register_screens = 0;
    // Both sides of Microsoft's date on Windows (where a PC can hold a
    // passkey), and a Mac before it (where it cannot, nor register a key).
    let days_and_computers = [
        ("2026-12-01", ThisComputer::Windows),
        ("2027-03-01", ThisComputer::Windows),
        ("2026-12-01", ThisComputer::Mac),
    ];
    let journeys = profiles.iter().flat_map(|profile| {
        days_and_computers
            .into_iter()
            .map(move |(day, computer)| (profile, computer, Date::parse(day).unwrap()))
    });
    for ((profile_name, load), computer, today) in journeys {
        for locale in Locale::ALL {
            for answers in every_answer_set() {
                let context = format!("{profile_name} {computer:?} {today} {locale:?} {answers:?}");
                let mut a = Assistant::start(Startup {
                    os_locale: locale,
                    settings_path: None,
                    profile: load.clone(),
                    today,
                    computer,
                });
                check_screen(&a.screen(), &texts, &context);
                a.go_next();
                for (q, answer) in &answers {
                    a.answer(q.as_str(), answer).unwrap();
                }
                let plan = check_screen(&a.go_next(), &texts, &context);
                assert_eq!(plan["step"]["id"], "plan", "{context}");
                let prepare = check_screen(&a.go_next(), &texts, &context);
                if prepare["step"]["id"] != "prepare" {
                    // Nothing to register (no method fits): the plan says so.
                    assert!(prepare["problem"].is_string(), "{context}");
                    continue;
                }
                non_empty_list(&prepare, "checklist", &context);
                let mut screen = check_screen(&a.go_next(), &texts, &context);
                let mut turn = 0;
                while screen["step"]["id"] == "register" {
                    register_screens += 1;
                    non_empty_list(&screen, "steps", &context);
                    // Alternate: register one, skip the next.
                    screen = if turn % 3 == 2 {
                        check_screen(&a.skip_method(), &texts, &context)
                    } else {
                        check_screen(&a.mark_registered(), &texts, &context)
                    };
                    turn += 1;
                }
                assert_eq!(screen["step"]["id"], "verify", "{context}");
                non_empty_list(&screen, "steps", &context);
                non_empty_list(&screen, "whichMethod", &context);
                let done = check_screen(&a.go_next(), &texts, &context);
                assert_eq!(done["step"]["id"], "done", "{context}");
                non_empty_list(&done, "reminders", &context);
            }
        }
    }
    assert!(
        register_screens > 500,
        "{register_screens} register screens seen"
    );
}
