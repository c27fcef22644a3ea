//! Where the profile comes from, and whether to trust it.
//!
//! Order: the file named by `MFA_ASSISTANT_PROFILE` (an admin previewing a
//! draft; always announced by a banner), else the system-wide file of the
//! platform, else the embedded default. A chosen file that is broken or
//! untrusted is not half-used: the embedded default takes over and the banner
//! says why, so the wizard keeps working.
//!
//! Trust (Unix, macOS included): the system file and its folder must be owned
//! by root, and writable by no one else (group write is accepted only for group
//! 0). Otherwise any local user could point the assistant's links at a page of
//! their choosing (`link_policy.extra_allowed_hosts`) for every other user.
//! Windows: the file and its folder must be owned by Administrators, SYSTEM
//! or TrustedInstaller, and changeable by no other account
//! (`windows_trust`): any user may create `%ProgramData%\mfa-assistant`
//! before IT does. The preview file is not checked: the person who sets the
//! variable is the one who sees the result, under a banner.

use super::format::{parse_profile_bytes, MAX_PROFILE_BYTES};
use super::issue::{IssueKind, ProfileIssue};
use super::Profile;
use crate::date::Date;
use serde::Serialize;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The environment variable naming a profile to preview.
pub const ENV_VAR: &str = "MFA_ASSISTANT_PROFILE";

/// The platform's system-wide profile: where admins deploy it with their usual
/// tools (`/etc` on Linux, `%ProgramData%` on Windows, `/Library/Application
/// Support` on macOS).
pub fn system_profile_path() -> PathBuf {
    #[cfg(target_os = "windows")]
    {
        let base = std::env::var_os("ProgramData")
            .filter(|v| !v.is_empty())
            .map_or_else(|| PathBuf::from(r"C:\ProgramData"), PathBuf::from);
        base.join("mfa-assistant").join("profile.toml")
    }
    #[cfg(target_os = "macos")]
    {
        PathBuf::from("/Library/Application Support/mfa-assistant/profile.toml")
    }
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    {
        PathBuf::from("/etc/mfa-assistant/profile.toml")
    }
}

/// Which file was chosen. A chosen file may still have been rejected: see
/// `ProfileLoad::fell_back`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProfileSource {
    /// The file named by `MFA_ASSISTANT_PROFILE`.
    Preview { path: PathBuf },
    /// The platform's system-wide file.
    System { path: PathBuf },
    /// No file: the profile built into the assistant.
    EmbeddedDefault,
}

impl ProfileSource {
    /// The chosen file, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            ProfileSource::Preview { path } | ProfileSource::System { path } => Some(path),
            ProfileSource::EmbeddedDefault => None,
        }
    }
}

/// The outcome of looking for the profile at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileLoad {
    /// The file chosen (or the embedded default when there was none).
    pub source: ProfileSource,
    /// The profile in effect: the chosen file's, or the embedded default when
    /// there is none or it was rejected.
    pub profile: Profile,
    /// Whether the chosen file was rejected and the default is in effect.
    pub fell_back: bool,
    /// Every issue found: errors (when `fell_back`) and warnings.
    pub issues: Vec<ProfileIssue>,
}

/// A line for the banner above the wizard, as a Fluent id with arguments so it
/// follows the user's language switch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileNotice {
    /// The Fluent id (`profile-notice-*`).
    pub id: &'static str,
    /// Its arguments (`file`).
    pub args: Vec<(&'static str, String)>,
}

impl ProfileNotice {
    fn new(id: &'static str, file: &Path) -> ProfileNotice {
        ProfileNotice {
            id,
            args: vec![("file", file.display().to_string())],
        }
    }
}

impl ProfileLoad {
    /// The built-in default, with nothing to report (tests, and machines
    /// without a profile).
    pub fn embedded() -> ProfileLoad {
        ProfileLoad {
            source: ProfileSource::EmbeddedDefault,
            profile: Profile::embedded_default(),
            fell_back: false,
            issues: vec![],
        }
    }

    fn rejected(source: ProfileSource, issues: Vec<ProfileIssue>) -> ProfileLoad {
        ProfileLoad {
            source,
            profile: Profile::embedded_default(),
            fell_back: true,
            issues,
        }
    }

