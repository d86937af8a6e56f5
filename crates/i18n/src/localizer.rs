use std::collections::HashSet;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::error::L10nError;
use crate::format;
use crate::source::{self, LocaleSource};
use crate::Lang;

/// What to do when a message is missing in the asked-for language, or does not format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallbackMode {
    /// Tests: a fallback or formatting problem is an error. [`Localizer::try_message`] and
    /// the Tera `t()` return it; [`Localizer::message`] records it for
    /// [`Localizer::take_errors`].
    Strict,
    /// Production: show the best available text and log a warning, once per language and id
    /// so a busy page does not flood the log.
    Log,
}

type Bundle = FluentBundle<FluentResource>;

/// All locales' messages, loaded and checked once at start-up, shared (`Arc`) by request
/// handlers, templates and email rendering.
pub struct Localizer {
    /// One bundle per language that has a directory; indexed by position in `Lang::ALL`.
    bundles: Vec<Option<Bundle>>,
    mode: FallbackMode,
    /// (language, id) pairs already warned about in `Log` mode.
    warned: Mutex<HashSet<(Lang, String)>>,
    /// Errors met by [`Localizer::message`] in `Strict` mode, for tests to inspect.
    errors: Mutex<Vec<L10nError>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let langs: Vec<&str> = Lang::ALL
            .iter()
            .zip(&self.bundles)
            .filter(|(_, b)| b.is_some())
            .map(|(l, _)| l.code())
            .collect();
        f.debug_struct("Localizer")
            .field("langs", &langs)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

fn index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .expect("Lang::ALL lists every language")
}

impl Localizer {
    /// Loads `dir/<lang>/**/*.ftl` for every language that has a directory (`ru` is
    /// required) and checks everything: syntax, duplicate ids within and across the files of
    /// a locale, references to messages, terms and functions. Any problem is an error that
    /// lists every problem with file and line, so the application can refuse to start.
    pub fn load(dir: &Path, mode: FallbackMode) -> Result<Localizer, L10nError> {
        let sources = source::read_all(dir)?;
        let mut bundles: Vec<Option<Bundle>> = Lang::ALL.iter().map(|_| None).collect();
        for LocaleSource { lang, files } in sources {
            bundles[index(lang)] = Some(build_bundle(lang, files)?);
        }
        Ok(Localizer {
            bundles,
            mode,
            warned: Mutex::new(HashSet::new()),
            errors: Mutex::new(Vec::new()),
        })
    }

    pub fn mode(&self) -> FallbackMode {
        self.mode
    }

