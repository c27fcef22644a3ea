//! A stand-in for Microsoft's identity platform and Graph, on `127.0.0.1`,
//! for the tests (feature `stand-in`): it serves the authorize page (which
//! redirects at once, as if the person had signed in), the token endpoint
//! (which checks the PKCE verifier, the redirect URI and the client id as
//! Microsoft does) and the methods list, in the JSON shapes of Graph's v1.0
//! reference, plus every failure the assistant has to explain. A scenario
//! chooses which answer comes; the tests switch it in-process or through
//! `POST /stand-in/scenario`.

use crate::endpoints::{Endpoints, METHODS_SCOPE};
use crate::http_server::{self, serve_async};
use base64::Engine;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, AUTHORIZATION, LOCATION, RETRY_AFTER};
use hyper::{Method, Request, Response, StatusCode};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use url::Url;

/// The client id the stand-in's "app registration" has.
pub const CLIENT_ID: &str = "5a7d1e2c-0b4f-4c8e-9d3a-57414e44494e";
/// The address the foreign-account scenario quotes; it must reach no log.
pub const FOREIGN_ADDRESS: &str = "kenji.sato@outlook.example";
/// The tenant the stand-in answers for.
pub const TENANT: &str = "stand-in.example.ac.jp";
/// The account the stand-in signs in: its ID token names this person.
pub const SIGNED_IN_NAME: &str = "Hanako Yamada (stand-in)";
pub const SIGNED_IN_USERNAME: &str = "hanako.yamada@stand-in.example.ac.jp";

/// Which answer the stand-in gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Every method type Graph documents, plus one it may add later.
    EveryType,
    /// The app, the mobile phone and a passkey in the app: all on one phone.
    OnePhone,
    /// Phone lines only.
    PhoneLinesOnly,
    /// Nothing but the password.
    PasswordOnly,
    /// The person pressed Cancel on Microsoft's page.
    CancelledInBrowser,
    /// The organisation has not consented (the authorize redirect carries it).
    ConsentMissing,
    /// Consent missing, noticed only when the code is redeemed.
    ConsentMissingAtToken,
    /// The app registration does not exist in the tenant.
    UnknownClient,
    /// The person signed in with an account of another organisation; the
    /// description quotes the address, as Microsoft's does.
    ForeignAccount,
    /// The authorize page never redirects (the person left the tab).
    NeverRedirects,
    /// The token and Graph requests get no answer: the connection drops.
    NetworkDown,
    Graph401,
    Graph403,
    Graph429,
    Graph503,
    /// Graph answers 200 with something that is not its JSON.
    NotJson,
}

impl Scenario {
    pub const ALL: [Scenario; 16] = [
        Scenario::EveryType,
        Scenario::OnePhone,
        Scenario::PhoneLinesOnly,
        Scenario::PasswordOnly,
        Scenario::CancelledInBrowser,
        Scenario::ConsentMissing,
        Scenario::ConsentMissingAtToken,
        Scenario::UnknownClient,
        Scenario::ForeignAccount,
        Scenario::NeverRedirects,
        Scenario::NetworkDown,
        Scenario::Graph401,
        Scenario::Graph403,
        Scenario::Graph429,
        Scenario::Graph503,
        Scenario::NotJson,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Scenario::EveryType => "every-type",
            Scenario::OnePhone => "one-phone",
            Scenario::PhoneLinesOnly => "phone-lines-only",
            Scenario::PasswordOnly => "password-only",
            Scenario::CancelledInBrowser => "cancelled-in-browser",
            Scenario::ConsentMissing => "consent-missing",
            Scenario::ConsentMissingAtToken => "consent-missing-at-token",
            Scenario::UnknownClient => "unknown-client",
            Scenario::ForeignAccount => "foreign-account",
            Scenario::NeverRedirects => "never-redirects",
            Scenario::NetworkDown => "network-down",
            Scenario::Graph401 => "graph-401",
            Scenario::Graph403 => "graph-403",
            Scenario::Graph429 => "graph-429",
            Scenario::Graph503 => "graph-503",
            Scenario::NotJson => "not-json",
        }
    }

    pub fn parse(name: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|s| s.name() == name.trim())
    }
}

