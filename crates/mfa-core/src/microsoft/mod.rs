//! What Microsoft says about the signed-in person's account: the sign-in
//! methods Microsoft Graph lists (`methods`), and what can go wrong while asking
//! (`failure`). Plain data: the sign-in and the HTTP requests live in the
//! `mfa-graph` crate, the comparison with the plan in `account_check`.

mod failure;
mod methods;
mod settings;

pub use failure::{aadsts_code, CheckFailure};

/// How many minutes the sign-in in the browser may take: long enough to find
/// the phone and approve, short enough that a forgotten tab ends the wait.
/// The window says it while waiting; `mfa-graph` enforces it.
pub const SIGN_IN_MINUTES: u64 = 5;
pub use methods::{parse_methods, Fido2Provider, RegisteredKind, RegisteredMethod, ResponseError};
pub use settings::{check_tenant, is_guid, MicrosoftSignIn, SignInPrompt, SignedInAs, TenantError};

#[cfg(test)]
pub(crate) use methods::tests::EVERY_TYPE_EXAMPLE;
