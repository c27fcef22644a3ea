//! The links the assistant shows, opens and turns into QR codes, by id.
//!
//! The window only ever names a link by its id (`security-info`,
//! `manual-add-method`); the URL comes from here, already through the link policy,
//! so no URL from the window is ever opened or encoded. Microsoft's and the app
//! stores' links are built in; the organisation's come from its profile.

use crate::i18n::Locale;
use crate::link_policy::{self, AllowedUrl, Refusal};
use crate::Profile;
use serde::Serialize;

pub use crate::catalogue::{CatalogueLink, HELP_DESK_PAGE_ID};

/// What a link is called on screen: one of our messages, or the title the
/// organisation gave its own page (already in the requested language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Caption {
    /// A Fluent message id (`links.ftl`).
    Message(&'static str),
    /// Text from the organisation profile.
    Text(String),
}

/// A link ready to show: its checked URL, the URL as a person would type it, and
/// its caption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The id the window asked for, so it can match the answer to its button.
    pub id: String,
    /// The address, already through the link policy: safe to open and encode.
    pub url: AllowedUrl,
    /// `aka.ms/mysecurityinfo` for `https://aka.ms/mysecurityinfo`: what the window
    /// writes beside the QR code for typing on a phone.
    pub readable: String,
    /// What to call the link on screen.
    pub caption: Caption,
}

/// Why [`lookup`] found no link to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "refusal", rename_all = "kebab-case")]
pub enum LinkProblem {
    /// No built-in link and no profile link has this id (or the profile sets no
    /// help desk page).
    Unknown,
    /// The profile's URL does not pass the link policy.
    Refused(Refusal),
}

/// The link `id` in `locale`, if it exists and passes the link policy. Built-in
/// ids come first, so a profile cannot point `security-info` somewhere else.
pub fn resolve(id: &str, profile: &Profile, locale: Locale) -> Option<Link> {
    lookup(id, profile, locale).ok()
}

/// Like [`resolve`], but says why there is no link, so the window can explain a
/// profile link that the policy refused (`Refusal::message_id`).
pub fn lookup(id: &str, profile: &Profile, locale: Locale) -> Result<Link, LinkProblem> {
    let (url, caption) = find(id, profile, locale).ok_or(LinkProblem::Unknown)?;
    let url =
        link_policy::check(url, &profile.extra_allowed_hosts).map_err(LinkProblem::Refused)?;
    Ok(Link {
        id: id.to_owned(),
        readable: url.readable().to_owned(),
        url,
        caption,
    })
}

/// Every link that resolves for `profile` in `locale`: the built-in ones, the
/// help desk page, then the profile's links in the profile's order, each id once.
/// Links the policy refuses are left out (the profile check reports them to the
/// admin).
pub fn all(profile: &Profile, locale: Locale) -> Vec<Link> {
    let builtin = CatalogueLink::ALL.iter().map(|link| link.id());
    let help_desk = std::iter::once(HELP_DESK_PAGE_ID);
    // A profile link with a built-in id is shadowed (see `resolve`); listing it
    // would show the built-in link twice.
    let organisation = profile
        .links
        .iter()
        .map(|link| link.id.as_str())
        .filter(|id| CatalogueLink::parse(id).is_none() && *id != HELP_DESK_PAGE_ID);
    builtin
        .chain(help_desk)
        .chain(organisation)
        .filter_map(|id| resolve(id, profile, locale))
        .collect()
}

