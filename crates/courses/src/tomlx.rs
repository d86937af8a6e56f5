//! Reading TOML with a line for every problem, and every problem of a file reported.
//!
//! serde with `deny_unknown_fields` stops at the first error of a file, so one typo would
//! hide all the others. Instead the loader walks toml's spanned document tree and checks
//! each key itself; every error carries the line of the key or table it concerns.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diag::{line_of, Code, MessageId, Sink};

pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// A parsed TOML file: its source (for lines), its path (for diagnostics) and root table.
pub(crate) struct TomlFile<'i> {
    pub path: String,
    pub root: Spanned<DeTable<'i>>,
    /// Byte offset of the start of each line, so every key's line is a binary search
    /// rather than a scan from the top of a possibly long quiz file.
    line_starts: Vec<usize>,
}

impl<'i> TomlFile<'i> {
    /// Parses `src`, reporting syntax errors (with their line) into `sink`.
    pub fn parse(src: &'i str, path: &str, sink: &mut Sink) -> Option<TomlFile<'i>> {
        match DeTable::parse(src) {
            Ok(root) => Some(TomlFile {
                path: path.to_string(),
                root,
                line_starts: std::iter::once(0)
                    .chain(src.match_indices('\n').map(|(i, _)| i + 1))
                    .collect(),
            }),
            Err(e) => {
                let line = e.span().map(|s| line_of(src, s.start));
                sink.error(
                    Code::TomlSyntax,
                    MessageId::TomlSyntax,
                    path,
                    line,
                    &[("error", e.message().trim_end().to_string())],
                );
                None
            }
        }
    }

    pub fn line(&self, offset: usize) -> u32 {
        // Number of line starts at or before `offset` = its 1-based line.
        self.line_starts.partition_point(|start| *start <= offset) as u32
    }

    pub fn root_reader<'t>(
        &'t self,
        allowed: &'static [&'static str],
        sink: &mut Sink,
    ) -> TableReader<'t, 'i> {
        TableReader::new(self, self.root.get_ref(), 1, "", allowed, sink)
    }
}

/// Reads one table; unknown keys are reported when the reader is created.
pub(crate) struct TableReader<'t, 'i> {
    pub file: &'t TomlFile<'i>,
    pub table: &'t DeTable<'i>,
    /// Line of the table's header (or 1 for the root), where missing keys are reported.
    pub line: u32,
    /// Dotted path of the table for messages, e.g. `question[2].option[1]`.
    pub name: String,
}

