//! Feeds arbitrary bytes to the loader as each kind of content file of an otherwise
//! valid in-memory tree: module.toml, quiz.toml, quiz.ru.toml / quiz.en.toml, a lesson.
#![no_main]

use courses::{load_from, MemSource};
use libfuzzer_sys::fuzz_target;

const LEVEL: &str = "slug = \"l\"\norder = 1\n[title]\nru = \"У\"\n[summary]\nru = \"К\"\n";
const MODULE: &str = "slug = \"m\"\norder = 1\nestimated_minutes = 10\n[title]\nru = \"М\"\n[summary]\nru = \"К\"\n[objectives]\nru = [\"a\", \"b\", \"c\"]\n";
const LESSON: &str = "# А\n\n[Дальше](02-b.md) ![Карта](map.png)\n";
const QUIZ_RU: &str =
    "[[question]]\nid = \"q\"\ntype = \"true_false\"\ntext = \"?\"\nanswer = true\n";

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let mut files: Vec<(&str, Vec<u8>)> = vec![
        ("l/level.toml", LEVEL.into()),
        ("l/m/module.toml", MODULE.into()),
        ("l/m/01-a.ru.md", LESSON.into()),
        ("l/m/02-b.ru.md", LESSON.into()),
        ("l/m/map.png", b"\x89PNG\r\n\x1a\n".to_vec()),
        ("l/m/quiz.toml", b"pass_mark = 50\n".to_vec()),
        ("l/m/quiz.ru.toml", QUIZ_RU.into()),
    ];
    let target = match selector % 6 {
        0 => "l/m/module.toml",
        1 => "l/m/quiz.toml",
        2 => "l/m/quiz.ru.toml",
        3 => "l/m/quiz.en.toml",
        4 => "l/m/01-a.ru.md",
        _ => "l/level.toml",
    };
    files.retain(|(p, _)| *p != target);
    files.push((target, bytes.to_vec()));
    let mut src = MemSource::new();
    for (p, b) in files {
        src.insert(p, b);
    }
    let (catalog, report) = load_from(&src);
    // A tree with no errors must have produced its one module.
    if !report.has_errors() {
        assert!(catalog.module("m").is_some());
    }
});
