//! The assistant's texts: Fluent files under `locales/`, embedded at build time.
//!
//! Every sentence a user reads comes from here, so switching language is only a
//! matter of asking again with the other `Locale`.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A language the assistant speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "en")]
    En,
}

/// A locale tag the assistant does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLocale(pub String);

impl fmt::Display for UnknownLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown locale \"{}\" (known: ja, en)", self.0)
    }
}

impl std::error::Error for UnknownLocale {}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Ja, Locale::En];

    /// The BCP 47 tag, as used in `<html lang>` and `data-locale`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Ja => "ja",
            Locale::En => "en",
        }
    }

    /// Parses `ja`, `en`, and regional forms such as `ja-JP` or `en_GB`.
    pub fn parse(tag: &str) -> Result<Locale, UnknownLocale> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "ja" => Ok(Locale::Ja),
            "en" => Ok(Locale::En),
            _ => Err(UnknownLocale(tag.to_owned())),
        }
    }

    /// The language to open in when the user has not chosen one: Japanese when the
    /// OS's preferred language is Japanese in any form (`ja`, `ja-JP`,
    /// `ja_JP.UTF-8`, `ja-Jpan-JP`), otherwise English, the language most staff
    /// who are not Japanese read. `tag` is what the OS reports (through
    /// `sys-locale` in the shell): Windows' user UI language, the first of macOS'
    /// preferred languages, or Linux's `LC_ALL`/`LC_MESSAGES`/`LANG`.
    pub fn from_os_tag(tag: Option<&str>) -> Locale {
        match tag.map(Locale::parse) {
            Some(Ok(Locale::Ja)) => Locale::Ja,
            _ => Locale::En,
        }
    }
}

/// One locale's Fluent files, in the order they are added to its bundle.
macro_rules! locale_files {
    ($dir:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!("../../../locales/", $dir, "/", $file)))),+]
    };
}

const JA_FILES: &[(&str, &str)] = locale_files!("ja":
    "main.ftl", "wizard.ftl", "plan.ftl", "phone.ftl", "links.ftl", "profile.ftl", "faq.ftl", "troubleshoot.ftl", "account.ftl");
const EN_FILES: &[(&str, &str)] = locale_files!("en":
    "main.ftl", "wizard.ftl", "plan.ftl", "phone.ftl", "links.ftl", "profile.ftl", "faq.ftl", "troubleshoot.ftl", "account.ftl");

/// All texts in every locale.
pub struct Texts {
    ja: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

/// An argument to a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl Texts {
    /// Builds the bundles from the embedded files. Their syntax is checked by this
    /// crate's tests, so a failure here is a build defect, not a user's problem.
    pub fn load() -> Texts {
        Texts {
            ja: bundle(Locale::Ja, JA_FILES),
            en: bundle(Locale::En, EN_FILES),
        }
    }

    /// The message `id` in `locale`, without arguments.
    pub fn get(&self, locale: Locale, id: &str) -> String {
        self.get_with(locale, id, &[])
    }

    /// The message `id` in `locale`, with named arguments. A message missing in
    /// `locale` falls back to English, then to its id, so a gap shows as a word
    /// rather than a crash (the parity test below keeps gaps out).
    pub fn get_with(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let primary = self.bundle(locale);
        let fallback = &self.en;
        for bundle in [primary, fallback] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                report(locale, id, &errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    /// An attribute (`id.attr`) of a message, with the same fallbacks as `get_with`.
    pub fn attribute(&self, locale: Locale, id: &str, attribute: &str) -> String {
        for bundle in [self.bundle(locale), &self.en] {
            if let Some(pattern) = bundle
                .get_message(id)
                .and_then(|m| m.get_attribute(attribute))
                .map(|a| a.value())
            {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, None, &mut errors);
                report(locale, &format!("{id}.{attribute}"), &errors);
                return text.into_owned();
            }
        }
        format!("{id}.{attribute}")
    }

    /// Every attribute of message `id`, in the order written (values without
    /// arguments): how a list of lines, such as the steps of an instruction, is
    /// kept in Fluent, which has no lists. Empty if the message is missing.
    pub fn lines(&self, locale: Locale, id: &str) -> Vec<String> {
        let bundle = if self.bundle(locale).has_message(id) {
            self.bundle(locale)
        } else {
            &self.en
        };
        let Some(message) = bundle.get_message(id) else {
            return vec![];
        };
        message
            .attributes()
            .map(|attribute| {
                let mut errors = vec![];
                let text = bundle.format_pattern(attribute.value(), None, &mut errors);
                report(locale, &format!("{id}.{}", attribute.id()), &errors);
                text.into_owned()
            })
            .collect()
    }

    /// Whether `locale` has the message `id` of its own.
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        match locale {
            Locale::Ja => &self.ja,
            Locale::En => &self.en,
        }
    }
}

