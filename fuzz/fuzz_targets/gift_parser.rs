//! The GIFT parser and writer on arbitrary text: no panics, and whatever imports can be
//! written to a quiz file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (questions, errors) = courses::gift::parse(text);
    for e in &errors {
        assert!(e.line >= 1);
    }
    if !questions.is_empty() {
        let (toml, ids) = courses::gift::append_to_quiz_toml("", &questions).expect("fresh file");
        assert_eq!(ids.len(), questions.len());
        assert!(toml.contains("[[question]]"));
    }
});
