//! Password hashing with Argon2id at the crate's defaults (m = 19 MiB, t = 2, p = 1),
//! which meet OWASP's minimum recommendation.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use rand::distributions::Alphanumeric;
use rand::Rng;

use crate::error::{Error, Result};

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 256;

pub fn hash(password: &str) -> Result<String> {
    let len = password.chars().count();
    if !(MIN_LEN..=MAX_LEN).contains(&len) {
        return Err(Error::WeakPassword);
    }
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::Hashing(e.to_string()))
}

pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// A random password for accounts created by an operator (printed once).
pub fn generate() -> String {
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(20)
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_verifies_and_rejects() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify("correct horse battery", &h));
        assert!(!verify("wrong horse battery", &h));
        assert!(!verify("anything", "not a phc string"));
    }

    #[test]
    fn length_limits() {
        assert!(matches!(hash("short"), Err(Error::WeakPassword)));
        assert!(matches!(hash(&"x".repeat(300)), Err(Error::WeakPassword)));
        assert_eq!(generate().len(), 20);
    }
}
