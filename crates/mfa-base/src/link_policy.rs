//! The one gate every URL passes before the assistant opens it in a browser or
//! encodes it in a QR code.
//!
//! The opener plugin's Rust API does not check scopes, and a QR code carries its
//! URL to a phone where nobody inspects it, so the decision has to be made here,
//! once, strictly. The policy is deliberately narrower than what a browser accepts:
//! anything a browser would silently rewrite (backslashes, tabs, `%`-encoded hosts,
//! trailing dots, numeric hosts) is refused rather than normalised, because a
//! rewrite is exactly where "looks like aka.ms" and "goes to aka.ms" part ways.
//!
//! Decisions, in the order `check` applies them:
//! 1. At most [`MAX_URL_LEN`] bytes.
//! 2. No whitespace or control characters anywhere, then only ASCII (so Unicode
//!    hosts, full-width letters and invisible format characters are all refused).
//! 3. Scheme `https`, in any case, followed by exactly `//`.
//! 4. No user information (`@` before the path): `https://aka.ms@evil.example`
//!    sends a browser to `evil.example`.
//! 5. No IP literals (v4 in any numeric spelling, v6 in brackets).
//! 6. No explicit port, not even `:443`: none of our links needs one, and refusing
//!    all is one rule less to get wrong.
//! 7. A DNS host name by [`is_valid_host`], which also refuses punycode (`xn--`)
//!    and any other reserved `??--` label, where look-alike hosts hide.
//! 8. Host case is normalised to lower case (DNS ignores case, so `AKA.MS` is the
//!    same host, not a look-alike); then the host must equal an allowed host
//!    exactly — no subdomains, no suffix matching.
//! 9. Path, query and fragment use only the characters RFC 3986 allows there,
//!    with well-formed `%` escapes and at most one `#`.

use serde::Serialize;

/// The longest URL accepted, in bytes. Longer ones make QR codes too dense for a
/// phone camera to read, and no link of ours comes close.
pub const MAX_URL_LEN: usize = 2048;

/// The hosts Microsoft's registration flow and the app stores use. Exact names:
/// a subdomain of one of them is a different host and is refused. The old
/// `account.activedirectory.windowsazure.com` registration page is left out on
/// purpose: no link of ours goes there (Microsoft's own redirects from `aka.ms`
/// happen in the browser, not through this policy).
pub const BUILT_IN_HOSTS: [&str; 5] = [
    "aka.ms",
    "mysignins.microsoft.com",
    "support.microsoft.com",
    "apps.apple.com",
    "play.google.com",
];

/// A URL that passed [`check`]. The only way to get one is through `check`, so a
/// function taking `&AllowedUrl` (the QR encoder, the opener) cannot be handed an
/// unchecked string. It serialises as the plain URL for the window, but does not
/// deserialise: a URL coming back from the window must be checked again.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct AllowedUrl {
    url: String,
    host_end: usize,
}

const SCHEME_PREFIX: &str = "https://";

impl AllowedUrl {
    /// The URL with scheme and host in lower case, the rest as it was given.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// The host, in lower case.
    pub fn host(&self) -> &str {
        &self.url[SCHEME_PREFIX.len()..self.host_end]
    }

    /// The URL as a person would read it out or type it on a phone: without
    /// `https://` and without a lone trailing `/` (`aka.ms/mysecurityinfo`). Every
    /// browser puts the scheme back, so nothing is lost.
    pub fn readable(&self) -> &str {
        if &self.url[self.host_end..] == "/" {
            self.host()
        } else {
            &self.url[SCHEME_PREFIX.len()..]
        }
    }
}

impl From<AllowedUrl> for String {
    fn from(url: AllowedUrl) -> String {
        url.url
    }
}

impl AsRef<str> for AllowedUrl {
    fn as_ref(&self) -> &str {
        &self.url
    }
}

