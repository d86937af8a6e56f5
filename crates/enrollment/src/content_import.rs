//! Importing a checked content tree into the database: idempotent and versioned.
//!
//! Re-importing an unchanged tree writes nothing. A module whose files changed (its
//! content hash differs from its current version's) gets a new version; older versions
//! stay, so learners keep the version they are taking and attempts keep pointing at the
//! version they answered. Lesson HTML is rendered and sanitized here, once.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use chrono::{NaiveDateTime, Utc};
use courses::{Catalog, LinkTarget, Module, ResolvedUrl};
use diesel::prelude::*;

use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{
    lesson_pages, level_sources, levels, module_images, module_version_files, module_versions,
    modules,
};

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    pub levels_added: Vec<String>,
    pub levels_updated: Vec<String>,
    /// Modules imported for the first time.
    pub modules_added: Vec<String>,
    /// Modules whose content changed: (slug, new version).
    pub modules_versioned: Vec<(String, i32)>,
    pub modules_unchanged: usize,
    /// Modules no longer in the tree: hidden from the catalogue, kept for history.
    pub modules_retired: Vec<String>,
}

impl ImportReport {
    pub fn wrote_anything(&self) -> bool {
        !(self.levels_added.is_empty()
            && self.levels_updated.is_empty()
            && self.modules_added.is_empty()
            && self.modules_versioned.is_empty()
            && self.modules_retired.is_empty())
    }
}

/// Site URL of a lesson in a language. One definition, shared with the web routes.
pub fn lesson_path(lang: courses::Lang, module_slug: &str, lesson_slug: &str) -> String {
    format!(
        "/{}/modules/{module_slug}/lessons/{lesson_slug}",
        lang.code()
    )
}

/// Site URL of an image of a module version.
pub fn image_path(module_slug: &str, version: i32, file: &str) -> String {
    format!("/media/{module_slug}/v{version}/{file}")
}

/// The source files of one module directory: (path relative to it, bytes), path order.
pub type ModuleFiles = Vec<(String, Vec<u8>)>;

/// Imports `catalog` (already checked: no errors) whose files are under `root`.
pub fn import(db: &Database, catalog: &Catalog, root: &Path) -> Result<ImportReport> {
    // Read files before the transaction: file I/O should not hold the write lock.
    let source = courses::FsSource::new(root);
    let mut files: HashMap<String, ModuleFiles> = HashMap::new();
    let mut level_tomls: HashMap<String, Vec<u8>> = HashMap::new();
    for level in &catalog.levels {
        let path = root.join(&level.dir).join("level.toml");
        let bytes = std::fs::read(&path)
            .map_err(|e| Error::ContentFile(format!("{}: {e}", path.display())))?;
        level_tomls.insert(level.slug.clone(), bytes);
        for module in &level.modules {
            let list = courses::module_files(&source, &module.dir)
                .map_err(|e| Error::ContentFile(format!("{}: {e}", module.dir)))?;
            files.insert(module.slug.clone(), list);
        }
    }
    let now = Utc::now().naive_utc();
    db.write(|c| {
        let mut report = ImportReport::default();
        let mut seen_modules = BTreeSet::new();
        for level in &catalog.levels {
            let level_id = upsert_level(c, level, now, &mut report)?;
            if let Some(bytes) = level_tomls.get(&level.slug) {
                store_level_source(c, level_id, bytes)?;
            }
            for module in &level.modules {
                seen_modules.insert(module.slug.clone());
                let module_files = files
                    .get(&module.slug)
                    .ok_or_else(|| Error::ContentFile(module.dir.clone()))?;
                import_module(c, level_id, module, module_files, now, &mut report)?;
            }
        }
        let active: Vec<String> = modules::table
            .filter(modules::active.eq(true))
            .select(modules::slug)
            .load(c)?;
        for slug in active.into_iter().filter(|s| !seen_modules.contains(s)) {
            diesel::update(modules::table.filter(modules::slug.eq(&slug)))
                .set((modules::active.eq(false), modules::updated_at.eq(now)))
                .execute(c)?;
            report.modules_retired.push(slug);
        }
        Ok(report)
    })
}

