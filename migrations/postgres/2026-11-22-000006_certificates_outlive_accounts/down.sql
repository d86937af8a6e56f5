DROP INDEX certificates_user;
DELETE FROM certificates WHERE user_id IS NULL;
ALTER TABLE certificates DROP CONSTRAINT certificates_user_id_fkey;
ALTER TABLE certificates ADD CONSTRAINT certificates_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE certificates ALTER COLUMN user_id SET NOT NULL;
