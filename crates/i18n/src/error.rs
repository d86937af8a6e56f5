use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::Lang;

/// Everything that can go wrong while loading or using the locale files.
///
/// Loading errors (`Io`, `MissingReference`, `Invalid`, `Exceptions`) stop the application
/// at start-up. Lookup errors (`Fallback`, `Missing`, `Format`) are only ever returned in
/// [`crate::FallbackMode::Strict`]; in production they are logged and a best-effort string
/// is shown instead.
#[derive(Debug, thiserror::Error)]
pub enum L10nError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error(
        "no Russian messages in {}: `ru` is the reference locale and must exist (expected {}/ru/*.ftl)",
        dir.display(),
        dir.display()
    )]
    MissingReference { dir: PathBuf },

    #[error("{}", IssueList(issues))]
    Invalid { issues: Vec<Issue> },

    #[error("{}: {message}", path.display())]
    Exceptions { path: PathBuf, message: String },

    #[error("message `{id}` is missing in `{lang}`; fell back to `{used}`")]
    Fallback { lang: Lang, id: String, used: Lang },

    #[error("message `{id}` (asked for in `{lang}`) exists in no locale")]
    Missing { lang: Lang, id: String },

    #[error("message `{id}` in `{lang}` did not format cleanly: {message}")]
    Format {
        lang: Lang,
        id: String,
        message: String,
    },
}

/// One problem found in one locale file, with its position (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub kind: IssueKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// The Fluent parser rejected this part of the file.
    Syntax(String),
    /// The same message or term id is defined twice in one locale.
    Duplicate {
        id: String,
        first_file: PathBuf,
        first_line: usize,
    },
    /// A message refers to a message, attribute or term that this locale does not define,
    /// which would show as `{…}` at run time.
    UnknownReference { id: String, target: String },
    /// A message calls a function that is not registered (only `NUMBER` is).
    UnknownFunction { id: String, function: String },
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file.display(), self.line, self.column)?;
        match &self.kind {
            IssueKind::Syntax(message) => write!(f, "syntax error: {message}"),
            IssueKind::Duplicate {
                id,
                first_file,
                first_line,
            } => write!(
                f,
                "duplicate id `{id}` (first defined at {}:{first_line})",
                first_file.display()
            ),
            IssueKind::UnknownReference { id, target } => {
                write!(
                    f,
                    "`{id}` refers to `{target}`, which this locale does not define"
                )
            }
            IssueKind::UnknownFunction { id, function } => {
                write!(f, "`{id}` calls unknown function `{function}`")
            }
        }
    }
}

struct IssueList<'a>(&'a [Issue]);

impl fmt::Display for IssueList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} problem(s) in the locale files:", self.0.len())?;
        for issue in self.0 {
            write!(f, "\n  {issue}")?;
        }
        Ok(())
    }
}
