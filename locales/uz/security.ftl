## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Urinishlar juda koʻp. Biroz kuting va qaytadan urinib koʻring — 15 daqiqadan oshmaydi.
