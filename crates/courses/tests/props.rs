//! Property tests: grading bounds, shuffles, and parsers that never panic.

use std::collections::BTreeMap;

use courses::gift;
use courses::{
    grade, grade_question, load_from, normalize_text, present, render_lesson_html, shuffle_order,
    Answer, Choice, MemSource, NumericAnswer, Pair, Question, QuestionKind, QuestionSet,
    QuizSettings, TextAnswer,
};
use proptest::prelude::*;

fn choice() -> impl Strategy<Value = Choice> {
    (
        "[a-z]{1,6}",
        any::<bool>(),
        proptest::option::of(-100.0f64..=100.0),
    )
        .prop_map(|(text, correct, weight)| Choice {
            text,
            correct,
            weight,
            feedback: None,
        })
}

/// Any question shape, including ones the checker would reject: grading must still be
/// bounded and panic-free on them.
fn kind() -> impl Strategy<Value = QuestionKind> {
    prop_oneof![
        prop::collection::vec(choice(), 0..6).prop_map(|options| QuestionKind::Single { options }),
        prop::collection::vec(choice(), 0..6)
            .prop_map(|options| QuestionKind::Multiple { options }),
        any::<bool>().prop_map(|answer| QuestionKind::TrueFalse {
            answer,
            feedback_true: None,
            feedback_false: None
        }),
        prop::collection::vec(("[a-zа-я ]{0,8}", 0.0f64..=100.0), 0..4).prop_map(|v| {
            QuestionKind::ShortText {
                answers: v
                    .into_iter()
                    .map(|(text, weight)| TextAnswer {
                        text,
                        weight,
                        feedback: None,
                    })
                    .collect(),
            }
        }),
        prop::collection::vec((-1e6f64..1e6, 0.0f64..10.0, 0.0f64..=100.0), 0..4).prop_map(|v| {
            QuestionKind::Numeric {
                answers: v
                    .into_iter()
                    .map(|(value, tolerance, weight)| NumericAnswer {
                        value,
                        tolerance,
                        weight,
                        feedback: None,
                    })
                    .collect(),
            }
        }),
        prop::collection::vec(("[a-z]{1,4}", "[a-z]{1,4}"), 0..6).prop_map(|v| {
            QuestionKind::Matching {
                pairs: v
                    .into_iter()
                    .map(|(left, right)| Pair { left, right })
                    .collect(),
            }
        }),
        prop::collection::vec("[a-z]{1,4}", 0..6)
            .prop_map(|items| QuestionKind::Ordering { items }),
    ]
}

fn question() -> impl Strategy<Value = Question> {
    ("[a-z]{1,8}", 1u32..=10, kind()).prop_map(|(id, points, kind)| Question {
        id,
        text: "?".into(),
        points,
        feedback: None,
        kind,
    })
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        (0usize..8).prop_map(Answer::Single),
        prop::collection::vec(0usize..8, 0..8).prop_map(Answer::Multiple),
        any::<bool>().prop_map(Answer::TrueFalse),
        ".{0,12}".prop_map(Answer::Text),
        "[-+ 0-9.,e]{0,10}".prop_map(Answer::Numeric),
        prop::collection::vec(proptest::option::of(0usize..8), 0..8).prop_map(Answer::Matching),
        prop::collection::vec(0usize..8, 0..8).prop_map(Answer::Ordering),
    ]
}

