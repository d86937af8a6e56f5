//! What each locale says, as plain data: for the completeness checks (tests and
//! `make l10n-check`) and the coverage report (`make l10n-report`).
//!
//! Russian is the reference: every message id of `ru` must exist in every other locale,
//! with the same variables and attributes, not empty, and not a copy of the Russian or
//! English text unless `locales/exceptions.toml` says the copy is intended.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Pattern;
use serde::Deserialize;

use crate::ast;
use crate::error::L10nError;
use crate::source;
use crate::Lang;

/// The file, next to the locale directories, that lists intended identical texts.
pub const EXCEPTIONS_FILE: &str = "exceptions.toml";

/// One pattern (a message's value or one attribute) reduced to what the checks compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternInfo {
    /// Canonical text; equal texts show the same for every input.
    pub text: String,
    pub variables: BTreeSet<String>,
    pub blank: bool,
    pub has_letters: bool,
}

impl PatternInfo {
    fn new(pattern: &Pattern<&str>) -> PatternInfo {
        PatternInfo {
            text: ast::canonical(pattern),
            variables: ast::refs(pattern).variables,
            blank: ast::is_blank(pattern),
            has_letters: ast::has_letters(pattern),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: usize,
    pub value: Option<PatternInfo>,
    pub attributes: BTreeMap<String, PatternInfo>,
}

/// Every message (not term: terms are private to a locale) of every locale present.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    locales: BTreeMap<Lang, BTreeMap<String, MessageInfo>>,
}

impl MessageInfo {
    /// The value under `id` and each attribute under `id.attr`.
    fn patterns(&self, id: &str) -> BTreeMap<String, &PatternInfo> {
        let value = self.value.as_ref().map(|v| (id.to_string(), v));
        let attributes = self
            .attributes
            .iter()
            .map(|(attr, p)| (format!("{id}.{attr}"), p));
        value.into_iter().chain(attributes).collect()
    }
}

impl Catalog {
    /// Reads `dir/<lang>/**/*.ftl` with the same checks as [`crate::Localizer::load`].
    pub fn load(dir: &Path) -> Result<Catalog, L10nError> {
        let mut locales = BTreeMap::new();
        for locale in source::read_all(dir)? {
            let mut messages = BTreeMap::new();
            for file in &locale.files {
                for entry in file.entries() {
                    if entry.is_term() {
                        continue;
                    }
                    let info = MessageInfo {
                        file: file.path.clone(),
                        line: entry.line,
                        value: entry.value.map(PatternInfo::new),
                        attributes: entry
                            .attributes
                            .iter()
                            .map(|(name, pattern)| (name.to_string(), PatternInfo::new(pattern)))
                            .collect(),
                    };
                    messages.insert(entry.id, info);
                }
            }
            locales.insert(locale.lang, messages);
        }
        Ok(Catalog { locales })
    }

    /// The messages of `lang`, or `None` if `lang` has no directory.
    pub fn messages(&self, lang: Lang) -> Option<&BTreeMap<String, MessageInfo>> {
        self.locales.get(&lang)
    }

    /// The reference (Russian) message ids.
    pub fn reference_ids(&self) -> impl Iterator<Item = &str> {
        self.locales
            .get(&Lang::REFERENCE)
            .into_iter()
            .flat_map(|m| m.keys().map(String::as_str))
    }
}

/// Intended identical texts, from `locales/exceptions.toml`:
///
/// ```toml
/// [[identical]]
/// id = "nav-profile"            # a message id, or `id.attr` for one attribute
/// langs = ["kk", "ky"]          # or ["*"] for every locale
/// reason = "«Профиль» is the Kazakh and Kyrgyz word too"
/// ```
#[derive(Debug, Clone, Default)]
pub struct Exceptions {
    entries: Vec<Exception>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Exception {
    id: String,
    langs: Vec<String>,
    reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExceptionsFile {
    #[serde(default)]
    identical: Vec<Exception>,
}

impl Exceptions {
    /// Reads the file; a missing file means no exceptions. Every entry needs a reason and
    /// known language codes.
    pub fn load(path: &Path) -> Result<Exceptions, L10nError> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Exceptions::default()),
            Err(source) => {
                return Err(L10nError::Io {
                    path: path.to_path_buf(),
                    source,
                })
            }
        };
        let bad = |message: String| L10nError::Exceptions {
            path: path.to_path_buf(),
            message,
        };
        let file: ExceptionsFile = toml::from_str(&text).map_err(|e| bad(e.to_string()))?;
        for entry in &file.identical {
            if entry.reason.trim().is_empty() {
                return Err(bad(format!("`{}` needs a reason", entry.id)));
            }
            for code in &entry.langs {
                if code != "*" && Lang::from_code(code).is_none() {
                    return Err(bad(format!("`{}`: unknown language `{code}`", entry.id)));
                }
            }
        }
        Ok(Exceptions {
            entries: file.identical,
        })
    }

