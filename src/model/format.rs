//! The model file: magic bytes, format version, payload length, CRC-32, then the postcard
//! payload holding everything needed to score. Any other version, a truncated or corrupted
//! file, or a file that is not a model is a clear error, never a panic or a wrong answer.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// First bytes of every model file.
pub const MAGIC: &[u8; 8] = b"STANCE\x00M";
/// The format version this build writes and reads.
/// 2: per-family normalisation, other-name items, owned lexicon sums (12 dense columns).
/// 3: the vocabulary stores term texts once and keys as template and term ids.
/// 4: a second lexicon (opinion-word lists) with its own 12 dense columns.
pub const FORMAT_VERSION: u32 = 4;
const HEADER_LEN: usize = 8 + 4 + 8 + 4;

/// Wraps a payload in the header.
pub fn encode(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Checks the header of `bytes` (read from `source`) and returns the payload.
pub fn decode<'a>(bytes: &'a [u8], source: &str) -> Result<&'a [u8]> {
    let fail = |problem: String| Err(Error::model(source, problem));
    if bytes.is_empty() {
        return fail("empty file, not a stance model".into());
    }
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return fail(
            "not a stance model file (unknown header); train one with `stance train`".into(),
        );
    }
    if bytes.len() < HEADER_LEN {
        return fail("truncated model file (header incomplete); retrain or restore it".into());
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version != FORMAT_VERSION {
        let hint = if version > FORMAT_VERSION {
            "it was written by a newer stance; upgrade stance"
        } else {
            "it was written by an older stance; retrain it with this version"
        };
        return fail(format!(
            "model format version {version} is not supported (this stance reads version {FORMAT_VERSION}): {hint}"
        ));
    }
    let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
    let crc = u32::from_le_bytes(bytes[20..24].try_into().expect("4 bytes"));
    let payload = &bytes[HEADER_LEN..];
    if (payload.len() as u64) < len {
        return fail(format!(
            "truncated model file ({} of {len} payload bytes); retrain or restore it",
            payload.len()
        ));
    }
    if (payload.len() as u64) > len {
        return fail(
            "model file has trailing bytes after the payload; retrain or restore it".into(),
        );
    }
    if crc32fast::hash(payload) != crc {
        return fail("model file is corrupted (checksum mismatch); retrain or restore it".into());
    }
    Ok(payload)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, synced, then
/// renamed over the target, so a failed write never leaves a broken model where one was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::model(
            path.display().to_string(),
            format!(
                "directory {} does not exist; create it first",
                dir.display()
            ),
        ));
    }
    let fail =
        |e: &std::io::Error, what: String| Error::io(path, std::io::Error::new(e.kind(), what));
    let mut tmp = tempfile::Builder::new()
        .prefix(".stance-model-")
        .tempfile_in(dir)
        .map_err(|e| {
            // tempfile names its random file in the message ("... at path ..."): left out.
            let message = e.to_string();
            let cause = message.split(" at path ").next().unwrap_or(&message);
            fail(
                &e,
                format!("cannot create a file in {}: {cause}", dir.display()),
            )
        })?;
    // Temp files are created private (0600); a model replaces another with the same
    // permissions, or gets the usual 0644.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(),
    };
    let file = tmp.as_file_mut();
    file.write_all(bytes)
        .and_then(|()| file.set_permissions(permissions))
        .and_then(|()| file.sync_all())
        .map_err(|e| fail(&e, format!("cannot write the model: {e}")))?;
    tmp.persist(path)
        .map_err(|e| fail(&e.error, format!("cannot replace the model: {}", e.error)))?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn default_permissions() -> std::fs::Permissions {
    tempfile::tempfile()
        .and_then(|f| f.metadata())
        .map(|m| m.permissions())
        .expect("a temporary file can be created")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let bytes = encode(b"hello");
        assert_eq!(decode(&bytes, "m").unwrap(), b"hello");
    }

    #[test]
    fn every_kind_of_damage_is_reported() {
        let good = encode(b"payload bytes");
        let err = |b: &[u8]| decode(b, "m.stance").unwrap_err().to_string();
        assert_eq!(err(b""), "m.stance: empty file, not a stance model");
        assert!(err(b"text,target,label\n").contains("not a stance model file"));
        assert!(err(&good[..good.len() - 3]).contains("truncated"));
        assert!(err(&good[..10]).contains("truncated"));
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x01;
        assert!(err(&flipped).contains("checksum mismatch"));
        let mut future = good.clone();
        future[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        assert!(err(&future).contains("newer stance"));
        let mut past = good.clone();
        past[8..12].copy_from_slice(&(FORMAT_VERSION - 1).to_le_bytes());
        assert!(err(&past).contains("older stance; retrain it"));
    }

    #[test]
    fn atomic_write_replaces_and_refuses_missing_dir() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.stance");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(
                mode & 0o777,
                0o644,
                "a new model is readable by others, like any file"
            );
        }
        let missing = dir.path().join("nope/m.stance");
        assert!(write_atomic(&missing, b"x")
            .unwrap_err()
            .to_string()
            .contains("does not exist"));
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp files left"
        );
    }
}
