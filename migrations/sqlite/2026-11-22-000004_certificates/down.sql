DROP INDEX certificates_issued_at;
DROP TABLE certificates;
