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

    /// OWASP Password Storage Cheat Sheet: Argon2id with at least m = 19 MiB, t = 2,
    /// p = 1. Read from the stored PHC string, so it holds for what is really stored.
    #[test]
    fn argon2id_parameters_meet_the_owasp_minimum() {
        let stored = hash("correct horse battery").unwrap();
        let parsed = PasswordHash::new(&stored).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        let param = |name: &str| -> u32 {
            let (_, rest) = stored
                .split_once(&format!("{name}="))
                .unwrap_or_else(|| panic!("no {name} in {stored}"));
            rest.split([',', '$']).next().unwrap().parse().unwrap()
        };
        assert!(param("m") >= 19 * 1024, "{stored}");
        assert!(param("t") >= 2, "{stored}");
        assert!(param("p") >= 1, "{stored}");
        assert!(stored.contains("$v=19$"), "Argon2 version 1.3: {stored}");
    }

    #[test]
    fn length_limits() {
        assert!(matches!(hash("short"), Err(Error::WeakPassword)));
        assert!(matches!(hash(&"x".repeat(300)), Err(Error::WeakPassword)));
        assert_eq!(generate().len(), 20);
    }
}
