//! Searching the FAQ in both languages, fast enough to run on every keystroke.
//!
//! Japanese has no spaces between words, so Japanese is matched as substrings of
//! texts folded once in advance: full-width and half-width forms become one,
//! katakana becomes hiragana (an IME shows hiragana until the user converts), and
//! letters become lower case. English is matched on words: every word of the query
//! must start a word of the entry, with a little tolerance for plurals.
//!
//! People type what they see on their screen, which is often the other language
//! (an English SMS message on a Japanese phone, a Japanese word an English-speaking
//! colleague used), so entries matching only in the other locale come after those
//! matching in the user's own.

use super::{entries, FaqEntry};
use crate::help_content::{self, HelpContext};
use crate::i18n::{Locale, Texts};
use crate::view::Renderer;
use std::cmp::Reverse;

/// How much a match counts, by where it is found: a question says what the entry
/// is about, keywords were chosen for search, an answer merely mentions things.
const QUESTION_WEIGHT: u32 = 6;
const KEYWORDS_WEIGHT: u32 = 4;
const ANSWER_WEIGHT: u32 = 2;
/// Bonus when the whole query appears in the question as typed.
const PHRASE_BONUS: u32 = 5;
/// Share of a Japanese phrase's character pairs an entry must contain to be offered
/// when nothing matches exactly ("すまほをわすれた" against "スマホ" and "忘れた").
const FUZZY_MIN_COVERAGE: f32 = 0.5;

/// English words that carry no meaning for the search, so that "what if I lose my
/// phone" finds what "lose phone" finds. Dropped only when other words remain.
const STOP_WORDS: &[&str] = &[
    "a", "am", "an", "and", "are", "at", "be", "by", "can", "could", "d", "did", "do", "does",
    "don", "for", "from", "get", "got", "had", "has", "have", "how", "i", "if", "in", "is", "it",
    "ll", "m", "me", "my", "of", "on", "or", "s", "should", "so", "t", "that", "the", "there",
    "this", "to", "ve", "was", "what", "when", "where", "which", "why", "will", "with", "would",
    "you", "your",
];

/// The FAQ's texts, folded once, in both locales.
pub struct FaqIndex {
    ja: Vec<IndexedEntry>,
    en: Vec<IndexedEntry>,
}

struct IndexedEntry {
    entry: &'static FaqEntry,
    /// Question, keywords, answer; with their weights.
    fields: [Field; 3],
}

struct Field {
    weight: u32,
    /// The folded text, for substring matches.
    text: String,
    /// Its runs of ASCII letters and digits, for word matches. Runs inside Japanese
    /// text count too, so "sms" finds "SMSで".
    words: Vec<String>,
}

impl Field {
    fn new(weight: u32, text: &str) -> Field {
        let text = fold(text);
        let words = ascii_words(&text).map(str::to_owned).collect();
        Field {
            weight,
            text,
            words,
        }
    }
}

/// One piece of the query.
#[derive(Debug, PartialEq, Eq)]
enum Term {
    /// An ASCII word, matched against the start of words.
    Word(String),
    /// Anything else (Japanese, symbols such as "#"), matched as a substring.
    Text(String),
}

impl FaqIndex {
    /// An index of every answer in every variant (before and after Microsoft's
    /// SMS/voice retirement, with or without an own telecom provider), naming the
    /// help desk as the built-in profile does. Enough when the profile is unknown.
    #[cfg(test)]
    pub fn new(texts: &Texts) -> FaqIndex {
        let profile = crate::profile::Profile::embedded_default();
        // The date is not consulted: without a filter every branch is indexed.
        let context = HelpContext {
            profile: &profile,
            today: crate::date::Date::MICROSOFT_SMS_VOICE_RETIREMENT,
        };
        FaqIndex::build(texts, &context, false)
    }

    /// An index of what the window will actually show for this organisation today,
    /// so a search never finds an entry for a sentence that is not displayed.
    pub fn for_context(texts: &Texts, context: &HelpContext) -> FaqIndex {
        FaqIndex::build(texts, context, true)
    }

