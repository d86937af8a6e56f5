//! Normalisation of learners' typed answers.

use unicode_normalization::UnicodeNormalization;

/// The canonical form compared for `short_text` answers: NFKC, lowercase, spaces trimmed
/// and collapsed, `ё`→`е`, every apostrophe-like mark → `'`, and Cyrillic letters that
/// look like Latin ones mapped to the Latin letter. Learners type on whatever keyboard
/// layout is active, so "сase" typed with a Cyrillic `с` must still match.
pub fn normalize_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for ch in s.nfkc().flat_map(char::to_lowercase) {
        if ch.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(fold_char(ch));
    }
    out
}

fn fold_char(ch: char) -> char {
    match ch {
        'ё' => 'e',
        // Uzbek oʻ/gʻ are typed with any of these; they are one letter part to learners.
        'ʻ' | 'ʼ' | '’' | '‘' | '`' | '´' | 'ʹ' | '′' => '\'',
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'х' => 'x',
        'у' => 'y',
        'к' => 'k',
        'м' => 'm',
        'т' => 't',
        'н' => 'h',
        'в' => 'b',
        // Kazakh і is the Latin-looking dotted i.
        'і' => 'i',
        other => other,
    }
}

/// Parses a learner's number: surrounding spaces ignored, spaces (also no-break and thin)
/// allowed as thousands separators, `,` or `.` as the decimal sign (one of them, once),
/// `−` (U+2212) as minus. `None` for anything else, NaN and infinities.
pub fn parse_number(s: &str) -> Option<f64> {
    let mut cleaned = String::with_capacity(s.len());
    let mut separators = 0;
    for ch in s.trim().chars() {
        match ch {
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => {}
            ',' | '.' => {
                separators += 1;
                cleaned.push('.');
            }
            '−' => cleaned.push('-'),
            '0'..='9' | '-' | '+' | 'e' | 'E' => cleaned.push(ch),
            _ => return None,
        }
    }
    if separators > 1 || cleaned.is_empty() {
        return None;
    }
    // Rust's f64 parser accepts "inf"/"nan" words, which were filtered out above.
    let x: f64 = cleaned.parse().ok()?;
    x.is_finite().then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_normalisation() {
        assert_eq!(
            normalize_text("  Устав   Организации "),
            normalize_text("устав организации")
        );
        assert_eq!(normalize_text("ёлка"), normalize_text("елка"));
        assert_eq!(normalize_text("Oʻzbek"), normalize_text("o'zbek"));
        assert_eq!(normalize_text("O‘zbek"), normalize_text("O’zbek"));
        // "Case" typed with Cyrillic С, а, е.
        assert_eq!(normalize_text("Cаsе"), normalize_text("case"));
        assert_eq!(normalize_text("НКО"), normalize_text("HKO"));
        assert_ne!(normalize_text("устав"), normalize_text("уставы"));
        assert_eq!(normalize_text("   "), "");
        // Decomposed и + combining macron is the same Tajik letter as precomposed ӣ.
        assert_eq!(normalize_text("и\u{304}"), normalize_text("ӣ"));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("1200"), Some(1200.0));
        assert_eq!(parse_number(" 1 200 "), Some(1200.0));
        assert_eq!(parse_number("2,75"), Some(2.75));
        assert_eq!(parse_number("2.75"), Some(2.75));
        assert_eq!(parse_number("−2,5"), Some(-2.5));
        assert_eq!(parse_number("1,200.5"), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("1e3"), Some(1000.0));
    }
}
