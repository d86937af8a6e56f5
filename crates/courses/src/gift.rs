//! Import of Moodle GIFT question files into the authoring format.
//!
//! Everything GIFT can say that maps onto our question types is converted; what cannot
//! (essay, description, missing-word/cloze, matching distractors) is rejected per
//! question with its line, and the rest of the file still imports.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::diag::{MessageId, Sink};
use crate::normalize::parse_number;
use crate::quiz::{
    parse_questions, questions_to_toml, validate_question, Choice, NumericAnswer, Pair, Question,
    QuestionKind, TextAnswer,
};
use crate::slug::is_slug;

/// One converted question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GiftQuestion {
    /// 1-based line where the question starts.
    pub line: u32,
    /// `::title::`, if given.
    pub title: Option<String>,
    /// The last `$CATEGORY:` seen before the question.
    pub category: Option<String>,
    pub question: Question,
}

/// A question (or line) that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GiftError {
    /// 1-based line where the question starts; every message is shown after it.
    pub line: u32,
    /// Stable kebab-case class (`gift-essay-not-supported`...) for scripts and tests.
    pub code: &'static str,
    /// The Fluent message that says why (`locales/*/content-check.ftl`).
    pub key: MessageId,
    pub args: BTreeMap<String, String>,
    /// `key` in English with `args`, for the command line.
    pub message: String,
}

impl GiftError {
    fn new(line: u32, code: &'static str, key: MessageId, args: &[(&str, String)]) -> GiftError {
        let args: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        GiftError {
            line,
            code,
            key,
            message: key.render(&args),
            args,
        }
    }
}

pub const CODE_ESSAY: &str = "gift-essay-not-supported";
pub const CODE_DESCRIPTION: &str = "gift-description-not-supported";
pub const CODE_MISSING_WORD: &str = "gift-missing-word-not-supported";
pub const CODE_UNCLOSED: &str = "gift-unclosed-answer";
pub const CODE_SYNTAX: &str = "gift-syntax";
pub const CODE_NUMBER: &str = "gift-bad-number";
pub const CODE_UNSUPPORTED: &str = "gift-unsupported";
pub const CODE_ANSWER_KEY: &str = "gift-answer-key-invalid";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ch {
    c: char,
    /// Written with a backslash: never a GIFT control character.
    esc: bool,
    line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Moodle,
    Html,
    Plain,
    Markdown,
}

/// Parses a GIFT document. Never panics; every rejected question yields one error.
pub fn parse(src: &str) -> (Vec<GiftQuestion>, Vec<GiftError>) {
    let mut questions = Vec::new();
    let mut errors = Vec::new();
    let mut category: Option<String> = None;
    let mut ids: BTreeSet<String> = BTreeSet::new();
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);

    for block in blocks(src) {
        let first_line = block.first().map_or(1, |(n, _)| *n);
        // `$CATEGORY:` lines may share a block with a question in hand-written files.
        let mut lines: Vec<(u32, &str)> = Vec::new();
        for (n, l) in block {
            let t = l.trim();
            if let Some(rest) = t.strip_prefix("$CATEGORY:") {
                category = Some(rest.trim().to_string());
            } else {
                lines.push((n, l));
            }
        }
        if lines.is_empty() {
            continue;
        }
        let chars = unescape(&lines);
        let line = lines.first().map_or(first_line, |(n, _)| *n);
        match parse_question(&chars) {
            Ok((title, mut question)) => {
                let problems = validate_question(&Question {
                    id: "x".into(),
                    ..question.clone()
                });
                if let Some(p) = problems.into_iter().next() {
                    let mut args = p.args;
                    if let Some(t) = &title {
                        args.push(("title", t.clone()));
                    }
                    errors.push(GiftError::new(line, CODE_ANSWER_KEY, p.key, &args));
                    continue;
                }
                question.id = unique_id(
                    title.as_deref(),
                    questions.len() + errors.len() + 1,
                    &mut ids,
                );
                questions.push(GiftQuestion {
                    line,
                    title,
                    category: category.clone(),
                    question,
                });
            }
            Err((code, key, args)) => errors.push(GiftError::new(line, code, key, &args)),
        }
    }
    (questions, errors)
}

