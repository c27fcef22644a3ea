//! The value checks of the profile format that belong to it alone: phone
//! numbers, e-mail addresses, link ids, the update server and its key. Pure predicates, so each rule is tested
//! alone. URLs and host names are judged by `link_policy`, so that a value the
//! profile accepts is one the assistant will actually open.

use crate::link_policy;

/// E.164 allows at most 15 digits; fewer than 3 is not a number anyone dials.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 3..=15;

/// Whether `number` reads as a phone number an admin would write: ASCII digits
/// with spaces, hyphens and balanced, unnested parentheses, an optional leading
/// `+`, and 3 to 15 digits. Letters (`ext.`, `内線`) are refused: an extension
/// belongs in the help desk's hours text, not in a number users will dial.
pub fn is_valid_phone(number: &str) -> bool {
    let body = number.trim();
    let body = body.strip_prefix('+').unwrap_or(body);
    let mut open = false;
    for c in body.chars() {
        match c {
            '0'..='9' | ' ' | '-' => {}
            '(' if !open => open = true,
            ')' if open => open = false,
            _ => return false,
        }
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    !open && PHONE_DIGITS.contains(&digits)
}

/// Whether `address` is a plain `name@host` address: no spaces or brackets,
/// exactly one `@`, and a valid host after it. Display names (`Desk <a@b>`) are
/// refused because the app builds a `mailto:` link from the value.
pub fn is_valid_email(address: &str) -> bool {
    let Some((local, host)) = address.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .chars()
            .all(|c| c.is_ascii_graphic() && !"<>()[]\\,;:\"@".contains(c));
    local_ok && link_policy::is_valid_host(host)
}

/// Whether `id` is lowercase-with-hyphens (`manual-add-method`), the form the
/// UI uses in `data-*` attributes, at most 64 characters.
pub fn is_valid_link_id(id: &str) -> bool {
    id.len() <= 64
        && !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `endpoint` may serve updates: an HTTPS address with a host. The
/// signature is what makes an update trusted; HTTPS keeps the offer itself
/// from being changed or withheld on the way.
pub fn is_valid_update_endpoint(endpoint: &str) -> bool {
    let endpoint = endpoint.trim();
    if endpoint.chars().any(char::is_whitespace) {
        return false;
    }
    let Some(("https", rest)) = endpoint.split_once("://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    let plausible = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    plausible
}

/// Whether `key` is a minisign public key as Tauri's signer writes it: the
/// `.pub` file in base64, whose key line holds 42 bytes (`Ed`, the key id
/// and the Ed25519 key).
pub fn is_valid_update_key(key: &str) -> bool {
    use base64::Engine;
    let standard = base64::engine::general_purpose::STANDARD;
    let Ok(file) = standard.decode(key.trim()) else {
        return false;
    };
    let Ok(file) = String::from_utf8(file) else {
        return false;
    };
    file.lines().any(|line| {
        standard
            .decode(line.trim())
            .is_ok_and(|bytes| bytes.len() == 42 && bytes.starts_with(b"Ed"))
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A public key as `tauri signer generate` writes it (a throw-away pair).
    pub(crate) const SAMPLE_UPDATE_KEY: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk6IDE4QTlFM0YxMUY3OTBFRUUKUldUdURua2Y4ZU9wR0pMc0hQdUdVUmxYZ1BFV2Q4NTZ5U3U4Mkx2anhYdGpuc2M3aGpwa3NmQkIK";

    #[test]
    fn update_servers_and_keys() {
        for ok in [
            "https://it.example.ac.jp/mfa-assistant/latest.json",
            "https://updates.example.ac.jp/{{target}}/{{arch}}/{{current_version}}",
            "https://127.0.0.1:8123/latest.json",
            "https://[::1]:9/latest.json",
        ] {
            assert!(is_valid_update_endpoint(ok), "{ok}");
        }
        for bad in [
            "http://it.example.ac.jp/latest.json",
            "http://127.0.0.1:8123/latest.json",
            "ftp://it.example.ac.jp/latest.json",
            "https:///latest.json",
            "it.example.ac.jp/latest.json",
            "https://it.example.ac.jp/my latest.json",
            "",
        ] {
            assert!(!is_valid_update_endpoint(bad), "{bad}");
        }
        assert!(is_valid_update_key(SAMPLE_UPDATE_KEY));
        assert!(!is_valid_update_key(
            "RWTuDnkf8eOpGJLsHPuGURlXgPEWd856ySu82LvjxXtjnsc7hjpksfBB"
        ));
        assert!(!is_valid_update_key("not base64 at all"));
        assert!(!is_valid_update_key(""));
    }

    #[test]
    fn phones() {
        for good in [
            "03-1234-5678",
            "+81 3 1234 5678",
            "(03) 1234-5678",
            "0120-123-456",
            "1234",
            " 0312345678 ",
        ] {
            assert!(is_valid_phone(good), "{good}");
        }
        for bad in [
            "",
            "12",
            "03-1234-5678 ext. 12",
            "内線1234",
            "０３-1234-5678",
            "++81 3",
            "81+3",
            "(03 1234",
            "03) 1234",
            "((03)) 1234",
            "1234567890123456",
            "03.1234.5678",
        ] {
            assert!(!is_valid_phone(bad), "{bad}");
        }
    }

    #[test]
    fn emails_and_ids() {
        assert!(is_valid_email("helpdesk@example.ac.jp"));
        assert!(is_valid_email("it+mfa@example.ac.jp"));
        for bad in [
            "helpdesk",
            "@example.jp",
            "a@b",
            "a b@example.jp",
            "Desk <a@example.jp>",
            "a@@example.jp",
            "a@example.jp.",
        ] {
            assert!(!is_valid_email(bad), "{bad}");
        }
        assert!(is_valid_link_id("manual-add-method"));
        assert!(is_valid_link_id("schedule2"));
        for bad in ["", "Manual", "a--b", "-a", "a-", "a_b", "マニュアル"] {
            assert!(!is_valid_link_id(bad), "{bad}");
        }
    }
}