/// A message that formatted with errors (a missing argument, a bad
/// reference) still shows, with Fluent's placeholder; the log says which, so
/// it is found and fixed rather than seen by users only.
fn report(locale: Locale, id: &str, errors: &[fluent_bundle::FluentError]) {
    if !errors.is_empty() {
        log::warn!(
            "message {id} ({}) formatted with errors: {errors:?}",
            locale.tag()
        );
    }
}

fn bundle(locale: Locale, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let lang = locale.tag().parse().expect("static language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Isolation marks (U+2068/U+2069) help right-to-left scripts only; here they
    // would just be invisible noise in copied text.
    bundle.set_use_isolating(false);
    for (name, source) in files {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                log::warn!("{}/{name}: {errors:?}", locale.tag());
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log::warn!("{}/{name}: {errors:?}", locale.tag());
        }
    }
    bundle
}

/// Message ids of every embedded file of `locale`, for parity tests.
pub fn message_ids(locale: Locale) -> Vec<String> {
    let files = match locale {
        Locale::Ja => JA_FILES,
        Locale::En => EN_FILES,
    };
    files
        .iter()
        .flat_map(|(_, source)| {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_file_parses_without_errors() {
        for (locale, files) in [(Locale::Ja, JA_FILES), (Locale::En, EN_FILES)] {
            for (name, source) in files {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{}/{name}: {errors:?}", locale.tag());
                }
            }
            let mut bundle = FluentBundle::<FluentResource>::new_concurrent(vec![]);
            for (name, source) in files {
                let resource = FluentResource::try_new((*source).to_owned()).unwrap();
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("{}/{name}: duplicate ids {e:?}", locale.tag()));
            }
        }
    }

    #[test]
    fn both_locales_have_the_same_messages() {
        let ja: BTreeSet<_> = message_ids(Locale::Ja).into_iter().collect();
        let en: BTreeSet<_> = message_ids(Locale::En).into_iter().collect();
        assert_eq!(
            ja.difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in ja"
        );
        assert_eq!(
            en.difference(&ja).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in en"
        );
    }

    #[test]
    fn every_message_formats_without_errors_in_both_locales() {
        let texts = Texts::load();
        for locale in Locale::ALL {
            let bundle = texts.bundle(locale);
            for id in message_ids(locale) {
                let message = bundle.get_message(&id).unwrap();
                if let Some(pattern) = message.value() {
                    let mut errors = vec![];
                    bundle.format_pattern(pattern, None, &mut errors);
                    // Missing arguments are expected here; references to unknown
                    // messages or terms are not.
                    let bad: Vec<_> = errors
                        .iter()
                        .filter(|e| !format!("{e:?}").contains("Variable {"))
                        .collect();
                    assert!(bad.is_empty(), "{}: {id}: {bad:?}", locale.tag());
                }
            }
        }
    }

    #[test]
    fn locale_tags_parse() {
        assert_eq!(Locale::parse("ja_JP.UTF-8"), Ok(Locale::Ja));
        assert_eq!(Locale::parse("en-GB"), Ok(Locale::En));
        assert_eq!(Locale::parse("EN"), Ok(Locale::En));
        assert!(Locale::parse("fr_FR").is_err());
        assert!(Locale::parse("").is_err());
    }

    /// What each OS reports for its user's language (Windows'
    /// GetUserPreferredUILanguages, macOS' preferred languages through
    /// CFLocale, Linux's POSIX variables as sys-locale reads them).
    #[test]
    fn the_os_language_decides_the_first_locale() {
        let japanese = [
            "ja-JP",               // Windows, macOS
            "ja",                  // macOS with no region
            "ja-Jpan-JP",          // a script subtag (macOS, BCP 47)
            "ja-JP-u-ca-japanese", // macOS with the Japanese calendar
            "ja_JP.UTF-8",         // Linux LANG
            "ja_JP.eucJP",         // an older Linux codeset
            "ja_JP",               // Linux without a codeset
            "ja-US",               // Japanese language in another region
        ];
        for tag in japanese {
            assert_eq!(Locale::from_os_tag(Some(tag)), Locale::Ja, "{tag}");
        }
        let english = [
            "en-US",
            "en-GB",
            "en-JP",
            "en_US.UTF-8",
            "C",
            "C.UTF-8",
            "POSIX",
            "zh-Hans-CN",
            "ko-KR",
            "fr_FR.UTF-8",
            "",
            "jam",
            "ja1",
        ];
        for tag in english {
            assert_eq!(Locale::from_os_tag(Some(tag)), Locale::En, "{tag}");
        }
        assert_eq!(
            Locale::from_os_tag(None),
            Locale::En,
            "no language reported"
        );
    }

    #[test]
    fn missing_message_falls_back_to_its_id() {
        let texts = Texts::load();
        assert_eq!(texts.get(Locale::Ja, "no-such-message"), "no-such-message");
    }
}
