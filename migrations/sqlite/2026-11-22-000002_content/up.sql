-- Imported course content. A module's content is versioned: every change imported makes a
-- new module_versions row; learners and attempts point at the version they used.
CREATE TABLE levels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    -- JSON: the level as the engine models it, modules left out.
    data TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE modules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    level_id INTEGER NOT NULL REFERENCES levels (id),
    position INTEGER NOT NULL,
    current_version INTEGER NOT NULL,
    -- False once the module has left the content tree; kept for learners' history.
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX modules_level ON modules (level_id, position);

CREATE TABLE module_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_id INTEGER NOT NULL REFERENCES modules (id),
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    -- JSON: the whole module as the engine models it (lessons' Markdown, quiz with key).
    data TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (module_id, version)
);

-- Lesson HTML rendered and sanitized once, at import, per language.
CREATE TABLE lesson_pages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_version_id INTEGER NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
    lesson_slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    html TEXT NOT NULL,
    UNIQUE (module_version_id, lesson_slug, lang)
);

CREATE TABLE module_images (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_version_id INTEGER NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    UNIQUE (module_version_id, file_name)
);