    /// Whether `name` (`id` or `id.attr`) may read the same as Russian or English in
    /// `lang`. An entry for `id` covers its attributes too.
    pub fn allows_identical(&self, lang: Lang, name: &str) -> bool {
        let id = name.split_once('.').map_or(name, |(id, _)| id);
        self.entries.iter().any(|e| {
            (e.id == name || e.id == id) && e.langs.iter().any(|l| l == "*" || l == lang.code())
        })
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.id.as_str())
    }
}

/// One thing wrong with one message in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub lang: Lang,
    /// `id`, or `id.attr` for an attribute.
    pub id: String,
    /// Where to fix it: the locale's file if the message exists there, else the Russian one.
    pub file: PathBuf,
    pub line: usize,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The Russian message has no counterpart.
    Missing,
    /// Russian has a value (not only attributes) and this locale has none, or it is blank.
    Empty,
    VariablesDiffer {
        reference: BTreeSet<String>,
        found: BTreeSet<String>,
    },
    AttributesDiffer {
        reference: BTreeSet<String>,
        found: BTreeSet<String>,
    },
    /// The text is the Russian or English one, copied, and no exception allows it.
    IdenticalTo(Lang),
    /// The id is not in Russian: renamed or removed there, stale here.
    NotInReference,
    /// `exceptions.toml` names an id that Russian does not have.
    UnknownException,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: [{}] `{}`: ",
            self.file.display(),
            self.line,
            self.lang,
            self.id
        )?;
        let list = |set: &BTreeSet<String>| {
            if set.is_empty() {
                "none".to_string()
            } else {
                set.iter().cloned().collect::<Vec<_>>().join(", ")
            }
        };
        match &self.problem {
            Problem::Missing => write!(f, "missing (defined in Russian)"),
            Problem::Empty => write!(f, "empty value"),
            Problem::VariablesDiffer { reference, found } => write!(
                f,
                "variables differ: Russian has {}, this locale has {}",
                list(reference),
                list(found)
            ),
            Problem::AttributesDiffer { reference, found } => write!(
                f,
                "attributes differ: Russian has {}, this locale has {}",
                list(reference),
                list(found)
            ),
            Problem::IdenticalTo(other) => write!(
                f,
                "same text as `{other}`: translate it, or list it in {EXCEPTIONS_FILE} with a reason"
            ),
            Problem::NotInReference => write!(f, "not in Russian (stale?)"),
            Problem::UnknownException => {
                write!(f, "listed in {EXCEPTIONS_FILE} but not a Russian message")
            }
        }
    }
}

/// Loads `dir` and `dir/exceptions.toml` and returns every completeness finding.
pub fn check(dir: &Path) -> Result<Vec<Finding>, L10nError> {
    let catalog = Catalog::load(dir)?;
    let exceptions = Exceptions::load(&dir.join(EXCEPTIONS_FILE))?;
    Ok(check_catalog(&catalog, &exceptions))
}

