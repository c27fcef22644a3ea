//! Updates and the advice's age, as the assistant keeps them for the window
//! (`crate::updates` says what they are).

use super::Assistant;
use crate::updates::UpdateState;
use crate::view::{self, Banner, Facts};

impl Assistant {
    /// Where updates come from, if the machine-wide profile says.
    pub fn update_source(&self) -> Option<crate::profile::UpdateSource> {
        self.profile().updates.clone()
    }

    /// The shell found a newer version.
    pub fn update_available(&mut self, version: &str, notes: Option<&str>) {
        self.update = UpdateState::Available {
            version: version.to_owned(),
            notes: notes.map(str::to_owned),
        };
    }

    /// The person pressed "Update and restart": the download has begun.
    pub fn update_installing(&mut self, percent: Option<u8>) {
        self.update = UpdateState::Installing { percent };
    }

    /// The update could not be downloaded, checked or installed.
    pub fn update_failed(&mut self) {
        self.update = UpdateState::Failed;
    }

    /// The notices above the step: the profile's, a progress file set aside,
    /// an update, and the advice's age (said once, and not while an update
    /// that brings newer advice is on offer).
    pub(super) fn banners(&self, facts: &Facts) -> Vec<Banner> {
        let mut banners = view::banners(facts, &self.profile_load, self.progress_was_reset);
        banners.extend(view::update_banner(facts, &self.update));
        if self.advice_age_notice && self.update == UpdateState::None {
            banners.push(view::advice_age_banner(facts));
        }
        banners
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assistant::Startup;
    use crate::date::Date;
    use crate::i18n::Locale;
    use crate::profile::ProfileLoad;

    fn assistant(today: Date) -> Assistant {
        Assistant::start(Startup {
            os_locale: Locale::En,
            settings_path: None,
            profile: ProfileLoad::embedded(),
            today,
            computer: crate::computer::ThisComputer::Other,
        })
    }

    fn kinds(a: &Assistant) -> Vec<(&'static str, String)> {
        a.screen()
            .banners
            .into_iter()
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn old_advice_is_said_once_and_not_while_an_update_is_offered() {
        let fresh = assistant(crate::sources::ADVICE_CHECKED);
        assert!(kinds(&fresh).is_empty());
        let mut old = assistant(crate::sources::ADVICE_CHECKED.plus_days(200));
        let banners = kinds(&old);
        assert_eq!(banners.len(), 1);
        assert!(banners[0].1.contains("1 December 2026"), "{banners:?}");
        old.update_available("0.2.0", Some("Passkeys on Windows\nand more"));
        let banners = kinds(&old);
        assert_eq!(banners.len(), 1, "the update, not the age: {banners:?}");
        assert!(banners[0].1.contains("0.2.0") && banners[0].1.contains("Passkeys on Windows"));
        let mut once = assistant(crate::sources::ADVICE_CHECKED.plus_days(200));
        once.go_next();
        assert!(
            kinds(&once).is_empty(),
            "said once: gone when the person acts"
        );
    }

    #[test]
    fn an_update_offers_its_button_then_its_progress_then_one_calm_line() {
        let mut a = assistant(crate::sources::ADVICE_CHECKED);
        a.update_available("0.2.0", None);
        let banner = &a.screen().banners[0];
        assert_eq!(banner.action.as_ref().unwrap().action, "install-update");
        a.update_installing(Some(42));
        let banner = &a.screen().banners[0];
        assert_eq!((banner.progress, banner.action.is_none()), (Some(42), true));
        a.update_failed();
        let banner = &a.screen().banners[0];
        assert_eq!(banner.kind, "info");
        assert!(banner.text.contains("keeps working"), "{}", banner.text);
    }

    #[test]
    fn what_changed_follows_the_language_switch() {
        let mut a = assistant(crate::sources::ADVICE_CHECKED);
        a.update_available(
            "0.2.0",
            Some("ja: パスキーの手順を更新\nen: Passkey steps updated"),
        );
        let text = |a: &Assistant| a.screen().banners[0].text.clone();
        assert!(text(&a).contains("Passkey steps updated"), "{}", text(&a));
        a.set_locale("ja").unwrap();
        assert!(text(&a).contains("パスキーの手順を更新"), "{}", text(&a));
    }
}
