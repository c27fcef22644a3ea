//! One person's session with Microsoft: the token, while the window is open.

use crate::endpoints::Endpoints;
use crate::loopback::BrowserPage;
use crate::methods_request::registered_methods;
use crate::sign_in::{self, HeldToken};
use mfa_base::account_check::{CheckFailure, RegisteredMethod, SignInPrompt, SignedInAs};
use std::future::Future;
use std::time::Duration;

/// How long the sign-in in the browser may take (the window tells the person).
pub const SIGN_IN_TIME_LIMIT: Duration =
    Duration::from_secs(mfa_base::account_check::SIGN_IN_MINUTES * 60);

pub struct Account {
    endpoints: Endpoints,
    client_id: String,
    http: reqwest::Client,
    token: Option<HeldToken>,
    sign_in_time_limit: Duration,
    prompt: SignInPrompt,
}

impl Account {
    pub fn new(endpoints: Endpoints, client_id: &str) -> Result<Account, CheckFailure> {
        // Outside Windows, reqwest's rustls comes without a crypto provider
        // (as the updater builds it); ring is the one in the binary.
        #[cfg(not(windows))]
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        let http = reqwest::Client::builder()
            // Token and Graph requests are never redirected; a redirect would
            // be a misconfiguration, not something to follow with a token.
            .redirect(reqwest::redirect::Policy::none())
            .https_only(endpoints.https_only)
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("mfa-assistant/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                log::error!("no HTTP client: {e}");
                CheckFailure::NoNetwork
            })?;
        Ok(Account {
            endpoints,
            client_id: client_id.to_owned(),
            http,
            token: None,
            sign_in_time_limit: SIGN_IN_TIME_LIMIT,
            prompt: SignInPrompt::default(),
        })
    }

    /// What Microsoft's sign-in page asks first (the profile's choice).
    pub fn with_prompt(mut self, prompt: SignInPrompt) -> Account {
        self.prompt = prompt;
        self
    }

    /// Whose account the held sign-in is for, if the ID token said.
    pub fn signed_in_as(&self) -> Option<SignedInAs> {
        self.token.as_ref()?.signed_in_as().cloned()
    }

    /// A shorter wait for the browser, for tests of the time-out.
    pub fn with_sign_in_time_limit(mut self, limit: Duration) -> Account {
        self.sign_in_time_limit = limit;
        self
    }

    pub fn is_signed_in(&self) -> bool {
        self.token.as_ref().is_some_and(HeldToken::is_fresh)
    }

    /// Forgets the token (wiped from memory as it goes).
    pub fn sign_out(&mut self) {
        self.token = None;
    }

    /// Forgets a token that expired or went unused for `IDLE_LIMIT`; says
    /// whether one went.
    pub fn forget_if_stale(&mut self) -> bool {
        let stale = self.token.as_ref().is_some_and(|t| !t.is_fresh());
        if stale {
            self.token = None;
        }
        stale
    }

    /// The person's methods. Signs in first unless a fresh token is held:
    /// `open_browser` gets the sign-in URL (already through the link policy)
    /// and says whether a browser opened; `cancelled` ends the wait when it
    /// completes. A 401 forgets the token, so the next check signs in again.
    pub async fn registered_methods(
        &mut self,
        open_browser: impl FnOnce(&str) -> bool,
        page: BrowserPage,
        cancelled: impl Future<Output = ()>,
    ) -> Result<Vec<RegisteredMethod>, CheckFailure> {
        if !self.is_signed_in() {
            self.token = None;
            let pending = sign_in::begin(&self.endpoints, &self.client_id, self.prompt).await?;
            let url = self
                .endpoints
                .url_to_open(&pending.url)
                .ok_or(CheckFailure::UnexpectedResponse)?;
            if !open_browser(&url) {
                return Err(CheckFailure::BrowserNotOpened);
            }
            let token = tokio::select! {
                result = pending.finish(&self.http, page) => result?,
                () = cancelled => return Err(CheckFailure::Cancelled),
                () = tokio::time::sleep(self.sign_in_time_limit) => return Err(CheckFailure::TimedOut),
            };
            self.token = Some(token);
        }
        let token = self.token.as_mut().expect("signed in above");
        let result = registered_methods(&self.http, &self.endpoints, token).await;
        if result == Err(CheckFailure::NotAuthorized) {
            self.token = None;
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// reqwest's rustls comes without a crypto provider: the account installs ring
    /// before its first HTTPS request, which then fails calmly (a TLS
    /// handshake with a server that hangs up) instead of panicking.
    #[tokio::test(flavor = "multi_thread")]
    async fn https_works_without_a_provider_chosen_elsewhere() {
        let endpoints = Endpoints::microsoft("contoso.ac.jp").expect("a domain tenant");
        let account = Account::new(endpoints, "00000000-0000-0000-0000-000000000000")
            .expect("an HTTP client");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let hang_up = tokio::spawn(async move {
            let (connection, _) = listener.accept().await.unwrap();
            drop(connection);
        });
        let answer = account
            .http
            .get(format!("https://127.0.0.1:{port}/"))
            .send()
            .await;
        let error = answer.expect_err("no TLS server there");
        assert_eq!(crate::transport_failure(&error), CheckFailure::NoNetwork);
        hang_up.await.unwrap();
    }
}
