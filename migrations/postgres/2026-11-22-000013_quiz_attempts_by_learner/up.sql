-- A learner's own attempts (the dashboard's passed quizzes, the quiz page, the report
-- rollups' per-learner refresh, the data export) were found by scanning every attempt:
-- the table had indexes by enrolment and by submission time only. The dashboard took
-- 665 ms at 500,000 attempts (docs/benchmarks.md).
CREATE INDEX quiz_attempts_user ON quiz_attempts (user_id, module_id, passed);
