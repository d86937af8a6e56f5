## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Too many attempts. Wait a little and try again — at most 15 minutes.
