//! The TOML format of the profile: reading with every problem located, and
//! writing back.
//!
//! Reading goes in three passes so each problem gets its own kind: the TOML
//! syntax, then `schema_version` alone (a newer file should say "newer version",
//! not "unknown field"), then the structure (serde, `deny_unknown_fields`, which
//! stops at the first problem), then the values (which reports every problem at
//! once). The raw structs keep the byte span of every value they check, so even
//! value problems name a line and a column.

use super::checks;
use super::issue::{IssueKind, ProfileIssue};
use super::{HelpDesk, Localized, Logo, Profile, ProfileLink, TelephonyProvider, UpdateSource};
use crate::catalogue::{CatalogueLink, HELP_DESK_PAGE_ID};
use crate::date::Date;
use crate::link_policy::{self, Refusal};
use crate::method::MethodId;
use mfa_base::account_check::{check_tenant, is_guid, MicrosoftSignIn, SignInPrompt, TenantError};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// The only `schema_version` this build reads.
pub const SUPPORTED_SCHEMA_VERSION: u32 = 1;

/// No real profile comes near this; a larger file is a mistake (a log, a binary)
/// and is refused before parsing.
pub const MAX_PROFILE_BYTES: usize = 256 * 1024;

/// A profile that passed validation, with what an admin should still look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedProfile {
    pub profile: Profile,
    pub warnings: Vec<ProfileIssue>,
}

#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<Spanned<toml::Value>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    schema_version: u32,
    organisation: RawOrganisation,
    help_desk: RawHelpDesk,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    schedule: Option<RawSchedule>,
    methods: RawMethods,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    links: Vec<RawLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    link_policy: Option<RawLinkPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    telephony_provider: Option<RawTelephonyProvider>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    microsoft_check: Option<RawMicrosoftCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updates: Option<RawUpdates>,
}

/// Signed updates from the organisation's server.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUpdates {
    /// `true` unless said otherwise: the section turns updates on.
    #[serde(default = "yes")]
    enabled: bool,
    endpoint: Spanned<String>,
    pubkey: Spanned<String>,
}

fn yes() -> bool {
    true
}

/// The organisation's own telephony provider, after Microsoft's retirement.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTelephonyProvider {
    #[serde(default)]
    sms: bool,
    #[serde(default)]
    voice: bool,
    /// `everyone` (the default) or `some-staff`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    covers: Option<Spanned<String>>,
}

/// The words `telephony_provider.covers` accepts.
const COVERS_EVERYONE: &str = "everyone";
const COVERS_SOME_STAFF: &str = "some-staff";

/// The organisation's app registration for "Check with Microsoft".
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMicrosoftCheck {
    tenant: Spanned<String>,
    client_id: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    prompt: Option<Spanned<String>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocalized {
    ja: Spanned<String>,
    en: Spanned<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    name: RawLocalized,
    #[serde(default)]
    switchboard_numbers: Vec<Spanned<String>>,
    /// A PNG file, beside the profile or given by its full path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    logo: Option<Spanned<String>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHelpDesk {
    name: RawLocalized,
    hours: RawLocalized,
    /// Where to go in person: a locked-out person may have only their feet.
    counter: RawLocalized,
    phone: Spanned<String>,
    email: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page: Option<Spanned<String>>,
}

/// Dates are taken as any TOML value, so both a TOML date (`2026-04-01`) and a
/// string (`"2026-04-01"`) are accepted and anything else gets a precise kind.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pre_registration_start: Option<Spanned<toml::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mfa_required_from: Option<Spanned<toml::Value>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMethods {
    enabled: Spanned<Vec<Spanned<String>>>,
    /// Before `[telephony_provider]`: `true` meant SMS and voice for everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    own_telecom_provider: Option<Spanned<bool>>,
    #[serde(default = "every_kind_of_passkey")]
    synced_passkeys: bool,
    #[serde(default = "every_kind_of_passkey")]
    windows_passkeys: bool,
}

