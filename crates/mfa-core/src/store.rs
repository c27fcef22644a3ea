//! Small files the assistant keeps between runs: written atomically, read
//! defensively.
//!
//! A corrupt file is never fatal and never silently destroyed: it is moved aside
//! (`NAME.corrupt`) so that whatever was in it can still be looked at, and the
//! caller starts from defaults.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What reading a stored JSON file gave.
#[derive(Debug)]
pub enum Loaded<T> {
    /// No file yet: the first run.
    Missing,
    Found(T),
    /// The file could not be read or parsed; it was moved to `moved_to` (if that
    /// worked) and `reason` says why, for the log.
    Corrupt {
        reason: String,
        moved_to: Option<PathBuf>,
    },
}

impl<T> Loaded<T> {
    /// The value, or `default` when missing or corrupt.
    pub fn or_default(self) -> T
    where
        T: Default,
    {
        match self {
            Loaded::Found(value) => value,
            _ => T::default(),
        }
    }
}

/// Reads `path` as JSON of type `T`.
pub fn load_json<T: DeserializeOwned>(path: &Path) -> Loaded<T> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Loaded::Missing,
        Err(e) => {
            return Loaded::Corrupt {
                reason: format!("{}: {e}", path.display()),
                moved_to: None,
            }
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(value) => Loaded::Found(value),
        Err(e) => {
            let aside = path.with_extension("corrupt");
            let moved_to = fs::rename(path, &aside).ok().map(|_| aside);
            Loaded::Corrupt {
                reason: format!("{}: {e}", path.display()),
                moved_to,
            }
        }
    }
}

/// Writes `value` as JSON to `path` atomically, readable by this user only
/// (the assistant's own state: settings, progress).
pub fn save_json<T: Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let json = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    write_atomically(path, &json)
}

/// Writes `bytes` to `path` so that a reader sees either the old file or the
/// whole new one, never a half-written one, and so that no one else can
/// redirect the write: the temporary file is created new, under a random
/// name, in the same folder (never through a link someone planted), synced,
/// renamed over the target, and the folder synced. On Unix the file is
/// readable by this user only.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".mfa-assistant-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_folder(dir);
    Ok(())
}

/// Creates `dir` (and its parents) and, on Unix, lets only this user in.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes the rename itself durable (Unix: the folder's entry). Where a folder
/// cannot be opened (Windows), the rename is already durable enough.
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("mfa-core-store-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn round_trips_and_creates_folders() {
        let path = scratch("round").join("nested/settings.json");
        save_json(&path, &vec![1, 2, 3]).unwrap();
        match load_json::<Vec<i32>>(&path) {
            Loaded::Found(v) => assert_eq!(v, vec![1, 2, 3]),
            other => panic!("{other:?}"),
        }
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn missing_file_is_missing() {
        let path = scratch("missing").join("none.json");
        assert!(matches!(load_json::<Vec<i32>>(&path), Loaded::Missing));
    }

    #[test]
    fn corrupt_file_is_moved_aside_not_lost() {
        let dir = scratch("corrupt");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("settings.json");
        fs::write(&path, b"{ not json").unwrap();
        match load_json::<Vec<i32>>(&path) {
            Loaded::Corrupt {
                moved_to: Some(aside),
                reason,
            } => {
                assert!(reason.contains("settings.json"));
                assert_eq!(fs::read(aside).unwrap(), b"{ not json");
                assert!(!path.exists());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn replacing_keeps_only_the_new_content() {
        let path = scratch("replace").join("a.json");
        save_json(&path, &"old".to_string()).unwrap();
        save_json(&path, &"new".to_string()).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "\"new\"");
    }

    /// Someone who can write to the folder plants links where the writer
    /// would write: at the old predictable temporary name, and at the target
    /// itself. Neither redirects the write; the victim file is untouched.
    #[cfg(unix)]
    #[test]
    fn a_planted_link_does_not_redirect_the_write() {
        let dir = scratch("links");
        fs::create_dir_all(&dir).unwrap();
        let victim = dir.join("victim.txt");
        fs::write(&victim, b"precious").unwrap();
        let path = dir.join("settings.json");
        let predictable = dir.join(format!(".settings.json.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &predictable).unwrap();
        save_json(&path, &vec![1]).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        save_json(&path, &vec![2]).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert!(!fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink());
    }

    #[cfg(unix)]
    #[test]
    fn the_assistant_s_files_are_its_user_s_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("private").join("mfa-assistant");
        let path = dir.join("progress.json");
        save_json(&path, &vec![1]).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir), 0o700);
    }
}