/// Why a URL was refused. Each reason has its own explanation for the user
/// ([`Refusal::message_id`]), because "this link was refused" alone leaves the
/// help desk guessing which rule a profile's link broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    /// Longer than [`MAX_URL_LEN`].
    TooLong,
    /// Whitespace or a control character (tab, newline, NUL...) somewhere in it.
    HiddenCharacters,
    /// A character outside ASCII (Unicode host, full-width letter, invisible mark).
    NonAscii,
    /// Not `https:` (`http:`, `javascript:`, `file:`, `data:`, or no scheme).
    NotHttps,
    /// Not a well-formed URL: no `//` after the scheme, a backslash, a broken
    /// `%` escape, or a character that does not belong in a URL.
    Malformed,
    /// A user name or password before the host (`user@host`).
    Credentials,
    /// An explicit port.
    Port,
    /// An IP address instead of a host name.
    IpAddress,
    /// A punycode (`xn--`) or other reserved encoded label, where look-alike
    /// host names hide.
    EncodedHost,
    /// A host that is not a valid DNS name (empty, trailing dot, bad label).
    MalformedHost,
    /// A well-formed host that is not on the allowlist.
    HostNotAllowed,
}

impl Refusal {
    /// Every reason, so tests can prove each has its explanation in both locales.
    pub const ALL: [Refusal; 11] = [
        Refusal::TooLong,
        Refusal::HiddenCharacters,
        Refusal::NonAscii,
        Refusal::NotHttps,
        Refusal::Malformed,
        Refusal::Credentials,
        Refusal::Port,
        Refusal::IpAddress,
        Refusal::EncodedHost,
        Refusal::MalformedHost,
        Refusal::HostNotAllowed,
    ];

    /// The Fluent id (`locales/*/links.ftl`) of the sentence explaining the refusal.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::TooLong => "links-refused-too-long",
            Refusal::HiddenCharacters => "links-refused-hidden-characters",
            Refusal::NonAscii => "links-refused-non-ascii",
            Refusal::NotHttps => "links-refused-not-https",
            Refusal::Malformed => "links-refused-malformed",
            Refusal::Credentials => "links-refused-credentials",
            Refusal::Port => "links-refused-port",
            Refusal::IpAddress => "links-refused-ip-address",
            Refusal::EncodedHost => "links-refused-encoded-host",
            Refusal::MalformedHost => "links-refused-malformed-host",
            Refusal::HostNotAllowed => "links-refused-host-not-allowed",
        }
    }
}

/// Decides whether `url` may be opened or encoded in a QR code. `extra_hosts` are
/// the organisation profile's `extra_allowed_hosts`, compared exactly (ignoring
/// case). The host's syntax is checked before the allowlist, so no profile entry
/// can unlock an IP address, a punycode host or a trailing dot.
pub fn check(url: &str, extra_hosts: &[String]) -> Result<AllowedUrl, Refusal> {
    check_characters(url)?;
    let after_scheme = strip_https_scheme(url)?;
    let authority_len = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let (authority, rest) = after_scheme.split_at(authority_len);
    let host = check_authority(authority)?;
    if !is_allowed_host(&host, extra_hosts) {
        return Err(Refusal::HostNotAllowed);
    }
    check_path_query_fragment(rest)?;
    let url = format!("{SCHEME_PREFIX}{host}{rest}");
    let host_end = SCHEME_PREFIX.len() + host.len();
    Ok(AllowedUrl { url, host_end })
}

/// Whether `host` is a host name the link policy can allow: ASCII letters, digits
/// and hyphens in labels of 1 to 63 characters, not starting or ending with a
/// hyphen; at least two labels; a top-level label of letters only (which rules
/// out every numeric IPv4 spelling); no trailing dot; at most 253 characters; and
/// no label with `--` in third and fourth place (`xn--` punycode and the other
/// reserved encodings). Case does not matter. The profile uses this for
/// `extra_allowed_hosts`, so a host the profile accepts is one `check` can allow.
pub fn is_valid_host(host: &str) -> bool {
    classify_host(host).is_ok()
}

