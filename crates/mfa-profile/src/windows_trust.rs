//! Whether the machine-wide profile on Windows (`%ProgramData%\mfa-assistant`)
//! can be trusted, decided from its security descriptors written as SDDL
//! strings (what `ConvertSecurityDescriptorToStringSecurityDescriptorW` gives).
//!
//! `%ProgramData%` lets any user create a folder: someone could create
//! `mfa-assistant` before IT does and put a profile there that points every
//! user's links at their own page. So the file and its folder are trusted only
//! when Administrators, SYSTEM or TrustedInstaller own them and no other
//! account may change them. Pure: the Windows calls that read the descriptors
//! live in `load.rs`, behind `cfg(windows)`.

/// The accounts that may own and change the profile: Administrators, SYSTEM,
/// TrustedInstaller (by SDDL alias or SID).
const TRUSTED: &[&str] = &[
    "BA",
    "S-1-5-32-544",
    "SY",
    "S-1-5-18",
    "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464",
    // "Owner rights": whatever the (trusted) owner may do.
    "OW",
    "S-1-3-4",
];

/// Access bits that let an account change the file or what is in the folder:
/// write and append data (add file and folder), extended attributes, delete
/// child, attributes, delete, change permissions, take ownership, and the
/// generic write and all.
const CHANGING_BITS: u32 = 0x0000_0002
    | 0x0000_0004
    | 0x0000_0010
    | 0x0000_0040
    | 0x0000_0100
    | 0x0001_0000
    | 0x0004_0000
    | 0x0008_0000
    | 0x4000_0000
    | 0x1000_0000;

/// What makes a security descriptor untrusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Distrust {
    /// Owned by another account (its SID or alias).
    Owner(String),
    /// These accounts may change it.
    Writers(Vec<String>),
    /// No access list at all: everyone may do anything.
    NoAccessList,
    /// The descriptor could not be read as SDDL.
    Unreadable,
}

/// Why the object with descriptor `sddl` cannot be trusted; empty if it can.
pub fn distrust(sddl: &str) -> Vec<Distrust> {
    let Some(descriptor) = Descriptor::parse(sddl) else {
        return vec![Distrust::Unreadable];
    };
    let mut found = vec![];
    match descriptor.owner {
        Some(owner) if is_trusted(owner) => {}
        Some(owner) => found.push(Distrust::Owner(owner.to_owned())),
        None => found.push(Distrust::Unreadable),
    }
    match descriptor.dacl {
        None => found.push(Distrust::NoAccessList),
        Some(aces) => {
            let mut writers: Vec<String> = aces
                .iter()
                .filter(|ace| ace.allows && !ace.inherit_only && ace.rights & CHANGING_BITS != 0)
                .filter(|ace| !is_trusted(&ace.sid))
                .map(|ace| ace.sid.clone())
                .collect();
            writers.dedup();
            if !writers.is_empty() {
                found.push(Distrust::Writers(writers));
            }
        }
    }
    found
}

fn is_trusted(sid: &str) -> bool {
    TRUSTED.iter().any(|t| t.eq_ignore_ascii_case(sid))
}

struct Descriptor<'a> {
    owner: Option<&'a str>,
    /// `None` for a missing or NULL access list.
    dacl: Option<Vec<Ace>>,
}

struct Ace {
    allows: bool,
    inherit_only: bool,
    rights: u32,
    sid: String,
}

impl<'a> Descriptor<'a> {
    /// Reads `O:owner G:group D:flags(ace)(ace)… S:…` (parts in any order).
    fn parse(sddl: &'a str) -> Option<Descriptor<'a>> {
        let mut owner = None;
        let mut dacl = None;
        for (tag, body) in parts(sddl)? {
            match tag {
                'O' => owner = Some(body),
                'D' => dacl = Some(body),
                _ => {}
            }
        }
        let dacl = match dacl {
            None => None,
            Some(body) if body.starts_with("NO_ACCESS_CONTROL") => None,
            Some(body) => {
                let start = body.find('(').unwrap_or(body.len());
                let mut aces = vec![];
                for text in body[start..].split(')').filter(|t| !t.is_empty()) {
                    aces.push(Ace::parse(text.strip_prefix('(')?)?);
                }
                Some(aces)
            }
        };
        Some(Descriptor { owner, dacl })
    }
}

/// Splits an SDDL string at its `O:`, `G:`, `D:` and `S:` tags (outside the
/// parentheses of the ACEs).
fn parts(sddl: &str) -> Option<Vec<(char, &str)>> {
    let bytes = sddl.as_bytes();
    let mut starts = vec![];
    let mut depth = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            // SIDs, aliases and flags never hold a colon: a letter with
            // one after it, outside the ACEs, is a tag.
            b'O' | b'G' | b'D' | b'S' if depth == 0 && bytes.get(i + 1) == Some(&b':') => {
                starts.push(i);
            }
            _ => {}
        }
    }
    if starts.first() != Some(&0) {
        return None;
    }
    let mut parts = vec![];
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(sddl.len());
        parts.push((bytes[start] as char, &sddl[start + 2..end]));
    }
    Some(parts)
}

