-- Pre-aggregated report data (docs/reports.md, "Speed"). Derived from the raw tables
-- only; triggers below mark what a write changes (days, learners) and every report
-- first recomputes the marked parts (enrollment::reports::rollup::refresh), so a
-- report never reads a stale figure. Profile fields are the learner's current ones.

-- Additive counts per day (of the counted event), module and profile. module_id 0: no
-- module (a level certificate); level_id: 0 = the module's level, else the level of a
-- level certificate.
CREATE TABLE report_daily (
    day TEXT NOT NULL,
    module_id BIGINT NOT NULL,
    level_id BIGINT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    gender TEXT NOT NULL,
    org_type TEXT NOT NULL,
    enrolments BIGINT NOT NULL,
    lessons BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    passes BIGINT NOT NULL,
    completions BIGINT NOT NULL,
    module_certificates BIGINT NOT NULL,
    level_certificates BIGINT NOT NULL,
    PRIMARY KEY (day, module_id, level_id, country, language, gender, org_type)
) WITHOUT ROWID;

-- The lesson funnel: per day of enrolment, module and profile, how many enrolments
-- reached each stage ('enrolled', 'lesson:<slug>', 'quiz-passed', 'completed'). An
-- enrolment is one learner in one module, so these add up.
CREATE TABLE report_funnel (
    module_id BIGINT NOT NULL,
    day TEXT NOT NULL,
    stage TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    gender TEXT NOT NULL,
    org_type TEXT NOT NULL,
    learners BIGINT NOT NULL,
    PRIMARY KEY (module_id, day, stage, country, language, gender, org_type)
) WITHOUT ROWID;

-- Distinct learners: one row per learner, scope (0 everything, 1 a level, 2 a module,
-- 3 certificates by module with level certificates together under no module), unit
-- (0, the level id, the module id; -level id for a level certificate in scope 2) and
-- month 'YYYY-MM' with any event. Per measure: the days of the month with an event
-- (bit d-1 for day d), the previous month with such an event and its days. A learner
-- counts once in a period, in the first row whose days meet the period and whose
-- previous month does not (see rollup.rs): a plain sum, no DISTINCT.
CREATE TABLE report_learner_months (
    scope SMALLINT NOT NULL,
    month TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    unit BIGINT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    gender TEXT NOT NULL,
    org_type TEXT NOT NULL,
    enrol_days INTEGER NOT NULL DEFAULT 0,
    enrol_prev TEXT,
    enrol_prev_days INTEGER NOT NULL DEFAULT 0,
    active_days INTEGER NOT NULL DEFAULT 0,
    active_prev TEXT,
    active_prev_days INTEGER NOT NULL DEFAULT 0,
    lesson_days INTEGER NOT NULL DEFAULT 0,
    lesson_prev TEXT,
    lesson_prev_days INTEGER NOT NULL DEFAULT 0,
    attempt_days INTEGER NOT NULL DEFAULT 0,
    attempt_prev TEXT,
    attempt_prev_days INTEGER NOT NULL DEFAULT 0,
    complete_days INTEGER NOT NULL DEFAULT 0,
    complete_prev TEXT,
    complete_prev_days INTEGER NOT NULL DEFAULT 0,
    cert_days INTEGER NOT NULL DEFAULT 0,
    cert_prev TEXT,
    cert_prev_days INTEGER NOT NULL DEFAULT 0,
    certm_days INTEGER NOT NULL DEFAULT 0,
    certm_prev TEXT,
    certm_prev_days INTEGER NOT NULL DEFAULT 0,
    certl_days INTEGER NOT NULL DEFAULT 0,
    certl_prev TEXT,
    certl_prev_days INTEGER NOT NULL DEFAULT 0,
    -- Scope 2, in the month the module was completed: days from enrolment to completion.
    completion_days REAL,
    PRIMARY KEY (scope, month, user_id, unit)
) WITHOUT ROWID;
CREATE INDEX report_learner_months_user ON report_learner_months (user_id);

