//! Killing the assistant mid-write loses at most the action in progress: a
//! child process keeps changing the settings and the progress (each change is
//! written at once, atomically) and is killed with SIGKILL at random moments,
//! 200 times; after each kill, every file it left parses, and the assistant
//! starts from them without setting anything aside.

use mfa_core::assistant::{Assistant, Startup};
use mfa_core::date::Date;
use mfa_core::i18n::Locale;
use mfa_core::profile::ProfileLoad;
use mfa_core::settings::{self, Settings};
use mfa_core::store::{self, Loaded};
use mfa_core::wizard::Progress;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Set in the child: the folder to write into.
const WRITER_DIR: &str = "MFA_CRASH_TEST_WRITER_DIR";

fn assistant_in(dir: &Path) -> Assistant {
    Assistant::start(Startup {
        os_locale: Locale::En,
        settings_path: Some(dir.join(settings::FILE_NAME)),
        profile: ProfileLoad::embedded(),
        today: Date::new(2026, 11, 26).unwrap(),
        computer: mfa_core::computer::ThisComputer::running(),
    })
}

/// The child's work, when the parent starts this binary as the writer: change
/// the language and the answers, forever, each change saved as it happens.
/// Ignored in an ordinary run (it is not a test of its own); the parent runs
/// it with `--ignored`.
#[test]
#[ignore = "the crash test's writer, started by files_survive_two_hundred_kills_at_random_moments"]
fn writer_child() {
    let Some(dir) = std::env::var_os(WRITER_DIR) else {
        return; // an ordinary test run: nothing to do
    };
    let mut assistant = assistant_in(Path::new(&dir));
    let answers = [
        (
            "smartphone",
            ["smartphone", "feature-phone", "none"].as_slice(),
        ),
        ("travel", &["often", "rarely"]),
        ("office-phone", &["own-line", "shared-line", "none"]),
    ];
    for round in 0usize.. {
        let _ = assistant.set_locale(if round % 2 == 0 { "ja" } else { "en" });
        let (question, values) = answers[round % answers.len()];
        let _ = assistant.answer(question, values[round % values.len()]);
        if round % 7 == 0 {
            assistant.go_next();
        }
        // Tells the parent that files are being written, once the first
        // round has written both: its kills then fall among writes even on a
        // loaded machine, where starting up can take longer than the delay.
        if round == 0 {
            println!("writing");
        }
    }
}

/// A small pseudo-random sequence (no dependency needed for a few delays).
struct Lcg(u64);

impl Lcg {
    fn next_below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound
    }
}

fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mfa-crash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[cfg(unix)]
#[test]
fn files_survive_two_hundred_kills_at_random_moments() {
    let dir = scratch_dir();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut random = Lcg(seed);
    // How many kills came after the writer had written something new: the
    // files must have been changing while the kills fell, or they prove nothing.
    let mut kills_after_a_write = 0;
    // Each write makes a new file (a rename over the old one): a new inode or
    // modification time means the writer wrote.
    let mut last_seen: Vec<Option<(u64, SystemTime)>> = vec![None, None];
    for kill in 0..200 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "writer_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_DIR, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The kill falls at a random moment once the writer has started.
        let mut line = String::new();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        while !line.contains("writing") {
            line.clear();
            if out.read_line(&mut line).unwrap() == 0 {
                panic!("kill {kill}: the writer ended without writing");
            }
        }
        std::thread::sleep(Duration::from_micros(500 + random.next_below(15_000)));
        child.kill().unwrap(); // SIGKILL: no destructor, no flush
        child.wait().unwrap();
        let mut changed = false;
        for (i, (name, parses)) in [
            (settings::FILE_NAME, parses::<Settings> as fn(&Path) -> bool),
            (mfa_core::assistant::PROGRESS_FILE, parses::<Progress>),
        ]
        .into_iter()
        .enumerate()
        {
            let path = dir.join(name);
            if path.exists() {
                assert!(
                    parses(&path),
                    "kill {kill} (seed {seed}): {name} does not parse"
                );
            }
            let now = std::fs::metadata(&path).ok().map(|m| {
                use std::os::unix::fs::MetadataExt;
                (m.ino(), m.modified().unwrap())
            });
            changed |= now != last_seen[i];
            last_seen[i] = now;
        }
        kills_after_a_write += usize::from(changed);
        let mut restarted = assistant_in(&dir);
        assert!(
            restarted.take_warnings().is_empty(),
            "kill {kill} (seed {seed}): the assistant set a file aside"
        );
    }
    eprintln!("{kills_after_a_write} of 200 kills fell after new writes");
    assert!(
        kills_after_a_write >= 180,
        "too few kills fell while the writer was writing ({kills_after_a_write} of 200)"
    );
    std::fs::remove_dir_all(&dir).ok();
}

fn parses<T: serde::de::DeserializeOwned>(path: &Path) -> bool {
    matches!(store::load_json::<T>(path), Loaded::Found(_))
}
