DROP INDEX certificates_report;
DROP INDEX quiz_attempts_report;
DROP INDEX lesson_progress_report;
DROP INDEX enrolments_report_completed;
DROP INDEX enrolments_report_enrolled;
