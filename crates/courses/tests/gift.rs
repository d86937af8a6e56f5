//! GIFT import on real files: every example of Moodle's GIFT documentation imports or is
//! rejected with its line, and the imported questions form a quiz file the checker
//! accepts.

use std::path::Path;

use courses::gift::{self, GiftQuestion};
use courses::{load_from, Lang, MemSource, QuestionKind};

fn read(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/gift")
            .join(name),
    )
    .unwrap()
}

/// Outcome per question start line: the imported type, or the rejection code.
fn outcomes(src: &str) -> Vec<(u32, &'static str)> {
    let (qs, errs) = gift::parse(src);
    let mut out: Vec<(u32, &'static str)> = qs
        .iter()
        .map(|q| (q.line, q.question.kind.type_name()))
        .collect();
    out.extend(errs.iter().map(|e| (e.line, e.code)));
    out.sort();
    out
}

#[test]
fn moodle_documentation_examples() {
    let src = read("moodle-doc-examples.gift");
    let expected: Vec<(u32, &str)> = vec![
        (8, "true_false"),
        (11, "single"),
        (15, gift::CODE_MISSING_WORD),
        (18, "matching"),
        (21, "numeric"),
        (24, "numeric"),
        (28, "numeric"),
        (34, gift::CODE_ESSAY),
        (38, "single"),
        (40, gift::CODE_MISSING_WORD),
        (42, gift::CODE_MISSING_WORD),
        (48, "single"),
        (57, "short_text"),
        (59, "short_text"),
        (63, "true_false"),
        (65, "true_false"),
        (69, "matching"),
        (78, gift::CODE_MISSING_WORD),
        (82, "numeric"),
        (84, "numeric"),
        (86, "numeric"),
        (93, gift::CODE_ESSAY),
        (97, gift::CODE_DESCRIPTION),
        (102, "numeric"),
        (106, "short_text"),
        (109, gift::CODE_MISSING_WORD),
        (114, "single"),
        (119, "short_text"),
        (123, "true_false"),
        (127, "single"),
        (129, "single"),
        (136, "short_text"),
        (144, "multiple"),
        (153, "single"),
        (159, "single"),
        (175, "true_false"),
        (179, "single"),
        (187, "single"),
        (192, "short_text"),
        (194, "numeric"),
        (198, "true_false"),
    ];
    assert_eq!(outcomes(&src), expected);
    // Each refusal carries its line (shown before the message on the page and in the
    // command line) and its message in English with every argument it needs.
    let (_, errs) = gift::parse(&src);
    for e in errs {
        assert!(e.line > 0, "{e:?}");
        for arg in e.key.args() {
            assert!(e.args.contains_key(arg), "{e:?}");
        }
    }
}

fn by_line(qs: &[GiftQuestion], line: u32) -> &GiftQuestion {
    qs.iter().find(|q| q.line == line).unwrap()
}

#[test]
fn moodle_documentation_details() {
    let (qs, _) = gift::parse(&read("moodle-doc-examples.gift"));
    // Feedback per option.
    let QuestionKind::Single { options } = &by_line(&qs, 11).question.kind else {
        panic!()
    };
    assert_eq!(options[0].text, "yellow");
    assert!(options[0].correct);
    assert_eq!(options[0].feedback.as_deref(), Some("right; good!"));
    assert_eq!(options[2].feedback.as_deref(), Some("wrong, it's yellow"));
    // Numeric: tolerance, range, several answers with partial credit and feedback.
    let QuestionKind::Numeric { answers } = &by_line(&qs, 28).question.kind else {
        panic!()
    };
    assert_eq!(
        (answers[1].value, answers[1].tolerance, answers[1].weight),
        (1822.0, 2.0, 50.0)
    );
    assert_eq!(
        answers[1].feedback.as_deref(),
        Some("He was born in 1822. Half credit for being close.")
    );
    let QuestionKind::Numeric { answers } = &by_line(&qs, 84).question.kind else {
        panic!()
    };
    // The range 3.141..3.142, checked in thousandths to keep to exact integers.
    let (lo, hi) = (
        answers[0].value - answers[0].tolerance,
        answers[0].value + answers[0].tolerance,
    );
    assert_eq!(
        ((lo * 1000.0).round(), (hi * 1000.0).round()),
        (3141.0, 3142.0)
    );
    // True/false feedback: the first is for a wrong answer.
    let QuestionKind::TrueFalse {
        answer,
        feedback_true,
        feedback_false,
    } = &by_line(&qs, 123).question.kind
    else {
        panic!()
    };
    assert!(!answer);
    assert_eq!(
        feedback_true.as_deref(),
        Some("No one is buried in Grant's tomb.")
    );
    assert_eq!(feedback_false, &None);
    // Weights: partial credit on single choice, several right answers on multiple.
    let QuestionKind::Single { options } = &by_line(&qs, 129).question.kind else {
        panic!()
    };
    let weights: Vec<Option<f64>> = options.iter().map(|o| o.weight).collect();
    assert_eq!(weights, vec![None, Some(25.0), Some(50.0), None]);
    let QuestionKind::ShortText { answers } = &by_line(&qs, 136).question.kind else {
        panic!()
    };
    assert_eq!(answers[1].weight, 75.0);
    // Escapes.
    let QuestionKind::Single { options } = &by_line(&qs, 159).question.kind else {
        panic!()
    };
    let texts: Vec<&str> = options.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(texts, vec!["~", "=", "#", "{", "}", "\\"]);
    assert!(options[5].correct);
    assert!(options[5]
        .feedback
        .as_deref()
        .unwrap()
        .contains("escape it with a backslash"));
    // Category, general feedback, formats, newline escape.
    assert_eq!(
        by_line(&qs, 175).category.as_deref(),
        Some("tom/dick/harry")
    );
    assert_eq!(by_line(&qs, 8).category, None);
    assert_eq!(
        by_line(&qs, 179).question.feedback.as_deref(),
        Some("This is general feedback shown to everyone after the attempt.")
    );
    let formatted = &by_line(&qs, 187).question;
    assert_eq!(formatted.text, "What is bold and italic?\nPick one.");
    let QuestionKind::Single { options } = &formatted.kind else {
        panic!()
    };
    assert_eq!(options[0].text, "bold");
    assert_eq!(
        by_line(&qs, 192).question.text,
        "Which **word** is *emphasised*?"
    );
    assert_eq!(by_line(&qs, 194).question.text, "What is 2\\*3\\*4?");
    assert_eq!(
        by_line(&qs, 198).question.text,
        "First line\nsecond line of the same question?"
    );
    assert_eq!(by_line(&qs, 106).question.id, "kanji-origins");
    assert_eq!(by_line(&qs, 129).question.id, "jesus-hometown");
    assert_eq!(by_line(&qs, 136).question.id, "jesus-hometown-2");
}

const LEVEL: &str = "slug = \"l\"\norder = 1\n[title]\nru = \"У\"\n[summary]\nru = \"К\"\n";
const MODULE: &str = "slug = \"m\"\norder = 1\nestimated_minutes = 10\n[title]\nru = \"М\"\n[summary]\nru = \"К\"\n[objectives]\nru = [\"a\", \"b\", \"c\"]\n";

/// Imports a GIFT file into a fresh quiz.ru.toml and loads it with the checker.
fn import_and_check(
    gift_src: &str,
    existing: &str,
) -> (usize, courses::Catalog, courses::CheckReport) {
    let (qs, _) = gift::parse(gift_src);
    let (toml, ids) = gift::append_to_quiz_toml(existing, &qs).unwrap();
    assert_eq!(ids.len(), qs.len());
    let src = MemSource::new()
        .with("l/level.toml", LEVEL)
        .with("l/m/module.toml", MODULE)
        .with("l/m/01-a.ru.md", "# А\n\nТекст.\n")
        .with("l/m/quiz.toml", "pass_mark = 50\n")
        .with("l/m/quiz.ru.toml", toml);
    let (catalog, report) = load_from(&src);
    (qs.len(), catalog, report)
}

#[test]
fn imported_documentation_examples_pass_the_checker() {
    let (n, catalog, report) = import_and_check(&read("moodle-doc-examples.gift"), "");
    assert!(!report.has_errors(), "{report}");
    let quiz = catalog.module("m").unwrap().quiz.as_ref().unwrap();
    assert_eq!(quiz.variants[&Lang::Ru].questions.len(), n);
    assert_eq!(n, 33);
}

#[test]
fn russian_file_appends_to_an_existing_quiz() {
    let existing = "# Вопросы, написанные вручную\n[[question]]\nid = \"missiya\"\ntype = \"true_false\"\ntext = \"Миссия важна?\"\nanswer = true\n";
    let src = read("ngo-basics.ru.gift");
    assert_eq!(
        outcomes(&src),
        vec![
            (4, "single"),
            (10, "true_false"),
            (12, "short_text"),
            (14, "numeric"),
            (16, "matching"),
            (23, "multiple"),
            (29, gift::CODE_ESSAY),
        ]
    );
    let (n, catalog, report) = import_and_check(&src, existing);
    assert!(!report.has_errors(), "{report}");
    let qs = &catalog.module("m").unwrap().quiz.as_ref().unwrap().variants[&Lang::Ru].questions;
    assert_eq!(qs.len(), n + 1);
    let ids: Vec<&str> = qs.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "missiya",
            "missiya-2",
            "sovet-direktorov",
            "ustav",
            "byudzhet",
            "terminy",
            "printsipy"
        ]
    );
    let (qs, _) = gift::parse(&src);
    assert_eq!(qs[0].category.as_deref(), Some("$course$/НКО/Миссия"));
}