    fn build(texts: &Texts, context: &HelpContext, only_visible: bool) -> FaqIndex {
        let index_locale = |locale| {
            let renderer = Renderer::new(texts, locale, context);
            let filter = only_visible.then_some(context);
            entries()
                .iter()
                .map(|entry| IndexedEntry::new(entry, &renderer, filter))
                .collect()
        };
        FaqIndex {
            ja: index_locale(Locale::Ja),
            en: index_locale(Locale::En),
        }
    }

    /// Entries matching `query`, best first. Every word of the query must match
    /// (Japanese pieces as substrings, English words as word starts); matches in
    /// the question weigh most, then keywords, then the answer. Entries that match
    /// only in the other locale follow. An empty query returns every entry in FAQ
    /// order, so one list serves both browsing and searching. When nothing matches
    /// exactly, a Japanese phrase falls back to entries containing most of its
    /// character pairs.
    pub fn search(&self, locale: Locale, query: &str) -> Vec<&'static FaqEntry> {
        let terms = parse_query(query);
        if terms.is_empty() {
            return entries().iter().collect();
        }
        let phrase = fold(query.trim());
        let (own, other) = match locale {
            Locale::Ja => (&self.ja, &self.en),
            Locale::En => (&self.en, &self.ja),
        };
        let mut found = ranked(own, |e| e.score(&terms, &phrase));
        for entry in ranked(other, |e| e.score(&terms, &phrase)) {
            if !found.iter().any(|f| std::ptr::eq(*f, entry)) {
                found.push(entry);
            }
        }
        if found.is_empty() {
            found = fuzzy(own, other, &terms);
        }
        found
    }
}

impl IndexedEntry {
    fn new(
        entry: &'static FaqEntry,
        renderer: &Renderer,
        filter: Option<&HelpContext>,
    ) -> IndexedEntry {
        let answer: Vec<String> = help_content::message_ids(entry.answer, filter)
            .into_iter()
            .map(|id| renderer.text(id))
            .collect();
        IndexedEntry {
            entry,
            fields: [
                Field::new(QUESTION_WEIGHT, &renderer.text(entry.question)),
                Field::new(KEYWORDS_WEIGHT, &renderer.text(entry.keywords)),
                Field::new(ANSWER_WEIGHT, &answer.join("\n")),
            ],
        }
    }

    /// The entry's score, or `None` when some term matches nowhere.
    fn score(&self, terms: &[Term], phrase: &str) -> Option<u32> {
        let mut total = 0;
        for term in terms {
            total += self
                .fields
                .iter()
                .filter_map(|field| term_quality(term, field).map(|q| q * field.weight))
                .max()?;
        }
        if !phrase.is_empty() && self.fields[0].text.contains(phrase) {
            total += PHRASE_BONUS;
        }
        Some(total)
    }

    /// The smallest share, over the query's Japanese pieces, of character pairs
    /// found somewhere in the entry.
    fn coverage(&self, terms: &[Term]) -> f32 {
        terms
            .iter()
            .filter_map(|term| match term {
                Term::Text(text) => Some(text),
                Term::Word(_) => None,
            })
            .map(|text| {
                let pairs = char_pairs(text);
                let hits = pairs
                    .iter()
                    .filter(|pair| self.fields.iter().any(|f| f.text.contains(pair.as_str())))
                    .count();
                hits as f32 / pairs.len().max(1) as f32
            })
            .fold(1.0, f32::min)
    }
}

/// Entries with a score, best first. Ties keep FAQ order, which follows the help
/// desk's, roughly from the most asked.
fn ranked(
    index: &[IndexedEntry],
    score: impl Fn(&IndexedEntry) -> Option<u32>,
) -> Vec<&'static FaqEntry> {
    let mut scored: Vec<(u32, usize, &'static FaqEntry)> = index
        .iter()
        .enumerate()
        .filter_map(|(order, e)| score(e).map(|s| (s, order, e.entry)))
        .collect();
    scored.sort_by_key(|&(score, order, _)| (Reverse(score), order));
    scored.into_iter().map(|(_, _, entry)| entry).collect()
}

