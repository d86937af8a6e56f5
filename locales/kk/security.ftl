## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Әрекеттер тым көп. Біраз күтіп, қайталап көріңіз — 15 минуттан аспайды.
