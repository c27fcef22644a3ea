use super::*;
use crate::date::Date;
use crate::help_content::NodeId;
use crate::help_content::{self, HelpContext};
use crate::i18n::{Locale, Texts};
use crate::links;
use crate::profile::{Localized, Profile, TelephonyProvider};
use crate::view::{RenderedBlock, RENDERER_MESSAGE_IDS};
use std::collections::BTreeSet;

fn before_retirement() -> Date {
    Date::new(2026, 4, 1).unwrap()
}

fn after_retirement() -> Date {
    Date::new(2027, 3, 1).unwrap()
}

/// The profiles and days whose advice differs: default before and after
/// Microsoft's retirement, and an organisation with its own telecom provider.
fn variants() -> Vec<(Profile, Date)> {
    let own = Profile {
        telephony: TelephonyProvider::EVERYTHING,
        ..Profile::embedded_default()
    };
    vec![
        (Profile::embedded_default(), before_retirement()),
        (Profile::embedded_default(), after_retirement()),
        (own, after_retirement()),
    ]
}

fn block_texts(blocks: &[RenderedBlock]) -> Vec<String> {
    blocks
        .iter()
        .flat_map(|block| match block {
            RenderedBlock::Paragraph { text } | RenderedBlock::Note { text } => vec![text.clone()],
            RenderedBlock::Steps { items } | RenderedBlock::Bullets { items } => items.clone(),
            RenderedBlock::Link { link } => vec![link.id.clone()],
            RenderedBlock::Guide { label, .. } => vec![label.clone()],
        })
        .collect()
}

#[test]
fn every_message_of_every_entry_exists_in_both_locales() {
    let texts = Texts::load();
    let mut ids: Vec<&str> = entries().iter().flat_map(FaqEntry::message_ids).collect();
    ids.extend(TopicId::ALL.iter().map(|t| t.label_id()));
    ids.extend_from_slice(RENDERER_MESSAGE_IDS);
    ids.extend_from_slice(VIEW_MESSAGE_IDS);
    for locale in Locale::ALL {
        let missing: Vec<_> = ids.iter().filter(|id| !texts.has(locale, id)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", locale.tag());
    }
}

#[test]
fn entry_ids_are_unique_slugs() {
    let ids: BTreeSet<_> = entries().iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), entries().len(), "duplicate entry ids");
    for id in ids {
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is not lowercase-with-hyphens"
        );
        assert_eq!(entry(id).map(|e| e.id), Some(id));
    }
    assert!(entry("no-such-question").is_none());
}

#[test]
fn every_question_of_the_help_desk_faq_is_answered_once() {
    let numbers: Vec<u8> = entries().iter().filter_map(|e| e.seed_question).collect();
    assert_eq!(numbers, (1..=21).collect::<Vec<u8>>());
}

#[test]
fn every_topic_has_questions_and_every_question_a_topic() {
    for topic in TopicId::ALL {
        assert!(entries_in(topic).count() > 0, "{topic:?} is empty");
    }
    let listed: usize = TopicId::ALL.iter().map(|&t| entries_in(t).count()).sum();
    assert_eq!(listed, entries().len());
}

#[test]
fn every_link_and_guide_jump_resolves() {
    let profile = Profile::embedded_default();
    for entry in entries() {
        for block in help_content::visible(entry.answer, None) {
            match block {
                Block::Link(id) => {
                    for locale in Locale::ALL {
                        assert!(
                            links::resolve(id, &profile, locale).is_some(),
                            "{}: link {id} does not resolve",
                            entry.id
                        );
                    }
                }
                Block::Guide(node) => {
                    assert_eq!(NodeId::parse(node.as_str()), Some(*node), "{}", entry.id);
                }
                _ => {}
            }
        }
    }
}