fn check_characters(url: &str) -> Result<(), Refusal> {
    if url.len() > MAX_URL_LEN {
        return Err(Refusal::TooLong);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Refusal::HiddenCharacters);
    }
    if !url.is_ascii() {
        return Err(Refusal::NonAscii);
    }
    // Browsers read `\` as `/` in web URLs, so `https://aka.ms\@evil.example`
    // would mean different hosts to us and to them.
    if url.contains('\\') {
        return Err(Refusal::Malformed);
    }
    Ok(())
}

/// Returns what follows `https://`.
fn strip_https_scheme(url: &str) -> Result<&str, Refusal> {
    let Some((scheme, after_colon)) = url.split_once(':') else {
        return Err(Refusal::NotHttps);
    };
    if !scheme.eq_ignore_ascii_case("https") {
        return Err(Refusal::NotHttps);
    }
    // `https:aka.ms` and `https:/aka.ms` work in browsers only by repair; refuse.
    after_colon.strip_prefix("//").ok_or(Refusal::Malformed)
}

/// Checks the part between `//` and the path; returns the host in lower case.
fn check_authority(authority: &str) -> Result<String, Refusal> {
    if authority.contains('@') {
        return Err(Refusal::Credentials);
    }
    if authority.starts_with('[') {
        return Err(Refusal::IpAddress);
    }
    if authority.contains(':') {
        return Err(Refusal::Port);
    }
    classify_host(authority)?;
    Ok(authority.to_ascii_lowercase())
}

fn classify_host(host: &str) -> Result<(), Refusal> {
    if looks_like_ipv4(host) {
        return Err(Refusal::IpAddress);
    }
    if host.is_empty() || host.len() > 253 {
        return Err(Refusal::MalformedHost);
    }
    let labels: Vec<&str> = host.split('.').collect();
    if !labels.iter().all(|label| is_valid_label(label)) {
        return Err(Refusal::MalformedHost);
    }
    if labels.iter().any(|label| is_encoded_label(label)) {
        return Err(Refusal::EncodedHost);
    }
    let top = labels[labels.len() - 1];
    if labels.len() < 2 || !top.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Refusal::MalformedHost);
    }
    Ok(())
}

/// Browsers read a host whose last label is a number (decimal, octal, or `0x`
/// hex) as an IPv4 address: `2130706433`, `0x7f.1` and `127.1` all mean
/// 127.0.0.1. Naming them says more than "malformed" would.
fn looks_like_ipv4(host: &str) -> bool {
    let trimmed = host.strip_suffix('.').unwrap_or(host);
    let last = trimmed.rsplit('.').next().unwrap_or("");
    let hex_digits = last.strip_prefix("0x").or_else(|| last.strip_prefix("0X"));
    match hex_digits {
        Some(digits) => digits.bytes().all(|b| b.is_ascii_hexdigit()),
        None => !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()),
    }
}

fn is_valid_label(label: &str) -> bool {
    (1..=63).contains(&label.len())
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

/// RFC 5891 reserves labels with `--` in third and fourth place for encodings;
/// `xn--` (punycode) is the one in use, and it is how `аka.ms` with a Cyrillic
/// `а` reaches DNS.
fn is_encoded_label(label: &str) -> bool {
    label.get(2..4) == Some("--")
}

fn is_allowed_host(host: &str, extra_hosts: &[String]) -> bool {
    BUILT_IN_HOSTS.contains(&host)
        || extra_hosts
            .iter()
            .any(|extra| extra.eq_ignore_ascii_case(host))
}

/// `rest` is empty or starts with `/`, `?` or `#`.
fn check_path_query_fragment(rest: &str) -> Result<(), Refusal> {
    if rest.matches('#').count() > 1 {
        return Err(Refusal::Malformed);
    }
    let bytes = rest.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte == b'%' {
            let escape = bytes.get(index + 1..index + 3);
            if !escape.is_some_and(|pair| pair.iter().all(u8::is_ascii_hexdigit)) {
                return Err(Refusal::Malformed);
            }
            index += 3;
            continue;
        }
        if !is_url_byte(byte) {
            return Err(Refusal::Malformed);
        }
        index += 1;
    }
    Ok(())
}

