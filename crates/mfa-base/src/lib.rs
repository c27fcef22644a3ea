//! The MFA assistant's vocabulary, below every other crate: languages and the
//! Fluent texts of `locales/` (`i18n`), days (`date`), the sign-in methods and
//! the place each lives in (`method`), the built-in links and the policy that
//! decides which URLs may open (`catalogue`, `link_policy`), and what the
//! account check reads from Microsoft (`account_check`). Nothing here knows
//! the organisation's profile, the plan or the window.

pub mod account_check;
pub mod catalogue;
pub mod date;
pub mod i18n;
pub mod link_policy;
pub mod method;
