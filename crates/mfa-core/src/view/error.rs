//! A problem as the window shows it: its kind, and a sentence in the user's
//! language. This is the one error type that crosses IPC.

use crate::i18n::{Locale, Texts};
use crate::problem::{FileKind, Problem};
use crate::wizard::Blocked;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorView {
    /// `Problem::kind`: the UI may style by it (`data-error-kind`).
    pub kind: &'static str,
    /// What the person reads.
    pub message: String,
}

/// Why the wizard did not move, said on the step.
pub fn blocked_message(blocked: Blocked, texts: &Texts, locale: Locale) -> String {
    texts.get(locale, blocked.message_id())
}

/// `problem` for the person, in `locale`.
pub fn error_view(problem: &Problem, texts: &Texts, locale: Locale) -> ErrorView {
    let t = |id: &str| texts.get(locale, id);
    let message = match problem {
        Problem::UnknownId { .. } | Problem::UnknownLocale(_) | Problem::NoPhoneCheck => {
            t("wizard-error-unknown")
        }
        Problem::MethodDisabled(_) => t("wizard-plan-method-disabled"),
        Problem::LinkRefused { refusal, .. } => format!(
            "{} {} {}",
            t("links-refused-title"),
            t(refusal.message_id()),
            t("links-refused-report")
        ),
        Problem::OpenFailed(_) => t("links-action-open-failed"),
        Problem::SaveFailed {
            kind: FileKind::Png,
            ..
        } => t("links-save-image-failed"),
        Problem::SaveFailed {
            kind: FileKind::Text,
            ..
        } => t("done-save-failed"),
        Problem::PrintFailed(_) => t("done-print-failed"),
        Problem::AccountCheckUnavailable => t("account-check-unavailable"),
    };
    ErrorView {
        kind: problem.kind(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link_policy::Refusal;
    use crate::method::MethodId;
    use crate::problem::IdKind;

    #[test]
    fn every_problem_reads_in_both_languages_and_keeps_its_kind() {
        let texts = Texts::load();
        let problems = [
            Problem::unknown(IdKind::Method, "carrier-pigeon"),
            Problem::UnknownLocale("fr".into()),
            Problem::MethodDisabled(MethodId::SecurityKey),
            Problem::LinkRefused {
                id: "manual".into(),
                refusal: Refusal::HostNotAllowed,
            },
            Problem::NoPhoneCheck,
            Problem::AccountCheckUnavailable,
            Problem::OpenFailed("no browser".into()),
            Problem::SaveFailed {
                kind: FileKind::Png,
                reason: "read-only".into(),
            },
            Problem::SaveFailed {
                kind: FileKind::Text,
                reason: "read-only".into(),
            },
            Problem::PrintFailed("no printer".into()),
        ];
        for locale in Locale::ALL {
            for problem in &problems {
                let view = error_view(problem, &texts, locale);
                assert_eq!(view.kind, problem.kind());
                assert!(!view.message.is_empty(), "{problem}");
                for id_fragment in ["wizard-", "links-", "done-"] {
                    assert!(
                        !view.message.contains(id_fragment),
                        "raw id: {}",
                        view.message
                    );
                }
                // The person never reads the technical detail meant for the log.
                assert!(!view.message.contains("read-only") && !view.message.contains("pigeon"));
            }
        }
    }
}
