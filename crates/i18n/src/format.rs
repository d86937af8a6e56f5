//! The one place pages, emails, reports and PDFs format dates and numbers.
//!
//! Hand-written rules rather than ICU4X: ICU4X 2.4's compiled data was checked on this
//! machine (it builds in about 1.5 minutes) and gives Tajik dates as "05 Март 2026"
//! (zero-padded, capitalised, no izofa), Kazakh as "2026 ж. 5 наурыз" and Kyrgyz as
//! "2026-ж. 5-март", not the forms used in these countries' official and NGO documents.
//! Eight languages and twelve months are a small table; each form is tested below.
//!
//! Numbers follow CLDR's separators for each locale (which ICU4X also produces):
//! a no-break space for thousands and a decimal comma everywhere except Azerbaijani
//! (`1.234,5`) and English (`1,234.5`).

use chrono::{Datelike, NaiveDate};

use crate::Lang;

/// U+00A0 NO-BREAK SPACE: keeps "12 345" and "2026 г." together at a line end.
const NBSP: char = '\u{a0}';

/// A date in the long form each language writes in letters and certificates, e.g.
/// ru "5 марта 2026 г.", kk "2026 жылғы 5 наурыз", en "5 March 2026".
pub fn date(lang: Lang, date: NaiveDate) -> String {
    let year = date.year();
    let day = date.day();
    let m = date.month0() as usize;
    match lang {
        Lang::Ru => format!("{day} {} {year}{NBSP}г.", RU_GENITIVE[m]),
        Lang::Kk => format!("{year} жылғы {day} {}", KK[m]),
        Lang::Ky => format!("{year}-жылдын {day}-{}", KY_POSSESSIVE[m]),
        Lang::Tg => format!("{day} {} соли {year}", TG_IZOFA[m]),
        Lang::Tk => format!(
            "{year}-{} ýylyň {day}-{} {}",
            tk_ordinal_suffix(year.unsigned_abs()),
            tk_ordinal_suffix(day),
            TK_POSSESSIVE[m]
        ),
        Lang::Uz => format!("{year}-yil {day}-{}", UZ[m]),
        Lang::Az => format!(
            "{day} {} {year}-{} il",
            AZ[m],
            az_ordinal_suffix(year.unsigned_abs())
        ),
        Lang::En => format!("{day} {} {year}", EN[m]),
    }
}

/// The name of a month (1–12) as it stands alone, e.g. in a calendar heading:
/// ru "март", kk "наурыз", tk "mart". `None` outside 1–12.
pub fn month_name(lang: Lang, month: u32) -> Option<&'static str> {
    let m = usize::try_from(month.checked_sub(1)?).ok()?;
    let table = match lang {
        Lang::Ru => &RU_NOMINATIVE,
        Lang::Kk => &KK,
        Lang::Ky => &KY,
        Lang::Tg => &TG,
        Lang::Tk => &TK,
        Lang::Uz => &UZ,
        Lang::Az => &AZ,
        Lang::En => &EN,
    };
    table.get(m).copied()
}

// Russian months take the genitive after a day number ("5 марта").
const RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const RU_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
const KY: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
// Kyrgyz dates put the month in the 3rd-person possessive ("2026-жылдын 5-марты");
// the suffix follows the last vowel of the month name.
const KY_POSSESSIVE: [&str; 12] = [
    "январы",
    "февралы",
    "марты",
    "апрели",
    "майы",
    "июну",
    "июлу",
    "августу",
    "сентябры",
    "октябры",
    "ноябры",
    "декабры",
];
const TG: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "май",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];
// Tajik joins the month to "соли 2026" with the izofa -и ("5 марти соли 2026").
const TG_IZOFA: [&str; 12] = [
    "январи",
    "феврали",
    "марти",
    "апрели",
    "майи",
    "июни",
    "июли",
    "августи",
    "сентябри",
    "октябри",
    "ноябри",
    "декабри",
];
const TK: [&str; 12] = [
    "ýanwar",
    "fewral",
    "mart",
    "aprel",
    "maý",
    "iýun",
    "iýul",
    "awgust",
    "sentýabr",
    "oktýabr",
    "noýabr",
    "dekabr",
];
// Turkmen: "2026-njy ýylyň 5-nji marty", the month in the possessive.
const TK_POSSESSIVE: [&str; 12] = [
    "ýanwary",
    "fewraly",
    "marty",
    "apreli",
    "maýy",
    "iýuny",
    "iýuly",
    "awgusty",
    "sentýabry",
    "oktýabry",
    "noýabry",
    "dekabry",
];
const UZ: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
    "noyabr", "dekabr",
];
const AZ: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
    "noyabr", "dekabr",
];
const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The word that ends the spoken numeral decides vowel harmony of an ordinal suffix: the
/// last non-zero digit's word, or the tens word, or "hundred"/"thousand".
/// Returns which place the deciding word stands for and its digit.
fn last_spoken(n: u32) -> (u32, u32) {
    let (units, tens, hundreds) = (n % 10, (n / 10) % 10, (n / 100) % 10);
    if units != 0 {
        (1, units)
    } else if tens != 0 {
        (10, tens)
    } else if hundreds != 0 {
        (100, 0)
    } else {
        (1000, 0)
    }
}

