//! Updates from the organisation's server (`[updates]` in the machine-wide
//! profile), with `tauri-plugin-updater`: looked for in the background once
//! the first screen is shown, offered in a banner, installed only when the
//! person chooses and only if the signature matches the profile's key. No
//! network, a server error, a bad signature, nothing newer: the assistant
//! keeps working and the log says why.

use crate::AppState;
use mfa_core::profile::UpdateSource;
use mfa_core::view::{ErrorView, Screen};
use std::sync::Mutex;
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime, Url};
use tauri_plugin_updater::{Update, UpdaterExt};

/// How long the update server may take to answer before the check gives up.
const CHECK_TIME_LIMIT: Duration = Duration::from_secs(30);

/// The update on offer, between the check and the person's choice.
#[derive(Default)]
pub struct PendingUpdate(Mutex<Option<Update>>);

/// Looks for an update in the background, if the profile says where.
pub fn check_in_background<R: Runtime>(app: &AppHandle<R>) {
    let Some(source) = app.state::<AppState>().with(|a| a.update_source()) else {
        log::info!("updates: not set up in the machine-wide profile");
        return;
    };
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        match check(&app, &source).await {
            Ok(Some(update)) => {
                log::info!(
                    "updates: {} is available (running {})",
                    update.version,
                    update.current_version
                );
                let screen = state.with(|a| {
                    a.update_available(&update.version, update.body.as_deref());
                    a.screen()
                });
                *app.state::<PendingUpdate>()
                    .0
                    .lock()
                    .unwrap_or_else(|e| e.into_inner()) = Some(update);
                state.push(&screen);
            }
            Ok(None) => log::info!("updates: nothing newer than {}", app.package_info().version),
            Err(e) => log::warn!("updates: the check failed: {e}"),
        }
    });
}

async fn check<R: Runtime>(
    app: &AppHandle<R>,
    source: &UpdateSource,
) -> Result<Option<Update>, tauri_plugin_updater::Error> {
    let endpoint = Url::parse(&source.endpoint)?;
    app.updater_builder()
        .endpoints(vec![endpoint])?
        .pubkey(source.pubkey.clone())
        .timeout(CHECK_TIME_LIMIT)
        .build()?
        .check()
        .await
}

/// "Update and restart": downloads the update, checks its signature,
/// installs it and restarts; the wizard's place, answers and plan are in the
/// progress file already. The download's progress goes to the page through
/// the screens it follows.
#[tauri::command]
pub async fn install_update<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
) -> Result<Screen, ErrorView> {
    let update = app
        .state::<PendingUpdate>()
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take();
    let Some(update) = update else {
        return Ok(state.with(|a| a.screen()));
    };
    log::info!("updates: downloading {}", update.version);
    state.push(&state.with(|a| {
        a.update_installing(None);
        a.screen()
    }));
    let mut received = 0u64;
    let mut shown = None;
    let result = update
        .download_and_install(
            |chunk, total| {
                received += chunk as u64;
                let percent = total.map(|total| (received * 100 / total.max(1)).min(100) as u8);
                if percent != shown {
                    shown = percent;
                    state.push(&state.with(|a| {
                        a.update_installing(percent);
                        a.screen()
                    }));
                }
            },
            || log::info!("updates: downloaded and verified"),
        )
        .await;
    match result {
        Ok(()) => {
            log::info!("updates: {} installed; restarting", update.version);
            app.restart();
        }
        Err(e) => {
            log::warn!("updates: {} was not installed: {e}", update.version);
            Ok(state.with(|a| {
                a.update_failed();
                a.screen()
            }))
        }
    }
}
