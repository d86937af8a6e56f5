//! Authoring modules in the browser: who may edit what, drafts, publishing, history,
//! roll-back, translation status and export.
//!
//! A draft is the module's directory in the `course-content/` format, one row per file,
//! each saved on its own. Publishing checks the whole tree (every published module and
//! level, with this draft in place of its module) with the same loader/checker as
//! `academy content check`, and imports the module through the versioned import path
//! (`content_import::import_module`): a new version, learners keep the version their
//! enrolment is pinned to, attempts keep theirs.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{NaiveDateTime, Utc};
use courses::edit::{quiz_file_lang, LessonFileName, TomlDoc};
use courses::{CheckReport, ContentSource, Lang, MemSource};
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::accounts::{Account, Role};
use crate::audit::{self, Actor};
use crate::content_import::{self, ImportReport, ModuleFiles};
use crate::db::{Database, DbConnection};
use crate::error::{Error, Result};
use crate::schema::{
    audit_log, level_sources, levels, module_authors, module_draft_files, module_drafts,
    module_version_files, module_versions, modules, translation_sources, users,
};

/// The per-language tables of `module.toml` a translator may change.
pub const MODULE_TEXT_FIELDS: [&str; 3] = ["title", "summary", "objectives"];

/// Who is editing: the account's id, a label for the audit log, and its role.
#[derive(Debug, Clone)]
pub struct Author {
    pub id: i64,
    pub label: String,
    pub role: Role,
}

impl Author {
    pub fn of(account: &Account) -> Author {
        Author {
            id: account.id,
            label: account.email.clone(),
            role: account.role(),
        }
    }

    fn actor(&self) -> Actor {
        Actor::user(self.id, self.label.clone())
    }
}

/// What an author may do with a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    /// Everything: settings, lessons, quiz, images, translations, publishing.
    Edit,
    /// Translations only (lessons and quizzes in other languages than Russian, and the
    /// non-Russian titles, summaries and objectives); no publishing.
    Translate,
}

/// How an author is attached to a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Attachment {
    Owner,
    Assigned,
}

impl Attachment {
    pub fn as_str(self) -> &'static str {
        match self {
            Attachment::Owner => "owner",
            Attachment::Assigned => "assigned",
        }
    }

    pub fn parse(s: &str) -> Option<Attachment> {
        match s {
            "owner" => Some(Attachment::Owner),
            "assigned" => Some(Attachment::Assigned),
            _ => None,
        }
    }
}

struct ModuleRow {
    id: i64,
    level_id: i64,
    position: i32,
    /// 0 for a module created in the browser and never published (see [`create_module`]).
    current_version: i32,
}

fn module_row(c: &mut DbConnection, slug: &str) -> Result<ModuleRow> {
    let (id, level_id, position, current_version) = modules::table
        .filter(modules::slug.eq(slug))
        .select((
            modules::id,
            modules::level_id,
            modules::position,
            modules::current_version,
        ))
        .first::<(i64, i64, i32, i32)>(c)?;
    Ok(ModuleRow {
        id,
        level_id,
        position,
        current_version,
    })
}

/// The module's directory relative to the content root: the published version's, or
/// for a module never published, `<level dir>/<NN>-<slug>` as [`create_module`] made it.
fn module_dir(c: &mut DbConnection, module: &ModuleRow, slug: &str) -> Result<String> {
    if module.current_version > 0 {
        return version_dir(c, module.id, module.current_version);
    }
    Ok(format!(
        "{}/{}",
        level_dir(c, module.level_id)?,
        new_module_dir_name(module.position, slug)
    ))
}

fn new_module_dir_name(order: i32, slug: &str) -> String {
    format!("{order:02}-{slug}")
}

fn level_dir(c: &mut DbConnection, level_id: i64) -> Result<String> {
    let data: String = levels::table.find(level_id).select(levels::data).first(c)?;
    let level: courses::Level = serde_json::from_str(&data)
        .map_err(|e| Error::ContentFile(format!("stored level {level_id}: {e}")))?;
    Ok(level.dir)
}

/// Staff and admins edit every module; instructors the modules they own or are assigned
/// to; translators translate any module; learners nothing.
fn access_in(c: &mut DbConnection, who: &Author, module_id: i64) -> Result<Option<Access>> {
    Ok(match who.role {
        Role::Staff | Role::Admin => Some(Access::Edit),
        Role::Translator => Some(Access::Translate),
        Role::Instructor => {
            let attached: i64 = module_authors::table
                .filter(module_authors::module_id.eq(module_id))
                .filter(module_authors::user_id.eq(who.id))
                .count()
                .get_result(c)?;
            (attached > 0).then_some(Access::Edit)
        }
        Role::Learner => None,
    })
}

fn require_access(c: &mut DbConnection, who: &Author, module_id: i64) -> Result<Access> {
    access_in(c, who, module_id)?.ok_or(Error::Forbidden)
}

/// A module an author can open in the editors.
#[derive(Debug, Clone, Serialize)]
pub struct EditableModule {
    pub slug: String,
    pub level_slug: String,
    pub title: String,
    pub version: i32,
    pub access: Access,
    pub attachment: Option<Attachment>,
    pub draft_updated_at: Option<NaiveDateTime>,
}

/// The modules `who` can edit or translate, in catalogue order (titles in `lang`).
pub fn editable_modules(db: &Database, who: &Author, lang: Lang) -> Result<Vec<EditableModule>> {
    let catalogue = crate::catalog::catalogue(db)?;
    let mut conn = db.conn()?;
    let c = &mut *conn;
    let mine: Vec<(i64, String)> = module_authors::table
        .filter(module_authors::user_id.eq(who.id))
        .select((module_authors::module_id, module_authors::kind))
        .load(c)?;
    let drafts: Vec<(i64, NaiveDateTime)> = module_drafts::table
        .select((module_drafts::module_id, module_drafts::updated_at))
        .load(c)?;
    let mut out = Vec::new();
    for level in &catalogue.levels {
        for m in &level.modules {
            let Some(access) = access_in(c, who, m.id)? else {
                continue;
            };
            out.push(EditableModule {
                slug: m.module.slug.clone(),
                level_slug: level.level.slug.clone(),
                title: m
                    .module
                    .title
                    .best(lang)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
                version: m.version,
                access,
                attachment: mine
                    .iter()
                    .find(|(id, _)| *id == m.id)
                    .and_then(|(_, k)| Attachment::parse(k)),
                draft_updated_at: drafts.iter().find(|(id, _)| *id == m.id).map(|(_, t)| *t),
            });
        }
    }
    // Modules created in the browser and not yet published are not in the catalogue.
    let unpublished: Vec<(i64, String, i64)> = modules::table
        .filter(modules::current_version.eq(0))
        .order((modules::level_id, modules::position))
        .select((modules::id, modules::slug, modules::level_id))
        .load(c)?;
    for (id, slug, level_id) in unpublished {
        let Some(access) = access_in(c, who, id)? else {
            continue;
        };
        let level_slug: String = levels::table.find(level_id).select(levels::slug).first(c)?;
        let module_toml: Option<Vec<u8>> = module_draft_files::table
            .filter(module_draft_files::module_id.eq(id))
            .filter(module_draft_files::path.eq("module.toml"))
            .select(module_draft_files::bytes)
            .first(c)
            .optional()?;
        let texts = module_texts(module_toml.as_deref());
        let title = std::iter::once(lang)
            .chain(Lang::ALL)
            .find_map(|l| texts.get(&("title".to_string(), l)).cloned())
            .unwrap_or_else(|| slug.clone());
        out.push(EditableModule {
            slug,
            level_slug,
            title,
            version: 0,
            access,
            attachment: mine
                .iter()
                .find(|(m, _)| *m == id)
                .and_then(|(_, k)| Attachment::parse(k)),
            draft_updated_at: drafts.iter().find(|(m, _)| *m == id).map(|(_, t)| *t),
        });
    }
    Ok(out)
}

