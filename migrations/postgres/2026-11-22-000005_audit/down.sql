DROP INDEX audit_log_subject;
DROP INDEX audit_log_at;
DROP TABLE audit_log;
