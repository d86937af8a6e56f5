-- Failed sign-ins and password-reset requests per account, shared by every instance.
-- `subject` is a keyed SHA-256 of the normalized email address (the same for addresses
-- with and without an account, so the limit reveals nothing); never the address itself.
-- Client addresses are never stored: their limit lives in each instance's memory.
CREATE TABLE auth_throttle (
    scope TEXT NOT NULL,
    subject TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    last_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP,
    PRIMARY KEY (scope, subject)
);
CREATE INDEX auth_throttle_last_at ON auth_throttle (last_at);

-- Sessions ended by signing out. The session lives in the learner's cookie, so a copy
-- of that cookie would otherwise stay valid until its timeout; the SHA-256 of its
-- random session id is kept here until then (`expires_at`), and every request checks it.
CREATE TABLE revoked_sessions (
    sid_hash TEXT PRIMARY KEY,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX revoked_sessions_expires_at ON revoked_sessions (expires_at);