/// An author attached to a module.
#[derive(Debug, Clone, Serialize)]
pub struct ModuleAuthor {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub attachment: Attachment,
}

pub fn module_authors(db: &Database, slug: &str) -> Result<Vec<ModuleAuthor>> {
    let mut conn = db.conn()?;
    let module = module_row(&mut conn, slug)?;
    let rows: Vec<(i64, String, String, String)> = module_authors::table
        .inner_join(users::table)
        .filter(module_authors::module_id.eq(module.id))
        .order(users::email)
        .select((
            users::id,
            users::email,
            users::display_name,
            module_authors::kind,
        ))
        .load(&mut conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(user_id, email, name, kind)| {
            Some(ModuleAuthor {
                user_id,
                email,
                name,
                attachment: Attachment::parse(&kind)?,
            })
        })
        .collect())
}

/// Staff and admins attach an instructor or translator to a module (as its owner, or
/// assigned), or detach them (`None`). Recorded in the audit log.
pub fn set_module_author(
    db: &Database,
    who: &Author,
    slug: &str,
    user_id: i64,
    attachment: Option<Attachment>,
) -> Result<()> {
    if !matches!(who.role, Role::Staff | Role::Admin) {
        return Err(Error::Forbidden);
    }
    let now = Utc::now().naive_utc();
    db.write(|c| {
        let module = module_row(c, slug)?;
        let role: String = users::table.find(user_id).select(users::role).first(c)?;
        if !matches!(
            role.as_str(),
            "instructor" | "translator" | "staff" | "admin"
        ) {
            return Err(Error::Forbidden);
        }
        diesel::delete(
            module_authors::table
                .filter(module_authors::module_id.eq(module.id))
                .filter(module_authors::user_id.eq(user_id)),
        )
        .execute(c)?;
        if let Some(a) = attachment {
            diesel::insert_into(module_authors::table)
                .values((
                    module_authors::module_id.eq(module.id),
                    module_authors::user_id.eq(user_id),
                    module_authors::kind.eq(a.as_str()),
                    module_authors::created_at.eq(now),
                ))
                .execute(c)?;
        }
        audit::record(
            c,
            &who.actor(),
            "module.author",
            &subject(slug),
            &serde_json::json!({
                "user_id": user_id,
                "attachment": attachment.map(Attachment::as_str),
            }),
        )
    })
}

/// [`set_module_author`] for the account with this address. The role is checked
/// before the address is looked up, so only staff learn whether an address has an
/// account (anyone else gets `Forbidden` either way).
pub fn set_module_author_by_email(
    db: &Database,
    who: &Author,
    slug: &str,
    email: &str,
    attachment: Option<Attachment>,
) -> Result<()> {
    if !matches!(who.role, Role::Staff | Role::Admin) {
        return Err(Error::Forbidden);
    }
    let email = crate::accounts::Email::parse(email)?;
    let account = crate::accounts::find_by_email(db, &email)?.ok_or(Error::NotFound)?;
    set_module_author(db, who, slug, account.id, attachment)
}

fn subject(slug: &str) -> String {
    format!("module:{slug}")
}

/// A module as an author sees it: the draft when there is one, else the published
/// version's files.
#[derive(Debug, Clone)]
pub struct Draft {
    pub slug: String,
    /// The module's directory relative to the content root.
    pub dir: String,
    pub current_version: i32,
    /// The version the draft started from; `None` when there is no draft.
    pub base_version: Option<i32>,
    pub updated_at: Option<NaiveDateTime>,
    pub files: BTreeMap<String, Vec<u8>>,
    pub access: Access,
}

impl Draft {
    pub fn text(&self, path: &str) -> Option<String> {
        self.files
            .get(path)
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }

    pub fn exists(&self) -> bool {
        self.base_version.is_some()
    }
}

fn version_files(c: &mut DbConnection, module_id: i64, version: i32) -> Result<ModuleFiles> {
    Ok(module_version_files::table
        .inner_join(module_versions::table)
        .filter(module_versions::module_id.eq(module_id))
        .filter(module_versions::version.eq(version))
        .order(module_version_files::path)
        .select((module_version_files::path, module_version_files::bytes))
        .load(c)?)
}

fn version_dir(c: &mut DbConnection, module_id: i64, version: i32) -> Result<String> {
    let data: String = module_versions::table
        .filter(module_versions::module_id.eq(module_id))
        .filter(module_versions::version.eq(version))
        .select(module_versions::data)
        .first(c)?;
    #[derive(serde::Deserialize)]
    struct Dir {
        dir: String,
    }
    let d: Dir = serde_json::from_str(&data)
        .map_err(|e| Error::ContentFile(format!("stored module {module_id} v{version}: {e}")))?;
    Ok(d.dir)
}

fn draft_in(c: &mut DbConnection, who: &Author, slug: &str) -> Result<(ModuleRow, Draft)> {
    let module = module_row(c, slug)?;
    let access = require_access(c, who, module.id)?;
    let header: Option<(i32, NaiveDateTime)> = module_drafts::table
        .find(module.id)
        .select((module_drafts::base_version, module_drafts::updated_at))
        .first(c)
        .optional()?;
    let files: ModuleFiles = match header {
        Some(_) => module_draft_files::table
            .filter(module_draft_files::module_id.eq(module.id))
            .order(module_draft_files::path)
            .select((module_draft_files::path, module_draft_files::bytes))
            .load(c)?,
        None => version_files(c, module.id, module.current_version)?,
    };
    let dir = module_dir(c, &module, slug)?;
    let draft = Draft {
        slug: slug.to_string(),
        dir,
        current_version: module.current_version,
        base_version: header.map(|h| h.0),
        updated_at: header.map(|h| h.1),
        files: files.into_iter().collect(),
        access,
    };
    Ok((module, draft))
}

/// The module as `who` edits it (Forbidden when they may not).
pub fn draft(db: &Database, who: &Author, slug: &str) -> Result<Draft> {
    let mut conn = db.conn()?;
    Ok(draft_in(&mut conn, who, slug)?.1)
}

/// One edit of a draft file.
#[derive(Debug, Clone)]
pub enum Change {
    Put { path: String, bytes: Vec<u8> },
    Delete { path: String },
}

impl Change {
    fn path(&self) -> &str {
        match self {
            Change::Put { path, .. } | Change::Delete { path } => path,
        }
    }
}

