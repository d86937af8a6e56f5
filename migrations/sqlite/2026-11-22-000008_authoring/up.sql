-- Authoring in the browser (docs/authoring.md).
-- The source files (course-content format) of every module version and level, so a
-- version can be exported, edited as a draft, diffed and rolled back exactly.
CREATE TABLE module_version_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_version_id BIGINT NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
    -- Relative to the module directory, '/'-separated: 'module.toml', '01-intro.ru.md'.
    path TEXT NOT NULL,
    bytes BLOB NOT NULL,
    UNIQUE (module_version_id, path)
);

CREATE TABLE level_sources (
    level_id BIGINT PRIMARY KEY REFERENCES levels (id) ON DELETE CASCADE,
    -- level.toml as written.
    bytes BLOB NOT NULL
);

-- Who may edit a module besides staff and admins: its owner and assigned instructors
-- or translators.
CREATE TABLE module_authors (
    module_id BIGINT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('owner', 'assigned')),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (module_id, user_id)
);

-- A module's unpublished edits: the whole module directory as files, one row per
-- file, each saved on its own (a dropped connection loses at most one field).
CREATE TABLE module_drafts (
    module_id BIGINT PRIMARY KEY REFERENCES modules (id) ON DELETE CASCADE,
    -- The published version the draft started from.
    base_version INTEGER NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE module_draft_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_id BIGINT NOT NULL REFERENCES module_drafts (module_id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    bytes BLOB NOT NULL,
    updated_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (module_id, path)
);

-- For each translated field, a hash of the Russian source text it was translated
-- from: a translation is outdated when the source's hash no longer matches.
CREATE TABLE translation_sources (
    module_id BIGINT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    -- 'title', 'summary', 'objectives', 'lesson:<slug>', 'quiz'.
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (module_id, field, lang)
);
CREATE INDEX module_authors_user ON module_authors (user_id);
