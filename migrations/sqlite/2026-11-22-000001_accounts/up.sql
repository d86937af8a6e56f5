-- Accounts. Emails are stored lower-cased so uniqueness is case-insensitive.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    certificate_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'learner'
        CHECK (role IN ('learner', 'instructor', 'translator', 'staff', 'admin')),
    language TEXT NOT NULL DEFAULT 'ru',
    country TEXT NOT NULL DEFAULT 'other',
    gender TEXT,
    org_type TEXT,
    org_name TEXT,
    wants_accommodations BOOLEAN NOT NULL DEFAULT 0,
    email_verified_at TIMESTAMP,
    must_change_password BOOLEAN NOT NULL DEFAULT 0,
    -- Bumped on password change and sign-out-everywhere: sessions carry the epoch
    -- they were issued at and die when it no longer matches.
    session_epoch INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX users_role ON users (role);
