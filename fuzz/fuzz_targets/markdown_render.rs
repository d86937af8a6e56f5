//! Lesson rendering on arbitrary Markdown: no panics and no active content in the output.
#![no_main]

use courses::{render_lesson_html_with, LinkTarget, ResolvedUrl};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(markdown) = std::str::from_utf8(data) else {
        return;
    };
    let html = render_lesson_html_with(markdown, &|t| match t {
        LinkTarget::Lesson {
            module_slug,
            lesson_slug,
        } => Some(format!("/l/{module_slug}/{lesson_slug}").into()),
        LinkTarget::Image { module_slug, file } => Some(ResolvedUrl {
            url: format!("/i/{module_slug}/{file}"),
            width: Some(10),
            height: Some(10),
        }),
    });
    assert_inert(&html);
});

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
