//! Every locale says everything Russian says: the checks over the real `locales/`, and
//! the checker itself on small trees.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use i18n::catalog::{self, Problem};
use i18n::{FallbackMode, FluentArgs, Lang, Localizer};

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .canonicalize()
        .expect("the repository's locales/ directory")
}

#[test]
fn every_russian_message_is_translated_in_every_locale() {
    let findings = catalog::check(&locales()).unwrap_or_else(|e| panic!("{e}"));
    let report: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert!(
        findings.is_empty(),
        "{} completeness problem(s):\n{}",
        findings.len(),
        report.join("\n")
    );
}

#[test]
fn every_message_formats_in_every_locale_without_fallback() {
    let dir = locales();
    let l10n = Localizer::load(&dir, FallbackMode::Strict).unwrap_or_else(|e| panic!("{e}"));
    let catalog = catalog::Catalog::load(&dir).unwrap();
    let reference = catalog.messages(Lang::Ru).unwrap();
    for lang in Lang::ALL {
        for (id, info) in reference {
            let variables: BTreeSet<&String> = info
                .value
                .iter()
                .chain(info.attributes.values())
                .flat_map(|p| p.variables.iter())
                .collect();
            let mut args = FluentArgs::new();
            for variable in variables {
                args.set(variable.clone(), 3);
            }
            if info.value.is_some() {
                let text = l10n
                    .try_message(lang, id, Some(&args))
                    .unwrap_or_else(|e| panic!("{e}"));
                assert!(!text.trim().is_empty(), "{lang} {id}");
                assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang} {id}");
            }
            for attr in info.attributes.keys() {
                l10n.try_attribute(lang, id, attr, Some(&args))
                    .unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
}

/// The letters each language must use instead of look-alikes: a translation in the wrong
/// script (Russian typed into the Kazakh file, Uzbek apostrophes) shows up here.
#[test]
fn translations_use_their_own_script() {
    let catalog = catalog::Catalog::load(&locales()).unwrap();
    for lang in [Lang::Tk, Lang::Uz, Lang::Az] {
        for (id, info) in catalog.messages(lang).into_iter().flatten() {
            let text = info.value.as_ref().map(|v| v.text.as_str()).unwrap_or("");
            assert!(
                !text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                "{lang} {id} has Cyrillic: {text}"
            );
            if lang == Lang::Uz {
                // oʻ and gʻ take U+02BB, never an apostrophe or a quotation mark.
                for bad in ["o'", "g'", "o‘", "g‘", "o’", "g’", "O'", "G'"] {
                    assert!(!text.contains(bad), "uz {id} writes {bad}: {text}");
                }
            }
        }
    }
    for lang in [Lang::Kk, Lang::Ky, Lang::Tg] {
        for (id, info) in catalog.messages(lang).into_iter().flatten() {
            let text = info.value.as_ref().map(|v| v.text.as_str()).unwrap_or("");
            // Latin letters are fine in names and addresses (ARGO, @example.org) but a
            // Cyrillic word must not hide a Latin look-alike (a, e, o, p, c, x, y).
            for word in text.split(|c: char| !c.is_alphabetic()) {
                let cyrillic = word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
                let latin = word.chars().any(|c| c.is_ascii_alphabetic());
                assert!(
                    !(cyrillic && latin),
                    "{lang} {id}: mixed-script word `{word}`"
                );
            }
        }
    }
}

fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn the_checker_finds_each_kind_of_problem() {
    let dir = tree(&[
        (
            "ru/a.ftl",
            "same = Профиль\nname = Имя\nhello = Привет, { $name }!\nfield = Поле\n    .placeholder = Введите\nsite = ARGO\ncount = { $n }\nallowed = Email\n",
        ),
        (
            "en/a.ftl",
            "same = Profile\nname = Name\nhello = Hello, { $name }!\nfield = Field\n    .placeholder = Enter\nsite = ARGO\ncount = { $n }\nallowed = Email\n",
        ),
        (
            "kk/a.ftl",
            "same = Профиль\nname = Name\nhello = Сәлем, { $user }!\nfield = Өріс\nsite = ARGO\ncount = { $n }\nallowed = Email\nstale = Ескі\n",
        ),
        (
            "exceptions.toml",
            "[[identical]]\nid = \"site\"\nlangs = [\"*\"]\nreason = \"a name\"\n\n[[identical]]\nid = \"allowed\"\nlangs = [\"kk\", \"en\"]\nreason = \"the word used\"\n\n[[identical]]\nid = \"gone\"\nlangs = [\"kk\"]\nreason = \"stale\"\n",
        ),
    ]);
    let findings = catalog::check(dir.path()).unwrap();
    let kk: Vec<(&str, &Problem)> = findings
        .iter()
        .filter(|f| f.lang == Lang::Kk)
        .map(|f| (f.id.as_str(), &f.problem))
        .collect();
    assert!(
        kk.contains(&("same", &Problem::IdenticalTo(Lang::Ru))),
        "{kk:#?}"
    );
    assert!(
        kk.contains(&("name", &Problem::IdenticalTo(Lang::En))),
        "{kk:#?}"
    );
    assert!(kk
        .iter()
        .any(|(id, p)| *id == "hello" && matches!(p, Problem::VariablesDiffer { .. })));
    assert!(kk
        .iter()
        .any(|(id, p)| *id == "field" && matches!(p, Problem::AttributesDiffer { .. })));
    assert!(kk.contains(&("stale", &Problem::NotInReference)));
    assert!(
        !kk.iter()
            .any(|(id, _)| ["site", "count", "allowed"].contains(id)),
        "{kk:#?}"
    );
    assert!(findings
        .iter()
        .any(|f| f.id == "gone" && f.problem == Problem::UnknownException));
    // Every Russian message is missing in the locales that have no directory.
    let ky_missing = findings
        .iter()
        .filter(|f| f.lang == Lang::Ky && f.problem == Problem::Missing)
        .count();
    assert_eq!(ky_missing, 7);
    // English may keep "ARGO" (exception for all) and is checked against Russian only.
    assert!(
        !findings.iter().any(|f| f.lang == Lang::En),
        "{findings:#?}"
    );

    let coverage = catalog::coverage(dir.path()).unwrap();
    assert_eq!(coverage[0], (Lang::Ru, 7, 7));
    // kk: same, name, hello, field are not translated; site, count, allowed are.
    assert!(coverage.contains(&(Lang::Kk, 3, 7)), "{coverage:?}");
    assert!(coverage.contains(&(Lang::Ky, 0, 7)));
    assert!(coverage.contains(&(Lang::En, 7, 7)));
}

#[test]
fn empty_values_are_found() {
    let dir = tree(&[
        ("ru/a.ftl", "a = Текст\nb = Ещё\n    .title = Заголовок\n"),
        (
            "kk/a.ftl",
            "a = { \"\" }\nb = Тағы\n    .title = { \" \" }\n",
        ),
    ]);
    let findings = catalog::check(dir.path()).unwrap();
    let kk: Vec<(&str, &Problem)> = findings
        .iter()
        .filter(|f| f.lang == Lang::Kk)
        .map(|f| (f.id.as_str(), &f.problem))
        .collect();
    assert!(kk.contains(&("a", &Problem::Empty)), "{kk:#?}");
    assert!(kk.contains(&("b.title", &Problem::Empty)), "{kk:#?}");
    assert!(!kk.iter().any(|(id, _)| *id == "b"), "{kk:#?}");
}

#[test]
fn exceptions_need_a_reason_and_known_languages() {
    let bad_reason = tree(&[
        ("ru/a.ftl", "a = А\n"),
        (
            "exceptions.toml",
            "[[identical]]\nid = \"a\"\nlangs = [\"kk\"]\nreason = \" \"\n",
        ),
    ]);
    assert!(catalog::check(bad_reason.path()).is_err());
    let bad_lang = tree(&[
        ("ru/a.ftl", "a = А\n"),
        (
            "exceptions.toml",
            "[[identical]]\nid = \"a\"\nlangs = [\"fr\"]\nreason = \"x\"\n",
        ),
    ]);
    let err = catalog::check(bad_lang.path()).unwrap_err().to_string();
    assert!(err.contains("fr"), "{err}");
}

#[test]
fn coverage_of_the_real_locales_is_complete() {
    for (lang, translated, total) in i18n::coverage(&locales()).unwrap() {
        assert!(total > 0);
        assert_eq!(translated, total, "{lang}");
    }
}
