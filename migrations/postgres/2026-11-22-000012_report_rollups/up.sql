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
);

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
);

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
    completion_days DOUBLE PRECISION,
    -- A report reads one scope and a range of months: the key's prefix.
    -- (Not partitioned by scope: pg_restore --clean cannot drop a partition's inherited
    -- key, so `academy restore` would fail on PostgreSQL.)
    PRIMARY KEY (scope, month, user_id, unit)
);
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

-- Marks. Only changes that move a figure fire: reading positions, answers in progress
-- and last-activity times do not.
CREATE FUNCTION report_mark_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(OLD.enrolled_at, 'YYYY-MM-DD'), txid_current() WHERE OLD.enrolled_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(OLD.completed_at, 'YYYY-MM-DD'), txid_current() WHERE OLD.completed_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, txid_current() WHERE OLD.user_id IS NOT NULL ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(NEW.enrolled_at, 'YYYY-MM-DD'), txid_current() WHERE NEW.enrolled_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(NEW.completed_at, 'YYYY-MM-DD'), txid_current() WHERE NEW.completed_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, txid_current() WHERE NEW.user_id IS NOT NULL ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_enrolments_ins AFTER INSERT OR DELETE ON enrolments
    FOR EACH ROW EXECUTE FUNCTION report_mark_enrolments();
CREATE TRIGGER report_enrolments_upd AFTER UPDATE OF user_id, module_id, enrolled_at, completed_at ON enrolments
    FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.module_id IS DISTINCT FROM NEW.module_id
        OR OLD.enrolled_at IS DISTINCT FROM NEW.enrolled_at OR OLD.completed_at IS DISTINCT FROM NEW.completed_at)
    EXECUTE FUNCTION report_mark_enrolments();

CREATE FUNCTION report_mark_lessons() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.completed_at IS NOT NULL THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(OLD.completed_at, 'YYYY-MM-DD'), txid_current() WHERE OLD.completed_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(enrolled_at, 'YYYY-MM-DD'), txid_current() FROM enrolments WHERE id = OLD.enrolment_id ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, txid_current() FROM enrolments WHERE id = OLD.enrolment_id ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.completed_at IS NOT NULL THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(NEW.completed_at, 'YYYY-MM-DD'), txid_current() WHERE NEW.completed_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(enrolled_at, 'YYYY-MM-DD'), txid_current() FROM enrolments WHERE id = NEW.enrolment_id ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, txid_current() FROM enrolments WHERE id = NEW.enrolment_id ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_lessons_ins AFTER INSERT OR DELETE ON lesson_progress
    FOR EACH ROW EXECUTE FUNCTION report_mark_lessons();
CREATE TRIGGER report_lessons_upd AFTER UPDATE OF enrolment_id, lesson_slug, completed_at ON lesson_progress
    FOR EACH ROW WHEN (OLD.enrolment_id IS DISTINCT FROM NEW.enrolment_id OR OLD.lesson_slug IS DISTINCT FROM NEW.lesson_slug
        OR OLD.completed_at IS DISTINCT FROM NEW.completed_at)
    EXECUTE FUNCTION report_mark_lessons();

CREATE FUNCTION report_mark_attempts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.submitted_at IS NOT NULL THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(OLD.submitted_at, 'YYYY-MM-DD'), txid_current() WHERE OLD.submitted_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, txid_current() WHERE OLD.user_id IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(enrolled_at, 'YYYY-MM-DD'), txid_current() FROM enrolments WHERE id = OLD.enrolment_id ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, txid_current() FROM enrolments WHERE id = OLD.enrolment_id ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.submitted_at IS NOT NULL THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(NEW.submitted_at, 'YYYY-MM-DD'), txid_current() WHERE NEW.submitted_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, txid_current() WHERE NEW.user_id IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(enrolled_at, 'YYYY-MM-DD'), txid_current() FROM enrolments WHERE id = NEW.enrolment_id ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT user_id, txid_current() FROM enrolments WHERE id = NEW.enrolment_id ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_attempts_ins AFTER INSERT OR DELETE ON quiz_attempts
    FOR EACH ROW EXECUTE FUNCTION report_mark_attempts();
CREATE TRIGGER report_attempts_upd AFTER UPDATE OF enrolment_id, user_id, module_id, submitted_at, passed ON quiz_attempts
    FOR EACH ROW WHEN (OLD.enrolment_id IS DISTINCT FROM NEW.enrolment_id OR OLD.user_id IS DISTINCT FROM NEW.user_id
        OR OLD.module_id IS DISTINCT FROM NEW.module_id OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
        OR OLD.passed IS DISTINCT FROM NEW.passed)
    EXECUTE FUNCTION report_mark_attempts();