/// A file name a draft may hold: one plain name inside the module directory.
pub fn valid_file_name(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 120
        && !path.starts_with('.')
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// The translation field a file (or, for module.toml, a table) is, with its language:
/// `lesson:<slug>` and `quiz`; `None` for Russian and language-neutral files.
fn translation_field(path: &str) -> Option<(String, Lang)> {
    if let Some(name) = LessonFileName::parse(path) {
        return (name.lang != Lang::Ru).then(|| (format!("lesson:{}", name.slug), name.lang));
    }
    quiz_file_lang(path)
        .filter(|l| *l != Lang::Ru)
        .map(|l| ("quiz".to_string(), l))
}

/// The Russian file a translation file is translated from.
fn source_path(path: &str) -> Option<String> {
    if let Some(name) = LessonFileName::parse(path) {
        return Some(name.in_lang(Lang::Ru));
    }
    quiz_file_lang(path).map(|_| "quiz.ru.toml".to_string())
}

fn hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// What a translator may change: translation files, and module.toml when only
/// non-Russian texts differ.
fn translator_may(path: &str, old: Option<&[u8]>, new: Option<&[u8]>) -> bool {
    if translation_field(path).is_some() {
        return true;
    }
    if path == "module.toml" {
        let strip = |b: Option<&[u8]>| {
            b.and_then(|b| std::str::from_utf8(b).ok())
                .and_then(|t| TomlDoc::parse(t).ok())
                .map(|d| d.without_translations(&MODULE_TEXT_FIELDS))
        };
        let (a, b) = (strip(old), strip(new));
        return a.is_some() && a == b;
    }
    false
}

/// The per-language texts of module.toml: ((field, lang), text).
fn module_texts(bytes: Option<&[u8]>) -> BTreeMap<(String, Lang), String> {
    let mut out = BTreeMap::new();
    let Some(doc) = bytes
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|t| TomlDoc::parse(t).ok())
    else {
        return out;
    };
    for lang in Lang::ALL {
        for field in ["title", "summary"] {
            if let Some(t) = doc.text(field, lang) {
                out.insert((field.to_string(), lang), t);
            }
        }
        let list = doc.text_list("objectives", lang);
        if !list.is_empty() {
            out.insert(("objectives".to_string(), lang), list.join("\n"));
        }
    }
    out
}

/// Every translated field of a module's files with the hash of its Russian source:
/// (field, lang) → source hash.
fn translated_fields(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<(String, Lang), String> {
    let mut out = BTreeMap::new();
    for path in files.keys() {
        if let (Some((field, lang)), Some(src)) = (translation_field(path), source_path(path)) {
            if let Some(source) = files.get(&src) {
                out.insert((field, lang), hash(source));
            }
        }
    }
    let texts = module_texts(files.get("module.toml").map(Vec::as_slice));
    for ((field, lang), _) in texts.iter().filter(|((_, l), _)| *l != Lang::Ru) {
        if let Some(source) = texts.get(&(field.clone(), Lang::Ru)) {
            out.insert((field.clone(), *lang), hash(source.as_bytes()));
        }
    }
    out
}

fn upsert_translation_source(
    c: &mut DbConnection,
    module_id: i64,
    field: &str,
    lang: Lang,
    source_hash: &str,
    now: NaiveDateTime,
    only_if_absent: bool,
) -> Result<()> {
    let existing: Option<String> = translation_sources::table
        .find((module_id, field, lang.code()))
        .select(translation_sources::source_hash)
        .first(c)
        .optional()?;
    match existing {
        Some(_) if only_if_absent => {}
        Some(h) if h == source_hash => {}
        Some(_) => {
            diesel::update(translation_sources::table.find((module_id, field, lang.code())))
                .set((
                    translation_sources::source_hash.eq(source_hash),
                    translation_sources::updated_at.eq(now),
                ))
                .execute(c)?;
        }
        None => {
            diesel::insert_into(translation_sources::table)
                .values((
                    translation_sources::module_id.eq(module_id),
                    translation_sources::field.eq(field),
                    translation_sources::lang.eq(lang.code()),
                    translation_sources::source_hash.eq(source_hash),
                    translation_sources::updated_at.eq(now),
                ))
                .execute(c)?;
        }
    }
    Ok(())
}

/// Saves edits to a module's draft (creating the draft from the published version
/// first), in one transaction, with an audit entry. Forbidden when `who` may not make
/// one of the changes.
pub fn save(db: &Database, who: &Author, slug: &str, changes: &[Change]) -> Result<()> {
    for change in changes {
        if !valid_file_name(change.path()) {
            return Err(Error::InvalidFileName);
        }
    }
    let now = Utc::now().naive_utc();
    db.write(|c| {
        let (module, draft) = draft_in(c, who, slug)?;
        if draft.access == Access::Translate {
            for change in changes {
                let old = draft.files.get(change.path()).map(Vec::as_slice);
                let new = match change {
                    Change::Put { bytes, .. } => Some(bytes.as_slice()),
                    Change::Delete { .. } => None,
                };
                if !translator_may(change.path(), old, new) {
                    return Err(Error::Forbidden);
                }
            }
        }
        if !draft.exists() {
            diesel::insert_into(module_drafts::table)
                .values((
                    module_drafts::module_id.eq(module.id),
                    module_drafts::base_version.eq(module.current_version),
                    module_drafts::created_by.eq(who.id),
                    module_drafts::created_at.eq(now),
                    module_drafts::updated_at.eq(now),
                ))
                .execute(c)?;
            for (path, bytes) in &draft.files {
                diesel::insert_into(module_draft_files::table)
                    .values((
                        module_draft_files::module_id.eq(module.id),
                        module_draft_files::path.eq(path),
                        module_draft_files::bytes.eq(bytes),
                        module_draft_files::updated_by.eq(None::<i64>),
                        module_draft_files::updated_at.eq(now),
                    ))
                    .execute(c)?;
            }
            // Translations that came with the published version were written for its
            // Russian text: remember that, so a later change of the source shows them
            // as outdated.
            for ((field, lang), h) in translated_fields(&draft.files) {
                upsert_translation_source(c, module.id, &field, lang, &h, now, true)?;
            }
        } else {
            diesel::update(module_drafts::table.find(module.id))
                .set(module_drafts::updated_at.eq(now))
                .execute(c)?;
        }
        let mut files = draft.files.clone();
        let mut changed = Vec::new();
        for change in changes {
            let target = module_draft_files::table
                .filter(module_draft_files::module_id.eq(module.id))
                .filter(module_draft_files::path.eq(change.path()));
            match change {
                Change::Put { path, bytes } => {
                    if files.get(path) == Some(bytes) {
                        continue;
                    }
                    let updated = diesel::update(target)
                        .set((
                            module_draft_files::bytes.eq(bytes),
                            module_draft_files::updated_by.eq(who.id),
                            module_draft_files::updated_at.eq(now),
                        ))
                        .execute(c)?;
                    if updated == 0 {
                        diesel::insert_into(module_draft_files::table)
                            .values((
                                module_draft_files::module_id.eq(module.id),
                                module_draft_files::path.eq(path),
                                module_draft_files::bytes.eq(bytes),
                                module_draft_files::updated_by.eq(who.id),
                                module_draft_files::updated_at.eq(now),
                            ))
                            .execute(c)?;
                    }
                    files.insert(path.clone(), bytes.clone());
                }
                Change::Delete { path } => {
                    if diesel::delete(target).execute(c)? == 0 {
                        continue;
                    }
                    files.remove(path);
                }
            }
            changed.push(change.path().to_string());
        }
        // A translation written now is written for the current source text.
        let before = module_texts(draft.files.get("module.toml").map(Vec::as_slice));
        let after_fields = translated_fields(&files);
        for path in &changed {
            if let Some((field, lang)) = translation_field(path) {
                if let Some(h) = after_fields.get(&(field.clone(), lang)) {
                    upsert_translation_source(c, module.id, &field, lang, h, now, false)?;
                }
            }
        }
        if changed.iter().any(|p| p == "module.toml") {
            let after = module_texts(files.get("module.toml").map(Vec::as_slice));
            for ((field, lang), text) in after.iter().filter(|((_, l), _)| *l != Lang::Ru) {
                if before.get(&(field.clone(), *lang)) != Some(text) {
                    if let Some(h) = after_fields.get(&(field.clone(), *lang)) {
                        upsert_translation_source(c, module.id, field, *lang, h, now, false)?;
                    }
                }
            }
        }
        if !changed.is_empty() {
            audit::record(
                c,
                &who.actor(),
                "module.draft.save",
                &subject(slug),
                &serde_json::json!({ "files": changed }),
            )?;
        }
        Ok(())
    })
}

/// An image an upload added to a draft.
#[derive(Debug, Clone, Serialize)]
pub struct AddedImage {
    /// Its file name in the module directory (what a lesson's Markdown refers to).
    pub path: String,
    pub width: u32,
    pub height: u32,
    /// Stored size in bytes.
    pub size: usize,
}

/// Adds an uploaded image to the module's draft. The file's content decides what it
/// is (PNG, JPEG or WebP; the client's name and content type are not trusted); it is
/// decoded and always re-encoded (scaled to at most 1280 px wide), so metadata such
/// as a photo's GPS position is not stored. The stored name is made from the client's
/// name (ASCII letters and digits, `-`), never a path, with the extension of the real
/// format; a different image of the same name gets `-2`, `-3`... Forbidden unless
/// `who` may edit the whole module (translators may not add images).
pub fn add_image(
    db: &Database,
    who: &Author,
    slug: &str,
    client_name: &str,
    bytes: &[u8],
) -> Result<AddedImage> {
    let (added, put) = prepare_image(db, who, slug, client_name, bytes)?;
    save(db, who, slug, &[put])?;
    Ok(added)
}

/// [`add_image`] from the lesson editor: the lesson's text as typed there (it comes
/// with the upload, so nothing typed since the last save is lost) is saved in the same
/// save, with the Markdown that shows the image added at its end (described by `alt`).
/// Returns the image and the lesson's new text.
#[allow(clippy::too_many_arguments)]
pub fn add_image_to_lesson(
    db: &Database,
    who: &Author,
    slug: &str,
    client_name: &str,
    bytes: &[u8],
    lesson: &str,
    text: &str,
    alt: &str,
) -> Result<(AddedImage, String)> {
    let (added, put) = prepare_image(db, who, slug, client_name, bytes)?;
    let text = courses::edit::append_block(text, &courses::edit::image_reference(alt, &added.path));
    save(
        db,
        who,
        slug,
        &[
            put,
            Change::Put {
                path: lesson.to_string(),
                bytes: text.clone().into_bytes(),
            },
        ],
    )?;
    Ok((added, text))
}

/// The checks and the re-encoding of [`add_image`]: the image and the change that
/// stores it.
fn prepare_image(
    db: &Database,
    who: &Author,
    slug: &str,
    client_name: &str,
    bytes: &[u8],
) -> Result<(AddedImage, Change)> {
    // Permission first: nobody else gets to make the server decode anything.
    let draft = draft(db, who, slug)?;
    if draft.access != Access::Edit {
        return Err(Error::Forbidden);
    }
    let format = courses::ImageFormat::sniff(bytes).ok_or(Error::UploadNotImage)?;
    let image = courses::image_opt::reencode(bytes, format).map_err(|e| match e {
        courses::image_opt::ImageError::TooLarge(_) => Error::UploadTooLarge,
        courses::image_opt::ImageError::Unreadable(_) => Error::UploadNotImage,
        courses::image_opt::ImageError::Encode(m) => {
            Error::ContentFile(format!("re-encoding an uploaded image: {m}"))
        }
    })?;
    if image.bytes.len() as u64 > courses::MAX_IMAGE_BYTES {
        return Err(Error::UploadTooLarge);
    }
    let path = image_file_name(client_name, format, &image.bytes, &draft.files);
    let added = AddedImage {
        path: path.clone(),
        width: image.width,
        height: image.height,
        size: image.bytes.len(),
    };
    Ok((
        added,
        Change::Put {
            path,
            bytes: image.bytes,
        },
    ))
}

/// `Карта офиса (2).PNG` → `2.png`, `C:\fakepath\Office map.jpeg` → `office-map.jpg`;
/// `image.png` when nothing usable is left. Reuses the name of an identical file.
fn image_file_name(
    client_name: &str,
    format: courses::ImageFormat,
    bytes: &[u8],
    files: &BTreeMap<String, Vec<u8>>,
) -> String {
    let base = client_name.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s);
    let mut stem = courses::slugify_ascii(stem);
    stem.truncate(60);
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "image" } else { stem };
    let ext = match format {
        courses::ImageFormat::Png => "png",
        courses::ImageFormat::Jpeg => "jpg",
        courses::ImageFormat::Webp => "webp",
    };
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        match files.get(&name) {
            Some(existing) if existing.as_slice() != bytes => n += 1,
            _ => return name,
        }
    }
}

