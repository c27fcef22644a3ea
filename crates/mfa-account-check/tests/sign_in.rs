//! The sign-in and the methods list against the stand-in for Microsoft: every
//! answer the assistant must handle, with a fake browser that follows the
//! authorize page's redirect to the loopback listener as a real one would.

use mfa_account_check::stand_in::{Scenario, StandIn, CLIENT_ID};
use mfa_account_check::{Account, BrowserPage};
use mfa_base::account_check::{CheckFailure, RegisteredKind};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinHandle;

fn page() -> BrowserPage {
    BrowserPage {
        lang: "en",
        title: "Back to the assistant".into(),
        message: "You can close this tab.".into(),
    }
}

/// What the fake browser did, to be awaited: the pages it ended on.
type Browsing = Arc<Mutex<Vec<JoinHandle<String>>>>;

/// Opens `url` like a browser: follows redirects, keeps what the last page said.
fn fake_browser(browsing: Browsing) -> impl FnOnce(&str) -> bool {
    move |url: &str| {
        let url = url.to_owned();
        browsing.lock().unwrap().push(tokio::spawn(async move {
            match reqwest::get(&url).await {
                Ok(response) => response.text().await.unwrap_or_default(),
                Err(e) => format!("browser error: {e}"),
            }
        }));
        true
    }
}

/// The pages the browser ended on, once it is done (a panic in it fails the test).
async fn pages_seen(browsing: Browsing) -> Vec<String> {
    let handles: Vec<_> = browsing.lock().unwrap().drain(..).collect();
    let mut pages = vec![];
    for handle in handles {
        let page = tokio::time::timeout(Duration::from_secs(10), handle)
            .await
            .expect("the browser finished")
            .expect("the browser did not panic");
        pages.push(page);
    }
    pages
}

async fn check(
    stand_in: &StandIn,
    account: &mut Account,
) -> (Result<Vec<RegisteredKind>, CheckFailure>, Vec<String>) {
    let browsing = Browsing::default();
    let result = account
        .registered_methods(
            fake_browser(browsing.clone()),
            page(),
            std::future::pending(),
        )
        .await
        .map(|methods| methods.into_iter().map(|m| m.kind).collect());
    let _ = stand_in;
    (result, pages_seen(browsing).await)
}

async fn started(scenario: Scenario) -> (StandIn, Account) {
    let stand_in = StandIn::start().await.unwrap();
    stand_in.set_scenario(scenario);
    let account = Account::new(stand_in.endpoints(), CLIENT_ID)
        .unwrap()
        .with_sign_in_time_limit(Duration::from_secs(3));
    (stand_in, account)
}

#[tokio::test]
async fn signs_in_with_pkce_and_lists_every_type() {
    let (stand_in, mut account) = started(Scenario::EveryType).await;
    let (result, pages) = check(&stand_in, &mut account).await;
    let kinds: Vec<&str> = result
        .as_ref()
        .unwrap()
        .iter()
        .map(RegisteredKind::as_str)
        .collect();
    assert_eq!(
        kinds,
        [
            "password",
            "authenticator",
            "phone",
            "alternate-phone",
            "office-phone",
            "passkey-authenticator",
            "fido2",
            "software-oath",
            "windows-hello",
            "email",
            "temporary-access-pass",
            "platform-credential",
            "other"
        ]
    );
    assert_eq!(
        stand_in.events(),
        [
            "authorize: request checked",
            "token: code, redirect URI and PKCE verifier checked",
            "methods: bearer token checked"
        ]
    );
    assert!(
        pages[0].contains("Back to the assistant") && pages[0].contains("You can close this tab."),
        "{pages:?}"
    );
    assert!(account.is_signed_in());

    // A second check uses the token held in memory: no second sign-in.
    let browser_used = Arc::new(Mutex::new(false));
    let flag = browser_used.clone();
    let again = account
        .registered_methods(
            move |_| {
                *flag.lock().unwrap() = true;
                true
            },
            page(),
            std::future::pending(),
        )
        .await;
    assert!(again.is_ok());
    assert!(!*browser_used.lock().unwrap());

    account.sign_out();
    assert!(!account.is_signed_in());
}