    /// Whether the file came from `MFA_ASSISTANT_PROFILE`, so the banner must
    /// say this is a preview.
    pub fn is_preview(&self) -> bool {
        matches!(self.source, ProfileSource::Preview { .. })
    }

    /// What the banner must say, most important first; empty when a trusted
    /// system profile or the default is in effect without problems. A preview
    /// is always announced, so a draft is never mistaken for the deployed file.
    pub fn notices(&self) -> Vec<ProfileNotice> {
        let Some(path) = self.source.path() else {
            return vec![];
        };
        let untrusted = self.issues.iter().any(|i| {
            matches!(
                i.kind,
                IssueKind::UntrustedOwner | IssueKind::UntrustedWritable
            )
        });
        let id = match (self.is_preview(), self.fell_back, untrusted) {
            (true, false, _) => "profile-notice-preview",
            (true, true, _) => "profile-notice-preview-rejected",
            (false, true, true) => "profile-notice-untrusted",
            (false, true, false) => "profile-notice-rejected",
            (false, false, _) => return vec![],
        };
        vec![ProfileNotice::new(id, path)]
    }
}

/// The profile for this machine: reads `MFA_ASSISTANT_PROFILE` and the system
/// path, for the app's start-up.
pub fn load_for_this_machine(today: Date) -> ProfileLoad {
    let env_profile = std::env::var_os(ENV_VAR).map(PathBuf::from);
    locate_and_load(env_profile, &system_profile_path(), today)
}

/// Finds and loads the profile in the documented order (see the module doc).
/// `env_profile` is the value of `MFA_ASSISTANT_PROFILE` (an empty value counts
/// as unset); `today` decides whether phone-line methods still work.
pub fn locate_and_load(
    env_profile: Option<PathBuf>,
    system_path: &Path,
    today: Date,
) -> ProfileLoad {
    locate_and_load_with(env_profile, system_path, today, open_trusted)
}

/// `locate_and_load` with the system profile's opening (and its trust check)
/// passed in, so the order can be tested without root-owned files.
pub(super) fn locate_and_load_with(
    env_profile: Option<PathBuf>,
    system_path: &Path,
    today: Date,
    open_system: impl Fn(&Path) -> Result<File, Vec<ProfileIssue>>,
) -> ProfileLoad {
    if let Some(path) = env_profile.filter(|p| !p.as_os_str().is_empty()) {
        let opened = File::open(&path).map_err(|e| vec![unreadable(&path, &e)]);
        return load_opened(ProfileSource::Preview { path }, opened, today);
    }
    let source = ProfileSource::System {
        path: system_path.to_path_buf(),
    };
    // Only "does not exist" means "not deployed"; a file that exists but cannot
    // be read (a folder without permission) is reported, not silently skipped.
    let absent = matches!(std::fs::metadata(system_path), Err(e) if e.kind() == std::io::ErrorKind::NotFound);
    if absent {
        return ProfileLoad::embedded();
    }
    let opened = open_system(system_path);
    load_opened(source, opened, today)
}

/// Reads and parses the profile from the file opened for it: the file that
/// was checked is the file that is read, even if the path changes meanwhile.
fn load_opened(
    source: ProfileSource,
    opened: Result<File, Vec<ProfileIssue>>,
    today: Date,
) -> ProfileLoad {
    let path = source
        .path()
        .expect("a chosen source has a file")
        .to_path_buf();
    let parsed = opened
        .and_then(|file| read_limited(file, &path).map_err(|issue| vec![issue]))
        .and_then(|bytes| parse_profile_bytes(&bytes, &path, today));
    match parsed {
        Ok(mut parsed) => {
            // Where updates come from is for the machine-wide profile alone:
            // a file someone points the assistant at cannot turn them on.
            let preview = matches!(source, ProfileSource::Preview { .. });
            if preview && parsed.profile.updates.take().is_some() {
                parsed.warnings.push(ProfileIssue::whole_file(
                    IssueKind::UpdatesOnlyMachineWide,
                    &path,
                ));
            }
            ProfileLoad {
                source,
                profile: parsed.profile,
                fell_back: false,
                issues: parsed.warnings,
            }
        }
        Err(issues) => ProfileLoad::rejected(source, issues),
    }
}