#[test]
fn every_entry_renders_completely_in_every_variant() {
    let texts = Texts::load();
    for (profile, today) in variants() {
        let context = HelpContext {
            profile: &profile,
            today,
        };
        for locale in Locale::ALL {
            for entry in entries() {
                let view = entry.view(&texts, locale, &context);
                assert!(!view.blocks.is_empty(), "{} has no answer", entry.id);
                let mut all = block_texts(&view.blocks);
                all.push(view.question.clone());
                for text in all {
                    assert!(!text.trim().is_empty(), "{}: empty text", entry.id);
                    assert!(
                        !text.contains('{') && !text.contains("faq-") && !text.contains("ts-"),
                        "{} ({}): unresolved text {text:?}",
                        entry.id,
                        locale.tag()
                    );
                }
                assert_eq!(view.help_desk.is_some(), entry.needs_help_desk);
            }
        }
    }
}

#[test]
fn answers_name_the_help_desk_from_the_profile() {
    let texts = Texts::load();
    let profile = Profile {
        help_desk: crate::profile::HelpDesk {
            name: Some(Localized {
                ja: "総合窓口".into(),
                en: "the service desk".into(),
            }),
            phone: Some("03-1234-5678".into()),
            ..Default::default()
        },
        ..Profile::embedded_default()
    };
    let context = HelpContext {
        profile: &profile,
        today: before_retirement(),
    };
    let view = entry("forgot-phone")
        .unwrap()
        .view(&texts, Locale::Ja, &context);
    let text = block_texts(&view.blocks).join("");
    assert!(text.contains("総合窓口"), "{text}");
    assert!(!text.contains("情報基盤センター"), "{text}");
    let card = view.help_desk.expect("forgot-phone needs the help desk");
    assert_eq!(card.name, "総合窓口");
    assert_eq!(card.phone.map(|p| p.value), Some("03-1234-5678".into()));
    assert!(card.no_details.is_none());
    assert_eq!(card.bring.len(), 1);

    let en = entry("forgot-phone")
        .unwrap()
        .view(&texts, Locale::En, &context);
    assert!(block_texts(&en.blocks)
        .join(" ")
        .contains("Contact the service desk"));
}

#[test]
fn a_profile_without_contact_details_says_where_to_look() {
    let texts = Texts::load();
    // Built in code only: a profile file must give the contact.
    let profile = Profile {
        help_desk: crate::profile::HelpDesk {
            name: Profile::embedded_default().help_desk.name,
            ..Default::default()
        },
        ..Profile::embedded_default()
    };
    let context = HelpContext {
        profile: &profile,
        today: before_retirement(),
    };
    let card = entry("forgot-password")
        .unwrap()
        .view(&texts, Locale::En, &context)
        .help_desk
        .unwrap();
    assert!(card.no_details.is_some());
    assert_eq!(card.name, "the IT help desk");
}

#[test]
fn advice_on_text_messages_follows_the_retirement_and_the_profile() {
    let texts = Texts::load();
    let render = |profile: &Profile, today| {
        let context = HelpContext { profile, today };
        block_texts(
            &entry("why-sms-first")
                .unwrap()
                .view(&texts, Locale::En, &context)
                .blocks,
        )
        .join(" ")
    };
    let default = Profile::embedded_default();
    let own = Profile {
        telephony: TelephonyProvider::EVERYTHING,
        ..Profile::embedded_default()
    };
    let ahead = render(&default, before_retirement());
    assert!(ahead.contains("Text messages end on"), "{ahead}");
    assert!(ahead.contains("Register the app first"), "{ahead}");
    assert!(render(&default, after_retirement()).contains("no longer sends"));
    let kept = render(&own, after_retirement());
    assert!(
        kept.contains("mobile number for text messages first"),
        "{kept}"
    );
    assert!(!kept.contains("no longer sends"), "{kept}");
}

#[test]
fn the_english_question_points_to_microsofts_english_help() {
    let answer = entry("in-english").unwrap().answer;
    assert!(answer.contains(&Block::Link("microsoft-mfa-help-en")));
}

