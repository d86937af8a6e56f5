## Brute-force limits on signing in and password-reset requests.

error-too-many-attempts = Synanyşyk gaty köp. Biraz garaşyň we täzeden synanyşyň — 15 minutdan köp däl.
