//! The MFA setup assistant's logic, with no GUI in it.
//!
//! Everything the assistant decides lives here, so it can be tested in seconds
//! without GTK or a webview: the texts (`i18n`), the wizard (`journey`), what the
//! window shows (`screen`), the advice (`situation`, `recommend`), the checks
//! (`phone_number`, `link_policy`), the organisation's facts (`profile`), QR codes
//! (`qr`, `links`), the help (`faq`, `troubleshoot`) and where state is kept
//! (`store`, `settings`). The Tauri shell in `src-tauri/` only carries calls between
//! the window and here.

pub mod assistant;
pub mod catalogue;
pub mod date;
pub mod done;
pub mod faq;
pub mod help_content;
pub mod i18n;
pub mod link_policy;
pub mod links;
pub mod method;
pub mod phone_number;
pub mod problem;
pub mod profile;
pub mod qr;
pub mod recommend;
pub mod settings;
pub mod situation;
pub mod sources;
pub mod store;
pub mod troubleshoot;
pub mod view;
pub mod wizard;
