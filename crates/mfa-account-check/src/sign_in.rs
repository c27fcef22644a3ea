//! The OAuth 2.0 authorization code flow with PKCE (RFC 7636) for a public
//! client, with the `oauth2` crate: build the sign-in URL, take the redirect
//! on the loopback listener, redeem the code.

use crate::endpoints::{Endpoints, METHODS_SCOPE};
use crate::id_token;
use crate::loopback::{BrowserPage, Loopback};
use crate::transport_failure;
use mfa_base::account_check::{aadsts_code, CheckFailure, SignInPrompt, SignedInAs};
use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
    BasicTokenType,
};
use oauth2::{
    AccessToken, AuthUrl, AuthorizationCode, ClientId, CsrfToken, EndpointNotSet, EndpointSet,
    ExtraTokenFields, HttpRequest, HttpResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl,
    RequestTokenError, Scope, StandardRevocableToken, StandardTokenResponse, TokenResponse,
    TokenUrl,
};
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};
use url::Url;
use zeroize::Zeroizing;

/// The ID token that comes with the access token (scope `openid`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct IdToken {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id_token: Option<String>,
}

impl ExtraTokenFields for IdToken {}

type Tokens = StandardTokenResponse<IdToken, BasicTokenType>;

/// A client that knows the ID token, before any endpoint is set.
type UnsetClient = oauth2::Client<
    BasicErrorResponse,
    Tokens,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
>;

/// The same with the authorize and token endpoints set.
type Client = oauth2::Client<
    BasicErrorResponse,
    Tokens,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointSet,
>;

/// How long a token is kept without use: someone who walks away from a shared
/// PC does not leave a sign-in behind for the next person for an hour.
pub const IDLE_LIMIT: Duration = Duration::from_secs(15 * 60);

/// An access token for Graph, held in memory only, wiped from memory when it
/// is dropped. Its `Debug` prints no token.
pub struct HeldToken {
    access: Zeroizing<String>,
    expires_at: Instant,
    last_used: Instant,
    /// Whose account it is, from the ID token.
    signed_in_as: Option<SignedInAs>,
}

impl std::fmt::Debug for HeldToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HeldToken")
            .field("expires_at", &self.expires_at)
            .field("last_used", &self.last_used)
            .finish_non_exhaustive()
    }
}

impl HeldToken {
    pub(crate) fn new(
        access: &AccessToken,
        expires_at: Instant,
        signed_in_as: Option<SignedInAs>,
    ) -> HeldToken {
        HeldToken {
            access: Zeroizing::new(access.secret().clone()),
            expires_at,
            last_used: Instant::now(),
            signed_in_as,
        }
    }

    /// Whose account the token is for, if the ID token said.
    pub fn signed_in_as(&self) -> Option<&SignedInAs> {
        self.signed_in_as.as_ref()
    }

    /// Still good for a request that starts now: a minute before it expires,
    /// and used within the last `IDLE_LIMIT`.
    pub fn is_fresh(&self) -> bool {
        self.is_fresh_at(Instant::now())
    }

    fn is_fresh_at(&self, now: Instant) -> bool {
        now + Duration::from_secs(60) < self.expires_at
            && now.saturating_duration_since(self.last_used) < IDLE_LIMIT
    }

    /// The token for one request; using it counts as activity.
    pub(crate) fn use_now(&mut self) -> &str {
        self.last_used = Instant::now();
        &self.access
    }
}

/// A sign-in started: the URL for the browser, and what finishing it needs.
pub struct PendingSignIn {
    pub url: Url,
    client: Client,
    verifier: PkceCodeVerifier,
    state: CsrfToken,
    loopback: Loopback,
}

