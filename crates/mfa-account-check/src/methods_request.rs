//! `GET /me/authentication/methods`, and what each answer means.

use crate::endpoints::Endpoints;
use crate::sign_in::HeldToken;
use crate::transport_failure;
use mfa_base::account_check::{parse_methods, CheckFailure, RegisteredMethod};
use reqwest::header::{ACCEPT, RETRY_AFTER};
use reqwest::StatusCode;

pub async fn registered_methods(
    http: &reqwest::Client,
    endpoints: &Endpoints,
    token: &mut HeldToken,
) -> Result<Vec<RegisteredMethod>, CheckFailure> {
    let response = http
        .get(endpoints.methods.clone())
        .bearer_auth(token.use_now())
        .header(ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| transport_failure(&e))?;
    let status = response.status();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(retry_after_seconds);
    let body = response.text().await.map_err(|e| transport_failure(&e))?;
    if status != StatusCode::OK {
        log::warn!("Graph answered {status} to the methods request");
    }
    match status {
        StatusCode::OK => parse_methods(&body).map_err(|e| {
            log::warn!("Graph's methods list could not be read: {e:?}");
            CheckFailure::UnexpectedResponse
        }),
        StatusCode::UNAUTHORIZED => Err(CheckFailure::NotAuthorized),
        StatusCode::FORBIDDEN => Err(CheckFailure::Forbidden),
        StatusCode::TOO_MANY_REQUESTS => Err(CheckFailure::Throttled { retry_after }),
        s if s.is_server_error() => Err(CheckFailure::ServiceUnavailable { status: s.as_u16() }),
        _ => Err(CheckFailure::UnexpectedResponse),
    }
}

/// Graph writes `Retry-After` in seconds, sometimes with a fraction (`2.128`);
/// rounded up to whole seconds.
fn retry_after_seconds(value: &str) -> Option<u32> {
    let seconds: f64 = value.trim().parse().ok()?;
    (0.0..86_400.0)
        .contains(&seconds)
        .then(|| seconds.ceil() as u32)
}

#[cfg(test)]
mod tests {
    use super::retry_after_seconds;

    #[test]
    fn retry_after_in_whole_seconds() {
        assert_eq!(retry_after_seconds("2.128"), Some(3));
        assert_eq!(retry_after_seconds("30"), Some(30));
        assert_eq!(retry_after_seconds("Wed, 21 Oct 2026 07:28:00 GMT"), None);
        assert_eq!(retry_after_seconds("-1"), None);
    }
}