#[tokio::test]
async fn the_loopback_takes_one_redirect_and_closes() {
    let (stand_in, mut account) = started(Scenario::EveryType).await;
    let redirect_uri = Arc::new(Mutex::new(String::new()));
    let keep = redirect_uri.clone();
    let browsing = Browsing::default();
    let browser = fake_browser(browsing.clone());
    let result = account
        .registered_methods(
            move |url| {
                let parsed = url::Url::parse(url).unwrap();
                let uri = parsed
                    .query_pairs()
                    .find(|(k, _)| k == "redirect_uri")
                    .unwrap()
                    .1
                    .into_owned();
                *keep.lock().unwrap() = uri;
                browser(url)
            },
            page(),
            std::future::pending(),
        )
        .await;
    assert!(result.is_ok());
    assert_eq!(
        pages_seen(browsing).await.len(),
        1,
        "the browser came back once"
    );
    let uri = redirect_uri.lock().unwrap().clone();
    assert!(
        uri.starts_with("http://127.0.0.1:") && uri.ends_with('/'),
        "{uri}"
    );
    // The listener is gone: the same address refuses connections now.
    let again = reqwest::get(format!("{uri}?code=x&state=y")).await;
    assert!(again.is_err(), "the loopback listener still answers");
    drop(stand_in);
}

#[tokio::test]
async fn a_redirect_with_another_state_is_refused_and_the_wait_goes_on() {
    let (_stand_in, mut account) = started(Scenario::EveryType).await;
    let forging: Arc<Mutex<Option<JoinHandle<u16>>>> = Arc::default();
    let forger = forging.clone();
    let result = account
        .registered_methods(
            |url| {
                let parsed = url::Url::parse(url).unwrap();
                let uri = parsed
                    .query_pairs()
                    .find(|(k, _)| k == "redirect_uri")
                    .unwrap()
                    .1
                    .into_owned();
                let forged = format!("{uri}?code=forged&state=not-the-one");
                let real = url.to_owned();
                *forger.lock().unwrap() = Some(tokio::spawn(async move {
                    let status = reqwest::get(&forged).await.unwrap().status();
                    reqwest::get(&real).await.unwrap();
                    status.as_u16()
                }));
                true
            },
            page(),
            std::future::pending(),
        )
        .await;
    assert!(result.is_ok(), "{result:?}");
    let forged = forging.lock().unwrap().take().expect("the browser opened");
    assert_eq!(forged.await.unwrap(), 400, "the forged redirect is refused");
}

#[tokio::test]
async fn every_failure_has_its_kind() {
    let cases = [
        (Scenario::CancelledInBrowser, CheckFailure::Cancelled),
        (
            Scenario::ConsentMissing,
            CheckFailure::ConsentMissing {
                code: Some("AADSTS65001".into()),
            },
        ),
        (
            Scenario::ConsentMissingAtToken,
            CheckFailure::ConsentMissing {
                code: Some("AADSTS65001".into()),
            },
        ),
        (
            Scenario::UnknownClient,
            CheckFailure::SignInRefused {
                code: Some("AADSTS700016".into()),
            },
        ),
        (
            Scenario::ForeignAccount,
            CheckFailure::SignInRefused {
                code: Some("AADSTS50020".into()),
            },
        ),
        (Scenario::NeverRedirects, CheckFailure::TimedOut),
        (Scenario::NetworkDown, CheckFailure::NoNetwork),
        (Scenario::Graph401, CheckFailure::NotAuthorized),
        (Scenario::Graph403, CheckFailure::Forbidden),
        (
            Scenario::Graph429,
            CheckFailure::Throttled {
                retry_after: Some(3),
            },
        ),
        (
            Scenario::Graph503,
            CheckFailure::ServiceUnavailable { status: 503 },
        ),
        (Scenario::NotJson, CheckFailure::UnexpectedResponse),
    ];
    for (scenario, expected) in cases {
        let (stand_in, mut account) = started(scenario).await;
        let (result, _) = check(&stand_in, &mut account).await;
        assert_eq!(result, Err(expected), "{}", scenario.name());
        if scenario == Scenario::Graph401 {
            assert!(!account.is_signed_in(), "a refused token is forgotten");
        }
    }
}

