//! Inside figures for scripts/bench: one QR code, one plan, one FAQ keystroke.
//! `cargo bench -p mfa-core --features bench --bench inside`

use mfa_core::bench;
use mfa_core::date::Date;
use mfa_core::profile::Profile;

fn main() {
    divan::main();
}

#[divan::bench]
fn qr_code_svg(bencher: divan::Bencher) {
    let url = bench::security_info_url();
    bencher.bench(|| bench::qr_code_svg(divan::black_box(&url)));
}

#[divan::bench]
fn plan(bencher: divan::Bencher) {
    let situation = bench::situation(["smartphone", "forbidden", "often", "ok", "own-line", "pc"]);
    let profile = Profile::embedded_default();
    let today = Date::new(2026, 12, 1).unwrap();
    bencher.bench(|| bench::plan(divan::black_box(&situation), &profile, today));
}

/// The FAQ panel searches on every keystroke; this is one, with the
/// screen it returns serialised for the window.
#[divan::bench]
fn faq_keystroke(bencher: divan::Bencher) {
    let mut assistant = bench::assistant_in_faq();
    let mut toggle = false;
    bencher.bench_local(|| {
        toggle = !toggle;
        let query = if toggle {
            "スマートフォン 忘れ"
        } else {
            "forgot phone"
        };
        bench::faq_keystroke(&mut assistant, divan::black_box(query))
    });
}

/// The Rust side of a language switch on the plan step, without and with
/// saving the choice to disk (atomically, with fsync).
#[divan::bench(args = [false, true])]
fn locale_switch(bencher: divan::Bencher, saved: bool) {
    let dir = std::env::temp_dir().join(format!("mfa-bench-{}", std::process::id()));
    let mut assistant = bench::assistant_on_plan(saved.then(|| dir.join("settings.json")));
    let mut toggle = false;
    bencher.bench_local(|| {
        toggle = !toggle;
        bench::locale_switch(&mut assistant, if toggle { "en" } else { "ja" })
    });
    let _ = std::fs::remove_dir_all(&dir);
}

/// Everything Rust does before the first paint (texts of both languages, the
/// assistant, the first screen as JSON).
#[divan::bench]
fn start_and_first_screen() -> usize {
    bench::start_and_first_screen()
}