fn find<'p>(id: &str, profile: &'p Profile, locale: Locale) -> Option<(&'p str, Caption)> {
    if let Some(link) = CatalogueLink::parse(id) {
        return Some((link.url(), Caption::Message(link.caption_id())));
    }
    if id == HELP_DESK_PAGE_ID {
        let page = profile.help_desk.page.as_deref()?;
        return Some((page, Caption::Message("links-caption-help-desk-page")));
    }
    let link = profile.links.iter().find(|link| link.id == id)?;
    let url = match locale {
        Locale::Ja => &link.url_ja,
        Locale::En => &link.url_en,
    };
    Some((url, Caption::Text(link.title.get(locale).to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Texts;
    use crate::{Localized, ProfileLink};

    fn university() -> Profile {
        let mut profile = Profile::embedded_default();
        profile.extra_allowed_hosts = vec!["www.example.ac.jp".into()];
        profile.help_desk.page = Some("https://www.example.ac.jp/helpdesk/".into());
        profile.links = vec![
            ProfileLink {
                id: "manual-add-method".into(),
                title: Localized {
                    ja: "登録マニュアル".into(),
                    en: "Registration manual".into(),
                },
                url_ja: "https://www.example.ac.jp/mfa/manual-ja.pdf".into(),
                url_en: "https://www.example.ac.jp/mfa/manual-en.pdf".into(),
            },
            ProfileLink {
                id: "security-info".into(),
                title: Localized {
                    ja: "偽物".into(),
                    en: "Fake".into(),
                },
                url_ja: "https://www.example.ac.jp/fake".into(),
                url_en: "https://www.example.ac.jp/fake".into(),
            },
            ProfileLink {
                id: "elsewhere".into(),
                title: Localized {
                    ja: "他所".into(),
                    en: "Elsewhere".into(),
                },
                url_ja: "https://evil.example/".into(),
                url_en: "https://evil.example/".into(),
            },
        ];
        profile
    }

    #[test]
    fn every_catalogue_link_resolves_unchanged_with_the_default_profile() {
        let profile = Profile::embedded_default();
        for locale in Locale::ALL {
            for link in CatalogueLink::ALL {
                let resolved = resolve(link.id(), &profile, locale)
                    .unwrap_or_else(|| panic!("{} refused", link.id()));
                assert_eq!(resolved.url.as_str(), link.url());
                assert_eq!(resolved.id, link.id());
                assert_eq!(resolved.caption, Caption::Message(link.caption_id()));
                assert_eq!(format!("https://{}", resolved.readable), link.url());
            }
        }
    }

    #[test]
    fn the_default_profile_shows_the_catalogue_and_nothing_else() {
        let ids: Vec<String> = all(&Profile::embedded_default(), Locale::Ja)
            .into_iter()
            .map(|link| link.id)
            .collect();
        let expected: Vec<&str> = CatalogueLink::ALL.iter().map(|link| link.id()).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn readable_forms_are_short_enough_to_type() {
        let profile = Profile::embedded_default();
        let readable =
            |link: CatalogueLink| resolve(link.id(), &profile, Locale::Ja).unwrap().readable;
        assert_eq!(
            readable(CatalogueLink::SecurityInfo),
            "aka.ms/mysecurityinfo"
        );
        assert_eq!(
            readable(CatalogueLink::AuthenticatorDownload),
            "aka.ms/getMicrosoftAuthenticator"
        );
    }

    #[test]
    fn profile_links_follow_the_locale_and_keep_their_title() {
        let profile = university();
        let ja = resolve("manual-add-method", &profile, Locale::Ja).unwrap();
        assert_eq!(
            ja.url.as_str(),
            "https://www.example.ac.jp/mfa/manual-ja.pdf"
        );
        assert_eq!(ja.caption, Caption::Text("登録マニュアル".into()));
        let en = resolve("manual-add-method", &profile, Locale::En).unwrap();
        assert_eq!(
            en.url.as_str(),
            "https://www.example.ac.jp/mfa/manual-en.pdf"
        );
        assert_eq!(en.readable, "www.example.ac.jp/mfa/manual-en.pdf");
        assert_eq!(
            en.caption_text(&Texts::load(), Locale::En),
            "Registration manual"
        );
    }

    #[test]
    fn the_help_desk_page_resolves_only_when_the_profile_sets_one() {
        let help = resolve(HELP_DESK_PAGE_ID, &university(), Locale::En).unwrap();
        assert_eq!(help.url.as_str(), "https://www.example.ac.jp/helpdesk/");
        assert_eq!(
            help.caption,
            Caption::Message("links-caption-help-desk-page")
        );
        assert_eq!(
            lookup(HELP_DESK_PAGE_ID, &Profile::embedded_default(), Locale::En),
            Err(LinkProblem::Unknown)
        );
    }

    #[test]
    fn a_profile_cannot_redirect_a_built_in_link() {
        let link = resolve("security-info", &university(), Locale::Ja).unwrap();
        assert_eq!(link.url.as_str(), "https://aka.ms/mysecurityinfo");
    }

    #[test]
    fn profile_links_off_the_allowlist_are_refused_and_left_out() {
        let profile = university();
        assert_eq!(
            lookup("elsewhere", &profile, Locale::Ja),
            Err(LinkProblem::Refused(Refusal::HostNotAllowed))
        );
        assert_eq!(resolve("nonexistent", &profile, Locale::Ja), None);
        let ids: Vec<String> = all(&profile, Locale::En)
            .into_iter()
            .map(|l| l.id)
            .collect();
        assert!(!ids.contains(&"elsewhere".to_owned()));
        assert!(ids.contains(&"manual-add-method".to_owned()));
        assert!(ids.contains(&HELP_DESK_PAGE_ID.to_owned()));
        assert_eq!(ids.iter().filter(|id| *id == "security-info").count(), 1);
    }

    #[test]
    fn every_caption_and_refusal_has_its_text_in_both_locales() {
        let texts = Texts::load();
        let mut ids: Vec<&str> = CatalogueLink::ALL
            .iter()
            .map(|link| link.caption_id())
            .collect();
        ids.push("links-caption-help-desk-page");
        ids.extend(Refusal::ALL.iter().map(|refusal| refusal.message_id()));
        for locale in Locale::ALL {
            for id in &ids {
                assert!(texts.has(locale, id), "{id} missing in {}", locale.tag());
            }
        }
    }

    #[test]
    fn serialises_for_the_window() {
        let link = resolve("security-info", &Profile::embedded_default(), Locale::Ja).unwrap();
        let json = serde_json::to_value(&link).unwrap();
        assert_eq!(json["url"], "https://aka.ms/mysecurityinfo");
        assert_eq!(json["readable"], "aka.ms/mysecurityinfo");
        assert_eq!(json["caption"]["kind"], "message");
        assert_eq!(json["caption"]["value"], "links-caption-security-info");
    }
}
