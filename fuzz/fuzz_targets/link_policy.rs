//! Feeds arbitrary input to `link_policy::check` and asserts what must hold for
//! every input, not only the hostile URLs the unit tests list: no panic, and any
//! URL it allows is https, on the allowlist, within the length cap, and allowed
//! again unchanged when checked a second time (so normalising cannot be used to
//! smuggle a different URL past a second check).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfa_core::link_policy::{check, BUILT_IN_HOSTS, MAX_URL_LEN};

fuzz_target!(|data: &[u8]| {
    let extra_hosts = vec!["www.example.ac.jp".to_owned()];
    if let Ok(text) = std::str::from_utf8(data) {
        check_invariants(text, &extra_hosts);
    }
    check_invariants(&String::from_utf8_lossy(data), &extra_hosts);
});

fn check_invariants(input: &str, extra_hosts: &[String]) {
    let Ok(allowed) = check(input, extra_hosts) else {
        return;
    };
    let url = allowed.as_str();
    assert!(url.starts_with("https://"), "{url:?}");
    assert!(url.len() <= MAX_URL_LEN, "{url:?}");
    assert!(url.bytes().all(|b| b.is_ascii_graphic()), "{url:?}");
    assert!(url.eq_ignore_ascii_case(input), "{input:?} became {url:?}");
    let host = allowed.host();
    assert!(
        BUILT_IN_HOSTS.contains(&host) || extra_hosts.iter().any(|h| h == host),
        "{host:?} from {input:?}"
    );
    let readable = allowed.readable();
    assert!(
        url == format!("https://{readable}") || url == format!("https://{readable}/"),
        "{readable:?} does not read as {url:?}"
    );
    let again = check(url, extra_hosts).expect("an allowed URL must be allowed again");
    assert_eq!(again, allowed);
}
