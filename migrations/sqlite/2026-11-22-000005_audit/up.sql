-- Who did what, when: staff, instructor and admin actions that change content,
-- certificates or accounts, and every use of a personal-data export. Append-only.
-- actor_id survives the actor's deletion as NULL; actor_label keeps a readable name.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TIMESTAMP NOT NULL,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    actor_label TEXT NOT NULL,
    -- A stable action key, e.g. 'certificate.revoke', 'module.publish'.
    action TEXT NOT NULL,
    -- What the action was about, e.g. 'certificate:ABC…', 'module:intro-to-ngos'.
    subject TEXT NOT NULL,
    -- Free-form details as JSON text (a reason, a version number, filter used).
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_subject ON audit_log (subject);