/// Turkmen ordinal suffix after a numeral: "-nji" after a front-vowel word, "-njy" after a
/// back-vowel one (bir, iki, üç, dört, bäş, ýedi, sekiz → -nji; alty, dokuz → -njy; on,
/// otuz, kyrk, altmyş, togsan → -njy; ýigrimi, elli, ýetmiş, segsen, ýüz, müň → -nji).
fn tk_ordinal_suffix(n: u32) -> &'static str {
    let back = match last_spoken(n) {
        (1, d) => matches!(d, 6 | 9),
        (10, d) => matches!(d, 1 | 3 | 4 | 6 | 9),
        _ => false,
    };
    if back {
        "njy"
    } else {
        "nji"
    }
}

/// Azerbaijani ordinal suffix written after a numeral ("2026-cı il"): the vowel follows
/// the last vowel of the final number word (i/e/ə → ci, a/ı → cı, o/u → cu, ö/ü → cü).
fn az_ordinal_suffix(n: u32) -> &'static str {
    const UNITS: [&str; 10] = ["", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"];
    // on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan
    const TENS: [&str; 10] = ["", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"];
    match last_spoken(n) {
        (1, d) => UNITS[d as usize],
        (10, d) => TENS[d as usize],
        (100, _) => "cü", // yüz
        _ => "ci",        // min; also 0 ("sıfır") is never a year here
    }
}

/// How a language separates thousands and decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Style {
    /// `1 234,5` (no-break space, comma): ru kk ky tg tk uz.
    SpaceComma = 0,
    /// `1.234,5`: az.
    DotComma = 1,
    /// `1,234.5`: en.
    CommaDot = 2,
}

impl Style {
    pub(crate) fn from_u8(value: u8) -> Style {
        match value {
            1 => Style::DotComma,
            2 => Style::CommaDot,
            _ => Style::SpaceComma,
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Style::SpaceComma => (NBSP, ','),
            Style::DotComma => ('.', ','),
            Style::CommaDot => (',', '.'),
        }
    }
}

pub(crate) fn style(lang: Lang) -> Style {
    match lang {
        Lang::Az => Style::DotComma,
        Lang::En => Style::CommaDot,
        Lang::Ru | Lang::Kk | Lang::Ky | Lang::Tg | Lang::Tk | Lang::Uz => Style::SpaceComma,
    }
}

/// A number that [`number`] can format: the integer types and `f32`/`f64`.
pub trait Number: sealed::Sealed + Copy {}

mod sealed {
    pub enum Repr {
        /// Exact decimal digits of an integer, with a leading `-` if negative.
        Integer(String),
        Float(f64),
    }

    /// Sealed so that `number()` only ever sees types whose text form is known.
    pub trait Sealed {
        fn repr(self) -> Repr;
    }
}

macro_rules! integer_number {
    ($($t:ty)*) => {$(
        impl sealed::Sealed for $t {
            fn repr(self) -> sealed::Repr {
                sealed::Repr::Integer(self.to_string())
            }
        }
        impl Number for $t {}
    )*};
}
integer_number!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl sealed::Sealed for f64 {
    fn repr(self) -> sealed::Repr {
        sealed::Repr::Float(self)
    }
}
impl Number for f64 {}

impl sealed::Sealed for f32 {
    fn repr(self) -> sealed::Repr {
        sealed::Repr::Float(f64::from(self))
    }
}
impl Number for f32 {}

/// A number with the language's separators: ru "12 345,6", az "12.345,6", en "12,345.6".
/// Floats show up to three decimals (CLDR's default), without trailing zeros.
pub fn number<N: Number>(lang: Lang, n: N) -> String {
    match n.repr() {
        sealed::Repr::Integer(digits) => group(style(lang), &digits, ""),
        sealed::Repr::Float(value) => number_in_style(style(lang), value),
    }
}

/// A number with exactly `fraction_digits` decimals (money, averages): ru "1 234,50".
pub fn decimal(lang: Lang, value: f64, fraction_digits: usize) -> String {
    fixed(style(lang), value, fraction_digits, false)
}

/// A share as a whole percentage: `percent(ru, 0.456)` is "46 %" (Russian puts a no-break
/// space before the sign), "46%" in the other languages.
pub fn percent(lang: Lang, ratio: f64) -> String {
    let number = fixed(style(lang), ratio * 100.0, 0, false);
    match lang {
        Lang::Ru => format!("{number}{NBSP}%"),
        _ => format!("{number}%"),
    }
}

pub(crate) fn number_in_style(style: Style, value: f64) -> String {
    fixed(style, value, 3, true)
}

fn fixed(style: Style, value: f64, fraction_digits: usize, trim: bool) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "∞" } else { "-∞" }.to_string();
    }
    let text = format!("{value:.fraction_digits$}");
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let frac_part = if trim {
        frac_part.trim_end_matches('0')
    } else {
        frac_part
    };
    // "-0" after rounding (e.g. -0.0001 with 3 digits) is just zero.
    let int_part = if int_part == "-0" && frac_part.chars().all(|c| c == '0') {
        "0"
    } else {
        int_part
    };
    group(style, int_part, frac_part)
}

