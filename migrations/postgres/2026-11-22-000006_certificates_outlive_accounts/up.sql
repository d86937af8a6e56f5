-- A learner who deletes their account may keep their certificates verifiable (an
-- employer may still check them): the certificate row then outlives the account with
-- user_id NULL.
ALTER TABLE certificates ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE certificates DROP CONSTRAINT certificates_user_id_fkey;
ALTER TABLE certificates ADD CONSTRAINT certificates_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX certificates_user ON certificates (user_id);
