DROP INDEX users_role;
DROP TABLE users;
