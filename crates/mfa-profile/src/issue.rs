//! What can be wrong with a profile, where, and how to say it in both languages.
//!
//! An issue is data (kind, place, arguments) rather than a sentence, so the app
//! can show it in the user's language and the command line in English, from the
//! same Fluent messages (`locales/*/profile.ftl`).

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The profile is not used; the assistant runs on the embedded default.
    Error,
    /// The profile is used, but something in it deserves an admin's attention.
    Warning,
}

/// The stable name of an issue. The kebab-case names appear on the command line
/// and in the Fluent ids (`profile-issue-<kind>`), so they never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IssueKind {
    /// The file could not be read (other than "does not exist" for the system path).
    FileUnreadable,
    /// The file is larger than any profile needs to be.
    TooLarge,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The file is not valid TOML.
    TomlSyntax,
    /// A key the format does not have (often a typo).
    UnknownField,
    /// A required key is absent.
    MissingField,
    /// A value of the wrong TOML type.
    WrongType,
    /// `schema_version` is not one this build reads.
    UnsupportedSchemaVersion,
    /// A text in one of the languages is empty.
    EmptyText,
    /// A date that is not a `YYYY-MM-DD` day.
    BadDate,
    /// MFA would be required before pre-registration opens.
    RequiredBeforePreRegistration,
    /// A URL that is not `https://`.
    NotHttps,
    /// A URL that is malformed (spaces, non-ASCII, credentials, a port, too long).
    BadUrl,
    /// A host name the link policy cannot allow (IP address, punycode, bad label).
    BadHost,
    /// A URL whose host is neither built into the link policy nor listed in
    /// `link_policy.extra_allowed_hosts`, so the assistant would refuse to open it.
    HostNotAllowed,
    /// A phone number with something else than digits, `+`, spaces, hyphens,
    /// parentheses, or with too few or too many digits.
    BadPhone,
    /// An e-mail address that is not of the form `name@host`.
    BadEmail,
    /// A method name the assistant does not know.
    UnknownMethod,
    /// The same method listed twice.
    DuplicateMethod,
    /// No method enabled at all.
    NoMethods,
    /// Only methods that cannot be the default (security keys).
    NoDefaultMethod,
    /// Only phone lines, after Microsoft's retirement, without an own provider.
    OnlyRetiredPhoneLines,
    /// Warning: only phone lines, which stop working at Microsoft's retirement.
    PhoneLinesRetireSoon,
    /// A link id that is not lowercase-with-hyphens.
    BadLinkId,
    /// Two links with the same id.
    DuplicateLinkId,
    /// A link id the assistant uses for a built-in link, which would hide the
    /// profile's link.
    ReservedLinkId,
    /// The same value listed twice where a set is meant.
    DuplicateValue,
    /// The system profile is not owned by the administrator.
    UntrustedOwner,
    /// Users other than the administrator could change the system profile.
    UntrustedWritable,
    /// `microsoft_check.client_id` is not a GUID.
    BadClientId,
    /// `microsoft_check.tenant` is neither a GUID nor a domain name.
    BadTenant,
    /// `microsoft_check.tenant` is `common`, `organizations` or `consumers`.
    SharedTenant,
    /// Warning: a key of an older version of the format, still read; the
    /// message says what it now means and what to write instead.
    DeprecatedKey,
    /// Two keys that say the same thing, each its own way.
    ConflictingKeys,
    /// A kind of passkey listed in `methods.enabled`, which its own flag turns on.
    PasskeyKindInList,
    /// A value that is not one of the words the key accepts.
    BadChoice,
    /// Warning: a `[telephony_provider]` that carries neither SMS nor voice.
    ProviderCarriesNothing,
    /// `organisation.logo` is not a readable PNG file of a sensible size.
    BadLogo,
    /// `updates.endpoint` is not an HTTPS address (or a loopback HTTP one).
    BadUpdateEndpoint,
    /// `updates.pubkey` is not a minisign public key as Tauri's signer writes it.
    BadUpdateKey,
    /// Warning: `[updates]` in a profile that is not the machine-wide one.
    UpdatesOnlyMachineWide,
}

impl IssueKind {
    /// Every kind, so tests can check each has its messages.
    pub const ALL: [IssueKind; 41] = [
        IssueKind::FileUnreadable,
        IssueKind::TooLarge,
        IssueKind::NotUtf8,
        IssueKind::TomlSyntax,
        IssueKind::UnknownField,
        IssueKind::MissingField,
        IssueKind::WrongType,
        IssueKind::UnsupportedSchemaVersion,
        IssueKind::EmptyText,
        IssueKind::BadDate,
        IssueKind::RequiredBeforePreRegistration,
        IssueKind::NotHttps,
        IssueKind::BadUrl,
        IssueKind::BadHost,
        IssueKind::HostNotAllowed,
        IssueKind::BadPhone,
        IssueKind::BadEmail,
        IssueKind::UnknownMethod,
        IssueKind::DuplicateMethod,
        IssueKind::NoMethods,
        IssueKind::NoDefaultMethod,
        IssueKind::OnlyRetiredPhoneLines,
        IssueKind::PhoneLinesRetireSoon,
        IssueKind::BadLinkId,
        IssueKind::DuplicateLinkId,
        IssueKind::ReservedLinkId,
        IssueKind::DuplicateValue,
        IssueKind::UntrustedOwner,
        IssueKind::UntrustedWritable,
        IssueKind::BadClientId,
        IssueKind::BadTenant,
        IssueKind::SharedTenant,
        IssueKind::DeprecatedKey,
        IssueKind::ConflictingKeys,
        IssueKind::PasskeyKindInList,
        IssueKind::BadChoice,
        IssueKind::ProviderCarriesNothing,
        IssueKind::BadLogo,
        IssueKind::BadUpdateEndpoint,
        IssueKind::BadUpdateKey,
        IssueKind::UpdatesOnlyMachineWide,
    ];