/// The completeness findings for every locale other than Russian.
pub fn check_catalog(catalog: &Catalog, exceptions: &Exceptions) -> Vec<Finding> {
    let empty = BTreeMap::new();
    let reference = catalog.messages(Lang::REFERENCE).unwrap_or(&empty);
    let english = catalog.messages(Lang::En).unwrap_or(&empty);
    let mut findings = Vec::new();
    for id in exceptions.ids() {
        let base = id.split_once('.').map_or(id, |(id, _)| id);
        if !reference.contains_key(base) {
            findings.push(Finding {
                lang: Lang::REFERENCE,
                id: id.to_string(),
                file: PathBuf::from(EXCEPTIONS_FILE),
                line: 0,
                problem: Problem::UnknownException,
            });
        }
    }
    for lang in Lang::ALL {
        if lang == Lang::REFERENCE {
            continue;
        }
        let messages = catalog.messages(lang).unwrap_or(&empty);
        // Translations are compared with Russian and English; English only with Russian.
        let originals: Vec<(Lang, &BTreeMap<String, MessageInfo>)> = if lang == Lang::En {
            vec![(Lang::REFERENCE, reference)]
        } else {
            vec![(Lang::REFERENCE, reference), (Lang::En, english)]
        };
        for (id, ru) in reference {
            let Some(found) = messages.get(id) else {
                findings.push(Finding {
                    lang,
                    id: id.clone(),
                    file: ru.file.clone(),
                    line: ru.line,
                    problem: Problem::Missing,
                });
                continue;
            };
            let mut push = |name: String, problem| {
                findings.push(Finding {
                    lang,
                    id: name,
                    file: found.file.clone(),
                    line: found.line,
                    problem,
                })
            };
            let ru_attrs: BTreeSet<String> = ru.attributes.keys().cloned().collect();
            let found_attrs: BTreeSet<String> = found.attributes.keys().cloned().collect();
            if ru_attrs != found_attrs {
                push(
                    id.clone(),
                    Problem::AttributesDiffer {
                        reference: ru_attrs,
                        found: found_attrs,
                    },
                );
            }
            let found_patterns = found.patterns(id);
            for (name, ru_pattern) in ru.patterns(id) {
                let Some(pattern) = found_patterns.get(&name) else {
                    // A missing attribute is already reported as AttributesDiffer.
                    if name == *id {
                        push(name, Problem::Empty);
                    }
                    continue;
                };
                if pattern.blank {
                    push(name, Problem::Empty);
                    continue;
                }
                if pattern.variables != ru_pattern.variables {
                    push(
                        name.clone(),
                        Problem::VariablesDiffer {
                            reference: ru_pattern.variables.clone(),
                            found: pattern.variables.clone(),
                        },
                    );
                }
                if !pattern.has_letters || exceptions.allows_identical(lang, &name) {
                    continue;
                }
                let copied_from = originals.iter().find_map(|(other, catalog)| {
                    let original = catalog.get(id)?.patterns(id).remove(&name)?;
                    (original.text == pattern.text).then_some(*other)
                });
                if let Some(other) = copied_from {
                    push(name, Problem::IdenticalTo(other));
                }
            }
        }
        for (id, found) in messages {
            if !reference.contains_key(id) {
                findings.push(Finding {
                    lang,
                    id: id.clone(),
                    file: found.file.clone(),
                    line: found.line,
                    problem: Problem::NotInReference,
                });
            }
        }
    }
    findings
}

/// Per language: (language, messages translated, messages in Russian), in `Lang::ALL`
/// order. A message counts as translated when it exists and has no completeness finding
/// (not missing, empty, copied, or with different variables or attributes).
pub fn coverage(dir: &Path) -> Result<Vec<(Lang, usize, usize)>, L10nError> {
    let catalog = Catalog::load(dir)?;
    let exceptions = Exceptions::load(&dir.join(EXCEPTIONS_FILE))?;
    Ok(coverage_of(&catalog, &exceptions))
}

pub fn coverage_of(catalog: &Catalog, exceptions: &Exceptions) -> Vec<(Lang, usize, usize)> {
    let total = catalog.reference_ids().count();
    let findings = check_catalog(catalog, exceptions);
    Lang::ALL
        .iter()
        .map(|&lang| {
            let untranslated: BTreeSet<&str> = findings
                .iter()
                .filter(|f| f.lang == lang)
                .filter(|f| {
                    !matches!(
                        f.problem,
                        Problem::NotInReference | Problem::UnknownException
                    )
                })
                .map(|f| f.id.split_once('.').map_or(f.id.as_str(), |(id, _)| id))
                .collect();
            (lang, total - untranslated.len(), total)
        })
        .collect()
}
