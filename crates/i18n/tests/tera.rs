//! The `t()` function in Tera 2 templates.

use std::fs;
use std::sync::Arc;

use i18n::{FallbackMode, Localizer};
use tera::{Context, Tera};

fn setup(mode: FallbackMode) -> (tempfile::TempDir, Tera) {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "ru/a.ftl",
            "hello = Привет, { $name }!\nlearners = { $count ->\n    [one] { $count } слушатель\n    [few] { $count } слушателя\n   *[many] { $count } слушателей\n}\nfield = Поле\n    .placeholder = Ваш <адрес>\nonly-ru = Только по-русски\nflag = { $on ->\n    [true] вкл.\n   *[false] выкл.\n}\n",
        ),
        (
            "kk/a.ftl",
            "hello = Сәлем, { $name }!\nlearners = { $count ->\n    [one] { $count } тыңдаушы\n   *[other] { $count } тыңдаушы\n}\nfield = Өріс\n    .placeholder = Сіздің мекенжайыңыз\nflag = { $on ->\n    [true] қосулы\n   *[false] өшірулі\n}\n",
        ),
    ];
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let l10n = Arc::new(Localizer::load(dir.path(), mode).unwrap());
    let mut tera = Tera::default();
    i18n::register(&mut tera, l10n);
    (dir, tera)
}

fn render(tera: &mut Tera, template: &str, context: &Context) -> tera::TeraResult<String> {
    tera.add_raw_template("page.html", template)?;
    tera.render("page.html", context)
}

#[test]
fn translates_with_named_arguments_and_plurals() {
    let (_dir, mut tera) = setup(FallbackMode::Strict);
    let mut context = Context::new();
    context.insert("lang", "ru");
    context.insert("n", &21);
    context.insert("user", "Айгүл");
    let out = render(
        &mut tera,
        r#"{{ t(key="hello", lang=lang, name=user) }} | {{ t(key="learners", lang=lang, count=n) }} | {{ t(key="learners", lang="ru", count=5) }} | {{ t(key="learners", lang="kk", count=2) }}"#,
        &context,
    )
    .unwrap();
    assert_eq!(
        out,
        "Привет, Айгүл! | 21 слушатель | 5 слушателей | 2 тыңдаушы"
    );
}

#[test]
fn lang_defaults_to_the_context_variable() {
    let (_dir, mut tera) = setup(FallbackMode::Strict);
    let mut context = Context::new();
    context.insert("lang", "kk");
    let out = render(&mut tera, r#"{{ t(key="field") }}"#, &context).unwrap();
    assert_eq!(out, "Өріс");
}

#[test]
fn attributes_booleans_and_escaping() {
    let (_dir, mut tera) = setup(FallbackMode::Strict);
    let mut context = Context::new();
    context.insert("lang", "ru");
    let out = render(
        &mut tera,
        r#"<input placeholder="{{ t(key="field.placeholder", lang=lang) }}"> {{ t(key="flag", lang="kk", on=true) }}"#,
        &context,
    )
    .unwrap();
    assert_eq!(out, r#"<input placeholder="Ваш &lt;адрес&gt;"> қосулы"#);
}

#[test]
fn strict_mode_fails_the_render_on_fallback_or_bad_arguments() {
    let (_dir, mut tera) = setup(FallbackMode::Strict);
    let context = Context::new();
    for template in [
        r#"{{ t(key="only-ru", lang="kk") }}"#,
        r#"{{ t(key="missing", lang="ru") }}"#,
        r#"{{ t(key="hello", lang="ru") }}"#,
        r#"{{ t(key="hello", lang="fr", name="x") }}"#,
        r#"{{ t(key="hello") }}"#,
        r#"{{ t(lang="ru") }}"#,
        r#"{{ t(key="hello", lang="ru", name=[1, 2]) }}"#,
    ] {
        let err = render(&mut tera, template, &context).unwrap_err();
        let chain = format!("{err:?}");
        assert!(chain.contains("t("), "{template}: {chain}");
    }
}

#[test]
fn log_mode_renders_the_best_text() {
    let (_dir, mut tera) = setup(FallbackMode::Log);
    let context = Context::new();
    let out = render(
        &mut tera,
        r#"{{ t(key="only-ru", lang="kk") }} / {{ t(key="missing", lang="kk") }} / {{ t(key="field", lang="xx") }}"#,
        &context,
    )
    .unwrap();
    assert_eq!(out, "Только по-русски / missing / Поле");
}
