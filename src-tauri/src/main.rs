// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::Path;

const USAGE: &str = "usage: mfa-assistant [--check-profile FILE | --print-default-profile]";

fn main() {
    let started = std::time::Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The admin's commands answer on the terminal without opening a window.
    let code = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => {
            mfa_assistant::choose_painting_before_threads_start();
            mfa_assistant::main(started)
        }
        ["--check-profile", file] => {
            let (report, code) = mfa_core::profile::check_profile_cli(Path::new(file));
            print!("{report}");
            code
        }
        ["--print-default-profile"] => {
            print!("{}", mfa_core::profile::default_profile_toml());
            0
        }
        ["--help" | "-h"] => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    std::process::exit(code);
}
