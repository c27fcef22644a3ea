//! The account check's data: the sign-in methods Microsoft Graph lists for
//! the signed-in person (`methods`), what can go wrong while asking
//! (`failure`), and the organisation's app registration (`settings`). Plain
//! data: the sign-in and the HTTP request live in the `mfa-account-check`
//! crate, the comparison with the plan in `mfa-core`'s `account_check`.

mod failure;
mod methods;
mod settings;

pub use failure::{aadsts_code, CheckFailure};

/// How many minutes the sign-in in the browser may take: long enough to find
/// the phone and approve, short enough that a forgotten tab ends the wait.
/// The window says it while waiting; `mfa-account-check` enforces it.
pub const SIGN_IN_MINUTES: u64 = 5;
pub use methods::{
    parse_methods, Fido2Provider, RegisteredKind, RegisteredMethod, ResponseError,
    EVERY_TYPE_EXAMPLE,
};
pub use settings::{check_tenant, is_guid, MicrosoftSignIn, SignInPrompt, SignedInAs, TenantError};
