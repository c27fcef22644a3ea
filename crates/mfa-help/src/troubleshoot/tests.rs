use super::*;
use crate::date::Date;
use crate::help_content::{self, HelpContext};
use crate::i18n::{Locale, Texts};
use crate::links;
use crate::profile::{Profile, TelephonyProvider};
use crate::view::{
    guide_labels as labels, guide_node as view, NodeView, RenderedBlock, Renderer,
    LABEL_MESSAGE_IDS, RENDERER_MESSAGE_IDS,
};
use std::collections::{BTreeMap, BTreeSet};

fn question(id: NodeId) -> &'static Question {
    match node(id) {
        Node::Question(q) => q,
        Node::Answer(a) => panic!("{} is an answer", a.id.as_str()),
    }
}

/// Every path from `start`, as the answers they end at, failing on a loop or on a
/// question without choices. Returns (answers reached, nodes visited, longest path
/// in questions).
fn walk(start: NodeId) -> (BTreeSet<NodeId>, BTreeSet<NodeId>, usize) {
    fn go(
        id: NodeId,
        path: &mut Vec<NodeId>,
        answers: &mut BTreeSet<NodeId>,
        seen: &mut BTreeSet<NodeId>,
        depth: &mut usize,
    ) {
        assert!(
            !path.contains(&id),
            "loop: {:?} -> {}",
            path.iter().map(|n| n.as_str()).collect::<Vec<_>>(),
            id.as_str()
        );
        seen.insert(id);
        match node(id) {
            Node::Answer(_) => {
                answers.insert(id);
                *depth = (*depth).max(path.len());
            }
            Node::Question(q) => {
                assert!(!q.choices.is_empty(), "{} is a dead end", id.as_str());
                path.push(id);
                for choice in q.choices {
                    go(choice.next, path, answers, seen, depth);
                }
                path.pop();
            }
        }
    }
    let (mut answers, mut seen, mut depth) = (BTreeSet::new(), BTreeSet::new(), 0);
    go(start, &mut Vec::new(), &mut answers, &mut seen, &mut depth);
    (answers, seen, depth)
}

#[test]
fn node_ids_are_unique_and_every_reference_names_a_node() {
    let ids: BTreeSet<_> = nodes().iter().map(Node::id).collect();
    assert_eq!(ids.len(), nodes().len(), "duplicate node ids");
    for n in nodes() {
        assert_eq!(NodeId::parse(n.id().as_str()), Some(n.id()));
        if let Node::Question(q) = n {
            for choice in q.choices {
                assert!(
                    ids.contains(&choice.next),
                    "{} -> unknown {}",
                    q.id.as_str(),
                    choice.next.as_str()
                );
            }
        }
        if let Node::Answer(a) = n {
            for block in help_content::visible(a.blocks, None) {
                if let Block::Guide(target) = block {
                    assert!(
                        ids.contains(target),
                        "{} jumps to unknown {}",
                        a.id.as_str(),
                        target.as_str()
                    );
                }
            }
        }
    }
    for constant in [
        NodeId::START,
        NodeId::PHONE_MISSING,
        NodeId::SMS_PROBLEM,
        NodeId::VOICE_CALL,
        NodeId::NEW_PHONE,
        NodeId::PASSKEY_PROMPT,
        NodeId::PASSKEY_SETUP,
        NodeId::APP_PHONE_ONLY,
    ] {
        assert!(ids.contains(&constant), "{}", constant.as_str());
    }
    assert_eq!(NodeId::parse("no-such-node"), None);
}

#[test]
fn every_path_ends_in_an_answer_without_loops_and_every_node_is_reachable() {
    let (answers, mut seen, depth) = walk(root());
    // The registration screens enter halfway (`entry_for_method`); what only they
    // lead to counts as reachable too.
    for method in MethodId::ALL {
        let (_, from_method, _) = walk(entry_for_method(method));
        seen.extend(from_method);
    }
    let all: BTreeSet<_> = nodes().iter().map(Node::id).collect();
    let unreachable: Vec<_> = all.difference(&seen).map(|n| n.as_str()).collect();
    assert!(unreachable.is_empty(), "unreachable: {unreachable:?}");
    let answer_count = nodes()
        .iter()
        .filter(|n| matches!(n, Node::Answer(_)))
        .count();
    assert_eq!(answers.len(), answer_count);
    // A person finds the answer in a few questions, not a quiz.
    assert!(depth <= 4, "longest path asks {depth} questions");
}

