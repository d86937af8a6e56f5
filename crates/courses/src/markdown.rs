//! Lesson Markdown: checking what authors wrote, and rendering it to safe HTML.
//!
//! The loader rewrites internal links into canonical destinations
//! (`lesson:<module-slug>/<lesson-slug>[#fragment]` and `image:<module-slug>/<file>`),
//! so the Markdown stored in a [`crate::LessonText`] renders without knowing the
//! directory layout it came from. Authors never write these forms themselves: the
//! checker rejects them like any other unknown scheme.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

use crate::diag::{line_of, Code, MessageId};

/// Something inside the tree that a lesson points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkTarget {
    Lesson {
        module_slug: String,
        lesson_slug: String,
    },
    Image {
        module_slug: String,
        file: String,
    },
}

/// Where a [`LinkTarget`] lives on the site. Width and height are written on `<img>`
/// (they let the browser reserve space before the image arrives); the importer knows
/// them after resizing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ResolvedUrl {
    pub url: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

impl From<String> for ResolvedUrl {
    fn from(url: String) -> Self {
        ResolvedUrl {
            url,
            width: None,
            height: None,
        }
    }
}

pub(crate) const LESSON_SCHEME: &str = "lesson:";
pub(crate) const IMAGE_SCHEME: &str = "image:";

fn options_for_check() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
}

fn options_for_render() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH
}

// ---------------------------------------------------------------------------
// Checking

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    Link,
    Image,
}

/// A relative link or image that the loader must resolve against the tree.
#[derive(Debug, Clone)]
pub(crate) struct RefUse {
    pub kind: RefKind,
    /// As written, fragment included.
    pub dest: String,
    pub line: u32,
    /// Byte range of the destination in the source, for the canonical rewrite.
    pub dest_range: Option<Range<usize>>,
}