/// Microsoft's retirement policy allows every kind of passkey (see `Profile`).
fn every_kind_of_passkey() -> bool {
    true
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    id: Spanned<String>,
    title: RawLocalized,
    url_ja: Spanned<String>,
    /// Absent: the Japanese page serves both languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url_en: Option<Spanned<String>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLinkPolicy {
    #[serde(default)]
    extra_allowed_hosts: Vec<Spanned<String>>,
}

/// Reads a profile file's bytes: size, encoding (a UTF-8 byte-order mark, as
/// Windows Notepad writes, is skipped), then `parse_profile`.
pub fn parse_profile_bytes(
    bytes: &[u8],
    file: &Path,
    today: Date,
) -> Result<ParsedProfile, Vec<ProfileIssue>> {
    if bytes.len() > MAX_PROFILE_BYTES {
        let limit = (MAX_PROFILE_BYTES / 1024).to_string();
        return Err(vec![
            ProfileIssue::whole_file(IssueKind::TooLarge, file).with("limit", limit)
        ]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_profile(text, file, today),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            Err(vec![ProfileIssue::at(
                IssueKind::NotUtf8,
                file,
                valid,
                valid.len(),
            )])
        }
    }
}

/// Parses and validates a profile. `file` is only used to name the file in the
/// issues; `today` decides whether phone lines still work (Microsoft's
/// retirement). Errors come back all at once where the format allows, sorted by
/// place; warnings come with the profile on success and among the errors on
/// failure.
pub fn parse_profile(
    text: &str,
    file: &Path,
    today: Date,
) -> Result<ParsedProfile, Vec<ProfileIssue>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: VersionProbe = toml::from_str(text)
        .map_err(|e| vec![issue_from_toml_error(&e, IssueKind::TomlSyntax, file, text)])?;
    check_schema_version(probe.schema_version.as_ref(), file, text).map_err(|issue| vec![issue])?;
    let raw: RawProfile = toml::from_str(text).map_err(|e| {
        vec![issue_from_toml_error(
            &e,
            structural_kind(e.message()),
            file,
            text,
        )]
    })?;
    let mut validator = Validator {
        file,
        text,
        today,
        allowed_hosts: vec![],
        issues: vec![],
    };
    let profile = validator.profile(raw);
    let mut issues = validator.issues;
    issues.sort_by_key(|issue| issue.location.map(|at| (at.line, at.column)));
    if issues.iter().any(ProfileIssue::is_error) {
        Err(issues)
    } else {
        Ok(ParsedProfile {
            profile,
            warnings: issues,
        })
    }
}

fn check_schema_version(
    version: Option<&Spanned<toml::Value>>,
    file: &Path,
    text: &str,
) -> Result<(), ProfileIssue> {
    let supported = SUPPORTED_SCHEMA_VERSION.to_string();
    let Some(version) = version else {
        return Err(ProfileIssue::at(IssueKind::MissingField, file, text, 0)
            .with("field", "schema_version"));
    };
    let at = version.span().start;
    match version.get_ref() {
        toml::Value::Integer(n) if *n == i64::from(SUPPORTED_SCHEMA_VERSION) => Ok(()),
        toml::Value::Integer(n) => {
            Err(
                ProfileIssue::at(IssueKind::UnsupportedSchemaVersion, file, text, at)
                    .with("found", n.to_string())
                    .with("supported", supported),
            )
        }
        _ => Err(ProfileIssue::at(IssueKind::WrongType, file, text, at)
            .with("expected", "integer")
            .with("detail", "schema_version")),
    }
}

/// Serde reports structure problems as sentences of its own; their openings
/// are stable across serde versions and tell the kinds apart.
fn structural_kind(message: &str) -> IssueKind {
    if message.starts_with("unknown field") {
        IssueKind::UnknownField
    } else if message.starts_with("missing field") {
        IssueKind::MissingField
    } else if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        IssueKind::WrongType
    } else {
        IssueKind::TomlSyntax
    }
}