#[test]
fn questions_offer_real_choices() {
    for n in nodes() {
        if let Node::Question(q) = n {
            assert!(q.choices.len() >= 2, "{} has one choice", q.id.as_str());
            let targets: BTreeSet<_> = q.choices.iter().map(|c| c.next).collect();
            assert_eq!(
                targets.len(),
                q.choices.len(),
                "{} repeats a target",
                q.id.as_str()
            );
            for choice in q.choices {
                let expected = format!("ts-{}-choice-{}", q.id.as_str(), choice.next.as_str());
                assert_eq!(choice.label, expected);
            }
        }
    }
}

#[test]
fn every_message_exists_in_both_locales() {
    let texts = Texts::load();
    let mut ids: Vec<&str> = LABEL_MESSAGE_IDS.to_vec();
    ids.extend_from_slice(RENDERER_MESSAGE_IDS);
    for n in nodes() {
        match n {
            Node::Question(q) => {
                ids.push(q.prompt);
                ids.extend(q.choices.iter().map(|c| c.label));
            }
            Node::Answer(a) => {
                ids.push(a.title);
                ids.extend(help_content::message_ids(a.blocks, None));
                ids.extend_from_slice(a.bring);
            }
        }
    }
    for locale in Locale::ALL {
        let missing: Vec<_> = ids.iter().filter(|id| !texts.has(locale, id)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", locale.tag());
    }
}

#[test]
fn related_questions_and_links_exist_and_ids_do_not_clash_with_the_faq() {
    let profile = Profile::embedded_default();
    for n in nodes() {
        assert!(
            crate::faq::entry(n.id().as_str()).is_none(),
            "{} is also a FAQ id; the window's data-answer-id would be ambiguous",
            n.id().as_str()
        );
        if let Node::Answer(a) = n {
            for faq in a.related_faq {
                assert!(
                    crate::faq::entry(faq).is_some(),
                    "{}: unknown FAQ {faq}",
                    a.id.as_str()
                );
            }
            for block in help_content::visible(a.blocks, None) {
                if let Block::Link(id) = block {
                    assert!(links::resolve(id, &profile, Locale::Ja).is_some(), "{id}");
                }
            }
            assert!(!a.blocks.is_empty(), "{} is empty", a.id.as_str());
        }
    }
}

/// Every problem the help desk's FAQ and the domain notes name, and the answer
/// that solves it.
const REQUIRED_ANSWERS: &[(&str, &str)] = &[
    ("Q4 forgot the phone, another method", "use-another-method"),
    (
        "Q4 forgot the phone, temporary disable",
        "temporary-disable",
    ),
    ("Q10 the app is shown first", "app-asked-first"),
    (
        "Q11 code from an app never installed",
        "code-from-other-app",
    ),
    ("Q12 deleted the app", "reinstall-app"),
    ("Q16 please show you are not a robot", "sms-robot-check"),
    ("Q16 we ran into a problem", "sms-ran-into-problem"),
    ("Q17 mail apps stopped", "mail-app-sign-in-again"),
    ("Q18 missed pre-registration", "register-at-next-sign-in"),
    ("Q19 # not pressed in time", "voice-press-hash"),
    ("Q19 extension and forwarding", "voice-call-not-arriving"),
    ("Q19 pulse line", "voice-pulse-line"),
    ("Q19 rotary phone", "voice-rotary"),
    ("Q19 optical or IP lines", "voice-optical-ip"),
    ("Q20 forgot the password", "password-reset"),
    ("changing phones", "change-phone-with-old"),
    ("phone clock wrong", "code-rejected-clock"),
    ("too many attempts", "too-many-attempts"),
    ("passkey prompt after the retirement", "passkey-prompt"),
    ("pairing link used twice", "pairing-link-used"),
    ("China blocks Android push", "app-no-notification"),
];

#[test]
fn every_known_problem_has_a_reachable_answer() {
    let (answers, _, _) = walk(root());
    for (problem, id) in REQUIRED_ANSWERS {
        let node_id = NodeId::parse(id).unwrap_or_else(|| panic!("{problem}: no node {id}"));
        assert!(
            matches!(node(node_id), Node::Answer(_)),
            "{problem}: {id} is not an answer"
        );
        assert!(answers.contains(&node_id), "{problem}: {id} is unreachable");
    }
}

#[test]
fn the_voice_call_checklist_names_every_cause_of_q19() {
    let Node::Answer(checklist) = node(NodeId::parse("voice-checklist").unwrap()) else {
        panic!("voice-checklist is not an answer");
    };
    let ids = help_content::message_ids(checklist.blocks, None);
    for cause in [
        "ts-item-voice-hash-late",
        "ts-item-voice-extension",
        "ts-item-voice-forwarding",
        "ts-item-voice-pulse",
        "ts-item-voice-rotary",
        "ts-item-voice-optical",
    ] {
        assert!(ids.contains(&cause), "{cause}");
    }
    let Node::Answer(q19) = node(NodeId::parse("voice-call-not-arriving").unwrap()) else {
        panic!();
    };
    let ids = help_content::message_ids(q19.blocks, None);
    assert!(ids.contains(&"ts-voice-step-extension") && ids.contains(&"ts-voice-step-forwarding"));
}

#[test]
fn each_method_enters_the_guide_at_its_own_questions() {
    let expect: BTreeMap<MethodId, &[&str]> = [
        (
            MethodId::Phone,
            &["sms-robot-check", "voice-press-hash"][..],
        ),
        (
            MethodId::AlternatePhone,
            &["voice-press-hash", "voice-rotary"],
        ),
        (
            MethodId::OfficePhone,
            &["voice-call-not-arriving", "voice-pulse-line"],
        ),
        (
            MethodId::Authenticator,
            &["app-qr-scan", "pairing-link-used", "code-rejected-clock"],
        ),
        (MethodId::Passkey, &["passkey-setup"]),
        (MethodId::SyncedPasskey, &["synced-passkey-setup"]),
        (MethodId::WindowsPasskey, &["windows-passkey-setup"]),
        (MethodId::SecurityKey, &["security-key-setup"]),
        (MethodId::OathToken, &["oath-token-setup"]),
    ]
    .into_iter()
    .collect();
    for method in MethodId::ALL {
        let entry = entry_for_method(method);
        let (answers, _, _) = walk(entry);
        for id in expect[&method] {
            assert!(
                answers.contains(&NodeId::parse(id).unwrap()),
                "{}: {id} not reachable from {}",
                method.as_str(),
                entry.as_str()
            );
        }
        // A phone line's guide never wanders into the app's problems, and back.
        let app_only = NodeId::parse("app-qr-scan").unwrap();
        let voice_only = NodeId::parse("voice-rotary").unwrap();
        if method.is_phone_line() {
            assert!(!answers.contains(&app_only), "{}", method.as_str());
        }
        if method == MethodId::Authenticator {
            assert!(!answers.contains(&voice_only));
        }
    }
    assert!(matches!(
        node(entry_for_method(MethodId::Phone)),
        Node::Question(_)
    ));
}

fn rendered_texts(view: &NodeView) -> Vec<String> {
    match view {
        NodeView::Question {
            prompt, choices, ..
        } => std::iter::once(prompt.clone())
            .chain(choices.iter().map(|c| c.label.clone()))
            .collect(),
        NodeView::Answer {
            title,
            blocks,
            help_desk,
            related_faq,
            ..
        } => {
            let mut out = vec![title.clone()];
            for block in blocks {
                match block {
                    RenderedBlock::Paragraph { text } | RenderedBlock::Note { text } => {
                        out.push(text.clone())
                    }
                    RenderedBlock::Steps { items } | RenderedBlock::Bullets { items } => {
                        out.extend(items.iter().cloned())
                    }
                    RenderedBlock::Guide { label, .. } => out.push(label.clone()),
                    RenderedBlock::Link { .. } => {}
                }
            }
            if let Some(card) = help_desk {
                out.push(card.title.clone());
                out.extend(card.bring.iter().cloned());
            }
            out.extend(related_faq.iter().map(|r| r.question.clone()));
            out
        }
    }
}

#[test]
fn every_node_renders_completely_in_both_locales_before_and_after_the_retirement() {
    let texts = Texts::load();
    let own = Profile {
        telephony: TelephonyProvider::EVERYTHING,
        ..Profile::embedded_default()
    };
    let default = Profile::embedded_default();
    for (profile, today) in [
        (&default, Date::new(2026, 4, 1).unwrap()),
        (&default, Date::new(2027, 2, 1).unwrap()),
        (&own, Date::new(2027, 6, 1).unwrap()),
    ] {
        let context = HelpContext { profile, today };
        for locale in Locale::ALL {
            for n in nodes() {
                let view = view(&texts, locale, &context, n.id());
                if let NodeView::Answer { blocks, .. } = &view {
                    assert!(!blocks.is_empty(), "{} shows nothing", n.id().as_str());
                }
                for text in rendered_texts(&view) {
                    assert!(!text.trim().is_empty(), "{}: empty text", n.id().as_str());
                    assert!(
                        !text.contains('{') && !text.contains("ts-") && !text.contains("faq-"),
                        "{} ({}): {text:?}",
                        n.id().as_str(),
                        locale.tag()
                    );
                }
            }
        }
    }
}

#[test]
fn answers_that_need_the_help_desk_show_its_card_and_what_to_bring() {
    let texts = Texts::load();
    let profile = Profile::embedded_default();
    let context = HelpContext {
        profile: &profile,
        today: Date::new(2026, 4, 1).unwrap(),
    };
    let NodeView::Answer { help_desk, .. } = view(
        &texts,
        Locale::Ja,
        &context,
        NodeId::parse("temporary-disable").unwrap(),
    ) else {
        panic!("temporary-disable is not an answer");
    };
    let card = help_desk.expect("temporary disable needs the help desk");
    assert_eq!(card.name, "情報基盤センター");
    assert_eq!(
        card.bring,
        vec![texts.get(Locale::Ja, "faq-bring-photo-id")]
    );

    let NodeView::Answer { help_desk, .. } = view(
        &texts,
        Locale::En,
        &context,
        NodeId::parse("voice-rotary").unwrap(),
    ) else {
        panic!("voice-rotary is not an answer");
    };
    assert!(help_desk.is_none());
}

#[test]
fn the_retirement_changes_what_a_missing_text_message_means() {
    let texts = Texts::load();
    let profile = Profile::embedded_default();
    let id = NodeId::parse("sms-no-code").unwrap();
    let show = |today| {
        let context = HelpContext {
            profile: &profile,
            today,
        };
        rendered_texts(&view(&texts, Locale::En, &context, id)).join(" ")
    };
    let before = show(Date::new(2027, 1, 31).unwrap());
    let after = show(Date::new(2027, 2, 1).unwrap());
    assert!(before.contains("Japan (+81)") && !before.contains("no longer sends"));
    assert!(after.contains("no longer sends") && !after.contains("Japan (+81)"));
}

#[test]
fn a_question_view_lists_its_choices_in_order() {
    let texts = Texts::load();
    let profile = Profile::embedded_default();
    let context = HelpContext {
        profile: &profile,
        today: Date::new(2026, 4, 1).unwrap(),
    };
    let NodeView::Question { choices, .. } = view(&texts, Locale::En, &context, root()) else {
        panic!("the root is a question");
    };
    let next: Vec<_> = choices.iter().map(|c| c.next).collect();
    let expected: Vec<_> = question(root()).choices.iter().map(|c| c.next).collect();
    assert_eq!(next, expected);
    let json = serde_json::to_value(&choices[0]).unwrap();
    assert_eq!(json["next"], "phone-missing");
    assert_eq!(
        labels(&texts, Locale::Ja).title,
        texts.get(Locale::Ja, "ts-title")
    );
}

/// Content once: the guide reuses the FAQ's sentences (by message id) instead
/// of keeping copies that drift apart. Any guide message that says nearly what
/// an FAQ message says, in either language, fails here.
#[test]
fn no_guide_sentence_copies_an_faq_sentence() {
    fn messages(ftl: &str) -> Vec<(&str, &str)> {
        ftl.lines()
            .filter_map(|line| line.split_once(" = "))
            .filter(|(id, text)| !id.starts_with([' ', '#', '.']) && text.chars().count() > 25)
            .collect()
    }
    fn bigrams(text: &str) -> BTreeSet<(char, char)> {
        let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    }
    let locales = [
        (
            include_str!("../../../../locales/en/faq.ftl"),
            include_str!("../../../../locales/en/troubleshoot.ftl"),
        ),
        (
            include_str!("../../../../locales/ja/faq.ftl"),
            include_str!("../../../../locales/ja/troubleshoot.ftl"),
        ),
    ];
    for (faq, guide) in locales {
        // Choice buttons are named by the guide's convention
        // (`ts-<question>-choice-<next>`), even when one reads like a question.
        for (guide_id, guide_text) in messages(guide)
            .into_iter()
            .filter(|(id, _)| !id.contains("-choice-"))
        {
            let guide_grams = bigrams(guide_text);
            for (faq_id, faq_text) in messages(faq) {
                let faq_grams = bigrams(faq_text);
                let shared = guide_grams.intersection(&faq_grams).count() as f64;
                let all = guide_grams.union(&faq_grams).count() as f64;
                assert!(
                    shared / all < 0.85,
                    "{guide_id} copies {faq_id}: reuse the FAQ's message instead"
                );
            }
        }
    }
}

/// The telephony providers whose advice differs: none, both channels, one of
/// them, and one that covers only some staff.
fn providers() -> [TelephonyProvider; 5] {
    let channel = |sms, voice, covers_everyone| TelephonyProvider {
        sms,
        voice,
        covers_everyone,
    };
    [
        TelephonyProvider::NONE,
        TelephonyProvider::EVERYTHING,
        channel(true, false, true),
        channel(false, true, true),
        channel(true, true, false),
    ]
}

/// Every answer the window can show, as written: the FAQ's and the guide's.
fn every_answer() -> Vec<(&'static str, &'static [Block])> {
    let faq = crate::faq::entries().iter().map(|e| (e.id, e.answer));
    let guide = nodes().iter().filter_map(|n| match n {
        Node::Answer(a) => Some((a.id.as_str(), a.blocks)),
        Node::Question(_) => None,
    });
    faq.chain(guide).collect()
}

/// One definition of every help text: walking every answer as written, each
/// shared definition (`Block::Include`, or the same list reused) once, no
/// message appears in two different lists. A guide node that copied an FAQ
/// answer's messages and changed anything around them fails here. (Lists are
/// told apart by what they hold: the compiler does not keep one address per
/// definition.)
#[test]
fn every_help_text_has_one_definition() {
    fn walk(
        blocks: &'static [Block],
        walked: &mut Vec<&'static [Block]>,
        found: &mut BTreeMap<&'static str, usize>,
    ) {
        if walked.contains(&blocks) {
            return;
        }
        walked.push(blocks);
        for block in blocks {
            match block {
                Block::Paragraph(id) | Block::Note(id) => *found.entry(id).or_default() += 1,
                Block::Steps(items) | Block::Bullets(items) => {
                    for id in *items {
                        *found.entry(id).or_default() += 1;
                    }
                }
                Block::When(_, inner) | Block::Include(inner) => walk(inner, walked, found),
                Block::Link(_) | Block::Guide(_) => {}
            }
        }
    }
    let mut walked = vec![];
    let mut found = BTreeMap::new();
    for (_, blocks) in every_answer() {
        walk(blocks, &mut walked, &mut found);
    }
    let copied: Vec<_> = found.iter().filter(|(_, n)| **n > 1).collect();
    assert!(copied.is_empty(), "defined more than once: {copied:?}");
    // The guide answers the FAQ answers by reference, not with its own copy.
    let guide_ids: Vec<&str> = nodes()
        .iter()
        .filter_map(|n| match n {
            Node::Answer(a) => Some(a.blocks),
            Node::Question(_) => None,
        })
        .flat_map(|blocks| help_content::message_ids(blocks, None))
        .collect();
    for shared in [
        "faq-app-deleted-p1",
        "faq-without-pc-step-link",
        "faq-abroad-no-signal-p1",
    ] {
        assert!(
            guide_ids.contains(&shared),
            "{shared} no longer shown by the guide"
        );
    }
}

/// After Microsoft's date, nothing tells anyone to use a text message or a
/// call that no longer comes: every FAQ answer and guide node, both languages,
/// both sides of the date, with and without the organisation's provider. What
/// mentions an ended channel is a message that says it ended ("retired" or
/// "ended" in its id) or that only some staff keep it ("some-staff"), and an
/// answer about that channel says so.
#[test]
fn after_the_date_no_answer_relies_on_texts_or_calls_that_ended() {
    let texts = Texts::load();
    let mentions_sms = |locale: Locale, text: &str| match locale {
        Locale::En => {
            let lower = text.to_lowercase();
            lower.contains("text message")
                || lower.contains("sms")
                || lower.contains(" texts")
                || lower.contains("texted")
        }
        Locale::Ja => text.contains("SMS") || text.contains("ショートメッセージ"),
    };
    let mentions_calls = |locale: Locale, text: &str| match locale {
        Locale::En => {
            let lower = text.to_lowercase();
            [
                "a call",
                " calls",
                "phone call",
                "voice call",
                "press #",
                "be called",
                "call me",
            ]
            .iter()
            .any(|w| lower.contains(w))
        }
        Locale::Ja => ["音声通話", "電話がかか", "着信", "# を押", "#を押"]
            .iter()
            .any(|w| text.contains(w)),
    };
    let mut checked = 0;
    for provider in providers() {
        let profile = Profile {
            telephony: provider,
            ..Profile::embedded_default()
        };
        for today in [
            Date::new(2026, 12, 1).unwrap(),
            Date::new(2027, 3, 1).unwrap(),
        ] {
            let context = HelpContext {
                profile: &profile,
                today,
            };
            let lines = context.phone_lines();
            let sms_ended = lines.sms == crate::phone_lines::LineState::Ended;
            let voice_ended = lines.voice == crate::phone_lines::LineState::Ended;
            for locale in Locale::ALL {
                let renderer = Renderer::new(&texts, locale, &context);
                for (answer, blocks) in every_answer() {
                    let shown = help_content::message_ids(blocks, Some(&context));
                    assert!(!shown.is_empty(), "{answer} shows nothing on {today}");
                    for id in shown {
                        let text = renderer.text(id);
                        // Messages that say a channel ended, or that only some staff keep it.
                        let says_ended = ["retired", "ended", "some-staff"]
                            .iter()
                            .any(|word| id.contains(word));
                        let where_ =
                            format!("{answer}/{id} ({locale:?}, {today}, {provider:?}): {text}");
                        if sms_ended && !says_ended {
                            assert!(!mentions_sms(locale, &text), "relies on texts: {where_}");
                        }
                        if voice_ended && !says_ended {
                            assert!(!mentions_calls(locale, &text), "relies on calls: {where_}");
                        }
                        checked += 1;
                    }
                }
            }
            // The answers about a channel that ended say so, and what to do instead.
            for (answer, channel_ended) in
                [("sms-stuck", sms_ended), ("voice-call-fails", voice_ended)]
            {
                let blocks = crate::faq::entry(answer).unwrap().answer;
                let shown = help_content::message_ids(blocks, Some(&context));
                assert_eq!(
                    shown.contains(&"faq-phone-lines-retired"),
                    channel_ended,
                    "{answer} on {today} with {provider:?}"
                );
            }
        }
    }
    assert!(checked > 1000);
}