-- What changed since the rollups were last brought up to date. tx: the writing
-- transaction (PostgreSQL), so a refresh never takes a mark whose data it cannot see
-- yet; 0 on SQLite, where writes are serial.
CREATE TABLE report_dirty_days (
    day TEXT NOT NULL,
    tx BIGINT NOT NULL,
    PRIMARY KEY (day, tx)
);
CREATE TABLE report_dirty_users (
    user_id BIGINT NOT NULL,
    tx BIGINT NOT NULL,
    PRIMARY KEY (user_id, tx)
);

-- Marks. (ON CONFLICT DO NOTHING, not INSERT OR IGNORE: inside a trigger run by a
-- foreign-key cascade SQLite replaces OR IGNORE with ABORT.) Only changes that move a
-- figure fire: reading positions, answers in progress
-- and last-activity times do not.
CREATE TRIGGER report_enrolments_ins AFTER INSERT ON enrolments BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.enrolled_at, 1, 10), 0 WHERE NEW.enrolled_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.completed_at, 1, 10), 0 WHERE NEW.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, 0 WHERE NEW.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_enrolments_upd AFTER UPDATE OF user_id, module_id, enrolled_at, completed_at ON enrolments
WHEN OLD.user_id IS NOT NEW.user_id OR OLD.module_id IS NOT NEW.module_id
    OR OLD.enrolled_at IS NOT NEW.enrolled_at OR OLD.completed_at IS NOT NEW.completed_at BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.enrolled_at, 1, 10), 0 WHERE OLD.enrolled_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.completed_at, 1, 10), 0 WHERE OLD.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, 0 WHERE OLD.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.enrolled_at, 1, 10), 0 WHERE NEW.enrolled_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.completed_at, 1, 10), 0 WHERE NEW.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, 0 WHERE NEW.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_enrolments_del AFTER DELETE ON enrolments BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.enrolled_at, 1, 10), 0 WHERE OLD.enrolled_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.completed_at, 1, 10), 0 WHERE OLD.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, 0 WHERE OLD.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER report_lessons_ins AFTER INSERT ON lesson_progress WHEN NEW.completed_at IS NOT NULL BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.completed_at, 1, 10), 0 WHERE NEW.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_lessons_upd AFTER UPDATE OF enrolment_id, lesson_slug, completed_at ON lesson_progress
WHEN OLD.enrolment_id IS NOT NEW.enrolment_id OR OLD.lesson_slug IS NOT NEW.lesson_slug
    OR OLD.completed_at IS NOT NEW.completed_at BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.completed_at, 1, 10), 0 WHERE OLD.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.completed_at, 1, 10), 0 WHERE NEW.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_lessons_del AFTER DELETE ON lesson_progress WHEN OLD.completed_at IS NOT NULL BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.completed_at, 1, 10), 0 WHERE OLD.completed_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER report_attempts_ins AFTER INSERT ON quiz_attempts WHEN NEW.submitted_at IS NOT NULL BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.submitted_at, 1, 10), 0 WHERE NEW.submitted_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, 0 WHERE NEW.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_attempts_upd AFTER UPDATE OF enrolment_id, user_id, module_id, submitted_at, passed ON quiz_attempts
WHEN OLD.enrolment_id IS NOT NEW.enrolment_id OR OLD.user_id IS NOT NEW.user_id
    OR OLD.module_id IS NOT NEW.module_id OR OLD.submitted_at IS NOT NEW.submitted_at
    OR OLD.passed IS NOT NEW.passed BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.submitted_at, 1, 10), 0 WHERE OLD.submitted_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, 0 WHERE OLD.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.submitted_at, 1, 10), 0 WHERE NEW.submitted_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, 0 WHERE NEW.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = NEW.enrolment_id
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_attempts_del AFTER DELETE ON quiz_attempts WHEN OLD.submitted_at IS NOT NULL BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.submitted_at, 1, 10), 0 WHERE OLD.submitted_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, 0 WHERE OLD.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, 0 FROM enrolments WHERE id = OLD.enrolment_id
        ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER report_certificates_ins AFTER INSERT ON certificates BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.issued_at, 1, 10), 0 WHERE NEW.issued_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, 0 WHERE NEW.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_certificates_upd AFTER UPDATE OF user_id, kind, subject_slug, issued_at, revoked_at ON certificates