impl Ace {
    /// `type;flags;rights;object;inherited object;sid`.
    fn parse(text: &str) -> Option<Ace> {
        let fields: Vec<&str> = text.split(';').collect();
        if fields.len() < 6 {
            return None;
        }
        let allows = match fields[0] {
            "A" | "OA" => true,
            "D" | "OD" => false,
            // Audit and alarm entries grant nothing.
            _ => {
                return Some(Ace {
                    allows: false,
                    inherit_only: true,
                    rights: 0,
                    sid: String::new(),
                })
            }
        };
        let flags = fields[1];
        let inherit_only = (0..flags.len())
            .step_by(2)
            .any(|i| flags.get(i..i + 2) == Some("IO"));
        Some(Ace {
            allows,
            inherit_only,
            rights: rights(fields[2])?,
            sid: fields[5].to_owned(),
        })
    }
}

/// The access mask of an ACE's rights field: a number, or two-letter codes.
fn rights(field: &str) -> Option<u32> {
    if let Some(hex) = field
        .strip_prefix("0x")
        .or_else(|| field.strip_prefix("0X"))
    {
        return u32::from_str_radix(hex, 16).ok();
    }
    if !field.is_empty() && field.bytes().all(|b| b.is_ascii_digit()) {
        return field.parse().ok();
    }
    let mut mask = 0;
    for i in (0..field.len()).step_by(2) {
        mask |= match field.get(i..i + 2)? {
            "GA" => 0x1000_0000,
            "GR" => 0x8000_0000,
            "GW" => 0x4000_0000,
            "GX" => 0x2000_0000,
            "FA" => 0x001f_01ff,
            "FR" => 0x0012_0089,
            "FW" => 0x0012_0116,
            "FX" => 0x0012_00a0,
            "SD" => 0x0001_0000,
            "RC" => 0x0002_0000,
            "WD" => 0x0004_0000,
            "WO" => 0x0008_0000,
            // Directory-service rights also appear on files: CC (create
            // child), DC (delete child), WP (write property) can change it.
            "CC" => 0x0000_0001,
            "DC" => 0x0000_0002,
            "LC" => 0x0000_0004,
            "SW" => 0x0000_0008,
            "RP" => 0x0000_0010,
            "WP" => 0x0000_0020,
            "DT" => 0x0000_0040,
            "LO" => 0x0000_0080,
            "CR" => 0x0000_0100,
            "KA" | "KR" | "KW" | "KX" => 0x000f_003f,
            _ => return None,
        };
    }
    Some(mask)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What IT's deployment sets: Administrators and SYSTEM own and change,
    /// users read.
    const DEPLOYED: &str = "O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)";

    #[test]
    fn what_the_deployment_sets_is_trusted() {
        assert_eq!(distrust(DEPLOYED), vec![]);
        // The same by SID, and TrustedInstaller as the owner.
        assert_eq!(
            distrust("O:S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464G:S-1-5-18D:(A;;FA;;;S-1-5-32-544)(A;;FR;;;S-1-5-11)"),
            vec![]
        );
    }

    #[test]
    fn a_folder_a_user_created_before_it_is_not() {
        // ProgramData's default: users may create folders, and the creator
        // owns what they create.
        let planted = "O:S-1-5-21-1004336348-1177238915-682003330-1001G:S-1-5-21-1004336348-1177238915-682003330-513D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;FA;;;S-1-5-21-1004336348-1177238915-682003330-1001)(A;OICIIOID;GA;;;CO)";
        assert_eq!(
            distrust(planted),
            vec![
                Distrust::Owner("S-1-5-21-1004336348-1177238915-682003330-1001".into()),
                Distrust::Writers(vec!["S-1-5-21-1004336348-1177238915-682003330-1001".into()]),
            ]
        );
    }

    #[test]
    fn users_who_may_write_or_change_permissions_are_named() {
        let writable =
            "O:BAG:SYD:(A;;FA;;;BA)(A;;0x1200a9;;;BU)(A;;FW;;;AU)(A;;WD;;;WD)(A;;0x2;;;IU)";
        assert_eq!(
            distrust(writable),
            vec![Distrust::Writers(vec![
                "AU".into(),
                "WD".into(),
                "IU".into()
            ])]
        );
        // Read and execute only, for everyone: fine.
        assert_eq!(distrust("O:SYD:(A;;FA;;;SY)(A;;FRFX;;;WD)"), vec![]);
        // A deny entry takes nothing away from the trust check's view.
        assert_eq!(distrust("O:BAD:(D;;FA;;;BU)(A;;FA;;;BA)"), vec![]);
        // Inherit-only entries (for what is created inside) do not apply here.
        assert_eq!(distrust("O:BAD:(A;;FA;;;BA)(A;OICIIO;GA;;;CO)"), vec![]);
    }

    #[test]
    fn no_access_list_or_an_unreadable_one_is_not_trusted() {
        assert_eq!(
            distrust("O:BAD:NO_ACCESS_CONTROL"),
            vec![Distrust::NoAccessList]
        );
        assert_eq!(distrust("O:BA"), vec![Distrust::NoAccessList]);
        assert_eq!(distrust("garbage"), vec![Distrust::Unreadable]);
        assert_eq!(distrust("O:BAD:(A;;ZZ;;;BU)"), vec![Distrust::Unreadable]);
    }
}
