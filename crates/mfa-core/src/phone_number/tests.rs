use super::*;
use crate::i18n::{Locale, Texts};
use crate::view::phone_check_view;

fn profile_with_switchboard() -> Profile {
    let mut p = Profile::embedded_default();
    p.switchboard_numbers = vec!["03-1234-5678".into(), "+81 6 9876 5432".into()];
    p
}

/// (input, method, verdict, kind, what to type)
#[rustfmt::skip]
const CASES: &[(&str, MethodId, Verdict, NumberKind, Option<&str>)] = &[
    // Mobiles, written every way people write them.
    ("090-1234-5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("09012345678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("090 1234 5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("(090) 1234-5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("+81 90 1234 5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("+81-(0)90-1234-5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("+81 090 1234 5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("+819012345678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("０９０－１２３４－５６７８", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("＋８１　９０　１２３４　５６７８", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("090ー1234ー5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("080.1234.5678", MethodId::AlternatePhone, Verdict::Ok, NumberKind::Mobile, Some("8012345678")),
    ("070-1234-5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("7012345678")),
    ("  090-1234-5678  ", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("9012345678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("0081-90-1234-5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("010-81-90-1234-5678", MethodId::Phone, Verdict::Ok, NumberKind::Mobile, Some("9012345678")),
    ("090-1234-5678", MethodId::OfficePhone, Verdict::Caution, NumberKind::Mobile, Some("9012345678")),
    // Internet (virtual) numbers: Microsoft supports neither texts nor calls to them.
    ("050-1234-5678", MethodId::Phone, Verdict::Problem, NumberKind::IpPhone, None),
    ("050-1234-5678", MethodId::OfficePhone, Verdict::Problem, NumberKind::IpPhone, None),
    // Landlines.
    ("03-5555-1234", MethodId::OfficePhone, Verdict::Ok, NumberKind::Landline, Some("355551234")),
    ("03-5555-1234", MethodId::Phone, Verdict::Caution, NumberKind::Landline, Some("355551234")),
    ("06-6666-1234", MethodId::AlternatePhone, Verdict::Ok, NumberKind::Landline, Some("666661234")),
    ("0823-12-3456", MethodId::OfficePhone, Verdict::Ok, NumberKind::Landline, Some("823123456")),
    ("+81 3 5555 1234", MethodId::OfficePhone, Verdict::Ok, NumberKind::Landline, Some("355551234")),
    // Numbers that cannot work.
    ("0120-123-456", MethodId::Phone, Verdict::Problem, NumberKind::TollFree, None),
    ("0800-123-4567", MethodId::OfficePhone, Verdict::Problem, NumberKind::TollFree, None),
    ("0570-123-456", MethodId::Phone, Verdict::Problem, NumberKind::Premium, None),
    ("0990-123-456", MethodId::Phone, Verdict::Problem, NumberKind::Premium, None),
    ("0180-123-456", MethodId::Phone, Verdict::Problem, NumberKind::Premium, None),
    ("020-1234-5678", MethodId::Phone, Verdict::Problem, NumberKind::Machine, None),
    // The switchboard, however it is written.
    ("03-1234-5678", MethodId::OfficePhone, Verdict::Problem, NumberKind::Switchboard, None),
    ("0312345678", MethodId::OfficePhone, Verdict::Problem, NumberKind::Switchboard, None),
    ("+81 3 1234 5678", MethodId::OfficePhone, Verdict::Problem, NumberKind::Switchboard, None),
    ("06-9876-5432", MethodId::OfficePhone, Verdict::Problem, NumberKind::Switchboard, None),
    // Extensions.
    ("03-5555-1234 内線 123", MethodId::OfficePhone, Verdict::Problem, NumberKind::Extension, None),
    ("03-5555-1234 ext. 45", MethodId::OfficePhone, Verdict::Problem, NumberKind::Extension, None),
    ("03-5555-1234 x45", MethodId::OfficePhone, Verdict::Problem, NumberKind::Extension, None),
    ("03-5555-1234#45", MethodId::OfficePhone, Verdict::Problem, NumberKind::Extension, None),
    // Length and garbage.
    ("090-1234-567", MethodId::Phone, Verdict::Problem, NumberKind::TooShort, None),
    ("090-1234-56789", MethodId::Phone, Verdict::Problem, NumberKind::TooLong, None),
    ("03-555-123", MethodId::OfficePhone, Verdict::Problem, NumberKind::TooShort, None),
    ("110", MethodId::Phone, Verdict::Problem, NumberKind::TooShort, None),
    ("abc", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("090-CALL-NOW", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("090-1234-5678; DROP TABLE", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("<script>alert(1)</script>", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("090\u{200b}1234\u{200b}5678", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("+", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("---", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("090+1234", MethodId::Phone, Verdict::Problem, NumberKind::NotANumber, None),
    ("", MethodId::Phone, Verdict::Problem, NumberKind::Empty, None),
    ("   ", MethodId::Phone, Verdict::Problem, NumberKind::Empty, None),
    // Abroad.
    ("+1 415 555 0100", MethodId::Phone, Verdict::Caution, NumberKind::Foreign, None),
    ("+44 20 7946 0000", MethodId::AlternatePhone, Verdict::Caution, NumberKind::Foreign, None),
];

#[test]
fn realistic_and_hostile_inputs() {
    assert!(CASES.len() >= 40);
    let profile = profile_with_switchboard();
    for (input, method, verdict, kind, digits) in CASES {
        let check = check(input, *method, &profile);
        assert_eq!(
            (check.verdict, check.kind, check.national_digits.as_deref()),
            (*verdict, *kind, *digits),
            "{input:?} as {method:?}"
        );
    }
}

#[test]
fn very_long_input_is_refused_before_any_work() {
    let long = "9".repeat(MAX_INPUT_CHARS + 1);
    assert_eq!(
        check(&long, MethodId::Phone, &Profile::embedded_default()).kind,
        NumberKind::TooLong
    );
    let huge = "０".repeat(100_000);
    assert_eq!(
        check(&huge, MethodId::Phone, &Profile::embedded_default()).kind,
        NumberKind::TooLong
    );
}

#[test]
fn every_kind_and_note_reads_in_both_locales() {
    let texts = Texts::load();
    let profile = profile_with_switchboard();
    for locale in Locale::ALL {
        for (input, method, ..) in CASES {
            let view = phone_check_view(&check(input, *method, &profile), &texts, locale);
            assert!(
                !view.headline.starts_with("phone-"),
                "{locale:?} {input:?}: {}",
                view.headline
            );
            for line in &view.details {
                assert!(!line.starts_with("phone-"), "{locale:?} {input:?}: {line}");
            }
            assert_eq!(view.country_choice.is_some(), view.type_this.is_some());
        }
    }
}

#[test]
fn a_usable_number_says_to_drop_the_zero_and_choose_japan() {
    let texts = Texts::load();
    let check = check(
        "090-1234-5678",
        MethodId::Phone,
        &Profile::embedded_default(),
    );
    let view = phone_check_view(&check, &texts, Locale::Ja);
    assert_eq!(view.tone, "ok");
    assert_eq!(view.type_this.as_deref(), Some("9012345678"));
    assert!(view.country_choice.unwrap().contains("Japan (+81)"));
    assert!(view.details.iter().any(|d| d.contains('0')));
}