#[derive(Debug, Clone)]
pub(crate) struct MdProblem {
    pub code: Code,
    pub key: MessageId,
    pub line: u32,
    pub args: Vec<(&'static str, String)>,
}

pub(crate) struct LessonScan {
    pub title: Option<String>,
    /// Byte offset just past the title heading.
    pub body_start: usize,
    pub refs: Vec<RefUse>,
    pub problems: Vec<MdProblem>,
}

fn has_scheme(dest: &str) -> bool {
    match dest.find(':') {
        Some(i) => {
            let scheme = &dest[..i];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

fn is_external_ok(dest: &str) -> bool {
    let lower = dest.to_ascii_lowercase();
    (lower.starts_with("https://") && dest.len() > "https://".len()) || lower.starts_with("mailto:")
}

/// Locates `dest` as written inside `range` of `src`: the last occurrence that stands
/// where a destination stands, right after `](` (inline) or `]:` (a reference
/// definition), optionally in `<...>`, so a title or link text repeating the path is
/// never taken for it. `None` when it was written with escapes or entities.
fn find_dest(src: &str, range: Range<usize>, dest: &str) -> Option<Range<usize>> {
    let hay = src.get(range.clone())?;
    if dest.is_empty() {
        return None;
    }
    hay.rmatch_indices(dest)
        .map(|(i, _)| i)
        .find(|i| {
            let before = hay[..*i].trim_end();
            let before = before.strip_suffix('<').unwrap_or(before).trim_end();
            before.ends_with("](") || before.ends_with("]:")
        })
        .map(|i| range.start + i..range.start + i + dest.len())
}

/// Checks one lesson file against the allowed Markdown and collects the relative links
/// and images for the loader to resolve.
pub(crate) fn scan_lesson(src: &str) -> LessonScan {
    let mut problems = Vec::new();
    let mut refs = Vec::new();
    let mut problem =
        |code: Code, key: MessageId, offset: usize, args: Vec<(&'static str, String)>| {
            problems.push(MdProblem {
                code,
                key,
                line: line_of(src, offset),
                args,
            })
        };

    let parser = Parser::new_ext(src, options_for_check());
    let defs: BTreeMap<String, Range<usize>> = parser
        .reference_definitions()
        .iter()
        .map(|(label, def)| (label.to_lowercase(), def.span.clone()))
        .collect();
    let events: Vec<(Event<'_>, Range<usize>)> = parser.into_offset_iter().collect();

    let mut title = None;
    let mut body_start = 0;
    let starts_with_title = src.starts_with("# ");
    match events.first() {
        Some((
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }),
            r,
        )) if r.start == 0 && starts_with_title => {
            let mut text = String::new();
            let mut end = r.end;
            for (ev, er) in &events[1..] {
                match ev {
                    Event::End(TagEnd::Heading(_)) => {
                        end = er.end;
                        break;
                    }
                    Event::Text(t) | Event::Code(t) => text.push_str(t),
                    _ => {}
                }
            }
            body_start = end;
            if text.trim().is_empty() {
                problem(Code::MissingTitle, MessageId::TitleEmpty, 0, vec![]);
            } else {
                title = Some(text.trim().to_string());
            }
        }
        _ => problem(Code::MissingTitle, MessageId::TitleMissing, 0, vec![]),
    }

    let mut image_alt: Option<(String, usize, String, Option<Range<usize>>)> = None;
    let has_title = title.is_some();
    for (n, (ev, range)) in events.iter().enumerate() {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                // Without an accepted title, a later `#` is the misplaced title that
                // content-missing-title already reports.
                match level {
                    HeadingLevel::H1 if n > 0 && has_title => problem(
                        Code::MarkdownNotAllowed,
                        MessageId::SecondH1,
                        range.start,
                        vec![("construct", "second-h1".into())],
                    ),
                    HeadingLevel::H5 | HeadingLevel::H6 => problem(
                        Code::MarkdownNotAllowed,
                        MessageId::DeepHeading,
                        range.start,
                        vec![("construct", "deep-heading".into())],
                    ),
                    _ => {}
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => problem(
                Code::MarkdownNotAllowed,
                MessageId::RawHtml,
                range.start,
                vec![("construct", "raw-html".into())],
            ),
            Event::FootnoteReference(_) | Event::Start(Tag::FootnoteDefinition(_)) => problem(
                Code::MarkdownNotAllowed,
                MessageId::Footnote,
                range.start,
                vec![("construct", "footnote".into())],
            ),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                id,
                ..
            }) => {
                let dest = dest_url.to_string();
                if matches!(link_type, LinkType::Email)
                    || dest.starts_with('#')
                    || is_external_ok(&dest)
                {
                    continue;
                }
                if has_scheme(&dest) || dest.starts_with("//") || dest.is_empty() {
                    problem(
                        Code::LinkNotAllowed,
                        MessageId::LinkScheme,
                        range.start,
                        vec![("url", dest.clone())],
                    );
                    continue;
                }
                let dest_range = dest_range(src, range, *link_type, id, &defs, &dest);
                refs.push(RefUse {
                    kind: RefKind::Link,
                    dest,
                    line: line_of(src, range.start),
                    dest_range,
                });
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                id,
                ..
            }) => {
                let dest = dest_url.to_string();
                let dr = dest_range(src, range, *link_type, id, &defs, &dest);
                image_alt = Some((String::new(), range.start, dest, dr));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((alt, ..)) = image_alt.as_mut() {
                    alt.push_str(t);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((alt, start, dest, dest_range)) = image_alt.take() {
                    let line = line_of(src, start);
                    if alt.trim().is_empty() {
                        problem(
                            Code::ImageNoAlt,
                            MessageId::ImageNoAlt,
                            start,
                            vec![("image", dest.clone())],
                        );
                    }
                    if has_scheme(&dest)
                        || dest.contains('/')
                        || dest.contains('\\')
                        || dest.is_empty()
                    {
                        problem(
                            Code::ImageMissing,
                            MessageId::ImageNotBeside,
                            start,
                            vec![("image", dest.clone())],
                        );
                    } else {
                        refs.push(RefUse {
                            kind: RefKind::Image,
                            dest,
                            line,
                            dest_range,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    LessonScan {
        title,
        body_start,
        refs,
        problems,
    }
}

fn dest_range(
    src: &str,
    range: &Range<usize>,
    link_type: LinkType,
    id: &CowStr<'_>,
    defs: &BTreeMap<String, Range<usize>>,
    dest: &str,
) -> Option<Range<usize>> {
    match link_type {
        LinkType::Inline => find_dest(src, range.clone(), dest),
        LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut => {
            let key = id.to_lowercase();
            defs.get(&key)
                .and_then(|span| find_dest(src, span.clone(), dest))
        }
        _ => None,
    }
}

/// Replaces byte ranges of `src` (non-overlapping) and returns the text from `cut` on,
/// with `cut` given in the original's offsets.
pub(crate) fn rewrite(src: &str, mut edits: Vec<(Range<usize>, String)>, cut: usize) -> String {
    edits.sort_by_key(|(r, _)| r.start);
    edits.dedup_by(|a, b| a.0 == b.0);
    let mut out = String::with_capacity(src.len());
    let mut pos = cut.min(src.len());
    for (r, text) in edits {
        if r.start < pos {
            continue;
        }
        out.push_str(&src[pos..r.start]);
        out.push_str(&text);
        pos = r.end;
    }
    out.push_str(&src[pos..]);
    out.trim_start_matches(['\n', '\r']).to_string()
}

// ---------------------------------------------------------------------------
// Rendering

/// Stable ids for headings: lowercase letters and digits of any script, words joined by
/// `-`; repeats get `-2`, `-3`... Authors link to `#id` within a lesson with these.
pub fn heading_id(text: &str, used: &mut HashSet<String>) -> String {
    let mut base = String::new();
    let mut dash = false;
    for ch in text.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            if dash && !base.is_empty() {
                base.push('-');
            }
            dash = false;
            base.push(ch);
        } else if ch.is_whitespace() || ch == '-' || ch == '_' {
            dash = true;
        }
    }
    if base.is_empty() {
        base.push_str("section");
    }
    let mut id = base.clone();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

fn parse_canonical(dest: &str) -> Option<(LinkTarget, Option<String>)> {
    if let Some(rest) = dest.strip_prefix(LESSON_SCHEME) {
        let (path, frag) = match rest.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (rest, None),
        };
        let (module_slug, lesson_slug) = path.split_once('/')?;
        return Some((
            LinkTarget::Lesson {
                module_slug: module_slug.to_string(),
                lesson_slug: lesson_slug.to_string(),
            },
            frag,
        ));
    }
    if let Some(rest) = dest.strip_prefix(IMAGE_SCHEME) {
        let (module_slug, file) = rest.split_once('/')?;
        return Some((
            LinkTarget::Image {
                module_slug: module_slug.to_string(),
                file: file.to_string(),
            },
            None,
        ));
    }
    None
}

/// Renders the inline Markdown of quiz texts (questions, options, feedback) to sanitized
/// HTML without the wrapping `<p>` of a one-paragraph text, for use inside labels and
/// list items. Internal links cannot appear in quiz texts, so none are resolved.
pub fn render_inline_html(markdown: &str) -> String {
    let html = render_lesson_html_with(markdown, &|_| None);
    let trimmed = html.trim();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|rest| rest.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => trimmed.to_string(),
    }
}

/// Renders lesson Markdown (as stored in [`crate::LessonText::markdown`]) to sanitized
/// HTML. Internal links and images go through `resolver`; see
/// [`render_lesson_html_with`] to also give image dimensions or drop unknown targets.
pub fn render_lesson_html(markdown: &str, resolver: &dyn Fn(&LinkTarget) -> String) -> String {
    render_lesson_html_with(markdown, &|t| Some(ResolvedUrl::from(resolver(t))))
}

/// Like [`render_lesson_html`]; the resolver may return `None` (the link becomes plain
/// text, the image its alt text) and image dimensions.
///
/// Output guarantees: no script, event handler, iframe, form, style attribute or any
/// resource not given by the resolver; external links are `https:`/`mailto:` only and
/// carry `rel="noopener noreferrer nofollow"`; images have `loading="lazy"`; headings
/// have ids from [`heading_id`].
pub fn render_lesson_html_with(
    markdown: &str,
    resolver: &dyn Fn(&LinkTarget) -> Option<ResolvedUrl>,
) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options_for_render()).collect();
    let mut out_events: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut used_ids = HashSet::new();
    let mut image_urls: HashSet<String> = HashSet::new();
    // For each open link: whether an `<a>` was emitted (so its end emits `</a>`).
    let mut link_stack: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let mut text = String::new();
                for ev in &events[i + 1..] {
                    match ev {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => text.push_str(t),
                        _ => {}
                    }
                }
                let id = heading_id(&text, &mut used_ids);
                out_events.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(id.into()),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Html(h) | Event::InlineHtml(h) => out_events.push(Event::Text(h.clone())),
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Start(Tag::Link {
                dest_url, title, ..
            }) => {
                let dest = dest_url.as_ref();
                let href = if let Some((target, frag)) = parse_canonical(dest) {
                    resolver(&target).map(|r| match frag {
                        Some(f) => (format!("{}#{}", r.url, f), false),
                        None => (r.url, false),
                    })
                } else if dest.starts_with('#') {
                    Some((dest.to_string(), false))
                } else if is_external_ok(dest) {
                    Some((dest.to_string(), true))
                } else {
                    None
                };
                match href {
                    Some((href, external)) => {
                        let mut tag = format!("<a href=\"{}\"", escape_attr(&href));
                        if !title.is_empty() {
                            tag.push_str(&format!(" title=\"{}\"", escape_attr(title)));
                        }
                        if external {
                            tag.push_str(" rel=\"noopener noreferrer nofollow\"");
                        }
                        tag.push('>');
                        out_events.push(Event::InlineHtml(tag.into()));
                        link_stack.push(true);
                    }
                    None => link_stack.push(false),
                }
            }
            Event::End(TagEnd::Link) => {
                if link_stack.pop().unwrap_or(false) {
                    out_events.push(Event::InlineHtml("</a>".into()));
                }
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let mut alt = String::new();
                let mut depth = 0usize;
                let mut j = i + 1;
                while j < events.len() {
                    match &events[j] {
                        Event::Start(Tag::Image { .. }) => depth += 1,
                        Event::End(TagEnd::Image) if depth == 0 => break,
                        Event::End(TagEnd::Image) => depth -= 1,
                        Event::Text(t) | Event::Code(t) => alt.push_str(t),
                        _ => {}
                    }
                    j += 1;
                }
                let resolved = match parse_canonical(dest_url) {
                    Some((target @ LinkTarget::Image { .. }, _)) => resolver(&target),
                    _ => None,
                };
                match resolved {
                    Some(r) => {
                        let mut tag = format!(
                            "<img src=\"{}\" alt=\"{}\" loading=\"lazy\"",
                            escape_attr(&r.url),
                            escape_attr(&alt)
                        );
                        if !title.is_empty() {
                            tag.push_str(&format!(" title=\"{}\"", escape_attr(title)));
                        }
                        if let Some(w) = r.width {
                            tag.push_str(&format!(" width=\"{w}\""));
                        }
                        if let Some(h) = r.height {
                            tag.push_str(&format!(" height=\"{h}\""));
                        }
                        tag.push('>');
                        image_urls.insert(r.url);
                        out_events.push(Event::InlineHtml(tag.into()));
                    }
                    None => out_events.push(Event::Text(alt.into())),
                }
                i = j;
            }
            // A task-list box is text, not a form control: a disabled checkbox has no
            // label for screen readers (WCAG 1.3.1 / 4.1.2), a ballot-box character
            // reads as "checked" or "unchecked" and prints.
            Event::TaskListMarker(done) => out_events.push(Event::Text(
                if *done { "☑\u{a0}" } else { "☐\u{a0}" }.into(),
            )),
            other => out_events.push(other.clone()),
        }
        i += 1;
    }
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, out_events.into_iter());
    sanitize(&html, image_urls)
}

