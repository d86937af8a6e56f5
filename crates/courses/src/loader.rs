//! Loading and checking `course-content/` (format: `docs/authoring.md`).
//!
//! One walk does both: it builds the [`Catalog`] from whatever is valid and reports every
//! problem it meets, so `academy content check` shows all problems at once and the
//! importer refuses a tree with errors.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::diag::{CheckReport, Code, Coverage, Diagnostic, MessageId, Sink};
use crate::lang::{Lang, Localized};
use crate::markdown::{rewrite, scan_lesson, RefKind, IMAGE_SCHEME, LESSON_SCHEME};
use crate::model::{Catalog, ImageFile, ImageFormat, Lesson, LessonText, Level, Module};
use crate::quiz::{
    parse_questions, parse_settings, structure_difference, Question, QuestionLines, QuestionSet,
    Quiz,
};
use crate::slug::is_slug;
use crate::source::{ContentSource, DirEntry, FsSource};
use crate::tomlx::{range_args, TableReader, TomlFile};

/// Images over this size are rejected (they are resized at import anyway, but a 20 MB
/// photo in git is a mistake worth catching early).
pub const MAX_IMAGE_BYTES: u64 = 2 * 1024 * 1024;

const LEVEL_KEYS: &[&str] = &["slug", "order", "requires", "title", "summary"];
const MODULE_KEYS: &[&str] = &[
    "slug",
    "order",
    "estimated_minutes",
    "prerequisites",
    "title",
    "summary",
    "objectives",
];
const LANG_KEYS: &[&str] = &["ru", "kk", "ky", "tg", "tk", "uz", "az", "en"];
const IMAGE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "webp", "gif", "svg", "bmp", "tif", "tiff", "avif", "heic",
];

/// Checks the tree at `dir`.
pub fn check(dir: impl AsRef<Path>) -> CheckReport {
    load_with_report(dir).1
}

/// Loads the tree at `dir`; `Err` with the full report when it has any error (warnings
/// alone do not prevent loading).
pub fn load(dir: impl AsRef<Path>) -> Result<Catalog, CheckReport> {
    let (catalog, report) = load_with_report(dir);
    if report.has_errors() {
        Err(report)
    } else {
        Ok(catalog)
    }
}

/// Loads what is valid and reports everything else.
pub fn load_with_report(dir: impl AsRef<Path>) -> (Catalog, CheckReport) {
    load_from(&FsSource::new(dir.as_ref()))
}

/// [`load_with_report`] over any [`ContentSource`].
pub fn load_from(source: &dyn ContentSource) -> (Catalog, CheckReport) {
    Loader::new(source).run()
}

