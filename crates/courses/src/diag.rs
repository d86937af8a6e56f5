//! Problems found in `course-content/`, and per-language coverage.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

macro_rules! codes {
    ($($variant:ident => $id:literal, $doc:literal;)*) => {
        /// A stable problem code. The kebab-case id is also the Fluent message id that
        /// translates the problem, so ids never change once published; add new ones.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $doc] $variant,)*
        }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $id,)*
                }
            }

            pub fn from_id(id: &str) -> Option<Code> {
                match id {
                    $($id => Some(Code::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

codes! {
    Io => "content-io-error", "A file or directory could not be read.";
    TomlSyntax => "content-toml-syntax", "A TOML file does not parse.";
    Utf8 => "content-not-utf8", "A text file is not valid UTF-8.";
    UnknownField => "content-unknown-field", "A TOML key that the format does not define.";
    MissingField => "content-missing-field", "A required TOML key is absent.";
    WrongType => "content-wrong-type", "A TOML value has the wrong type (string, integer...).";
    InvalidValue => "content-invalid-value", "A value is out of range or badly formed.";
    DuplicateSlug => "content-duplicate-slug", "Two levels, modules or lessons share a slug.";
    DuplicateOrder => "content-duplicate-order", "Two siblings share an order number.";
    DuplicateId => "content-duplicate-question-id", "Two questions of a quiz share an id.";
    UnknownReference => "content-unknown-reference", "A prerequisite names no level or module.";
    PrerequisiteCycle => "content-prerequisite-cycle", "Prerequisites that depend on each other.";
    MissingFile => "content-missing-file", "A required file (level.toml, module.toml, quiz.toml...) is absent.";
    UnexpectedFile => "content-unexpected-file", "A file or directory the format does not know.";
    BadFileName => "content-bad-file-name", "A lesson or quiz file name that does not follow NN-slug.LANG.md / quiz.LANG.toml.";
    UnknownLanguage => "content-unknown-language", "A language code that is not one of the eight.";
    EmptyModule => "content-empty-module", "A module without lessons.";
    MissingReference => "content-missing-reference", "A translation exists but the Russian reference does not.";
    MissingTranslation => "content-missing-translation", "A translation that other items of the tree have is missing here.";
    TranslationMismatch => "content-translation-mismatch", "A quiz translation whose structure differs from the Russian reference.";
    AnswerKeyInvalid => "content-answer-key-invalid", "A question whose answer key cannot be graded as written.";
    MissingTitle => "content-missing-title", "A lesson file that does not start with `# Title`.";
    MarkdownNotAllowed => "content-markdown-not-allowed", "Markdown the format does not allow (raw HTML, footnotes, a second `#` heading...).";
    LinkNotAllowed => "content-link-not-allowed", "A link to something other than https:, mailto: or the tree.";
    BrokenLink => "content-broken-link", "A link to a lesson that does not exist.";
    ImageMissing => "content-image-missing", "An image that is not a file beside the lesson.";
    ImageNoAlt => "content-image-no-alt", "An image without alt text.";
    ImageTooLarge => "content-image-too-large", "An image over 2 MB.";
    ImageFormat => "content-image-format", "An image that is not PNG, JPEG or WebP.";
    ImageUnused => "content-image-unused", "An image file no lesson uses.";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One problem: where, what (stable code + arguments for translation), and an English
/// message for people reading the command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    /// Path relative to the content root, with `/` separators on every platform.
    pub file: String,
    /// 1-based; `None` when the problem concerns the file as a whole.
    pub line: Option<u32>,
    /// Named arguments for the Fluent message (`$field`, `$value`...).
    pub args: BTreeMap<String, String>,
    pub message: String,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: {sev}[{}]: {}",
                self.file, line, self.code, self.message
            ),
            None => write!(f, "{}: {sev}[{}]: {}", self.file, self.code, self.message),
        }
    }
}

/// Present / expected counts for one kind of item in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    pub present: u32,
    pub expected: u32,
}

