//! The content checker's and GIFT importer's messages in the reader's language.
//!
//! `courses` says what is wrong as a [`courses::MessageId`] with text arguments (and an
//! English sentence for the command line); the sentence in every language lives in
//! `locales/<lang>/content-check.ftl`. Arguments named `count` are numbers, so that a
//! translation can choose its plural form; every other argument is shown as written.

use std::collections::BTreeMap;

use courses::MessageId;
use fluent_bundle::FluentArgs;

use crate::{Lang, Localizer};

/// `args` as Fluent arguments: `count` as a number, the rest as text.
pub fn content_args(args: &BTreeMap<String, String>) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match (name.as_str(), value.parse::<i64>()) {
            ("count", Ok(n)) => out.set(name.as_str(), n),
            _ => out.set(name.as_str(), value.as_str()),
        }
    }
    out
}

impl Localizer {
    /// The checker's message `key` with `args` in `lang` (falling back like every
    /// message: the language, then Russian, then English). `english` is shown only if no
    /// locale has the id at all, which the completeness tests rule out; a page never
    /// shows a bare id.
    pub fn content_message(
        &self,
        lang: Lang,
        key: MessageId,
        args: &BTreeMap<String, String>,
        english: &str,
    ) -> String {
        let id = key.as_str();
        if lang
            .fallback_chain()
            .into_iter()
            .any(|l| self.has_message(l, id))
        {
            self.message(lang, id, Some(&content_args(args)))
        } else {
            english.to_string()
        }
    }

    /// [`Localizer::content_message`] for one diagnostic of the checker.
    pub fn diagnostic(&self, lang: Lang, d: &courses::Diagnostic) -> String {
        self.content_message(lang, d.key, &d.args, &d.message)
    }
}
