//! Calendar dates without time zones: the MFA date, the retirement date, "today".

use crate::i18n::Locale;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// The day Microsoft stops providing SMS and voice for MFA.
    pub const MICROSOFT_SMS_VOICE_RETIREMENT: Date = Date {
        year: 2027,
        month: 2,
        day: 1,
    };

    /// The date as people write it: 2027年2月1日 / 1 February 2027.
    pub fn written(self, locale: Locale) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match locale {
            Locale::Ja => format!("{}年{}月{}日", self.year, self.month, self.day),
            Locale::En => format!(
                "{} {} {}",
                self.day,
                MONTHS[usize::from(self.month) - 1],
                self.year
            ),
        }
    }

    /// A date written in the code (`sources`); the tests there check that
    /// each one exists in the calendar.
    pub const fn known(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError(format!(
                "\"{text}\" is not a date of the form YYYY-MM-DD"
            )));
        }
        let year: i32 = text[0..4].parse().expect("digits");
        let month: u8 = text[5..7].parse().expect("digits");
        let day: u8 = text[8..10].parse().expect("digits");
        Date::new(year, month, day)
            .ok_or_else(|| DateError(format!("{text} is not a day in the calendar")))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// The day `days` after this one.
    pub fn plus_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    fn day_number(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day number (inverse of `day_number`).
    fn from_day_number(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today in UTC+9 (Japan), from the system clock. Japan is where every
    /// deadline the assistant talks about is set.
    pub fn today_in_japan() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_day_number((secs + 9 * 3600).div_euclid(86_400))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(
            Date::parse("2027-02-01"),
            Ok(Date::MICROSOFT_SMS_VOICE_RETIREMENT)
        );
        for bad in [
            "2027-2-1",
            "2027-02-30",
            "2023-02-29",
            "27-02-01",
            "2027/02/01",
            "",
            "2027-13-01",
            "２０２７-02-01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn counts_days_across_months_and_leap_years() {
        let a = Date::parse("2026-11-24").unwrap();
        assert_eq!(a.days_until(Date::MICROSOFT_SMS_VOICE_RETIREMENT), 69);
        assert_eq!(Date::MICROSOFT_SMS_VOICE_RETIREMENT.days_until(a), -69);
        assert_eq!(
            Date::parse("2024-02-28")
                .unwrap()
                .days_until(Date::parse("2024-03-01").unwrap()),
            2
        );
    }

    #[test]
    fn day_numbers_round_trip() {
        for n in [-800_000, -1, 0, 1, 19_000, 20_000, 2_000_000] {
            assert_eq!(Date::from_day_number(n).day_number(), n);
        }
        assert_eq!(Date::from_day_number(0).to_string(), "1970-01-01");
    }
}