/// Splits into question blocks at blank lines, dropping `//` comment lines. Lines are
/// numbered from 1.
fn blocks(src: &str) -> Vec<Vec<(u32, &str)>> {
    let mut out = Vec::new();
    let mut cur: Vec<(u32, &str)> = Vec::new();
    for (i, raw) in src.split('\n').enumerate() {
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        let n = i as u32 + 1;
        if l.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else if l.trim_start().starts_with("//") {
            continue;
        } else {
            cur.push((n, l));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn unescape(lines: &[(u32, &str)]) -> Vec<Ch> {
    let mut out = Vec::new();
    for (k, (n, l)) in lines.iter().enumerate() {
        if k > 0 {
            out.push(Ch {
                c: '\n',
                esc: false,
                line: *n,
            });
        }
        let mut it = l.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\\' {
                match it.peek().copied() {
                    Some(next @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\')) => {
                        it.next();
                        out.push(Ch {
                            c: next,
                            esc: true,
                            line: *n,
                        });
                        continue;
                    }
                    Some('n') => {
                        it.next();
                        out.push(Ch {
                            c: '\n',
                            esc: true,
                            line: *n,
                        });
                        continue;
                    }
                    _ => {}
                }
            }
            out.push(Ch {
                c,
                esc: false,
                line: *n,
            });
        }
    }
    out
}

fn text_of(chars: &[Ch]) -> String {
    chars.iter().map(|c| c.c).collect()
}

fn is_ctl(ch: &Ch, c: char) -> bool {
    !ch.esc && ch.c == c
}

fn find_ctl(chars: &[Ch], c: char, from: usize) -> Option<usize> {
    (from..chars.len()).find(|i| is_ctl(&chars[*i], c))
}

fn find_seq(chars: &[Ch], seq: &str, from: usize) -> Option<usize> {
    let pat: Vec<char> = seq.chars().collect();
    if chars.len() < pat.len() {
        return None;
    }
    (from..=chars.len() - pat.len()).find(|i| {
        pat.iter()
            .enumerate()
            .all(|(k, p)| is_ctl(&chars[i + k], *p))
    })
}

fn trim(chars: &[Ch]) -> &[Ch] {
    let start = chars
        .iter()
        .position(|c| !c.c.is_whitespace() || c.esc)
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|c| !c.c.is_whitespace() || c.esc)
        .map_or(start, |e| e + 1);
    &chars[start..end.max(start)]
}

/// Why a question is refused: its class, message and the message's arguments.
type Rejection = (&'static str, MessageId, Vec<(&'static str, String)>);

fn reject<T>(code: &'static str, key: MessageId) -> Result<T, Rejection> {
    Err((code, key, Vec::new()))
}

fn parse_question(chars: &[Ch]) -> Result<(Option<String>, Question), Rejection> {
    let mut body = trim(chars);
    let mut title = None;
    if body.len() >= 2 && is_ctl(&body[0], ':') && is_ctl(&body[1], ':') {
        let Some(end) = find_seq(body, "::", 2) else {
            return reject(CODE_SYNTAX, MessageId::GiftTitleUnclosed);
        };
        let t = text_of(&body[2..end]).trim().to_string();
        if !t.is_empty() {
            title = Some(t);
        }
        body = trim(&body[end + 2..]);
    }
    let (format, rest) = take_format(body).unwrap_or((Format::Moodle, body));
    body = rest;
    let Some(open) = find_ctl(body, '{', 0) else {
        return reject(CODE_DESCRIPTION, MessageId::GiftDescription);
    };
    let Some(close) = find_ctl(body, '}', open + 1) else {
        return reject(CODE_UNCLOSED, MessageId::GiftUnclosedAnswer);
    };
    let before = trim(&body[..open]);
    let inner = &body[open + 1..close];
    let after = trim(&body[close + 1..]);
    if find_ctl(after, '{', 0).is_some() {
        return reject(CODE_MISSING_WORD, MessageId::GiftCloze);
    }
    if !after.is_empty() && !after.iter().all(|c| ".,;:!?)".contains(c.c)) {
        return reject(CODE_MISSING_WORD, MessageId::GiftMissingWord);
    }
    if before.is_empty() {
        return reject(CODE_SYNTAX, MessageId::GiftNoText);
    }
    let text = convert_text(&text_of(before), format, true);
    let inner_trim = trim(inner);
    if inner_trim.is_empty() {
        return reject(CODE_ESSAY, MessageId::GiftEssay);
    }

    // General feedback runs from `####` to the end of the block.
    let (answers, general) = match find_seq(inner_trim, "####", 0) {
        Some(i) => (
            trim(&inner_trim[..i]),
            Some(convert_text(&text_of(&inner_trim[i + 4..]), format, false)),
        ),
        None => (inner_trim, None),
    };
    let general = general.filter(|g| !g.is_empty());

    let kind = if answers.first().is_some_and(|c| is_ctl(c, '#')) {
        numeric(&answers[1..])?
    } else if let Some(tf) = true_false(answers, format) {
        tf
    } else if find_seq(answers, "->", 0).is_some() {
        matching(answers, format)?
    } else if find_ctl(answers, '~', 0).is_some() {
        choice(answers, format)?
    } else {
        short_answer(answers, format)?
    };
    Ok((
        title,
        Question {
            id: String::new(),
            text,
            points: 1,
            feedback: general,
            kind,
        },
    ))
}

