//! docs/authoring.md stays true: its complete example and its per-type quiz snippet load
//! without a single problem.

use std::path::Path;

use courses::{load_from, MemSource};

fn doc() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/authoring.md");
    std::fs::read_to_string(path).unwrap()
}

/// Fenced code blocks of `text` in order, without their fences.
fn code_blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with("```") {
            match current.take() {
                Some(block) => out.push(block),
                None => current = Some(String::new()),
            }
        } else if let Some(block) = current.as_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    out
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

#[test]
fn complete_example_loads_cleanly() {
    let doc = doc();
    let example = &doc[doc.find("## A complete example").unwrap()..];
    let blocks = code_blocks(example);
    let files = [
        "01-basics/level.toml",
        "01-basics/01-mission/module.toml",
        "01-basics/01-mission/01-what-is-a-mission.ru.md",
        "01-basics/01-mission/quiz.toml",
        "01-basics/01-mission/quiz.ru.toml",
    ];
    let mut src = MemSource::new();
    for (file, body) in files.iter().zip(&blocks[1..]) {
        src.insert(*file, body.as_bytes());
    }
    src.insert("01-basics/01-mission/mission-map.png", PNG);
    let (catalog, report) = load_from(&src);
    assert!(report.diagnostics.is_empty(), "{report}");
    assert_eq!(
        catalog
            .module("mission")
            .unwrap()
            .quiz
            .as_ref()
            .unwrap()
            .variants
            .len(),
        1
    );
}

#[test]
fn per_type_quiz_snippet_is_valid() {
    let doc = doc();
    let section = &doc[doc.find("Per type:").unwrap()..];
    let snippet = code_blocks(section).remove(0);
    let src = MemSource::new()
        .with("l/level.toml", "slug = \"l\"\norder = 1\n[title]\nru = \"У\"\n[summary]\nru = \"К\"\n")
        .with(
            "l/m/module.toml",
            "slug = \"m\"\norder = 1\nestimated_minutes = 10\n[title]\nru = \"М\"\n[summary]\nru = \"К\"\n[objectives]\nru = [\"a\", \"b\", \"c\"]\n",
        )
        .with("l/m/01-a.ru.md", "# А\n\nТекст.\n")
        .with("l/m/quiz.toml", "pass_mark = 70\n")
        .with("l/m/quiz.ru.toml", snippet);
    let (catalog, report) = load_from(&src);
    assert!(report.diagnostics.is_empty(), "{report}");
    let quiz = catalog.module("m").unwrap().quiz.as_ref().unwrap();
    assert_eq!(quiz.variants[&courses::Lang::Ru].questions.len(), 7);
}
