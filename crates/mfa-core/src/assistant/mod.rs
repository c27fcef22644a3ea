//! The one owner of the assistant's state: language, organisation profile and the
//! user's place in the wizard. The shell holds one `Assistant` behind a lock and
//! forwards every user action to it; each method returns the `Screen` to show next.

mod account_check;
mod diagnostics;
mod help;
mod links;
mod summary;
mod updates;
mod wizard;

pub use crate::problem::FileKind;
pub use crate::view::BrowserPageText;
pub use account_check::CheckRound;
pub use diagnostics::Environment;
pub use links::FileToSave;
pub use wizard::PROGRESS_FILE;

use crate::account_check::AccountCheckStatus;
use crate::computer::ThisComputer;
use crate::date::Date;
use crate::i18n::{Locale, Texts};
use crate::problem::Problem;
use crate::profile::{Profile, ProfileLoad};
use crate::settings::{self, Settings};
use crate::view::{self, Facts, Screen, StepView};
use crate::wizard::{Blocked, Progress, StepId};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// Facts fixed at start-up, gathered by the shell from the OS and environment.
pub struct Startup {
    /// The OS language (from `LANG` and friends), used until the user picks one.
    pub os_locale: Locale,
    /// Where settings are kept; `None` keeps them in memory only.
    pub settings_path: Option<PathBuf>,
    /// The organisation profile and how loading it went (for the banners).
    pub profile: ProfileLoad,
    pub today: Date,
    /// The computer the assistant runs on (a passkey on Windows needs Windows).
    pub computer: ThisComputer,
}

/// The assistant's state.
pub struct Assistant {
    texts: Texts,
    locale: Locale,
    settings: Settings,
    settings_path: Option<PathBuf>,
    profile_load: ProfileLoad,
    today: Date,
    computer: ThisComputer,
    progress: Progress,
    progress_path: Option<PathBuf>,
    /// Why the last wizard action did not move on, until the next action.
    blocked: Option<Blocked>,
    /// The saved progress was unreadable and set aside: say so until the user
    /// acts, so that "why am I back at the start?" has an answer.
    progress_was_reset: bool,
    help: help::HelpState,
    /// "Check with Microsoft": the last result, in memory only.
    account_check: AccountCheckStatus,
    /// Counts the check's rounds (`account_check::CheckRound`).
    check_round: u64,
    /// The last screen's `revision`.
    revision: AtomicU64,
    /// An update from the organisation's server, if one is offered.
    update: crate::updates::UpdateState,
    /// "The advice may be out of date": said on the first screen of a run,
    /// until the person acts.
    advice_age_notice: bool,
    warnings: Vec<String>,
    /// This run's problems and warnings, for the diagnostic report.
    recent_problems: diagnostics::RecentProblems,
}

impl Assistant {
    /// Reads the settings (a corrupt file is set aside with a warning) and chooses
    /// the language: the user's last choice, else the OS language.
    pub fn start(startup: Startup) -> Assistant {
        let mut warnings = vec![];
        let settings = match &startup.settings_path {
            Some(path) => {
                let loaded = settings::load(path);
                warnings.extend(loaded.warning);
                loaded.settings
            }
            None => Settings::default(),
        };
        let progress_path = startup
            .settings_path
            .as_ref()
            .map(|p| p.with_file_name(PROGRESS_FILE));
        let (progress, progress_warning) = wizard::load_progress(progress_path.as_deref());
        let progress_was_reset = progress_warning.is_some();
        warnings.extend(progress_warning);
        Assistant {
            texts: Texts::load(),
            locale: settings.locale.unwrap_or(startup.os_locale),
            settings,
            settings_path: startup.settings_path,
            profile_load: startup.profile,
            today: startup.today,
            computer: startup.computer,
            progress,
            progress_path,
            blocked: None,
            progress_was_reset,
            help: help::HelpState::default(),
            account_check: AccountCheckStatus::default(),
            check_round: 0,
            revision: AtomicU64::new(0),
            update: crate::updates::UpdateState::None,
            advice_age_notice: crate::updates::advice_is_old(startup.today),
            warnings,
            recent_problems: diagnostics::RecentProblems::default(),
        }
    }

    /// Warnings for the log (corrupt files set aside, files not saved).
    pub fn take_warnings(&mut self) -> Vec<String> {
        let warnings = std::mem::take(&mut self.warnings);
        for warning in &warnings {
            self.recent_problems.push(warning.clone());
        }
        warnings
    }

    /// The window title in the current language.
    pub fn window_title(&self) -> String {
        view::window_title(&self.facts())
    }

    /// What a PC without Microsoft Edge WebView2 is told (`view`'s words).
    pub fn missing_webview_message(&self) -> (String, String) {
        view::missing_webview_message(&self.facts())
    }

    /// Switches the language and remembers the choice for the next start. The
    /// user's place in the wizard is untouched.
    pub fn set_locale(&mut self, tag: &str) -> Result<Screen, Problem> {
        let locale = Locale::parse(tag).map_err(|_| Problem::UnknownLocale(tag.to_owned()))?;
        self.locale = locale;
        self.settings.locale = Some(locale);
        if let Some(path) = &self.settings_path {
            if let Err(e) = settings::save(path, &self.settings) {
                // The switch still works for this run; only remembering it failed.
                self.warnings.push(format!(
                    "could not save settings to {}: {e}",
                    path.display()
                ));
            }
        }
        Ok(self.screen())
    }

    /// The screen to show now.
    pub fn screen(&self) -> Screen {
        let locale = self.locale;
        let facts = self.facts();
        let step = self.progress.step;
        let step_view = match step {
            StepId::Welcome => None,
            StepId::Situation => Some(StepView::Situation(view::situation(&facts))),
            StepId::Plan => Some(StepView::Plan(view::plan(&facts))),
            StepId::Prepare => Some(StepView::Prepare(view::prepare(&facts))),
            StepId::Register => {
                view::register(&facts).map(|register| StepView::Register(Box::new(register)))
            }
            StepId::Verify => Some(StepView::Verify(view::verify(&facts))),
            StepId::Done => Some(StepView::Done(Box::new(self.done_view()))),
        };
        Screen {
            revision: self.revision.fetch_add(1, Ordering::Relaxed) + 1,
            locale: locale.tag(),
            chrome: view::chrome(&facts),
            steps: view::step_markers(&facts),
            banners: self.banners(&facts),
            step: step_view.unwrap_or_else(|| StepView::Welcome(view::welcome(&facts))),
            problem: self
                .blocked
                .map(|b| view::blocked_message(b, &self.texts, locale)),
            nav: view::nav(&facts),
            help: self.help_view(),
        }
    }

    fn facts(&self) -> Facts<'_> {
        Facts {
            texts: &self.texts,
            locale: self.locale,
            profile: self.profile(),
            today: self.today,
            computer: self.computer,
            progress: &self.progress,
            account_check: &self.account_check,
        }
    }

    /// `problem` as the window shows it, in the user's language; it is kept
    /// for the diagnostic report.
    pub fn error_view(&mut self, problem: &Problem) -> view::ErrorView {
        self.recent_problems
            .push(format!("{problem} ({})", problem.kind()));
        view::error_view(problem, &self.texts, self.locale)
    }

    /// The organisation profile in effect.
    fn profile(&self) -> &Profile {
        &self.profile_load.profile
    }
}
