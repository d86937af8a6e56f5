DELETE FROM certificates WHERE user_id IS NULL;
CREATE TABLE certificates_old (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('module', 'level')),
    subject_slug TEXT NOT NULL,
    holder_name TEXT NOT NULL,
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    key_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoke_reason TEXT,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (user_id, kind, subject_slug)
);
INSERT INTO certificates_old SELECT id, user_id, kind, subject_slug, holder_name, title,
    lang, completed_on, key_id, payload, issued_at, revoked_at, revoke_reason, hidden
    FROM certificates;
DROP INDEX certificates_user;
DROP INDEX certificates_issued_at;
DROP TABLE certificates;
ALTER TABLE certificates_old RENAME TO certificates;
CREATE INDEX certificates_issued_at ON certificates (issued_at);
