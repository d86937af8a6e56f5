//! Slugs: the `[a-z0-9-]` names of levels, modules, lessons and questions.

/// Non-empty, only `a-z`, `0-9` and `-`, not starting or ending with `-`, no `--`:
/// slugs end up in URLs and ids where such edges only cause confusion.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Makes a slug from free text (a GIFT title, a heading): ASCII letters and digits are
/// kept, everything else separates words. Returns an empty string when nothing is left.
pub fn slugify_ascii(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("civil-society-101"));
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "а"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert_eq!(slugify_ascii("  Kanji Origins!! 2 "), "kanji-origins-2");
        assert_eq!(slugify_ascii("Миссия"), "");
    }
}
