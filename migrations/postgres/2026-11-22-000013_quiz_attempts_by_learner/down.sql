DROP INDEX quiz_attempts_user;
