//! The one owner of the assistant's state: language, organisation profile and the
//! user's place in the wizard. The shell holds one `Assistant` behind a lock and
//! forwards every user action to it; each method returns the `Screen` to show next.

mod help;
mod links;
mod summary;
mod wizard;

pub use help::{HelpDeskCard, HelpPanelView};
pub use links::{FileKind, FileToSave};
pub use wizard::PROGRESS_FILE;

use crate::date::Date;
use crate::i18n::{Arg, Locale, Texts};
use crate::profile::{Profile, ProfileLoad};
use crate::screen::{self, Banner, MarkerState, Nav, Screen, StepMarker, StepView, WelcomeView};
use crate::settings::{self, Settings};
use crate::wizard::{Blocked, Progress, StepId};
use crate::wizard_view::{self, Facts};
use std::path::PathBuf;

/// Facts fixed at start-up, gathered by the shell from the OS and environment.
pub struct Startup {
    /// The OS language (from `LANG` and friends), used until the user picks one.
    pub os_locale: Locale,
    /// Where settings are kept; `None` keeps them in memory only.
    pub settings_path: Option<PathBuf>,
    /// The organisation profile and how loading it went (for the banners).
    pub profile: ProfileLoad,
    pub today: Date,
}

/// The assistant's state.
pub struct Assistant {
    texts: Texts,
    locale: Locale,
    settings: Settings,
    settings_path: Option<PathBuf>,
    profile_load: ProfileLoad,
    today: Date,
    progress: Progress,
    progress_path: Option<PathBuf>,
    /// Why the last wizard action did not move on, until the next action.
    blocked: Option<Blocked>,
    /// The saved progress was unreadable and set aside: say so until the user
    /// acts, so that "why am I back at the start?" has an answer.
    progress_was_reset: bool,
    help: help::HelpState,
    warnings: Vec<String>,
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
            progress,
            progress_path,
            blocked: None,
            progress_was_reset,
            help: help::HelpState::default(),
            warnings,
        }
    }

    /// Warnings for the log (corrupt files set aside, files not saved).
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The window title in the current language.
    pub fn window_title(&self) -> String {
        self.texts.get(self.locale, "app-title")
    }

    /// Switches the language and remembers the choice for the next start. The
    /// user's place in the wizard is untouched.
    pub fn set_locale(&mut self, tag: &str) -> Result<Screen, String> {
        let locale = Locale::parse(tag).map_err(|e| e.to_string())?;
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
            StepId::Situation => Some(StepView::Situation(wizard_view::situation(&facts))),
            StepId::Plan => Some(StepView::Plan(wizard_view::plan(&facts))),
            StepId::Prepare => Some(StepView::Prepare(wizard_view::prepare(&facts))),
            StepId::Register => {
                wizard_view::register(&facts).map(|view| StepView::Register(Box::new(view)))
            }
            StepId::Verify => Some(StepView::Verify(wizard_view::verify(&facts))),
            StepId::Done => Some(StepView::Done(Box::new(self.done_view()))),
        };
        Screen {
            locale: locale.tag(),
            chrome: screen::chrome(&self.texts, locale),
            steps: self.step_markers(),
            banners: self.banners(),
            step: step_view.unwrap_or_else(|| StepView::Welcome(self.welcome())),
            problem: self.blocked.map(|b| self.text(b.message_id())),
            nav: self.nav(),
            help: self.help_view(),
        }
    }

    fn facts(&self) -> Facts<'_> {
        Facts {
            texts: &self.texts,
            locale: self.locale,
            profile: self.profile(),
            today: self.today,
            progress: &self.progress,
        }
    }

    fn text(&self, id: &str) -> String {
        self.texts.get(self.locale, id)
    }

    /// The step indicator: every step after the welcome, done up to the current
    /// one; the steps already reached can be clicked.
    fn step_markers(&self) -> Vec<StepMarker> {
        let current = self.progress.step;
        let reachable = self.progress.furthest_reachable();
        StepId::ALL
            .iter()
            .filter(|&&s| s != StepId::Welcome)
            .map(|&s| StepMarker {
                id: s.as_str(),
                label: self.text(&format!("step-{}", s.as_str())),
                state: if s == current {
                    MarkerState::Current
                } else if s < current {
                    MarkerState::Done
                } else {
                    MarkerState::Todo
                },
                reachable: s != current && s <= reachable,
            })
            .collect()
    }

    /// Back and Next under the step. Steps with their own main button (welcome,
    /// register, verify, done) hide Next.
    fn nav(&self) -> Nav {
        let step = self.progress.step;
        let next_id = match step {
            StepId::Situation => Some("action-see-plan"),
            StepId::Plan => Some("action-accept-plan"),
            StepId::Prepare => Some("action-begin-registering"),
            _ => None,
        };
        Nav {
            back: (step != StepId::Welcome).then(|| self.text("action-back")),
            next: next_id.map(|id| self.text(id)),
            start_over: (step != StepId::Welcome).then(|| self.text("action-start-over")),
        }
    }

    /// The organisation profile in effect.
    pub fn profile(&self) -> &Profile {
        &self.profile_load.profile
    }

    /// The day the assistant reasons about (dates of the retirement, deadlines).
    pub fn today(&self) -> Date {
        self.today
    }

    /// Notices above every step: a preview profile, or one that could not be
    /// used (the assistant then runs on its built-in default); saved progress
    /// that could not be read.
    fn banners(&self) -> Vec<Banner> {
        let kind = if self.profile_load.fell_back {
            "error"
        } else {
            "preview"
        };
        let mut banners: Vec<Banner> = self
            .profile_load
            .banner_lines(&self.texts, self.locale)
            .into_iter()
            .map(|text| Banner { kind, text })
            .collect();
        if self.progress_was_reset {
            banners.push(Banner {
                kind: "info",
                text: self.text("wizard-progress-unreadable"),
            });
        }
        banners
    }

    /// Pre-registration is possible any time; from the organisation's date MFA
    /// is required at the next sign-in.
    fn welcome_timing(&self) -> String {
        let Some(required) = self.profile().mfa_required_from else {
            return self.text("welcome-when-unknown");
        };
        let date = required.written(self.locale);
        let days = self.today.days_until(required);
        let id = if days > 0 {
            "welcome-when-before"
        } else {
            "welcome-when-after"
        };
        self.texts.get_with(
            self.locale,
            id,
            &[("date", Arg::from(&date)), ("days", Arg::from(days))],
        )
    }

    fn welcome(&self) -> WelcomeView {
        let t = &self.texts;
        let l = self.locale;
        let organisation = self.profile().organisation.get(l);
        WelcomeView {
            timing: self.welcome_timing(),
            title: t.get(l, "welcome-title"),
            paragraphs: vec![
                t.get(l, "welcome-what"),
                t.get_with(
                    l,
                    "welcome-why",
                    &[("organisation", Arg::from(organisation))],
                ),
                t.get(l, "welcome-how"),
            ],
            duration: t.get(l, "welcome-duration"),
            start: t.get(l, "action-start"),
        }
    }
}