fn take_format(body: &[Ch]) -> Option<(Format, &[Ch])> {
    if body.first().is_none_or(|c| c.c != '[') {
        return None;
    }
    let end = body.iter().position(|c| c.c == ']')?;
    let f = match text_of(&body[1..end]).as_str() {
        "html" => Format::Html,
        "moodle" => Format::Moodle,
        "plain" => Format::Plain,
        "markdown" => Format::Markdown,
        _ => return None,
    };
    Some((f, trim(&body[end + 1..])))
}

/// Converts a text to what our files hold: question texts are inline Markdown, so plain
/// text has Markdown's special characters escaped; HTML is reduced to its text.
fn convert_text(raw: &str, format: Format, markdown_target: bool) -> String {
    let raw = raw.trim();
    let (fmt, raw) = match take_format_str(raw) {
        Some((f, rest)) => (f, rest),
        None => (format, raw),
    };
    let text = match fmt {
        Format::Markdown => return raw.to_string(),
        Format::Html => html_to_text(raw),
        Format::Moodle if looks_like_html(raw) => html_to_text(raw),
        Format::Moodle | Format::Plain => raw.to_string(),
    };
    if markdown_target {
        escape_markdown(&text)
    } else {
        text
    }
}

fn take_format_str(raw: &str) -> Option<(Format, &str)> {
    for (tag, f) in [
        ("[html]", Format::Html),
        ("[moodle]", Format::Moodle),
        ("[plain]", Format::Plain),
        ("[markdown]", Format::Markdown),
    ] {
        if let Some(rest) = raw.strip_prefix(tag) {
            return Some((f, rest.trim()));
        }
    }
    None
}

fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    [
        "<p", "<br", "<b>", "<i>", "<strong", "<em", "<span", "<div", "<img", "<a ", "<sub",
        "<sup", "<ul", "<li",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// HTML to plain text: block ends become line breaks, then every tag is dropped by
/// ammonia (which also drops script/style contents), then entities are decoded.
fn html_to_text(html: &str) -> String {
    let mut prepared = String::with_capacity(html.len());
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        let rest = &lower[i..];
        let breaker = ["<br>", "<br/>", "<br />", "</p>", "</div>", "</li>"]
            .iter()
            .find(|t| rest.starts_with(**t));
        match breaker {
            Some(t) => {
                prepared.push_str(&html[i..i + t.len()]);
                prepared.push('\n');
                i += t.len();
            }
            None => {
                let ch = html[i..].chars().next().unwrap_or(' ');
                prepared.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    let cleaned = ammonia::Builder::empty().clean(&prepared).to_string();
    let decoded = cleaned
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace('\u{a0}', " ")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// One answer item: its prefix (`=`, `~` or none), weight, text and feedback.
struct Item {
    prefix: Option<char>,
    weight: Option<f64>,
    text: Vec<Ch>,
    feedback: Option<Vec<Ch>>,
}

fn split_items(answers: &[Ch]) -> Result<Vec<Item>, Rejection> {
    let mut starts: Vec<usize> = (0..answers.len())
        .filter(|i| is_ctl(&answers[*i], '=') || is_ctl(&answers[*i], '~'))
        .collect();
    // `->` contains no `=`, but `=` inside a numeric `..` or text must be escaped in GIFT,
    // exactly as Moodle reads it.
    let lead = trim(&answers[..starts.first().copied().unwrap_or(answers.len())]);
    let mut items = Vec::new();
    if !lead.is_empty() {
        items.push(parse_item(None, lead)?);
    }
    starts.push(answers.len());
    for w in starts.windows(2) {
        let prefix = answers[w[0]].c;
        items.push(parse_item(Some(prefix), &answers[w[0] + 1..w[1]])?);
    }
    Ok(items)
}

fn parse_item(prefix: Option<char>, chars: &[Ch]) -> Result<Item, Rejection> {
    let mut body = trim(chars);
    let mut weight = None;
    if body.first().is_some_and(|c| is_ctl(c, '%')) {
        let Some(end) = (1..body.len()).find(|i| is_ctl(&body[*i], '%')) else {
            return reject(CODE_SYNTAX, MessageId::GiftWeightUnclosed);
        };
        let w = text_of(&body[1..end]);
        match parse_number(&w) {
            Some(x) if (-100.0..=100.0).contains(&x) => weight = Some(x),
            _ => {
                return Err((
                    CODE_NUMBER,
                    MessageId::GiftWeightOutOfRange,
                    vec![("weight", w)],
                ))
            }
        }
        body = trim(&body[end + 1..]);
    }
    let (text, feedback) = match find_ctl(body, '#', 0) {
        Some(i) => (
            trim(&body[..i]).to_vec(),
            Some(trim(&body[i + 1..]).to_vec()),
        ),
        None => (body.to_vec(), None),
    };
    Ok(Item {
        prefix,
        weight,
        text,
        feedback,
    })
}

fn feedback_text(f: &Option<Vec<Ch>>, format: Format) -> Option<String> {
    f.as_ref()
        .map(|c| convert_text(&text_of(c), format, false))
        .filter(|s| !s.is_empty())
}

fn true_false(answers: &[Ch], format: Format) -> Option<QuestionKind> {
    let head_end = find_ctl(answers, '#', 0).unwrap_or(answers.len());
    let answer = match text_of(trim(&answers[..head_end])).as_str() {
        "T" | "TRUE" => true,
        "F" | "FALSE" => false,
        _ => return None,
    };
    let mut feedbacks = Vec::new();
    let mut pos = head_end;
    while pos < answers.len() {
        let next = find_ctl(answers, '#', pos + 1).unwrap_or(answers.len());
        feedbacks.push(convert_text(
            &text_of(trim(&answers[pos + 1..next])),
            format,
            false,
        ));
        pos = next;
    }
    // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
    let wrong = feedbacks.first().cloned().filter(|s| !s.is_empty());
    let right = feedbacks.get(1).cloned().filter(|s| !s.is_empty());
    let (feedback_true, feedback_false) = if answer {
        (right, wrong)
    } else {
        (wrong, right)
    };
    Some(QuestionKind::TrueFalse {
        answer,
        feedback_true,
        feedback_false,
    })
}

fn numeric(spec: &[Ch]) -> Result<QuestionKind, Rejection> {
    let spec = trim(spec);
    let items = if find_ctl(spec, '=', 0).is_some() || find_ctl(spec, '~', 0).is_some() {
        split_items(spec)?
    } else {
        vec![parse_item(Some('='), spec)?]
    };
    let mut answers = Vec::new();
    for it in items {
        if it.prefix.is_none() {
            return reject(CODE_SYNTAX, MessageId::GiftNumericPrefix);
        }
        let raw = text_of(&it.text);
        let (value, tolerance) = numeric_spec(raw.trim()).ok_or_else(|| {
            (
                CODE_NUMBER,
                MessageId::GiftNumericValue,
                vec![("value", raw.trim().to_string())],
            )
        })?;
        let weight = match it.prefix {
            Some('~') => it.weight.unwrap_or(0.0),
            _ => it.weight.unwrap_or(100.0),
        };
        answers.push(NumericAnswer {
            value,
            tolerance,
            weight: weight.max(0.0),
            feedback: feedback_text(&it.feedback, Format::Plain),
        });
    }
    Ok(QuestionKind::Numeric { answers })
}

fn numeric_spec(s: &str) -> Option<(f64, f64)> {
    if let Some((a, b)) = s.split_once("..") {
        let (a, b) = (parse_number(a)?, parse_number(b)?);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        return Some(((lo + hi) / 2.0, (hi - lo) / 2.0));
    }
    if let Some((v, t)) = s.split_once(':') {
        return Some((parse_number(v)?, parse_number(t)?.abs()));
    }
    Some((parse_number(s)?, 0.0))
}

fn matching(answers: &[Ch], format: Format) -> Result<QuestionKind, Rejection> {
    let mut pairs = Vec::new();
    for it in split_items(answers)? {
        if it.prefix != Some('=') {
            return reject(CODE_SYNTAX, MessageId::GiftPairSyntax);
        }
        if it.feedback.is_some() {
            return reject(CODE_UNSUPPORTED, MessageId::GiftPairFeedback);
        }
        let Some(arrow) = find_seq(&it.text, "->", 0) else {
            return Err((
                CODE_SYNTAX,
                MessageId::GiftPairArrow,
                vec![("pair", text_of(&it.text))],
            ));
        };
        let left = convert_text(&text_of(&it.text[..arrow]), format, false);
        let right = convert_text(&text_of(&it.text[arrow + 2..]), format, false);
        if left.is_empty() {
            return reject(CODE_UNSUPPORTED, MessageId::GiftPairNoLeft);
        }
        pairs.push(Pair { left, right });
    }
    Ok(QuestionKind::Matching { pairs })
}

fn choice(answers: &[Ch], format: Format) -> Result<QuestionKind, Rejection> {
    let items = split_items(answers)?;
    if items.iter().any(|i| i.prefix.is_none()) {
        return reject(CODE_SYNTAX, MessageId::GiftOptionPrefix);
    }
    let has_equals = items.iter().any(|i| i.prefix == Some('='));
    let mut options = Vec::new();
    if has_equals {
        // Moodle: with an `=` answer it is single choice; `~%n%` gives partial credit.
        let correct = items.iter().filter(|i| i.prefix == Some('=')).count();
        if correct > 1 {
            return Err((
                CODE_UNSUPPORTED,
                MessageId::GiftSeveralCorrect,
                vec![("count", correct.to_string())],
            ));
        }
        for it in items {
            let correct = it.prefix == Some('=');
            options.push(Choice {
                text: convert_text(&text_of(&it.text), format, false),
                correct,
                weight: if correct { None } else { it.weight },
                feedback: feedback_text(&it.feedback, format),
            });
        }
        Ok(QuestionKind::Single { options })
    } else {
        // Moodle: no `=` means several answers may be chosen, credited by their weights.
        for it in items {
            let w = it.weight.unwrap_or(0.0);
            options.push(Choice {
                text: convert_text(&text_of(&it.text), format, false),
                correct: w > 0.0,
                weight: Some(w),
                feedback: feedback_text(&it.feedback, format),
            });
        }
        Ok(QuestionKind::Multiple { options })
    }
}

fn short_answer(answers: &[Ch], format: Format) -> Result<QuestionKind, Rejection> {
    let mut out = Vec::new();
    for it in split_items(answers)? {
        let text = convert_text(&text_of(&it.text), format, false);
        out.push(TextAnswer {
            text,
            weight: it.weight.unwrap_or(100.0).clamp(0.0, 100.0),
            feedback: feedback_text(&it.feedback, format),
        });
    }
    Ok(QuestionKind::ShortText { answers: out })
}

// ---------------------------------------------------------------------------
// Ids

/// Cyrillic → Latin for ids made from titles (Russian, Kazakh, Kyrgyz, Tajik letters).
fn transliterate(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        let t = match ch {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' | 'ҷ' => "zh",
            'з' => "z",
            'и' | 'ӣ' | 'і' | 'й' => "i",
            'к' | 'қ' => "k",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' | 'ӯ' => "u",
            'ф' => "f",
            'х' | 'һ' | 'ҳ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sch",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            'ъ' | 'ь' => "",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(t);
    }
    out
}

fn id_from_title(title: &str) -> String {
    let slug = crate::slug::slugify_ascii(&transliterate(title));
    // Long titles make unwieldy ids; cut at a word boundary.
    if slug.len() <= 40 {
        return slug;
    }
    let cut = slug[..40].rfind('-').unwrap_or(40);
    slug[..cut].to_string()
}

fn unique_id(title: Option<&str>, n: usize, taken: &mut BTreeSet<String>) -> String {
    let base = title
        .map(id_from_title)
        .filter(|s| is_slug(s))
        .unwrap_or_else(|| format!("q-{n}"));
    let mut id = base.clone();
    let mut k = 2;
    while taken.contains(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    taken.insert(id.clone());
    id
}

// ---------------------------------------------------------------------------
// Writing

/// Why questions could not be added to an existing quiz file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GiftWriteError {
    #[error("the existing quiz file does not parse: {0}")]
    ExistingInvalid(String),
}

impl GiftWriteError {
    /// The Fluent message and its arguments, for pages in the author's language.
    pub fn key(&self) -> (MessageId, BTreeMap<String, String>) {
        match self {
            GiftWriteError::ExistingInvalid(detail) => (
                MessageId::GiftExistingInvalid,
                BTreeMap::from([("error".to_string(), detail.clone())]),
            ),
        }
    }
}

/// Appends `questions` to the text of an existing `quiz.LANG.toml` (or starts a new one
/// from an empty string), keeping the existing text byte for byte. Imported ids that
/// clash with existing ones get a `-2`, `-3`... suffix. Returns the new file text and
/// the ids given to the imported questions.
pub fn append_to_quiz_toml(
    existing: &str,
    questions: &[GiftQuestion],
) -> Result<(String, Vec<String>), GiftWriteError> {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    if !existing.trim().is_empty() {
        let mut sink = Sink::default();
        let parsed = parse_questions(existing, "quiz.toml", &mut sink);
        let syntax = sink
            .diags
            .iter()
            .find(|d| d.code == crate::diag::Code::TomlSyntax);
        match (parsed, syntax) {
            (Some(p), None) => taken.extend(p.questions.into_iter().map(|(q, _)| q.id)),
            (_, Some(d)) => return Err(GiftWriteError::ExistingInvalid(d.to_string())),
            (None, None) => return Err(GiftWriteError::ExistingInvalid("unreadable".into())),
        }
        // Ids of questions that failed to parse must not be reused either.
        for l in existing.lines() {
            if let Some(v) = l
                .trim()
                .strip_prefix("id")
                .and_then(|r| r.trim_start().strip_prefix('='))
            {
                taken.insert(v.trim().trim_matches('"').to_string());
            }
        }
    }
    let mut renamed = Vec::new();
    let mut ids = Vec::new();
    for gq in questions {
        let mut q = gq.question.clone();
        let base = q.id.clone();
        let mut k = 2;
        while taken.contains(&q.id) {
            q.id = format!("{base}-{k}");
            k += 1;
        }
        taken.insert(q.id.clone());
        ids.push(q.id.clone());
        renamed.push(q);
    }
    let mut out = existing.to_string();
    if !renamed.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if !out.trim().is_empty() {
            out.push('\n');
        }
        out.push_str(&questions_to_toml(&renamed));
    }
    Ok((out, ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> Question {
        let (qs, errs) = parse(src);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
        qs.into_iter().next().unwrap().question
    }

    fn err(src: &str) -> GiftError {
        let (qs, errs) = parse(src);
        assert!(qs.is_empty(), "{qs:?}");
        assert_eq!(errs.len(), 1, "{errs:?}");
        errs.into_iter().next().unwrap()
    }

    #[test]
    fn single_choice_with_feedback_and_partial_weight() {
        let q = one("::Hometown:: Jesus Christ was from {\n ~Jerusalem#Wrong city.\n ~%25%Bethlehem#Born here.\n =Nazareth#Yes!\n}");
        assert_eq!(q.id, "hometown");
        let QuestionKind::Single { options } = q.kind else {
            panic!()
        };
        assert_eq!(options.len(), 3);
        assert_eq!(options[1].weight, Some(25.0));
        assert!(options[2].correct);
        assert_eq!(options[2].feedback.as_deref(), Some("Yes!"));
    }

    #[test]
    fn multiple_answer_from_weights() {
        let q = one("What two people are entombed in Grant's tomb? {\n~%-100%No one\n~%50%Grant\n~%50%Grant's wife\n~%-100%Grant's father\n}");
        let QuestionKind::Multiple { options } = q.kind else {
            panic!()
        };
        assert_eq!(options.iter().filter(|o| o.correct).count(), 2);
    }

    #[test]
    fn true_false_and_feedbacks() {
        let q = one("Grant is buried in Grant's tomb.{FALSE#No one is buried there.#You got it!}");
        assert_eq!(
            q.kind,
            QuestionKind::TrueFalse {
                answer: false,
                feedback_true: Some("No one is buried there.".into()),
                feedback_false: Some("You got it!".into()),
            }
        );
        assert!(matches!(
            one("1+1=2 {T}").kind,
            QuestionKind::TrueFalse { answer: true, .. }
        ));
    }

    #[test]
    fn numeric_forms() {
        let n = |src: &str| match one(src).kind {
            QuestionKind::Numeric { answers } => answers
                .into_iter()
                .map(|a| (a.value, a.tolerance, a.weight))
                .collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(n("A number? {#3:2}"), vec![(3.0, 2.0, 100.0)]);
        assert_eq!(n("A number? {#1..5}"), vec![(3.0, 2.0, 100.0)]);
        assert_eq!(
            n("Born? {#\n=1822:0 # Correct!\n=%50%1822:2 # Close.\n}"),
            vec![(1822.0, 0.0, 100.0), (1822.0, 2.0, 50.0)]
        );
        assert_eq!(err("Pi? {#three}").code, CODE_NUMBER);
    }

    #[test]
    fn short_answer_matching_and_escapes() {
        let q = one("Two plus two equals {=four =4}.");
        let QuestionKind::ShortText { answers } = q.kind else {
            panic!()
        };
        assert_eq!(answers.len(), 2);
        let q = one("Match { =cat -> cat food =dog -> dog food }");
        assert!(
            matches!(q.kind, QuestionKind::Matching { ref pairs } if pairs[1].right == "dog food")
        );
        let q = one("Which answer equals 5? {\n~ \\= 2 + 2\n= \\= 2 + 3\n~ \\= 2 + 4\n}");
        let QuestionKind::Single { options } = q.kind else {
            panic!()
        };
        assert_eq!(options[1].text, "= 2 + 3");
        assert!(options[1].correct);
    }

    #[test]
    fn rejections_name_the_line() {
        let e = err("\n\n::Q8:: How are you? {}");
        assert_eq!(
            (e.line, e.code, e.key),
            (3, CODE_ESSAY, MessageId::GiftEssay)
        );
        assert_eq!(
            e.message,
            "an essay question ({}): essays are not supported"
        );
        assert_eq!(
            err("You can use your pencil and paper.").code,
            CODE_DESCRIPTION
        );
        assert_eq!(
            err("Moodle costs {~lots of money =nothing ~a small amount} to download.").code,
            CODE_MISSING_WORD
        );
        assert_eq!(err("Broken { =a ").code, CODE_UNCLOSED);
    }

    #[test]
    fn html_is_reduced_to_text() {
        let q = one("[html]<p>What is <b>2</b> &amp; <script>alert(1)</script>3?</p>{=5}");
        assert_eq!(q.text, "What is 2 & 3?");
    }

    #[test]
    fn ids_are_unique_and_transliterated() {
        let (qs, _) = parse("::Миссия:: A? {T}\n\n::Миссия:: B? {F}\n\nC? {T}");
        let ids: Vec<&str> = qs.iter().map(|q| q.question.id.as_str()).collect();
        assert_eq!(ids, vec!["missiya", "missiya-2", "q-3"]);
    }

    #[test]
    fn appends_keeping_existing_text() {
        let existing = "# hand-written\n[[question]]\nid = \"q-1\"\ntype = \"true_false\"\ntext = \"?\"\nanswer = true\n";
        let (qs, _) = parse("First {T}\n\n::Second:: Other {=x =y}");
        let (out, ids) = append_to_quiz_toml(existing, &qs).unwrap();
        assert!(out.starts_with(existing));
        assert_eq!(ids, vec!["q-1-2", "second"]);
        let mut sink = Sink::default();
        let parsed = parse_questions(&out, "quiz.ru.toml", &mut sink).unwrap();
        assert!(sink.diags.is_empty(), "{:?}", sink.diags);
        assert_eq!(parsed.questions.len(), 3);
        assert!(append_to_quiz_toml("[[question]\n", &qs).is_err());
    }
}
