-- Every backup `academy backup` took, for the admin status page ("last backup").
CREATE TABLE backups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    taken_at TIMESTAMP NOT NULL,
    -- 'sqlite-vacuum-into' or 'pg_dump'.
    method TEXT NOT NULL,
    -- Where the operator put it (a path on the machine that ran the command).
    destination TEXT NOT NULL,
    size_bytes BIGINT NOT NULL
);
