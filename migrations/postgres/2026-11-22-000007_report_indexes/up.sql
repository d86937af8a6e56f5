-- Covering indexes for the staff reports (docs/reports.md): each report reads one
-- time range of one table and joins users, modules and levels by primary key; these
-- let the range scan answer from the index without visiting the table rows.
CREATE INDEX enrolments_report_enrolled ON enrolments (enrolled_at, user_id, module_id);
CREATE INDEX enrolments_report_completed ON enrolments (completed_at, user_id, module_id, enrolled_at);
CREATE INDEX lesson_progress_report ON lesson_progress (completed_at, enrolment_id);
CREATE INDEX quiz_attempts_report ON quiz_attempts (submitted_at, user_id, module_id, passed);
CREATE INDEX certificates_report ON certificates (issued_at, user_id, kind, subject_slug);
