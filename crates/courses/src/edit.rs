//! Editing content files one field at a time (the authoring pages) while keeping the
//! rest of each file as it was written: comments, order and layout stay, so a change
//! made in the browser is a small diff in git. The checker stays the judge of what is
//! valid: these functions write what the author typed, even when it is wrong (a
//! non-number where a number belongs is written as a string, and `check` reports it at
//! its line), so nothing typed is lost.

use toml_edit::{Array, DocumentMut, Item, Table, Value};

use crate::lang::Lang;

/// A TOML file being edited.
pub struct TomlDoc {
    doc: DocumentMut,
}

/// The file does not parse; edit it as text instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotToml(pub String);

impl TomlDoc {
    pub fn parse(text: &str) -> Result<TomlDoc, NotToml> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        text.parse::<DocumentMut>()
            .map(|doc| TomlDoc { doc })
            .map_err(|e| NotToml(e.to_string()))
    }

    pub fn to_text(&self) -> String {
        self.doc.to_string()
    }

    /// A top-level value as the author would type it: integers and strings as
    /// themselves, other values in TOML notation. `None` when absent.
    pub fn raw(&self, key: &str) -> Option<String> {
        let value = self.doc.get(key)?.as_value()?;
        Some(match value {
            Value::String(s) => s.value().clone(),
            Value::Integer(i) => i.value().to_string(),
            Value::Float(f) => f.value().to_string(),
            Value::Boolean(b) => b.value().to_string(),
            other => other.to_string().trim().to_string(),
        })
    }

    /// Sets a top-level number field from what the author typed: an integer when it is
    /// one, else the text as a string (which the checker reports); empty removes it.
    pub fn set_number(&mut self, key: &str, typed: &str) {
        let typed = typed.trim();
        if typed.is_empty() {
            self.doc.remove(key);
        } else if let Ok(n) = typed.parse::<i64>() {
            set_keeping_decor(self.doc.as_table_mut(), key, Value::from(n));
        } else {
            set_keeping_decor(self.doc.as_table_mut(), key, Value::from(typed));
        }
    }

    /// A top-level array of strings (e.g. `prerequisites`).
    pub fn str_list(&self, key: &str) -> Vec<String> {
        list_of(self.doc.get(key))
    }

    pub fn set_str_list(&mut self, key: &str, items: &[String]) {
        let array: Array = items.iter().map(|s| s.as_str()).collect();
        set_keeping_decor(self.doc.as_table_mut(), key, Value::Array(array));
    }

    /// `[table] lang = "text"`, e.g. a module's title in Kazakh.
    pub fn text(&self, table: &str, lang: Lang) -> Option<String> {
        self.doc
            .get(table)?
            .get(lang.code())?
            .as_str()
            .map(str::to_string)
    }

    /// Sets (or, when empty, removes) `[table] lang = "text"`.
    pub fn set_text(&mut self, table: &str, lang: Lang, text: &str) {
        let text = text.trim();
        let t = self.lang_table(table);
        if text.is_empty() {
            t.remove(lang.code());
        } else {
            set_keeping_decor(t, lang.code(), Value::from(text));
        }
    }

    /// `[table] lang = ["a", "b"]`, e.g. a module's objectives in Kazakh.
    pub fn text_list(&self, table: &str, lang: Lang) -> Vec<String> {
        list_of(self.doc.get(table).and_then(|t| t.get(lang.code())))
    }

    /// Sets (or, when empty, removes) `[table] lang = [...]`; blank items are dropped.
    pub fn set_text_list(&mut self, table: &str, lang: Lang, items: &[String]) {
        let items: Vec<&str> = items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        let t = self.lang_table(table);
        if items.is_empty() {
            t.remove(lang.code());
        } else {
            let array: Array = items.into_iter().collect();
            set_keeping_decor(t, lang.code(), Value::Array(array));
        }
    }

    /// The same document with every language but Russian removed from the given
    /// per-language tables: two versions that differ only in translations are equal here.
    pub fn without_translations(&self, tables: &[&str]) -> String {
        let mut copy = self.doc.clone();
        for table in tables {
            if let Some(t) = copy.get_mut(table).and_then(Item::as_table_like_mut) {
                let keys: Vec<String> = t
                    .iter()
                    .map(|(k, _)| k.to_string())
                    .filter(|k| k != Lang::Ru.code())
                    .collect();
                for k in keys {
                    t.remove(&k);
                }
            }
        }
        copy.to_string()
    }

    fn lang_table(&mut self, table: &str) -> &mut Table {
        let root = self.doc.as_table_mut();
        if !root.get(table).is_some_and(Item::is_table) {
            let mut t = Table::new();
            t.set_implicit(false);
            root.insert(table, Item::Table(t));
        }
        root.get_mut(table)
            .and_then(Item::as_table_mut)
            .expect("just inserted as a table")
    }
}

