## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Кӯшишҳо хеле зиёданд. Каме сабр кунед ва бори дигар кӯшиш кунед — на бештар аз 15 дақиқа.
