//! Tests of the profile as a whole: broken files with their exact places, the
//! default's round trip, the reference's completeness, trust and the order in
//! which files are looked for.

use super::load::{
    locate_and_load_with, ownership_issues, trust_issues, windows_issues, Ownership,
};
use super::*;
use crate::i18n::{Locale, Texts};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const BEFORE_RETIREMENT: &str = "2026-11-24";
const AFTER_RETIREMENT: &str = "2027-03-01";

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn file() -> &'static Path {
    Path::new("profile.toml")
}

const MINIMAL: &str = r#"schema_version = 1
[organisation]
name = { ja = "東西大学", en = "Tozai University" }
[methods]
enabled = ["authenticator", "phone"]
[help_desk]
name = { ja = "窓口", en = "the desk" }
hours = { ja = "平日", en = "Weekdays" }
counter = { ja = "1階", en = "1st floor" }
phone = "03-1234-5678"
email = "desk@example.ac.jp"
"#;

/// The help desk's required keys, for the texts that test something else.
const DESK_KEYS: [(&str, &str); 5] = [
    ("name", r#"{ ja = "窓口", en = "the desk" }"#),
    ("hours", r#"{ ja = "平日", en = "Weekdays" }"#),
    ("counter", r#"{ ja = "1階", en = "1st floor" }"#),
    ("phone", r#""03-1234-5678""#),
    ("email", r#""desk@example.ac.jp""#),
];

/// `text` with the help desk's required keys added where it lacks them: at
/// the end of its `[help_desk]` table, or as a table of their own at the end
/// of the file, so that no issue the text is about moves.
fn complete(text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let header = lines.iter().position(|l| l.trim() == "[help_desk]");
    let (insert_at, present): (usize, Vec<String>) = match header {
        Some(at) => {
            let end = lines[at + 1..]
                .iter()
                .position(|l| l.trim_start().starts_with('['))
                .map_or(lines.len(), |n| at + 1 + n);
            let keys = lines[at + 1..end]
                .iter()
                .filter_map(|l| l.split('=').next().map(|k| k.trim().to_owned()))
                .collect();
            (end, keys)
        }
        None => {
            lines.push("[help_desk]".to_owned());
            (lines.len(), vec![])
        }
    };
    let missing: Vec<String> = DESK_KEYS
        .iter()
        .filter(|(key, _)| !present.iter().any(|p| p == key))
        .map(|(key, value)| format!("{key} = {value}"))
        .collect();
    lines.splice(insert_at..insert_at, missing);
    lines.join("\n") + "\n"
}

/// Every field set, so key and field lists taken from it are complete.
fn full_profile() -> Profile {
    Profile {
        schema_version: 1,
        organisation: Localized {
            ja: "東西大学".into(),
            en: "Tozai University".into(),
        },
        logo: None,
        help_desk: HelpDesk {
            name: Some(Localized {
                ja: "情報基盤センター".into(),
                en: "IT Center".into(),
            }),
            counter: Some(Localized {
                ja: "本館 1階".into(),
                en: "Main building, 1st floor".into(),
            }),
            hours: Some(Localized {
                ja: "平日 9:00〜17:00".into(),
                en: "Weekdays 9:00-17:00".into(),
            }),
            phone: Some("+81 3-1234-5678".into()),
            email: Some("helpdesk@tozai.example.ac.jp".into()),
            page: Some("https://www.tozai.example.ac.jp/it/mfa".into()),
        },
        pre_registration_start: Some(day("2026-04-01")),
        mfa_required_from: Some(day("2026-06-01")),
        methods_enabled: vec![
            MethodId::Authenticator,
            MethodId::Passkey,
            MethodId::SecurityKey,
            MethodId::OathToken,
            MethodId::Phone,
            MethodId::AlternatePhone,
            MethodId::OfficePhone,
        ],
        synced_passkeys: false,
        windows_passkeys: true,
        telephony: TelephonyProvider {
            sms: true,
            voice: false,
            covers_everyone: false,
        },
        switchboard_numbers: vec!["03-1234-0000".into(), "03-1234-0001".into()],
        links: vec![ProfileLink {
            id: "manual-add-method".into(),
            title: Localized {
                ja: "認証方法の追加".into(),
                en: "Adding a sign-in method".into(),
            },
            url_ja: "https://www.tozai.example.ac.jp/it/mfa/manual-ja.pdf".into(),
            url_en: "https://www.tozai.example.ac.jp/it/mfa/manual-en.pdf".into(),
        }],
        extra_allowed_hosts: vec!["www.tozai.example.ac.jp".into()],
        microsoft_check: Some(MicrosoftSignIn {
            tenant: "tozai.example.ac.jp".into(),
            client_id: "9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b".into(),
            // A shared-PC organisation: the password every time.
            prompt: mfa_base::account_check::SignInPrompt::Login,
        }),
        updates: Some(super::UpdateSource {
            endpoint: "https://it.tozai.example.ac.jp/mfa-assistant/latest.json".into(),
            pubkey: super::checks::tests::SAMPLE_UPDATE_KEY.into(),
        }),
    }
}

fn issues_of(text: &str, today: &str) -> Vec<ProfileIssue> {
    match parse_profile(&complete(text), file(), day(today)) {
        Ok(parsed) => parsed.warnings,
        Err(issues) => issues,
    }
}

/// (kind, line, column) of every issue.
fn places(issues: &[ProfileIssue]) -> Vec<(IssueKind, usize, usize)> {
    issues
        .iter()
        .map(|i| {
            let at = i.location.expect("a located issue");
            (i.kind, at.line, at.column)
        })
        .collect()
}

/// One broken profile and the single issue it must produce.
struct Broken {
    name: &'static str,
    text: &'static str,
    today: &'static str,
    expected: (IssueKind, usize, usize),
}

const fn broken(
    name: &'static str,
    text: &'static str,
    expected: (IssueKind, usize, usize),
) -> Broken {
    Broken {
        name,
        text,
        today: BEFORE_RETIREMENT,
        expected,
    }
}

use IssueKind as K;

const BROKEN: &[Broken] = &[
    broken(
        "unclosed table header",
        "schema_version = 1\n[organisation\nname = { ja = \"a\", en = \"b\" }\n",
        (K::TomlSyntax, 2, 14),
    ),
    broken(
        "key written twice",
        "schema_version = 1\nschema_version = 1\n",
        (K::TomlSyntax, 2, 1),
    ),
    broken(
        "yes is not a boolean",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"phone\"]\nown_telecom_provider = yes\n",
        (K::TomlSyntax, 6, 24),
    ),
    broken(
        "newer schema is reported before its unknown keys",
        "future_key = true\nschema_version = 2\n",
        (K::UnsupportedSchemaVersion, 2, 18),
    ),
    broken("schema version as text", "schema_version = \"1\"\n", (K::WrongType, 1, 18)),
    broken("no schema version", "[organisation]\n", (K::MissingField, 1, 1)),
    broken(
        "American spelling of organisation",
        "schema_version = 1\n[organization]\nname = { ja = \"a\", en = \"b\" }\n",
        (K::UnknownField, 2, 2),
    ),
    broken(
        "unknown help desk key",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\ntelephone = \"03-1234-5678\"\n",
        (K::UnknownField, 5, 1),
    ),
    broken(
        "unknown language in a text",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\", zh = \"c\" }\n",
        (K::UnknownField, 3, 30),
    ),
    broken(
        "link with url instead of url_ja",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"phone\"]\n[[links]]\nid = \"manual\"\ntitle = { ja = \"a\", en = \"b\" }\nurl = \"https://example.ac.jp/\"\n",
        (K::UnknownField, 9, 1),
    ),
    broken(
        "no methods table",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n",
        (K::MissingField, 1, 1),
    ),
    broken(
        "text without English",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\" }\n",
        (K::MissingField, 3, 8),
    ),
    broken(
        "provider as text",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"phone\"]\nown_telecom_provider = \"no\"\n",
        (K::WrongType, 6, 24),
    ),
    broken(
        "methods as one string",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = \"phone\"\n",
        (K::WrongType, 5, 11),
    ),
    broken(
        "switchboard number as integer",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\nswitchboard_numbers = [312345678]\n",
        (K::WrongType, 4, 24),
    ),
    broken(
        "date as integer",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[schedule]\nmfa_required_from = 20260401\n[methods]\nenabled = [\"phone\", \"authenticator\"]\n",
        (K::WrongType, 5, 21),
    ),
    broken(
        "30 February",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[schedule]\nmfa_required_from = \"2026-02-30\"\n[methods]\nenabled = [\"phone\", \"authenticator\"]\n",
        (K::BadDate, 5, 21),
    ),
    broken(
        "date with a time",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[schedule]\npre_registration_start = 2026-04-01T09:00:00\n[methods]\nenabled = [\"phone\", \"authenticator\"]\n",
        (K::BadDate, 5, 26),
    ),
    broken(
        "date with slashes",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[schedule]\npre_registration_start = \"2026/04/01\"\n[methods]\nenabled = [\"phone\", \"authenticator\"]\n",
        (K::BadDate, 5, 26),
    ),
    broken(
        "required before pre-registration",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[schedule]\npre_registration_start = 2026-06-01\nmfa_required_from = 2026-04-01\n[methods]\nenabled = [\"phone\", \"authenticator\"]\n",
        (K::RequiredBeforePreRegistration, 6, 21),
    ),
    broken(
        "required on the day pre-registration starts",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[schedule]\nmfa_required_from = \"2026-04-01\"\npre_registration_start = \"2026-04-01\"\n[methods]\nenabled = [\"phone\", \"authenticator\"]\n",
        (K::RequiredBeforePreRegistration, 5, 21),
    ),
    broken(
        "help desk page over http",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\npage = \"http://www.example.ac.jp/help\"\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::NotHttps, 5, 8),
    ),
    broken(
        "manual link without a scheme",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[[links]]\nid = \"manual\"\ntitle = { ja = \"手引き\", en = \"Manual\" }\nurl_ja = \"www.example.ac.jp/manual.pdf\"\n",
        (K::NotHttps, 9, 10),
    ),
    broken(
        "credentials in a URL",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\npage = \"https://admin@www.example.ac.jp/\"\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::BadUrl, 5, 8),
    ),
    broken(
        "IP address as the host of a URL",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\npage = \"https://192.168.1.10/help\"\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::BadHost, 5, 8),
    ),
    broken(
        "allowed host with a trailing dot",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[link_policy]\nextra_allowed_hosts = [\"www.example.ac.jp\", \"example.ac.jp.\"]\n",
        (K::BadHost, 7, 45),
    ),
    broken(
        "manual on a host the link policy does not allow",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[link_policy]\nextra_allowed_hosts = [\"www.example.ac.jp\"]\n[[links]]\nid = \"manual\"\ntitle = { ja = \"手引き\", en = \"Manual\" }\nurl_ja = \"https://example.ac.jp/manual.pdf\"\n",
        (K::HostNotAllowed, 11, 10),
    ),
    broken(
        "port in the help desk page",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\npage = \"https://www.example.ac.jp:8443/help\"\n[methods]\nenabled = [\"authenticator\"]\n[link_policy]\nextra_allowed_hosts = [\"www.example.ac.jp\"]\n",
        (K::BadUrl, 5, 8),
    ),
    broken(
        "punycode allowed host",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[link_policy]\nextra_allowed_hosts = [\"xn--eckwd4c7c.example\"]\n",
        (K::BadHost, 7, 24),
    ),
    broken(
        "allowed host without a domain",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[link_policy]\nextra_allowed_hosts = [\"intranet\"]\n",
        (K::BadHost, 7, 24),
    ),
    broken(
        "extension in Japanese in the help desk phone",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\nphone = \"内線 1234\"\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::BadPhone, 5, 9),
    ),
    broken(
        "switchboard number with an extension",
        "schema_version = 1\n[organisation]\nname = { ja = \"東西大学\", en = \"b\" }\nswitchboard_numbers = [\"03-1234-5678\", \"03-1234-5678 ext 1\"]\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::BadPhone, 4, 40),
    ),
    broken(
        "help desk e-mail without a domain",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[help_desk]\nemail = \"helpdesk\"\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::BadEmail, 5, 9),
    ),
    broken(
        "sms is not a method name",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"sms\", \"authenticator\"]\n",
        (K::UnknownMethod, 5, 12),
    ),
    broken(
        "method listed twice",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"phone\", \"authenticator\", \"phone\"]\n",
        (K::DuplicateMethod, 5, 38),
    ),
    broken(
        "no methods",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = []\n",
        (K::NoMethods, 5, 11),
    ),
    broken(
        "only security keys",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"security-key\"]\n",
        (K::NoDefaultMethod, 5, 11),
    ),
    Broken {
        name: "only phone lines after the retirement",
        text: "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"phone\", \"office-phone\", \"security-key\"]\n",
        today: AFTER_RETIREMENT,
        expected: (K::OnlyRetiredPhoneLines, 5, 11),
    },
    broken(
        "organisation without an English name",
        "schema_version = 1\n[organisation]\nname = { ja = \"東西大学\", en = \" \" }\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::EmptyText, 3, 28),
    ),
    broken(
        "link id in capitals",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[[links]]\nid = \"Manual\"\ntitle = { ja = \"a\", en = \"b\" }\nurl_ja = \"https://example.ac.jp/\"\n[link_policy]\nextra_allowed_hosts = [\"example.ac.jp\"]\n",
        (K::BadLinkId, 7, 6),
    ),
    broken(
        "two links with one id",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[[links]]\nid = \"manual\"\ntitle = { ja = \"a\", en = \"b\" }\nurl_ja = \"https://example.ac.jp/a\"\n[[links]]\nid = \"manual\"\ntitle = { ja = \"c\", en = \"d\" }\nurl_ja = \"https://example.ac.jp/b\"\n[link_policy]\nextra_allowed_hosts = [\"example.ac.jp\"]\n",
        (K::DuplicateLinkId, 11, 6),
    ),
    broken(
        "link id of a built-in link",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[[links]]\nid = \"security-info\"\ntitle = { ja = \"a\", en = \"b\" }\nurl_ja = \"https://aka.ms/mysecurityinfo\"\n",
        (K::ReservedLinkId, 7, 6),
    ),
    broken(
        "one switchboard number written two ways",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\nswitchboard_numbers = [\"03-1234-5678\", \"(03) 1234 5678\"]\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::DuplicateValue, 4, 40),
    ),
    broken(
        "links as a string",
        "schema_version = 1\nlinks = \"https://example.ac.jp/\"\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n",
        (K::WrongType, 2, 9),
    ),
    broken(
        "client id that is the app's name",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[microsoft_check]\ntenant = \"example.ac.jp\"\nclient_id = \"MFA Assistant\"\n",
        (K::BadClientId, 8, 13),
    ),
    broken(
        "tenant written as a sign-in URL",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[microsoft_check]\ntenant = \"https://login.microsoftonline.com/example.ac.jp\"\nclient_id = \"9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b\"\n",
        (K::BadTenant, 7, 10),
    ),
    broken(
        "tenant shared by every organisation",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[microsoft_check]\ntenant = \"organizations\"\nclient_id = \"9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b\"\n",
        (K::SharedTenant, 7, 10),
    ),
    broken(
        "a sign-in prompt that is not Microsoft's word",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[microsoft_check]\ntenant = \"example.ac.jp\"\nclient_id = \"9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b\"\nprompt = \"always\"\n",
        (K::BadChoice, 9, 10),
    ),
    broken(
        "an update server reached over plain HTTP",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[updates]\nendpoint = \"http://it.example.ac.jp/latest.json\"\npubkey = \"dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk6IDE4QTlFM0YxMUY3OTBFRUUKUldUdURua2Y4ZU9wR0pMc0hQdUdVUmxYZ1BFV2Q4NTZ5U3U4Mkx2anhYdGpuc2M3aGpwa3NmQkIK\"\n",
        (K::BadUpdateEndpoint, 7, 12),
    ),
    broken(
        "an update key that is the key line alone",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[updates]\nendpoint = \"https://it.example.ac.jp/latest.json\"\npubkey = \"RWTuDnkf8eOpGJLsHPuGURlXgPEWd856ySu82LvjxXtjnsc7hjpksfBB\"\n",
        (K::BadUpdateKey, 8, 10),
    ),
    broken(
        "app registration without its client id",
        "schema_version = 1\n[organisation]\nname = { ja = \"a\", en = \"b\" }\n[methods]\nenabled = [\"authenticator\"]\n[microsoft_check]\ntenant = \"example.ac.jp\"\n",
        (K::MissingField, 6, 1),
    ),
];

fn case(name: &str) -> &'static str {
    BROKEN
        .iter()
        .find(|c| c.name == name)
        .expect("a case of that name")
        .text
}

#[test]
fn every_broken_profile_gives_its_kind_at_its_place() {
    assert!(BROKEN.len() >= 25);
    let mut failures = vec![];
    for case in BROKEN {
        let issues = issues_of(case.text, case.today);
        let found = places(&issues);
        if found != vec![case.expected] {
            failures.push(format!(
                "{}: expected {:?}, found {found:?}",
                case.name, case.expected
            ));
        }
        assert!(
            parse_profile(&complete(case.text), file(), day(case.today)).is_err(),
            "{}",
            case.name
        );
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn structure_issues_name_the_key() {
    let issues = issues_of(case("American spelling of organisation"), BEFORE_RETIREMENT);
    assert_eq!(issues[0].args[0], ("field", "organization".to_owned()));
    assert!(
        issues[0].args[1].1.contains("organisation"),
        "{:?}",
        issues[0].args
    );
    let issues = issues_of(case("provider as text"), BEFORE_RETIREMENT);
    assert_eq!(issues[0].args[0], ("expected", "boolean".to_owned()));
}

#[test]
fn value_problems_are_all_reported_in_file_order() {
    let text = "schema_version = 1\n[organisation]\nname = { ja = \"\", en = \"b\" }\nswitchboard_numbers = [\"abc\"]\n[help_desk]\nemail = \"x\"\npage = \"http://example.ac.jp\"\n[methods]\nenabled = [\"sms\"]\n";
    assert_eq!(
        places(&issues_of(text, BEFORE_RETIREMENT)),
        vec![
            (K::EmptyText, 3, 15),
            (K::BadPhone, 4, 24),
            (K::BadEmail, 6, 9),
            (K::NotHttps, 7, 8),
            // The help desk's required keys come after its own two (`complete`).
            (K::UnknownMethod, 13, 12),
        ]
    );
}

#[test]
fn phone_only_list_works_until_the_retirement_with_a_warning() {
    let text = MINIMAL.replace(
        "[\"authenticator\", \"phone\"]",
        "[\"phone\", \"office-phone\"]",
    );
    let parsed = parse_profile(&text, file(), day(BEFORE_RETIREMENT)).unwrap();
    assert_eq!(
        places(&parsed.warnings),
        vec![(K::PhoneLinesRetireSoon, 5, 11)]
    );
    assert!(parse_profile(&text, file(), day(AFTER_RETIREMENT)).is_err());
    let kept = format!("{text}[telephony_provider]\nsms = true\nvoice = true\n");
    for today in [BEFORE_RETIREMENT, AFTER_RETIREMENT] {
        assert_eq!(
            parse_profile(&kept, file(), day(today)).unwrap().warnings,
            vec![]
        );
    }
    // A provider for some staff only cannot be counted on for everyone.
    let some = format!("{kept}covers = \"some-staff\"\n");
    assert!(parse_profile(&some, file(), day(AFTER_RETIREMENT)).is_err());
}

#[test]
fn the_older_provider_key_still_works_and_is_explained() {
    let text = MINIMAL.replace(
        "[\"authenticator\", \"phone\"]",
        "[\"phone\", \"office-phone\"]\nown_telecom_provider = true",
    );
    let parsed = parse_profile(&text, file(), day(AFTER_RETIREMENT)).unwrap();
    assert_eq!(parsed.profile.telephony, TelephonyProvider::EVERYTHING);
    assert_eq!(places(&parsed.warnings), vec![(K::DeprecatedKey, 6, 24)]);
    let rendered = parsed.warnings[0].describe(&Texts::load(), Locale::En);
    assert!(rendered.contains("[telephony_provider]"), "{rendered}");
    // Both ways at once: the admin must pick one.
    let both = format!("{text}[telephony_provider]\nsms = true\n");
    let issues = parse_profile(&both, file(), day(BEFORE_RETIREMENT)).unwrap_err();
    assert_eq!(places(&issues), vec![(K::ConflictingKeys, 6, 24)]);
    // `false` changes nothing, but is still explained.
    let off = text
        .replace(
            "own_telecom_provider = true",
            "own_telecom_provider = false",
        )
        .replace("[\"phone\", \"office-phone\"]", "[\"authenticator\"]");
    let parsed = parse_profile(&off, file(), day(BEFORE_RETIREMENT)).unwrap();
    assert_eq!(parsed.profile.telephony, TelephonyProvider::NONE);
    assert_eq!(parsed.warnings.len(), 1);
}

#[test]
fn the_telephony_provider_section_is_checked() {
    let with = |section: &str| format!("{MINIMAL}[telephony_provider]\n{section}");
    let voice = parse_profile(&with("voice = true\n"), file(), day(AFTER_RETIREMENT)).unwrap();
    assert_eq!(
        voice.profile.telephony,
        TelephonyProvider {
            sms: false,
            voice: true,
            covers_everyone: true
        }
    );
    let nothing = parse_profile(&with(""), file(), day(BEFORE_RETIREMENT)).unwrap();
    assert_eq!(nothing.warnings[0].kind, K::ProviderCarriesNothing);
    let issues = parse_profile(
        &with("sms = true\ncovers = \"all\"\n"),
        file(),
        day(BEFORE_RETIREMENT),
    )
    .unwrap_err();
    assert_eq!(issues[0].kind, K::BadChoice);
}

#[test]
fn passkey_kinds_follow_their_flags_not_the_list() {
    let listed = MINIMAL.replace("\"phone\"]", "\"passkey\", \"synced-passkey\"]");
    let issues = parse_profile(&listed, file(), day(BEFORE_RETIREMENT)).unwrap_err();
    assert_eq!(issues[0].kind, K::PasskeyKindInList);
    let flags = MINIMAL.replace(
        "\"phone\"]",
        "\"passkey\"]\nsynced_passkeys = false\nwindows_passkeys = true",
    );
    let profile = parse_profile(&flags, file(), day(BEFORE_RETIREMENT))
        .unwrap()
        .profile;
    assert!(profile.enables(MethodId::WindowsPasskey));
    assert!(!profile.enables(MethodId::SyncedPasskey));
    // Without passkeys, neither kind.
    let none = MINIMAL.to_owned();
    let profile = parse_profile(&none, file(), day(BEFORE_RETIREMENT))
        .unwrap()
        .profile;
    assert!(
        !profile.enables(MethodId::WindowsPasskey) && !profile.enables(MethodId::SyncedPasskey)
    );
}

#[test]
fn columns_count_characters_and_ignore_bom_and_crlf() {
    let desk: String = DESK_KEYS
        .iter()
        .map(|(key, value)| format!("{key} = {value}\r\n"))
        .collect();
    let text = format!("schema_version = 1\r\n[organisation]\r\nname = {{ ja = \"東西大学\", en = \"\" }}\r\n[methods]\r\nenabled = [\"authenticator\"]\r\n[help_desk]\r\n{desk}");
    let text = text.as_str();
    let expected = vec![(K::EmptyText, 3, 28)];
    assert_eq!(places(&issues_of(text, BEFORE_RETIREMENT)), expected);
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(places(&issues_of(&with_bom, BEFORE_RETIREMENT)), expected);
    let bytes = with_bom.into_bytes();
    let issues = parse_profile_bytes(&bytes, file(), day(BEFORE_RETIREMENT)).unwrap_err();
    assert_eq!(places(&issues), expected);
}

#[test]
fn encoding_and_size_are_checked_before_parsing() {
    let mut bytes = b"schema_version = 1\n[organisation]\nname = { ja = \"".to_vec();
    bytes.extend_from_slice(&[0x93, 0x8c]); // Shift_JIS, a common mistake
    let issues = parse_profile_bytes(&bytes, file(), day(BEFORE_RETIREMENT)).unwrap_err();
    assert_eq!(places(&issues), vec![(K::NotUtf8, 3, 16)]);
    let huge = vec![b'#'; MAX_PROFILE_BYTES + 1];
    let issues = parse_profile_bytes(&huge, file(), day(BEFORE_RETIREMENT)).unwrap_err();
    assert_eq!((issues[0].kind, issues[0].location), (K::TooLarge, None));
}

#[test]
fn values_are_normalised() {
    let text = MINIMAL.to_owned()
        + "[link_policy]\nextra_allowed_hosts = [\"WWW.Example.AC.JP\"]\n[[links]]\nid = \"manual\"\ntitle = { ja = \" 手引き \", en = \"Manual\" }\nurl_ja = \"https://www.example.ac.jp/m\"\n";
    let profile = parse_profile(&text, file(), day(BEFORE_RETIREMENT))
        .unwrap()
        .profile;
    assert_eq!(profile.extra_allowed_hosts, vec!["www.example.ac.jp"]);
    assert_eq!(profile.links[0].title.ja, "手引き");
    assert_eq!(profile.links[0].url_en, profile.links[0].url_ja);
    assert_eq!(profile.help_desk.phone.as_deref(), Some("03-1234-5678"));
    assert_eq!(profile.telephony, TelephonyProvider::NONE);
}

#[test]
fn dates_are_read_as_toml_dates_or_strings() {
    for (start, required) in [
        ("2026-04-01", "2026-06-01"),
        ("\"2026-04-01\"", "\"2026-06-01\""),
    ] {
        let text = format!("{MINIMAL}[schedule]\npre_registration_start = {start}\nmfa_required_from = {required}\n");
        let profile = parse_profile(&text, file(), day(BEFORE_RETIREMENT))
            .unwrap()
            .profile;
        assert_eq!(profile.pre_registration_start, Some(day("2026-04-01")));
        assert_eq!(profile.mfa_required_from, Some(day("2026-06-01")));
    }
}

// ---- The embedded default -------------------------------------------------

#[test]
fn embedded_default_round_trips_through_its_toml() {
    for today in [BEFORE_RETIREMENT, AFTER_RETIREMENT] {
        let parsed =
            parse_profile(default_profile_toml(), Path::new("default"), day(today)).unwrap();
        assert_eq!(parsed.profile, Profile::embedded_default());
        assert_eq!(parsed.warnings, vec![], "{today}");
    }
}

#[test]
fn writing_then_reading_gives_the_same_profile() {
    let minimal = parse_profile(MINIMAL, file(), day(BEFORE_RETIREMENT))
        .unwrap()
        .profile;
    for profile in [Profile::embedded_default(), full_profile(), minimal] {
        let text = profile.to_toml();
        let back = parse_profile(&text, file(), day(AFTER_RETIREMENT))
            .unwrap_or_else(|e| panic!("{text}\n{e:?}"));
        assert_eq!(back.profile, profile, "{text}");
    }
}

#[test]
fn embedded_default_follows_microsoft_s_defaults_and_gives_an_example_contact() {
    let profile = Profile::embedded_default();
    // Microsoft's defaults since 2026-09-01: the app and every kind of passkey;
    // hardware tokens only where an organisation issues them.
    for method in [
        MethodId::Authenticator,
        MethodId::Passkey,
        MethodId::SyncedPasskey,
        MethodId::WindowsPasskey,
        MethodId::SecurityKey,
    ] {
        assert!(profile.enables(method), "{method:?}");
    }
    assert!(!profile.enables(MethodId::OathToken));
    assert_eq!(
        profile
            .methods_enabled
            .iter()
            .filter(|m| m.is_phone_line())
            .count(),
        3
    );
    assert_eq!(profile.telephony, TelephonyProvider::NONE);
    // The contact is there (every profile must give one) and plainly an example.
    let desk = &profile.help_desk;
    assert!(desk.name.is_some() && desk.phone.is_some() && desk.email.is_some());
    for example in [&desk.hours, &desk.counter] {
        let text = example.as_ref().unwrap();
        assert!(
            text.ja.contains("（例）") && text.en.contains("(example)"),
            "{text:?}"
        );
    }
    assert!(desk.email.as_deref().unwrap().ends_with("@example.ac.jp"));
    assert_eq!(desk.phone.as_deref(), Some("000-0000-0000"));
    assert!(profile.links.is_empty() && profile.switchboard_numbers.is_empty());
    assert_eq!(
        (profile.pre_registration_start, profile.mfa_required_from),
        (None, None)
    );
}

#[test]
fn every_key_of_the_default_toml_has_a_comment() {
    let mut previous = "";
    for line in default_profile_toml().lines().map(str::trim) {
        let is_key = !line.is_empty() && !line.starts_with('#') && !line.starts_with('[');
        assert!(
            !is_key || previous.starts_with('#'),
            "no comment above: {line}"
        );
        previous = line;
    }
}

// ---- The reference --------------------------------------------------------

fn reference() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/profile-reference.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Dotted paths of every key in a TOML table (arrays of tables add no index).
fn toml_keys(table: &toml::Table, prefix: &str, keys: &mut BTreeSet<String>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) => toml_keys(inner, &path, keys),
            toml::Value::Array(items) => {
                for item in items {
                    if let toml::Value::Table(inner) = item {
                        toml_keys(inner, &path, keys);
                    }
                }
            }
            _ => {}
        }
        keys.insert(path);
    }
}

fn json_fields(value: &serde_json::Value, prefix: &str, fields: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                json_fields(inner, &path, fields);
                fields.insert(path);
            }
        }
        serde_json::Value::Array(items) => items
            .iter()
            .for_each(|item| json_fields(item, prefix, fields)),
        _ => {}
    }
}

fn format_keys() -> BTreeSet<String> {
    let table: toml::Table = full_profile().to_toml().parse().unwrap();
    let mut keys = BTreeSet::new();
    toml_keys(&table, "", &mut keys);
    keys
}

#[test]
fn reference_documents_every_key_and_every_field() {
    let doc = reference();
    let keys = format_keys();
    assert!(
        keys.contains("help_desk.hours.en") && keys.contains("links.url_en"),
        "{keys:?}"
    );
    let undocumented: Vec<_> = keys
        .iter()
        .filter(|k| !doc.contains(&format!("`{k}`")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "TOML keys missing from the reference: {undocumented:?}"
    );

    let mut fields = BTreeSet::new();
    json_fields(
        &serde_json::to_value(full_profile()).unwrap(),
        "",
        &mut fields,
    );
    assert!(
        fields.contains("methods_enabled") && fields.contains("links.url_ja"),
        "{fields:?}"
    );
    let undocumented: Vec<_> = fields
        .iter()
        .filter(|f| !doc.contains(&format!("`Profile.{f}`")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "Rust fields missing from the reference: {undocumented:?}"
    );

    let kinds: Vec<_> = IssueKind::ALL
        .iter()
        .filter(|k| !doc.contains(&format!("`{k}`")))
        .collect();
    assert!(
        kinds.is_empty(),
        "issue kinds missing from the reference: {kinds:?}"
    );
}

#[test]
fn reference_example_is_complete_and_valid() {
    let doc = reference();
    let example = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a ```toml example in the reference");
    let parsed = parse_profile(
        example,
        Path::new("reference example"),
        day(AFTER_RETIREMENT),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(parsed.warnings, vec![]);
    let table: toml::Table = example.parse().unwrap();
    let mut keys = BTreeSet::new();
    toml_keys(&table, "", &mut keys);
    let missing: Vec<_> = format_keys().difference(&keys).cloned().collect();
    assert!(
        missing.is_empty(),
        "keys the example does not show: {missing:?}"
    );
}

// ---- Texts ----------------------------------------------------------------

#[test]
fn every_issue_and_notice_has_its_message_in_both_languages() {
    let texts = Texts::load();
    let notices = [
        "profile-notice-preview",
        "profile-notice-preview-rejected",
        "profile-notice-rejected",
        "profile-notice-untrusted",
        "profile-issue-at",
        "profile-issue-in-file",
    ];
    for locale in Locale::ALL {
        for kind in IssueKind::ALL {
            assert!(texts.has(locale, &kind.message_id()), "{locale:?} {kind}");
        }
        for id in notices {
            assert!(texts.has(locale, id), "{locale:?} {id}");
        }
    }
}

#[test]
fn issues_read_with_their_place_in_both_languages() {
    let texts = Texts::load();
    let issue = issues_of(case("help desk page over http"), BEFORE_RETIREMENT).remove(0);
    assert_eq!(
        issue.describe(&texts, Locale::En),
        "profile.toml, line 5, column 8: \"http://www.example.ac.jp/help\" (help_desk.page) must start with https://."
    );
    assert!(issue
        .describe(&texts, Locale::Ja)
        .starts_with("profile.toml の 5 行 8 列目："));
    assert_eq!(
        issue.render_plain(&texts),
        "profile.toml:5:8: error[not-https]: \"http://www.example.ac.jp/help\" (help_desk.page) must start with https://."
    );
}

// ---- Command line ---------------------------------------------------------

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mfa-profile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_profile_prints_a_summary_or_every_error() {
    let dir = temp_dir("cli");
    let good = dir.join("good.toml");
    std::fs::write(&good, full_profile().to_toml()).unwrap();
    let (out, code) = check_profile_cli_on(&good, day(BEFORE_RETIREMENT));
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with(&format!("{}: the profile is valid.", good.display())),
        "{out}"
    );
    for expected in [
        "Organisation: 東西大学 / Tozai University",
        "Methods enabled: authenticator, passkey, windows-passkey, security-key, oath-token, phone, alternate-phone, office-phone",
        "SMS codes: kept after 2027-02-01 for some staff only (own provider)",
        "Voice calls: ends on 2027-02-01 (no own provider)",
        "MFA required from: 2026-06-01",
        "Link: manual-add-method (認証方法の追加 / Adding a sign-in method): https://",
    ] {
        assert!(out.contains(expected), "{expected}\n{out}");
    }

    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        complete("schema_version = 1\n[organisation]\nname = { ja = \"\", en = \"\" }\n[methods]\nenabled = []\n"),
    )
    .unwrap();
    let (out, code) = check_profile_cli_on(&bad, day(BEFORE_RETIREMENT));
    assert_eq!(code, 1);
    let bad = bad.display();
    assert_eq!(
        out.lines()
            .map(|l| l.split(": ").next().unwrap())
            .collect::<Vec<_>>(),
        vec![
            format!("{bad}:3:15"),
            format!("{bad}:3:24"),
            format!("{bad}:5:11"),
            "3 errors. The assistant would ignore this file and use its built-in profile.".into(),
        ]
    );

    let (out, code) = check_profile_cli_on(&dir.join("missing.toml"), day(BEFORE_RETIREMENT));
    assert_eq!(code, 1);
    assert!(out.contains("error[file-unreadable]"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- Where the profile comes from -----------------------------------------

/// Opens the system profile without a trust check (the files here are the
/// test's own, not root's).
fn trust_all(path: &Path) -> Result<std::fs::File, Vec<ProfileIssue>> {
    std::fs::File::open(path).map_err(|e| {
        vec![ProfileIssue::whole_file(IssueKind::FileUnreadable, path).with("detail", e.to_string())]
    })
}

#[test]
fn preview_comes_first_then_system_then_default() {
    let dir = temp_dir("order");
    let preview = dir.join("preview.toml");
    let system = dir.join("system.toml");
    std::fs::write(&preview, MINIMAL).unwrap();
    std::fs::write(&system, full_profile().to_toml()).unwrap();
    let today = day(BEFORE_RETIREMENT);

    let load = locate_and_load_with(Some(preview.clone()), &system, today, trust_all);
    assert_eq!(
        load.source,
        ProfileSource::Preview {
            path: preview.clone()
        }
    );
    assert_eq!(load.profile.organisation.en, "Tozai University");
    assert!(!load.fell_back);
    assert_eq!(
        load.notices().iter().map(|n| n.id).collect::<Vec<_>>(),
        vec!["profile-notice-preview"]
    );

    let load = locate_and_load_with(Some(PathBuf::new()), &system, today, trust_all);
    assert_eq!(
        load.source,
        ProfileSource::System {
            path: system.clone()
        }
    );
    assert_eq!(load.profile, full_profile());
    assert!(load.notices().is_empty() && load.issues.is_empty());

    let absent = dir.join("absent.toml");
    let load = locate_and_load_with(None, &absent, today, trust_all);
    assert_eq!(load.source, ProfileSource::EmbeddedDefault);
    assert_eq!(load.profile, Profile::embedded_default());
    assert!(load.notices().is_empty() && load.issues.is_empty() && !load.fell_back);

    let load = locate_and_load_with(Some(absent.clone()), &system, today, trust_all);
    assert!(load.fell_back && load.is_preview());
    assert_eq!(load.issues[0].kind, K::FileUnreadable);

    // Present but unreadable (here a folder): reported, not taken for absent.
    let load = locate_and_load_with(None, &dir, today, trust_all);
    assert_eq!(load.source, ProfileSource::System { path: dir.clone() });
    assert!(load.fell_back);
    assert_eq!(load.issues[0].kind, K::FileUnreadable);
    assert_eq!(load.notices()[0].id, "profile-notice-rejected");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn broken_file_falls_back_to_the_default_and_says_so() {
    let dir = temp_dir("broken");
    let system = dir.join("profile.toml");
    std::fs::write(&system, complete(case("sms is not a method name"))).unwrap();
    let load = locate_and_load_with(None, &system, day(BEFORE_RETIREMENT), trust_all);
    assert!(load.fell_back);
    assert_eq!(load.profile, Profile::embedded_default());
    assert_eq!(load.notices()[0].id, "profile-notice-rejected");
    let texts = Texts::load();
    let lines = load.banner_lines(&texts, Locale::Ja);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[1].starts_with(&format!("{} の 5 行 12 列目：「sms」", system.display())),
        "{lines:?}"
    );

    let load = locate_and_load_with(
        Some(system.clone()),
        Path::new("/nonexistent"),
        day(BEFORE_RETIREMENT),
        trust_all,
    );
    assert_eq!(load.notices()[0].id, "profile-notice-preview-rejected");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Only the machine-wide profile says where updates come from: a preview
/// (a file someone points the assistant at) cannot turn them on.
#[test]
fn updates_come_only_from_the_machine_wide_profile() {
    let dir = temp_dir("updates");
    let path = dir.join("profile.toml");
    let with_updates = format!(
        "{MINIMAL}[updates]\nendpoint = \"https://it.example.ac.jp/latest.json\"\npubkey = \"{}\"\n",
        super::checks::tests::SAMPLE_UPDATE_KEY
    );
    std::fs::write(&path, &with_updates).unwrap();
    let system = locate_and_load_with(None, &path, day(BEFORE_RETIREMENT), trust_all);
    assert!(system.profile.updates.is_some());
    let preview =
        locate_and_load_with(Some(path.clone()), &path, day(BEFORE_RETIREMENT), trust_all);
    assert!(preview.profile.updates.is_none());
    assert!(preview
        .issues
        .iter()
        .any(|i| i.kind == K::UpdatesOnlyMachineWide));
    std::fs::write(
        &path,
        with_updates.replace("[updates]\n", "[updates]\nenabled = false\n"),
    )
    .unwrap();
    let off = locate_and_load_with(None, &path, day(BEFORE_RETIREMENT), trust_all);
    assert!(off.issues.is_empty() && off.profile.updates.is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn warnings_reach_the_banner_only_in_a_preview() {
    let dir = temp_dir("warnings");
    let path = dir.join("profile.toml");
    std::fs::write(&path, MINIMAL.replace("\"authenticator\", ", "")).unwrap();
    let texts = Texts::load();
    let system = locate_and_load_with(None, &path, day(BEFORE_RETIREMENT), trust_all);
    assert!(!system.fell_back);
    assert_eq!(system.issues.len(), 1);
    assert!(system.banner_lines(&texts, Locale::En).is_empty());
    let preview =
        locate_and_load_with(Some(path.clone()), &path, day(BEFORE_RETIREMENT), trust_all);
    assert_eq!(preview.banner_lines(&texts, Locale::En).len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- Trust ----------------------------------------------------------------

#[test]
fn ownership_rule() {
    let kinds = |uid, gid, mode| -> Vec<IssueKind> {
        ownership_issues(file(), file(), Ownership { uid, gid, mode })
            .into_iter()
            .map(|i| i.kind)
            .collect()
    };
    assert_eq!(kinds(0, 0, 0o100644), vec![]);
    assert_eq!(kinds(0, 0, 0o100664), vec![], "group root may write");
    assert_eq!(kinds(0, 0, 0o40755), vec![]);
    assert_eq!(kinds(0, 100, 0o100664), vec![K::UntrustedWritable]);
    assert_eq!(kinds(0, 0, 0o100666), vec![K::UntrustedWritable]);
    assert_eq!(kinds(0, 0, 0o41777), vec![K::UntrustedWritable]);
    assert_eq!(kinds(1000, 1000, 0o100644), vec![K::UntrustedOwner]);
    assert_eq!(
        kinds(1000, 1000, 0o100666),
        vec![K::UntrustedOwner, K::UntrustedWritable]
    );
}

#[cfg(unix)]
#[test]
fn world_writable_system_profile_is_refused() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = temp_dir("trust");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.join("profile.toml");
    std::fs::write(&path, full_profile().to_toml()).unwrap();
    let owner_issue = std::fs::metadata(&path).unwrap().uid() != 0;
    let writable = |issues: &[ProfileIssue]| {
        issues
            .iter()
            .filter(|i| i.kind == K::UntrustedWritable)
            .map(|i| i.args[0].1.clone())
            .collect::<Vec<_>>()
    };

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let issues = trust_issues(&path);
    assert!(writable(&issues).is_empty());
    assert_eq!(
        issues.iter().any(|i| i.kind == K::UntrustedOwner),
        owner_issue
    );

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    let real = std::fs::canonicalize(&path).unwrap();
    assert_eq!(
        writable(&trust_issues(&path)),
        vec![real.display().to_string()]
    );
    let load = locate_and_load(None, &path, day(BEFORE_RETIREMENT));
    assert!(load.fell_back);
    assert_eq!(load.profile, Profile::embedded_default());
    assert_eq!(load.notices()[0].id, "profile-notice-untrusted");

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let folder = real.parent().unwrap().display().to_string();
    assert_eq!(writable(&trust_issues(&path)), vec![folder]);

    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let load = locate_and_load(None, &path, day(BEFORE_RETIREMENT));
    assert_eq!(load.fell_back, owner_issue);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder above the profile's own that anyone may write to lets them swap
/// the whole folder: refused. (A sticky one, like /tmp, does not.)
#[cfg(unix)]
#[test]
fn a_writable_folder_anywhere_above_the_profile_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("trust-above");
    let above = dir.join("shared");
    let folder = above.join("mfa-assistant");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("profile.toml");
    std::fs::write(&path, full_profile().to_toml()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&above, std::fs::Permissions::from_mode(0o777)).unwrap();
    let writable: Vec<String> = trust_issues(&path)
        .into_iter()
        .filter(|i| i.kind == K::UntrustedWritable)
        .map(|i| i.args[0].1.clone())
        .collect();
    let above = std::fs::canonicalize(&above).unwrap();
    assert_eq!(writable, vec![above.display().to_string()]);
    std::fs::set_permissions(&above, std::fs::Permissions::from_mode(0o755)).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

/// On Windows, a profile folder a user created in %ProgramData% before IT
/// did is refused and says whose it is; what the deployment script sets is
/// trusted (the descriptors as the Windows API writes them).
#[test]
fn windows_trusts_the_deployed_folder_and_refuses_a_planted_one() {
    let profile = Path::new(r"C:\ProgramData\mfa-assistant\profile.toml");
    let folder = Path::new(r"C:\ProgramData\mfa-assistant");
    let deployed = "O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)";
    assert!(windows_issues(profile, folder, deployed).is_empty());
    let user = "S-1-5-21-1004336348-1177238915-682003330-1001";
    let planted =
        format!("O:{user}G:{user}D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;FA;;;{user})");
    let issues = windows_issues(profile, folder, &planted);
    let kinds: Vec<IssueKind> = issues.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, vec![K::UntrustedOwner, K::UntrustedWritable]);
    assert!(
        issues[0].args.iter().any(|(_, v)| v == user),
        "names the owner"
    );
    let texts = Texts::load();
    for issue in &issues {
        assert!(!issue.render_plain(&texts).is_empty());
    }
}

#[test]
fn system_path_is_the_platform_one() {
    let path = system_profile_path();
    assert!(path.ends_with(Path::new("mfa-assistant").join("profile.toml")));
    #[cfg(all(unix, not(target_os = "macos")))]
    assert_eq!(path, Path::new("/etc/mfa-assistant/profile.toml"));
}

#[test]
fn the_logo_is_read_beside_the_profile_as_a_png_of_a_sensible_size() {
    let dir = temp_dir("logo");
    let profile_file = dir.join("profile.toml");
    let with_logo = |name: &str| {
        MINIMAL.replace(
            "name = { ja = \"東西大学\", en = \"Tozai University\" }",
            &format!(
                "name = {{ ja = \"東西大学\", en = \"Tozai University\" }}\nlogo = \"{name}\""
            ),
        )
    };
    let mut png = vec![];
    image::RgbaImage::from_pixel(4, 2, image::Rgba([11, 92, 173, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::write(dir.join("logo.png"), &png).unwrap();
    let parsed = parse_profile(
        &with_logo("logo.png"),
        &profile_file,
        day(BEFORE_RETIREMENT),
    )
    .unwrap();
    let logo = parsed.profile.logo.clone().expect("the logo");
    assert_eq!(logo.file, "logo.png");
    assert!(
        logo.data_url
            .starts_with("data:image/png;base64,iVBORw0KGgo"),
        "{}",
        logo.data_url
    );
    // Written back by its name, not its bytes.
    assert!(parsed.profile.to_toml().contains("logo = \"logo.png\""));

    std::fs::write(dir.join("logo.jpg"), b"\xff\xd8\xff\xe0 not a png").unwrap();
    std::fs::write(dir.join("huge.png"), vec![0u8; MAX_LOGO_BYTES + 1]).unwrap();
    for bad in ["logo.jpg", "huge.png", "missing.png"] {
        let issues =
            parse_profile(&with_logo(bad), &profile_file, day(BEFORE_RETIREMENT)).unwrap_err();
        assert_eq!(places(&issues), vec![(K::BadLogo, 4, 8)], "{bad}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
