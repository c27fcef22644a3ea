//! How long the whole setup takes, from the methods to register: one figure,
//! the same on every screen that shows it.

use super::Facts;
use crate::i18n::Arg;
use crate::method::MethodId;

/// Answering, reading the plan and getting ready, then testing at the end.
const AROUND_THE_METHODS_MINUTES: u32 = 6;

/// Minutes for `methods`, rounded up to the next five: an estimate people can
/// plan with, not a stopwatch.
pub(crate) fn minutes(methods: &[MethodId]) -> u32 {
    let total: u32 =
        AROUND_THE_METHODS_MINUTES + methods.iter().map(|m| m.minutes_to_register()).sum::<u32>();
    total.div_ceil(5) * 5
}

/// "About 15 minutes for these 2 methods."
pub(crate) fn sentence(facts: &Facts, methods: &[MethodId]) -> String {
    facts.t_with(
        "estimate-total",
        &[
            ("minutes", Arg::from(i64::from(minutes(methods)))),
            ("count", Arg::from(methods.len() as i64)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use MethodId::*;

    #[test]
    fn the_estimate_grows_with_the_methods_in_steps_of_five() {
        assert_eq!(minutes(&[Authenticator, WindowsPasskey]), 15);
        assert_eq!(minutes(&[Authenticator, SyncedPasskey]), 20);
        assert_eq!(minutes(&[Authenticator, Passkey, Phone]), 20);
        assert_eq!(minutes(&[]), 10);
    }
}
