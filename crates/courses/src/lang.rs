//! The Academy's eight content languages and a small per-language map.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A content language. `Ru` is the reference language every item must exist in.
///
/// The declaration order is the order of [`Lang::ALL`] and of `Ord`, so maps keyed by
/// `Lang` list languages the way the Academy presents them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Ru,
    Kk,
    Ky,
    Tg,
    Tk,
    Uz,
    Az,
    En,
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::Ru,
        Lang::Kk,
        Lang::Ky,
        Lang::Tg,
        Lang::Tk,
        Lang::Uz,
        Lang::Az,
        Lang::En,
    ];

    /// The reference language: required for every title, lesson and quiz.
    pub const REFERENCE: Lang = Lang::Ru;

    /// The lowercase ISO 639-1 code used in file names, URLs and serialized data.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::Ky => "ky",
            Lang::Tg => "tg",
            Lang::Tk => "tk",
            Lang::Uz => "uz",
            Lang::Az => "az",
            Lang::En => "en",
        }
    }

    /// Exact, case-sensitive match on the code: file names and stored values are always
    /// lowercase, and accepting `RU` here would let two spellings of one file coexist.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for language pickers.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
            Lang::Ky => "Кыргызча",
            Lang::Tg => "Тоҷикӣ",
            Lang::Tk => "Türkmençe",
            Lang::Uz => "Oʻzbekcha",
            Lang::Az => "Azərbaycanca",
            Lang::En => "English",
        }
    }

    /// The order in which content is looked up for a learner who asked for `self`:
    /// their language, then Russian (the reference), then English. No duplicates.
    pub fn fallback_chain(self) -> Vec<Lang> {
        let mut chain = vec![self];
        for l in [Lang::Ru, Lang::En] {
            if !chain.contains(&l) {
                chain.push(l);
            }
        }
        chain
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The code that failed to parse as a [`Lang`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code `{0}` (expected one of ru, kk, ky, tg, tk, uz, az, en)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        Lang::from_code(&s).ok_or_else(|| serde::de::Error::custom(UnknownLang(s.into_owned())))
    }
}

/// One value per language, for example a title. Absent languages are simply missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized<T>(BTreeMap<Lang, T>);

impl<T> Default for Localized<T> {
    fn default() -> Self {
        Localized(BTreeMap::new())
    }
}

impl<T> Localized<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, lang: Lang) -> Option<&T> {
        self.0.get(&lang)
    }

    pub fn insert(&mut self, lang: Lang, value: T) -> Option<T> {
        self.0.insert(lang, value)
    }

    pub fn contains(&self, lang: Lang) -> bool {
        self.0.contains_key(&lang)
    }

    /// The value in the first language of `lang`'s fallback chain (`lang`, ru, en) that
    /// has one, with the language actually used so the page can mark it (`lang="ru"`).
    pub fn best(&self, lang: Lang) -> Option<(Lang, &T)> {
        lang.fallback_chain()
            .into_iter()
            .find_map(|l| self.0.get(&l).map(|v| (l, v)))
    }

    /// Like [`Localized::best`] with an explicit chain, for callers with their own order.
    pub fn best_in(&self, chain: &[Lang]) -> Option<(Lang, &T)> {
        chain.iter().find_map(|l| self.0.get(l).map(|v| (*l, v)))
    }

    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.keys().copied()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.0.iter().map(|(l, v)| (*l, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn as_map(&self) -> &BTreeMap<Lang, T> {
        &self.0
    }
}

impl<T> FromIterator<(Lang, T)> for Localized<T> {
    fn from_iter<I: IntoIterator<Item = (Lang, T)>>(iter: I) -> Self {
        Localized(iter.into_iter().collect())
    }
}

impl<T> From<BTreeMap<Lang, T>> for Localized<T> {
    fn from(map: BTreeMap<Lang, T>) -> Self {
        Localized(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_order_is_fixed() {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["ru", "kk", "ky", "tg", "tk", "uz", "az", "en"]);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
            assert_eq!(l.to_string(), l.code());
        }
        assert_eq!(Lang::from_code("RU"), None);
        assert_eq!(Lang::from_code("de"), None);
        assert!("xx".parse::<Lang>().unwrap_err().to_string().contains("xx"));
    }

    #[test]
    fn native_names() {
        assert_eq!(Lang::Kk.native_name(), "Қазақша");
        assert_eq!(Lang::Tg.native_name(), "Тоҷикӣ");
        assert_eq!(Lang::Uz.native_name(), "Oʻzbekcha");
        assert_eq!(Lang::Az.native_name(), "Azərbaycanca");
    }

    #[test]
    fn serde_uses_lowercase_code() {
        assert_eq!(serde_json::to_string(&Lang::Ky).unwrap(), "\"ky\"");
        assert_eq!(serde_json::from_str::<Lang>("\"tk\"").unwrap(), Lang::Tk);
        assert!(serde_json::from_str::<Lang>("\"Tk\"").is_err());
        let map: Localized<String> = serde_json::from_str(r#"{"en":"a","ru":"b"}"#).unwrap();
        assert_eq!(map.get(Lang::En).map(String::as_str), Some("a"));
    }

    #[test]
    fn best_follows_requested_then_ru_then_en() {
        let mut t = Localized::new();
        t.insert(Lang::En, "en");
        assert_eq!(t.best(Lang::Kk), Some((Lang::En, &"en")));
        t.insert(Lang::Ru, "ru");
        assert_eq!(t.best(Lang::Kk), Some((Lang::Ru, &"ru")));
        t.insert(Lang::Kk, "kk");
        assert_eq!(t.best(Lang::Kk), Some((Lang::Kk, &"kk")));
        assert_eq!(t.best(Lang::En), Some((Lang::En, &"en")));
        assert_eq!(Localized::<u8>::new().best(Lang::Ru), None);
        assert_eq!(Lang::En.fallback_chain(), vec![Lang::En, Lang::Ru]);
    }
}
