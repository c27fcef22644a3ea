//! The one rule that keeps people from being locked out: at least two lasting
//! ways in, in two independent places (`method::Place`). The plan step, "Check
//! with Microsoft" and the done step's lost-phone plan all ask this module, so
//! they cannot contradict each other.

use crate::method::{MethodId, Place};
use crate::phone_lines::PhoneLines;
use std::collections::BTreeSet;

/// How many independent places the rule asks for.
pub const PLACES_NEEDED: usize = 2;

/// One way in: where it lives, and whether it keeps working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Way {
    pub place: Place,
    /// Which device of that place, where Microsoft tells them apart (the app
    /// on two phones is two phones); `None` for "the one".
    pub device: Option<String>,
    /// Keeps working after Microsoft's SMS and voice retirement.
    pub lasting: bool,
    /// Works today.
    pub works_today: bool,
}

impl Way {
    /// The way `method` gives, for this organisation's phone lines.
    pub fn of(method: MethodId, lines: &PhoneLines) -> Way {
        Way {
            place: method.place(),
            device: None,
            lasting: lines.lasts(method),
            works_today: lines.works_today(method),
        }
    }
}

/// What a set of ways means for a lost, broken or replaced phone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Resilience {
    /// The places holding a lasting way in (a place with two devices counts twice).
    lasting: BTreeSet<(Place, Option<String>)>,
    /// The places holding a way in that works today.
    today: BTreeSet<(Place, Option<String>)>,
}

impl Resilience {
    pub fn of(ways: impl IntoIterator<Item = Way>) -> Resilience {
        let mut resilience = Resilience::default();
        for way in ways {
            let key = (way.place, way.device);
            if way.lasting {
                resilience.lasting.insert(key.clone());
            }
            if way.works_today {
                resilience.today.insert(key);
            }
        }
        resilience
    }

    /// The ways `methods` give, for this organisation's phone lines.
    pub fn of_methods(methods: &[MethodId], lines: &PhoneLines) -> Resilience {
        Resilience::of(methods.iter().map(|&m| Way::of(m, lines)))
    }

    /// How many independent places hold a lasting way in.
    pub fn lasting_places(&self) -> usize {
        self.lasting.len()
    }

    /// The rule: two lasting ways in two independent places.
    pub fn is_enough(&self) -> bool {
        self.lasting_places() >= PLACES_NEEDED
    }

    /// Whether every lasting way is on the smartphone (and there is one):
    /// the help desk's most common call.
    pub fn all_on_the_smartphone(&self) -> bool {
        !self.lasting.is_empty() && self.lasting.iter().all(|(p, _)| *p == Place::Smartphone)
    }

    /// The places that still let the person in today when the smartphone is
    /// lost, broken or replaced, in the order to try them.
    pub fn without_the_phone(&self) -> Vec<Place> {
        let mut places: Vec<Place> = self
            .today
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| p.survives_losing_the_phone())
            .collect();
        places.dedup();
        places
    }

    /// Whether any way works today.
    pub fn has_any(&self) -> bool {
        !self.today.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::profile::{Profile, TelephonyProvider};
    use MethodId::*;

    fn lines(provider: TelephonyProvider, day: &str) -> PhoneLines {
        let mut profile = Profile::embedded_default();
        profile.telephony = provider;
        PhoneLines::on(&profile, Date::parse(day).unwrap())
    }

    #[test]
    fn the_app_and_its_passkey_are_one_place() {
        let none = lines(TelephonyProvider::NONE, "2026-12-01");
        let r = Resilience::of_methods(&[Authenticator, Passkey], &none);
        assert_eq!(r.lasting_places(), 1);
        assert!(!r.is_enough() && r.all_on_the_smartphone());
        assert!(r.without_the_phone().is_empty());
        for second in [SyncedPasskey, WindowsPasskey, SecurityKey, OathToken] {
            let r = Resilience::of_methods(&[Authenticator, second], &none);
            assert!(r.is_enough(), "{second:?}");
            assert_eq!(r.without_the_phone(), [second.place()]);
        }
    }

    #[test]
    fn a_phone_line_counts_only_where_it_lasts() {
        let methods = [Authenticator, Phone];
        let december = lines(TelephonyProvider::NONE, "2026-12-01");
        let r = Resilience::of_methods(&methods, &december);
        assert!(!r.is_enough(), "SMS ends on 2027-02-01");
        assert_eq!(
            r.without_the_phone(),
            [Place::MobileNumber],
            "but a new SIM still gets texts until then"
        );
        let march = lines(TelephonyProvider::NONE, "2027-03-01");
        assert!(Resilience::of_methods(&methods, &march)
            .without_the_phone()
            .is_empty());
        let provider = lines(TelephonyProvider::EVERYTHING, "2027-03-01");
        assert!(Resilience::of_methods(&methods, &provider).is_enough());
    }

    #[test]
    fn the_app_on_two_phones_is_two_places() {
        let app_on = |device: &str| Way {
            place: Place::Smartphone,
            device: Some(device.into()),
            lasting: true,
            works_today: true,
        };
        let r = Resilience::of([app_on("iPhone 15"), app_on("iPad")]);
        assert!(r.is_enough());
        assert!(
            r.all_on_the_smartphone(),
            "still two phones, no other place"
        );
    }
}
