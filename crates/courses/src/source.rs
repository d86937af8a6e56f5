//! Where content is read from: a directory, or files held in memory (tests, fuzzing,
//! previews of unsaved edits in the authoring pages).

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// One entry of a directory listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirEntry {
    pub name: String,
    pub is_dir: bool,
    /// Size in bytes (0 for directories).
    pub len: u64,
}

/// Read access to a content tree. Paths are relative to the root, `/`-separated, and
/// `""` is the root itself.
pub trait ContentSource {
    /// Entries of `dir`, sorted by name.
    fn list(&self, dir: &str) -> io::Result<Vec<DirEntry>>;
    fn read(&self, file: &str) -> io::Result<Vec<u8>>;
}

/// A directory on disk.
#[derive(Debug, Clone)]
pub struct FsSource {
    root: PathBuf,
}

impl FsSource {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        FsSource { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, rel: &str) -> PathBuf {
        let mut p = self.root.clone();
        for part in rel.split('/').filter(|s| !s.is_empty()) {
            p.push(part);
        }
        p
    }
}

impl ContentSource for FsSource {
    fn list(&self, dir: &str) -> io::Result<Vec<DirEntry>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(self.path(dir))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // `metadata` follows symlinks, so a linked image counts as a file.
            let meta = std::fs::metadata(entry.path())?;
            out.push(DirEntry {
                name,
                is_dir: meta.is_dir(),
                len: if meta.is_dir() { 0 } else { meta.len() },
            });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    fn read(&self, file: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.path(file))
    }
}

/// Files in memory, keyed by relative path; directories are implied by the paths.
#[derive(Debug, Clone, Default)]
pub struct MemSource {
    files: BTreeMap<String, Vec<u8>>,
}

impl MemSource {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> &mut Self {
        self.files.insert(path.into(), bytes.into());
        self
    }

    pub fn with(mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        self.insert(path, bytes);
        self
    }
}

impl ContentSource for MemSource {
    fn list(&self, dir: &str) -> io::Result<Vec<DirEntry>> {
        let prefix = if dir.is_empty() {
            String::new()
        } else {
            format!("{}/", dir.trim_end_matches('/'))
        };
        let mut out: BTreeMap<String, DirEntry> = BTreeMap::new();
        let mut found = dir.is_empty();
        for (path, bytes) in self.files.range(prefix.clone()..) {
            let Some(rest) = path.strip_prefix(&prefix) else {
                break;
            };
            found = true;
            match rest.split_once('/') {
                Some((sub, _)) => {
                    out.entry(sub.to_string()).or_insert(DirEntry {
                        name: sub.to_string(),
                        is_dir: true,
                        len: 0,
                    });
                }
                None => {
                    out.insert(
                        rest.to_string(),
                        DirEntry {
                            name: rest.to_string(),
                            is_dir: false,
                            len: bytes.len() as u64,
                        },
                    );
                }
            }
        }
        if found {
            Ok(out.into_values().collect())
        } else {
            Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("no directory `{dir}`"),
            ))
        }
    }

    fn read(&self, file: &str) -> io::Result<Vec<u8>> {
        self.files
            .get(file)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("no file `{file}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mem_source_lists_implied_dirs() {
        let src = MemSource::new()
            .with("a/level.toml", "x")
            .with("a/m/module.toml", "yy")
            .with("b.txt", "");
        let root: Vec<(String, bool)> = src
            .list("")
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.is_dir))
            .collect();
        assert_eq!(root, vec![("a".into(), true), ("b.txt".into(), false)]);
        let a = src.list("a").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].len, 1);
        assert!(src.list("zz").is_err());
        assert_eq!(src.read("a/m/module.toml").unwrap(), b"yy");
    }
}