impl<'t, 'i> TableReader<'t, 'i> {
    pub fn new(
        file: &'t TomlFile<'i>,
        table: &'t DeTable<'i>,
        line: u32,
        name: &str,
        allowed: &'static [&'static str],
        sink: &mut Sink,
    ) -> Self {
        for (k, _) in table.iter() {
            if !allowed.contains(&k.get_ref().as_ref()) {
                let key = k.get_ref().to_string();
                let shown = qualify(name, &key);
                sink.error(
                    Code::UnknownField,
                    MessageId::UnknownKey,
                    &file.path,
                    Some(file.line(k.span().start)),
                    &[("field", shown), ("allowed", allowed.join(", "))],
                );
            }
        }
        TableReader {
            file,
            table,
            line,
            name: name.to_string(),
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.table.get(key).is_some()
    }

    /// Line of `key`'s value, or of the table when it is absent.
    pub fn line_of_key(&self, key: &str) -> u32 {
        match self.table.get_key_value(key) {
            Some((k, _)) => self.file.line(k.span().start),
            None => self.line,
        }
    }

    pub fn qualified(&self, key: &str) -> String {
        qualify(&self.name, key)
    }

    pub fn missing(&self, key: &str, sink: &mut Sink) {
        let shown = self.qualified(key);
        sink.error(
            Code::MissingField,
            MessageId::MissingKey,
            &self.file.path,
            Some(self.line),
            &[("field", shown)],
        );
    }

    /// `expected` is one of the `WrongType*` messages; `found` is TOML's name of the
    /// type written (string, integer, float, boolean, datetime, array, table).
    fn wrong_type(&self, key: &str, expected: MessageId, v: &Value<'i>, sink: &mut Sink) {
        sink.error(
            Code::WrongType,
            expected,
            &self.file.path,
            Some(self.file.line(v.span().start)),
            &[
                ("field", self.qualified(key)),
                ("found", v.get_ref().type_str().to_string()),
            ],
        );
    }

    /// A value of the right type that is still wrong; `why` says how, with `args` (the
    /// field's dotted name is added as `field`).
    pub fn invalid(&self, key: &str, why: MessageId, args: &[(&str, String)], sink: &mut Sink) {
        let mut all = vec![("field", self.qualified(key))];
        all.extend(args.iter().cloned());
        sink.error(
            Code::InvalidValue,
            why,
            &self.file.path,
            Some(self.line_of_key(key)),
            &all,
        );
    }

    pub fn str(&self, key: &str, required: bool, sink: &mut Sink) -> Option<String> {
        match self.table.get(key) {
            None => {
                if required {
                    self.missing(key, sink);
                }
                None
            }
            Some(v) => match v.get_ref().as_str() {
                Some(s) => Some(s.to_string()),
                None => {
                    self.wrong_type(key, MessageId::WrongTypeString, v, sink);
                    None
                }
            },
        }
    }

    pub fn int(&self, key: &str, required: bool, sink: &mut Sink) -> Option<i64> {
        match self.table.get(key) {
            None => {
                if required {
                    self.missing(key, sink);
                }
                None
            }
            Some(v) => match v.get_ref().as_integer() {
                Some(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                    Ok(n) => Some(n),
                    Err(_) => {
                        self.invalid(
                            key,
                            MessageId::IntegerOutOfRange,
                            &[("value", i.to_string())],
                            sink,
                        );
                        None
                    }
                },
                None => {
                    self.wrong_type(key, MessageId::WrongTypeInteger, v, sink);
                    None
                }
            },
        }
    }

    /// An integer or a float, as f64; rejects NaN and infinities.
    pub fn number(&self, key: &str, required: bool, sink: &mut Sink) -> Option<f64> {
        match self.table.get(key) {
            None => {
                if required {
                    self.missing(key, sink);
                }
                None
            }
            Some(v) => {
                let parsed = match v.get_ref() {
                    DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                        .ok()
                        .map(|n| n as f64),
                    DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
                    _ => {
                        self.wrong_type(key, MessageId::WrongTypeNumber, v, sink);
                        return None;
                    }
                };
                match parsed {
                    Some(x) if x.is_finite() => Some(x),
                    _ => {
                        self.invalid(
                            key,
                            MessageId::NumberNotFinite,
                            &[("value", raw_text(v))],
                            sink,
                        );
                        None
                    }
                }
            }
        }
    }

    pub fn bool(&self, key: &str, required: bool, sink: &mut Sink) -> Option<bool> {
        match self.table.get(key) {
            None => {
                if required {
                    self.missing(key, sink);
                }
                None
            }
            Some(v) => match v.get_ref().as_bool() {
                Some(b) => Some(b),
                None => {
                    self.wrong_type(key, MessageId::WrongTypeBool, v, sink);
                    None
                }
            },
        }
    }

    /// An array of strings, each with its line.
    pub fn str_array(
        &self,
        key: &str,
        required: bool,
        sink: &mut Sink,
    ) -> Option<Vec<(String, u32)>> {
        let v = match self.table.get(key) {
            None => {
                if required {
                    self.missing(key, sink);
                }
                return None;
            }
            Some(v) => v,
        };
        let Some(arr) = v.get_ref().as_array() else {
            self.wrong_type(key, MessageId::WrongTypeStringArray, v, sink);
            return None;
        };
        let mut out = Vec::new();
        let mut ok = true;
        for item in arr.iter() {
            match item.get_ref().as_str() {
                Some(s) => out.push((s.to_string(), self.file.line(item.span().start))),
                None => {
                    self.wrong_type(key, MessageId::WrongTypeStringArray, item, sink);
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    pub fn table(
        &self,
        key: &str,
        required: bool,
        allowed: &'static [&'static str],
        sink: &mut Sink,
    ) -> Option<TableReader<'t, 'i>> {
        let v = match self.table.get(key) {
            None => {
                if required {
                    self.missing(key, sink);
                }
                return None;
            }
            Some(v) => v,
        };
        match v.get_ref().as_table() {
            Some(t) => Some(TableReader::new(
                self.file,
                t,
                self.line_of_key(key),
                &self.qualified(key),
                allowed,
                sink,
            )),
            None => {
                self.wrong_type(key, MessageId::WrongTypeTable, v, sink);
                None
            }
        }
    }

    /// An array of tables (`[[key]]`); `None` when absent or of the wrong type.
    pub fn tables(
        &self,
        key: &str,
        allowed: &'static [&'static str],
        sink: &mut Sink,
    ) -> Option<Vec<TableReader<'t, 'i>>> {
        let v = self.table.get(key)?;
        let Some(arr) = v.get_ref().as_array() else {
            self.wrong_type(key, MessageId::WrongTypeTableArray, v, sink);
            return None;
        };
        let mut out = Vec::new();
        for (i, item) in arr.iter().enumerate() {
            match item.get_ref().as_table() {
                Some(t) => out.push(TableReader::new(
                    self.file,
                    t,
                    self.file.line(item.span().start),
                    &format!("{}[{}]", self.qualified(key), i + 1),
                    allowed,
                    sink,
                )),
                None => self.wrong_type(key, MessageId::WrongTypeTableArray, item, sink),
            }
        }
        Some(out)
    }

    /// Keys of this table with their lines, for tables keyed by language.
    pub fn entries(&self) -> impl Iterator<Item = (&'t str, &'t Value<'i>, u32)> + '_ {
        self.table
            .iter()
            .map(|(k, v)| (k.get_ref().as_ref(), v, self.file.line(k.span().start)))
    }
}

/// Arguments of a `ValueOutOfRange` message.
pub(crate) fn range_args(value: i64, min: i64, max: i64) -> [(&'static str, String); 3] {
    [
        ("value", value.to_string()),
        ("min", min.to_string()),
        ("max", max.to_string()),
    ]
}

fn qualify(name: &str, key: &str) -> String {
    if name.is_empty() {
        key.to_string()
    } else {
        format!("{name}.{key}")
    }
}

fn raw_text(v: &Value<'_>) -> String {
    match v.get_ref() {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::String(s) => format!("{s:?}"),
        other => other.type_str().to_string(),
    }
}

/// Quotes a string as a TOML basic string.
pub(crate) fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}
