use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::Lang;

/// Browsers send a handful of languages; anything past this is ignored rather than parsed,
/// so a hostile header costs nothing.
const MAX_RANGES: usize = 32;

/// The best of the Academy's languages for an `Accept-Language` header, or `None` when
/// nothing in it matches (the caller then uses the user's stored choice or Russian).
///
/// Quality values are honoured (`ru;q=0.5, kk` picks Kazakh; `q=0` excludes). Regions and
/// scripts are matched loosely: `kk-KZ` → kk, `az-Latn-AZ` → az, `en-GB` → en, and
/// `uz-Cyrl` → uz because the Academy's Uzbek is the only Uzbek it has (Latin script).
pub fn negotiate_accept_language(header: &str) -> Option<Lang> {
    // fluent-langneg 0.13's own header parser ignores `q=`, so ranges are ordered here.
    let mut ranges: Vec<(f32, usize, LanguageIdentifier)> = header
        .split(',')
        .take(MAX_RANGES)
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let mut quality = 1.0_f32;
            for param in parts {
                let (key, value) = param.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    quality = value
                        .trim()
                        .parse()
                        .ok()
                        .filter(|q: &f32| (0.0..=1.0).contains(q))?;
                }
            }
            if quality <= 0.0 {
                return None;
            }
            let langid: LanguageIdentifier = tag.parse().ok()?;
            Some((quality, position, langid))
        })
        .collect();
    // Higher quality first; equal qualities keep the header's order.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let requested: Vec<LanguageIdentifier> = ranges.into_iter().map(|(_, _, id)| id).collect();

    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .map(|l| {
            l.code()
                .parse()
                .expect("every Lang code is a valid language identifier")
        })
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|id| Lang::from_code(id.language.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_and_scripts_map_to_the_language() {
        let cases = [
            ("kk-KZ", Some(Lang::Kk)),
            ("uz-Cyrl", Some(Lang::Uz)),
            ("uz-Cyrl-UZ", Some(Lang::Uz)),
            ("ru-RU", Some(Lang::Ru)),
            ("en-GB", Some(Lang::En)),
            ("tk-TM", Some(Lang::Tk)),
            ("az-Latn-AZ", Some(Lang::Az)),
            ("ky-KG", Some(Lang::Ky)),
            ("tg-TJ", Some(Lang::Tg)),
            ("TG", Some(Lang::Tg)),
            ("en", Some(Lang::En)),
        ];
        for (header, expected) in cases {
            assert_eq!(negotiate_accept_language(header), expected, "{header}");
        }
    }

    #[test]
    fn quality_values_are_honoured() {
        assert_eq!(negotiate_accept_language("ru;q=0.5, kk"), Some(Lang::Kk));
        assert_eq!(
            negotiate_accept_language("de-DE,de;q=0.9,en-US;q=0.7,ru;q=0.8"),
            Some(Lang::Ru)
        );
        assert_eq!(
            negotiate_accept_language("az;q=0, tr, en;q=0.1"),
            Some(Lang::En)
        );
        assert_eq!(negotiate_accept_language("ky, tg"), Some(Lang::Ky));
        assert_eq!(
            negotiate_accept_language("tg;q=0.9, ky;q=0.9"),
            Some(Lang::Tg)
        );
    }

    #[test]
    fn nothing_matching_is_none() {
        for header in [
            "",
            "*",
            "de-DE, fr;q=0.8",
            "tr-TR",
            "fa",
            ";;;,,,",
            "ru;q=abc",
            "ru;q=2",
            "en;q=0",
            "x-klingon",
        ] {
            assert_eq!(negotiate_accept_language(header), None, "{header:?}");
        }
    }

    #[test]
    fn long_headers_are_cut() {
        let mut header = "de, ".repeat(40);
        header.push_str("ru");
        assert_eq!(negotiate_accept_language(&header), None);
    }
}
