//! Reading the imported catalogue: levels, modules and their versions, lesson pages,
//! images. Module versions never change once written, so each is parsed once and kept
//! in memory; which version is current is read from the database every time, so an
//! import on one instance is seen by all.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use courses::{CourseMap, Lang, LevelNode, Module, ModuleNode};
use diesel::prelude::*;

use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{lesson_pages, levels, module_images, module_versions, modules};

/// Parsed module versions, by (module id, version), and the lesson pages read so far,
/// by (module id, version, lesson, language asked for): both are immutable once
/// imported, so a process reads each from the database once.
#[derive(Default)]
pub struct ContentCache {
    versions: RwLock<HashMap<(i64, i32), Arc<Module>>>,
    lessons: RwLock<HashMap<LessonKey, Arc<LessonPage>>>,
    /// The last catalogue built, with the rows it was built from (see `load_catalogue`).
    catalogue: RwLock<Option<(CatalogueRows, Arc<Catalogue>)>>,
}

/// What decides the catalogue: active levels (id, position, last change) and active
/// modules (id, level, position, current version). Level texts change only with
/// `updated_at`, module texts only with a new version.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CatalogueRows {
    levels: Vec<(i64, i32, chrono::NaiveDateTime)>,
    modules: Vec<(i64, i64, i32)>,
}

/// (module id, version, lesson slug, language asked for).
type LessonKey = (i64, i32, String, Lang);

/// A module of the catalogue at its current version.
#[derive(Debug, Clone)]
pub struct ModuleEntry {
    pub id: i64,
    pub version: i32,
    pub module: Arc<Module>,
}

#[derive(Debug, Clone)]
pub struct LevelEntry {
    pub id: i64,
    /// The level's texts and rules (its `modules` field is empty: see `modules`).
    pub level: courses::Level,
    pub modules: Vec<ModuleEntry>,
}

#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub levels: Vec<LevelEntry>,
}

impl Catalogue {
    pub fn module(&self, slug: &str) -> Option<(&LevelEntry, &ModuleEntry)> {
        self.levels.iter().find_map(|l| {
            l.modules
                .iter()
                .find(|m| m.module.slug == slug)
                .map(|m| (l, m))
        })
    }

    pub fn level(&self, slug: &str) -> Option<&LevelEntry> {
        self.levels.iter().find(|l| l.level.slug == slug)
    }

    pub fn modules(&self) -> impl Iterator<Item = &ModuleEntry> {
        self.levels.iter().flat_map(|l| l.modules.iter())
    }

    /// The shape of the course for the completion rules.
    pub fn course_map(&self) -> CourseMap {
        CourseMap {
            levels: self
                .levels
                .iter()
                .map(|l| LevelNode {
                    slug: l.level.slug.clone(),
                    requires: l.level.requires.clone(),
                    modules: l.modules.iter().map(|m| module_node(&m.module)).collect(),
                })
                .collect(),
        }
    }
}

pub(crate) fn module_node(m: &Module) -> ModuleNode {
    ModuleNode {
        slug: m.slug.clone(),
        lessons: m.lessons.iter().map(|l| l.slug.clone()).collect(),
        has_quiz: m.quiz.is_some(),
        prerequisites: m.prerequisites.clone(),
    }
}

/// One module version, parsed once per process.
pub(crate) fn module_version(
    c: &mut DbConnection,
    cache: &ContentCache,
    module_id: i64,
    version: i32,
) -> Result<Arc<Module>> {
    if let Some(m) = cache
        .versions
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&(module_id, version))
    {
        return Ok(m.clone());
    }
    let data: String = module_versions::table
        .filter(module_versions::module_id.eq(module_id))
        .filter(module_versions::version.eq(version))
        .select(module_versions::data)
        .first(c)?;
    let module: Module = serde_json::from_str(&data)
        .map_err(|e| Error::ContentFile(format!("stored module {module_id} v{version}: {e}")))?;
    let module = Arc::new(module);
    cache
        .versions
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert((module_id, version), module.clone());
    Ok(module)
}

/// The active catalogue at current versions, read from the replica when there is one
/// (it changes only when content is imported; a few seconds of lag are harmless). A
/// learner's own view comes from `learning::learner`, on the primary.
pub fn catalogue(db: &Database) -> Result<Catalogue> {
    Ok(catalogue_shared(db)?.as_ref().clone())
}

/// [`catalogue`] without the copy: the same `Arc` for as long as the catalogue is
/// unchanged, so a caller can keep what it derived from it (a rendered page) and know
/// when that is stale (`Arc::ptr_eq`).
pub fn catalogue_shared(db: &Database) -> Result<Arc<Catalogue>> {
    let mut conn = db.read_replica()?;
    load_shared(&mut conn, &db.content)
}

pub(crate) fn load_catalogue(c: &mut DbConnection, cache: &ContentCache) -> Result<Catalogue> {
    Ok(load_shared(c, cache)?.as_ref().clone())
}

