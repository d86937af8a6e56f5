-- Secrets every instance must share (the session cookie key, API signing keys), created
-- by whichever instance starts first.
CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- One-time links sent by email: verify an address, reset a password, confirm a new
-- address. Only a hash of the token is stored.
CREATE TABLE email_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset', 'change')),
    token_hash TEXT NOT NULL UNIQUE,
    new_email TEXT,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

-- Emails to send. Written in the same transaction as what caused them; any instance
-- drains it. The message is rendered at send time in the recipient's language.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    lang TEXT NOT NULL,
    params TEXT NOT NULL,
    attachment_name TEXT,
    attachment BLOB,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- A learner taking a module, pinned to the module version they started.
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES modules (id),
    module_version INTEGER NOT NULL,
    enrolled_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    last_lesson_slug TEXT,
    last_activity_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, module_id)
);
CREATE INDEX enrolments_module ON enrolments (module_id, enrolled_at);
CREATE INDEX enrolments_enrolled_at ON enrolments (enrolled_at);

CREATE TABLE lesson_progress (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    lesson_slug TEXT NOT NULL,
    -- How far the learner has read, 0..100; restored when they come back.
    position INTEGER NOT NULL DEFAULT 0,
    completed_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (enrolment_id, lesson_slug)
);
CREATE INDEX lesson_progress_completed ON lesson_progress (completed_at);

-- Offline clients send events with their own ids; applying one twice changes nothing.
CREATE TABLE sync_events (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_event_id TEXT NOT NULL,
    applied_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, client_event_id)
);

CREATE TABLE quiz_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Unguessable id used in URLs.
    public_id TEXT NOT NULL UNIQUE,
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES modules (id),
    module_version INTEGER NOT NULL,
    attempt_no INTEGER NOT NULL,
    lang TEXT NOT NULL,
    seed BIGINT NOT NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    started_at TIMESTAMP NOT NULL,
    deadline_at TIMESTAMP,
    submitted_at TIMESTAMP,
    score_percent REAL,
    passed BOOLEAN,
    result TEXT,
    UNIQUE (enrolment_id, attempt_no)
);
CREATE INDEX quiz_attempts_submitted ON quiz_attempts (submitted_at);

-- API refresh tokens, stored hashed; each use replaces the token (rotation), and reuse
-- of a replaced token revokes its whole family.
CREATE TABLE api_refresh_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    family TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX api_refresh_tokens_family ON api_refresh_tokens (family);
