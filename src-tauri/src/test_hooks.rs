//! What the end-to-end tests' build may be told through the environment: a
//! program to "open" links with, a folder to save into without a dialog, a
//! stand-in for Microsoft, a short sign-in limit, another computer to act as.
//! Read once at start-up. A build without the test feature `stand-in` reads
//! none of it, whatever the environment says.

use mfa_core::computer::ThisComputer;
use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestHooks {
    /// `MFA_ASSISTANT_OPEN_WITH`: a program that gets each URL instead of the browser.
    pub open_with: Option<PathBuf>,
    /// `MFA_ASSISTANT_DOWNLOAD_DIR`: where files are saved, with no dialog.
    pub download_dir: Option<PathBuf>,
    /// `MFA_ASSISTANT_STAND_IN`: the stand-in for Microsoft's sign-in and Graph.
    pub stand_in: Option<url::Url>,
    /// `MFA_ASSISTANT_STAND_IN_SIGN_IN_SECONDS`: a shorter wait for the browser.
    pub sign_in_limit: Option<Duration>,
    /// `MFA_ASSISTANT_COMPUTER`: `windows`, `mac` or `other`.
    pub computer: Option<ThisComputer>,
}

impl TestHooks {
    /// The hooks the process environment sets (none without the test feature).
    pub fn from_env() -> TestHooks {
        TestHooks::from_lookup(|name| std::env::var_os(name))
    }

    /// The hooks `lookup` gives, in a build with the test feature.
    #[cfg(feature = "stand-in")]
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<OsString>) -> TestHooks {
        let text = |name| {
            lookup(name)
                .filter(|v| !v.is_empty())
                .and_then(|v| v.into_string().ok())
        };
        let path = |name| lookup(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        TestHooks {
            open_with: path("MFA_ASSISTANT_OPEN_WITH"),
            download_dir: path("MFA_ASSISTANT_DOWNLOAD_DIR"),
            stand_in: text("MFA_ASSISTANT_STAND_IN").and_then(|v| url::Url::parse(&v).ok()),
            sign_in_limit: text("MFA_ASSISTANT_STAND_IN_SIGN_IN_SECONDS")
                .and_then(|v| v.parse().ok())
                .map(Duration::from_secs),
            computer: text("MFA_ASSISTANT_COMPUTER").and_then(|v| ThisComputer::parse(&v)),
        }
    }

    /// A release build: no hook, whatever `lookup` says.
    #[cfg(not(feature = "stand-in"))]
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<OsString>) -> TestHooks {
        let _ = lookup;
        TestHooks::default()
    }

    /// Said in the log at start-up, so a test build is never mistaken for a real one.
    pub fn describe(&self) -> Option<String> {
        (*self != TestHooks::default()).then(|| format!("test build, hooks in use: {self:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn everything(name: &str) -> Option<OsString> {
        let value = match name {
            "MFA_ASSISTANT_OPEN_WITH" => "/bin/true",
            "MFA_ASSISTANT_DOWNLOAD_DIR" => "/tmp",
            "MFA_ASSISTANT_STAND_IN" => "http://127.0.0.1:9/",
            "MFA_ASSISTANT_STAND_IN_SIGN_IN_SECONDS" => "3",
            "MFA_ASSISTANT_COMPUTER" => "windows",
            _ => return None,
        };
        Some(value.into())
    }

    #[cfg(not(feature = "stand-in"))]
    #[test]
    fn a_build_without_the_test_feature_ignores_every_hook() {
        assert_eq!(TestHooks::from_lookup(everything), TestHooks::default());
    }

    #[cfg(feature = "stand-in")]
    #[test]
    fn the_test_build_reads_each_hook() {
        let hooks = TestHooks::from_lookup(everything);
        assert_eq!(hooks.open_with, Some(PathBuf::from("/bin/true")));
        assert_eq!(hooks.sign_in_limit, Some(Duration::from_secs(3)));
        assert_eq!(hooks.computer, Some(ThisComputer::Windows));
        assert!(hooks.describe().is_some());
    }
}