fn load_shared(c: &mut DbConnection, cache: &ContentCache) -> Result<Arc<Catalogue>> {
    // Two small index reads decide whether the catalogue changed; parsing the levels'
    // texts again on every page view was a sixth of the catalogue page's time.
    let rows = CatalogueRows {
        levels: levels::table
            .filter(levels::active.eq(true))
            .order((levels::position, levels::id))
            .select((levels::id, levels::position, levels::updated_at))
            .load(c)?,
        modules: modules::table
            .filter(modules::active.eq(true))
            .order((modules::level_id, modules::position, modules::id))
            .select((modules::id, modules::level_id, modules::current_version))
            .load(c)?,
    };
    if let Some((seen, catalogue)) = &*cache.catalogue.read().unwrap_or_else(|e| e.into_inner()) {
        if *seen == rows {
            return Ok(catalogue.clone());
        }
    }
    let level_data: HashMap<i64, String> = levels::table
        .filter(levels::active.eq(true))
        .select((levels::id, levels::data))
        .load::<(i64, String)>(c)?
        .into_iter()
        .collect();
    let mut out = Catalogue::default();
    let mut complete = true;
    for (id, _, _) in &rows.levels {
        // A level deactivated between the two reads: left out now, and not kept, so
        // the next view builds the catalogue again.
        let Some(data) = level_data.get(id) else {
            complete = false;
            continue;
        };
        let level: courses::Level = serde_json::from_str(data)
            .map_err(|e| Error::ContentFile(format!("stored level {id}: {e}")))?;
        let mut entries = Vec::new();
        for (mid, _, version) in rows.modules.iter().filter(|(_, lid, _)| lid == id) {
            entries.push(ModuleEntry {
                id: *mid,
                version: *version,
                module: module_version(c, cache, *mid, *version)?,
            });
        }
        out.levels.push(LevelEntry {
            id: *id,
            level,
            modules: entries,
        });
    }
    let out = Arc::new(out);
    if complete {
        *cache.catalogue.write().unwrap_or_else(|e| e.into_inner()) = Some((rows, out.clone()));
    }
    Ok(out)
}

/// A lesson's rendered page in the best language available: `lang`, then Russian, then
/// English.
#[derive(Debug, Clone)]
pub struct LessonPage {
    pub lang: Lang,
    pub title: String,
    pub html: String,
    /// Languages this lesson exists in.
    pub languages: Vec<Lang>,
}

pub fn lesson_page(
    db: &Database,
    module_id: i64,
    version: i32,
    lesson_slug: &str,
    lang: Lang,
) -> Result<LessonPage> {
    let key = (module_id, version, lesson_slug.to_string(), lang);
    if let Some(page) = db
        .content
        .lessons
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
    {
        return Ok(LessonPage::clone(page));
    }
    // Module versions never change once imported, so the replica's copy is the same;
    // a version imported a moment ago may not have reached it yet: then the primary.
    let mut rows = lesson_rows(&mut *db.read_replica()?, module_id, version, lesson_slug)?;
    if rows.is_empty() && db.replica_url().is_some() {
        rows = lesson_rows(&mut *db.conn()?, module_id, version, lesson_slug)?;
    }
    let languages: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| rows.iter().any(|(code, _, _)| code == l.code()))
        .collect();
    let chosen = lang.fallback_chain().into_iter().find_map(|l| {
        rows.iter()
            .find(|(code, _, _)| code == l.code())
            .map(|r| (l, r))
    });
    let page = match chosen {
        Some((lang, (_, title, html))) => LessonPage {
            lang,
            title: title.clone(),
            html: html.clone(),
            languages,
        },
        None => return Err(Error::NotFound),
    };
    db.content
        .lessons
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key, Arc::new(page.clone()));
    Ok(page)
}

fn lesson_rows(
    conn: &mut DbConnection,
    module_id: i64,
    version: i32,
    lesson_slug: &str,
) -> Result<Vec<(String, String, String)>> {
    Ok(lesson_pages::table
        .inner_join(module_versions::table)
        .filter(module_versions::module_id.eq(module_id))
        .filter(module_versions::version.eq(version))
        .filter(lesson_pages::lesson_slug.eq(lesson_slug))
        .select((lesson_pages::lang, lesson_pages::title, lesson_pages::html))
        .load(conn)?)
}

/// An image of a module version: (content type, bytes).
pub fn image(
    db: &Database,
    module_slug: &str,
    version: i32,
    file: &str,
) -> Result<(String, Vec<u8>)> {
    // Immutable like lesson pages: the replica first, the primary if it lags.
    match image_row(&mut *db.read_replica()?, module_slug, version, file) {
        Err(Error::NotFound) if db.replica_url().is_some() => {
            image_row(&mut *db.conn()?, module_slug, version, file)
        }
        other => other,
    }
}

fn image_row(
    conn: &mut DbConnection,
    module_slug: &str,
    version: i32,
    file: &str,
) -> Result<(String, Vec<u8>)> {
    Ok(module_images::table
        .inner_join(module_versions::table.inner_join(modules::table))
        .filter(modules::slug.eq(module_slug))
        .filter(module_versions::version.eq(version))
        .filter(module_images::file_name.eq(file))
        .select((module_images::content_type, module_images::bytes))
        .first(conn)?)
}