fn group(style: Style, int_part: &str, frac_part: &str) -> String {
    let (group_sep, decimal_sep) = style.separators();
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int_part),
    };
    let mut out = String::with_capacity(int_part.len() + int_part.len() / 3 + frac_part.len() + 2);
    out.push_str(sign);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group_sep);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push(decimal_sep);
        out.push_str(frac_part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn long_dates_in_every_language() {
        let march5 = d(2026, 3, 5);
        let expected = [
            (Lang::Ru, "5 марта 2026\u{a0}г."),
            (Lang::Kk, "2026 жылғы 5 наурыз"),
            (Lang::Ky, "2026-жылдын 5-марты"),
            (Lang::Tg, "5 марти соли 2026"),
            (Lang::Tk, "2026-njy ýylyň 5-nji marty"),
            (Lang::Uz, "2026-yil 5-mart"),
            (Lang::Az, "5 mart 2026-cı il"),
            (Lang::En, "5 March 2026"),
        ];
        for (lang, text) in expected {
            assert_eq!(date(lang, march5), text, "{lang}");
        }
    }

    #[test]
    fn month_forms_across_the_year() {
        assert_eq!(date(Lang::Ru, d(2025, 12, 31)), "31 декабря 2025\u{a0}г.");
        assert_eq!(date(Lang::Kk, d(2025, 9, 1)), "2025 жылғы 1 қыркүйек");
        assert_eq!(date(Lang::Ky, d(2024, 6, 1)), "2024-жылдын 1-июну");
        assert_eq!(date(Lang::Ky, d(2024, 4, 12)), "2024-жылдын 12-апрели");
        assert_eq!(date(Lang::Tg, d(2027, 5, 9)), "9 майи соли 2027");
        assert_eq!(
            date(Lang::Tk, d(2026, 1, 10)),
            "2026-njy ýylyň 10-njy ýanwary"
        );
        assert_eq!(
            date(Lang::Tk, d(2030, 8, 20)),
            "2030-njy ýylyň 20-nji awgusty"
        );
        assert_eq!(date(Lang::Uz, d(2026, 10, 31)), "2026-yil 31-oktabr");
        assert_eq!(date(Lang::Az, d(2025, 2, 14)), "14 fevral 2025-ci il");
        assert_eq!(date(Lang::En, d(2026, 11, 22)), "22 November 2026");
        for lang in Lang::ALL {
            assert!(month_name(lang, 0).is_none());
            assert!(month_name(lang, 13).is_none());
            assert!(month_name(lang, 12).is_some());
        }
        assert_eq!(month_name(Lang::Ru, 3), Some("март"));
        assert_eq!(month_name(Lang::Tk, 5), Some("maý"));
    }

    #[test]
    fn turkmen_and_azerbaijani_ordinal_harmony() {
        let tk: Vec<&str> = [
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 2000,
        ]
        .iter()
        .map(|n| tk_ordinal_suffix(*n))
        .collect();
        assert_eq!(
            tk,
            [
                "nji", "nji", "nji", "nji", "nji", "njy", "nji", "nji", "njy", "njy", "nji", "njy",
                "njy", "nji", "njy", "nji", "nji", "njy", "nji", "nji"
            ]
        );
        let az: Vec<&str> = [2020, 2021, 2023, 2024, 2026, 2029, 2030, 2040, 2000, 1900]
            .iter()
            .map(|n| az_ordinal_suffix(*n))
            .collect();
        assert_eq!(
            az,
            ["ci", "ci", "cü", "cü", "cı", "cu", "cu", "cı", "ci", "cü"]
        );
    }

    #[test]
    fn numbers_use_each_languages_separators() {
        assert_eq!(number(Lang::Ru, 1_234_567_i64), "1\u{a0}234\u{a0}567");
        assert_eq!(number(Lang::Kk, 1234.5), "1\u{a0}234,5");
        assert_eq!(number(Lang::Az, 1_234_567.25), "1.234.567,25");
        assert_eq!(number(Lang::En, 1_234_567.25), "1,234,567.25");
        assert_eq!(number(Lang::En, -1234_i32), "-1,234");
        assert_eq!(number(Lang::Uz, 255_u8), "255");
        assert_eq!(number(Lang::Tg, 0.1 + 0.2), "0,3");
        assert_eq!(number(Lang::Ru, 2.0), "2");
        assert_eq!(number(Lang::Ru, -0.0001), "0");
        assert_eq!(number(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(decimal(Lang::Ru, 1234.5, 2), "1\u{a0}234,50");
        assert_eq!(decimal(Lang::En, 0.125, 1), "0.1");
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(Lang::Ru, 0.456), "46\u{a0}%");
        assert_eq!(percent(Lang::Kk, 0.7), "70%");
        assert_eq!(percent(Lang::En, 1.0), "100%");
        assert_eq!(percent(Lang::Az, 12.5), "1.250%");
    }
}
