//! Entry points for the benchmark harness (`benches/inside.rs`, feature
//! `bench`): the work behind one QR code, one plan and one FAQ keystroke,
//! reached without making the modules they live in public.

use crate::assistant::{Assistant, Startup};
use crate::date::Date;
use crate::i18n::Locale;
use crate::link_policy::AllowedUrl;
use crate::profile::{Profile, ProfileLoad};
use crate::situation::Situation;

/// The Security info page's address, checked, as the register step encodes it.
pub fn security_info_url() -> AllowedUrl {
    crate::links::resolve("security-info", &Profile::embedded_default(), Locale::Ja)
        .expect("a built-in link")
        .url
}

/// One QR code, as the window shows it (SVG).
pub fn qr_code_svg(url: &AllowedUrl) -> String {
    crate::qr::svg(url)
}

/// A person's answers (in `QuestionId::ALL` order).
pub fn situation(answers: [&str; 6]) -> Situation {
    let mut situation = Situation::default();
    for (q, a) in crate::situation::QuestionId::ALL.into_iter().zip(answers) {
        situation.set(q, a).expect("a known answer");
    }
    situation
}

/// One plan, with its warnings; returns how many methods it has.
pub fn plan(situation: &Situation, profile: &Profile, today: Date) -> usize {
    crate::recommend::recommend(
        situation,
        profile,
        today,
        crate::computer::ThisComputer::Windows,
    )
    .entries
    .len()
}

/// An assistant with the FAQ open, as after a click on "Frequently asked questions".
pub fn assistant_in_faq() -> Assistant {
    let mut assistant = Assistant::start(Startup {
        os_locale: Locale::Ja,
        settings_path: None,
        profile: ProfileLoad::embedded(),
        today: Date::new(2026, 11, 26).expect("a date"),
        computer: crate::computer::ThisComputer::running(),
    });
    assistant.open_faq();
    assistant
}

/// One keystroke in the FAQ search: the search, the screen, and its JSON for
/// the window; returns the JSON's length.
pub fn faq_keystroke(assistant: &mut Assistant, query: &str) -> usize {
    let screen = assistant.faq_search(query);
    serde_json::to_string(&screen)
        .expect("a screen serialises")
        .len()
}

/// An assistant on the plan step (a full screen of texts), keeping its
/// settings in `settings_path` when given.
pub fn assistant_on_plan(settings_path: Option<std::path::PathBuf>) -> Assistant {
    let mut assistant = Assistant::start(Startup {
        os_locale: Locale::Ja,
        settings_path,
        profile: ProfileLoad::embedded(),
        today: Date::new(2026, 11, 26).expect("a date"),
        computer: crate::computer::ThisComputer::running(),
    });
    assistant.go_next();
    for (q, a) in crate::situation::QuestionId::ALL.into_iter().zip([
        "smartphone",
        "forbidden",
        "often",
        "ok",
        "own-line",
        "pc",
    ]) {
        assistant.answer(q.as_str(), a).expect("a known answer");
    }
    assistant.go_next();
    assistant
}

/// The Rust side of a language switch: the switch (and saving the choice), the
/// new screen, and its JSON; returns the JSON's length.
pub fn locale_switch(assistant: &mut Assistant, locale: &str) -> usize {
    let screen = assistant.set_locale(locale).expect("a known locale");
    serde_json::to_string(&screen)
        .expect("a screen serialises")
        .len()
}

/// What runs in Rust before the first paint: the texts of both languages
/// parsed, the assistant started (settings and progress read), and the first
/// screen built and serialised; returns the JSON's length.
pub fn start_and_first_screen() -> usize {
    let assistant = Assistant::start(Startup {
        os_locale: Locale::Ja,
        settings_path: None,
        profile: ProfileLoad::embedded(),
        today: Date::new(2026, 11, 26).expect("a date"),
        computer: crate::computer::ThisComputer::running(),
    });
    serde_json::to_string(&assistant.screen())
        .expect("a screen serialises")
        .len()
}
