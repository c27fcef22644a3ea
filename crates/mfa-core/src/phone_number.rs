//! Checks a phone number before the person types it into Microsoft's page:
//! which country to choose, exactly what to type, and whether the number can
//! work at all for the method.
//!
//! Pure and private: the number exists only for the duration of `check`; it
//! is never stored, logged or sent.

use crate::method::MethodId;
use crate::profile::Profile;
use serde::Serialize;

/// Longer input is refused before any work (nobody types a number that long).
pub const MAX_INPUT_CHARS: usize = 64;

/// How sure the check is that the number will work for the method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Caution,
    Problem,
}

/// What kind of number it is (or why it is not one). Ids are `data-kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberKind {
    /// 070 / 080 / 090.
    Mobile,
    /// 050: an internet (virtual) number, which Microsoft does not support for
    /// SMS or calls (combined registration).
    IpPhone,
    /// A fixed line (0 + area code).
    Landline,
    /// 0120 / 0800: cannot receive calls from abroad or SMS.
    TollFree,
    /// 0570 / 0990 / 0180: charged services, not a person's line.
    Premium,
    /// 020: pagers and machine lines.
    Machine,
    /// The organisation's main switchboard, from the profile.
    Switchboard,
    /// A number outside Japan (another country code).
    Foreign,
    /// An extension typed into the number.
    Extension,
    TooShort,
    TooLong,
    /// Letters or symbols that are not part of a number.
    NotANumber,
    Empty,
}

impl NumberKind {
    pub fn id(self) -> &'static str {
        match self {
            NumberKind::Mobile => "mobile",
            NumberKind::IpPhone => "ip-phone",
            NumberKind::Landline => "landline",
            NumberKind::TollFree => "toll-free",
            NumberKind::Premium => "premium",
            NumberKind::Machine => "machine",
            NumberKind::Switchboard => "switchboard",
            NumberKind::Foreign => "foreign",
            NumberKind::Extension => "extension",
            NumberKind::TooShort => "too-short",
            NumberKind::TooLong => "too-long",
            NumberKind::NotANumber => "not-a-number",
            NumberKind::Empty => "empty",
        }
    }
}

/// The result of a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneCheck {
    pub verdict: Verdict,
    pub kind: NumberKind,
    /// The number without the trunk 0, as typed into Microsoft's field after
    /// choosing "Japan (+81)" (e.g. `9012345678`); `None` when it cannot work
    /// or is not Japanese.
    pub national_digits: Option<String>,
    /// Extra notes, as Fluent ids (`phone-note-…`).
    pub notes: Vec<&'static str>,
}

/// Checks `input` for `method` under `profile`.
pub fn check(input: &str, method: MethodId, profile: &Profile) -> PhoneCheck {
    if input.chars().count() > MAX_INPUT_CHARS {
        return PhoneCheck::problem(NumberKind::TooLong);
    }
    let typed = match Typed::read(input) {
        Ok(typed) => typed,
        Err(kind) => return PhoneCheck::problem(kind),
    };
    let mut notes = vec![];
    let national = match national_number(typed, &mut notes) {
        Some(national) => national,
        None => {
            return PhoneCheck {
                verdict: Verdict::Caution,
                kind: NumberKind::Foreign,
                national_digits: None,
                notes: vec![],
            }
        }
    };
    if is_switchboard(&national, profile) {
        return PhoneCheck::problem(NumberKind::Switchboard);
    }
    let kind = match classify(&national) {
        Ok(kind) => kind,
        Err(kind) => return PhoneCheck::problem(kind),
    };
    let verdict = verdict_for(kind, method, &mut notes);
    let usable = verdict != Verdict::Problem;
    notes.push("phone-note-leading-zero-dropped");
    if !usable {
        notes.clear();
    }
    PhoneCheck {
        verdict,
        kind,
        national_digits: usable.then_some(national),
        notes,
    }
}

/// The Japanese number without its trunk 0, or `None` for another country.
fn national_number(typed: Typed, notes: &mut Vec<&'static str>) -> Option<String> {
    match typed {
        Typed::International { country_and_number } => {
            let rest = country_and_number.strip_prefix("81")?;
            // "+81 (0)90…" and "+81 090…": the 0 does not belong after +81.
            Some(match rest.strip_prefix('0') {
                Some(without_zero) => {
                    notes.push("phone-note-zero-after-country");
                    without_zero.to_owned()
                }
                None => rest.to_owned(),
            })
        }
        Typed::Domestic { digits } => Some(match digits.strip_prefix('0') {
            Some(rest) => rest.to_owned(),
            None => {
                notes.push("phone-note-no-leading-zero");
                digits
            }
        }),
    }
}

impl PhoneCheck {
    fn problem(kind: NumberKind) -> PhoneCheck {
        PhoneCheck {
            verdict: Verdict::Problem,
            kind,
            national_digits: None,
            notes: vec![],
        }
    }
}

