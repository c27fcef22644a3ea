//! Where the sign-in and the methods list are asked for. In a normal build
//! that is always Microsoft: the tenant from the profile is the only part that
//! varies, and it has been checked to be a GUID or a domain name. Only a build
//! with the `stand-in` feature (the tests') can point them elsewhere.

use mfa_base::link_policy;
use url::Url;

/// Microsoft's sign-in host; the only host a sign-in URL may go to.
pub const SIGN_IN_HOST: &str = "login.microsoftonline.com";

/// The least privileged permission for reading one's own methods.
pub const METHODS_SCOPE: &str = "https://graph.microsoft.com/UserAuthenticationMethod.Read";

#[derive(Debug, Clone)]
pub struct Endpoints {
    pub(crate) authorize: Url,
    pub(crate) token: Url,
    pub(crate) methods: Url,
    /// `http://` is refused unless the endpoints are the tests' stand-in.
    pub(crate) https_only: bool,
}

impl Endpoints {
    /// Microsoft's endpoints for `tenant` (checked by the profile: a GUID or
    /// a domain name). `None` if the tenant would not make a plain path segment.
    pub fn microsoft(tenant: &str) -> Option<Endpoints> {
        let tenant = mfa_base::account_check::check_tenant(tenant).ok()?;
        let base = format!("https://{SIGN_IN_HOST}/{tenant}/oauth2/v2.0/");
        Some(Endpoints {
            authorize: Url::parse(&format!("{base}authorize")).ok()?,
            token: Url::parse(&format!("{base}token")).ok()?,
            methods: Url::parse("https://graph.microsoft.com/v1.0/me/authentication/methods")
                .ok()?,
            https_only: true,
        })
    }

    /// The tests' stand-in for the identity platform and Graph at `base`
    /// (`http://127.0.0.1:<port>/`), with the same paths as Microsoft's.
    #[cfg(feature = "stand-in")]
    pub fn stand_in(base: &Url, tenant: &str) -> Endpoints {
        let join = |path: &str| base.join(path).expect("a path joins a base URL");
        Endpoints {
            authorize: join(&format!("{tenant}/oauth2/v2.0/authorize")),
            token: join(&format!("{tenant}/oauth2/v2.0/token")),
            methods: join("v1.0/me/authentication/methods"),
            https_only: false,
        }
    }

    /// The sign-in URL as the browser may be given it: through the link
    /// policy, with Microsoft's sign-in host as the only allowed host.
    pub fn url_to_open(&self, url: &Url) -> Option<String> {
        if !self.https_only {
            // The stand-in: the URL must still lead to its own authorize page.
            let same_page =
                url.origin() == self.authorize.origin() && url.path() == self.authorize.path();
            return same_page.then(|| url.to_string());
        }
        let allowed = link_policy::check(url.as_str(), &[SIGN_IN_HOST.to_owned()]).ok()?;
        (allowed.host() == SIGN_IN_HOST).then(|| allowed.as_str().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_endpoints_for_a_checked_tenant_only() {
        let endpoints = Endpoints::microsoft("Example.AC.jp").unwrap();
        assert_eq!(
            endpoints.authorize.as_str(),
            "https://login.microsoftonline.com/example.ac.jp/oauth2/v2.0/authorize"
        );
        assert_eq!(
            endpoints.token.as_str(),
            "https://login.microsoftonline.com/example.ac.jp/oauth2/v2.0/token"
        );
        assert_eq!(endpoints.methods.host_str(), Some("graph.microsoft.com"));
        for tenant in ["common", "../../evil.example", "evil.example/x?", ""] {
            assert!(Endpoints::microsoft(tenant).is_none(), "{tenant}");
        }
    }

    #[test]
    fn only_microsofts_sign_in_host_may_be_opened() {
        let endpoints = Endpoints::microsoft("example.ac.jp").unwrap();
        let good = Url::parse("https://login.microsoftonline.com/example.ac.jp/oauth2/v2.0/authorize?client_id=9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b&state=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A4321%2F").unwrap();
        assert_eq!(endpoints.url_to_open(&good).as_deref(), Some(good.as_str()));
        for bad in [
            "https://aka.ms/mysecurityinfo",
            "https://login.microsoftonline.com.evil.example/x",
            "http://login.microsoftonline.com/x",
            "https://login.microsoftonline.com:8443/x",
        ] {
            assert_eq!(
                endpoints.url_to_open(&Url::parse(bad).unwrap()),
                None,
                "{bad}"
            );
        }
    }
}
