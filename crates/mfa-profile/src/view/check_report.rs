//! `--check-profile` in words: the report an admin reads (English: a
//! deployment script's log is read by whoever maintains it) and the exit
//! code, from what `cli::check_profile_file` found.

use crate::cli::check_profile_file;
use crate::date::Date;
use crate::i18n::{Arg, Locale, Texts};
use crate::{Localized, Profile, ProfileIssue};
use std::path::Path;

/// Validates the profile at `path` as it would be validated today (Japan time);
/// returns the report and the exit code (0 valid, 1 not).
pub fn check_profile_cli(path: &Path) -> (String, i32) {
    check_profile_cli_on(path, Date::today_in_japan())
}

/// `check_profile_cli` for a given day, since whether phone-only lists work
/// depends on the date.
pub fn check_profile_cli_on(path: &Path, today: Date) -> (String, i32) {
    let texts = Texts::load();
    let parsed = check_profile_file(path, today);
    match parsed {
        Ok(parsed) => {
            let mut lines = vec![line(
                &texts,
                "profile-check-ok",
                &[("file", path.display().to_string())],
            )];
            lines.extend(summary(&texts, &parsed.profile));
            lines.extend(parsed.warnings.iter().map(|w| w.render_plain(&texts)));
            (lines.join("\n") + "\n", 0)
        }
        Err(issues) => {
            let mut lines: Vec<String> = issues.iter().map(|i| i.render_plain(&texts)).collect();
            let errors = issues.iter().filter(|i| i.is_error()).count();
            lines.push(texts.get_with(
                Locale::En,
                "profile-check-failed",
                &[("count", Arg::from(errors as i64))],
            ));
            (lines.join("\n") + "\n", 1)
        }
    }
}

fn line(texts: &Texts, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::from(v))).collect();
    texts.get_with(Locale::En, id, &args)
}

/// "label: value" lines describing what the assistant would use.
fn summary(texts: &Texts, p: &Profile) -> Vec<String> {
    let not_set = texts.get(Locale::En, "profile-summary-not-set");
    let or_not_set = |value: Option<String>| {
        value
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| not_set.clone())
    };
    let both = |text: &Localized| format!("{} / {}", text.ja, text.en);
    let desk = &p.help_desk;
    let retirement = Date::MICROSOFT_SMS_VOICE_RETIREMENT.to_string();
    let telephony = p.telephony;
    let channel = |carried: bool| {
        let id = match (carried, telephony.covers_everyone) {
            (false, _) => "profile-summary-provider-none",
            (true, true) => "profile-summary-provider-kept",
            (true, false) => "profile-summary-provider-some-staff",
        };
        line(texts, id, &[("date", retirement.clone())])
    };
    // Every method the assistant may recommend, the passkey kinds included.
    let methods: Vec<&str> = p.enabled_methods().iter().map(|m| m.as_str()).collect();
    let mut rows =
        vec![
            ("profile-field-organisation", both(&p.organisation)),
            (
                "profile-field-logo",
                or_not_set(p.logo.as_ref().map(|logo| logo.file.clone())),
            ),
            (
                "profile-field-help-desk-name",
                or_not_set(desk.name.as_ref().map(both)),
            ),
            (
                "profile-field-help-desk-hours",
                or_not_set(desk.hours.as_ref().map(both)),
            ),
            (
                "profile-field-help-desk-counter",
                or_not_set(desk.counter.as_ref().map(both)),
            ),
            (
                "profile-field-help-desk-phone",
                or_not_set(desk.phone.clone()),
            ),
            (
                "profile-field-help-desk-email",
                or_not_set(desk.email.clone()),
            ),
            (
                "profile-field-help-desk-page",
                or_not_set(desk.page.clone()),
            ),
            (
                "profile-field-pre-registration-start",
                or_not_set(p.pre_registration_start.map(|d| d.to_string())),
            ),
            (
                "profile-field-mfa-required-from",
                or_not_set(p.mfa_required_from.map(|d| d.to_string())),
            ),
            ("profile-field-methods", methods.join(", ")),
            ("profile-field-sms", channel(telephony.sms)),
            ("profile-field-voice", channel(telephony.voice)),
            (
                "profile-field-switchboard",
                or_not_set(Some(p.switchboard_numbers.join(", "))),
            ),
            (
                "profile-field-extra-hosts",
                or_not_set(Some(p.extra_allowed_hosts.join(", "))),
            ),
            (
                "profile-field-microsoft-check",
                or_not_set(p.microsoft_check.as_ref().map(|check| {
                    format!("tenant {}, client id {}", check.tenant, check.client_id)
                })),
            ),
            (
                "profile-field-links",
                or_not_set((!p.links.is_empty()).then(|| p.links.len().to_string())),
            ),
        ];
    for link in &p.links {
        let urls = if link.url_ja == link.url_en {
            link.url_ja.clone()
        } else {
            format!("{} | {}", link.url_ja, link.url_en)
        };
        rows.push((
            "profile-field-link",
            format!("{} ({}): {urls}", link.id, both(&link.title)),
        ));
    }
    rows.into_iter()
        .map(|(label, value)| {
            line(
                texts,
                "profile-summary-line",
                &[("label", texts.get(Locale::En, label)), ("value", value)],
            )
        })
        .collect()
}

/// Renders issues the way the command line does; for callers that log a
/// rejected profile at start-up.
pub fn render_issues_plain(issues: &[ProfileIssue]) -> String {
    let texts = Texts::load();
    issues
        .iter()
        .map(|i| i.render_plain(&texts))
        .collect::<Vec<_>>()
        .join("\n")
}