CREATE FUNCTION report_mark_certificates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(OLD.issued_at, 'YYYY-MM-DD'), txid_current() WHERE OLD.issued_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT OLD.user_id, txid_current() WHERE OLD.user_id IS NOT NULL ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_dirty_days (day, tx) SELECT to_char(NEW.issued_at, 'YYYY-MM-DD'), txid_current() WHERE NEW.issued_at IS NOT NULL ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty_users (user_id, tx) SELECT NEW.user_id, txid_current() WHERE NEW.user_id IS NOT NULL ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_certificates_ins AFTER INSERT OR DELETE ON certificates
    FOR EACH ROW EXECUTE FUNCTION report_mark_certificates();
CREATE TRIGGER report_certificates_upd AFTER UPDATE OF user_id, kind, subject_slug, issued_at, revoked_at ON certificates
    FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.kind IS DISTINCT FROM NEW.kind
        OR OLD.subject_slug IS DISTINCT FROM NEW.subject_slug OR OLD.issued_at IS DISTINCT FROM NEW.issued_at
        OR OLD.revoked_at IS DISTINCT FROM NEW.revoked_at)
    EXECUTE FUNCTION report_mark_certificates();

-- A learner's profile moves all their figures to other rows.
CREATE FUNCTION report_mark_profile() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_dirty_users (user_id, tx) VALUES (NEW.id, txid_current()) ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx)
        SELECT to_char(enrolled_at, 'YYYY-MM-DD'), txid_current() FROM enrolments WHERE user_id = NEW.id
        UNION SELECT to_char(completed_at, 'YYYY-MM-DD'), txid_current() FROM enrolments WHERE user_id = NEW.id AND completed_at IS NOT NULL
        UNION SELECT to_char(lp.completed_at, 'YYYY-MM-DD'), txid_current() FROM lesson_progress lp JOIN enrolments e ON e.id = lp.enrolment_id
            WHERE e.user_id = NEW.id AND lp.completed_at IS NOT NULL
        UNION SELECT to_char(submitted_at, 'YYYY-MM-DD'), txid_current() FROM quiz_attempts WHERE user_id = NEW.id AND submitted_at IS NOT NULL
        UNION SELECT to_char(issued_at, 'YYYY-MM-DD'), txid_current() FROM certificates WHERE user_id = NEW.id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER report_users_profile AFTER UPDATE OF country, language, gender, org_type ON users
    FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country OR OLD.language IS DISTINCT FROM NEW.language
        OR OLD.gender IS DISTINCT FROM NEW.gender OR OLD.org_type IS DISTINCT FROM NEW.org_type)
    EXECUTE FUNCTION report_mark_profile();

-- A module moved to another level: the per-level learner rows of its learners change
-- (the daily and funnel rows keep the module and find its level when read).
CREATE FUNCTION report_mark_module() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_dirty_users (user_id, tx)
        SELECT user_id, txid_current() FROM enrolments WHERE module_id = NEW.id
        UNION SELECT user_id, txid_current() FROM certificates
            WHERE kind = 'module' AND subject_slug IN (OLD.slug, NEW.slug) AND user_id IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO report_dirty_days (day, tx)
        SELECT DISTINCT to_char(issued_at, 'YYYY-MM-DD'), txid_current() FROM certificates
            WHERE kind = 'module' AND subject_slug IN (OLD.slug, NEW.slug)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER report_modules_level AFTER UPDATE OF level_id, slug ON modules
    FOR EACH ROW WHEN (OLD.level_id IS DISTINCT FROM NEW.level_id OR OLD.slug IS DISTINCT FROM NEW.slug)
    EXECUTE FUNCTION report_mark_module();

-- Everything already there is to be counted: the first report (or academy demo seed)
-- builds the rollups.
INSERT INTO report_dirty_users (user_id, tx) SELECT id, 0 FROM users;
INSERT INTO report_dirty_days (day, tx)
    SELECT to_char(enrolled_at, 'YYYY-MM-DD'), 0 FROM enrolments
    UNION SELECT to_char(completed_at, 'YYYY-MM-DD'), 0 FROM enrolments WHERE completed_at IS NOT NULL
    UNION SELECT to_char(completed_at, 'YYYY-MM-DD'), 0 FROM lesson_progress WHERE completed_at IS NOT NULL
    UNION SELECT to_char(submitted_at, 'YYYY-MM-DD'), 0 FROM quiz_attempts WHERE submitted_at IS NOT NULL
    UNION SELECT to_char(issued_at, 'YYYY-MM-DD'), 0 FROM certificates;