/// SHA-256 (lower-case hex) over every file below `dir` of `source`: for each file in
/// byte order of its path relative to `dir`, the path, a NUL, the length as 8 bytes
/// big-endian, and the bytes. Names starting with `.` (editor and OS droppings such as
/// `.DS_Store`) are skipped, so equal trees hash equal on every machine.
pub fn content_hash(source: &dyn ContentSource, dir: &str) -> io::Result<String> {
    let mut files = Vec::new();
    collect_files(source, dir, "", &mut files)?;
    files.sort();
    let mut h = Sha256::new();
    for rel in files {
        let bytes = source.read(&join(dir, &rel))?;
        h.update(rel.as_bytes());
        h.update([0u8]);
        h.update((bytes.len() as u64).to_be_bytes());
        h.update(&bytes);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Every file below `dir` of `source` that [`content_hash`] covers, as (path relative to
/// `dir`, bytes), in path order: what a module version is made of, for storing,
/// exporting and editing it.
pub fn module_files(source: &dyn ContentSource, dir: &str) -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    collect_files(source, dir, "", &mut files)?;
    files.sort();
    files
        .into_iter()
        .map(|rel| {
            let bytes = source.read(&join(dir, &rel))?;
            Ok((rel, bytes))
        })
        .collect()
}

/// [`content_hash`] of a directory on disk.
pub fn content_hash_dir(dir: impl AsRef<Path>) -> io::Result<String> {
    content_hash(&FsSource::new(dir.as_ref()), "")
}

fn collect_files(
    source: &dyn ContentSource,
    base: &str,
    rel: &str,
    out: &mut Vec<String>,
) -> io::Result<()> {
    for e in source.list(&join(base, rel))? {
        if e.name.starts_with('.') {
            continue;
        }
        let path = join(rel, &e.name);
        if e.is_dir {
            collect_files(source, base, &path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else if name.is_empty() {
        dir.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

fn is_ignored_doc(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    upper.starts_with("README") || upper.starts_with("LICENSE") || upper.starts_with("CONTRIBUTING")
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

// ---------------------------------------------------------------------------

struct LevelMeta {
    slug: Option<String>,
    order: Option<u32>,
    requires: Option<Vec<(String, u32)>>,
    slug_line: u32,
    order_line: u32,
    title: Localized<String>,
    summary: Localized<String>,
    title_line: u32,
    summary_line: u32,
}

struct LevelScan {
    dir: String,
    meta: Option<LevelMeta>,
    modules: Vec<ModScan>,
}

struct ModuleMeta {
    slug: Option<String>,
    order: Option<u32>,
    estimated_minutes: Option<u32>,
    prerequisites: Vec<(String, u32)>,
    slug_line: u32,
    order_line: u32,
    title: Localized<String>,
    summary: Localized<String>,
    objectives: Localized<Vec<String>>,
    title_line: u32,
    summary_line: u32,
    objectives_line: u32,
}

#[derive(Default)]
struct LessonFiles {
    order: u32,
    slug: String,
    files: BTreeMap<Lang, String>,
}

struct ModScan {
    dir: String,
    meta: Option<ModuleMeta>,
    /// Keyed by file stem `NN-slug`.
    lessons: BTreeMap<String, LessonFiles>,
    has_settings: bool,
    quiz_files: BTreeMap<Lang, String>,
    /// Other files beside the lessons: images and strays, with sizes.
    assets: BTreeMap<String, u64>,
}

impl ModScan {
    fn path(&self, name: &str) -> String {
        join(&self.dir, name)
    }
}

/// Facts for coverage and missing-translation warnings, gathered during the walk.
struct Translatable {
    kind: CoverageKind,
    file: String,
    line: Option<u32>,
    what: What,
    present: BTreeSet<Lang>,
}

/// What a missing translation is missing, for its message.
enum What {
    /// A key of level.toml or module.toml (`title`, `summary`, `objectives`).
    Field(&'static str),
    Lesson(String),
    Quiz,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CoverageKind {
    Texts,
    Lessons,
    Quizzes,
}

struct Loader<'s> {
    source: &'s dyn ContentSource,
    sink: Sink,
    items: Vec<Translatable>,
}

impl<'s> Loader<'s> {
    fn new(source: &'s dyn ContentSource) -> Self {
        Loader {
            source,
            sink: Sink::default(),
            items: Vec::new(),
        }
    }

    fn io_error(&mut self, path: &str, e: &io::Error) {
        self.sink.error(
            Code::Io,
            MessageId::IoError,
            path,
            None,
            &[("error", e.to_string())],
        );
    }

    fn list(&mut self, dir: &str) -> Option<Vec<DirEntry>> {
        match self.source.list(dir) {
            Ok(v) => Some(v),
            Err(e) => {
                self.io_error(if dir.is_empty() { "." } else { dir }, &e);
                None
            }
        }
    }

    fn read_text(&mut self, path: &str) -> Option<String> {
        match self.source.read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                // A BOM from Windows editors is harmless; drop it so `# Title` is first.
                Ok(s) => Some(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s)),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let line = crate::diag::line_of(
                        &String::from_utf8_lossy(&e.as_bytes()[..offset]),
                        offset,
                    );
                    self.sink
                        .error(Code::Utf8, MessageId::NotUtf8, path, Some(line), &[]);
                    None
                }
            },
            Err(e) => {
                self.io_error(path, &e);
                None
            }
        }
    }

    fn run(mut self) -> (Catalog, CheckReport) {
        let levels = self.scan_tree();
        self.check_uniqueness(&levels);
        let catalog = self.build(levels);
        self.check_graph(&catalog);
        let coverage = self.finish_translations();
        let report = CheckReport {
            diagnostics: self.sink.into_sorted(),
            coverage,
        };
        (catalog, report)
    }

    // -- phase 1: walk directories and read metadata ---------------------------------

    fn scan_tree(&mut self) -> Vec<LevelScan> {
        let mut levels = Vec::new();
        let Some(entries) = self.list("") else {
            return levels;
        };
        for e in entries {
            if e.name.starts_with('.') {
                continue;
            }
            if !e.is_dir {
                if !is_ignored_doc(&e.name) {
                    self.sink.warn(
                        Code::UnexpectedFile,
                        MessageId::FileOutsideLevels,
                        &e.name,
                        None,
                        &[("name", e.name.clone())],
                    );
                }
                continue;
            }
            let dir = e.name.clone();
            let Some(children) = self.list(&dir) else {
                continue;
            };
            if !children.iter().any(|c| c.name == "level.toml" && !c.is_dir) {
                self.sink.error(
                    Code::MissingFile,
                    MessageId::DirFileMissing,
                    &join(&dir, "level.toml"),
                    None,
                    &[("file", "level.toml".into()), ("dir", dir.clone())],
                );
                continue;
            }
            let meta = self.read_level_toml(&join(&dir, "level.toml"));
            let mut modules = Vec::new();
            for c in children {
                if c.name.starts_with('.') || c.name == "level.toml" {
                    continue;
                }
                let path = join(&dir, &c.name);
                if !c.is_dir {
                    if !is_ignored_doc(&c.name) {
                        self.sink.warn(
                            Code::UnexpectedFile,
                            MessageId::FileInLevelDir,
                            &path,
                            None,
                            &[("name", c.name.clone())],
                        );
                    }
                    continue;
                }
                if let Some(m) = self.scan_module(&path) {
                    modules.push(m);
                }
            }
            levels.push(LevelScan { dir, meta, modules });
        }
        levels
    }

    fn localized_strings(
        &mut self,
        r: &TableReader<'_, '_>,
        key: &str,
        required: bool,
    ) -> (Localized<String>, u32) {
        let line = r.line_of_key(key);
        let mut out = Localized::new();
        let Some(t) = r.table(key, required, LANG_KEYS, &mut self.sink) else {
            return (out, line);
        };
        self.report_unknown_langs(&t);
        for lang in Lang::ALL {
            if let Some(s) = t.str(lang.code(), lang == Lang::Ru && required, &mut self.sink) {
                if s.trim().is_empty() {
                    t.invalid(lang.code(), MessageId::ValueEmpty, &[], &mut self.sink);
                } else {
                    out.insert(lang, s);
                }
            }
        }
        (out, line)
    }

    /// Language tables report unknown keys as unknown languages, which says more than
    /// "unknown key" to an author who wrote `de = ...`.
    fn report_unknown_langs(&mut self, t: &TableReader<'_, '_>) {
        for (k, _, line) in t.entries() {
            if Lang::from_code(k).is_none() {
                // TableReader::new already pushed an UnknownField for this key; turn it
                // into the more precise code.
                if let Some(d) = self.sink.diags.iter_mut().rev().find(|d| {
                    d.code == Code::UnknownField && d.line == Some(line) && d.file == t.file.path
                }) {
                    let field = d.args.get("field").cloned().unwrap_or_default();
                    *d = Diagnostic::new(
                        d.severity,
                        Code::UnknownLanguage,
                        MessageId::UnknownLanguageKey,
                        &t.file.path,
                        Some(line),
                        &[
                            ("field", field),
                            ("lang", k.to_string()),
                            ("table", t.name.clone()),
                        ],
                    );
                }
            }
        }
    }

    fn read_level_toml(&mut self, path: &str) -> Option<LevelMeta> {
        let src = self.read_text(path)?;
        let file = TomlFile::parse(&src, path, &mut self.sink)?;
        let r = file.root_reader(LEVEL_KEYS, &mut self.sink);
        let slug = self.slug_field(&r, "slug");
        let order = self.order_field(&r);
        let requires = match r.str_array("requires", false, &mut self.sink) {
            Some(list) => {
                for (s, _) in &list {
                    if !is_slug(s) {
                        r.invalid(
                            "requires",
                            MessageId::SlugInvalid,
                            &[("value", format!("{s:?}"))],
                            &mut self.sink,
                        );
                    }
                }
                Some(list)
            }
            None => None,
        };
        let (title, title_line) = self.localized_strings(&r, "title", true);
        let (summary, summary_line) = self.localized_strings(&r, "summary", true);
        Some(LevelMeta {
            slug,
            order,
            requires,
            slug_line: r.line_of_key("slug"),
            order_line: r.line_of_key("order"),
            title,
            summary,
            title_line,
            summary_line,
        })
    }

    fn slug_field(&mut self, r: &TableReader<'_, '_>, key: &str) -> Option<String> {
        let s = r.str(key, true, &mut self.sink)?;
        if is_slug(&s) {
            Some(s)
        } else {
            r.invalid(
                key,
                MessageId::SlugInvalid,
                &[("value", format!("{s:?}"))],
                &mut self.sink,
            );
            None
        }
    }

    fn order_field(&mut self, r: &TableReader<'_, '_>) -> Option<u32> {
        let n = r.int("order", true, &mut self.sink)?;
        if (1..=9999).contains(&n) {
            Some(n as u32)
        } else {
            r.invalid(
                "order",
                MessageId::ValueOutOfRange,
                &range_args(n, 1, 9999),
                &mut self.sink,
            );
            None
        }
    }

    fn read_module_toml(&mut self, path: &str) -> Option<ModuleMeta> {
        let src = self.read_text(path)?;
        let file = TomlFile::parse(&src, path, &mut self.sink)?;
        let r = file.root_reader(MODULE_KEYS, &mut self.sink);
        let slug = self.slug_field(&r, "slug");
        let order = self.order_field(&r);
        let estimated_minutes = match r.int("estimated_minutes", true, &mut self.sink) {
            Some(n) if (5..=600).contains(&n) => Some(n as u32),
            Some(n) => {
                r.invalid(
                    "estimated_minutes",
                    MessageId::ValueOutOfRange,
                    &range_args(n, 5, 600),
                    &mut self.sink,
                );
                None
            }
            None => None,
        };
        let prerequisites = r
            .str_array("prerequisites", false, &mut self.sink)
            .unwrap_or_default();
        for (s, _) in &prerequisites {
            if !is_slug(s) {
                r.invalid(
                    "prerequisites",
                    MessageId::SlugInvalid,
                    &[("value", format!("{s:?}"))],
                    &mut self.sink,
                );
            }
        }
        let (title, title_line) = self.localized_strings(&r, "title", true);
        let (summary, summary_line) = self.localized_strings(&r, "summary", true);
        let objectives_line = r.line_of_key("objectives");
        let mut objectives = Localized::new();
        if let Some(t) = r.table("objectives", true, LANG_KEYS, &mut self.sink) {
            self.report_unknown_langs(&t);
            for lang in Lang::ALL {
                let Some(list) = t.str_array(lang.code(), lang == Lang::Ru, &mut self.sink) else {
                    continue;
                };
                if !(3..=5).contains(&list.len()) {
                    t.invalid(
                        lang.code(),
                        MessageId::ObjectivesCount,
                        &[("count", list.len().to_string())],
                        &mut self.sink,
                    );
                }
                if list.iter().any(|(s, _)| s.trim().is_empty()) {
                    t.invalid(lang.code(), MessageId::ObjectiveEmpty, &[], &mut self.sink);
                }
                objectives.insert(lang, list.into_iter().map(|(s, _)| s).collect());
            }
        }
        Some(ModuleMeta {
            slug,
            order,
            estimated_minutes,
            prerequisites,
            slug_line: r.line_of_key("slug"),
            order_line: r.line_of_key("order"),
            title,
            summary,
            objectives,
            title_line,
            summary_line,
            objectives_line,
        })
    }

    fn scan_module(&mut self, dir: &str) -> Option<ModScan> {
        let entries = self.list(dir)?;
        if !entries.iter().any(|c| c.name == "module.toml" && !c.is_dir) {
            self.sink.error(
                Code::MissingFile,
                MessageId::DirFileMissing,
                &join(dir, "module.toml"),
                None,
                &[("file", "module.toml".into()), ("dir", dir.to_string())],
            );
            return None;
        }
        let meta = self.read_module_toml(&join(dir, "module.toml"));
        let mut scan = ModScan {
            dir: dir.to_string(),
            meta,
            lessons: BTreeMap::new(),
            has_settings: false,
            quiz_files: BTreeMap::new(),
            assets: BTreeMap::new(),
        };
        for e in entries {
            let name = e.name.clone();
            let path = join(dir, &name);
            if name.starts_with('.') || name == "module.toml" {
                continue;
            }
            if e.is_dir {
                self.sink.warn(
                    Code::UnexpectedFile,
                    MessageId::DirInModule,
                    &path,
                    None,
                    &[("name", name.clone())],
                );
                continue;
            }
            if name == "quiz.toml" {
                scan.has_settings = true;
            } else if let Some(rest) = name
                .strip_prefix("quiz.")
                .and_then(|r| r.strip_suffix(".toml"))
            {
                match Lang::from_code(rest) {
                    Some(l) => {
                        scan.quiz_files.insert(l, name);
                    }
                    None => self.unknown_lang_file(&path, rest),
                }
            } else if name.ends_with(".toml") {
                self.sink.error(
                    Code::BadFileName,
                    MessageId::UnknownTomlFile,
                    &path,
                    None,
                    &[("name", name.clone())],
                );
            } else if let Some(stem) = name.strip_suffix(".md") {
                if is_ignored_doc(&name) {
                    continue;
                }
                self.classify_lesson(&mut scan, &path, &name, stem);
            } else {
                scan.assets.insert(name, e.len);
            }
        }
        Some(scan)
    }

    fn unknown_lang_file(&mut self, path: &str, code: &str) {
        self.sink.error(
            Code::UnknownLanguage,
            MessageId::UnknownLanguageFile,
            path,
            None,
            &[("lang", code.to_string())],
        );
    }

    fn classify_lesson(&mut self, scan: &mut ModScan, path: &str, name: &str, stem: &str) {
        let bad_name = |sink: &mut Sink, why: MessageId| {
            sink.error(
                Code::BadFileName,
                why,
                path,
                None,
                &[("name", name.to_string())],
            )
        };
        let Some((base, lang_code)) = stem.rsplit_once('.') else {
            bad_name(&mut self.sink, MessageId::LessonNameNoLanguage);
            return;
        };
        let Some((num, slug)) = base.split_once('-') else {
            bad_name(&mut self.sink, MessageId::LessonNameNoNumber);
            return;
        };
        if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) || num.len() > 4 {
            bad_name(&mut self.sink, MessageId::LessonNameNumberDigits);
            return;
        }
        if !is_slug(slug) {
            bad_name(&mut self.sink, MessageId::LessonNameSlug);
            return;
        }
        let Some(lang) = Lang::from_code(lang_code) else {
            self.unknown_lang_file(path, lang_code);
            return;
        };
        let order: u32 = num.parse().unwrap_or(0);
        if order == 0 {
            bad_name(&mut self.sink, MessageId::LessonNameNumberZero);
            return;
        }
        let entry = scan
            .lessons
            .entry(base.to_string())
            .or_insert_with(|| LessonFiles {
                order,
                slug: slug.to_string(),
                files: BTreeMap::new(),
            });
        entry.files.insert(lang, name.to_string());
    }

    // -- phase 2: uniqueness across the tree -----------------------------------------

    fn check_uniqueness(&mut self, levels: &[LevelScan]) {
        let mut level_slugs: BTreeMap<&str, String> = BTreeMap::new();
        let mut level_orders: BTreeMap<u32, String> = BTreeMap::new();
        let mut module_slugs: BTreeMap<&str, String> = BTreeMap::new();
        for l in levels {
            let path = join(&l.dir, "level.toml");
            if let Some(m) = &l.meta {
                if let Some(s) = &m.slug {
                    if let Some(first) = level_slugs.get(s.as_str()) {
                        self.dup(Code::DuplicateSlug, &path, m.slug_line, s, first);
                    } else {
                        level_slugs.insert(s, path.clone());
                    }
                }
                if let Some(o) = m.order {
                    if let Some(first) = level_orders.get(&o) {
                        self.dup(
                            Code::DuplicateOrder,
                            &path,
                            m.order_line,
                            &o.to_string(),
                            first,
                        );
                    } else {
                        level_orders.insert(o, path.clone());
                    }
                }
            }
            let mut module_orders: BTreeMap<u32, String> = BTreeMap::new();
            for m in &l.modules {
                let path = m.path("module.toml");
                let Some(meta) = &m.meta else { continue };
                if let Some(s) = &meta.slug {
                    if let Some(first) = module_slugs.get(s.as_str()) {
                        self.dup(Code::DuplicateSlug, &path, meta.slug_line, s, first);
                    } else {
                        module_slugs.insert(s, path.clone());
                    }
                }
                if let Some(o) = meta.order {
                    if let Some(first) = module_orders.get(&o) {
                        self.dup(
                            Code::DuplicateOrder,
                            &path,
                            meta.order_line,
                            &o.to_string(),
                            first,
                        );
                    } else {
                        module_orders.insert(o, path.clone());
                    }
                }
                let mut lesson_orders: BTreeMap<u32, &str> = BTreeMap::new();
                let mut lesson_slugs: BTreeMap<&str, &str> = BTreeMap::new();
                for (stem, lf) in &m.lessons {
                    let Some(any) = lf.files.values().next() else {
                        continue;
                    };
                    let p = m.path(any);
                    if let Some(first) = lesson_orders.get(&lf.order) {
                        self.dup(
                            Code::DuplicateOrder,
                            &p,
                            0,
                            &lf.order.to_string(),
                            &m.path(first),
                        );
                    } else {
                        lesson_orders.insert(lf.order, stem);
                    }
                    if let Some(first) = lesson_slugs.get(lf.slug.as_str()) {
                        self.dup(Code::DuplicateSlug, &p, 0, &lf.slug, &m.path(first));
                    } else {
                        lesson_slugs.insert(&lf.slug, stem);
                    }
                }
            }
        }
    }

    fn dup(&mut self, code: Code, path: &str, line: u32, value: &str, first: &str) {
        let key = if code == Code::DuplicateSlug {
            MessageId::DuplicateSlug
        } else {
            MessageId::DuplicateOrder
        };
        self.sink.error(
            code,
            key,
            path,
            (line > 0).then_some(line),
            &[("value", value.to_string()), ("first", first.to_string())],
        );
    }

    // -- phase 3: lessons, images, quizzes; build the catalog ---------------------------

    fn build(&mut self, mut levels: Vec<LevelScan>) -> Catalog {
        // Where each lesson lives, for resolving relative links: (module dir, stem).
        let mut lesson_index: BTreeMap<(String, String), (String, String)> = BTreeMap::new();
        let mut module_slug_by_dir: BTreeMap<String, String> = BTreeMap::new();
        for l in &levels {
            for m in &l.modules {
                let Some(slug) = m.meta.as_ref().and_then(|x| x.slug.clone()) else {
                    continue;
                };
                module_slug_by_dir.insert(m.dir.clone(), slug.clone());
                for (stem, lf) in &m.lessons {
                    lesson_index.insert(
                        (m.dir.clone(), stem.clone()),
                        (slug.clone(), lf.slug.clone()),
                    );
                }
            }
        }

        levels.sort_by_key(|l| l.meta.as_ref().and_then(|m| m.order).unwrap_or(u32::MAX));
        let mut out = Vec::new();
        let mut previous_level: Option<String> = None;
        for l in levels {
            let Some(meta) = l.meta else { continue };
            let level_path = join(&l.dir, "level.toml");
            self.items.push(Translatable {
                kind: CoverageKind::Texts,
                file: level_path.clone(),
                line: Some(meta.title_line),
                what: What::Field("title"),
                present: meta.title.langs().collect(),
            });
            self.items.push(Translatable {
                kind: CoverageKind::Texts,
                file: level_path.clone(),
                line: Some(meta.summary_line),
                what: What::Field("summary"),
                present: meta.summary.langs().collect(),
            });
            let mut modules = Vec::new();
            let mut scans = l.modules;
            scans.sort_by_key(|m| m.meta.as_ref().and_then(|x| x.order).unwrap_or(u32::MAX));
            for m in scans {
                if let Some(module) =
                    self.build_module(m, meta.slug.as_deref(), &lesson_index, &module_slug_by_dir)
                {
                    modules.push(module);
                }
            }
            let (Some(slug), Some(order)) = (meta.slug, meta.order) else {
                continue;
            };
            let requires = match meta.requires {
                Some(list) => list.into_iter().map(|(s, _)| s).collect(),
                None => previous_level.iter().cloned().collect(),
            };
            previous_level = Some(slug.clone());
            out.push(Level {
                slug,
                order,
                requires,
                title: meta.title,
                summary: meta.summary,
                modules,
                dir: l.dir,
            });
        }
        Catalog { levels: out }
    }

    fn build_module(
        &mut self,
        m: ModScan,
        level_slug: Option<&str>,
        lesson_index: &BTreeMap<(String, String), (String, String)>,
        module_slug_by_dir: &BTreeMap<String, String>,
    ) -> Option<Module> {
        let module_path = m.path("module.toml");
        if let Some(meta) = &m.meta {
            for (what, line, present) in [
                (
                    "title",
                    meta.title_line,
                    meta.title.langs().collect::<BTreeSet<_>>(),
                ),
                ("summary", meta.summary_line, meta.summary.langs().collect()),
                (
                    "objectives",
                    meta.objectives_line,
                    meta.objectives.langs().collect(),
                ),
            ] {
                self.items.push(Translatable {
                    kind: CoverageKind::Texts,
                    file: module_path.clone(),
                    line: Some(line),
                    what: What::Field(what),
                    present,
                });
            }
        }
        let module_slug = m.meta.as_ref().and_then(|x| x.slug.clone());

        if m.lessons.is_empty() {
            self.sink.error(
                Code::EmptyModule,
                MessageId::EmptyModule,
                &module_path,
                None,
                &[],
            );
        }

        let mut used_images: BTreeMap<String, Vec<(String, u32)>> = BTreeMap::new();
        let mut lessons = Vec::new();
        let mut stems: Vec<(&String, &LessonFiles)> = m.lessons.iter().collect();
        stems.sort_by_key(|(_, lf)| (lf.order, lf.slug.clone()));
        for (_, lf) in stems {
            let ru_file = lf.files.get(&Lang::Ru).cloned();
            if ru_file.is_none() {
                for f in lf.files.values() {
                    self.sink.error(
                        Code::MissingReference,
                        MessageId::LessonWithoutRussian,
                        &m.path(f),
                        None,
                        &[
                            ("lesson", lf.slug.clone()),
                            ("file", format!("{:02}-{}.ru.md", lf.order, lf.slug)),
                        ],
                    );
                }
            }
            self.items.push(Translatable {
                kind: CoverageKind::Lessons,
                file: m.path(
                    ru_file
                        .as_deref()
                        .or(lf.files.values().next().map(String::as_str))
                        .unwrap_or(""),
                ),
                line: None,
                what: What::Lesson(lf.slug.clone()),
                present: lf.files.keys().copied().collect(),
            });
            let mut variants = BTreeMap::new();
            let mut images = BTreeSet::new();
            for (lang, file) in &lf.files {
                let path = m.path(file);
                let Some(src) = self.read_text(&path) else {
                    continue;
                };
                if let Some(text) = self.lesson_text(
                    &m,
                    &path,
                    &src,
                    module_slug.as_deref(),
                    lesson_index,
                    module_slug_by_dir,
                    &mut used_images,
                    &mut images,
                ) {
                    variants.insert(*lang, text);
                }
            }
            if variants.contains_key(&Lang::Ru) {
                lessons.push(Lesson {
                    slug: lf.slug.clone(),
                    order: lf.order,
                    variants,
                    images: images.into_iter().collect(),
                });
            }
        }

        let images = self.check_images(&m, &used_images);
        let quiz = self.build_quiz(&m);

        let content_hash = match content_hash(self.source, &m.dir) {
            Ok(h) => h,
            Err(e) => {
                self.io_error(&m.dir, &e);
                String::new()
            }
        };

        let meta = m.meta?;
        Some(Module {
            slug: meta.slug?,
            order: meta.order?,
            level_slug: level_slug?.to_string(),
            estimated_minutes: meta.estimated_minutes?,
            prerequisites: meta.prerequisites.into_iter().map(|(s, _)| s).collect(),
            title: meta.title,
            summary: meta.summary,
            objectives: meta.objectives,
            lessons,
            quiz,
            content_hash,
            dir: m.dir,
            images,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn lesson_text(
        &mut self,
        m: &ModScan,
        path: &str,
        src: &str,
        module_slug: Option<&str>,
        lesson_index: &BTreeMap<(String, String), (String, String)>,
        module_slug_by_dir: &BTreeMap<String, String>,
        used_images: &mut BTreeMap<String, Vec<(String, u32)>>,
        images: &mut BTreeSet<String>,
    ) -> Option<LessonText> {
        let scan = scan_lesson(src);
        for p in &scan.problems {
            let args: Vec<(&str, String)> = p.args.iter().map(|(k, v)| (*k, v.clone())).collect();
            self.sink.error(p.code, p.key, path, Some(p.line), &args);
        }
        let mut edits = Vec::new();
        for r in &scan.refs {
            match r.kind {
                RefKind::Image => {
                    used_images
                        .entry(r.dest.clone())
                        .or_default()
                        .push((path.to_string(), r.line));
                    images.insert(r.dest.clone());
                    if let (Some(ms), Some(range)) = (module_slug, r.dest_range.clone()) {
                        edits.push((range, format!("{IMAGE_SCHEME}{ms}/{}", r.dest)));
                    }
                }
                RefKind::Link => {
                    let (target, fragment) = match r.dest.split_once('#') {
                        Some((t, f)) => (t, Some(f)),
                        None => (r.dest.as_str(), None),
                    };
                    let resolved = resolve_relative(&m.dir, target);
                    let broken = |sink: &mut Sink, why: MessageId, args: &[(&str, String)]| {
                        let mut all = vec![("url", r.dest.clone())];
                        all.extend(args.iter().cloned());
                        sink.error(Code::BrokenLink, why, path, Some(r.line), &all)
                    };
                    let Some(full) = resolved else {
                        broken(&mut self.sink, MessageId::LinkOutsideTree, &[]);
                        continue;
                    };
                    let (dir, file) = match full.rsplit_once('/') {
                        Some((d, f)) => (d.to_string(), f.to_string()),
                        None => (String::new(), full.clone()),
                    };
                    if let Some(stem) = file.strip_suffix(".md") {
                        if let Some((ms, ls)) = lesson_index.get(&(dir.clone(), stem.to_string())) {
                            if let Some(range) = r.dest_range.clone() {
                                let frag = fragment.map(|f| format!("#{f}")).unwrap_or_default();
                                edits.push((range, format!("{LESSON_SCHEME}{ms}/{ls}{frag}")));
                            }
                        } else if let Some((base, _)) = stem
                            .rsplit_once('.')
                            .filter(|(_, l)| Lang::from_code(l).is_some())
                        {
                            broken(
                                &mut self.sink,
                                MessageId::LinkWithLanguage,
                                &[("target", format!("{base}.md"))],
                            );
                        } else if module_slug_by_dir.contains_key(&dir) || dir == m.dir {
                            broken(
                                &mut self.sink,
                                MessageId::LinkNoLesson,
                                &[("lesson", stem.to_string()), ("dir", dir.clone())],
                            );
                        } else {
                            broken(
                                &mut self.sink,
                                MessageId::LinkNoModule,
                                &[("dir", dir.clone())],
                            );
                        }
                    } else if dir == m.dir && m.assets.contains_key(&file) {
                        used_images
                            .entry(file.clone())
                            .or_default()
                            .push((path.to_string(), r.line));
                        if let (Some(ms), Some(range)) = (module_slug, r.dest_range.clone()) {
                            edits.push((range, format!("{IMAGE_SCHEME}{ms}/{file}")));
                        }
                    } else {
                        broken(&mut self.sink, MessageId::LinkBadTarget, &[]);
                    }
                }
            }
            if r.dest_range.is_none() {
                self.sink.error(
                    Code::BrokenLink,
                    MessageId::LinkEscaped,
                    path,
                    Some(r.line),
                    &[("url", r.dest.clone())],
                );
            }
        }
        let title = scan.title?;
        Some(LessonText {
            title,
            markdown: rewrite(src, edits, scan.body_start),
        })
    }

    fn check_images(
        &mut self,
        m: &ModScan,
        used: &BTreeMap<String, Vec<(String, u32)>>,
    ) -> Vec<ImageFile> {
        let mut out = Vec::new();
        for (file, uses) in used {
            let Some(len) = m.assets.get(file) else {
                for (path, line) in uses {
                    self.sink.error(
                        Code::ImageMissing,
                        MessageId::ImageNotInModule,
                        path,
                        Some(*line),
                        &[("image", file.clone()), ("dir", m.dir.clone())],
                    );
                }
                continue;
            };
            let (first_path, first_line) = &uses[0];
            let image_path = m.path(file);
            let format = match self.source.read(&image_path) {
                Ok(bytes) => ImageFormat::sniff(&bytes),
                Err(e) => {
                    self.io_error(&image_path, &e);
                    continue;
                }
            };
            let ext_ok = matches!(
                extension(file).as_deref(),
                Some("png" | "jpg" | "jpeg" | "webp")
            );
            let mut ok = true;
            if format.is_none() || !ext_ok {
                ok = false;
                self.sink.error(
                    Code::ImageFormat,
                    MessageId::ImageFormat,
                    first_path,
                    Some(*first_line),
                    &[("image", file.clone())],
                );
            }
            if *len > MAX_IMAGE_BYTES {
                ok = false;
                self.sink.error(
                    Code::ImageTooLarge,
                    MessageId::ImageTooLarge,
                    first_path,
                    Some(*first_line),
                    &[("image", file.clone()), ("bytes", len.to_string())],
                );
            }
            if let (true, Some(format)) = (ok, format) {
                out.push(ImageFile {
                    file: file.clone(),
                    path: image_path,
                    format,
                    bytes: *len,
                });
            }
        }
        for name in m.assets.keys() {
            if used.contains_key(name) {
                continue;
            }
            let is_image = extension(name).is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.as_str()));
            if is_image {
                self.sink.warn(
                    Code::ImageUnused,
                    MessageId::ImageUnused,
                    &m.path(name),
                    None,
                    &[("image", name.clone())],
                );
            } else {
                self.sink.warn(
                    Code::UnexpectedFile,
                    MessageId::StrayFile,
                    &m.path(name),
                    None,
                    &[("name", name.clone())],
                );
            }
        }
        out
    }

    fn build_quiz(&mut self, m: &ModScan) -> Option<Quiz> {
        if !m.has_settings && m.quiz_files.is_empty() {
            return None;
        }
        let settings = if m.has_settings {
            let path = m.path("quiz.toml");
            self.read_text(&path)
                .and_then(|src| parse_settings(&src, &path, &mut self.sink))
        } else {
            self.sink.error(
                Code::MissingFile,
                MessageId::QuizSettingsMissing,
                &m.path("quiz.toml"),
                None,
                &[("file", "quiz.toml".into())],
            );
            None
        };
        if !m.quiz_files.contains_key(&Lang::Ru) {
            if m.quiz_files.is_empty() {
                self.sink.error(
                    Code::MissingFile,
                    MessageId::QuizQuestionsMissing,
                    &m.path("quiz.ru.toml"),
                    None,
                    &[("file", "quiz.ru.toml".into())],
                );
            }
            for f in m.quiz_files.values() {
                self.sink.error(
                    Code::MissingReference,
                    MessageId::QuizWithoutRussian,
                    &m.path(f),
                    None,
                    &[("file", "quiz.ru.toml".into())],
                );
            }
        }
        let ru_path = m.path("quiz.ru.toml");
        self.items.push(Translatable {
            kind: CoverageKind::Quizzes,
            file: ru_path.clone(),
            line: None,
            what: What::Quiz,
            present: m.quiz_files.keys().copied().collect(),
        });

        let mut parsed: BTreeMap<Lang, ParsedFile> = BTreeMap::new();
        for (lang, file) in &m.quiz_files {
            let path = m.path(file);
            let Some(src) = self.read_text(&path) else {
                continue;
            };
            let errors_before = self.sink.diags.iter().filter(|d| d.is_error()).count();
            if let Some(p) = parse_questions(&src, &path, &mut self.sink) {
                let clean =
                    self.sink.diags.iter().filter(|d| d.is_error()).count() == errors_before;
                parsed.insert(*lang, (p.questions, p.complete, clean));
            }
        }
        let mut variants = BTreeMap::new();
        let reference = parsed.remove(&Lang::Ru);
        if let Some((ref_qs, ref_complete, ref_clean)) = &reference {
            for (lang, (qs, complete, clean)) in parsed {
                let path = m.path(&m.quiz_files[&lang]);
                let mut matches = true;
                if *ref_complete && complete {
                    matches = self.compare_translation(&path, ref_qs, &qs);
                }
                if clean && matches && *ref_clean {
                    variants.insert(
                        lang,
                        QuestionSet {
                            questions: qs.into_iter().map(|(q, _)| q).collect(),
                        },
                    );
                }
            }
            if *ref_clean {
                variants.insert(
                    Lang::Ru,
                    QuestionSet {
                        questions: ref_qs.iter().map(|(q, _)| q.clone()).collect(),
                    },
                );
            }
        }
        let settings = settings?;
        variants
            .contains_key(&Lang::Ru)
            .then_some(Quiz { settings, variants })
    }

    fn compare_translation(
        &mut self,
        path: &str,
        reference: &[(Question, QuestionLines)],
        translation: &[(Question, QuestionLines)],
    ) -> bool {
        let mut ok = true;
        for (i, (q, lines)) in translation.iter().enumerate() {
            let Some((r, _)) = reference.get(i) else {
                ok = false;
                self.sink.error(
                    Code::TranslationMismatch,
                    MessageId::TranslationExtraQuestion,
                    path,
                    Some(lines.start),
                    &[
                        ("question", q.id.clone()),
                        ("position", (i + 1).to_string()),
                        ("total", reference.len().to_string()),
                    ],
                );
                continue;
            };
            if let Some((key, diff)) = structure_difference(r, q) {
                ok = false;
                let mut args = vec![
                    ("question", r.id.clone()),
                    ("position", (i + 1).to_string()),
                ];
                args.extend(diff);
                self.sink.error(
                    Code::TranslationMismatch,
                    key,
                    path,
                    Some(lines.start),
                    &args,
                );
            }
        }
        for (r, _) in reference.iter().skip(translation.len()) {
            ok = false;
            self.sink.error(
                Code::TranslationMismatch,
                MessageId::TranslationMissingQuestion,
                path,
                Some(1),
                &[("question", r.id.clone())],
            );
        }
        ok
    }

    // -- phase 4: references and cycles ------------------------------------------------

    fn check_graph(&mut self, catalog: &Catalog) {
        let level_files: BTreeMap<&str, String> = catalog
            .levels
            .iter()
            .map(|l| (l.slug.as_str(), join(&l.dir, "level.toml")))
            .collect();
        let module_files: BTreeMap<&str, String> = catalog
            .modules()
            .map(|m| (m.slug.as_str(), join(&m.dir, "module.toml")))
            .collect();

        for l in &catalog.levels {
            for r in &l.requires {
                if !level_files.contains_key(r.as_str()) {
                    let file = &level_files[l.slug.as_str()];
                    let line = self.line_in(file, "requires");
                    self.sink.error(
                        Code::UnknownReference,
                        MessageId::UnknownLevel,
                        file,
                        line,
                        &[("slug", r.clone())],
                    );
                }
            }
            for m in &l.modules {
                for p in &m.prerequisites {
                    if !module_files.contains_key(p.as_str()) {
                        let file = &module_files[m.slug.as_str()];
                        let line = self.line_in(file, "prerequisites");
                        self.sink.error(
                            Code::UnknownReference,
                            MessageId::UnknownModule,
                            file,
                            line,
                            &[("slug", p.clone())],
                        );
                    }
                }
            }
        }

        // One graph of "X cannot be done before Y": a module waits for its prerequisites
        // and for the levels its level requires; a level waits for its modules. Any cycle
        // is a deadlock no learner can get out of.
        let mut edges: BTreeMap<Node, Vec<Node>> = BTreeMap::new();
        for l in &catalog.levels {
            let ln = Node::Level(l.slug.clone());
            for m in &l.modules {
                let mn = Node::Module(m.slug.clone());
                edges.entry(ln.clone()).or_default().push(mn.clone());
                let e = edges.entry(mn).or_default();
                e.extend(
                    m.prerequisites
                        .iter()
                        .filter(|p| module_files.contains_key(p.as_str()))
                        .map(|p| Node::Module(p.clone())),
                );
                e.extend(
                    l.requires
                        .iter()
                        .filter(|r| level_files.contains_key(r.as_str()))
                        .map(|r| Node::Level(r.clone())),
                );
            }
            if l.modules.is_empty() {
                edges.entry(ln.clone()).or_default();
            }
            // A level with explicit requires but no modules still needs its own edges
            // for the cycle check among levels.
            edges.entry(ln).or_default().extend(
                l.requires
                    .iter()
                    .filter(|r| level_files.contains_key(r.as_str()))
                    .map(|r| Node::Level(r.clone())),
            );
        }
        let mut reported: BTreeSet<Vec<Node>> = BTreeSet::new();
        for cycle in find_cycles(&edges) {
            let mut key = cycle.clone();
            key.sort();
            if !reported.insert(key) {
                continue;
            }
            // Slugs only, so that the chain reads the same in every language; the file
            // and the key name the kind of the first.
            let mut shown: Vec<String> = cycle.iter().map(|n| format!("`{}`", n.slug())).collect();
            shown.push(shown[0].clone());
            let (file, field) = match &cycle[0] {
                Node::Module(s) => (module_files[s.as_str()].clone(), "prerequisites"),
                Node::Level(s) => (level_files[s.as_str()].clone(), "requires"),
            };
            let line = self.line_in(&file, field);
            self.sink.error(
                Code::PrerequisiteCycle,
                MessageId::PrerequisiteCycle,
                &file,
                line,
                &[("cycle", shown.join(" -> "))],
            );
        }
    }

    /// Line of a top-level key in a TOML file, found by reading it again; only used for
    /// the rare graph errors, so the cost does not matter.
    fn line_in(&self, file: &str, key: &str) -> Option<u32> {
        let src = String::from_utf8(self.source.read(file).ok()?).ok()?;
        src.lines()
            .position(|l| {
                let t = l.trim_start();
                t.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| i as u32 + 1)
    }

    // -- coverage and missing translations ----------------------------------------------

    fn finish_translations(&mut self) -> Coverage {
        let mut coverage = Coverage::default();
        // A language is a target for a kind of item (texts, lessons, quizzes) once one
        // item of that kind exists in it: titles translated into all eight languages must
        // not turn every untranslated lesson into a warning, while a half-translated
        // set of kk lessons should list the rest.
        let targets: BTreeSet<(Lang, CoverageKind)> = self
            .items
            .iter()
            .flat_map(|i| i.present.iter().map(move |l| (*l, i.kind)))
            .filter(|(l, _)| *l != Lang::Ru)
            .collect();
        for item in &self.items {
            for lang in Lang::ALL {
                let present = item.present.contains(&lang);
                let c = coverage.entry(lang);
                match item.kind {
                    CoverageKind::Texts => c.texts.add(present),
                    CoverageKind::Lessons => c.lessons.add(present),
                    CoverageKind::Quizzes => c.quizzes.add(present),
                }
                if !present
                    && lang != Lang::Ru
                    && targets.contains(&(lang, item.kind))
                    && item.present.contains(&Lang::Ru)
                {
                    let lang_arg = ("lang", lang.code().to_string());
                    let (key, args) = match &item.what {
                        What::Field(f) => (
                            MessageId::MissingTranslationField,
                            vec![("field", f.to_string()), lang_arg],
                        ),
                        What::Lesson(slug) => (
                            MessageId::MissingTranslationLesson,
                            vec![("lesson", slug.clone()), lang_arg],
                        ),
                        What::Quiz => (MessageId::MissingTranslationQuiz, vec![lang_arg]),
                    };
                    self.sink
                        .warn(Code::MissingTranslation, key, &item.file, item.line, &args);
                }
            }
        }
        coverage
    }
}

/// A question file: its questions with lines, whether every question parsed, and
/// whether the file had no error at all.
type ParsedFile = (Vec<(Question, QuestionLines)>, bool, bool);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Node {
    Level(String),
    Module(String),
}

impl Node {
    fn slug(&self) -> &str {
        match self {
            Node::Level(s) | Node::Module(s) => s,
        }
    }
}

/// Cycles of a small directed graph, each as the list of its nodes (iterative DFS, so a
/// long prerequisite chain cannot overflow the stack).
fn find_cycles(edges: &BTreeMap<Node, Vec<Node>>) -> Vec<Vec<Node>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Active,
        Done,
    }
    let mut state: BTreeMap<&Node, State> = edges.keys().map(|k| (k, State::New)).collect();
    let mut cycles = Vec::new();
    for start in edges.keys() {
        if state.get(start) != Some(&State::New) {
            continue;
        }
        let mut path: Vec<&Node> = vec![start];
        let mut iters: Vec<usize> = vec![0];
        state.insert(start, State::Active);
        while let Some(node) = path.last().copied() {
            let idx = iters.last_mut().map(|i| {
                *i += 1;
                *i - 1
            });
            let next = idx.and_then(|i| edges.get(node).and_then(|v| v.get(i)));
            match next {
                Some(n) => match state.get(n).copied().unwrap_or(State::Done) {
                    State::New => {
                        state.insert(n, State::Active);
                        path.push(n);
                        iters.push(0);
                    }
                    State::Active => {
                        if let Some(pos) = path.iter().position(|p| *p == n) {
                            cycles.push(path[pos..].iter().map(|p| (*p).clone()).collect());
                        }
                    }
                    State::Done => {}
                },
                None => {
                    state.insert(node, State::Done);
                    path.pop();
                    iters.pop();
                }
            }
        }
    }
    cycles
}

/// Resolves a relative path against a directory; `None` when it climbs above the root.
fn resolve_relative(dir: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(
            resolve_relative("l/m", "03-x.md").as_deref(),
            Some("l/m/03-x.md")
        );
        assert_eq!(
            resolve_relative("l/m", "../m2/01-x.md").as_deref(),
            Some("l/m2/01-x.md")
        );
        assert_eq!(
            resolve_relative("l/m", "../../l2/m/01-x.md").as_deref(),
            Some("l2/m/01-x.md")
        );
        assert_eq!(resolve_relative("l/m", "../../../x.md"), None);
    }

    #[test]
    fn cycles_are_found() {
        let mut g = BTreeMap::new();
        let a = Node::Module("a".into());
        let b = Node::Module("b".into());
        let c = Node::Module("c".into());
        g.insert(a.clone(), vec![b.clone()]);
        g.insert(b.clone(), vec![a.clone(), c.clone()]);
        g.insert(c.clone(), vec![]);
        let cycles = find_cycles(&g);
        assert_eq!(cycles, vec![vec![a, b]]);
    }

    #[test]
    fn hash_is_order_and_dotfile_independent() {
        use crate::source::MemSource;
        let a = MemSource::new()
            .with("m/a.md", "1")
            .with("m/b.png", vec![0u8, 1, 2]);
        let b = MemSource::new()
            .with("m/b.png", vec![0u8, 1, 2])
            .with("m/a.md", "1")
            .with("m/.DS_Store", "junk");
        let c = MemSource::new()
            .with("m/a.md", "2")
            .with("m/b.png", vec![0u8, 1, 2]);
        let ha = content_hash(&a, "m").unwrap();
        assert_eq!(ha, content_hash(&b, "m").unwrap());
        assert_ne!(ha, content_hash(&c, "m").unwrap());
        assert_eq!(ha.len(), 64);
        // Moving bytes between name and content must change the hash.
        let d = MemSource::new()
            .with("m/a", ".md1")
            .with("m/b.png", vec![0u8, 1, 2]);
        assert_ne!(ha, content_hash(&d, "m").unwrap());
    }
}
