//! Plural selection: Fluent uses intl_pluralrules, which has rules for ru kk ky tk uz az en
//! but not tg (Tajik falls back to English rules; Tajik distinguishes only one/other, so
//! the results agree). Proven with the real `learners-count` message and with a probe
//! message that prints the category chosen.

use std::fs;
use std::path::Path;

use i18n::{FallbackMode, FluentArgs, Lang, Localizer};

const COUNTS: [i64; 5] = [1, 2, 5, 11, 21];

fn count(n: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("count", n);
    args
}

fn real() -> Localizer {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    Localizer::load(&dir, FallbackMode::Strict).unwrap_or_else(|e| panic!("{e}"))
}

fn learners(l10n: &Localizer, lang: Lang) -> Vec<String> {
    COUNTS
        .iter()
        .map(|n| {
            l10n.try_message(lang, "learners-count", Some(&count(*n)))
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

#[test]
fn russian_learners_count_uses_one_few_many() {
    assert_eq!(
        learners(&real(), Lang::Ru),
        [
            "1 слушатель",
            "2 слушателя",
            "5 слушателей",
            "11 слушателей",
            "21 слушатель"
        ]
    );
}

// Kazakh, Tajik and Azerbaijani nouns stay singular after a numeral ("5 тыңдаушы"), so
// every count reads the same way; what matters is that each count finds its variant.
#[test]
fn kazakh_learners_count() {
    assert_eq!(
        learners(&real(), Lang::Kk),
        [
            "1 тыңдаушы",
            "2 тыңдаушы",
            "5 тыңдаушы",
            "11 тыңдаушы",
            "21 тыңдаушы"
        ]
    );
}

#[test]
fn tajik_learners_count() {
    assert_eq!(
        learners(&real(), Lang::Tg),
        [
            "1 шунаванда",
            "2 шунаванда",
            "5 шунаванда",
            "11 шунаванда",
            "21 шунаванда"
        ]
    );
}

#[test]
fn azerbaijani_learners_count() {
    assert_eq!(
        learners(&real(), Lang::Az),
        [
            "1 dinləyici",
            "2 dinləyici",
            "5 dinləyici",
            "11 dinləyici",
            "21 dinləyici"
        ]
    );
}

#[test]
fn english_learners_count() {
    assert_eq!(
        learners(&real(), Lang::En),
        [
            "1 learner",
            "2 learners",
            "5 learners",
            "11 learners",
            "21 learners"
        ]
    );
}

/// The category itself, per language, through the same bundles the application uses.
#[test]
fn plural_categories_per_language() {
    let dir = tempfile::tempdir().unwrap();
    let probe = "category = { $count ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
    for lang in Lang::ALL {
        let path = dir.path().join(lang.code()).join("probe.ftl");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, probe).unwrap();
    }
    let l10n = Localizer::load(dir.path(), FallbackMode::Strict).unwrap();
    let categories = |lang: Lang| -> Vec<String> {
        COUNTS
            .iter()
            .map(|n| {
                l10n.try_message(lang, "category", Some(&count(*n)))
                    .unwrap()
            })
            .collect()
    };
    assert_eq!(categories(Lang::Ru), ["one", "few", "many", "many", "one"]);
    for lang in [
        Lang::Kk,
        Lang::Ky,
        Lang::Tg,
        Lang::Tk,
        Lang::Uz,
        Lang::Az,
        Lang::En,
    ] {
        assert_eq!(
            categories(lang),
            ["one", "other", "other", "other", "other"],
            "{lang}"
        );
    }
    // Fractions are "other" in Russian ("1,5 слушателя" is a different form again).
    let mut half = FluentArgs::new();
    half.set("count", 1.5);
    assert_eq!(
        l10n.try_message(Lang::Ru, "category", Some(&half)).unwrap(),
        "other"
    );
}

/// Russian numerals govern three noun forms; a message that puts a number in front of a
/// noun must select the form ("4 уровня, 42 модуля", not "4 уровня, 42 модулей").
#[test]
fn russian_catalogue_lead_agrees_with_its_numbers() {
    let l10n = real();
    let lead = |levels: i64, modules: i64| {
        let mut args = FluentArgs::new();
        args.set("levels", levels);
        args.set("modules", modules);
        l10n.try_message(Lang::Ru, "catalogue-lead", Some(&args))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    assert!(
        lead(4, 42).starts_with("4 уровня, 42 модуля. "),
        "{}",
        lead(4, 42)
    );
    assert!(
        lead(1, 21).starts_with("1 уровень, 21 модуль. "),
        "{}",
        lead(1, 21)
    );
    assert!(
        lead(5, 11).starts_with("5 уровней, 11 модулей. "),
        "{}",
        lead(5, 11)
    );
    let en = |levels: i64, modules: i64| {
        let mut args = FluentArgs::new();
        args.set("levels", levels);
        args.set("modules", modules);
        l10n.try_message(Lang::En, "catalogue-lead", Some(&args))
            .unwrap()
    };
    assert!(en(1, 1).starts_with("1 level, 1 module. "), "{}", en(1, 1));
    assert!(
        en(4, 42).starts_with("4 levels, 42 modules. "),
        "{}",
        en(4, 42)
    );
}
