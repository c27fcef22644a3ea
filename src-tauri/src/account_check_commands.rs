//! "Check with Microsoft": the window asks, the shell signs in through the
//! browser and reads the methods (crate `mfa-account-check`), the assistant decides
//! what the window shows. The token stays in `AccountCheckSession`, in memory,
//! until "Sign out" or the end of the process.

use crate::links_commands::launch_browser;
use crate::test_hooks::TestHooks;
use crate::AppState;
use mfa_account_check::{Account, BrowserPage, Endpoints};
use mfa_core::account_check::{CheckFailure, MicrosoftSignIn};
use mfa_core::assistant::BrowserPageText;
use mfa_core::problem::Problem;
use mfa_core::view::{ErrorView, Screen};
use std::sync::Mutex;
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::oneshot;

/// The session with Microsoft: the account (with its token, if signed in)
/// and the way to cancel a sign-in under way.
#[derive(Default)]
pub struct AccountCheckSession {
    account: tokio::sync::Mutex<Option<Account>>,
    cancel: Mutex<Option<oneshot::Sender<()>>>,
}

impl AccountCheckSession {
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

    /// Cancels a sign-in under way and forgets the token (Sign out, Start over).
    pub(crate) async fn forget(&self) {
        self.cancel();
        if let Some(account) = self.account.lock().await.as_mut() {
            account.sign_out();
        }
    }

    /// Forgets a token that went unused for `mfa_account_check::IDLE_LIMIT`; says
    /// whether one went. A check under way holds the account: not idle.
    pub(crate) fn forget_if_idle(&self) -> bool {
        match self.account.try_lock() {
            Ok(mut account) => account.as_mut().is_some_and(Account::forget_if_stale),
            Err(_) => false,
        }
    }
}

/// How often the idle sign-in is looked for.
const IDLE_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// Forgets the sign-in with Microsoft once it has gone unused for a while,
/// and what it read, and tells the window: someone who walks away from a
/// shared PC leaves nothing of their account on screen for long.
pub fn watch_idle_sign_in<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(IDLE_CHECK_EVERY).await;
            let state = app.state::<AppState>();
            if state.account_check.forget_if_idle() {
                log::info!("Check with Microsoft: the sign-in went unused and was forgotten");
                let screen = state.with(|a| a.signed_out_of_microsoft());
                state.push(&screen);
            }
        }
    });
}

/// "Check with Microsoft", start to end, in one call: the wait is shown at
/// once (through the screens the page follows), then the browser's sign-in
/// unless one is held, the methods, and the comparison or the failure. This
/// call owns the check: a reloaded page sees the wait, its Cancel works, and
/// it gets the result through the screens it follows.
#[tauri::command]
pub async fn start_account_check<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
) -> Result<Screen, ErrorView> {
    let sign_in = state
        .with(|a| a.microsoft_sign_in())
        .ok_or_else(|| state.fail(Problem::AccountCheckUnavailable))?;
    let (waiting, round) = state.try_with(|a| a.account_check_started())?;
    let cancelled = state.account_check.new_cancel();
    state.push(&waiting);
    let page = state.with(|a| a.browser_page_text());
    let mut account = state.account_check.account.lock().await;
    if account.is_none() {
        *account = new_account(&sign_in, &state.hooks).ok();
    }
    let (result, signed_in, signed_in_as) = match account.as_mut() {
        None => (Err(CheckFailure::UnexpectedResponse), false, None),
        Some(account) => {
            let result = account
                .registered_methods(
                    |url| match launch_browser(&app, &state.hooks, url) {
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
            (result, account.is_signed_in(), account.signed_in_as())
        }
    };
    drop(account);
    match &result {
        Ok(methods) => log::info!("Check with Microsoft: {} methods read", methods.len()),
        Err(failure) => log::warn!("Check with Microsoft: {}", failure.kind()),
    }
    let screen = state.with(|a| a.account_check_finished(round, result, signed_in, signed_in_as));
    state.push(&screen);
    Ok(screen)
}

/// "Cancel" while the browser is open: the waiting check ends as cancelled.
#[tauri::command]
pub fn cancel_account_check(state: tauri::State<'_, AppState>) -> Screen {
    state.account_check.cancel();
    state.with(|a| a.screen())
}

/// "Sign out": the token and what was read with it are forgotten.
#[tauri::command]
pub async fn sign_out_of_microsoft(state: tauri::State<'_, AppState>) -> Result<Screen, ErrorView> {
    state.account_check.forget().await;
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

/// Microsoft's endpoints for the profile's tenant; the stand-in's where the
/// test build was told of one.
fn new_account(sign_in: &MicrosoftSignIn, hooks: &TestHooks) -> Result<Account, CheckFailure> {
    let endpoints = match &hooks.stand_in {
        Some(base) => {
            log::warn!("Check with Microsoft goes to the test stand-in at {base}");
            stand_in_endpoints(base, &sign_in.tenant)
        }
        None => Endpoints::microsoft(&sign_in.tenant),
    }
    .ok_or(CheckFailure::UnexpectedResponse)?;
    let account = Account::new(endpoints, &sign_in.client_id)?.with_prompt(sign_in.prompt);
    Ok(match hooks.sign_in_limit {
        Some(limit) => account.with_sign_in_time_limit(limit),
        None => account,
    })
}

#[cfg(feature = "stand-in")]
fn stand_in_endpoints(base: &url::Url, tenant: &str) -> Option<Endpoints> {
    Some(Endpoints::stand_in(base, tenant))
}

/// A release build has no stand-in (and no hook ever names one).
#[cfg(not(feature = "stand-in"))]
fn stand_in_endpoints(_base: &url::Url, tenant: &str) -> Option<Endpoints> {
    Endpoints::microsoft(tenant)
}
