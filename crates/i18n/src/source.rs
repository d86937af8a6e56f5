//! Reading `locales/<lang>/**/*.ftl` and checking it before anything is built from it.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Pattern};

use crate::ast;
use crate::error::{Issue, IssueKind, L10nError};
use crate::Lang;

/// Functions a message may call. Only Fluent's built-in `NUMBER` is registered.
const KNOWN_FUNCTIONS: &[&str] = &["NUMBER"];

pub(crate) struct LocaleFile {
    pub path: PathBuf,
    pub resource: FluentResource,
    /// Lines (1-based) where each id is defined, in order of appearance.
    lines: HashMap<String, Vec<usize>>,
}

impl LocaleFile {
    /// The line of the `nth` (0-based) definition of `id` in this file.
    fn line_of(&self, id: &str, nth: usize) -> usize {
        self.lines
            .get(id)
            .and_then(|lines| lines.get(nth))
            .copied()
            .unwrap_or(1)
    }

    /// Messages and terms of the file with their line, in file order. Terms keep their
    /// leading `-`, as references write them.
    pub fn entries(&self) -> Vec<EntryRef<'_>> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut out = Vec::new();
        for entry in self.resource.entries() {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (
                    m.id.name.to_string(),
                    m.value.as_ref(),
                    m.attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                ),
                Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(&t.value),
                    t.attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                ),
                _ => continue,
            };
            let nth = seen.entry(id.clone()).or_default();
            let line = self.line_of(&id, *nth);
            *nth += 1;
            out.push(EntryRef {
                id,
                line,
                value,
                attributes,
            });
        }
        out
    }
}

pub(crate) struct EntryRef<'a> {
    pub id: String,
    pub line: usize,
    pub value: Option<&'a Pattern<&'a str>>,
    pub attributes: Vec<(&'a str, &'a Pattern<&'a str>)>,
}

impl EntryRef<'_> {
    pub fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }
}

pub(crate) struct LocaleSource {
    pub lang: Lang,
    pub files: Vec<LocaleFile>,
}

/// Reads every locale directory under `dir` that exists (`ru` must), parses every file and
/// checks syntax, duplicate ids and references. All problems of all locales are reported
/// together, so one start-up attempt shows everything to fix.
pub(crate) fn read_all(dir: &Path) -> Result<Vec<LocaleSource>, L10nError> {
    let mut sources = Vec::new();
    let mut issues = Vec::new();
    for lang in Lang::ALL {
        let locale_dir = dir.join(lang.code());
        if !locale_dir.is_dir() {
            continue;
        }
        let mut paths = Vec::new();
        collect_ftl(&locale_dir, &mut paths)?;
        paths.sort();
        let mut files = Vec::with_capacity(paths.len());
        for path in paths {
            files.push(read_file(path, &mut issues)?);
        }
        check_locale(&files, &mut issues);
        sources.push(LocaleSource { lang, files });
    }
    let has_reference = sources
        .iter()
        .any(|s| s.lang == Lang::REFERENCE && !s.files.is_empty());
    if !has_reference {
        return Err(L10nError::MissingReference {
            dir: dir.to_path_buf(),
        });
    }
    if issues.is_empty() {
        Ok(sources)
    } else {
        Err(L10nError::Invalid { issues })
    }
}

