//! What Microsoft says about the signed-in person's account: the sign-in
//! methods Microsoft Graph lists (`methods`), and what can go wrong while asking
//! (`failure`). Plain data: the sign-in and the HTTP requests live in the
//! `mfa-graph` crate, the comparison with the plan in `account_check`.

mod failure;
mod methods;
mod settings;

pub use failure::{aadsts_code, CheckFailure};
pub use methods::{parse_methods, Fido2Provider, RegisteredKind, RegisteredMethod, ResponseError};
pub use settings::{check_tenant, is_guid, MicrosoftSignIn, TenantError};

#[cfg(test)]
pub(crate) use methods::tests::EVERY_TYPE_EXAMPLE;