fn issue_from_toml_error(
    error: &toml::de::Error,
    kind: IssueKind,
    file: &Path,
    text: &str,
) -> ProfileIssue {
    let message = error.message();
    let at = error.span().map_or(0, |span| span.start);
    let issue = ProfileIssue::at(kind, file, text, at);
    match kind {
        IssueKind::UnknownField => issue
            .with("field", first_quoted(message).unwrap_or_default())
            .with("expected", expected_fields(message)),
        IssueKind::MissingField => issue.with("field", first_quoted(message).unwrap_or_default()),
        IssueKind::WrongType => issue
            .with("expected", expected_type(message))
            .with("detail", message),
        _ => issue.with("detail", message),
    }
}

/// The first `` `name` `` of a serde message.
fn first_quoted(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

/// The keys serde lists after "expected", as `a, b, c`.
fn expected_fields(message: &str) -> String {
    let list = message.split_once("expected ").map_or("", |(_, list)| list);
    list.trim_start_matches("one of ")
        .replace(" or ", ", ")
        .replace('`', "")
}

/// The TOML type a wrong-type message expected, as one word the Fluent message
/// selects on (`boolean`, `text`, `integer`, `list`, `table`, `other`).
fn expected_type(message: &str) -> &'static str {
    let expected = message
        .rsplit_once("expected ")
        .map_or("", |(_, e)| e.trim());
    let integer_types = ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64"];
    if expected.contains("bool") {
        "boolean"
    } else if expected.contains("string") || expected.contains("char") {
        "text"
    } else if integer_types.contains(&expected) || expected.contains("integer") {
        "integer"
    } else if expected.contains("sequence") || expected.contains("array") {
        "list"
    } else if expected.contains("struct") || expected.contains("map") || expected.contains("table")
    {
        "table"
    } else {
        "other"
    }
}

/// Turns the raw structs into a `Profile`, recording every value problem.
struct Validator<'a> {
    file: &'a Path,
    text: &'a str,
    today: Date,
    /// The profile's own `extra_allowed_hosts`, which its URLs may use.
    allowed_hosts: Vec<String>,
    issues: Vec<ProfileIssue>,
}

