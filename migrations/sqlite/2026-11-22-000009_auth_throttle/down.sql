DROP TABLE revoked_sessions;
DROP TABLE auth_throttle;