/// What the person typed, reduced to digits and the international marker.
enum Typed {
    /// `+…`, `00…` or `010…` (Japan's international prefix).
    International {
        country_and_number: String,
    },
    Domestic {
        digits: String,
    },
}

impl Typed {
    fn read(input: &str) -> Result<Typed, NumberKind> {
        let folded: String = input.chars().map(fold_width).collect();
        let trimmed = folded.trim();
        if trimmed.is_empty() {
            return Err(NumberKind::Empty);
        }
        let (number_part, extension) = split_extension(trimmed);
        if extension {
            return Err(NumberKind::Extension);
        }
        let mut digits = String::new();
        let mut plus = false;
        for (i, c) in number_part.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 || digits.is_empty() && !plus => plus = true,
                ' ' | '-' | '(' | ')' | '.' | '/' => {}
                _ => return Err(NumberKind::NotANumber),
            }
        }
        if digits.is_empty() {
            return Err(NumberKind::NotANumber);
        }
        Ok(if plus {
            Typed::International {
                country_and_number: digits,
            }
        } else if let Some(rest) = digits.strip_prefix("010") {
            Typed::International {
                country_and_number: rest.to_owned(),
            }
        } else if let Some(rest) = digits.strip_prefix("00") {
            Typed::International {
                country_and_number: rest.to_owned(),
            }
        } else {
            Typed::Domestic { digits }
        })
    }
}

/// Full-width digits and signs, and the many dashes people's keyboards make,
/// become their plain forms.
fn fold_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '＋' => '+',
        '（' => '(',
        '）' => ')',
        '　' | '\t' | '\u{a0}' => ' ',
        '－' | 'ー' | '‐' | '‑' | '–' | '—' | '―' | '−' | 'ｰ' => '-',
        '．' => '.',
        '／' => '/',
        '＃' => '#',
        c => c.to_ascii_lowercase(),
    }
}

/// Whether an extension follows the number: "内線 123", "ext. 123", "x123",
/// "#123" after at least one digit.
fn split_extension(text: &str) -> (&str, bool) {
    for marker in ["内線", "ext", "#", "x"] {
        if let Some(at) = text.find(marker) {
            let before = &text[..at];
            let after = &text[at + marker.len()..];
            if before.chars().any(|c| c.is_ascii_digit())
                && after.chars().any(|c| c.is_ascii_digit())
            {
                return (before, true);
            }
        }
    }
    (text, false)
}

/// Whether `national` is one of the profile's switchboard numbers, however
/// the profile writes them.
fn is_switchboard(national: &str, profile: &Profile) -> bool {
    profile.switchboard_numbers.iter().any(|number| {
        Typed::read(number)
            .ok()
            .and_then(|typed| national_number(typed, &mut vec![]))
            .is_some_and(|n| n == national)
    })
}

/// The kind of a Japanese number given without its trunk 0, or why it is not
/// a valid one. Lengths: mobiles and 050 have 10 digits after the 0; fixed
/// lines 9.
fn classify(national: &str) -> Result<NumberKind, NumberKind> {
    let len = national.len();
    let starts = |prefix: &str| national.starts_with(prefix);
    // 0800 (toll-free) shares its first digits with 080 (mobile): test it first.
    let toll_free = starts("120") || starts("800");
    let expected = if starts("120") {
        9
    } else if starts("800")
        || starts("70")
        || starts("80")
        || starts("90")
        || starts("50")
        || starts("20")
    {
        10
    } else {
        9
    };
    if len < expected {
        return Err(NumberKind::TooShort);
    }
    if len > expected {
        return Err(NumberKind::TooLong);
    }
    Ok(if toll_free {
        NumberKind::TollFree
    } else if starts("70") || starts("80") || starts("90") {
        NumberKind::Mobile
    } else if starts("50") {
        NumberKind::IpPhone
    } else if starts("570") || starts("990") || starts("180") {
        NumberKind::Premium
    } else if starts("20") {
        NumberKind::Machine
    } else {
        NumberKind::Landline
    })
}

fn verdict_for(kind: NumberKind, method: MethodId, notes: &mut Vec<&'static str>) -> Verdict {
    match (kind, method) {
        (
            NumberKind::TollFree | NumberKind::Premium | NumberKind::Machine | NumberKind::IpPhone,
            _,
        ) => Verdict::Problem,
        (NumberKind::Mobile, MethodId::OfficePhone) => {
            notes.push("phone-note-mobile-as-office");
            Verdict::Caution
        }
        (NumberKind::Mobile, _) => Verdict::Ok,
        (NumberKind::Landline, MethodId::Phone) => {
            notes.push("phone-note-landline-no-sms");
            Verdict::Caution
        }
        (NumberKind::Landline, _) => {
            notes.push("phone-note-landline-calls");
            Verdict::Ok
        }
        _ => Verdict::Problem,
    }
}

#[cfg(test)]
mod tests;