proptest! {
    #[test]
    fn score_is_within_bounds(q in question(), a in answer(), seed in any::<u64>()) {
        match grade_question(&q, seed, Some(&a)) {
            Ok(g) => {
                prop_assert!((0.0..=1.0).contains(&g.score), "{g:?}");
                prop_assert!(g.awarded >= 0.0 && g.awarded <= f64::from(q.points), "{g:?}");
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        let unanswered = grade_question(&q, seed, None).unwrap();
        prop_assert_eq!(unanswered.score, 0.0);
    }

    #[test]
    fn whole_quiz_percent_is_bounded(qs in prop::collection::vec(question(), 1..6), seed in any::<u64>(),
                                     answers in prop::collection::vec(answer(), 0..6), pass in 1u8..=100) {
        let set = QuestionSet { questions: qs.clone() };
        let map: BTreeMap<String, Answer> = qs.iter().map(|q| q.id.clone()).zip(answers).collect();
        let settings = QuizSettings { pass_mark: pass, max_attempts: None, time_limit_minutes: None };
        if let Ok(g) = grade(&set, &settings, seed, &map) {
            prop_assert!((0.0..=100.0).contains(&g.score_percent));
            prop_assert!(g.points_awarded <= f64::from(g.points_possible) + 1e-9);
            prop_assert_eq!(g.passed, g.score_percent + 1e-9 >= f64::from(pass));
        }
        // The view never carries the key, whatever the questions are.
        let json = serde_json::to_string(&present(&set, &settings, seed)).unwrap();
        prop_assert!(!json.contains("\"correct\"") && !json.contains("\"weight\"") && !json.contains("\"accept"));
    }

    #[test]
    fn shuffle_is_a_stable_permutation(seed in any::<u64>(), id in "[a-z-]{0,12}", n in 0usize..40) {
        let p = shuffle_order(seed, &id, n);
        let mut sorted = p.clone();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..n).collect::<Vec<_>>());
        prop_assert_eq!(p, shuffle_order(seed, &id, n));
    }

    #[test]
    fn choosing_every_positive_option_earns_full_credit(weights in prop::collection::vec(1u32..=100, 1..5),
                                                        wrong in 0usize..4, seed in any::<u64>()) {
        // Positive weights scaled to sum 100, plus some penalised wrong options.
        let total: u32 = weights.iter().sum();
        let mut options: Vec<Choice> = weights.iter().map(|w| Choice {
            text: format!("r{w}"), correct: true, weight: Some(f64::from(*w) * 100.0 / f64::from(total)), feedback: None,
        }).collect();
        options.extend((0..wrong).map(|i| Choice { text: format!("w{i}"), correct: false, weight: Some(-50.0), feedback: None }));
        let q = Question { id: "m".into(), text: "?".into(), points: 3, feedback: None, kind: QuestionKind::Multiple { options: options.clone() } };
        let order = shuffle_order(seed, "m", options.len());
        let shown_correct: Vec<usize> = (0..options.len()).filter(|i| options[order[*i]].correct).collect();
        let g = grade_question(&q, seed, Some(&Answer::Multiple(shown_correct))).unwrap();
        prop_assert!((g.score - 1.0).abs() < 1e-9, "{g:?}");
        let all: Vec<usize> = (0..options.len()).collect();
        let g = grade_question(&q, seed, Some(&Answer::Multiple(all))).unwrap();
        prop_assert!(g.score <= 1.0 && g.score >= 0.0);
    }

    #[test]
    fn normalisation_is_idempotent(s in "\\PC{0,20}") {
        let once = normalize_text(&s);
        prop_assert_eq!(normalize_text(&once), once);
    }

    #[test]
    fn gift_parser_never_panics(s in "\\PC{0,200}") {
        let _ = gift::parse(&s);
    }

    #[test]
    fn gift_parser_never_panics_on_gift_like_text(s in "[:{}=~#%\\\\\\-> \n\ta-zа-я0-9.TF\\[\\]$/]{0,200}") {
        let (qs, errs) = gift::parse(&s);
        for e in errs {
            prop_assert!(e.line >= 1);
        }
        // Whatever imports can be written out and loaded back.
        if !qs.is_empty() {
            let (toml, _) = gift::append_to_quiz_toml("", &qs).unwrap();
            prop_assert!(toml.contains("[[question]]"));
        }
    }

    #[test]
    fn markdown_render_is_safe(s in "[<>a-z/=\"'()!\\[\\]#*_`:. \n-]{0,200}") {
        let html = render_lesson_html(&s, &|_| "/x".to_string());
        assert_inert(&html);
    }

    #[test]
    fn loader_never_panics_on_arbitrary_module_toml(module in "\\PC{0,200}", lesson in "\\PC{0,200}") {
        let src = MemSource::new()
            .with("l/level.toml", "slug = \"l\"\norder = 1\n[title]\nru = \"У\"\n[summary]\nru = \"К\"\n")
            .with("l/m/module.toml", module)
            .with("l/m/01-a.ru.md", lesson.clone())
            .with("l/m/quiz.toml", "pass_mark = 50\n")
            .with("l/m/quiz.ru.toml", lesson);
        let (_, report) = load_from(&src);
        for d in &report.diagnostics {
            prop_assert!(!d.file.is_empty());
        }
    }
}

/// The tags of sanitized HTML as (name, attributes). Text is escaped there, so every
/// literal `<` opens a tag; attribute values are double-quoted and may hold `>`.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut chars = html.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '<' {
            continue;
        }
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() || c == '>' {
                break;
            }
            name.push(c.to_ascii_lowercase());
            chars.next();
        }
        let mut attrs = Vec::new();
        loop {
            while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
                chars.next();
            }
            match chars.peek() {
                None => break,
                Some('>') => {
                    chars.next();
                    break;
                }
                _ => {}
            }
            let mut attr = String::new();
            while let Some(&c) = chars.peek() {
                if c == '=' || c == '>' || c.is_whitespace() {
                    break;
                }
                attr.push(c.to_ascii_lowercase());
                chars.next();
            }
            let mut value = String::new();
            if chars.peek() == Some(&'=') {
                chars.next();
                if chars.peek() == Some(&'"') {
                    chars.next();
                    for c in chars.by_ref() {
                        if c == '"' {
                            break;
                        }
                        value.push(c);
                    }
                }
            }
            if attr.is_empty() {
                chars.next();
            } else {
                attrs.push((attr, value));
            }
        }
        out.push((name.trim_start_matches('/').to_string(), attrs));
    }
    out
}

fn assert_inert(html: &str) {
    for (name, attrs) in tags(html) {
        assert!(
            !matches!(
                name.as_str(),
                "script" | "iframe" | "object" | "embed" | "style" | "form" | "svg" | "math"
            ),
            "<{name}> in {html}"
        );
        for (attr, value) in attrs {
            assert!(
                !attr.starts_with("on") && attr != "style",
                "{attr} on <{name}> in {html}"
            );
            if attr == "href" || attr == "src" {
                let v = value.to_ascii_lowercase();
                assert!(
                    !v.starts_with("javascript:")
                        && !v.starts_with("http:")
                        && !v.starts_with("data:"),
                    "{attr}={value} in {html}"
                );
            }
        }
    }
}

#[test]
#[should_panic(expected = "onclick")]
fn inert_check_catches_event_handlers() {
    assert_inert(r#"<p title="a > b" onclick="x()">t</p>"#);
}

#[test]
fn inert_check_reads_quoted_values() {
    assert_inert(
        r#"<img src="/x" alt="a onclick=b > c"><a href="https://e.org" rel="noopener">t</a>"#,
    );
}
