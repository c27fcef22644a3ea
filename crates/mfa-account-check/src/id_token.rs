//! Whose account the sign-in was for: the name and sign-in name in the ID
//! token that comes with the access token (scopes `openid profile`).
//!
//! The ID token comes straight from Microsoft's token endpoint over TLS, in
//! answer to this client's own code and PKCE verifier, so its signature is not
//! checked (OpenID Connect Core 1.0, 3.1.3.7): it is shown to the person,
//! never used to decide anything.

use base64::Engine;
use mfa_base::account_check::SignedInAs;
use serde::Deserialize;

#[derive(Deserialize)]
struct Claims {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    preferred_username: Option<String>,
}

/// The account in `id_token` (a JWT), or `None` if it says neither name.
pub fn signed_in_as(id_token: &str) -> Option<SignedInAs> {
    let payload = id_token.split('.').nth(1)?;
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: Claims = serde_json::from_slice(&json).ok()?;
    let username = claims.preferred_username.unwrap_or_default();
    let name = claims.name.unwrap_or_default();
    if username.is_empty() && name.is_empty() {
        return None;
    }
    Some(SignedInAs { name, username })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(claims: &str) -> String {
        let encode = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!(
            "{}.{}.signature",
            encode(r#"{"alg":"RS256"}"#),
            encode(claims)
        )
    }

    #[test]
    fn the_name_and_sign_in_name_are_read_and_anything_else_is_none() {
        let account = signed_in_as(&token(
            r#"{"name":"山田 花子","preferred_username":"hanako@example.ac.jp","oid":"x"}"#,
        ))
        .unwrap();
        assert_eq!(account.name, "山田 花子");
        assert_eq!(account.username, "hanako@example.ac.jp");
        assert_eq!(format!("{account:?}"), "SignedInAs(..)");
        assert!(signed_in_as(&token(r#"{"oid":"x"}"#)).is_none());
        assert!(signed_in_as("not a token").is_none());
        assert!(signed_in_as("a.!!!.c").is_none());
    }
}