/// Whether a module with this slug exists (published or not).
pub fn module_exists(db: &Database, slug: &str) -> Result<bool> {
    let mut conn = db.conn()?;
    let n: i64 = modules::table
        .filter(modules::slug.eq(slug))
        .count()
        .get_result(&mut conn)?;
    Ok(n > 0)
}

/// Throws a draft away (the published version stays as it is). A module never published
/// is nothing but its draft: it is removed, and its slug is free again.
pub fn discard(db: &Database, who: &Author, slug: &str) -> Result<()> {
    db.write(|c| {
        let module = module_row(c, slug)?;
        if require_access(c, who, module.id)? != Access::Edit {
            return Err(Error::Forbidden);
        }
        diesel::delete(
            module_draft_files::table.filter(module_draft_files::module_id.eq(module.id)),
        )
        .execute(c)?;
        if module.current_version == 0 {
            // Never published: the draft is all there is of the module, so discarding
            // it removes the module (and frees its slug).
            diesel::delete(module_drafts::table.find(module.id)).execute(c)?;
            diesel::delete(
                translation_sources::table.filter(translation_sources::module_id.eq(module.id)),
            )
            .execute(c)?;
            diesel::delete(module_authors::table.filter(module_authors::module_id.eq(module.id)))
                .execute(c)?;
            diesel::delete(modules::table.find(module.id)).execute(c)?;
            return audit::record(
                c,
                &who.actor(),
                "module.delete",
                &subject(slug),
                &serde_json::json!({ "never_published": true }),
            );
        }
        if diesel::delete(module_drafts::table.find(module.id)).execute(c)? > 0 {
            audit::record(
                c,
                &who.actor(),
                "module.draft.discard",
                &subject(slug),
                &serde_json::json!({}),
            )?;
        }
        Ok(())
    })
}

/// The published tree (every active level and module at its current version) as files
/// relative to the content root.
fn published_tree(c: &mut DbConnection) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut tree = BTreeMap::new();
    let level_rows: Vec<(i64, String, Option<Vec<u8>>)> = levels::table
        .left_join(level_sources::table)
        .filter(levels::active.eq(true))
        .select((levels::id, levels::data, level_sources::bytes.nullable()))
        .load(c)?;
    for (id, data, bytes) in level_rows {
        let level: courses::Level = serde_json::from_str(&data)
            .map_err(|e| Error::ContentFile(format!("stored level {id}: {e}")))?;
        let bytes = bytes.ok_or_else(|| {
            Error::ContentFile(format!("level {}: no stored level.toml", level.slug))
        })?;
        tree.insert(format!("{}/level.toml", level.dir), bytes);
    }
    let module_rows: Vec<(i64, i32)> = modules::table
        .filter(modules::active.eq(true))
        .select((modules::id, modules::current_version))
        .load(c)?;
    for (id, version) in module_rows {
        let dir = version_dir(c, id, version)?;
        for (path, bytes) in version_files(c, id, version)? {
            tree.insert(format!("{dir}/{path}"), bytes);
        }
    }
    Ok(tree)
}

