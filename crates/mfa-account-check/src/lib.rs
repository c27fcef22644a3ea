//! The account check ("Check with Microsoft") on the network: one sign-in in
//! the system browser, then the person's own sign-in methods from Microsoft
//! Graph. The only crate that talks to the network.
//!
//! The sign-in is the OAuth 2.0 authorization code flow with PKCE for a
//! desktop app (RFC 8252): the system browser, and a loopback redirect on
//! `127.0.0.1` at a random port (`loopback`). The protocol is the `oauth2`
//! crate's, HTTP is `reqwest` (the version the updater uses, so one HTTP
//! stack in the binary) with the OS's certificate trust (university networks
//! that inspect TLS add their CA there): SChannel on Windows, rustls with the
//! OS's verifier elsewhere. The loopback
//! page is served by `hyper`. The token lives in memory, in an `Account`, and
//! nowhere else. What the answer is, as data, is `mfa-base`'s `account_check`;
//! what it means against the plan, `mfa-core`'s.

mod account;
mod endpoints;
mod http_server;
mod id_token;
mod loopback;
mod methods_request;
mod sign_in;
#[cfg(feature = "stand-in")]
pub mod stand_in;

pub use account::{Account, SIGN_IN_TIME_LIMIT};
pub use endpoints::{Endpoints, METHODS_SCOPE, SIGN_IN_HOST};
pub use loopback::BrowserPage;

use mfa_base::account_check::CheckFailure;

/// A request that did not get an answer: no connection, or no answer in time.
pub(crate) fn transport_failure(error: &reqwest::Error) -> CheckFailure {
    log::warn!("request to Microsoft failed: {error}");
    if error.is_timeout() {
        CheckFailure::TimedOut
    } else {
        CheckFailure::NoNetwork
    }
}