/// Keeps `level.toml` as written (for export and for checking drafts against the tree).
fn store_level_source(c: &mut DbConnection, level_id: i64, bytes: &[u8]) -> Result<()> {
    let stored: Option<Vec<u8>> = level_sources::table
        .find(level_id)
        .select(level_sources::bytes)
        .first(c)
        .optional()?;
    match stored {
        Some(b) if b == bytes => {}
        Some(_) => {
            diesel::update(level_sources::table.find(level_id))
                .set(level_sources::bytes.eq(bytes))
                .execute(c)?;
        }
        None => {
            diesel::insert_into(level_sources::table)
                .values((
                    level_sources::level_id.eq(level_id),
                    level_sources::bytes.eq(bytes),
                ))
                .execute(c)?;
        }
    }
    Ok(())
}

/// Stores the source files of a module version (once: a version never changes).
fn store_version_files(c: &mut DbConnection, version_id: i64, files: &ModuleFiles) -> Result<()> {
    let stored: i64 = module_version_files::table
        .filter(module_version_files::module_version_id.eq(version_id))
        .count()
        .get_result(c)?;
    if stored > 0 {
        return Ok(());
    }
    for (path, bytes) in files {
        diesel::insert_into(module_version_files::table)
            .values((
                module_version_files::module_version_id.eq(version_id),
                module_version_files::path.eq(path),
                module_version_files::bytes.eq(bytes),
            ))
            .execute(c)?;
    }
    Ok(())
}

fn upsert_level(
    c: &mut DbConnection,
    level: &courses::Level,
    now: NaiveDateTime,
    report: &mut ImportReport,
) -> Result<i64> {
    let data = serde_json::to_string(&courses::Level {
        modules: Vec::new(),
        ..level.clone()
    })
    .map_err(|e| Error::ContentFile(e.to_string()))?;
    let position = i32::try_from(level.order).unwrap_or(i32::MAX);
    let existing: Option<(i64, i32, String, bool)> = levels::table
        .filter(levels::slug.eq(&level.slug))
        .select((levels::id, levels::position, levels::data, levels::active))
        .first(c)
        .optional()?;
    match existing {
        Some((id, p, d, active)) if p == position && d == data && active => Ok(id),
        Some((id, ..)) => {
            diesel::update(levels::table.find(id))
                .set((
                    levels::position.eq(position),
                    levels::data.eq(&data),
                    levels::active.eq(true),
                    levels::updated_at.eq(now),
                ))
                .execute(c)?;
            report.levels_updated.push(level.slug.clone());
            Ok(id)
        }
        None => {
            let id = diesel::insert_into(levels::table)
                .values((
                    levels::slug.eq(&level.slug),
                    levels::position.eq(position),
                    levels::data.eq(&data),
                    levels::active.eq(true),
                    levels::updated_at.eq(now),
                ))
                .returning(levels::id)
                .get_result(c)?;
            report.levels_added.push(level.slug.clone());
            Ok(id)
        }
    }
}

