## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Аракеттер өтө көп. Бир аз күтүп, кайра аракет кылыңыз — 15 мүнөттөн ашпайт.