#[tokio::test]
async fn cancel_ends_the_wait_and_a_browser_that_never_opened_is_said() {
    let (_stand_in, mut account) = started(Scenario::NeverRedirects).await;
    let result = account
        .registered_methods(
            |_| true,
            page(),
            tokio::time::sleep(Duration::from_millis(100)),
        )
        .await;
    assert_eq!(result, Err(CheckFailure::Cancelled));
    let result = account
        .registered_methods(|_| false, page(), std::future::pending())
        .await;
    assert_eq!(result, Err(CheckFailure::BrowserNotOpened));
}

#[tokio::test]
async fn the_real_sign_in_url_goes_to_microsoft_with_pkce() {
    // Microsoft's endpoints: nothing answers the loopback here (no browser is
    // opened), so the person's cancel ends the wait.
    let endpoints = mfa_account_check::Endpoints::microsoft("example.ac.jp").unwrap();
    let mut account = Account::new(endpoints, CLIENT_ID).unwrap();
    let opened = Arc::new(Mutex::new(String::new()));
    let keep = opened.clone();
    let result = account
        .registered_methods(
            move |url| {
                *keep.lock().unwrap() = url.to_owned();
                true
            },
            page(),
            tokio::time::sleep(Duration::from_millis(50)),
        )
        .await;
    assert_eq!(result, Err(CheckFailure::Cancelled));
    let url = opened.lock().unwrap().clone();
    assert!(
        url.starts_with("https://login.microsoftonline.com/example.ac.jp/oauth2/v2.0/authorize?"),
        "{url}"
    );
    for part in [
        "code_challenge_method=S256",
        "response_type=code",
        "prompt=select_account",
        "UserAuthenticationMethod.Read",
        "redirect_uri=http%3A%2F%2F127.0.0.1%3A",
    ] {
        assert!(url.contains(part), "{part} missing from {url}");
    }
}

/// The sign-in asks for the account's name (`openid profile`) and for the
/// password where the profile says so; the result knows whose account it read.
#[tokio::test]
async fn the_account_read_is_named_and_a_shared_pc_asks_for_the_password() {
    let (_stand_in, account) = started(Scenario::EveryType).await;
    let mut account = account.with_prompt(mfa_base::account_check::SignInPrompt::Login);
    assert!(account.signed_in_as().is_none());
    let opened = Arc::new(Mutex::new(String::new()));
    let keep = opened.clone();
    let browsing = Browsing::default();
    let browser = fake_browser(browsing.clone());
    let result = account
        .registered_methods(
            move |url| {
                *keep.lock().unwrap() = url.to_owned();
                browser(url)
            },
            page(),
            std::future::pending(),
        )
        .await;
    assert!(result.is_ok(), "{result:?}");
    pages_seen(browsing).await;
    let url = url::Url::parse(&opened.lock().unwrap()).unwrap();
    let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(query["prompt"], "login");
    let scopes: Vec<&str> = query["scope"].split(' ').collect();
    assert!(
        scopes.contains(&"openid") && scopes.contains(&"profile"),
        "{scopes:?}"
    );
    let who = account
        .signed_in_as()
        .expect("the ID token named the account");
    assert_eq!(
        who.username,
        mfa_account_check::stand_in::SIGNED_IN_USERNAME
    );
    assert_eq!(who.name, mfa_account_check::stand_in::SIGNED_IN_NAME);
    account.sign_out();
    assert!(account.signed_in_as().is_none(), "forgotten with the token");
}
