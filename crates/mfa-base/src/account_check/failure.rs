//! Every way "Check with Microsoft" can end without a list of methods. Each
//! has its own sentence (`locales/*/account-check.ftl`, `check-failure-<kind>`)
//! and none of them stops the wizard.

use serde::Serialize;

/// Why the check gave no answer. Codes from the identity platform (`AADSTS…`)
/// are kept so the person can read them to the help desk; nothing else from
/// the response is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CheckFailure {
    /// The person pressed Cancel, or declined in the browser.
    Cancelled,
    /// The organisation has not approved the app's access to the methods list
    /// (AADSTS65001 and kin): only the help desk can change that.
    ConsentMissing { code: Option<String> },
    /// The identity platform refused the sign-in for another reason (wrong
    /// tenant or client id in the profile, an account of another organisation).
    SignInRefused { code: Option<String> },
    /// Microsoft could not be reached at all.
    NoNetwork,
    /// The sign-in in the browser was not finished in time, or Microsoft did
    /// not answer in time.
    TimedOut,
    /// Graph answered 401: the sign-in is no longer valid.
    NotAuthorized,
    /// Graph answered 403: this account may not read its methods this way.
    Forbidden,
    /// Graph answered 429: too many requests; `retry_after` in seconds when
    /// Graph said.
    Throttled { retry_after: Option<u32> },
    /// Graph answered with a 5xx status.
    ServiceUnavailable { status: u16 },
    /// An answer the assistant could not read (another status, not JSON).
    UnexpectedResponse,
    /// The browser could not be opened for the sign-in.
    BrowserNotOpened,
}

impl CheckFailure {
    /// The stable name (`data-failure` in the window, the message id's end).
    pub fn kind(&self) -> &'static str {
        match self {
            CheckFailure::Cancelled => "cancelled",
            CheckFailure::ConsentMissing { .. } => "consent-missing",
            CheckFailure::SignInRefused { .. } => "sign-in-refused",
            CheckFailure::NoNetwork => "no-network",
            CheckFailure::TimedOut => "timed-out",
            CheckFailure::NotAuthorized => "not-authorized",
            CheckFailure::Forbidden => "forbidden",
            CheckFailure::Throttled { .. } => "throttled",
            CheckFailure::ServiceUnavailable { .. } => "service-unavailable",
            CheckFailure::UnexpectedResponse => "unexpected-response",
            CheckFailure::BrowserNotOpened => "browser-not-opened",
        }
    }

    /// The kind with what the help desk needs to act on it: Microsoft's code
    /// or the HTTP status ("consent-missing AADSTS65001"). For the
    /// diagnostics the person may copy, never shown as the message.
    pub fn for_help_desk(&self) -> String {
        match self {
            CheckFailure::ConsentMissing { code: Some(code) }
            | CheckFailure::SignInRefused { code: Some(code) } => {
                format!("{} {code}", self.kind())
            }
            CheckFailure::ServiceUnavailable { status } => format!("{} {status}", self.kind()),
            _ => self.kind().to_owned(),
        }
    }

    /// Whether only the help desk can put this right (the person is asked to
    /// send them the diagnostics).
    pub fn needs_help_desk(&self) -> bool {
        matches!(
            self,
            CheckFailure::ConsentMissing { .. }
                | CheckFailure::SignInRefused { .. }
                | CheckFailure::Forbidden
                | CheckFailure::UnexpectedResponse
        )
    }

    /// One example of every kind, so tests can check each has its messages.
    pub fn examples() -> Vec<CheckFailure> {
        vec![
            CheckFailure::Cancelled,
            CheckFailure::ConsentMissing {
                code: Some("AADSTS65001".into()),
            },
            CheckFailure::SignInRefused {
                code: Some("AADSTS700016".into()),
            },
            CheckFailure::NoNetwork,
            CheckFailure::TimedOut,
            CheckFailure::NotAuthorized,
            CheckFailure::Forbidden,
            CheckFailure::Throttled {
                retry_after: Some(30),
            },
            CheckFailure::ServiceUnavailable { status: 503 },
            CheckFailure::UnexpectedResponse,
            CheckFailure::BrowserNotOpened,
        ]
    }

    /// Sorts an error the identity platform returned (the OAuth `error` and
    /// its `error_description`, which starts with an `AADSTS` code).
    pub fn from_identity_platform(error: &str, description: Option<&str>) -> CheckFailure {
        let code = description.and_then(aadsts_code);
        // Consent: the admin has not consented (65001), consent needs an admin
        // (90094, 90008 for a non-admin user), or the user declined it (65004).
        const CONSENT_CODES: [&str; 4] =
            ["AADSTS65001", "AADSTS90094", "AADSTS90008", "AADSTS65004"];
        let consent_code = code.as_deref().is_some_and(|c| CONSENT_CODES.contains(&c));
        if consent_code || error == "consent_required" {
            CheckFailure::ConsentMissing { code }
        } else if error == "access_denied" && code.is_none() {
            // The person chose "Cancel" or "Back" on Microsoft's page.
            CheckFailure::Cancelled
        } else {
            CheckFailure::SignInRefused { code }
        }
    }
}

/// The `AADSTS<digits>` code at the start of (or anywhere in) a description.
/// Only the code is logged: the rest of a description may name the account
/// (AADSTS50020 quotes the user's address).
pub fn aadsts_code(description: &str) -> Option<String> {
    let at = description.find("AADSTS")?;
    let digits: String = description[at + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then(|| format!("AADSTS{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_codes_are_told_apart_from_other_refusals() {
        let consent = CheckFailure::from_identity_platform(
            "invalid_grant",
            Some("AADSTS65001: The user or administrator has not consented to use the application"),
        );
        assert_eq!(
            consent,
            CheckFailure::ConsentMissing {
                code: Some("AADSTS65001".into())
            }
        );
        let admin = CheckFailure::from_identity_platform(
            "access_denied",
            Some("AADSTS90094: Admin consent is required."),
        );
        assert_eq!(admin.kind(), "consent-missing");
        let wrong_app = CheckFailure::from_identity_platform(
            "unauthorized_client",
            Some("AADSTS700016: Application with identifier '…' was not found"),
        );
        assert_eq!(
            wrong_app,
            CheckFailure::SignInRefused {
                code: Some("AADSTS700016".into())
            }
        );
        assert_eq!(
            CheckFailure::from_identity_platform("consent_required", None),
            CheckFailure::ConsentMissing { code: None }
        );
    }

    #[test]
    fn declining_on_microsofts_page_is_a_cancel() {
        assert_eq!(
            CheckFailure::from_identity_platform("access_denied", Some("the user canceled")),
            CheckFailure::Cancelled
        );
    }

    #[test]
    fn examples_cover_every_kind_once() {
        let kinds: std::collections::BTreeSet<_> = CheckFailure::examples()
            .iter()
            .map(CheckFailure::kind)
            .collect();
        assert_eq!(kinds.len(), CheckFailure::examples().len());
    }
}