/// The final safety net: whatever the event rewriting above produced, only this
/// allow-list reaches the browser, and `<img src>` only with a URL the resolver gave.
fn sanitize(html: &str, image_urls: HashSet<String>) -> String {
    let image_urls = Arc::new(image_urls);
    let tags: HashSet<&str> = [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "strong",
        "del",
        "ul",
        "ol",
        "li",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "code",
        "pre",
        "hr",
        "br",
        "a",
        "img",
    ]
    .into_iter()
    .collect();
    let mut attrs: std::collections::HashMap<&str, HashSet<&str>> =
        std::collections::HashMap::new();
    attrs.insert("a", ["href", "title", "rel"].into_iter().collect());
    attrs.insert(
        "img",
        ["src", "alt", "title", "width", "height", "loading"]
            .into_iter()
            .collect(),
    );
    attrs.insert("ol", ["start"].into_iter().collect());
    for h in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        attrs.insert(h, ["id"].into_iter().collect());
    }
    ammonia::Builder::empty()
        .tags(tags)
        .tag_attributes(attrs)
        .generic_attributes(HashSet::new())
        .link_rel(None)
        .url_schemes(["https", "mailto"].into_iter().collect())
        .strip_comments(true)
        .attribute_filter(
            move |element, attribute, value| match (element, attribute) {
                ("img", "src") => image_urls.contains(value).then(|| value.into()),
                ("img", "loading") => (value == "lazy").then(|| value.into()),
                ("a", "rel") => (value == "noopener noreferrer nofollow").then(|| value.into()),
                _ => Some(value.into()),
            },
        )
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(src: &str) -> Vec<(Code, u32)> {
        scan_lesson(src)
            .problems
            .iter()
            .map(|p| (p.code, p.line))
            .collect()
    }

    #[test]
    fn title_rules() {
        let s = scan_lesson("# Миссия\n\nТекст.\n");
        assert_eq!(s.title.as_deref(), Some("Миссия"));
        assert!(s.problems.is_empty());
        assert_eq!(codes("\n# Late title\n"), vec![(Code::MissingTitle, 1)]);
        assert_eq!(codes("## Not h1\n"), vec![(Code::MissingTitle, 1)]);
        assert_eq!(codes("Title\n=====\n"), vec![(Code::MissingTitle, 1)]);
        assert_eq!(
            codes("# T\n\n# Again\n"),
            vec![(Code::MarkdownNotAllowed, 3)]
        );
        assert_eq!(
            codes("# T\n\n##### Deep\n"),
            vec![(Code::MarkdownNotAllowed, 3)]
        );
    }

    #[test]
    fn disallowed_constructs_with_lines() {
        assert_eq!(
            codes("# T\n\n<div>x</div>\n"),
            vec![(Code::MarkdownNotAllowed, 3)]
        );
        assert_eq!(
            codes("# T\n\nText <b>bold</b>.\n"),
            vec![(Code::MarkdownNotAllowed, 3), (Code::MarkdownNotAllowed, 3)]
        );
        assert_eq!(
            codes("# T\n\nText[^1].\n\n[^1]: note\n"),
            vec![(Code::MarkdownNotAllowed, 3), (Code::MarkdownNotAllowed, 5)]
        );
        assert_eq!(
            codes("# T\n\n[x](http://a.example)\n"),
            vec![(Code::LinkNotAllowed, 3)]
        );
        assert_eq!(
            codes("# T\n\n[x](javascript:alert(1))\n"),
            vec![(Code::LinkNotAllowed, 3)]
        );
        assert!(codes(
            "# T\n\n[x](https://a.example) [m](mailto:a@b.c) <https://x.example> [s](#top)\n"
        )
        .is_empty());
        assert_eq!(codes("# T\n\n![](map.png)\n"), vec![(Code::ImageNoAlt, 3)]);
        assert_eq!(
            codes("# T\n\n![A map](https://x.example/a.png)\n"),
            vec![(Code::ImageMissing, 3)]
        );
    }

    #[test]
    fn refs_are_collected_with_rewrite_ranges() {
        let src = "# T\n\nSee [03-logframe.md#goals](03-logframe.md#goals \"03-logframe.md#goals\") and ![Карта региона](map.png).\n\n[ref]: ../m2/01-x.md\n\nAlso [r][ref].\n";
        let s = scan_lesson(src);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        let dests: Vec<(&str, u32)> = s.refs.iter().map(|r| (r.dest.as_str(), r.line)).collect();
        assert_eq!(
            dests,
            vec![
                ("03-logframe.md#goals", 3),
                ("map.png", 3),
                ("../m2/01-x.md", 7)
            ]
        );
        for r in &s.refs {
            let range = r.dest_range.clone().unwrap();
            assert_eq!(&src[range], r.dest);
        }
        let edits = s
            .refs
            .iter()
            .map(|r| (r.dest_range.clone().unwrap(), format!("X{}", r.line)))
            .collect();
        let body = rewrite(src, edits, s.body_start);
        assert!(
            body.starts_with("See [03-logframe.md#goals](X3 \"03-logframe.md#goals\")"),
            "{body}"
        );
        assert!(body.contains("[ref]: X7"), "{body}");
    }

    fn resolver(t: &LinkTarget) -> Option<ResolvedUrl> {
        match t {
            LinkTarget::Lesson {
                module_slug,
                lesson_slug,
            } => Some(format!("/m/{module_slug}/{lesson_slug}").into()),
            LinkTarget::Image { module_slug, file } => Some(ResolvedUrl {
                url: format!("/media/{module_slug}/{file}"),
                width: Some(640),
                height: Some(480),
            }),
        }
    }

    #[test]
    fn renders_internal_links_images_and_ids() {
        let md = "## Что такое миссия\n\nSee [next](lesson:mod-a/logframe#goals), ![Карта \"региона\"](image:mod-a/map.png) and [ext](https://example.org).\n\n## Что такое миссия\n";
        let html = render_lesson_html_with(md, &resolver);
        assert!(html.contains(r#"<h2 id="что-такое-миссия">"#), "{html}");
        assert!(html.contains(r#"<h2 id="что-такое-миссия-2">"#), "{html}");
        assert!(
            html.contains(r#"<a href="/m/mod-a/logframe#goals">next</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="/media/mod-a/map.png" alt="Карта &quot;региона&quot;" loading="lazy" width="640" height="480">"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<a href="https://example.org" rel="noopener noreferrer nofollow">ext</a>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn render_is_safe_on_hostile_input() {
        let md = "# T\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src=https://evil.example></iframe>\n\n[a](javascript:alert(1)) [b](http://plain.example) ![i](https://tracker.example/p.png) ![j](lesson:x/y)\n\n<p style=\"color:red\" onclick=\"x()\">hi</p>\n";
        let html = render_lesson_html(md, &|_| "/ok".to_string());
        for bad in [
            "<script",
            "<iframe",
            "<img",
            "href=\"javascript",
            "href=\"http:",
            "tracker.example",
            "<p style",
            "<a",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        // The raw HTML is shown as text, not dropped silently.
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn inline_rendering() {
        assert_eq!(
            render_inline_html("Что такое *миссия* и `код`?"),
            "Что такое <em>миссия</em> и <code>код</code>?"
        );
        assert_eq!(render_inline_html("a <b>x</b>"), "a &lt;b&gt;x&lt;/b&gt;");
        assert_eq!(render_inline_html("one\n\ntwo"), "<p>one</p>\n<p>two</p>");
    }

    #[test]
    fn unresolved_targets_degrade_to_text() {
        let html = render_lesson_html_with("[gone](lesson:a/b) ![Alt](image:a/x.png)", &|_| None);
        assert_eq!(html.trim(), "<p>gone Alt</p>");
    }

    #[test]
    fn task_lists_and_tables_survive() {
        let html = render_lesson_html("- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", &|_| {
            String::new()
        });
        assert!(html.contains("<li>☑&nbsp;done</li>"), "{html}");
        assert!(!html.contains("<input"), "{html}");
        assert!(html.contains("<td>1</td>"), "{html}");
    }
}