fn ids(found: &[&'static FaqEntry]) -> Vec<&'static str> {
    found.iter().map(|e| e.id).collect()
}

/// Checks each query finds `expected` within the first `top` results.
fn assert_queries(locale: Locale, cases: &[(&str, &str, usize)]) {
    let texts = Texts::load();
    let index = FaqIndex::new(&texts);
    let mut failures = Vec::new();
    for (query, expected, top) in cases {
        assert!(entry(expected).is_some(), "unknown expected id {expected}");
        let found = ids(&index.search(locale, query));
        if !found.iter().take(*top).any(|id| id == expected) {
            failures.push(format!(
                "{query:?}: expected {expected} in top {top}, got {found:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}:\n{}",
        locale.tag(),
        failures.join("\n")
    );
}

#[test]
fn japanese_searches_find_the_right_answer() {
    assert_queries(
        Locale::Ja,
        &[
            ("ＳＭＳ ロボット", "sms-stuck", 1),
            ("ｓｍｓ　ろぼっと", "sms-stuck", 1),
            ("ロボット", "sms-stuck", 1),
            ("すまほ わすれた", "forgot-phone", 1),
            ("ｽﾏﾎ", "forgot-phone", 3),
            ("すまほ", "forgot-phone", 3),
            ("スマホを忘れた", "forgot-phone", 3),
            ("きしゅへんこう", "changing-phones", 1),
            ("機種変更", "changing-phones", 1),
            ("キシュヘンコウ", "changing-phones", 1),
            ("ぱすわーど わすれた", "forgot-password", 1),
            ("ﾊﾟｽﾜｰﾄﾞ", "forgot-password", 3),
            ("パスワード再発行", "forgot-password", 3),
            ("海外", "abroad-no-signal", 1),
            ("かいがい", "abroad-no-signal", 1),
            ("圏外", "abroad-no-signal", 1),
            ("料金", "costs", 1),
            ("ローミング", "costs", 3),
            ("Outlook", "mail-stopped", 1),
            ("ｏｕｔｌｏｏｋ", "mail-stopped", 1),
            ("メール 受信", "mail-stopped", 1),
            ("音声通話", "voice-call-fails", 3),
            ("＃", "voice-call-fails", 3),
            ("内線", "voice-call-fails", 3),
            ("黒電話", "voice-call-fails", 1),
            ("ガラケー", "no-smartphone", 1),
            ("がらけー", "no-smartphone", 1),
            ("ロッカー", "phone-not-allowed-at-work", 1),
            ("代表番号", "phone-not-allowed-at-work", 1),
            ("何台", "how-many-devices", 1),
            ("英語", "in-english", 1),
            ("えいご", "in-english", 1),
            ("パスキー", "passkeys", 3),
            ("2027", "sms-voice-retirement", 3),
            ("削除 アプリ", "app-deleted", 1),
            ("確認コード", "app-code-without-app", 3),
            ("既定", "app-shown-first", 1),
            ("パソコンがない", "without-pc", 3),
            ("事前登録 間に合わない", "missed-pre-registration", 1),
            ("いつまで", "when-to-register", 1),
            ("個人の番号", "private-number", 3),
            ("ぺありんぐ", "without-pc", 1),
            ("番号の一致", "app-shown-first", 3),
        ],
    );
}

#[test]
fn english_searches_find_the_right_answer() {
    assert_queries(
        Locale::En,
        &[
            ("forgot phone", "forgot-phone", 1),
            ("left my phone at home", "forgot-phone", 1),
            ("lost phone", "changing-phones", 3),
            ("new phone", "changing-phones", 1),
            ("changing phones", "changing-phones", 1),
            ("SMS robot", "sms-stuck", 1),
            ("not a robot", "sms-stuck", 1),
            ("ran into a problem", "sms-stuck", 3),
            ("captcha", "sms-stuck", 1),
            ("Outlook", "mail-stopped", 1),
            ("mail not arriving", "mail-stopped", 1),
            ("emails", "mail-stopped", 3),
            ("cost", "costs", 1),
            ("charges", "costs", 1),
            ("roaming", "costs", 3),
            ("abroad", "abroad-no-signal", 1),
            ("travel", "abroad-no-signal", 3),
            ("China", "abroad-no-signal", 3),
            ("password", "forgot-password", 1),
            ("reset password", "forgot-password", 1),
            ("passkey", "passkeys", 1),
            ("passkeys", "passkeys", 1),
            ("2027", "sms-voice-retirement", 3),
            ("extension", "voice-call-fails", 3),
            ("press #", "voice-call-fails", 3),
            ("rotary", "voice-call-fails", 1),
            ("pulse dialling", "voice-call-fails", 1),
            ("feature phone", "no-smartphone", 1),
            ("no smartphone", "no-smartphone", 1),
            ("locker", "phone-not-allowed-at-work", 1),
            ("switchboard", "phone-not-allowed-at-work", 1),
            ("how many devices", "how-many-devices", 1),
            ("English", "in-english", 1),
            ("deleted app", "app-deleted", 1),
            ("verification code", "app-code-without-app", 1),
            ("default method", "app-shown-first", 1),
            ("without computer", "without-pc", 1),
            ("pairing link", "without-pc", 1),
            ("which method should I choose", "which-method", 1),
            ("private number", "private-number", 1),
            ("ＯＵＴＬＯＯＫ", "mail-stopped", 1),
            ("Passkeys?", "passkeys", 1),
        ],
    );
}

#[test]
fn width_and_kana_variants_give_the_same_results() {
    let texts = Texts::load();
    let index = FaqIndex::new(&texts);
    for locale in Locale::ALL {
        for group in [
            &["SMS", "ＳＭＳ", "ｓｍｓ", "sms"][..],
            &["スマホ", "すまほ", "ｽﾏﾎ"],
            &["パスワード", "ぱすわーど", "ﾊﾟｽﾜｰﾄﾞ"],
            &["ABC123", "ＡＢＣ１２３"],
            // Typed with or without the space the texts put after Latin.
            &["QR コード", "QRコード", "ＱＲコード"],
        ] {
            let first = ids(&index.search(locale, group[0]));
            for variant in &group[1..] {
                assert_eq!(ids(&index.search(locale, variant)), first, "{variant}");
            }
        }
    }
}

#[test]
fn a_query_in_the_other_language_still_finds_answers() {
    let texts = Texts::load();
    let index = FaqIndex::new(&texts);
    assert_eq!(
        ids(&index.search(Locale::En, "機種変更")).first(),
        Some(&"changing-phones")
    );
    assert_eq!(
        ids(&index.search(Locale::Ja, "locker")).first(),
        Some(&"phone-not-allowed-at-work")
    );
}

#[test]
fn own_locale_matches_come_before_the_other_locales() {
    let texts = Texts::load();
    let index = FaqIndex::new(&texts);
    // "robot" is in both languages' texts of Q16, and only in the English keywords
    // of nothing else; the Japanese result must still lead with Japanese matches.
    let found = index.search(Locale::Ja, "robot");
    assert_eq!(found.first().map(|e| e.id), Some("sms-stuck"));
    let unique: BTreeSet<_> = found.iter().map(|e| e.id).collect();
    assert_eq!(unique.len(), found.len(), "an entry is listed twice");
}

#[test]
fn empty_and_unmatched_queries() {
    let texts = Texts::load();
    let search = |locale, query| FaqIndex::new(&texts).search(locale, query);
    assert_eq!(search(Locale::Ja, "").len(), entries().len());
    assert_eq!(search(Locale::En, "   ").len(), entries().len());
    assert!(search(Locale::En, "zebra giraffe").is_empty());
    assert!(search(Locale::Ja, "ぬゑゐ").is_empty());
}

#[test]
fn every_word_of_an_english_query_must_match() {
    let texts = Texts::load();
    let both = FaqIndex::new(&texts).search(Locale::En, "rotary locker");
    assert!(both.is_empty(), "{:?}", ids(&both));
}

#[test]
fn an_index_for_a_context_searches_only_what_is_shown() {
    let texts = Texts::load();
    let own = Profile {
        telephony: TelephonyProvider::EVERYTHING,
        ..Profile::embedded_default()
    };
    let default = Profile::embedded_default();
    let query = "SIM card keeps";
    let with_own = FaqIndex::for_context(
        &texts,
        &HelpContext {
            profile: &own,
            today: before_retirement(),
        },
    );
    let without = FaqIndex::for_context(
        &texts,
        &HelpContext {
            profile: &default,
            today: before_retirement(),
        },
    );
    assert!(ids(&with_own.search(Locale::En, query)).contains(&"why-sms-first"));
    assert!(!ids(&without.search(Locale::En, query)).contains(&"why-sms-first"));
}
