//! The words the window shows outside the page: its title, the message box
//! of a PC without WebView2, the save dialog's title and the line after a
//! save, and the page the browser shows after the account check's sign-in.

use super::help_blocks::help_desk_contact;
use super::Facts;
use crate::i18n::Arg;
use crate::problem::FileKind;

/// The window title.
pub fn window_title(facts: &Facts) -> String {
    facts.t("app-title")
}

/// What a PC without Microsoft Edge WebView2 is told, in a message box
/// before any window can open: its title and text, with what to do and how
/// to reach the help desk.
pub fn missing_webview_message(facts: &Facts) -> (String, String) {
    let contact = help_desk_contact(facts);
    let mut lines = vec![facts.t_with(
        "webview-missing-text",
        &[("helpdesk", Arg::from(&contact.name))],
    )];
    lines.push(String::new());
    lines.push(contact.title.clone());
    lines.extend(contact.lines());
    (facts.t("webview-missing-title"), lines.join("\n"))
}

/// The title of the save dialog for a file of `kind`.
pub fn save_dialog_title(facts: &Facts, kind: FileKind) -> String {
    facts.t(match kind {
        FileKind::Png => "links-save-image-dialog-title",
        FileKind::Text => "done-save-dialog-title",
    })
}

/// "Saved: FILE".
pub fn saved_message(facts: &Facts, file: &str) -> String {
    facts.t_with("links-save-image-done", &[("file", Arg::from(file))])
}

/// The page the browser shows after the sign-in, in the person's language.
pub struct BrowserPageText {
    pub lang: &'static str,
    pub title: String,
    pub message: String,
}

/// The browser's page after the account check's sign-in.
pub fn browser_page_text(facts: &Facts) -> BrowserPageText {
    BrowserPageText {
        lang: facts.locale.tag(),
        title: facts.t("account-check-browser-title"),
        message: facts.t("account-check-browser-message"),
    }
}