/// The fallback for Japanese phrases typed as a sentence: entries covering most of
/// each phrase's character pairs, best coverage first.
fn fuzzy(own: &[IndexedEntry], other: &[IndexedEntry], terms: &[Term]) -> Vec<&'static FaqEntry> {
    let has_phrase = terms
        .iter()
        .any(|t| matches!(t, Term::Text(text) if text.chars().count() >= 3));
    if !has_phrase {
        return Vec::new();
    }
    // Scaled to an integer so `ranked` can order it; own locale first again.
    let score = |e: &IndexedEntry| {
        let coverage = e.coverage(terms);
        (coverage >= FUZZY_MIN_COVERAGE).then_some((coverage * 1000.0) as u32)
    };
    let mut found = ranked(own, score);
    for entry in ranked(other, score) {
        if !found.iter().any(|f| std::ptr::eq(*f, entry)) {
            found.push(entry);
        }
    }
    found
}

fn char_pairs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 2 {
        return vec![text.to_owned()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// How well a term matches a field: 3 exact word or substring, 2 word start or
/// plural form, `None` not at all.
fn term_quality(term: &Term, field: &Field) -> Option<u32> {
    match term {
        Term::Text(text) => field.text.contains(text.as_str()).then_some(3),
        Term::Word(word) => {
            if field.words.iter().any(|w| w == word) {
                Some(3)
            } else if field.words.iter().any(|w| w.starts_with(word.as_str())) {
                Some(2)
            } else {
                let stem = singular(word)?;
                field.words.iter().any(|w| w.starts_with(stem)).then_some(2)
            }
        }
    }
}

/// "phones" → "phone", "passes" → "pass": a plural the texts may use in the singular.
fn singular(word: &str) -> Option<&str> {
    if word.len() <= 3 {
        return None;
    }
    word.strip_suffix("es")
        .filter(|stem| stem.ends_with('s') || stem.ends_with('x') || stem.ends_with("ch"))
        .or_else(|| word.strip_suffix('s'))
}

fn parse_query(query: &str) -> Vec<Term> {
    let folded = fold(query);
    let mut terms = Vec::new();
    for piece in folded
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '、' | '。' | '?' | '？'))
        .filter(|p| !p.is_empty())
    {
        if piece.is_ascii() {
            let words: Vec<&str> = ascii_words(piece).collect();
            if words.is_empty() {
                terms.push(Term::Text(piece.to_owned()));
            } else {
                terms.extend(words.into_iter().map(|w| Term::Word(w.to_owned())));
            }
        } else {
            terms.extend(latin_and_japanese_runs(piece));
        }
    }
    let meaningful = |t: &Term| !matches!(t, Term::Word(w) if STOP_WORDS.contains(&w.as_str()));
    if terms.iter().any(meaningful) {
        terms.retain(meaningful);
    }
    terms
}

/// A piece typed without the space the texts put between Latin and Japanese
/// ("QRコード" for "QR コード"): its Latin words and its Japanese runs apart.
fn latin_and_japanese_runs(piece: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut run = String::new();
    let mut run_is_latin = false;
    for c in piece.chars() {
        let latin = c.is_ascii_alphanumeric();
        if latin != run_is_latin && !run.is_empty() {
            terms.push(run_term(std::mem::take(&mut run), run_is_latin));
        }
        run_is_latin = latin;
        run.push(c);
    }
    if !run.is_empty() {
        terms.push(run_term(run, run_is_latin));
    }
    terms
}

fn run_term(run: String, latin: bool) -> Term {
    if latin {
        Term::Word(run)
    } else {
        Term::Text(run)
    }
}

fn ascii_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Half-width katakana U+FF61..=U+FF9F, in code point order, as their full-width
/// forms (the two sound marks stay separate; `fold` joins them to the kana before).
const HALF_WIDTH_KATAKANA: &str =
    "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
