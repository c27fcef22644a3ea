//! The help content: the help desk's frequently asked questions (`faq`) and the
//! "I can't sign in" guide (`troubleshoot`), built from the blocks both share
//! (`help_content`). Every answer is defined once, as data naming Fluent
//! messages; conditions on the profile and the day decide which blocks apply.
//! Its words are built in `view` alone.
//! Nothing here knows the plan, the wizard or the window.

pub mod faq;
pub mod help_content;
pub mod troubleshoot;
pub mod view;

// The vocabulary and the organisation's facts this content speaks of.
pub(crate) use mfa_base::{date, i18n, method};
pub(crate) use mfa_profile::{self as profile, links, phone_lines};
