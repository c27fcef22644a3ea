//! How long Microsoft's phone services (a code by SMS, a voice call) work for
//! this organisation: until Microsoft retires them on 2027-02-01, or for good
//! where the organisation's own telephony provider carries them.
//!
//! A provider may carry SMS, voice or both, for everyone or only for some
//! staff; the assistant counts on a channel only where the provider carries it
//! for everyone, and sends the others to the help desk to ask.

use crate::date::Date;
use crate::method::{Channel, MethodId};
use crate::{Profile, TelephonyProvider};

/// How long one channel works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LineState {
    /// Microsoft's service has ended and no provider carries it.
    Ended,
    /// It works today and ends on Microsoft's retirement date.
    UntilRetirement,
    /// The organisation's provider keeps it working for everyone.
    Lasting,
}

/// Both channels on one day, for one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneLines {
    pub sms: LineState,
    pub voice: LineState,
    /// The provider as the profile describes it (for the texts that name it).
    pub provider: TelephonyProvider,
}

impl PhoneLines {
    pub fn on(profile: &Profile, today: Date) -> PhoneLines {
        let provider = profile.telephony;
        let before = today < Date::MICROSOFT_SMS_VOICE_RETIREMENT;
        let state = |channel| {
            if provider.keeps_for_everyone(channel) {
                LineState::Lasting
            } else if before {
                LineState::UntilRetirement
            } else {
                LineState::Ended
            }
        };
        PhoneLines {
            sms: state(Channel::Sms),
            voice: state(Channel::Voice),
            provider,
        }
    }

    /// How long `channel` works.
    pub fn channel(&self, channel: Channel) -> LineState {
        match channel {
            Channel::Sms => self.sms,
            Channel::Voice => self.voice,
        }
    }

    /// How long `method` works: a phone line as long as the best of its
    /// channels; everything else for good.
    pub fn method(&self, method: MethodId) -> LineState {
        method
            .channels()
            .iter()
            .map(|&c| self.channel(c))
            .max()
            .unwrap_or(LineState::Lasting)
    }

    /// Whether `method` keeps working after Microsoft's retirement.
    pub fn lasts(&self, method: MethodId) -> bool {
        self.method(method) == LineState::Lasting
    }

    /// Whether `method` works today.
    pub fn works_today(&self, method: MethodId) -> bool {
        self.method(method) != LineState::Ended
    }

    /// The state of phone lines taken together: the best of both channels.
    pub fn best(&self) -> LineState {
        self.sms.max(self.voice)
    }

    /// The state of phone lines that are not lasting: the retirement is ahead
    /// or has passed (the same for both channels).
    pub fn retirement_ahead(&self) -> bool {
        self.sms == LineState::UntilRetirement || self.voice == LineState::UntilRetirement
    }

    /// Whether Microsoft's retirement has ended a channel nobody carries for everyone.
    pub fn some_ended(&self) -> bool {
        self.sms == LineState::Ended || self.voice == LineState::Ended
    }
}

impl PhoneLines {
    /// Both channels in `state`, as a provider that offers both or none would
    /// have them (tests above this crate build their cases with it).
    pub fn both(state: LineState) -> PhoneLines {
        PhoneLines {
            sms: state,
            voice: state,
            provider: if state == LineState::Lasting {
                TelephonyProvider::EVERYTHING
            } else {
                TelephonyProvider::NONE
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn with(provider: TelephonyProvider) -> Profile {
        let mut profile = Profile::embedded_default();
        profile.telephony = provider;
        profile
    }

    #[test]
    fn without_a_provider_both_channels_end_on_the_date() {
        let profile = with(TelephonyProvider::NONE);
        let before = PhoneLines::on(&profile, day("2027-01-31"));
        assert_eq!(before.method(MethodId::Phone), LineState::UntilRetirement);
        assert_eq!(
            before.method(MethodId::OfficePhone),
            LineState::UntilRetirement
        );
        assert!(before.works_today(MethodId::Phone) && !before.lasts(MethodId::Phone));
        let after = PhoneLines::on(&profile, day("2027-02-01"));
        assert_eq!(after.best(), LineState::Ended);
        assert!(!after.works_today(MethodId::AlternatePhone));
        assert!(after.lasts(MethodId::Authenticator), "not a phone line");
    }

    #[test]
    fn a_provider_keeps_only_the_channels_it_carries() {
        let sms_only = with(TelephonyProvider {
            sms: true,
            voice: false,
            covers_everyone: true,
        });
        let after = PhoneLines::on(&sms_only, day("2027-03-01"));
        assert!(after.lasts(MethodId::Phone), "SMS still reaches the mobile");
        assert_eq!(after.method(MethodId::OfficePhone), LineState::Ended);
        let voice_only = with(TelephonyProvider {
            sms: false,
            voice: true,
            covers_everyone: true,
        });
        let after = PhoneLines::on(&voice_only, day("2027-03-01"));
        assert!(after.lasts(MethodId::Phone) && after.lasts(MethodId::OfficePhone));
        assert_eq!(after.sms, LineState::Ended);
    }

    #[test]
    fn a_provider_for_some_staff_is_not_counted_on() {
        let some = with(TelephonyProvider {
            sms: true,
            voice: true,
            covers_everyone: false,
        });
        let after = PhoneLines::on(&some, day("2027-03-01"));
        assert_eq!(after.best(), LineState::Ended);
        assert!(after.provider.exists());
    }
}