fn with_module(
    mut tree: BTreeMap<String, Vec<u8>>,
    dir: &str,
    files: &BTreeMap<String, Vec<u8>>,
) -> BTreeMap<String, Vec<u8>> {
    let prefix = format!("{dir}/");
    tree.retain(|path, _| !path.starts_with(&prefix));
    for (path, bytes) in files {
        tree.insert(format!("{prefix}{path}"), bytes.clone());
    }
    tree
}

fn load_tree(tree: &BTreeMap<String, Vec<u8>>) -> (courses::Catalog, CheckReport) {
    let mut source = MemSource::new();
    for (path, bytes) in tree {
        source.insert(path.clone(), bytes.clone());
    }
    courses::load_from(&source)
}

/// What the checker says about a draft: the diagnostics of the module's own files (their
/// paths relative to the module directory) and of anything else the draft breaks.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DraftCheck {
    pub diagnostics: Vec<courses::Diagnostic>,
    pub coverage: courses::Coverage,
    /// Coverage of the tree without this module: the module's share is the difference.
    pub coverage_without: courses::Coverage,
}

impl DraftCheck {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.is_error())
    }

    /// Diagnostics of one file of the module.
    pub fn for_file<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a courses::Diagnostic> {
        self.diagnostics.iter().filter(move |d| d.file == path)
    }
}

fn check_files(
    tree: &BTreeMap<String, Vec<u8>>,
    dir: &str,
    files: &BTreeMap<String, Vec<u8>>,
) -> (courses::Catalog, DraftCheck) {
    let with = with_module(tree.clone(), dir, files);
    let (catalog, report) = load_tree(&with);
    let prefix = format!("{dir}/");
    let mut without = tree.clone();
    without.retain(|path, _| !path.starts_with(&prefix));
    let (_, report_without) = load_tree(&without);
    let diagnostics = report
        .diagnostics
        .into_iter()
        .filter_map(|mut d| {
            if let Some(rel) = d.file.strip_prefix(&prefix) {
                d.file = rel.to_string();
                Some(d)
            } else {
                // Elsewhere in the tree: only what this draft breaks (errors); warnings
                // of other modules are not the author's business here.
                d.is_error().then_some(d)
            }
        })
        .collect();
    (
        catalog,
        DraftCheck {
            diagnostics,
            coverage: report.coverage,
            coverage_without: report_without.coverage,
        },
    )
}

/// Checks the draft (or the published files) of a module against the published tree.
pub fn check(db: &Database, who: &Author, slug: &str) -> Result<DraftCheck> {
    let mut conn = db.conn()?;
    let (_, draft) = draft_in(&mut conn, who, slug)?;
    let tree = published_tree(&mut conn)?;
    drop(conn);
    Ok(check_files(&tree, &draft.dir, &draft.files).1)
}

/// What publishing did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Published {
    /// A new version with this number.
    Version(i32),
    /// The draft equals the published version: nothing to publish (the draft is gone).
    Unchanged,
}

/// Publishes `files` as the module's next version, in the caller's transaction.
fn publish_files(
    c: &mut DbConnection,
    module: &ModuleRow,
    slug: &str,
    dir: &str,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Published> {
    let tree = published_tree(c)?;
    let (catalog, report) = check_files(&tree, dir, files);
    if report.has_errors() {
        return Err(Error::DraftInvalid(
            report.diagnostics.iter().filter(|d| d.is_error()).count(),
        ));
    }
    let loaded = catalog
        .module(slug)
        .filter(|m| m.dir == dir)
        .ok_or(Error::DraftSlugChanged)?;
    let list: ModuleFiles = files.iter().map(|(p, b)| (p.clone(), b.clone())).collect();
    let mut report = ImportReport::default();
    content_import::import_module(
        c,
        module.level_id,
        loaded,
        &list,
        Utc::now().naive_utc(),
        &mut report,
    )?;
    let version: i32 = modules::table
        .find(module.id)
        .select(modules::current_version)
        .first(c)?;
    Ok(if version == module.current_version {
        Published::Unchanged
    } else {
        Published::Version(version)
    })
}

/// Publishes the module's draft as a new version after checking it like `academy
/// content check`. Learners already in the module keep their version.
pub fn publish(db: &Database, who: &Author, slug: &str) -> Result<Published> {
    db.write(|c| {
        let (module, draft) = draft_in(c, who, slug)?;
        if draft.access != Access::Edit {
            return Err(Error::Forbidden);
        }
        if !draft.exists() {
            return Err(Error::NoDraft);
        }
        let outcome = publish_files(c, &module, slug, &draft.dir, &draft.files)?;
        diesel::delete(
            module_draft_files::table.filter(module_draft_files::module_id.eq(module.id)),
        )
        .execute(c)?;
        diesel::delete(module_drafts::table.find(module.id)).execute(c)?;
        let version = match outcome {
            Published::Version(v) => Some(v),
            Published::Unchanged => None,
        };
        audit::record(
            c,
            &who.actor(),
            "module.publish",
            &subject(slug),
            &serde_json::json!({ "version": version, "from": draft.base_version }),
        )?;
        Ok(outcome)
    })
}

/// Publishes an earlier version's content again, as a new version.
pub fn rollback(db: &Database, who: &Author, slug: &str, version: i32) -> Result<Published> {
    db.write(|c| {
        let module = module_row(c, slug)?;
        if require_access(c, who, module.id)? != Access::Edit {
            return Err(Error::Forbidden);
        }
        let files: BTreeMap<String, Vec<u8>> =
            version_files(c, module.id, version)?.into_iter().collect();
        if files.is_empty() {
            return Err(Error::NotFound);
        }
        let dir = module_dir(c, &module, slug)?;
        let outcome = publish_files(c, &module, slug, &dir, &files)?;
        audit::record(
            c,
            &who.actor(),
            "module.rollback",
            &subject(slug),
            &serde_json::json!({
                "to": version,
                "version": match outcome { Published::Version(v) => Some(v), Published::Unchanged => None },
            }),
        )?;
        Ok(outcome)
    })
}

/// One version in a module's history.
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub content_hash: String,
    /// Who published it from the browser (the audit log); `None` for imports from files.
    pub by: Option<String>,
    pub action: Option<String>,
    pub current: bool,
}

/// The module's versions, newest first.
pub fn versions(db: &Database, who: &Author, slug: &str) -> Result<Vec<VersionInfo>> {
    let mut conn = db.conn()?;
    let c = &mut *conn;
    let module = module_row(c, slug)?;
    require_access(c, who, module.id)?;
    let rows: Vec<(i32, NaiveDateTime, String)> = module_versions::table
        .filter(module_versions::module_id.eq(module.id))
        .order(module_versions::version.desc())
        .select((
            module_versions::version,
            module_versions::created_at,
            module_versions::content_hash,
        ))
        .load(c)?;
    let entries: Vec<(String, String, String)> = audit_log::table
        .filter(audit_log::subject.eq(subject(slug)))
        .filter(audit_log::action.eq_any(["module.publish", "module.rollback"]))
        .select((audit_log::actor_label, audit_log::action, audit_log::detail))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(version, created_at, content_hash)| {
            let entry = entries.iter().find(|(_, _, detail)| {
                serde_json::from_str::<serde_json::Value>(detail)
                    .ok()
                    .and_then(|d| d.get("version").and_then(serde_json::Value::as_i64))
                    == Some(i64::from(version))
            });
            VersionInfo {
                version,
                created_at,
                content_hash,
                by: entry.map(|e| e.0.clone()),
                action: entry.map(|e| e.1.clone()),
                current: version == module.current_version,
            }
        })
        .collect())
}