impl Validator<'_> {
    fn report(&mut self, kind: IssueKind, span: &Range<usize>, args: &[(&'static str, &str)]) {
        let mut issue = ProfileIssue::at(kind, self.file, self.text, span.start);
        for (name, value) in args {
            issue = issue.with(name, *value);
        }
        self.issues.push(issue);
    }

    fn profile(&mut self, raw: RawProfile) -> Profile {
        // Hosts first: the URLs below are judged against them.
        let extra_allowed_hosts = raw
            .link_policy
            .map(|policy| self.hosts(&policy.extra_allowed_hosts))
            .unwrap_or_default();
        self.allowed_hosts = extra_allowed_hosts.clone();
        let help_desk = self.help_desk(raw.help_desk);
        let logo = raw
            .organisation
            .logo
            .as_ref()
            .and_then(|file| self.logo(file));
        let (pre_registration_start, mfa_required_from) = raw
            .schedule
            .map(|schedule| self.schedule(schedule))
            .unwrap_or_default();
        let methods_enabled = self.methods(&raw.methods);
        let telephony = self.telephony(&raw.methods, raw.telephony_provider.as_ref());
        self.check_usability(&raw.methods, &methods_enabled, telephony);
        let mut seen_ids = HashSet::new();
        let links = raw
            .links
            .into_iter()
            .map(|link| self.link(link, &mut seen_ids))
            .collect();
        let microsoft_check = raw
            .microsoft_check
            .map(|section| self.microsoft_check(&section));
        let updates = raw.updates.and_then(|section| self.updates(&section));
        Profile {
            schema_version: raw.schema_version,
            organisation: self.localized(&raw.organisation.name, "organisation.name"),
            logo,
            help_desk,
            pre_registration_start,
            mfa_required_from,
            methods_enabled,
            synced_passkeys: raw.methods.synced_passkeys,
            windows_passkeys: raw.methods.windows_passkeys,
            telephony,
            switchboard_numbers: self.switchboard(&raw.organisation.switchboard_numbers),
            links,
            extra_allowed_hosts,
            microsoft_check,
            updates,
        }
    }

    /// The update server and its key, checked; `None` when turned off.
    fn updates(&mut self, raw: &RawUpdates) -> Option<UpdateSource> {
        let endpoint = raw.endpoint.get_ref().trim();
        if !checks::is_valid_update_endpoint(endpoint) {
            self.report(
                IssueKind::BadUpdateEndpoint,
                &raw.endpoint.span(),
                &[("value", endpoint)],
            );
        }
        let pubkey = raw.pubkey.get_ref().trim();
        if !checks::is_valid_update_key(pubkey) {
            self.report(IssueKind::BadUpdateKey, &raw.pubkey.span(), &[]);
        }
        raw.enabled.then(|| UpdateSource {
            endpoint: endpoint.to_owned(),
            pubkey: pubkey.to_owned(),
        })
    }

    fn microsoft_check(&mut self, raw: &RawMicrosoftCheck) -> MicrosoftSignIn {
        let tenant = raw.tenant.get_ref().trim();
        let tenant = match check_tenant(tenant) {
            Ok(tenant) => tenant,
            Err(error) => {
                let kind = match error {
                    TenantError::SharedEndpoint => IssueKind::SharedTenant,
                    TenantError::Malformed => IssueKind::BadTenant,
                };
                self.report(kind, &raw.tenant.span(), &[("value", tenant)]);
                tenant.to_owned()
            }
        };
        let client_id = raw.client_id.get_ref().trim().to_ascii_lowercase();
        if !is_guid(&client_id) {
            self.report(
                IssueKind::BadClientId,
                &raw.client_id.span(),
                &[("value", raw.client_id.get_ref().trim())],
            );
        }
        let prompt = match &raw.prompt {
            None => SignInPrompt::default(),
            Some(word) => SignInPrompt::parse(word.get_ref().trim()).unwrap_or_else(|| {
                let allowed = format!(
                    "{}, {}",
                    SignInPrompt::SelectAccount.as_str(),
                    SignInPrompt::Login.as_str()
                );
                self.report(
                    IssueKind::BadChoice,
                    &word.span(),
                    &[
                        ("key", "microsoft_check.prompt"),
                        ("value", word.get_ref().trim()),
                        ("allowed", &allowed),
                    ],
                );
                SignInPrompt::default()
            }),
        };
        MicrosoftSignIn {
            tenant,
            client_id,
            prompt,
        }
    }

    fn localized(&mut self, raw: &RawLocalized, key: &str) -> Localized {
        for (lang, text) in [("ja", &raw.ja), ("en", &raw.en)] {
            if text.get_ref().trim().is_empty() {
                self.report(
                    IssueKind::EmptyText,
                    &text.span(),
                    &[("key", &format!("{key}.{lang}"))],
                );
            }
        }
        Localized {
            ja: raw.ja.get_ref().trim().to_owned(),
            en: raw.en.get_ref().trim().to_owned(),
        }
    }

    fn help_desk(&mut self, raw: RawHelpDesk) -> HelpDesk {
        HelpDesk {
            name: Some(self.localized(&raw.name, "help_desk.name")),
            hours: Some(self.localized(&raw.hours, "help_desk.hours")),
            counter: Some(self.localized(&raw.counter, "help_desk.counter")),
            phone: Some(self.phone(&raw.phone, "help_desk.phone")),
            email: Some(self.email(&raw.email)),
            page: raw.page.map(|page| self.url(&page, "help_desk.page")),
        }
    }

    /// The logo file, read beside the profile, as the window shows it.
    fn logo(&mut self, raw: &Spanned<String>) -> Option<Logo> {
        let written = raw.get_ref().trim();
        let path = self.file.parent().unwrap_or(Path::new(".")).join(written);
        match Logo::read(written, &path) {
            Ok(logo) => Some(logo),
            Err(problem) => {
                self.report(
                    IssueKind::BadLogo,
                    &raw.span(),
                    &[("value", written), ("detail", &problem)],
                );
                None
            }
        }
    }

    fn phone(&mut self, raw: &Spanned<String>, key: &str) -> String {
        let number = raw.get_ref().trim();
        if !checks::is_valid_phone(number) {
            self.report(
                IssueKind::BadPhone,
                &raw.span(),
                &[("key", key), ("value", number)],
            );
        }
        number.to_owned()
    }

    fn email(&mut self, raw: &Spanned<String>) -> String {
        let address = raw.get_ref().trim();
        if !checks::is_valid_email(address) {
            self.report(
                IssueKind::BadEmail,
                &raw.span(),
                &[("key", "help_desk.email"), ("value", address)],
            );
        }
        address.to_owned()
    }

    fn url(&mut self, raw: &Spanned<String>, key: &str) -> String {
        let url = raw.get_ref().trim();
        let kind = match link_policy::check(url, &self.allowed_hosts) {
            Ok(_) => return url.to_owned(),
            Err(refusal) => url_issue_kind(refusal),
        };
        self.report(kind, &raw.span(), &[("key", key), ("value", url)]);
        url.to_owned()
    }

    fn schedule(&mut self, raw: RawSchedule) -> (Option<Date>, Option<Date>) {
        let start = raw
            .pre_registration_start
            .as_ref()
            .and_then(|value| self.date(value, "schedule.pre_registration_start"));
        let required = raw
            .mfa_required_from
            .as_ref()
            .and_then(|value| self.date(value, "schedule.mfa_required_from"));
        if let (Some(start), Some(required), Some(raw_required)) =
            (start, required, &raw.mfa_required_from)
        {
            if required <= start {
                self.report(
                    IssueKind::RequiredBeforePreRegistration,
                    &raw_required.span(),
                    &[
                        ("required", &required.to_string()),
                        ("start", &start.to_string()),
                    ],
                );
            }
        }
        (start, required)
    }

    fn date(&mut self, raw: &Spanned<toml::Value>, key: &str) -> Option<Date> {
        let parsed = match raw.get_ref() {
            toml::Value::String(text) => Date::parse(text.trim()).ok(),
            toml::Value::Datetime(stamp) => match (stamp.date, stamp.time, stamp.offset) {
                (Some(day), None, None) => Date::new(i32::from(day.year), day.month, day.day),
                _ => None,
            },
            _ => {
                self.report(
                    IssueKind::WrongType,
                    &raw.span(),
                    &[("expected", "date"), ("detail", key)],
                );
                return None;
            }
        };
        if parsed.is_none() {
            let shown = match raw.get_ref() {
                toml::Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            self.report(
                IssueKind::BadDate,
                &raw.span(),
                &[("key", key), ("value", &shown)],
            );
        }
        parsed
    }

    fn methods(&mut self, raw: &RawMethods) -> Vec<MethodId> {
        let mut methods = vec![];
        for name in raw.enabled.get_ref() {
            match MethodId::parse(name.get_ref().trim()) {
                Some(kind @ (MethodId::SyncedPasskey | MethodId::WindowsPasskey)) => {
                    let flag = if kind == MethodId::SyncedPasskey {
                        "methods.synced_passkeys"
                    } else {
                        "methods.windows_passkeys"
                    };
                    self.report(
                        IssueKind::PasskeyKindInList,
                        &name.span(),
                        &[("value", kind.as_str()), ("flag", flag)],
                    );
                }
                Some(method) if methods.contains(&method) => {
                    self.report(
                        IssueKind::DuplicateMethod,
                        &name.span(),
                        &[("value", method.as_str())],
                    );
                }
                Some(method) => methods.push(method),
                None => {
                    self.report(
                        IssueKind::UnknownMethod,
                        &name.span(),
                        &[("value", name.get_ref()), ("known", &listable_methods())],
                    );
                }
            }
        }
        methods
    }

    /// The provider from `[telephony_provider]`, or from the older
    /// `methods.own_telecom_provider` (both channels, everyone), which is
    /// still read and explained.
    fn telephony(
        &mut self,
        methods: &RawMethods,
        section: Option<&RawTelephonyProvider>,
    ) -> TelephonyProvider {
        let old_key = methods.own_telecom_provider.as_ref();
        if let Some(old) = old_key {
            let kind = if section.is_some() {
                IssueKind::ConflictingKeys
            } else {
                IssueKind::DeprecatedKey
            };
            let value = old.get_ref().to_string();
            self.report(
                kind,
                &old.span(),
                &[
                    ("key", "methods.own_telecom_provider"),
                    ("value", &value),
                    ("other", "[telephony_provider]"),
                ],
            );
        }
        let Some(section) = section else {
            return match old_key {
                Some(old) if *old.get_ref() => TelephonyProvider::EVERYTHING,
                _ => TelephonyProvider::NONE,
            };
        };
        let covers_everyone = match &section.covers {
            None => true,
            Some(covers) => match covers.get_ref().trim() {
                COVERS_EVERYONE => true,
                COVERS_SOME_STAFF => false,
                other => {
                    let allowed = format!("{COVERS_EVERYONE}, {COVERS_SOME_STAFF}");
                    self.report(
                        IssueKind::BadChoice,
                        &covers.span(),
                        &[
                            ("key", "telephony_provider.covers"),
                            ("value", other),
                            ("allowed", &allowed),
                        ],
                    );
                    true
                }
            },
        };
        if !section.sms && !section.voice {
            // Spans of a table's keys are not kept by serde; the warning names the section.
            self.issues.push(ProfileIssue::whole_file(
                IssueKind::ProviderCarriesNothing,
                self.file,
            ));
        }
        TelephonyProvider {
            sms: section.sms,
            voice: section.voice,
            covers_everyone,
        }
    }

    /// Whether the enabled methods let people sign in today and after
    /// Microsoft's date (see `usability_problem`).
    fn check_usability(
        &mut self,
        raw: &RawMethods,
        methods: &[MethodId],
        telephony: TelephonyProvider,
    ) {
        let listed_are_known = raw
            .enabled
            .get_ref()
            .iter()
            .all(|name| MethodId::parse(name.get_ref().trim()).is_some());
        // With an unknown name, the admin meant some other list; judging the
        // usability of what is left would only add noise.
        if !listed_are_known {
            return;
        }
        if let Some(kind) = usability_problem(methods, telephony, self.today) {
            let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.to_string();
            self.report(kind, &raw.enabled.span(), &[("date", &date)]);
        }
    }

    fn switchboard(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut numbers = vec![];
        for number in raw {
            let value = self.phone(number, "organisation.switchboard_numbers");
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if !seen.insert(digits) {
                self.report(
                    IssueKind::DuplicateValue,
                    &number.span(),
                    &[
                        ("key", "organisation.switchboard_numbers"),
                        ("value", &value),
                    ],
                );
            }
            numbers.push(value);
        }
        numbers
    }

    fn hosts(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut hosts: Vec<String> = vec![];
        for host in raw {
            let value = host.get_ref().trim().to_ascii_lowercase();
            if !link_policy::is_valid_host(&value) {
                self.report(
                    IssueKind::BadHost,
                    &host.span(),
                    &[
                        ("key", "link_policy.extra_allowed_hosts"),
                        ("value", host.get_ref()),
                    ],
                );
            } else if hosts.contains(&value) {
                self.report(
                    IssueKind::DuplicateValue,
                    &host.span(),
                    &[
                        ("key", "link_policy.extra_allowed_hosts"),
                        ("value", &value),
                    ],
                );
            }
            hosts.push(value);
        }
        hosts
    }

    fn link(&mut self, raw: RawLink, seen_ids: &mut HashSet<String>) -> ProfileLink {
        let id = raw.id.get_ref().trim().to_owned();
        if !checks::is_valid_link_id(&id) {
            self.report(IssueKind::BadLinkId, &raw.id.span(), &[("value", &id)]);
        } else if is_reserved_link_id(&id) {
            self.report(IssueKind::ReservedLinkId, &raw.id.span(), &[("value", &id)]);
        } else if !seen_ids.insert(id.clone()) {
            self.report(
                IssueKind::DuplicateLinkId,
                &raw.id.span(),
                &[("value", &id)],
            );
        }
        let url_ja = self.url(&raw.url_ja, "links.url_ja");
        let url_en = match &raw.url_en {
            Some(url) => self.url(url, "links.url_en"),
            None => url_ja.clone(),
        };
        ProfileLink {
            id,
            title: self.localized(&raw.title, "links.title"),
            url_ja,
            url_en,
        }
    }
}

/// Ids of the links built into the assistant; `links` would show the built-in
/// link instead of the profile's.
fn is_reserved_link_id(id: &str) -> bool {
    CatalogueLink::parse(id).is_some() || id == HELP_DESK_PAGE_ID
}

/// The profile's kind for a URL the link policy refuses: the policy's finer
/// reasons are grouped by what the admin has to fix.
fn url_issue_kind(refusal: Refusal) -> IssueKind {
    match refusal {
        Refusal::NotHttps => IssueKind::NotHttps,
        Refusal::IpAddress | Refusal::EncodedHost | Refusal::MalformedHost => IssueKind::BadHost,
        Refusal::HostNotAllowed => IssueKind::HostNotAllowed,
        Refusal::TooLong
        | Refusal::HiddenCharacters
        | Refusal::NonAscii
        | Refusal::Malformed
        | Refusal::Credentials
        | Refusal::Port => IssueKind::BadUrl,
    }
}

/// What makes a list of enabled methods unusable on `today`, if anything.
///
/// Usable means: a user can register at least one method that Microsoft lets be
/// the default (a security key cannot be) and that still works today (phone
/// lines stop at Microsoft's retirement unless the organisation keeps its own
/// provider). Before the retirement, a list whose only default-capable methods
/// are phone lines works but gets a warning, since it breaks on that date.
pub(crate) fn usability_problem(
    methods: &[MethodId],
    telephony: TelephonyProvider,
    today: Date,
) -> Option<IssueKind> {
    let keeps = |m: &MethodId| {
        m.channels()
            .iter()
            .any(|&c| telephony.keeps_for_everyone(c))
    };
    let lasting = |m: &&MethodId| !m.is_phone_line() || keeps(m);
    let defaults: Vec<MethodId> = methods
        .iter()
        .copied()
        .filter(|m| m.can_be_default())
        .collect();
    if methods.is_empty() {
        Some(IssueKind::NoMethods)
    } else if defaults.is_empty() {
        Some(IssueKind::NoDefaultMethod)
    } else if !defaults.iter().any(|m| lasting(&m)) {
        Some(if today < Date::MICROSOFT_SMS_VOICE_RETIREMENT {
            IssueKind::PhoneLinesRetireSoon
        } else {
            IssueKind::OnlyRetiredPhoneLines
        })
    } else {
        None
    }
}

/// The method names `methods.enabled` accepts, for the unknown-method message.
fn listable_methods() -> String {
    MethodId::ALL
        .into_iter()
        .filter(|m| !matches!(m, MethodId::SyncedPasskey | MethodId::WindowsPasskey))
        .map(MethodId::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes `profile` in the documented format. Spans are meaningless on output
/// and set to zero.
pub fn to_toml(profile: &Profile) -> String {
    let raw = RawProfile::from_profile(profile);
    toml::to_string(&raw).expect("a profile always has a TOML form")
}

fn unspanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

impl RawLocalized {
    fn from_localized(text: &Localized) -> RawLocalized {
        RawLocalized {
            ja: unspanned(text.ja.clone()),
            en: unspanned(text.en.clone()),
        }
    }
}

fn toml_date(date: Date) -> Spanned<toml::Value> {
    let stamp: toml::value::Datetime = date
        .to_string()
        .parse()
        .expect("a Date prints as a TOML date");
    unspanned(toml::Value::Datetime(stamp))
}

impl RawProfile {
    fn from_profile(p: &Profile) -> RawProfile {
        let desk = &p.help_desk;
        let empty = Localized {
            ja: String::new(),
            en: String::new(),
        };
        let localized = |text: &Option<Localized>| {
            RawLocalized::from_localized(text.as_ref().unwrap_or(&empty))
        };
        let has_schedule = p.pre_registration_start.is_some() || p.mfa_required_from.is_some();
        let strings = |items: &[String]| items.iter().cloned().map(unspanned).collect();
        RawProfile {
            schema_version: p.schema_version,
            organisation: RawOrganisation {
                name: RawLocalized::from_localized(&p.organisation),
                switchboard_numbers: strings(&p.switchboard_numbers),
                logo: p.logo.as_ref().map(|logo| unspanned(logo.file.clone())),
            },
            help_desk: RawHelpDesk {
                name: localized(&desk.name),
                hours: localized(&desk.hours),
                counter: localized(&desk.counter),
                phone: unspanned(desk.phone.clone().unwrap_or_default()),
                email: unspanned(desk.email.clone().unwrap_or_default()),
                page: desk.page.clone().map(unspanned),
            },
            schedule: has_schedule.then(|| RawSchedule {
                pre_registration_start: p.pre_registration_start.map(toml_date),
                mfa_required_from: p.mfa_required_from.map(toml_date),
            }),
            methods: RawMethods {
                enabled: unspanned(
                    p.methods_enabled
                        .iter()
                        .map(|m| unspanned(m.as_str().to_owned()))
                        .collect(),
                ),
                own_telecom_provider: None,
                synced_passkeys: p.synced_passkeys,
                windows_passkeys: p.windows_passkeys,
            },
            links: p
                .links
                .iter()
                .map(|link| RawLink {
                    id: unspanned(link.id.clone()),
                    title: RawLocalized::from_localized(&link.title),
                    url_ja: unspanned(link.url_ja.clone()),
                    url_en: Some(unspanned(link.url_en.clone())),
                })
                .collect(),
            link_policy: (!p.extra_allowed_hosts.is_empty()).then(|| RawLinkPolicy {
                extra_allowed_hosts: strings(&p.extra_allowed_hosts),
            }),
            telephony_provider: p.telephony.exists().then(|| RawTelephonyProvider {
                sms: p.telephony.sms,
                voice: p.telephony.voice,
                covers: Some(unspanned(
                    if p.telephony.covers_everyone {
                        COVERS_EVERYONE
                    } else {
                        COVERS_SOME_STAFF
                    }
                    .to_owned(),
                )),
            }),
            microsoft_check: p.microsoft_check.as_ref().map(|check| RawMicrosoftCheck {
                tenant: unspanned(check.tenant.clone()),
                client_id: unspanned(check.client_id.clone()),
                prompt: (check.prompt != SignInPrompt::default())
                    .then(|| unspanned(check.prompt.as_str().to_owned())),
            }),
            updates: p.updates.as_ref().map(|updates| RawUpdates {
                enabled: true,
                endpoint: unspanned(updates.endpoint.clone()),
                pubkey: unspanned(updates.pubkey.clone()),
            }),
        }
    }
}