    /// The stable kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::FileUnreadable => "file-unreadable",
            IssueKind::TooLarge => "too-large",
            IssueKind::NotUtf8 => "not-utf8",
            IssueKind::TomlSyntax => "toml-syntax",
            IssueKind::UnknownField => "unknown-field",
            IssueKind::MissingField => "missing-field",
            IssueKind::WrongType => "wrong-type",
            IssueKind::UnsupportedSchemaVersion => "unsupported-schema-version",
            IssueKind::EmptyText => "empty-text",
            IssueKind::BadDate => "bad-date",
            IssueKind::RequiredBeforePreRegistration => "required-before-pre-registration",
            IssueKind::NotHttps => "not-https",
            IssueKind::BadUrl => "bad-url",
            IssueKind::BadHost => "bad-host",
            IssueKind::HostNotAllowed => "host-not-allowed",
            IssueKind::BadPhone => "bad-phone",
            IssueKind::BadEmail => "bad-email",
            IssueKind::UnknownMethod => "unknown-method",
            IssueKind::DuplicateMethod => "duplicate-method",
            IssueKind::NoMethods => "no-methods",
            IssueKind::NoDefaultMethod => "no-default-method",
            IssueKind::OnlyRetiredPhoneLines => "only-retired-phone-lines",
            IssueKind::PhoneLinesRetireSoon => "phone-lines-retire-soon",
            IssueKind::BadLinkId => "bad-link-id",
            IssueKind::DuplicateLinkId => "duplicate-link-id",
            IssueKind::ReservedLinkId => "reserved-link-id",
            IssueKind::DuplicateValue => "duplicate-value",
            IssueKind::UntrustedOwner => "untrusted-owner",
            IssueKind::UntrustedWritable => "untrusted-writable",
            IssueKind::BadClientId => "bad-client-id",
            IssueKind::BadTenant => "bad-tenant",
            IssueKind::SharedTenant => "shared-tenant",
            IssueKind::DeprecatedKey => "deprecated-key",
            IssueKind::ConflictingKeys => "conflicting-keys",
            IssueKind::PasskeyKindInList => "passkey-kind-in-list",
            IssueKind::BadChoice => "bad-choice",
            IssueKind::ProviderCarriesNothing => "provider-carries-nothing",
            IssueKind::BadLogo => "bad-logo",
            IssueKind::BadUpdateEndpoint => "bad-update-endpoint",
            IssueKind::BadUpdateKey => "bad-update-key",
            IssueKind::UpdatesOnlyMachineWide => "updates-only-machine-wide",
        }
    }

    /// The Fluent id of the issue's message.
    pub fn message_id(self) -> String {
        format!("profile-issue-{}", self.as_str())
    }

    /// Warnings leave the profile in use; everything else rejects it.
    pub fn severity(self) -> Severity {
        match self {
            IssueKind::PhoneLinesRetireSoon
            | IssueKind::DeprecatedKey
            | IssueKind::ProviderCarriesNothing
            | IssueKind::UpdatesOnlyMachineWide => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for IssueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place in a file: 1-based line, and 1-based column counted in characters
/// (what an editor's status bar shows, also for Japanese text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `text`. An offset inside a character or
    /// past the end is clamped, so a stray span can never panic.
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One thing wrong with a profile file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileIssue {
    pub kind: IssueKind,
    /// The profile file the issue is about (also for issues with its folder).
    pub file: PathBuf,
    /// `None` for issues with the file as a whole (unreadable, untrusted).
    pub location: Option<Location>,
    /// The message's Fluent arguments (key paths, offending values, dates).
    pub args: Vec<(&'static str, String)>,
}

impl ProfileIssue {
    /// An issue about the file as a whole.
    pub fn whole_file(kind: IssueKind, file: &Path) -> ProfileIssue {
        ProfileIssue {
            kind,
            file: file.to_path_buf(),
            location: None,
            args: vec![],
        }
    }

    /// An issue at byte `offset` of `text`.
    pub fn at(kind: IssueKind, file: &Path, text: &str, offset: usize) -> ProfileIssue {
        ProfileIssue {
            location: Some(Location::of_offset(text, offset)),
            ..ProfileIssue::whole_file(kind, file)
        }
    }

    /// Adds a message argument.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> ProfileIssue {
        self.args.push((name, value.into()));
        self
    }

    /// Whether the issue rejects the profile or only warns.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// Whether the issue rejects the profile.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}