/// How a file differs between two versions.
#[derive(Debug, Clone, Serialize)]
pub struct FileDiff {
    pub path: String,
    /// `added`, `removed` or `changed`.
    pub status: &'static str,
    /// Lines with a leading `+`, `-` or ` ` (text files); empty for binary files.
    pub lines: Vec<DiffLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiffLine {
    /// `+`, `-`, ` `, or `…` for skipped unchanged lines.
    pub sign: &'static str,
    pub text: String,
}

/// The differences between versions `a` and `b` of a module, file by file (text diff
/// with three lines of context).
pub fn diff(db: &Database, who: &Author, slug: &str, a: i32, b: i32) -> Result<Vec<FileDiff>> {
    let mut conn = db.conn()?;
    let module = module_row(&mut conn, slug)?;
    require_access(&mut conn, who, module.id)?;
    let old: BTreeMap<String, Vec<u8>> = version_files(&mut conn, module.id, a)?
        .into_iter()
        .collect();
    let new: BTreeMap<String, Vec<u8>> = version_files(&mut conn, module.id, b)?
        .into_iter()
        .collect();
    if old.is_empty() || new.is_empty() {
        return Err(Error::NotFound);
    }
    Ok(diff_files(&old, &new))
}

/// [`diff`] over two sets of files.
pub fn diff_files(
    old: &BTreeMap<String, Vec<u8>>,
    new: &BTreeMap<String, Vec<u8>>,
) -> Vec<FileDiff> {
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    let mut out = Vec::new();
    for path in paths {
        let (o, n) = (old.get(path), new.get(path));
        if o == n {
            continue;
        }
        let status = match (o, n) {
            (None, _) => "added",
            (_, None) => "removed",
            _ => "changed",
        };
        fn text(b: Option<&Vec<u8>>) -> Option<&str> {
            b.map(|b| std::str::from_utf8(b).ok()).unwrap_or(Some(""))
        }
        let lines = match (text(o), text(n)) {
            (Some(a), Some(b)) => text_diff(a, b),
            _ => Vec::new(),
        };
        out.push(FileDiff {
            path: path.clone(),
            status,
            lines,
        });
    }
    out
}

fn text_diff(a: &str, b: &str) -> Vec<DiffLine> {
    let diff = similar::TextDiff::from_lines(a, b);
    let mut out = Vec::new();
    for (i, group) in diff.grouped_ops(3).iter().enumerate() {
        if i > 0 {
            out.push(DiffLine {
                sign: "…",
                text: String::new(),
            });
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Delete => "-",
                    similar::ChangeTag::Insert => "+",
                    similar::ChangeTag::Equal => " ",
                };
                out.push(DiffLine {
                    sign,
                    text: change.value().trim_end_matches('\n').to_string(),
                });
            }
        }
    }
    out
}

/// The status of one translated field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    Missing,
    UpToDate,
    /// The Russian source changed after the translation was written.
    Outdated,
}

/// One field of the translation workspace.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationField {
    /// `title`, `summary`, `objectives`, `lesson:<slug>` or `quiz`.
    pub field: String,
    /// The file the field lives in (relative to the module directory).
    pub file: String,
    pub source: String,
    pub target: Option<String>,
    pub status: TranslationStatus,
}

/// The module's translatable fields in `lang` beside their Russian source, with their
/// status (of the draft when there is one).
pub fn translation(
    db: &Database,
    who: &Author,
    slug: &str,
    lang: Lang,
) -> Result<Vec<TranslationField>> {
    let mut conn = db.conn()?;
    let (module, draft) = draft_in(&mut conn, who, slug)?;
    let recorded: Vec<(String, String)> = translation_sources::table
        .filter(translation_sources::module_id.eq(module.id))
        .filter(translation_sources::lang.eq(lang.code()))
        .select((translation_sources::field, translation_sources::source_hash))
        .load(&mut conn)?;
    let status = |field: &str, source: &[u8], present: bool| {
        if !present {
            return TranslationStatus::Missing;
        }
        match recorded.iter().find(|(f, _)| f == field) {
            Some((_, h)) if *h != hash(source) => TranslationStatus::Outdated,
            _ => TranslationStatus::UpToDate,
        }
    };
    let mut out = Vec::new();
    let texts = module_texts(draft.files.get("module.toml").map(Vec::as_slice));
    for field in MODULE_TEXT_FIELDS {
        let Some(source) = texts.get(&(field.to_string(), Lang::Ru)) else {
            continue;
        };
        let target = texts.get(&(field.to_string(), lang)).cloned();
        out.push(TranslationField {
            field: field.to_string(),
            file: "module.toml".into(),
            status: status(field, source.as_bytes(), target.is_some()),
            source: source.clone(),
            target,
        });
    }
    for (path, bytes) in &draft.files {
        let name = match LessonFileName::parse(path) {
            Some(n) if n.lang == Lang::Ru => n,
            _ => continue,
        };
        let file = name.in_lang(lang);
        let field = format!("lesson:{}", name.slug);
        let target = draft.text(&file);
        out.push(TranslationField {
            status: status(&field, bytes, target.is_some()),
            field,
            file,
            source: String::from_utf8_lossy(bytes).into_owned(),
            target,
        });
    }
    if let Some(bytes) = draft.files.get("quiz.ru.toml") {
        let file = format!("quiz.{}.toml", lang.code());
        let target = draft.text(&file);
        out.push(TranslationField {
            status: status("quiz", bytes, target.is_some()),
            field: "quiz".into(),
            file,
            source: String::from_utf8_lossy(bytes).into_owned(),
            target,
        });
    }
    Ok(out)
}

/// The published tree as files relative to the content root: every active level's
/// `level.toml` and every active module's files at its current version; with `module`,
/// that module's level.toml and files only. This is the `course-content/` format:
/// importing it back changes nothing.
pub fn export(db: &Database, module: Option<&str>) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut conn = db.conn()?;
    let c = &mut *conn;
    let tree = published_tree(c)?;
    let Some(slug) = module else {
        return Ok(tree);
    };
    let row = module_row(c, slug)?;
    let dir = module_dir(c, &row, slug)?;
    let level_dir = dir
        .rsplit_once('/')
        .map(|(l, _)| l.to_string())
        .unwrap_or_default();
    let level_toml = format!("{level_dir}/level.toml");
    let prefix = format!("{dir}/");
    Ok(tree
        .into_iter()
        .filter(|(path, _)| path == &level_toml || path.starts_with(&prefix))
        .collect())
}

