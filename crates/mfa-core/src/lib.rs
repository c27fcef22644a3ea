//! The MFA setup assistant's logic, with no GUI in it.
//!
//! Everything the assistant decides lives here or in the crates below, so it
//! can be tested in seconds without GTK or a webview: the wizard (`wizard`),
//! the advice (`situation`, `recommend`, `places`, `done`, `sources`), the
//! phone-number check (`phone_number`), QR codes (`qr`), the account check
//! against the plan (`account_check`), where state is kept (`store`,
//! `settings`), what can go wrong (`problem`), what the window shows and every
//! word of it (`view`) and the one owner of state (`assistant`). The texts,
//! days, methods and links are `mfa-base`'s, the profile `mfa-profile`'s, the
//! FAQ and the guide `mfa-help`'s: re-exported below under their old names.
//! ARCHITECTURE.md gives the layers. The Tauri shell in `src-tauri/` only
//! carries calls between the window and here; what it does not use is
//! `pub(crate)`.

pub mod account_check;
pub mod assistant;
#[cfg(feature = "bench")]
pub mod bench;
pub mod computer;
pub(crate) mod done;
pub(crate) mod phone_number;
pub(crate) mod places;
pub mod problem;
pub(crate) mod qr;
pub(crate) mod recommend;
pub mod settings;
pub mod situation;
pub(crate) mod sources;
pub mod store;
pub mod updates;
pub mod view;
pub mod wizard;

// The vocabulary below every layer lives in `mfa-base`; under the same names
// here, so that `crate::date` reads as before.
pub(crate) use mfa_base::method;
pub use mfa_base::{date, i18n, link_policy};
// The organisation's profile, and what follows from it alone, in `mfa-profile`.
pub use mfa_profile as profile;
pub(crate) use mfa_profile::{links, phone_lines};
// The FAQ and the guide, as data, in `mfa-help`.
pub(crate) use mfa_help::{faq, help_content, troubleshoot};