/// A code handed out by the authorize page, with what it was issued for.
struct Grant {
    challenge: String,
    redirect_uri: String,
}

struct State {
    scenario: Scenario,
    grants: HashMap<String, Grant>,
    tokens: HashSet<String>,
    /// What the stand-in checked and saw, for tests to assert on.
    events: Vec<String>,
    /// Every code and token handed out, so tests can search for them where
    /// they must never be (files, logs).
    issued: Vec<String>,
}

/// A running stand-in; it stops when the runtime does.
pub struct StandIn {
    pub base: Url,
    state: Arc<Mutex<State>>,
}

impl StandIn {
    /// Listens on `127.0.0.1` at a free port and serves in the background.
    pub async fn start() -> std::io::Result<StandIn> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let base = Url::parse(&format!(
            "http://127.0.0.1:{}/",
            listener.local_addr()?.port()
        ))
        .expect("a loopback URL parses");
        let state = Arc::new(Mutex::new(State {
            scenario: Scenario::EveryType,
            grants: HashMap::new(),
            tokens: HashSet::new(),
            events: vec![],
            issued: vec![],
        }));
        let shared = state.clone();
        tokio::spawn(serve_async(listener, move |request| {
            handle(request, shared.clone())
        }));
        Ok(StandIn { base, state })
    }

    pub fn set_scenario(&self, scenario: Scenario) {
        self.lock().scenario = scenario;
    }

    pub fn endpoints(&self) -> Endpoints {
        Endpoints::stand_in(&self.base, TENANT)
    }

    pub fn events(&self) -> Vec<String> {
        self.lock().events.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

async fn handle(request: Request<Incoming>, state: Arc<Mutex<State>>) -> Option<Response<String>> {
    let path = request.uri().path().to_owned();
    let authorize = format!("/{TENANT}/oauth2/v2.0/authorize");
    let token = format!("/{TENANT}/oauth2/v2.0/token");
    let method = request.method().clone();
    let lock = || state.lock().unwrap_or_else(|e| e.into_inner());
    if method == Method::GET && path == authorize {
        let query = request.uri().query().unwrap_or_default().to_owned();
        return Some(authorize_page(&query, &mut lock()));
    }
    if method == Method::POST && path == "/stand-in/scenario" {
        let body = body_text(request).await;
        return Some(match Scenario::parse(&body) {
            Some(scenario) => {
                lock().scenario = scenario;
                http_server::plain(StatusCode::OK, scenario.name())
            }
            None => http_server::plain(StatusCode::BAD_REQUEST, "unknown scenario"),
        });
    }
    if method == Method::GET && path == "/stand-in/issued" {
        return Some(http_server::plain(
            StatusCode::OK,
            &lock().issued.join("\n"),
        ));
    }
    if method == Method::GET && path == "/stand-in/events" {
        return Some(http_server::plain(
            StatusCode::OK,
            &lock().events.join("\n"),
        ));
    }
    if lock().scenario == Scenario::NetworkDown {
        lock().events.push(format!("dropped {path}"));
        return None;
    }
    if method == Method::POST && path == token {
        let body = body_text(request).await;
        return Some(token_endpoint(&body, &mut lock()));
    }
    if method == Method::GET && path == "/v1.0/me/authentication/methods" {
        let bearer = request
            .headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_owned);
        return Some(methods_list(bearer, &mut lock()));
    }
    Some(http_server::plain(StatusCode::NOT_FOUND, "not found"))
}