/// Kana that take the voiced mark (゛), each followed in Unicode by its voiced form.
const VOICEABLE: &str = "カキクケコサシスセソタチツテトハヒフヘホ";
/// Kana that take the semi-voiced mark (゜), followed two code points later by it.
const SEMI_VOICEABLE: &str = "ハヒフヘホ";

/// Text as the search compares it: full-width ASCII and half-width katakana in
/// their usual widths, katakana as hiragana, lower case. "ＳＭＳ", "ｓｍｓ" and
/// "SMS" fold to "sms"; "ｽﾏﾎ", "スマホ" and "すまほ" to "すまほ".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut c = normal_width(c);
        if ('\u{FF61}'..='\u{FF9F}').contains(&c) {
            c = half_width_kana(c);
            // Half-width kana write the sound mark as a separate character.
            let with_mark = match chars.peek() {
                Some('\u{FF9E}') => voiced(c, 1, VOICEABLE),
                Some('\u{FF9F}') => voiced(c, 2, SEMI_VOICEABLE),
                _ => None,
            };
            if let Some(marked) = with_mark {
                chars.next();
                c = marked;
            }
        }
        out.extend(hiragana(c).to_lowercase());
    }
    out
}

fn normal_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

fn half_width_kana(c: char) -> char {
    let offset = (c as u32 - 0xFF61) as usize;
    HALF_WIDTH_KATAKANA.chars().nth(offset).unwrap_or(c)
}

/// The voiced form of katakana `c`, `step` code points on, if `c` takes the mark.
fn voiced(c: char, step: u32, takes_mark: &str) -> Option<char> {
    if c == 'ウ' && step == 1 {
        return Some('ヴ');
    }
    takes_mark
        .contains(c)
        .then(|| char::from_u32(c as u32 + step))
        .flatten()
}

fn hiragana(c: char) -> char {
    match c {
        'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_widths_and_kana() {
        assert_eq!(fold("ＡＢＣ１２３"), "abc123");
        assert_eq!(fold("ｶﾀｶﾅ"), "かたかな");
        assert_eq!(fold("カタカナ"), "かたかな");
        assert_eq!(fold("ﾊﾟｽﾜｰﾄﾞ"), "ぱすわーど");
        assert_eq!(fold("パスワード"), "ぱすわーど");
        assert_eq!(fold("ｳﾞｨ"), "ゔぃ");
        assert_eq!(fold("ﾊﾞﾋﾟ"), "ばぴ");
        assert_eq!(fold("Outlook　ＳＭＳ"), "outlook sms");
        // A sound mark after a kana that cannot take it stays a mark of its own.
        assert_eq!(fold("ｱﾞ"), "あ゛");
    }

    #[test]
    fn the_half_width_table_covers_the_whole_block() {
        let expected = 0xFF9F - 0xFF61 + 1;
        assert_eq!(HALF_WIDTH_KATAKANA.chars().count(), expected);
        assert_eq!(half_width_kana('\u{FF61}'), '。');
        assert_eq!(half_width_kana('ﾝ'), 'ン');
        assert_eq!(half_width_kana('ｰ'), 'ー');
    }

    #[test]
    fn queries_split_into_words_and_japanese_pieces() {
        assert_eq!(
            parse_query("How do I change PHONES?"),
            vec![Term::Word("change".into()), Term::Word("phones".into())]
        );
        assert_eq!(
            parse_query("スマホ　忘れた"),
            vec![Term::Text("すまほ".into()), Term::Text("忘れた".into())]
        );
        assert_eq!(
            parse_query("QRコード"),
            vec![Term::Word("qr".into()), Term::Text("こーど".into())]
        );
        assert_eq!(parse_query("#"), vec![Term::Text("#".into())]);
        assert_eq!(parse_query("the"), vec![Term::Word("the".into())]);
        assert!(parse_query("   ").is_empty());
    }

    #[test]
    fn plurals_reduce_to_their_stem() {
        assert_eq!(singular("phones"), Some("phone"));
        assert_eq!(singular("passes"), Some("pass"));
        assert_eq!(singular("codes"), Some("code"));
        assert_eq!(singular("sms"), None);
    }
}
