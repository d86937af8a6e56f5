//! The checker against the fixture trees: the valid one loads completely; each broken
//! one reports exactly its problem, with code, file and line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use courses::{
    check, grade, load, load_from, present, render_lesson_html_with, Answer, Code, CourseMap, Lang,
    LinkTarget, MemSource, QuestionViewKind, ResolvedUrl, Severity,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

type Expect = (Code, &'static str, Option<u32>);

/// Every error the case reports, exactly; warnings are checked only when listed.
fn assert_case(case: &str, expected_errors: &[Expect]) {
    let report = check(fixtures().join("broken").join(case));
    let errors: Vec<Expect> = report
        .errors()
        .map(|d| (d.code, leak(&d.file), d.line))
        .collect();
    assert_eq!(errors, expected_errors, "case {case}:\n{report}");
    for d in report.errors() {
        assert!(!d.message.is_empty());
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn assert_warning(case: &str, expected: Expect) {
    let report = check(fixtures().join("broken").join(case));
    assert!(!report.has_errors(), "case {case}:\n{report}");
    let found = report
        .warnings()
        .any(|d| (d.code, d.file.as_str(), d.line) == expected);
    assert!(found, "case {case}: {expected:?} not in\n{report}");
}

const MODULE: &str = "01-l/01-m/module.toml";
const LESSON: &str = "01-l/01-m/01-intro.ru.md";
const LEVEL: &str = "01-l/level.toml";

#[test]
fn toml_problems() {
    assert_case("missing-field", &[(Code::MissingField, MODULE, Some(1))]);
    assert_case("unknown-field", &[(Code::UnknownField, MODULE, Some(4))]);
    assert_case("invalid-value", &[(Code::InvalidValue, MODULE, Some(3))]);
    assert_case("wrong-type", &[(Code::WrongType, LEVEL, Some(2))]);
    assert_case("toml-syntax", &[(Code::TomlSyntax, LEVEL, Some(2))]);
}

#[test]
fn tree_problems() {
    assert_case(
        "duplicate-slug",
        &[(Code::DuplicateSlug, "01-l/02-m/module.toml", Some(1))],
    );
    assert_case(
        "duplicate-order",
        &[(Code::DuplicateOrder, "01-l/02-m/module.toml", Some(2))],
    );
    assert_case(
        "unknown-reference",
        &[(Code::UnknownReference, MODULE, Some(4))],
    );
    assert_case(
        "prerequisite-cycle",
        &[(Code::PrerequisiteCycle, MODULE, Some(4))],
    );
    assert_case(
        "missing-file",
        &[(Code::MissingFile, "01-l/01-m/quiz.toml", None)],
    );
    assert_case(
        "bad-file-name",
        &[(Code::BadFileName, "01-l/01-m/intro.ru.md", None)],
    );
    assert_case(
        "unknown-language",
        &[
            (Code::UnknownLanguage, "01-l/01-m/01-intro.de.md", None),
            (Code::UnknownLanguage, LEVEL, Some(6)),
        ],
    );
    assert_case("empty-module", &[(Code::EmptyModule, MODULE, None)]);
    assert_case(
        "missing-reference",
        &[(Code::MissingReference, "01-l/01-m/02-extra.en.md", None)],
    );
    assert_case("not-utf8", &[(Code::Utf8, LESSON, Some(4))]);
}

#[test]
fn quiz_problems() {
    assert_case(
        "translation-mismatch",
        &[(Code::TranslationMismatch, "01-l/01-m/quiz.en.toml", Some(7))],
    );
    assert_case(
        "answer-key-invalid",
        &[(Code::AnswerKeyInvalid, "01-l/01-m/quiz.ru.toml", Some(1))],
    );
    assert_case(
        "duplicate-question-id",
        &[(Code::DuplicateId, "01-l/01-m/quiz.ru.toml", Some(7))],
    );
}

#[test]
fn markdown_problems() {
    assert_case("missing-title", &[(Code::MissingTitle, LESSON, Some(1))]);
    assert_case(
        "markdown-not-allowed",
        &[(Code::MarkdownNotAllowed, LESSON, Some(5))],
    );
    assert_case(
        "link-not-allowed",
        &[(Code::LinkNotAllowed, LESSON, Some(3))],
    );
    assert_case("broken-link", &[(Code::BrokenLink, LESSON, Some(3))]);
    assert_case("image-missing", &[(Code::ImageMissing, LESSON, Some(3))]);
    assert_case("image-no-alt", &[(Code::ImageNoAlt, LESSON, Some(5))]);
    assert_case("image-format", &[(Code::ImageFormat, LESSON, Some(3))]);
}

#[test]
fn warnings() {
    assert_warning(
        "image-unused",
        (Code::ImageUnused, "01-l/01-m/map.png", None),
    );
    assert_warning(
        "unexpected-file",
        (Code::UnexpectedFile, "01-l/01-m/notes.txt", None),
    );
    assert_warning(
        "missing-translation",
        (Code::MissingTranslation, LESSON, None),
    );
    assert_warning(
        "missing-translation",
        (Code::MissingTranslation, LEVEL, Some(4)),
    );
    assert_warning(
        "missing-translation",
        (Code::MissingTranslation, MODULE, Some(12)),
    );
}

#[test]
fn image_too_large_in_memory() {
    // Built in memory: a 2 MB file does not belong in git.
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(2 * 1024 * 1024 + 1, 0);
    let src = MemSource::new()
        .with("l/level.toml", "slug = \"l\"\norder = 1\n[title]\nru = \"У\"\n[summary]\nru = \"К\"\n")
        .with(
            "l/m/module.toml",
            "slug = \"m\"\norder = 1\nestimated_minutes = 10\n[title]\nru = \"М\"\n[summary]\nru = \"К\"\n[objectives]\nru = [\"a\", \"b\", \"c\"]\n",
        )
        .with("l/m/01-a.ru.md", "# А\n\n![Фото](big.png)\n")
        .with("l/m/big.png", png);
    let (_, report) = load_from(&src);
    let errors: Vec<(Code, &str, Option<u32>)> = report
        .errors()
        .map(|d| (d.code, d.file.as_str(), d.line))
        .collect();
    assert_eq!(
        errors,
        vec![(Code::ImageTooLarge, "l/m/01-a.ru.md", Some(3))]
    );
}

#[test]
fn broken_trees_do_not_load() {
    let err = load(fixtures().join("broken/answer-key-invalid")).unwrap_err();
    assert!(err.has_errors());
    assert_eq!(
        err.diagnostics[0].args.get("question").map(String::as_str),
        Some("q")
    );
}

#[test]
fn valid_tree_loads_completely() {
    let report = check(fixtures().join("valid"));
    assert!(!report.has_errors(), "{report}");
    let warnings: Vec<(Code, &str)> = report
        .warnings()
        .map(|d| (d.code, d.file.as_str()))
        .collect();
    assert_eq!(
        warnings,
        vec![(
            Code::MissingTranslation,
            "01-basics/01-mission/02-writing-a-mission.ru.md"
        )]
    );
    assert_eq!(report.diagnostics[0].severity, Severity::Warning);
    let en = report.coverage.get(Lang::En);
    assert_eq!((en.texts.present, en.texts.expected), (8, 8));
    assert_eq!((en.lessons.present, en.lessons.expected), (2, 3));
    assert_eq!((en.quizzes.present, en.quizzes.expected), (1, 1));
    assert_eq!(report.coverage.get(Lang::Kk).lessons.present, 0);

    let catalog = load(fixtures().join("valid")).unwrap();
    assert_eq!(catalog.levels.len(), 1);
    let level = &catalog.levels[0];
    assert_eq!(level.slug, "basics");
    assert!(level.requires.is_empty());
    assert_eq!(level.title.best(Lang::Kk).map(|(l, _)| l), Some(Lang::Ru));
    let slugs: Vec<&str> = level.modules.iter().map(|m| m.slug.as_str()).collect();
    assert_eq!(slugs, vec!["mission", "planning"]);

    let mission = catalog.module("mission").unwrap();
    assert_eq!(mission.level_slug, "basics");
    assert_eq!(mission.estimated_minutes, 60);
    assert_eq!(mission.objectives.get(Lang::En).map(Vec::len), Some(3));
    assert_eq!(mission.lessons.len(), 2);
    assert_eq!(
        mission.lessons[0].images,
        vec!["mission-map.png".to_string()]
    );
    assert_eq!(mission.images.len(), 1);
    assert_eq!(
        mission.images[0].path,
        "01-basics/01-mission/mission-map.png"
    );
    assert_eq!(mission.content_hash.len(), 64);
    assert_eq!(
        mission.content_hash,
        courses::content_hash_dir(fixtures().join("valid/01-basics/01-mission")).unwrap()
    );
    assert_ne!(
        mission.content_hash,
        catalog.module("planning").unwrap().content_hash
    );

    let lesson = &mission.lessons[0];
    let ru = &lesson.variants[&Lang::Ru];
    assert_eq!(ru.title, "Что такое миссия");
    assert!(ru.markdown.starts_with("Миссия говорит"), "{}", ru.markdown);
    assert!(
        ru.markdown.contains("(lesson:mission/writing-a-mission)"),
        "{}",
        ru.markdown
    );
    assert!(
        ru.markdown
            .contains("(lesson:planning/logframe#логическая-рамка)"),
        "{}",
        ru.markdown
    );
    assert!(
        ru.markdown.contains("(image:mission/mission-map.png)"),
        "{}",
        ru.markdown
    );

    let html = render_lesson_html_with(&ru.markdown, &|t| match t {
        LinkTarget::Lesson {
            module_slug,
            lesson_slug,
        } => Some(format!("/learn/{module_slug}/{lesson_slug}").into()),
        LinkTarget::Image { module_slug, file } => Some(ResolvedUrl {
            url: format!("/media/{module_slug}/{file}"),
            width: Some(800),
            height: Some(400),
        }),
    });
    assert!(
        html.contains(r#"href="/learn/planning/logframe#логическая-рамка""#),
        "{html}"
    );
    assert!(
        html.contains(r#"src="/media/mission/mission-map.png""#),
        "{html}"
    );
    assert!(html.contains(r#"width="800" height="400""#), "{html}");
    // The linked heading exists with exactly the id the link uses.
    let planning = catalog.module("planning").unwrap();
    let target =
        render_lesson_html_with(&planning.lessons[0].variants[&Lang::Ru].markdown, &|_| None);
    assert!(target.contains(r#"<h2 id="логическая-рамка">"#), "{target}");

    let map = CourseMap::from(&catalog);
    assert_eq!(
        map.levels[0].modules[1].prerequisites,
        vec!["mission".to_string()]
    );
    assert!(map.levels[0].modules[0].has_quiz);
}

#[test]
fn loaded_quiz_has_all_types_and_grades_across_languages() {
    let catalog = load(fixtures().join("valid")).unwrap();
    let quiz = catalog.module("mission").unwrap().quiz.as_ref().unwrap();
    assert_eq!(quiz.settings.pass_mark, 70);
    assert_eq!(quiz.settings.max_attempts, Some(3));
    let ru = &quiz.variants[&Lang::Ru];
    let types: Vec<&str> = ru.questions.iter().map(|q| q.kind.type_name()).collect();
    assert_eq!(
        types,
        vec![
            "single",
            "multiple",
            "true_false",
            "short_text",
            "numeric",
            "matching",
            "ordering"
        ]
    );
    let seed = 2024;
    let view_ru = present(ru, &quiz.settings, seed);
    let view_en = present(&quiz.variants[&Lang::En], &quiz.settings, seed);
    // Same attempt, same positions in every language.
    for (a, b) in view_ru.questions.iter().zip(&view_en.questions) {
        assert_eq!(a.id, b.id);
        if let (QuestionViewKind::Single { options: x }, QuestionViewKind::Single { options: y }) =
            (&a.kind, &b.kind)
        {
            assert_eq!(x.len(), y.len());
        }
    }
    let find = |kind: &QuestionViewKind, text: &str| -> usize {
        let opts = match kind {
            QuestionViewKind::Single { options } | QuestionViewKind::Multiple { options } => {
                options
            }
            QuestionViewKind::Matching { right, .. } => right,
            QuestionViewKind::Ordering { items } => items,
            _ => panic!(),
        };
        opts.iter().find(|o| o.text == text).unwrap().index
    };
    let q = &view_ru.questions;
    let mut answers = BTreeMap::new();
    answers.insert(
        "mission".to_string(),
        Answer::Single(find(
            &q[0].kind,
            "Зачем организация существует и кому она служит",
        )),
    );
    answers.insert(
        "principles".to_string(),
        Answer::Multiple(vec![find(&q[1].kind, "Для кого работает организация")]),
    );
    answers.insert("board-role".to_string(), Answer::TrueFalse(false));
    answers.insert("term".to_string(), Answer::Text("Устав".into()));
    answers.insert("budget-total".to_string(), Answer::Numeric("1 200".into()));
    answers.insert(
        "match-terms".to_string(),
        Answer::Matching(vec![
            Some(find(&q[5].kind, "Зачем мы существуем")),
            Some(find(&q[5].kind, "Каким мы хотим видеть мир")),
            Some(find(&q[5].kind, "Как мы работаем")),
        ]),
    );
    answers.insert(
        "cycle-order".to_string(),
        Answer::Ordering(
            ["Анализ", "Планирование", "Реализация", "Оценка"]
                .iter()
                .map(|t| find(&q[6].kind, t))
                .collect(),
        ),
    );
    // Positions mean the same in every language; only the typed short answer is
    // language-specific ("Устав" is not among the English accepted answers).
    for (lang, awarded) in [(Lang::Ru, 7.0), (Lang::En, 6.0)] {
        let g = grade(&quiz.variants[&lang], &quiz.settings, seed, &answers).unwrap();
        assert_eq!(g.points_possible, 8);
        assert_eq!(g.points_awarded, awarded, "{lang}: {g:#?}");
        assert!(g.passed, "{lang}");
    }
}
