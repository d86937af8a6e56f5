## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Слишком много попыток. Подождите немного и попробуйте снова — не больше 15 минут.
