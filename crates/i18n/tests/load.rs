//! Loading and lookup rules of `Localizer`, on small locale trees made per test.

use std::fs;
use std::path::Path;

use i18n::{FallbackMode, FluentArgs, IssueKind, L10nError, Lang, Localizer};

fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

fn issues(err: L10nError) -> Vec<i18n::Issue> {
    match err {
        L10nError::Invalid { issues } => issues,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_syntax_error_names_file_and_line() {
    let dir = tree(&[
        ("ru/a.ftl", "ok = Хорошо\n"),
        ("kk/a.ftl", "ok = Жақсы\n\nbroken = { $x\nnext = Келесі\n"),
    ]);
    let err = Localizer::load(dir.path(), FallbackMode::Strict).unwrap_err();
    let text = err.to_string();
    let issues = issues(err);
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].file.ends_with("kk/a.ftl"));
    assert_eq!(issues[0].line, 3);
    assert!(matches!(issues[0].kind, IssueKind::Syntax(_)));
    assert!(text.contains("kk/a.ftl:3:"), "{text}");
}

#[test]
fn duplicates_within_and_across_files_are_errors() {
    let dir = tree(&[
        ("ru/a.ftl", "one = Один\ntwo = Два\none = Снова\n"),
        ("ru/b.ftl", "# comment\n\ntwo = Опять\n"),
    ]);
    let issues = issues(Localizer::load(dir.path(), FallbackMode::Log).unwrap_err());
    assert_eq!(issues.len(), 2, "{issues:?}");
    let within = &issues[0];
    assert!(within.file.ends_with("ru/a.ftl"));
    assert_eq!(within.line, 3);
    assert!(matches!(&within.kind, IssueKind::Duplicate { id, first_line: 1, .. } if id == "one"));
    let across = &issues[1];
    assert!(across.file.ends_with("ru/b.ftl"));
    assert_eq!(across.line, 3);
    match &across.kind {
        IssueKind::Duplicate {
            id,
            first_file,
            first_line,
        } => {
            assert_eq!(id, "two");
            assert!(first_file.ends_with("ru/a.ftl"));
            assert_eq!(*first_line, 2);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn references_to_missing_messages_terms_and_functions_are_errors() {
    let dir = tree(&[(
        "ru/a.ftl",
        "-brand = Академия\nok = { -brand } и { other.title }\nbad = { -nobrand } { missing } { DATETIME($d) } { ok.nope }\n",
    )]);
    let issues = issues(Localizer::load(dir.path(), FallbackMode::Strict).unwrap_err());
    let kinds: Vec<String> = issues
        .iter()
        .map(|i| format!("{}:{:?}", i.line, i.kind))
        .collect();
    assert_eq!(issues.len(), 5, "{kinds:#?}");
    assert!(issues.iter().all(|i| i.line == 2 || i.line == 3));
    assert!(issues.iter().any(|i| matches!(&i.kind,
        IssueKind::UnknownFunction { function, .. } if function == "DATETIME")));
    for target in ["-nobrand", "missing", "ok.nope", "other.title"] {
        assert!(
            issues.iter().any(|i| matches!(&i.kind,
                IssueKind::UnknownReference { target: t, .. } if t == target)),
            "{target}: {kinds:#?}"
        );
    }
}

#[test]
fn russian_is_required() {
    let dir = tree(&[("en/a.ftl", "ok = OK\n")]);
    let err = Localizer::load(dir.path(), FallbackMode::Log).unwrap_err();
    assert!(matches!(err, L10nError::MissingReference { .. }), "{err}");
    let empty = tree(&[("ru/readme.txt", "not fluent")]);
    assert!(matches!(
        Localizer::load(empty.path(), FallbackMode::Log),
        Err(L10nError::MissingReference { .. })
    ));
}

fn sample() -> tempfile::TempDir {
    tree(&[
        (
            "ru/a.ftl",
            "hello = Привет, { $name }!\nonly-ru = Только по-русски\nfield = Поле\n    .placeholder = имя@пример.kz\nbig = { $n } слушателей\n",
        ),
        ("ru/sub/b.ftl", "nested = Вложенный файл\n"),
        ("en/a.ftl", "only-en = Only in English\nhello = Hello, { $name }!\n"),
        (
            "kk/a.ftl",
            "hello = Сәлем, { $name }!\nfield = Өріс\n    .placeholder = аты@мысал.kz\nbig = { $n } тыңдаушы\n",
        ),
    ])
}

fn name(value: &str) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("name", value.to_string());
    args
}

#[test]
fn messages_attributes_and_no_isolation_marks() {
    let dir = sample();
    let l10n = Localizer::load(dir.path(), FallbackMode::Strict).unwrap();
    let text = l10n.message(Lang::Kk, "hello", Some(&name("Айгүл")));
    assert_eq!(text, "Сәлем, Айгүл!");
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    assert_eq!(
        l10n.attribute(Lang::Kk, "field", "placeholder", None),
        "аты@мысал.kz"
    );
    assert_eq!(l10n.message(Lang::Ru, "nested", None), "Вложенный файл");
    assert!(l10n.has_message(Lang::Kk, "hello"));
    assert!(!l10n.has_message(Lang::Kk, "only-ru"));
    assert!(l10n.take_errors().is_empty());
}

#[test]
fn numbers_inside_messages_use_the_languages_separators() {
    let dir = sample();
    let l10n = Localizer::load(dir.path(), FallbackMode::Strict).unwrap();
    let mut args = FluentArgs::new();
    args.set("n", 12345);
    assert_eq!(
        l10n.message(Lang::Kk, "big", Some(&args)),
        "12\u{a0}345 тыңдаушы"
    );
    assert_eq!(
        l10n.message(Lang::Ru, "big", Some(&args)),
        "12\u{a0}345 слушателей"
    );
    assert!(l10n.take_errors().is_empty());
}

#[test]
fn strict_mode_turns_fallbacks_into_errors() {
    let dir = sample();
    let l10n = Localizer::load(dir.path(), FallbackMode::Strict).unwrap();
    let err = l10n.try_message(Lang::Kk, "only-ru", None).unwrap_err();
    assert!(
        matches!(&err, L10nError::Fallback { lang: Lang::Kk, id, used: Lang::Ru } if id == "only-ru"),
        "{err}"
    );
    // ru is missing it too: English is next.
    let err = l10n.try_message(Lang::Kk, "only-en", None).unwrap_err();
    assert!(matches!(err, L10nError::Fallback { used: Lang::En, .. }));
    // A missing variable is a formatting error.
    let err = l10n.try_message(Lang::Kk, "hello", None).unwrap_err();
    assert!(matches!(err, L10nError::Format { .. }), "{err}");
    assert!(matches!(
        l10n.try_attribute(Lang::Ky, "field", "placeholder", None),
        Err(L10nError::Fallback { .. })
    ));

    // `message` still returns the best text, and records the problem for the test.
    assert_eq!(l10n.message(Lang::Tg, "only-ru", None), "Только по-русски");
    assert_eq!(l10n.message(Lang::Tg, "nowhere", None), "nowhere");
    let errors = l10n.take_errors();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(matches!(errors[1], L10nError::Missing { .. }));
    assert!(l10n.take_errors().is_empty(), "take_errors drains");
}

#[test]
fn log_mode_falls_back_to_russian_then_english_then_the_id() {
    let dir = sample();
    let l10n = Localizer::load(dir.path(), FallbackMode::Log).unwrap();
    assert_eq!(
        l10n.try_message(Lang::Kk, "only-ru", None).unwrap(),
        "Только по-русски"
    );
    assert_eq!(l10n.message(Lang::Uz, "only-en", None), "Only in English");
    assert_eq!(l10n.message(Lang::En, "only-ru", None), "Только по-русски");
    assert_eq!(l10n.message(Lang::Az, "nowhere", None), "nowhere");
    assert_eq!(
        l10n.attribute(Lang::Az, "field", "nope", None),
        "field.nope"
    );
    assert_eq!(
        l10n.attribute(Lang::Az, "field", "placeholder", None),
        "имя@пример.kz"
    );
    assert!(l10n.take_errors().is_empty());
}

#[test]
fn the_real_locales_load_in_strict_mode() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    Localizer::load(&dir, FallbackMode::Strict).unwrap_or_else(|e| panic!("{e}"));
}
