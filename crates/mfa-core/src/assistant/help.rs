//! (being written) The help panels shown instead of the wizard step: the FAQ
//! (search, topics, answers) and the "I can't sign in" troubleshooting guide.

use super::Assistant;
use crate::screen::Screen;
use serde::Serialize;

/// Which help panel is open and where the user is in it; kept across language
/// switches.
#[derive(Debug, Clone, Default)]
pub(super) struct HelpState {
    open: bool,
}

/// What the help panel shows, already in the user's language.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HelpPanelView {
    pub kind: &'static str,
}

impl Assistant {
    /// Opens the FAQ panel.
    pub fn open_faq(&mut self) -> Screen {
        self.help.open = true;
        self.screen()
    }

    /// Closes any help panel and returns to the wizard where the user left it.
    pub fn close_help(&mut self) -> Screen {
        self.help = HelpState::default();
        self.screen()
    }

    pub(super) fn help_view(&self) -> Option<HelpPanelView> {
        self.help.open.then_some(HelpPanelView { kind: "faq" })
    }
}