/// Imports one module (its `files` are what `module` was loaded from) into `level_id`:
/// nothing when its content hash is the current version's, else a new version. Also
/// used by publishing from the browser (`crate::authoring`), in the caller's transaction.
pub(crate) fn import_module(
    c: &mut DbConnection,
    level_id: i64,
    module: &Module,
    files: &ModuleFiles,
    now: NaiveDateTime,
    report: &mut ImportReport,
) -> Result<()> {
    let position = i32::try_from(module.order).unwrap_or(i32::MAX);
    let existing: Option<(i64, i64, i32, i32, bool)> = modules::table
        .filter(modules::slug.eq(&module.slug))
        .select((
            modules::id,
            modules::level_id,
            modules::position,
            modules::current_version,
            modules::active,
        ))
        .first(c)
        .optional()?;
    let (module_id, next_version) = match existing {
        Some((id, lvl, pos, current, active)) => {
            let current_row: Option<(i64, String)> = module_versions::table
                .filter(module_versions::module_id.eq(id))
                .filter(module_versions::version.eq(current))
                .select((module_versions::id, module_versions::content_hash))
                .first(c)
                .optional()?;
            let placement_changed = lvl != level_id || pos != position || !active;
            if placement_changed {
                diesel::update(modules::table.find(id))
                    .set((
                        modules::level_id.eq(level_id),
                        modules::position.eq(position),
                        modules::active.eq(true),
                        modules::updated_at.eq(now),
                    ))
                    .execute(c)?;
            }
            if let Some((version_id, hash)) = &current_row {
                if hash == &module.content_hash {
                    // Versions imported before sources were kept get them now.
                    store_version_files(c, *version_id, files)?;
                    report.modules_unchanged += 1;
                    return Ok(());
                }
            }
            (id, current + 1)
        }
        None => {
            let id = diesel::insert_into(modules::table)
                .values((
                    modules::slug.eq(&module.slug),
                    modules::level_id.eq(level_id),
                    modules::position.eq(position),
                    modules::current_version.eq(1),
                    modules::active.eq(true),
                    modules::created_at.eq(now),
                    modules::updated_at.eq(now),
                ))
                .returning(modules::id)
                .get_result(c)?;
            report.modules_added.push(module.slug.clone());
            (id, 1)
        }
    };

    let data = serde_json::to_string(module).map_err(|e| Error::ContentFile(e.to_string()))?;
    let version_id: i64 = diesel::insert_into(module_versions::table)
        .values((
            module_versions::module_id.eq(module_id),
            module_versions::version.eq(next_version),
            module_versions::content_hash.eq(&module.content_hash),
            module_versions::data.eq(&data),
            module_versions::created_at.eq(now),
        ))
        .returning(module_versions::id)
        .get_result(c)?;
    store_version_files(c, version_id, files)?;

    // Images are stored web-sized (see `courses::image_opt`); <img> gets the stored
    // image's width and height.
    let mut image_sizes: HashMap<&str, (u32, u32)> = HashMap::new();
    for image in &module.images {
        let bytes = files
            .iter()
            .find(|(path, _)| path == &image.file)
            .map(|(_, bytes)| bytes)
            .ok_or_else(|| Error::ContentFile(image.path.clone()))?;
        let optimized = courses::image_opt::optimize(bytes, image.format)
            .map_err(|e| Error::ContentFile(format!("{}: {e}", image.path)))?;
        image_sizes.insert(&image.file, (optimized.width, optimized.height));
        diesel::insert_into(module_images::table)
            .values((
                module_images::module_version_id.eq(version_id),
                module_images::file_name.eq(&image.file),
                module_images::content_type.eq(optimized.format.mime()),
                module_images::bytes.eq(&optimized.bytes),
            ))
            .execute(c)?;
    }

    for lesson in &module.lessons {
        for (lang, text) in &lesson.variants {
            let lang = *lang;
            let resolve = |target: &LinkTarget| -> Option<ResolvedUrl> {
                Some(match target {
                    LinkTarget::Lesson {
                        module_slug,
                        lesson_slug,
                    } => ResolvedUrl::from(lesson_path(lang, module_slug, lesson_slug)),
                    LinkTarget::Image { module_slug, file } if module_slug == &module.slug => {
                        // Width and height on <img>: the page keeps its layout while
                        // the (lazy-loaded) image arrives.
                        let dims = image_sizes.get(file.as_str());
                        ResolvedUrl {
                            url: image_path(module_slug, next_version, file),
                            width: dims.map(|d| d.0),
                            height: dims.map(|d| d.1),
                        }
                    }
                    // Images are served per module version; another module's image is
                    // not part of this version.
                    LinkTarget::Image { .. } => return None,
                })
            };
            let html = courses::render_lesson_html_with(&text.markdown, &resolve);
            diesel::insert_into(lesson_pages::table)
                .values((
                    lesson_pages::module_version_id.eq(version_id),
                    lesson_pages::lesson_slug.eq(&lesson.slug),
                    lesson_pages::position.eq(i32::try_from(lesson.order).unwrap_or(i32::MAX)),
                    lesson_pages::lang.eq(lang.code()),
                    lesson_pages::title.eq(&text.title),
                    lesson_pages::html.eq(&html),
                ))
                .execute(c)?;
        }
    }

    if next_version == 1 && existing.is_some() {
        // A module created in the browser (version 0, see `authoring::create_module`)
        // published for the first time.
        diesel::update(modules::table.find(module_id))
            .set((modules::current_version.eq(1), modules::updated_at.eq(now)))
            .execute(c)?;
        report.modules_added.push(module.slug.clone());
    } else if next_version > 1 {
        diesel::update(modules::table.find(module_id))
            .set((
                modules::current_version.eq(next_version),
                modules::updated_at.eq(now),
            ))
            .execute(c)?;
        report
            .modules_versioned
            .push((module.slug.clone(), next_version));
    }
    Ok(())
}

/// How many versions each module has (for operators and tests).
pub fn module_versions(db: &Database) -> Result<Vec<(String, i32, String)>> {
    let mut conn = db.conn()?;
    Ok(module_versions::table
        .inner_join(modules::table)
        .select((
            modules::slug,
            module_versions::version,
            module_versions::content_hash,
        ))
        .order((modules::slug, module_versions::version))
        .load(&mut conn)?)
}