/// Reads at most one byte more than a profile may have, so a huge or endless
/// file (a device, a mistaken path) cannot exhaust memory.
pub(super) fn read_limited(file: File, path: &Path) -> Result<Vec<u8>, ProfileIssue> {
    let mut bytes = vec![];
    file.take(MAX_PROFILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(path, &e))?;
    Ok(bytes)
}

fn unreadable(path: &Path, e: &std::io::Error) -> ProfileIssue {
    ProfileIssue::whole_file(IssueKind::FileUnreadable, path).with("detail", e.to_string())
}

/// Who may change a file or folder, as the trust rule needs it. Unix only: on
/// Windows the deployment sets the folder's access list (see the module doc).
#[cfg(any(unix, test))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Ownership {
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

/// Why `thing` (the profile, its folder, or a folder above) may be changed
/// by someone other than root. `profile` is the file the issues are about.
/// A folder above the profile's own may be writable by all if its sticky
/// bit keeps them from renaming what they do not own (`/tmp`).
#[cfg(any(unix, test))]
pub(super) fn ownership_issues(
    profile: &Path,
    thing: &Path,
    owner: Ownership,
) -> Vec<ProfileIssue> {
    ownership_issues_of(profile, thing, owner, false)
}

#[cfg(any(unix, test))]
pub(super) fn ownership_issues_of(
    profile: &Path,
    thing: &Path,
    owner: Ownership,
    above_its_folder: bool,
) -> Vec<ProfileIssue> {
    let mut issues = vec![];
    let shown = thing.display().to_string();
    if owner.uid != 0 {
        issues.push(
            ProfileIssue::whole_file(IssueKind::UntrustedOwner, profile)
                .with("path", shown.clone())
                .with("uid", owner.uid.to_string()),
        );
    }
    let others_write = owner.mode & 0o002 != 0;
    let group_write = owner.mode & 0o020 != 0 && owner.gid != 0;
    let sticky = owner.mode & 0o1000 != 0;
    if (others_write || group_write) && !(above_its_folder && sticky && owner.uid == 0) {
        issues.push(
            ProfileIssue::whole_file(IssueKind::UntrustedWritable, profile).with("path", shown),
        );
    }
    issues
}

/// Opens the system profile at `path` and checks who may change it: the
/// open file itself (so the file checked is the file read), and every folder
/// from the real file's own up to the root (see the module doc).
#[cfg(unix)]
pub(super) fn open_trusted(path: &Path) -> Result<File, Vec<ProfileIssue>> {
    let file = File::open(path).map_err(|e| vec![unreadable(path, &e)])?;
    let issues = trust_issues_of_open(path, &file);
    if issues.is_empty() {
        Ok(file)
    } else {
        Err(issues)
    }
}

#[cfg(unix)]
pub(super) fn trust_issues_of_open(path: &Path, file: &File) -> Vec<ProfileIssue> {
    use std::os::unix::fs::MetadataExt;
    let ownership = |m: std::fs::Metadata| Ownership {
        uid: m.uid(),
        gid: m.gid(),
        mode: m.mode(),
    };
    let mut issues = vec![];
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    match file.metadata() {
        Ok(m) => issues.extend(ownership_issues(path, &real, ownership(m))),
        Err(e) => issues.push(unreadable(path, &e)),
    }
    // Through a symlink, the real file's folders are where it could be swapped.
    for (depth, folder) in real.ancestors().skip(1).enumerate() {
        if let Ok(m) = std::fs::metadata(folder) {
            issues.extend(ownership_issues_of(path, folder, ownership(m), depth > 0));
        }
    }
    issues
}

/// Why the machine-wide profile at `path` is not trusted (empty if it is):
/// for `--check-profile` and the tests.
pub(super) fn trust_issues(path: &Path) -> Vec<ProfileIssue> {
    open_trusted(path).err().unwrap_or_default()
}

