//! The stand-in for Microsoft's identity platform and Graph, as a program for
//! the end-to-end tests: prints `listening <base URL>` and serves until killed.
//! `--scenario NAME` picks the first answer; `POST /stand-in/scenario` changes it.

use mfa_account_check::stand_in::{Scenario, StandIn};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let mut scenario = Scenario::EveryType;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--scenario", Some(name)) => match Scenario::parse(&name) {
                Some(s) => scenario = s,
                None => {
                    eprintln!("unknown scenario {name}");
                    std::process::exit(2);
                }
            },
            _ => {
                eprintln!("usage: identity-stand-in [--scenario NAME]");
                std::process::exit(2);
            }
        }
    }
    let stand_in = StandIn::start().await.expect("a loopback port");
    stand_in.set_scenario(scenario);
    println!("listening {}", stand_in.base);
    std::future::pending::<()>().await;
}
