//! The links every installation has, by id: Microsoft's registration page,
//! the places to get Microsoft Authenticator, and the help desk's page slot.
//!
//! Apart from `links` so that the profile can refuse an organisation link
//! that would shadow one of these ids without depending on `links` (which
//! depends on the profile).

/// The id of the help desk's page (`help_desk.page` in the profile).
pub const HELP_DESK_PAGE_ID: &str = "help-desk-page";

/// A link every installation has: Microsoft's registration page and the places to
/// get Microsoft Authenticator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CatalogueLink {
    /// Microsoft's "Security info" page, where every method is registered.
    SecurityInfo,
    /// Microsoft Authenticator on Apple's App Store (iPhone, iPad).
    AuthenticatorAppStore,
    /// Microsoft Authenticator on Google Play (Android).
    AuthenticatorGooglePlay,
    /// Microsoft's download link, which sends each phone to its own store: the
    /// one QR code that works whatever phone the user has.
    AuthenticatorDownload,
    /// Microsoft's English explanation of MFA, for staff who read English better
    /// than Japanese (FAQ Q21).
    MicrosoftMfaHelpEn,
}

impl CatalogueLink {
    /// Every built-in link, in the order the assistant offers them.
    pub const ALL: [CatalogueLink; 5] = [
        CatalogueLink::SecurityInfo,
        CatalogueLink::AuthenticatorAppStore,
        CatalogueLink::AuthenticatorGooglePlay,
        CatalogueLink::AuthenticatorDownload,
        CatalogueLink::MicrosoftMfaHelpEn,
    ];

    /// The id the window uses for this link.
    pub fn id(self) -> &'static str {
        match self {
            CatalogueLink::SecurityInfo => "security-info",
            CatalogueLink::AuthenticatorAppStore => "authenticator-app-store",
            CatalogueLink::AuthenticatorGooglePlay => "authenticator-google-play",
            CatalogueLink::AuthenticatorDownload => "authenticator-download",
            CatalogueLink::MicrosoftMfaHelpEn => "microsoft-mfa-help-en",
        }
    }

    /// The link for `id`, if `id` names a built-in link.
    pub fn parse(id: &str) -> Option<CatalogueLink> {
        CatalogueLink::ALL.into_iter().find(|link| link.id() == id)
    }

    /// The address. `aka.ms` short links where Microsoft offers them: they are
    /// short enough to type on a phone and Microsoft keeps them pointing at the
    /// current page.
    pub fn url(self) -> &'static str {
        match self {
            CatalogueLink::SecurityInfo => "https://aka.ms/mysecurityinfo",
            CatalogueLink::AuthenticatorAppStore => {
                "https://apps.apple.com/app/microsoft-authenticator/id983156458"
            }
            CatalogueLink::AuthenticatorGooglePlay => {
                "https://play.google.com/store/apps/details?id=com.azure.authenticator"
            }
            CatalogueLink::AuthenticatorDownload => "https://aka.ms/getMicrosoftAuthenticator",
            CatalogueLink::MicrosoftMfaHelpEn => {
                "https://support.microsoft.com/en-us/Search/results?query=Multi-factor+authentication"
            }
        }
    }

    /// The Fluent id of the link's caption.
    pub fn caption_id(self) -> &'static str {
        match self {
            CatalogueLink::SecurityInfo => "links-caption-security-info",
            CatalogueLink::AuthenticatorAppStore => "links-caption-authenticator-app-store",
            CatalogueLink::AuthenticatorGooglePlay => "links-caption-authenticator-google-play",
            CatalogueLink::AuthenticatorDownload => "links-caption-authenticator-download",
            CatalogueLink::MicrosoftMfaHelpEn => "links-caption-microsoft-mfa-help-en",
        }
    }
}
