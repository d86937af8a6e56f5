## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Cəhdlər həddindən artıq çoxdur. Bir az gözləyin və yenidən cəhd edin — 15 dəqiqədən çox deyil.