WHEN OLD.user_id IS NOT NEW.user_id OR OLD.kind IS NOT NEW.kind OR OLD.subject_slug IS NOT NEW.subject_slug
    OR OLD.issued_at IS NOT NEW.issued_at OR OLD.revoked_at IS NOT NEW.revoked_at BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.issued_at, 1, 10), 0 WHERE OLD.issued_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, 0 WHERE OLD.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx) SELECT substr(NEW.issued_at, 1, 10), 0 WHERE NEW.issued_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, 0 WHERE NEW.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER report_certificates_del AFTER DELETE ON certificates BEGIN
    INSERT INTO report_dirty_days (day, tx) SELECT substr(OLD.issued_at, 1, 10), 0 WHERE OLD.issued_at IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, 0 WHERE OLD.user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
END;

-- A learner's profile moves all their figures to other rows.
CREATE TRIGGER report_users_profile AFTER UPDATE OF country, language, gender, org_type ON users
WHEN OLD.country IS NOT NEW.country OR OLD.language IS NOT NEW.language
    OR OLD.gender IS NOT NEW.gender OR OLD.org_type IS NOT NEW.org_type BEGIN
    INSERT INTO report_dirty_users (user_id, tx) VALUES (NEW.id, 0)
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx)
        SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments WHERE user_id = NEW.id
        UNION SELECT substr(completed_at, 1, 10), 0 FROM enrolments WHERE user_id = NEW.id AND completed_at IS NOT NULL
        UNION SELECT substr(lp.completed_at, 1, 10), 0 FROM lesson_progress lp JOIN enrolments e ON e.id = lp.enrolment_id
            WHERE e.user_id = NEW.id AND lp.completed_at IS NOT NULL
        UNION SELECT substr(submitted_at, 1, 10), 0 FROM quiz_attempts WHERE user_id = NEW.id AND submitted_at IS NOT NULL
        UNION SELECT substr(issued_at, 1, 10), 0 FROM certificates WHERE user_id = NEW.id
        ON CONFLICT DO NOTHING;
END;

-- A module moved to another level: the per-level learner rows of its learners change
-- (the daily and funnel rows keep the module and find its level when read).
CREATE TRIGGER report_modules_level AFTER UPDATE OF level_id, slug ON modules
WHEN OLD.level_id IS NOT NEW.level_id OR OLD.slug IS NOT NEW.slug BEGIN
    INSERT INTO report_dirty_users (user_id, tx)
        SELECT user_id, 0 FROM enrolments WHERE module_id = NEW.id
        UNION SELECT user_id, 0 FROM certificates
            WHERE kind = 'module' AND subject_slug IN (OLD.slug, NEW.slug) AND user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx)
        SELECT substr(issued_at, 1, 10), 0 FROM certificates
            WHERE kind = 'module' AND subject_slug IN (OLD.slug, NEW.slug)
        ON CONFLICT DO NOTHING;
END;

-- Everything already there is to be counted: the first report (or academy demo seed)
-- builds the rollups.
INSERT OR IGNORE INTO report_dirty_users (user_id, tx) SELECT id, 0 FROM users;
INSERT OR IGNORE INTO report_dirty_days (day, tx)
    SELECT substr(enrolled_at, 1, 10), 0 FROM enrolments
    UNION SELECT substr(completed_at, 1, 10), 0 FROM enrolments WHERE completed_at IS NOT NULL
    UNION SELECT substr(completed_at, 1, 10), 0 FROM lesson_progress WHERE completed_at IS NOT NULL
    UNION SELECT substr(submitted_at, 1, 10), 0 FROM quiz_attempts WHERE submitted_at IS NOT NULL
    UNION SELECT substr(issued_at, 1, 10), 0 FROM certificates;