fn collect_ftl(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), L10nError> {
    let io = |source| L10nError::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            collect_ftl(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(path: PathBuf, issues: &mut Vec<Issue>) -> Result<LocaleFile, L10nError> {
    let mut text = fs::read_to_string(&path).map_err(|source| L10nError::Io {
        path: path.clone(),
        source,
    })?;
    // Editors on Windows may save a byte-order mark; Fluent would read it as junk.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    let lines = definition_lines(&text);
    let resource = match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                // The parser notices a problem where it gives up (often the next line);
                // point at the entry it was reading, and say where it gave up.
                let source = resource.source();
                let (line, column) = position(source, error.pos.start);
                let start = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                let (entry_line, entry_column) = position(source, start);
                let message = if (entry_line, entry_column) == (line, column) {
                    error.kind.to_string()
                } else {
                    format!("{} (noticed at {line}:{column})", error.kind)
                };
                issues.push(Issue {
                    file: path.clone(),
                    line: entry_line,
                    column: entry_column,
                    kind: IssueKind::Syntax(message),
                });
            }
            resource
        }
    };
    Ok(LocaleFile {
        path,
        resource,
        lines,
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

/// Where each message (`id =`) and term (`-id =`) starts. In Fluent an entry always starts
/// at column 0 and continuation lines are indented, so a line that begins with an
/// identifier followed by `=` is a definition.
fn definition_lines(text: &str) -> HashMap<String, Vec<usize>> {
    let mut lines: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        let body = line.strip_prefix('-').unwrap_or(line);
        let id_len = body
            .char_indices()
            .find(|(i, c)| {
                !(c.is_ascii_alphabetic()
                    || (*i > 0 && (c.is_ascii_digit() || *c == '-' || *c == '_')))
            })
            .map_or(body.len(), |(i, _)| i);
        if id_len == 0 || !body[id_len..].trim_start().starts_with('=') {
            continue;
        }
        let prefix = if line.starts_with('-') { "-" } else { "" };
        lines
            .entry(format!("{prefix}{}", &body[..id_len]))
            .or_default()
            .push(index + 1);
    }
    lines
}

/// Duplicate ids (within and across files) and references to what the locale lacks.
fn check_locale(files: &[LocaleFile], issues: &mut Vec<Issue>) {
    // id -> (file, line, attribute names)
    let mut defined: BTreeMap<String, (PathBuf, usize, Vec<String>)> = BTreeMap::new();
    for file in files {
        for entry in file.entries() {
            if let Some((first_file, first_line, _)) = defined.get(&entry.id) {
                issues.push(Issue {
                    file: file.path.clone(),
                    line: entry.line,
                    column: 1,
                    kind: IssueKind::Duplicate {
                        id: entry.id.clone(),
                        first_file: first_file.clone(),
                        first_line: *first_line,
                    },
                });
                continue;
            }
            let attributes = entry
                .attributes
                .iter()
                .map(|(a, _)| a.to_string())
                .collect();
            defined.insert(
                entry.id.clone(),
                (file.path.clone(), entry.line, attributes),
            );
        }
    }
    let exists = |target: &str| match target.split_once('.') {
        Some((id, attribute)) => defined
            .get(id)
            .is_some_and(|(_, _, attributes)| attributes.iter().any(|a| a == attribute)),
        None => defined.contains_key(target),
    };
    for file in files {
        for entry in file.entries() {
            let patterns = entry
                .value
                .into_iter()
                .chain(entry.attributes.iter().map(|(_, p)| *p));
            for pattern in patterns {
                let refs = ast::refs(pattern);
                let mut issue = |kind| {
                    issues.push(Issue {
                        file: file.path.clone(),
                        line: entry.line,
                        column: 1,
                        kind,
                    })
                };
                for target in refs.messages.iter().chain(refs.terms.iter()) {
                    if !exists(target) {
                        issue(IssueKind::UnknownReference {
                            id: entry.id.clone(),
                            target: target.clone(),
                        });
                    }
                }
                for function in &refs.functions {
                    if !KNOWN_FUNCTIONS.contains(&function.as_str()) {
                        issue(IssueKind::UnknownFunction {
                            id: entry.id.clone(),
                            function: function.clone(),
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_in_characters() {
        let text = "a = б\nбв = x\n";
        assert_eq!(position(text, 0), (1, 1));
        let offset = text.find("= x").unwrap();
        assert_eq!(position(text, offset), (2, 4));
    }

    #[test]
    fn definition_lines_find_messages_and_terms_only_at_column_zero() {
        let text = "## group\nhello = Hi\n    .title = T\n-brand = B\n\nbye=Bye\n  not-this = x\nhello = again\n";
        let lines = definition_lines(text);
        assert_eq!(lines["hello"], vec![2, 8]);
        assert_eq!(lines["-brand"], vec![4]);
        assert_eq!(lines["bye"], vec![6]);
        assert!(!lines.contains_key("not-this"));
        assert!(!lines.contains_key(".title"));
    }
}