fn list_of(item: Option<&Item>) -> Vec<String> {
    item.and_then(Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Replaces a value but keeps the comment written after it.
fn set_keeping_decor(table: &mut Table, key: &str, mut value: Value) {
    if let Some(old) = table.get(key).and_then(Item::as_value) {
        *value.decor_mut() = old.decor().clone();
    } else {
        value.decor_mut().set_prefix(" ");
    }
    table.insert(key, Item::Value(value));
}

/// The parts of a lesson file name `NN-slug.LANG.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonFileName {
    pub number: String,
    pub slug: String,
    pub lang: Lang,
}

impl LessonFileName {
    pub fn parse(name: &str) -> Option<LessonFileName> {
        let stem = name.strip_suffix(".md")?;
        let (stem, lang) = stem.rsplit_once('.')?;
        let lang = Lang::from_code(lang)?;
        let (number, slug) = stem.split_once('-')?;
        if number.is_empty() || number.len() > 4 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !crate::slug::is_slug(slug) {
            return None;
        }
        Some(LessonFileName {
            number: number.to_string(),
            slug: slug.to_string(),
            lang,
        })
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        format!("{}-{}.{}.md", self.number, self.slug, lang.code())
    }
}

/// The language of a `quiz.LANG.toml` file name.
pub fn quiz_file_lang(name: &str) -> Option<Lang> {
    name.strip_prefix("quiz.")?
        .strip_suffix(".toml")
        .and_then(Lang::from_code)
}

/// The Markdown that shows an image of the module directory, `![alt](path)`: the alt
/// text on one line with brackets and backslashes escaped, which would end it early.
pub fn image_reference(alt: &str, path: &str) -> String {
    let alt = alt
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]");
    format!("![{alt}]({path})")
}

/// `text` with `block` added at its end as a paragraph of its own.
pub fn append_block(text: &str, block: &str) -> String {
    match text.trim_end() {
        "" => format!("{block}\n"),
        body => format!("{body}\n\n{block}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_references_are_one_paragraph_at_the_end() {
        assert_eq!(
            image_reference(" Карта  офиса\n[план] a\\b ", "office-map.png"),
            "![Карта офиса \\[план\\] a\\\\b](office-map.png)"
        );
        assert_eq!(
            append_block("# T\n\nText\n\n", "![a](a.png)"),
            "# T\n\nText\n\n![a](a.png)\n"
        );
        assert_eq!(append_block("", "![a](a.png)"), "![a](a.png)\n");
    }

    const MODULE: &str = "slug = \"m\"\norder = 1\nestimated_minutes = 30 # half an hour\n\n[title]\nru = \"Заголовок\"\nen = \"Title\"\n";

    #[test]
    fn edits_keep_the_rest_of_the_file() {
        let mut doc = TomlDoc::parse(MODULE).unwrap();
        assert_eq!(doc.raw("estimated_minutes").as_deref(), Some("30"));
        doc.set_number("estimated_minutes", "45");
        doc.set_text("title", Lang::Kk, "Тақырып");
        let text = doc.to_text();
        assert!(
            text.contains("estimated_minutes = 45 # half an hour"),
            "{text}"
        );
        assert!(text.contains("kk = \"Тақырып\""), "{text}");
        assert!(text.starts_with("slug = \"m\"\norder = 1\n"), "{text}");
        let again = TomlDoc::parse(&text).unwrap();
        assert_eq!(again.text("title", Lang::Kk).as_deref(), Some("Тақырып"));
    }

    #[test]
    fn what_the_author_typed_is_kept_even_when_wrong() {
        let mut doc = TomlDoc::parse(MODULE).unwrap();
        doc.set_number("estimated_minutes", "about an hour");
        let again = TomlDoc::parse(&doc.to_text()).unwrap();
        assert_eq!(
            again.raw("estimated_minutes").as_deref(),
            Some("about an hour")
        );
        doc.set_number("estimated_minutes", "");
        assert_eq!(doc.raw("estimated_minutes"), None);
    }

    #[test]
    fn translations_only_differences_are_invisible_without_translations() {
        let mut a = TomlDoc::parse(MODULE).unwrap();
        let before = a.without_translations(&["title"]);
        a.set_text("title", Lang::Kk, "Тақырып");
        a.set_text("title", Lang::En, "");
        assert_eq!(a.without_translations(&["title"]), before);
        a.set_text("title", Lang::Ru, "Другое");
        assert_ne!(a.without_translations(&["title"]), before);
    }

    #[test]
    fn lists_round_trip() {
        let mut doc = TomlDoc::parse(MODULE).unwrap();
        doc.set_text_list(
            "objectives",
            Lang::Ru,
            &["a".into(), " ".into(), "b".into()],
        );
        doc.set_str_list("prerequisites", &["x".into()]);
        let again = TomlDoc::parse(&doc.to_text()).unwrap();
        assert_eq!(again.text_list("objectives", Lang::Ru), vec!["a", "b"]);
        assert_eq!(again.str_list("prerequisites"), vec!["x"]);
    }

    #[test]
    fn lesson_file_names() {
        let n = LessonFileName::parse("01-what-is-it.kk.md").unwrap();
        assert_eq!(n.slug, "what-is-it");
        assert_eq!(n.lang, Lang::Kk);
        assert_eq!(n.in_lang(Lang::Ru), "01-what-is-it.ru.md");
        assert!(LessonFileName::parse("quiz.ru.toml").is_none());
        assert!(LessonFileName::parse("01-x.xx.md").is_none());
        assert_eq!(quiz_file_lang("quiz.en.toml"), Some(Lang::En));
        assert_eq!(quiz_file_lang("quiz.toml"), None);
    }
}