impl Count {
    pub(crate) fn add(&mut self, present: bool) {
        self.expected += 1;
        if present {
            self.present += 1;
        }
    }

    /// 0..=100; an empty tree counts as fully covered.
    pub fn percent(&self) -> u32 {
        (self.present * 100)
            .checked_div(self.expected)
            .unwrap_or(100)
    }
}

/// Coverage of one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LangCoverage {
    /// Level titles and summaries, module titles, summaries and objectives.
    pub texts: Count,
    pub lessons: Count,
    pub quizzes: Count,
}

/// Coverage of every language (all eight are always present).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub per_lang: BTreeMap<Lang, LangCoverage>,
}

impl Default for Coverage {
    fn default() -> Self {
        Coverage {
            per_lang: Lang::ALL
                .iter()
                .map(|l| (*l, LangCoverage::default()))
                .collect(),
        }
    }
}

impl Coverage {
    pub fn get(&self, lang: Lang) -> LangCoverage {
        self.per_lang.get(&lang).copied().unwrap_or_default()
    }

    pub(crate) fn entry(&mut self, lang: Lang) -> &mut LangCoverage {
        self.per_lang.entry(lang).or_default()
    }
}

impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<6}{:>16}{:>16}{:>16}",
            "lang", "texts", "lessons", "quizzes"
        )?;
        for (lang, c) in &self.per_lang {
            let cell = |c: Count| format!("{}/{} {:>3}%", c.present, c.expected, c.percent());
            writeln!(
                f,
                "{:<6}{:>16}{:>16}{:>16}",
                lang.code(),
                cell(c.texts),
                cell(c.lessons),
                cell(c.quizzes)
            )?;
        }
        Ok(())
    }
}

/// Everything `check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// Sorted by file, then line, then code.
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Coverage,
}

impl CheckReport {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        writeln!(
            f,
            "{} error(s), {} warning(s)",
            self.errors().count(),
            self.warnings().count()
        )
    }
}

/// Collects diagnostics while the loader walks the tree.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub(crate) diags: Vec<Diagnostic>,
}

impl Sink {
    pub(crate) fn push(
        &mut self,
        severity: Severity,
        code: Code,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
        message: impl Into<String>,
    ) {
        self.diags.push(Diagnostic {
            severity,
            code,
            file: file.to_string(),
            line,
            args: args
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
            message: message.into(),
        });
    }

    pub(crate) fn error(
        &mut self,
        code: Code,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
        message: impl Into<String>,
    ) {
        self.push(Severity::Error, code, file, line, args, message);
    }

    pub(crate) fn warn(
        &mut self,
        code: Code,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
        message: impl Into<String>,
    ) {
        self.push(Severity::Warning, code, file, line, args, message);
    }

    pub(crate) fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.diags.sort_by(|a, b| {
            (&a.file, a.line, a.code, &a.message).cmp(&(&b.file, b.line, b.code, &b.message))
        });
        self.diags.dedup();
        self.diags
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(src: &str, offset: usize) -> u32 {
    let end = offset.min(src.len());
    let mut n = 1u32;
    for b in src.as_bytes()[..end].iter() {
        if *b == b'\n' {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case_unique_and_round_trip() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            let id = c.as_str();
            assert!(id.starts_with("content-"), "{id}");
            assert!(
                id.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{id}"
            );
            assert!(seen.insert(id), "duplicate {id}");
            assert_eq!(Code::from_id(id), Some(*c));
        }
    }

    #[test]
    fn line_of_counts_newlines() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("a", 99), 1);
    }

    #[test]
    fn coverage_table_lists_all_languages() {
        let mut c = Coverage::default();
        c.entry(Lang::Ru).lessons.add(true);
        c.entry(Lang::En).lessons.add(false);
        let table = c.to_string();
        assert_eq!(table.lines().count(), 9);
        assert!(table.contains("1/1 100%"));
        assert!(table.contains("0/1   0%"));
    }
}
