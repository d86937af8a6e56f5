-- Certificates issued to learners. The id is the certificate's public id (26 base32
-- letters); the payload is the signed CSOA1 text, so a record can be re-verified and
-- re-printed exactly. One certificate per learner, kind and subject: issuing is
-- idempotent.
CREATE TABLE certificates (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('module', 'level')),
    subject_slug TEXT NOT NULL,
    holder_name TEXT NOT NULL,
    title TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- The completion date, YYYY-MM-DD.
    completed_on TEXT NOT NULL,
    key_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoke_reason TEXT,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (user_id, kind, subject_slug)
);
CREATE INDEX certificates_issued_at ON certificates (issued_at);
