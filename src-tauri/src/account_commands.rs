//! "Check with Microsoft": the window asks, the shell signs in through the
//! browser and reads the methods (crate `mfa-graph`), the assistant decides
//! what the window shows. The token stays in `MicrosoftSession`, in memory,
//! until "Sign out" or the end of the process.

use crate::links_commands::launch_browser;
use crate::AppState;
use mfa_core::assistant::BrowserPageText;
use mfa_core::microsoft::{CheckFailure, MicrosoftSignIn};
use mfa_core::problem::Problem;
use mfa_core::view::{ErrorView, Screen};
use mfa_graph::{Account, BrowserPage, Endpoints};
use std::sync::Mutex;
use tauri::{AppHandle, Runtime};
use tokio::sync::oneshot;

/// The session with Microsoft: the account (with its token, if signed in)
/// and the way to cancel a sign-in under way.
#[derive(Default)]
pub struct MicrosoftSession {
    account: tokio::sync::Mutex<Option<Account>>,
    cancel: Mutex<Option<oneshot::Sender<()>>>,
}

impl MicrosoftSession {
    /// Ends a sign-in under way, if there is one.
    fn cancel(&self) {
        if let Some(cancel) = self.cancel.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = cancel.send(());
        }
    }

    /// A new way to cancel; one set earlier is used now (a second click
    /// replaces the first wait).
    fn new_cancel(&self) -> oneshot::Receiver<()> {
        let (sender, receiver) = oneshot::channel();
        let earlier = self
            .cancel
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .replace(sender);
        if let Some(earlier) = earlier {
            let _ = earlier.send(());
        }
        receiver
    }
}

/// The check begins: the window shows the wait (and its Cancel button) at
/// once; `finish_account_check` does the work.
#[tauri::command]
pub fn start_account_check(state: tauri::State<'_, AppState>) -> Result<Screen, ErrorView> {
    state.try_with(|a| a.account_check_started())
}

/// Signs in through the browser unless signed in already, reads the
/// methods, and returns the screen with the comparison or the failure.
#[tauri::command]
pub async fn finish_account_check<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
) -> Result<Screen, ErrorView> {
    let (sign_in, page) = state.with(|a| (a.microsoft_sign_in(), a.browser_page_text()));
    let sign_in = sign_in.ok_or_else(|| state.fail(Problem::AccountCheckUnavailable))?;
    let cancelled = state.microsoft.new_cancel();
    let mut account = state.microsoft.account.lock().await;
    if account.is_none() {
        *account = new_account(&sign_in).ok();
    }
    let (result, signed_in) = match account.as_mut() {
        None => (Err(CheckFailure::UnexpectedResponse), false),
        Some(account) => {
            let result = account
                .registered_methods(
                    |url| match launch_browser(&app, url) {
                        Ok(()) => true,
                        Err(e) => {
                            log::warn!("sign-in: the browser did not open: {e}");
                            false
                        }
                    },
                    browser_page(page),
                    async {
                        // A dropped sender is a replaced wait, not a cancel.
                        if cancelled.await.is_err() {
                            std::future::pending::<()>().await;
                        }
                    },
                )
                .await;
            (result, account.is_signed_in())
        }
    };
    match &result {
        Ok(methods) => log::info!("Check with Microsoft: {} methods read", methods.len()),
        Err(failure) => log::warn!("Check with Microsoft: {}", failure.kind()),
    }
    Ok(state.with(|a| a.account_check_finished(result, signed_in)))
}

/// "Cancel" while the browser is open: the waiting `finish_account_check`
/// returns the cancelled screen.
#[tauri::command]
pub fn cancel_account_check(state: tauri::State<'_, AppState>) -> Screen {
    state.microsoft.cancel();
    state.with(|a| a.screen())
}

/// "Sign out": the token and what was read with it are forgotten.
#[tauri::command]
pub async fn sign_out_of_microsoft(state: tauri::State<'_, AppState>) -> Result<Screen, ErrorView> {
    state.microsoft.cancel();
    if let Some(account) = state.microsoft.account.lock().await.as_mut() {
        account.sign_out();
    }
    log::info!("Check with Microsoft: signed out");
    Ok(state.with(|a| a.signed_out_of_microsoft()))
}

fn browser_page(text: BrowserPageText) -> BrowserPage {
    BrowserPage {
        lang: text.lang,
        title: text.title,
        message: text.message,
    }
}

/// Microsoft's endpoints for the profile's tenant. Only a build with the
/// `stand-in` feature (the end-to-end tests') reads `MFA_ASSISTANT_STAND_IN`.
fn new_account(sign_in: &MicrosoftSignIn) -> Result<Account, CheckFailure> {
    let endpoints = endpoints(sign_in).ok_or(CheckFailure::UnexpectedResponse)?;
    let account = Account::new(endpoints, &sign_in.client_id)?;
    Ok(with_test_time_limit(account))
}

#[cfg(not(feature = "stand-in"))]
fn endpoints(sign_in: &MicrosoftSignIn) -> Option<Endpoints> {
    Endpoints::microsoft(&sign_in.tenant)
}

#[cfg(feature = "stand-in")]
fn endpoints(sign_in: &MicrosoftSignIn) -> Option<Endpoints> {
    match std::env::var("MFA_ASSISTANT_STAND_IN") {
        Ok(base) => {
            let base = url::Url::parse(&base).ok()?;
            log::warn!("Check with Microsoft goes to the test stand-in at {base}");
            Some(Endpoints::stand_in(&base, &sign_in.tenant))
        }
        Err(_) => Endpoints::microsoft(&sign_in.tenant),
    }
}

#[cfg(not(feature = "stand-in"))]
fn with_test_time_limit(account: Account) -> Account {
    account
}

#[cfg(feature = "stand-in")]
fn with_test_time_limit(account: Account) -> Account {
    match std::env::var("MFA_ASSISTANT_STAND_IN_SIGN_IN_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(seconds) => account.with_sign_in_time_limit(std::time::Duration::from_secs(seconds)),
        None => account,
    }
}

#[cfg(all(test, not(feature = "stand-in")))]
mod tests {
    use super::*;

    /// No environment variable can send a sign-in anywhere but Microsoft in
    /// a build without the test feature.
    #[test]
    fn a_normal_build_signs_in_at_microsoft_only() {
        std::env::set_var("MFA_ASSISTANT_STAND_IN", "http://127.0.0.1:9/");
        let sign_in = MicrosoftSignIn {
            tenant: "example.ac.jp".into(),
            client_id: "9b1c3b4e-2f7a-4d0e-8a51-3c2d1e0f9a8b".into(),
        };
        let endpoints = format!("{:?}", endpoints(&sign_in).unwrap());
        assert!(
            endpoints.contains("login.microsoftonline.com"),
            "{endpoints}"
        );
        assert!(!endpoints.contains("127.0.0.1"), "{endpoints}");
        std::env::remove_var("MFA_ASSISTANT_STAND_IN");
    }
}