/// Packs exported files into a zip archive (paths under `course-content/`).
pub fn zip(files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<u8>> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let fail = |e: &dyn std::fmt::Display| Error::ContentFile(format!("zip: {e}"));
    for (path, bytes) in files {
        out.start_file(format!("course-content/{path}"), options)
            .map_err(|e| fail(&e))?;
        out.write_all(bytes).map_err(|e| fail(&e))?;
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

/// Reads a zip written by [`zip`] (or any zip of a `course-content/` tree) into files
/// relative to the content root.
pub fn unzip(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>> {
    let fail = |e: &dyn std::fmt::Display| Error::ContentFile(format!("zip: {e}"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| fail(&e))?;
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| fail(&e))?;
        if file.is_dir() {
            continue;
        }
        let Some(name) = file.enclosed_name() else {
            continue;
        };
        let name = name.to_string_lossy().replace('\\', "/");
        let name = name
            .strip_prefix("course-content/")
            .unwrap_or(&name)
            .to_string();
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut buf).map_err(|e| fail(&e))?;
        out.insert(name, buf);
    }
    Ok(out)
}

/// A source of content files in memory (for checking an uploaded tree).
pub fn mem_source(files: &BTreeMap<String, Vec<u8>>) -> MemSource {
    let mut source = MemSource::new();
    for (path, bytes) in files {
        source.insert(path.clone(), bytes.clone());
    }
    source
}

#[allow(dead_code)]
fn _assert_source(s: &MemSource) -> &dyn ContentSource {
    s
}

/// A new module as typed into the "New module" form, numbers already parsed.
#[derive(Debug, Clone, Default)]
pub struct NewModule {
    /// The level's slug.
    pub level: String,
    pub slug: String,
    /// Titles and summaries by language; empty texts are left out of module.toml.
    pub titles: BTreeMap<Lang, String>,
    pub summaries: BTreeMap<Lang, String>,
    /// Learning objectives by language, one per item.
    pub objectives: BTreeMap<Lang, Vec<String>>,
    pub estimated_minutes: u32,
    pub prerequisites: Vec<String>,
    pub pass_mark: u32,
    pub max_attempts: Option<u32>,
    pub time_limit_minutes: Option<u32>,
}

/// What is wrong with a [`NewModule`]: (form field, Fluent message id), at most one per
/// field.
pub type FieldProblems = Vec<(String, &'static str)>;

/// The first lesson of a new module. Russian, because Russian is the reference every
/// translation is checked against (`academy content check`).
pub const NEW_MODULE_LESSON: &str = "01-introduction.ru.md";

/// The module's files as the form made them: module.toml (slug, order, time,
/// prerequisites, texts), the first lesson with its title line, quiz.toml with the quiz
/// settings and an empty quiz.ru.toml for the question editor.
fn new_module_files(new: &NewModule, order: i32, author_lang: Lang) -> BTreeMap<String, Vec<u8>> {
    let mut doc = TomlDoc::parse(&format!("slug = \"{}\"\norder = {order}\n", new.slug))
        .expect("a validated slug and a number are TOML");
    doc.set_number("estimated_minutes", &new.estimated_minutes.to_string());
    doc.set_str_list("prerequisites", &new.prerequisites);
    for lang in Lang::ALL {
        for (field, texts) in [("title", &new.titles), ("summary", &new.summaries)] {
            if let Some(text) = texts.get(&lang).map(|t| t.trim()).filter(|t| !t.is_empty()) {
                doc.set_text(field, lang, text);
            }
        }
        let items: Vec<String> = new
            .objectives
            .get(&lang)
            .into_iter()
            .flatten()
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty())
            .collect();
        if !items.is_empty() {
            doc.set_text_list("objectives", lang, &items);
        }
    }
    let lesson_title = [Lang::Ru, author_lang]
        .iter()
        .find_map(|l| {
            new.titles
                .get(l)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
        })
        .unwrap_or_default();
    let mut quiz = format!("pass_mark = {}\n", new.pass_mark);
    if let Some(n) = new.max_attempts {
        quiz.push_str(&format!("max_attempts = {n}\n"));
    }
    if let Some(n) = new.time_limit_minutes {
        quiz.push_str(&format!("time_limit_minutes = {n}\n"));
    }
    [
        ("module.toml".to_string(), doc.to_text().into_bytes()),
        (
            NEW_MODULE_LESSON.to_string(),
            format!("# {lesson_title}\n\n").into_bytes(),
        ),
        ("quiz.toml".to_string(), quiz.into_bytes()),
        ("quiz.ru.toml".to_string(), Vec::new()),
    ]
    .into()
}

/// The problems of a [`NewModule`] that need the database: the level exists, the slug
/// is well formed and free, the title in the author's language is there, the
/// prerequisites name modules or levels. With the level's id when it exists.
fn new_module_problems(
    c: &mut DbConnection,
    author_lang: Lang,
    new: &NewModule,
) -> Result<(Option<i64>, FieldProblems)> {
    let mut problems: FieldProblems = Vec::new();
    let level_id: Option<i64> = levels::table
        .filter(levels::slug.eq(&new.level))
        .filter(levels::active.eq(true))
        .select(levels::id)
        .first(c)
        .optional()?;
    if level_id.is_none() {
        problems.push(("level".into(), "error-new-module-level"));
    }
    if !courses::is_slug(&new.slug) || new.slug.len() > 60 {
        problems.push(("slug".into(), "error-new-module-slug-invalid"));
    } else {
        let taken: i64 = modules::table
            .filter(modules::slug.eq(&new.slug))
            .count()
            .get_result(c)?;
        if taken > 0 {
            problems.push(("slug".into(), "error-new-module-slug-taken"));
        }
    }
    if new
        .titles
        .get(&author_lang)
        .is_none_or(|t| t.trim().is_empty())
    {
        problems.push((
            format!("title.{}", author_lang.code()),
            "error-new-module-title",
        ));
    }
    if !new.prerequisites.is_empty() {
        let known: Vec<String> = modules::table
            .filter(modules::active.eq(true))
            .filter(modules::slug.eq_any(&new.prerequisites))
            .select(modules::slug)
            .load(c)?;
        let levels_known: Vec<String> = levels::table
            .filter(levels::active.eq(true))
            .filter(levels::slug.eq_any(&new.prerequisites))
            .select(levels::slug)
            .load(c)?;
        if new
            .prerequisites
            .iter()
            .any(|p| !known.contains(p) && !levels_known.contains(p))
        {
            problems.push(("prerequisites".into(), "error-new-module-prerequisite"));
        }
    }
    Ok((level_id, problems))
}

/// [`create_module`]'s checks alone, creating nothing (for a form that has other errors).
pub fn check_new_module(
    db: &Database,
    who: &Author,
    author_lang: Lang,
    new: &NewModule,
) -> Result<FieldProblems> {
    if !matches!(who.role, Role::Instructor | Role::Staff | Role::Admin) {
        return Err(Error::Forbidden);
    }
    let mut conn = db.conn()?;
    Ok(new_module_problems(&mut conn, author_lang, new)?.1)
}

/// Creates a module in the browser: a module row that learners do not see (inactive,
/// version 0) with a draft of its first files, `who` attached as its owner, and an audit
/// entry. Publishing goes through [`publish`] like any other draft. Instructors, staff
/// and admins may create; the checks that need the database (level, slug free,
/// prerequisites) come back as field problems, with nothing stored.
pub fn create_module(
    db: &Database,
    who: &Author,
    author_lang: Lang,
    new: &NewModule,
) -> Result<std::result::Result<(), FieldProblems>> {
    if !matches!(who.role, Role::Instructor | Role::Staff | Role::Admin) {
        return Err(Error::Forbidden);
    }
    let now = Utc::now().naive_utc();
    let created = db.write(|c| -> std::result::Result<_, Creating> {
        let (level_id, problems) = new_module_problems(c, author_lang, new)?;
        let Some(level_id) = level_id.filter(|_| problems.is_empty()) else {
            return Ok(Err(problems));
        };
        // After every module of the level, published or not, so two new modules never
        // share an order number.
        let last: Option<i32> = modules::table
            .filter(modules::level_id.eq(level_id))
            .select(diesel::dsl::max(modules::position))
            .first(c)?;
        let order = last.unwrap_or(0) + 1;
        let module_id: i64 = diesel::insert_into(modules::table)
            .values((
                modules::slug.eq(&new.slug),
                modules::level_id.eq(level_id),
                modules::position.eq(order),
                modules::current_version.eq(0),
                modules::active.eq(false),
                modules::created_at.eq(now),
                modules::updated_at.eq(now),
            ))
            .returning(modules::id)
            .get_result(c)
            .map_err(|e| match e {
                // Lost a race with a creation of the same slug that committed after the
                // check above had looked (PostgreSQL; SQLite writers wait their turn).
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => Creating::SlugTaken,
                other => Creating::Failed(other.into()),
            })?;
        diesel::insert_into(module_authors::table)
            .values((
                module_authors::module_id.eq(module_id),
                module_authors::user_id.eq(who.id),
                module_authors::kind.eq(Attachment::Owner.as_str()),
                module_authors::created_at.eq(now),
            ))
            .execute(c)?;
        diesel::insert_into(module_drafts::table)
            .values((
                module_drafts::module_id.eq(module_id),
                module_drafts::base_version.eq(0),
                module_drafts::created_by.eq(who.id),
                module_drafts::created_at.eq(now),
                module_drafts::updated_at.eq(now),
            ))
            .execute(c)?;
        let files = new_module_files(new, order, author_lang);
        for (path, bytes) in &files {
            diesel::insert_into(module_draft_files::table)
                .values((
                    module_draft_files::module_id.eq(module_id),
                    module_draft_files::path.eq(path),
                    module_draft_files::bytes.eq(bytes),
                    module_draft_files::updated_by.eq(who.id),
                    module_draft_files::updated_at.eq(now),
                ))
                .execute(c)?;
        }
        // Texts typed in other languages than Russian are translations of the Russian
        // ones as they are now.
        for ((field, lang), h) in translated_fields(&files) {
            upsert_translation_source(c, module_id, &field, lang, &h, now, true)?;
        }
        let dir = format!(
            "{}/{}",
            level_dir(c, level_id)?,
            new_module_dir_name(order, &new.slug)
        );
        audit::record(
            c,
            &who.actor(),
            "module.create",
            &subject(&new.slug),
            &serde_json::json!({
                "level": new.level,
                "dir": dir,
                "files": files.keys().collect::<Vec<_>>(),
            }),
        )?;
        Ok(Ok(()))
    });
    match created {
        Ok(outcome) => Ok(outcome),
        // The transaction is rolled back; the form says what the sequential case says.
        Err(Creating::SlugTaken) => Ok(Err(vec![("slug".into(), "error-new-module-slug-taken")])),
        Err(Creating::Failed(e)) => Err(e),
    }
}

/// Why [`create_module`]'s transaction ended without creating: the slug was taken
/// between the check and the insert, or anything else.
enum Creating {
    SlugTaken,
    Failed(Error),
}

impl From<Error> for Creating {
    fn from(e: Error) -> Self {
        Creating::Failed(e)
    }
}

impl From<crate::db::DbError> for Creating {
    fn from(e: crate::db::DbError) -> Self {
        Creating::Failed(e.into())
    }
}

impl From<diesel::result::Error> for Creating {
    fn from(e: diesel::result::Error) -> Self {
        Creating::Failed(e.into())
    }
}

/// The active levels a new module can go into: (slug, title in `lang`), in order.
pub fn levels_for_new_module(db: &Database, lang: Lang) -> Result<Vec<(String, String)>> {
    let catalogue = crate::catalog::catalogue(db)?;
    Ok(catalogue
        .levels
        .iter()
        .map(|l| {
            let title = l
                .level
                .title
                .best(lang)
                .map(|(_, t)| t.clone())
                .unwrap_or_else(|| l.level.slug.clone());
            (l.level.slug.clone(), title)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert!(valid_file_name("01-intro.ru.md"));
        assert!(valid_file_name("map.png"));
        assert!(!valid_file_name("../x"));
        assert!(!valid_file_name("a/b.md"));
        assert!(!valid_file_name(".hidden"));
        assert!(!valid_file_name(""));
    }

    #[test]
    fn uploaded_image_names_are_plain_and_unique() {
        let mut files = BTreeMap::new();
        let png = courses::ImageFormat::Png;
        assert_eq!(
            image_file_name("C:\\fakepath\\Office Map.PNG", png, b"a", &files),
            "office-map.png"
        );
        assert_eq!(
            image_file_name("../../etc/passwd", png, b"a", &files),
            "passwd.png"
        );
        assert_eq!(image_file_name("Карта.png", png, b"a", &files), "image.png");
        assert_eq!(
            image_file_name("photo.png", courses::ImageFormat::Jpeg, b"a", &files),
            "photo.jpg"
        );
        files.insert("map.png".to_string(), b"a".to_vec());
        assert_eq!(image_file_name("map.png", png, b"a", &files), "map.png");
        assert_eq!(image_file_name("map.png", png, b"b", &files), "map-2.png");
        for name in ["x.png", "../a b.png", ".hidden.png", ""] {
            assert!(valid_file_name(&image_file_name(name, png, b"c", &files)));
        }
    }

    #[test]
    fn translators_change_only_translations() {
        let old = b"slug = \"m\"\nestimated_minutes = 30\n[title]\nru = \"A\"\n".as_slice();
        let kk =
            b"slug = \"m\"\nestimated_minutes = 30\n[title]\nru = \"A\"\nkk = \"B\"\n".as_slice();
        let minutes = b"slug = \"m\"\nestimated_minutes = 45\n[title]\nru = \"A\"\n".as_slice();
        assert!(translator_may("module.toml", Some(old), Some(kk)));
        assert!(!translator_may("module.toml", Some(old), Some(minutes)));
        assert!(translator_may("01-a.kk.md", None, Some(b"# T")));
        assert!(!translator_may("01-a.ru.md", None, Some(b"# T")));
        assert!(translator_may("quiz.en.toml", None, Some(b"")));
        assert!(!translator_may("quiz.ru.toml", None, Some(b"")));
        assert!(!translator_may("quiz.toml", None, Some(b"")));
        assert!(!translator_may("map.png", None, Some(b"")));
    }

    #[test]
    fn diffs_show_changed_lines() {
        let a: BTreeMap<String, Vec<u8>> =
            [("a.md".to_string(), b"one\ntwo\nthree\n".to_vec())].into();
        let b: BTreeMap<String, Vec<u8>> = [
            ("a.md".to_string(), b"one\n2\nthree\n".to_vec()),
            ("b.md".to_string(), b"new\n".to_vec()),
        ]
        .into();
        let d = diff_files(&a, &b);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].status, "changed");
        let signs: Vec<(&str, &str)> = d[0]
            .lines
            .iter()
            .map(|l| (l.sign, l.text.as_str()))
            .collect();
        assert_eq!(
            signs,
            vec![(" ", "one"), ("-", "two"), ("+", "2"), (" ", "three")]
        );
        assert_eq!(d[1].status, "added");
    }

    #[test]
    fn zip_round_trip() {
        let files: BTreeMap<String, Vec<u8>> = [
            ("l/level.toml".to_string(), b"x".to_vec()),
            ("l/m/module.toml".to_string(), "ы".as_bytes().to_vec()),
        ]
        .into();
        let z = zip(&files).unwrap();
        assert_eq!(unzip(&z).unwrap(), files);
        assert_eq!(
            zip(&files).unwrap(),
            z,
            "the same files make the same archive"
        );
    }
}