/// Windows: opens the machine-wide profile and trusts it only if the open
/// file and its folder are owned by Administrators, SYSTEM or
/// TrustedInstaller and no other account may change them (`windows_trust`).
#[cfg(windows)]
pub(super) fn open_trusted(path: &Path) -> Result<File, Vec<ProfileIssue>> {
    let file = File::open(path).map_err(|e| vec![unreadable(path, &e)])?;
    let mut issues = vec![];
    let folder = path.parent().unwrap_or(path);
    for (thing, sddl) in [
        (path, windows_security::of_open_file(&file)),
        (folder, windows_security::of_path(folder)),
    ] {
        let sddl = sddl.unwrap_or_default();
        issues.extend(windows_issues(path, thing, &sddl));
    }
    if issues.is_empty() {
        Ok(file)
    } else {
        Err(issues)
    }
}

/// The profile issues for one object's descriptor (`sddl`); also on other
/// platforms, for the tests.
#[cfg_attr(not(any(windows, test)), allow(dead_code))]
pub(super) fn windows_issues(profile: &Path, thing: &Path, sddl: &str) -> Vec<ProfileIssue> {
    use super::windows_trust::{distrust, Distrust};
    let shown = thing.display().to_string();
    distrust(sddl)
        .into_iter()
        .map(|reason| match reason {
            Distrust::Owner(sid) => ProfileIssue::whole_file(IssueKind::UntrustedOwner, profile)
                .with("path", shown.clone())
                .with("uid", sid),
            Distrust::Writers(_) | Distrust::NoAccessList | Distrust::Unreadable => {
                ProfileIssue::whole_file(IssueKind::UntrustedWritable, profile)
                    .with("path", shown.clone())
            }
        })
        .collect()
}

/// Reading security descriptors as SDDL with the Windows API.
#[cfg(windows)]
mod windows_security {
    use std::fs::File;
    use std::os::windows::ffi::OsStrExt;
    use std::os::windows::io::AsRawHandle;
    use std::path::Path;
    use windows_sys::Win32::Foundation::{LocalFree, ERROR_SUCCESS};
    use windows_sys::Win32::Security::Authorization::{
        ConvertSecurityDescriptorToStringSecurityDescriptorW, GetNamedSecurityInfoW,
        GetSecurityInfo, SDDL_REVISION_1, SE_FILE_OBJECT,
    };
    use windows_sys::Win32::Security::{
        DACL_SECURITY_INFORMATION, OWNER_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR,
    };

    const WANTED: u32 = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;

    /// The owner and access list of the open `file`: the file that will be read.
    pub fn of_open_file(file: &File) -> Option<String> {
        let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
        // SAFETY: a valid handle and out-pointers; the descriptor is freed below.
        let status = unsafe {
            GetSecurityInfo(
                file.as_raw_handle(),
                SE_FILE_OBJECT,
                WANTED,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                &mut descriptor,
            )
        };
        as_sddl(status, descriptor)
    }

    /// The owner and access list of the folder at `path`.
    pub fn of_path(path: &Path) -> Option<String> {
        let wide: Vec<u16> = path.as_os_str().encode_wide().chain([0]).collect();
        let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
        // SAFETY: a NUL-terminated name and out-pointers; freed below.
        let status = unsafe {
            GetNamedSecurityInfoW(
                wide.as_ptr(),
                SE_FILE_OBJECT,
                WANTED,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                &mut descriptor,
            )
        };
        as_sddl(status, descriptor)
    }

    fn as_sddl(status: u32, descriptor: PSECURITY_DESCRIPTOR) -> Option<String> {
        if status != ERROR_SUCCESS || descriptor.is_null() {
            log::warn!("profile trust: the security descriptor could not be read ({status})");
            return None;
        }
        let mut text: *mut u16 = std::ptr::null_mut();
        let mut length = 0u32;
        // SAFETY: `descriptor` came from the call above; `text` is freed below.
        let converted = unsafe {
            ConvertSecurityDescriptorToStringSecurityDescriptorW(
                descriptor,
                SDDL_REVISION_1,
                WANTED,
                &mut text,
                &mut length,
            )
        };
        let sddl = (converted != 0 && !text.is_null()).then(|| {
            // SAFETY: the API wrote `length` characters (with the final NUL).
            let chars = unsafe { std::slice::from_raw_parts(text, length as usize) };
            String::from_utf16_lossy(chars)
                .trim_end_matches('\0')
                .to_owned()
        });
        // SAFETY: both were allocated by the API with LocalAlloc.
        unsafe {
            LocalFree(text.cast());
            LocalFree(descriptor.cast());
        }
        sddl
    }
}