async fn body_text(request: Request<Incoming>) -> String {
    match request.into_body().collect().await {
        Ok(collected) => String::from_utf8_lossy(&collected.to_bytes()).into_owned(),
        Err(_) => String::new(),
    }
}

fn pairs(text: &str) -> HashMap<String, String> {
    url::form_urlencoded::parse(text.as_bytes())
        .into_owned()
        .collect()
}

fn authorize_page(query: &str, state: &mut State) -> Response<String> {
    let q = pairs(query);
    let get = |key: &str| q.get(key).map(String::as_str).unwrap_or_default();
    let redirect_uri = get("redirect_uri");
    let problems: Vec<&str> = [
        (get("client_id") == CLIENT_ID, "client_id"),
        (get("response_type") == "code", "response_type"),
        (
            get("code_challenge_method") == "S256",
            "code_challenge_method",
        ),
        (!get("code_challenge").is_empty(), "code_challenge"),
        (!get("state").is_empty(), "state"),
        (
            ["openid", "profile", METHODS_SCOPE]
                .iter()
                .all(|wanted| get("scope").split(' ').any(|s| s == *wanted)),
            "scope",
        ),
        (
            ["select_account", "login"].contains(&get("prompt")),
            "prompt",
        ),
        (is_loopback_redirect(redirect_uri), "redirect_uri"),
    ]
    .into_iter()
    .filter(|(ok, _)| !ok)
    .map(|(_, name)| name)
    .collect();
    if !problems.is_empty() {
        state
            .events
            .push(format!("authorize refused: {}", problems.join(", ")));
        return http_server::plain(StatusCode::BAD_REQUEST, "AADSTS900144: bad request");
    }
    state.events.push("authorize: request checked".into());
    let mut back = Url::parse(redirect_uri).expect("checked above");
    let error = |back: &mut Url, error: &str, description: &str, subcode: Option<&str>| {
        let mut query = back.query_pairs_mut();
        query
            .append_pair("error", error)
            .append_pair("error_description", description);
        if let Some(subcode) = subcode {
            query.append_pair("error_subcode", subcode);
        }
    };
    match state.scenario {
        Scenario::NeverRedirects => {
            return http_server::html(StatusCode::OK, "<p>Sign in to your account</p>");
        }
        Scenario::CancelledInBrowser => error(
            &mut back,
            "access_denied",
            "AADSTS50058: the user cancelled",
            Some("cancel"),
        ),
        Scenario::ConsentMissing => error(
            &mut back,
            "access_denied",
            "AADSTS65001: The user or administrator has not consented to use the application.",
            None,
        ),
        Scenario::UnknownClient => error(
            &mut back,
            "unauthorized_client",
            "AADSTS700016: Application with identifier was not found in the directory.",
            None,
        ),
        Scenario::ForeignAccount => error(
            &mut back,
            "access_denied",
            &format!("AADSTS50020: User account '{FOREIGN_ADDRESS}' from identity provider 'live.com' does not exist in tenant."),
            None,
        ),
        _ => {
            let code = oauth2::CsrfToken::new_random().secret().clone();
            state.issued.push(code.clone());
            state.grants.insert(
                code.clone(),
                Grant {
                    challenge: get("code_challenge").to_owned(),
                    redirect_uri: redirect_uri.to_owned(),
                },
            );
            back.query_pairs_mut().append_pair("code", &code);
        }
    }
    back.query_pairs_mut().append_pair("state", get("state"));
    let mut response = http_server::plain(StatusCode::FOUND, "");
    response.headers_mut().insert(
        LOCATION,
        HeaderValue::from_str(back.as_str()).expect("a URL is a header value"),
    );
    response
}

/// `http://127.0.0.1:<port>/`, as RFC 8252 and the assistant use it.
fn is_loopback_redirect(uri: &str) -> bool {
    Url::parse(uri).is_ok_and(|url| {
        url.scheme() == "http"
            && url.host_str() == Some("127.0.0.1")
            && url.port().is_some()
            && url.path() == "/"
    })
}