    /// Whether `lang` itself (without fallback) has the message `id`.
    pub fn has_message(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).is_some_and(|b| b.has_message(id))
    }

    /// The message `id` in `lang`, falling back to Russian, then English. Never fails: in
    /// `Log` mode problems are logged; in `Strict` mode they are also recorded for
    /// [`Localizer::take_errors`]. A message that exists nowhere shows as its id.
    pub fn message(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let (text, problems) = self.resolve(lang, id, None, args);
        self.report(problems);
        text
    }

    /// Like [`Localizer::message`] for the attribute `attr` of message `id` (Fluent's
    /// `id = … .attr = …`), e.g. a field's placeholder or a link's title.
    pub fn attribute(
        &self,
        lang: Lang,
        id: &str,
        attr: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> String {
        let (text, problems) = self.resolve(lang, id, Some(attr), args);
        self.report(problems);
        text
    }

    /// The message, or in `Strict` mode the first problem met (fallback, missing message,
    /// formatting error). In `Log` mode this behaves like [`Localizer::message`] and
    /// never returns an error.
    pub fn try_message(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, L10nError> {
        self.try_resolve(lang, id, None, args)
    }

    /// [`Localizer::try_message`] for an attribute.
    pub fn try_attribute(
        &self,
        lang: Lang,
        id: &str,
        attr: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, L10nError> {
        self.try_resolve(lang, id, Some(attr), args)
    }

    /// Errors recorded by [`Localizer::message`] and [`Localizer::attribute`] in
    /// `Strict` mode since the last call. Tests assert this is empty after rendering.
    pub fn take_errors(&self) -> Vec<L10nError> {
        std::mem::take(&mut *self.errors.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn try_resolve(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, L10nError> {
        let (text, mut problems) = self.resolve(lang, id, attr, args);
        match self.mode {
            FallbackMode::Strict if !problems.is_empty() => Err(problems.swap_remove(0)),
            _ => {
                self.report(problems);
                Ok(text)
            }
        }
    }

    fn bundle(&self, lang: Lang) -> Option<&Bundle> {
        self.bundles[index(lang)].as_ref()
    }

    /// The text and every problem met on the way. `id.attr` names are used for attributes
    /// in problems and in the last-resort text.
    fn resolve(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> (String, Vec<L10nError>) {
        let name = match attr {
            Some(attr) => format!("{id}.{attr}"),
            None => id.to_string(),
        };
        let mut problems = Vec::new();
        for candidate in lang.fallback_chain() {
            let Some(bundle) = self.bundle(candidate) else {
                continue;
            };
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(attr) => message.get_attribute(attr).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            if candidate != lang {
                problems.push(L10nError::Fallback {
                    lang,
                    id: name.clone(),
                    used: candidate,
                });
            }
            let mut errors: Vec<FluentError> = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                let message = errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ");
                problems.push(L10nError::Format {
                    lang: candidate,
                    id: name.clone(),
                    message,
                });
            }
            return (text, problems);
        }
        problems.push(L10nError::Missing {
            lang,
            id: name.clone(),
        });
        (name, problems)
    }

    fn report(&self, problems: Vec<L10nError>) {
        for problem in problems {
            match self.mode {
                FallbackMode::Strict => self
                    .errors
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(problem),
                FallbackMode::Log => self.warn_once(problem),
            }
        }
    }

    fn warn_once(&self, problem: L10nError) {
        let key = match &problem {
            L10nError::Fallback { lang, id, .. }
            | L10nError::Missing { lang, id }
            | L10nError::Format { lang, id, .. } => (*lang, id.clone()),
            _ => (Lang::REFERENCE, String::new()),
        };
        let first = self
            .warned
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key);
        if first {
            tracing::warn!(target: "i18n", "{problem}");
        }
    }
}

fn build_bundle(lang: Lang, files: Vec<source::LocaleFile>) -> Result<Bundle, L10nError> {
    let langid: LanguageIdentifier = lang
        .code()
        .parse()
        .expect("every Lang code is a valid language identifier");
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Without this Fluent wraps every placeable in U+2068/U+2069, which then show up as
    // boxes in PDFs and as junk in plain-text emails.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number_formatter(lang)));
    bundle
        .add_builtins()
        .expect("a fresh bundle has no function named NUMBER yet");
    for file in files {
        // Duplicates were already reported with file and line by `source::read_all`, so
        // `add_resource` cannot fail here; if it ever did, say so rather than drop text.
        let path = file.path;
        bundle
            .add_resource(file.resource)
            .map_err(|errors| L10nError::Invalid {
                issues: errors
                    .into_iter()
                    .map(|e| crate::Issue {
                        file: path.clone(),
                        line: 1,
                        column: 1,
                        kind: crate::IssueKind::Syntax(e.to_string()),
                    })
                    .collect(),
            })?;
    }
    Ok(bundle)
}

type Formatter = fn(&FluentValue<'_>, &IntlLangMemoizer) -> Option<String>;

/// Numbers inside messages ("1 234 слушателя") use the same separators as
/// [`crate::format::number`]. Fluent's formatter hook is a plain `fn` without the
/// language, so there is one monomorphised function per separator style.
fn number_formatter(lang: Lang) -> Formatter {
    match format::style(lang) {
        format::Style::SpaceComma => format_number::<{ format::Style::SpaceComma as u8 }>,
        format::Style::DotComma => format_number::<{ format::Style::DotComma as u8 }>,
        format::Style::CommaDot => format_number::<{ format::Style::CommaDot as u8 }>,
    }
}

fn format_number<const STYLE: u8>(value: &FluentValue<'_>, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        // Only plain numbers: `NUMBER($x, minimumFractionDigits: 2)` and friends keep
        // Fluent's own handling of their options.
        FluentValue::Number(n) if n.options == Default::default() => Some(format::number_in_style(
            format::Style::from_u8(STYLE),
            n.value,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("ru")).unwrap();
        fs::create_dir_all(dir.path().join("kk")).unwrap();
        fs::write(dir.path().join("ru/a.ftl"), "only-ru = Только по-русски\n").unwrap();
        fs::write(dir.path().join("kk/a.ftl"), "other = Басқа\n").unwrap();
        dir
    }

    #[test]
    fn log_mode_warns_once_per_language_and_id() {
        let dir = fixture();
        let l10n = Localizer::load(dir.path(), FallbackMode::Log).unwrap();
        for _ in 0..3 {
            assert_eq!(l10n.message(Lang::Kk, "only-ru", None), "Только по-русски");
        }
        l10n.message(Lang::Ky, "only-ru", None);
        l10n.message(Lang::Kk, "nowhere", None);
        let warned = l10n.warned.lock().unwrap();
        assert_eq!(warned.len(), 3, "{warned:?}");
        assert!(warned.contains(&(Lang::Kk, "only-ru".to_string())));
        assert!(l10n.take_errors().is_empty(), "Log mode records nothing");
    }
}