/// RFC 3986's unreserved and sub-delimiter characters plus the delimiters that
/// may appear after the host. Left out: `"<>^`{|}` and brackets, which no link of
/// ours needs and which invite quoting mistakes wherever a URL is shown.
fn is_url_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?#".contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_extra() -> Vec<String> {
        vec![]
    }

    fn university() -> Vec<String> {
        vec!["www.example.ac.jp".to_owned()]
    }

    #[test]
    fn the_links_of_the_flow_are_allowed_unchanged() {
        for url in [
            "https://aka.ms/mysecurityinfo",
            "https://aka.ms/getMicrosoftAuthenticator",
            "https://mysignins.microsoft.com/security-info",
            "https://apps.apple.com/app/microsoft-authenticator/id983156458",
            "https://play.google.com/store/apps/details?id=com.azure.authenticator",
            "https://support.microsoft.com/en-us/Search/results?query=Multi-factor+authentication",
            "https://aka.ms",
            "https://aka.ms/a%20b?x=1&y=%E3%81%82#top",
            "https://aka.ms/@evil.example",
            "https://aka.ms?@evil.example",
            "https://aka.ms#@evil.example",
            "https://aka.ms/%2e%2e/%2e%2e/evil.example",
        ] {
            let allowed = check(url, &no_extra()).unwrap_or_else(|e| panic!("{url}: {e:?}"));
            assert_eq!(allowed.as_str(), url);
            assert_eq!(
                allowed.host(),
                url[8..].split(['/', '?', '#']).next().unwrap()
            );
        }
    }

    #[test]
    fn the_profile_hosts_are_allowed_exactly() {
        let allowed = check("https://www.example.ac.jp/mfa/manual.pdf", &university()).unwrap();
        assert_eq!(allowed.host(), "www.example.ac.jp");
        assert_eq!(
            check("https://www.example.ac.jp/mfa", &no_extra()),
            Err(Refusal::HostNotAllowed)
        );
        assert_eq!(
            check("https://example.ac.jp/", &university()),
            Err(Refusal::HostNotAllowed)
        );
        assert_eq!(
            check("https://evil.www.example.ac.jp/", &university()),
            Err(Refusal::HostNotAllowed)
        );
        let upper = vec!["WWW.Example.AC.JP".to_owned()];
        assert!(check("https://www.example.ac.jp/", &upper).is_ok());
    }

    #[test]
    fn profile_entries_cannot_unlock_ip_encoded_or_dotted_hosts() {
        for (entry, url) in [
            ("127.0.0.1", "https://127.0.0.1/"),
            ("xn--80ak6aa92e.com", "https://xn--80ak6aa92e.com/"),
            ("example.jp.", "https://example.jp./"),
            ("localhost", "https://localhost/"),
            ("*.example.jp", "https://*.example.jp/"),
            ("", "https:///"),
        ] {
            let extra = vec![entry.to_owned()];
            assert!(check(url, &extra).is_err(), "{entry} let {url} through");
        }
    }

    #[test]
    fn mixed_case_scheme_and_host_are_normalised() {
        let allowed = check("HTTPS://AKA.MS/MySecurityInfo", &no_extra()).unwrap();
        assert_eq!(allowed.as_str(), "https://aka.ms/MySecurityInfo");
        assert_eq!(allowed.host(), "aka.ms");
        let again = check(allowed.as_str(), &no_extra()).unwrap();
        assert_eq!(again, allowed);
        let mixed = check("hTtPs://Play.Google.Com/store", &no_extra()).unwrap();
        assert_eq!(mixed.as_str(), "https://play.google.com/store");
    }

    #[test]
    fn hostile_urls_are_refused_for_the_right_reason() {
        use Refusal::*;
        let hostile: &[(&str, Refusal)] = &[
            ("javascript:alert(1)", NotHttps),
            ("JavaScript://aka.ms/%0Aalert(1)", NotHttps),
            ("file:///etc/passwd", NotHttps),
            ("file://aka.ms/share", NotHttps),
            ("data:text/html,<script>alert(1)</script>", NotHttps),
            ("http://aka.ms/mysecurityinfo", NotHttps),
            ("ftp://aka.ms/", NotHttps),
            ("aka.ms/mysecurityinfo", NotHttps),
            ("//aka.ms/mysecurityinfo", NotHttps),
            ("", NotHttps),
            ("https:aka.ms", Malformed),
            ("https:/aka.ms", Malformed),
            ("https:\\\\aka.ms", Malformed),
            ("https://aka.ms\\@evil.example", Malformed),
            ("https://aka.ms/\\evil.example", Malformed),
            ("https://aka.ms/%zz", Malformed),
            ("https://aka.ms/%2", Malformed),
            ("https://aka.ms/<script>", Malformed),
            ("https://aka.ms/a\"onmouseover=\"x", Malformed),
            ("https://aka.ms/#a#b", Malformed),
            ("https://aka.ms.evil.example/", HostNotAllowed),
            ("https://evil.example/aka.ms", HostNotAllowed),
            ("https://evil.example/?https://aka.ms", HostNotAllowed),
            ("https://evil.example#https://aka.ms", HostNotAllowed),
            ("https://evilaka.ms/", HostNotAllowed),
            ("https://www.aka.ms/", HostNotAllowed),
            ("https://microsoft.com/", HostNotAllowed),
            (
                "https://account.activedirectory.windowsazure.com/proofup.aspx",
                HostNotAllowed,
            ),
            ("https://localhost/", MalformedHost),
            ("https://user@aka.ms@evil.example", Credentials),
            ("https://aka.ms@evil.example", Credentials),
            ("https://aka.ms:pass@evil.example/", Credentials),
            ("https://evil.example%2f@aka.ms", Credentials),
            ("https://:@aka.ms/", Credentials),
            ("https://xn--k-8ha.ms/", EncodedHost),
            ("https://xn--80ak6aa92e.com/", EncodedHost),
            ("https://XN--mysignins-x9a.microsoft.com/", EncodedHost),
            ("https://aka.ms.xn--p1ai/", EncodedHost),
            ("https://аka.ms/", NonAscii),
            ("https://ａｋａ.ms/", NonAscii),
            ("https://aka.ms/\u{202e}sm.live", NonAscii),
            ("https://aka\u{200b}.ms/", NonAscii),
            ("https://127.0.0.1/", IpAddress),
            ("https://2130706433/", IpAddress),
            ("https://0x7f.1/", IpAddress),
            ("https://127.1/", IpAddress),
            ("https://1.0xff/", IpAddress),
            ("https://[::1]/", IpAddress),
            ("https://[2001:db8::1]:443/", IpAddress),
            ("https://aka.ms./mysecurityinfo", MalformedHost),
            ("https://aka.ms../", MalformedHost),
            ("https://.aka.ms/", MalformedHost),
            ("https:///aka.ms", MalformedHost),
            ("https://", MalformedHost),
            ("https://aka.ms%2eevil.example/", MalformedHost),
            ("https://aka%2ems/", MalformedHost),
            ("https://aka_ms.example/", MalformedHost),
            ("https://-aka.ms/", MalformedHost),
            ("https://aka.ms:443/", Port),
            ("https://aka.ms:8443/", Port),
            ("https://aka.ms:/", Port),
            ("https://aka.ms\t/mysecurityinfo", HiddenCharacters),
            ("https://aka.ms/my\nsecurityinfo", HiddenCharacters),
            ("https://aka.ms/\r\nSet-Cookie:x", HiddenCharacters),
            (" https://aka.ms/", HiddenCharacters),
            ("https://aka.ms/ ", HiddenCharacters),
            ("https://aka.ms\0.evil.example/", HiddenCharacters),
            ("https://aka.ms/\u{3000}", HiddenCharacters),
            ("https://aka.ms/\u{85}", HiddenCharacters),
        ];
        for (url, reason) in hostile {
            assert_eq!(check(url, &university()), Err(*reason), "{url:?}");
        }
        assert!(hostile.len() >= 30);
    }

    #[test]
    fn very_long_urls_are_refused_and_the_limit_is_exact() {
        let prefix = "https://aka.ms/";
        let at_limit = format!("{prefix}{}", "a".repeat(MAX_URL_LEN - prefix.len()));
        assert!(check(&at_limit, &no_extra()).is_ok());
        let over = format!("{at_limit}a");
        assert_eq!(check(&over, &no_extra()), Err(Refusal::TooLong));
        let huge = format!("{prefix}{}", "%41".repeat(100_000));
        assert_eq!(check(&huge, &no_extra()), Err(Refusal::TooLong));
        let long_host = format!("https://{}.ms/", "a".repeat(64));
        assert_eq!(check(&long_host, &no_extra()), Err(Refusal::MalformedHost));
    }

    #[test]
    fn readable_form_drops_only_the_scheme_and_a_lone_slash() {
        let readable = |url: &str| check(url, &no_extra()).unwrap().readable().to_owned();
        assert_eq!(
            readable("https://aka.ms/mysecurityinfo"),
            "aka.ms/mysecurityinfo"
        );
        assert_eq!(readable("https://aka.ms/"), "aka.ms");
        assert_eq!(readable("https://aka.ms"), "aka.ms");
        assert_eq!(readable("https://aka.ms/a/"), "aka.ms/a/");
        assert_eq!(readable("https://aka.ms?x/"), "aka.ms?x/");
        assert_eq!(
            readable("https://play.google.com/store/apps/details?id=com.azure.authenticator"),
            "play.google.com/store/apps/details?id=com.azure.authenticator"
        );
    }

    #[test]
    fn host_names_for_the_profile() {
        for good in [
            "example.ac.jp",
            "www.u-tokyo.ac.jp",
            "A.B.example",
            "a1.example",
            "aka.ms",
        ] {
            assert!(is_valid_host(good), "{good}");
        }
        let long_label = format!("{}.jp", "a".repeat(64));
        let long_host = format!("{}jp", "abcdefghi.".repeat(26));
        for bad in [
            "",
            ".",
            "localhost",
            "example.ac.jp.",
            ".example.jp",
            "exa mple.jp",
            "-a.jp",
            "a-.jp",
            "a..jp",
            "192.168.0.1",
            "0x7f.1",
            "例え.jp",
            "under_score.jp",
            "a.jp:443",
            "xn--eckwd4c7c.xn--zckzah",
            "xn--80ak6aa92e.com",
            "ab--c.example",
            "user@example.jp",
            "example.j1",
            "*.example.jp",
            &long_label,
            &long_host,
        ] {
            assert!(!is_valid_host(bad), "{bad}");
        }
    }

    #[test]
    fn every_accepted_url_is_accepted_again_unchanged() {
        for url in [
            "HTTPS://Aka.Ms/x",
            "https://www.EXAMPLE.ac.jp/?q=%7E#f",
            "https://play.google.com",
        ] {
            let first = check(url, &university()).unwrap();
            let second = check(first.as_str(), &university()).unwrap();
            assert_eq!(first, second);
        }
    }

    #[test]
    fn serialises_as_the_plain_url() {
        let allowed = check("https://aka.ms/mysecurityinfo", &no_extra()).unwrap();
        assert_eq!(
            serde_json::to_string(&allowed).unwrap(),
            "\"https://aka.ms/mysecurityinfo\""
        );
        assert_eq!(
            serde_json::to_string(&Refusal::HostNotAllowed).unwrap(),
            "\"host-not-allowed\""
        );
    }
}