fn token_error(state: &mut State, error: &str, description: &str) -> Response<String> {
    state.events.push(format!("token refused: {description}"));
    let body = serde_json::json!({"error": error, "error_description": description});
    http_server::json(StatusCode::BAD_REQUEST, body.to_string())
}

fn token_endpoint(body: &str, state: &mut State) -> Response<String> {
    let form = pairs(body);
    let get = |key: &str| form.get(key).map(String::as_str).unwrap_or_default();
    if get("grant_type") != "authorization_code" || get("client_id") != CLIENT_ID {
        return token_error(
            state,
            "invalid_request",
            "AADSTS900144: grant_type or client_id",
        );
    }
    let Some(grant) = state.grants.remove(get("code")) else {
        return token_error(
            state,
            "invalid_grant",
            "AADSTS70008: the code is unknown or used",
        );
    };
    if grant.redirect_uri != get("redirect_uri") {
        return token_error(
            state,
            "invalid_grant",
            "AADSTS50011: the redirect URI does not match",
        );
    }
    let digest = Sha256::digest(get("code_verifier").as_bytes());
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest);
    if challenge != grant.challenge {
        return token_error(
            state,
            "invalid_grant",
            "AADSTS501481: the code verifier does not match the challenge",
        );
    }
    state
        .events
        .push("token: code, redirect URI and PKCE verifier checked".into());
    if state.scenario == Scenario::ConsentMissingAtToken {
        return token_error(
            state,
            "invalid_grant",
            "AADSTS65001: The user or administrator has not consented to use the application.",
        );
    }
    let token = oauth2::CsrfToken::new_random().secret().clone();
    state.tokens.insert(token.clone());
    state.issued.push(token.clone());
    let claims = serde_json::json!({
        "name": SIGNED_IN_NAME,
        "preferred_username": SIGNED_IN_USERNAME,
        "tid": TENANT,
    });
    let encode = |json: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    let id_token = format!(
        "{}.{}.stand-in-signature",
        encode(r#"{"alg":"none","typ":"JWT"}"#),
        encode(&claims.to_string())
    );
    let body = serde_json::json!({
        "token_type": "Bearer",
        "scope": format!("openid profile {METHODS_SCOPE}"),
        "expires_in": 3599,
        "ext_expires_in": 3599,
        "access_token": token,
        "id_token": id_token,
    });
    http_server::json(StatusCode::OK, body.to_string())
}

fn methods_list(bearer: Option<String>, state: &mut State) -> Response<String> {
    let known = bearer.as_ref().is_some_and(|t| state.tokens.contains(t));
    if !known || state.scenario == Scenario::Graph401 {
        state.events.push("methods: 401".into());
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken");
    }
    state.events.push("methods: bearer token checked".into());
    let value = match state.scenario {
        Scenario::Graph403 => return graph_error(StatusCode::FORBIDDEN, "accessDenied"),
        Scenario::Graph429 => {
            let mut response = graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests");
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from_static("2.128"));
            return response;
        }
        Scenario::Graph503 => {
            return graph_error(StatusCode::SERVICE_UNAVAILABLE, "serviceNotAvailable")
        }
        Scenario::NotJson => return http_server::html(StatusCode::OK, "<html>Sign in</html>"),
        Scenario::OnePhone => vec![
            password(),
            authenticator("Pixel 8"),
            phone("mobile", "+81 9012345678"),
            passkey_in_authenticator(),
        ],
        Scenario::PhoneLinesOnly => vec![
            password(),
            phone("mobile", "+81 9012345678"),
            phone("office", "+81 312345601"),
        ],
        Scenario::PasswordOnly => vec![password()],
        _ => every_type(),
    };
    let body = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/authentication/methods",
        "value": value,
    });
    http_server::json(StatusCode::OK, body.to_string())
}