/// Opens the loopback listener and builds the sign-in URL.
pub async fn begin(
    endpoints: &Endpoints,
    client_id: &str,
    prompt: SignInPrompt,
) -> Result<PendingSignIn, CheckFailure> {
    let loopback = Loopback::bind().await.map_err(|e| {
        log::error!("sign-in: no loopback listener: {e}");
        CheckFailure::NoNetwork
    })?;
    let redirect =
        RedirectUrl::new(loopback.redirect_uri()).map_err(|_| CheckFailure::UnexpectedResponse)?;
    let client: Client = UnsetClient::new(ClientId::new(client_id.to_owned()))
        .set_auth_uri(AuthUrl::from_url(endpoints.authorize.clone()))
        .set_token_uri(TokenUrl::from_url(endpoints.token.clone()))
        .set_redirect_uri(redirect);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state) = client
        .authorize_url(CsrfToken::new_random)
        .add_scope(Scope::new(METHODS_SCOPE.to_owned()))
        // Whose account it is, to show with the result.
        .add_scope(Scope::new("openid".to_owned()))
        .add_scope(Scope::new("profile".to_owned()))
        .set_pkce_challenge(challenge)
        // The person sees whose account signs in (or, on shared PCs, gives
        // the password every time) rather than reusing the last one unseen.
        .add_extra_param("prompt", prompt.as_str())
        .url();
    Ok(PendingSignIn {
        url,
        client,
        verifier,
        state,
        loopback,
    })
}

impl PendingSignIn {
    /// Waits for the browser's redirect (the caller bounds the wait) and
    /// redeems the code.
    pub async fn finish(
        self,
        http: &reqwest::Client,
        page: BrowserPage,
    ) -> Result<HeldToken, CheckFailure> {
        let redirect = self
            .loopback
            .wait_for_redirect(self.state.secret().clone(), page)
            .await;
        if let Some(error) = &redirect.error {
            log::warn!(
                "sign-in: the identity platform answered {error} ({})",
                redirect
                    .error_description
                    .as_deref()
                    .and_then(aadsts_code)
                    .unwrap_or_default()
            );
            if redirect.error_subcode.as_deref() == Some("cancel") {
                return Err(CheckFailure::Cancelled);
            }
            return Err(CheckFailure::from_identity_platform(
                error,
                redirect.error_description.as_deref(),
            ));
        }
        let code = redirect.code.ok_or(CheckFailure::UnexpectedResponse)?;
        let started = Instant::now();
        let response = self
            .client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(self.verifier)
            .request_async(&|request| send(http.clone(), request))
            .await
            .map_err(token_failure)?;
        let lifetime = response.expires_in().unwrap_or(Duration::from_secs(3600));
        let signed_in_as = response
            .extra_fields()
            .id_token
            .as_deref()
            .and_then(id_token::signed_in_as);
        Ok(HeldToken::new(
            response.access_token(),
            started + lifetime,
            signed_in_as,
        ))
    }
}

/// Sends one of oauth2's requests with the app's HTTP client (the `reqwest`
/// the updater uses too: one HTTP and TLS stack in the binary, not two).
/// The client is a shared handle: the clone owned by the request's future
/// keeps that future `Send` for every lifetime the command runs in.
async fn send(http: reqwest::Client, request: HttpRequest) -> Result<HttpResponse, reqwest::Error> {
    let answer = http.execute(request.try_into()?).await?;
    let status = answer.status();
    let headers = answer.headers().clone();
    let mut response = HttpResponse::new(answer.bytes().await?.to_vec());
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Ok(response)
}

fn token_failure(error: RequestTokenError<reqwest::Error, BasicErrorResponse>) -> CheckFailure {
    match error {
        RequestTokenError::ServerResponse(response) => {
            log::warn!(
                "sign-in: the token endpoint answered {} ({})",
                response.error().as_ref(),
                response
                    .error_description()
                    .and_then(|d| aadsts_code(d))
                    .unwrap_or_default()
            );
            CheckFailure::from_identity_platform(
                response.error().as_ref(),
                response.error_description().map(String::as_str),
            )
        }
        RequestTokenError::Request(error) => transport_failure(&error),
        RequestTokenError::Parse(error, _) => {
            log::warn!("sign-in: unreadable token response: {error}");
            CheckFailure::UnexpectedResponse
        }
        RequestTokenError::Other(_) => {
            log::warn!("sign-in: unexpected token response");
            CheckFailure::UnexpectedResponse
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_unused_for_fifteen_minutes_or_about_to_expire_is_not_used_again() {
        let token = HeldToken::new(
            &AccessToken::new("secret-token".into()),
            Instant::now() + Duration::from_secs(3600),
            None,
        );
        let start = token.last_used;
        assert!(token.is_fresh_at(start + Duration::from_secs(60)));
        assert!(!token.is_fresh_at(start + IDLE_LIMIT));
        assert!(!token.is_fresh_at(token.expires_at - Duration::from_secs(30)));
        assert!(!format!("{token:?}").contains("secret-token"));
    }
}
