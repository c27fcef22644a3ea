//! The organisation's app registration for the "Check with Microsoft" sign-in:
//! its tenant and client id, from the profile's `[microsoft_check]` section.

use serde::{Deserialize, Serialize};

/// Where and as which app the assistant signs in. Only a profile can supply
/// it; without one the feature does not exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MicrosoftSignIn {
    /// The directory (tenant) id, a GUID, or one of the tenant's domain names.
    pub tenant: String,
    /// The application (client) id of the organisation's app registration.
    pub client_id: String,
    /// What Microsoft's sign-in page asks first.
    #[serde(default)]
    pub prompt: SignInPrompt,
}

/// Whose account a check read: from the sign-in's ID token, shown with the
/// result so that the person sees it is theirs. In memory only: never saved,
/// logged or put in the diagnostics.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedInAs {
    /// The display name ("山田 花子").
    pub name: String,
    /// The sign-in name ("hanako.yamada@example.ac.jp").
    pub username: String,
}

/// Says that there is an account, not whose: a stray `{:?}` cannot log it.
impl std::fmt::Debug for SignedInAs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SignedInAs(..)")
    }
}

/// What Microsoft's sign-in page asks first (its `prompt` parameter).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignInPrompt {
    /// "Pick an account": the person sees whose account the browser offers,
    /// but a single click reuses the last one signed in.
    #[default]
    SelectAccount,
    /// The password every time, whoever signed in last in this browser: for
    /// PCs that several people use.
    Login,
}

impl SignInPrompt {
    /// The profile's word, and Microsoft's value of `prompt`.
    pub fn as_str(self) -> &'static str {
        match self {
            SignInPrompt::SelectAccount => "select_account",
            SignInPrompt::Login => "login",
        }
    }

    pub fn parse(word: &str) -> Option<SignInPrompt> {
        [SignInPrompt::SelectAccount, SignInPrompt::Login]
            .into_iter()
            .find(|p| p.as_str() == word)
    }
}

/// Why a tenant value cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenantError {
    /// `common`, `organizations` or `consumers`: these let accounts of other
    /// organisations (or personal accounts, which have no such methods list)
    /// sign in, so the organisation's own tenant has to be named.
    SharedEndpoint,
    /// Neither a GUID nor a domain name.
    Malformed,
}

/// Checks a tenant as the profile gives it: a GUID, or a domain name such as
/// `example.ac.jp` or `example.onmicrosoft.com` (which also keeps it safe to
/// put in the sign-in URL's path). Returns it in lower case.
pub fn check_tenant(tenant: &str) -> Result<String, TenantError> {
    let tenant = tenant.trim().to_ascii_lowercase();
    if ["common", "organizations", "consumers"].contains(&tenant.as_str()) {
        return Err(TenantError::SharedEndpoint);
    }
    if is_guid(&tenant) || crate::link_policy::is_valid_host(&tenant) {
        Ok(tenant)
    } else {
        Err(TenantError::Malformed)
    }
}

/// Whether `text` is a GUID in its usual form: 8-4-4-4-12 hexadecimal digits.
pub fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths = [8, 4, 4, 4, 12];
    groups.len() == lengths.len()
        && groups
            .iter()
            .zip(lengths)
            .all(|(group, len)| group.len() == len && group.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_in_their_usual_form_only() {
        assert!(is_guid("9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b"));
        assert!(is_guid("9B1C3B4E-2F7A-4D0E-8A51-3C2D1E0F9A8B"));
        assert!(!is_guid("9b1c3b4e2f7a4d0e8a513c2d1e0f9a8b"));
        assert!(!is_guid("{9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b}"));
        assert!(!is_guid("9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8"));
        assert!(!is_guid("zb1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b"));
        assert!(!is_guid(""));
    }

    #[test]
    fn tenants_are_a_guid_or_a_domain_of_the_organisation() {
        assert_eq!(
            check_tenant(" Example.AC.jp "),
            Ok("example.ac.jp".to_owned())
        );
        assert!(check_tenant("contoso.onmicrosoft.com").is_ok());
        assert!(check_tenant("9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b").is_ok());
        for shared in ["common", "Organizations", "consumers"] {
            assert_eq!(check_tenant(shared), Err(TenantError::SharedEndpoint));
        }
        for bad in [
            "",
            "example",
            "exa mple.jp",
            "../token",
            "example.jp/x",
            "xn--u-ccb.jp",
        ] {
            assert_eq!(check_tenant(bad), Err(TenantError::Malformed), "{bad}");
        }
    }
}