fn graph_error(status: StatusCode, code: &str) -> Response<String> {
    let body = serde_json::json!({"error": {"code": code, "message": "stand-in error"}});
    http_server::json(status, body.to_string())
}

use serde_json::{json, Value};

fn password() -> Value {
    json!({"@odata.type": "#microsoft.graph.passwordAuthenticationMethod", "id": "28c10230-6103-485e-b985-444c60001490", "password": null, "createdDateTime": "2026-04-01T09:00:00Z"})
}

fn authenticator(model: &str) -> Value {
    json!({"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "id": "6e5c3b2a-1d4f-4e8a-9b7c-0a1b2c3d4e5f", "displayName": model, "deviceTag": "SoftwareTokenActivated", "phoneAppVersion": "6.2408.5573", "createdDateTime": "2026-04-01T09:05:00Z"})
}

fn phone(phone_type: &str, number: &str) -> Value {
    let id = match phone_type {
        "mobile" => "3179e48a-750b-4051-897c-87b9720928f7",
        "alternateMobile" => "b6332ec1-7057-4abe-9331-3d72feddfe41",
        _ => "e37fc753-ff3b-4958-9484-eaa9425c82bc",
    };
    json!({"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": id, "phoneNumber": number, "phoneType": phone_type, "smsSignInState": "notAllowedByPolicy"})
}

fn passkey_in_authenticator() -> Value {
    json!({"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "Ghq3Y2QpT0G6gZ4Q", "displayName": "Authenticator - Android", "createdDateTime": "2026-10-01T10:00:00Z", "aaGuid": "de1e552d-db1d-4423-a619-566b625cdc84", "model": "Microsoft Authenticator for Android", "attestationCertificates": [], "attestationLevel": "notAttested"})
}

/// One of each type in Graph's v1.0 reference, and one it does not list yet.
fn every_type() -> Vec<Value> {
    vec![
        password(),
        authenticator("iPhone 15"),
        phone("mobile", "+81 9012345678"),
        phone("alternateMobile", "+81 8098765432"),
        phone("office", "+81 312345601"),
        passkey_in_authenticator(),
        json!({"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "-2_GRUg2-HYz6_1YG4YRAQ2", "displayName": "Red key", "createdDateTime": "2026-05-10T06:44:09Z", "aaGuid": "2fc0579f-8113-47ea-b116-555a8db9202a", "model": "NFC key", "attestationCertificates": ["dbe793efdf1945e2df25d93653a1e8a3268a9075"], "attestationLevel": "attested"}),
        json!({"@odata.type": "#microsoft.graph.softwareOathAuthenticationMethod", "id": "b172893e-893e-b172-3e89-72b13e8972b1", "secretKey": null}),
        json!({"@odata.type": "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod", "id": "b5e01f81-9a8c-4d3e-8b2a-3c4d5e6f7a8b", "displayName": "LAB-PC-07", "createdDateTime": "2026-04-02T23:12:49Z", "keyStrength": "normal"}),
        json!({"@odata.type": "#microsoft.graph.emailAuthenticationMethod", "id": "3ddfcfc8-9383-446f-83cc-3ab9be4be18f", "emailAddress": "kenji.sato@example.com"}),
        json!({"@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethod", "id": "4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "temporaryAccessPass": null, "createdDateTime": "2026-11-20T01:00:00Z", "startDateTime": "2026-11-20T01:00:00Z", "lifetimeInMinutes": 60, "isUsableOnce": true, "isUsable": false, "methodUsabilityReason": "Expired"}),
        json!({"@odata.type": "#microsoft.graph.platformCredentialAuthenticationMethod", "id": "6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f", "displayName": "Kenji's MacBook", "createdDateTime": "2026-06-01T00:00:00Z", "keyStrength": "normal", "platform": "macOS"}),
        json!({"@odata.type": "#microsoft.graph.qrCodePinAuthenticationMethod", "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"}),
    ]
}
