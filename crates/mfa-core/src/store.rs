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

/// Writes `value` as JSON to `path` atomically.
pub fn save_json<T: Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let json = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    write_atomically(path, &json)
}

/// Writes `bytes` to `path` so that a reader sees either the old file or the whole
/// new one, never a half-written one: write a temporary file in the same folder,
/// flush it to disk, then rename it over the target.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(file_name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = dir.join(temp_name);
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
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
}
