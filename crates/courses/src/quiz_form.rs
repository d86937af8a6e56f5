//! A quiz file (`quiz.LANG.toml`) as the question editor's HTML form holds it: every
//! value is the text the author typed, so a wrong value (a word where a number belongs)
//! is written into the draft as a string and the checker reports it at its question,
//! instead of being dropped. The form writes the same format as hand-written files and
//! GIFT import (`docs/authoring.md`); it does not keep comments, which the advanced
//! (TOML) view does.

use serde::Serialize;

use crate::normalize::parse_number;
use crate::quiz::TYPE_NAMES;
use crate::slug::is_slug;
use crate::tomlx::quote;

/// The question types, in the order the editor offers them.
pub const TYPES: &[&str] = TYPE_NAMES;

/// Bounds on what a submitted form may hold, so a forged `count` cannot make the
/// server allocate without limit.
pub const MAX_QUESTIONS: usize = 200;
pub const MAX_ROWS: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct QuizForm {
    pub questions: Vec<FormQuestion>,
    /// Keys of the file the form has no field for (they are dropped when the form is
    /// saved; the page says so and offers the TOML view).
    pub unknown_keys: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FormQuestion {
    pub id: String,
    /// The `type` string (`single`, `numeric`...).
    pub kind: String,
    pub text: String,
    /// Empty: the default (1).
    pub points: String,
    /// Feedback for the question as a whole.
    pub feedback: String,
    /// `true_false` only: `true`, `false` or empty.
    pub answer: String,
    pub feedback_true: String,
    pub feedback_false: String,
    /// Options (single, multiple), accepted answers (short_text, numeric), pairs
    /// (matching) or items (ordering), in order.
    pub rows: Vec<FormRow>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FormRow {
    /// Option text, accepted answer, ordering item, or a pair's left side.
    pub text: String,
    /// A matching pair's right side.
    pub right: String,
    pub correct: bool,
    /// A numeric answer's value.
    pub value: String,
    pub tolerance: String,
    /// Percent of the points; empty: the type's default.
    pub weight: String,
    pub feedback: String,
}

/// What a submit button of the form asks for; every one of them also saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormAction {
    Save,
    AddQuestion(String),
    RemoveQuestion(usize),
    MoveQuestion {
        index: usize,
        up: bool,
    },
    AddRow(usize),
    RemoveRow(usize, usize),
    MoveRow {
        question: usize,
        row: usize,
        up: bool,
    },
}

impl FormAction {
    /// `action` is the pressed button's value (`up:2`, `remove-row:0:3`...); `new_type`
    /// the type chosen for a new question.
    pub fn parse(action: &str, new_type: &str) -> Option<FormAction> {
        let mut parts = action.split(':');
        let verb = parts.next()?;
        let nums: Vec<usize> = parts.map(|p| p.parse().ok()).collect::<Option<_>>()?;
        Some(match (verb, nums.as_slice()) {
            ("save", []) | ("", []) => FormAction::Save,
            ("add-question", []) if TYPE_NAMES.contains(&new_type) => {
                FormAction::AddQuestion(new_type.to_string())
            }
            ("remove", [i]) => FormAction::RemoveQuestion(*i),
            ("up", [i]) => FormAction::MoveQuestion {
                index: *i,
                up: true,
            },
            ("down", [i]) => FormAction::MoveQuestion {
                index: *i,
                up: false,
            },
            ("add-row", [i]) => FormAction::AddRow(*i),
            ("remove-row", [i, r]) => FormAction::RemoveRow(*i, *r),
            ("row-up", [i, r]) => FormAction::MoveRow {
                question: *i,
                row: *r,
                up: true,
            },
            ("row-down", [i, r]) => FormAction::MoveRow {
                question: *i,
                row: *r,
                up: false,
            },
            _ => return None,
        })
    }
}

/// The file could not be read as TOML: only the advanced view can edit it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotForm(pub String);

fn typed(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        other => other.to_string(),
    }
}

fn get(t: &toml::Table, key: &str) -> String {
    t.get(key).map(typed).unwrap_or_default()
}

fn tables<'a>(t: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    t.get(key)
        .and_then(toml::Value::as_array)
        .map(|a| a.iter().filter_map(toml::Value::as_table).collect())
        .unwrap_or_default()
}

fn strings(t: &toml::Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(toml::Value::as_array)
        .map(|a| a.iter().map(typed).collect())
        .unwrap_or_default()
}

fn note_unknown(t: &toml::Table, known: &[&str], prefix: &str, out: &mut Vec<String>) {
    for k in t.keys() {
        if !known.contains(&k.as_str()) {
            let name = format!("{prefix}{k}");
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
}

impl QuizForm {
    /// Reads a quiz file leniently: whatever is there goes into the fields, right or
    /// wrong; an empty file is an empty quiz.
    pub fn from_toml(text: &str) -> Result<QuizForm, NotForm> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let root: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| NotForm(e.to_string()))?;
        let mut form = QuizForm::default();
        note_unknown(&root, &["question"], "", &mut form.unknown_keys);
        for q in tables(&root, "question") {
            note_unknown(
                q,
                &[
                    "id",
                    "type",
                    "text",
                    "points",
                    "feedback",
                    "answer",
                    "tolerance",
                    "feedback_true",
                    "feedback_false",
                    "option",
                    "accept",
                    "alternative",
                    "pair",
                    "items",
                ],
                "question.",
                &mut form.unknown_keys,
            );
            let kind = get(q, "type");
            let mut fq = FormQuestion {
                id: get(q, "id"),
                text: get(q, "text"),
                points: get(q, "points"),
                feedback: get(q, "feedback"),
                feedback_true: get(q, "feedback_true"),
                feedback_false: get(q, "feedback_false"),
                ..Default::default()
            };
            match kind.as_str() {
                "single" | "multiple" => {
                    for o in tables(q, "option") {
                        note_unknown(
                            o,
                            &["text", "correct", "weight", "feedback"],
                            "question.option.",
                            &mut form.unknown_keys,
                        );
                        fq.rows.push(FormRow {
                            text: get(o, "text"),
                            correct: o.get("correct").and_then(toml::Value::as_bool) == Some(true),
                            weight: get(o, "weight"),
                            feedback: get(o, "feedback"),
                            ..Default::default()
                        });
                    }
                }
                "true_false" => fq.answer = get(q, "answer"),
                "short_text" => {
                    for a in strings(q, "accept") {
                        fq.rows.push(FormRow {
                            text: a,
                            ..Default::default()
                        });
                    }
                    for a in tables(q, "alternative") {
                        fq.rows.push(FormRow {
                            text: get(a, "text"),
                            weight: get(a, "weight"),
                            feedback: get(a, "feedback"),
                            ..Default::default()
                        });
                    }
                }
                "numeric" => {
                    if q.contains_key("answer") || q.contains_key("tolerance") {
                        fq.rows.push(FormRow {
                            value: get(q, "answer"),
                            tolerance: get(q, "tolerance"),
                            ..Default::default()
                        });
                    }
                    for a in tables(q, "alternative") {
                        fq.rows.push(FormRow {
                            value: get(a, "answer"),
                            tolerance: get(a, "tolerance"),
                            weight: get(a, "weight"),
                            feedback: get(a, "feedback"),
                            ..Default::default()
                        });
                    }
                }
                "matching" => {
                    for p in tables(q, "pair") {
                        fq.rows.push(FormRow {
                            text: get(p, "left"),
                            right: get(p, "right"),
                            ..Default::default()
                        });
                    }
                }
                "ordering" => {
                    for item in strings(q, "items") {
                        fq.rows.push(FormRow {
                            text: item,
                            ..Default::default()
                        });
                    }
                }
                _ => {}
            }
            fq.kind = kind;
            form.questions.push(fq);
        }
        Ok(form)
    }

    /// Reads the submitted form. Field names: `count`, `qN.id`, `qN.type`, `qN.text`,
    /// `qN.points`, `qN.feedback`, `qN.answer`, `qN.feedback_true`, `qN.feedback_false`,
    /// `qN.rows`, `qN.rM.text|right|value|tolerance|weight|feedback|correct`, and for a
    /// single-choice question the radio group `qN.correct` = M.
    pub fn from_fields(field: &dyn Fn(&str) -> Option<String>) -> QuizForm {
        let num = |name: &str, max: usize| {
            field(name)
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0)
                .min(max)
        };
        let text = |name: &str| field(name).unwrap_or_default().replace("\r\n", "\n");
        let mut form = QuizForm::default();
        for i in 0..num("count", MAX_QUESTIONS) {
            let p = format!("q{i}.");
            let kind = text(&format!("{p}type"));
            let single_correct = field(&format!("{p}correct"));
            let mut q = FormQuestion {
                id: text(&format!("{p}id")).trim().to_string(),
                text: text(&format!("{p}text")),
                points: text(&format!("{p}points")),
                feedback: text(&format!("{p}feedback")),
                answer: text(&format!("{p}answer")),
                feedback_true: text(&format!("{p}feedback_true")),
                feedback_false: text(&format!("{p}feedback_false")),
                ..Default::default()
            };
            for r in 0..num(&format!("{p}rows"), MAX_ROWS) {
                let rp = format!("{p}r{r}.");
                let correct = if kind == "single" {
                    single_correct.as_deref() == Some(r.to_string().as_str())
                } else {
                    field(&format!("{rp}correct")).is_some()
                };
                q.rows.push(FormRow {
                    text: text(&format!("{rp}text")),
                    right: text(&format!("{rp}right")),
                    correct,
                    value: text(&format!("{rp}value")),
                    tolerance: text(&format!("{rp}tolerance")),
                    weight: text(&format!("{rp}weight")),
                    feedback: text(&format!("{rp}feedback")),
                });
            }
            q.kind = kind;
            form.questions.push(q);
        }
        form
    }

    /// Applies a button's action; out-of-range indexes change nothing.
    pub fn apply(&mut self, action: &FormAction) {
        let qs = &mut self.questions;
        match *action {
            FormAction::Save => {}
            FormAction::AddQuestion(ref kind) if qs.len() < MAX_QUESTIONS => {
                let id = (qs.len() + 1..)
                    .map(|n| format!("q-{n}"))
                    .find(|id| !qs.iter().any(|q| &q.id == id))
                    .expect("an unused id exists");
                let rows = match kind.as_str() {
                    "true_false" => 0,
                    "short_text" | "numeric" => 1,
                    _ => 2,
                };
                qs.push(FormQuestion {
                    id,
                    kind: kind.clone(),
                    answer: if kind == "true_false" {
                        "true".into()
                    } else {
                        String::new()
                    },
                    rows: vec![FormRow::default(); rows],
                    ..Default::default()
                });
            }
            FormAction::AddQuestion(_) => {}
            FormAction::RemoveQuestion(i) if i < qs.len() => {
                qs.remove(i);
            }
            FormAction::MoveQuestion { index, up } => swap_neighbour(qs, index, up),
            FormAction::AddRow(i) => {
                if let Some(q) = qs.get_mut(i) {
                    if q.rows.len() < MAX_ROWS {
                        q.rows.push(FormRow::default());
                    }
                }
            }
            FormAction::RemoveRow(i, r) => {
                if let Some(q) = qs.get_mut(i) {
                    if r < q.rows.len() {
                        q.rows.remove(r);
                    }
                }
            }
            FormAction::MoveRow { question, row, up } => {
                if let Some(q) = qs.get_mut(question) {
                    swap_neighbour(&mut q.rows, row, up);
                }
            }
            FormAction::RemoveQuestion(_) => {}
        }
    }

    /// Writes the quiz file. Numbers typed with a comma (`0,5`) are written as numbers;
    /// anything that is not a number is written as a string for the checker to report.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        for (n, q) in self.questions.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            out.push_str("[[question]]\n");
            kv(&mut out, "id", &quote(&q.id));
            kv(&mut out, "type", &quote(&q.kind));
            kv(&mut out, "text", &quote(&q.text));
            opt_number(&mut out, "points", &q.points);
            opt_text(&mut out, "feedback", &q.feedback);
            match q.kind.as_str() {
                "single" | "multiple" => {
                    for o in &q.rows {
                        out.push_str("[[question.option]]\n");
                        kv(&mut out, "text", &quote(&o.text));
                        if o.correct {
                            kv(&mut out, "correct", "true");
                        }
                        opt_number(&mut out, "weight", &o.weight);
                        opt_text(&mut out, "feedback", &o.feedback);
                    }
                }
                "true_false" => {
                    match q.answer.trim() {
                        "" => {}
                        "true" | "false" => kv(&mut out, "answer", q.answer.trim()),
                        other => kv(&mut out, "answer", &quote(other)),
                    }
                    opt_text(&mut out, "feedback_true", &q.feedback_true);
                    opt_text(&mut out, "feedback_false", &q.feedback_false);
                }
                "short_text" => {
                    let plain = |r: &FormRow| {
                        (r.weight.trim().is_empty() || r.weight.trim() == "100")
                            && r.feedback.trim().is_empty()
                    };
                    let accept: Vec<String> = q
                        .rows
                        .iter()
                        .filter(|r| plain(r))
                        .map(|r| quote(r.text.trim()))
                        .collect();
                    kv(&mut out, "accept", &format!("[{}]", accept.join(", ")));
                    for r in q.rows.iter().filter(|r| !plain(r)) {
                        out.push_str("[[question.alternative]]\n");
                        kv(&mut out, "text", &quote(r.text.trim()));
                        opt_number(&mut out, "weight", &r.weight);
                        opt_text(&mut out, "feedback", &r.feedback);
                    }
                }
                "numeric" => {
                    let main = q.rows.iter().position(|r| {
                        (r.weight.trim().is_empty() || r.weight.trim() == "100")
                            && r.feedback.trim().is_empty()
                    });
                    if let Some(r) = main.map(|i| &q.rows[i]) {
                        opt_number(&mut out, "answer", &r.value);
                        opt_number(&mut out, "tolerance", &r.tolerance);
                    }
                    for (i, r) in q.rows.iter().enumerate() {
                        if Some(i) == main {
                            continue;
                        }
                        out.push_str("[[question.alternative]]\n");
                        opt_number(&mut out, "answer", &r.value);
                        opt_number(&mut out, "tolerance", &r.tolerance);
                        opt_number(&mut out, "weight", &r.weight);
                        opt_text(&mut out, "feedback", &r.feedback);
                    }
                }
                "matching" => {
                    for p in &q.rows {
                        out.push_str("[[question.pair]]\n");
                        kv(&mut out, "left", &quote(p.text.trim()));
                        kv(&mut out, "right", &quote(p.right.trim()));
                    }
                }
                "ordering" => {
                    let items: Vec<String> = q.rows.iter().map(|r| quote(r.text.trim())).collect();
                    kv(&mut out, "items", &format!("[{}]", items.join(", ")));
                }
                _ => {}
            }
        }
        out
    }
}

/// The 1-based line on which each `[[question]]` of a quiz file starts, so that the
/// checker's findings (which carry lines) can be shown at their question.
pub fn question_lines(text: &str) -> Vec<u32> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[question]]")
        .map(|(n, _)| n as u32 + 1)
        .collect()
}

/// The question (index) a line of the file belongs to, given [`question_lines`].
pub fn question_at(starts: &[u32], line: u32) -> Option<usize> {
    starts.iter().rposition(|s| *s <= line)
}

/// Whether `id` is a valid question id (for the form's hint; the checker decides).
pub fn valid_id(id: &str) -> bool {
    is_slug(id)
}

fn swap_neighbour<T>(v: &mut [T], i: usize, up: bool) {
    if up && i > 0 && i < v.len() {
        v.swap(i, i - 1);
    } else if !up && i + 1 < v.len() {
        v.swap(i, i + 1);
    }
}

fn kv(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    out.push_str(value);
    out.push('\n');
}

fn opt_text(out: &mut String, key: &str, value: &str) {
    if !value.trim().is_empty() {
        kv(out, key, &quote(value.trim()));
    }
}

fn opt_number(out: &mut String, key: &str, typed: &str) {
    let typed = typed.trim();
    if typed.is_empty() {
        return;
    }
    if let Ok(i) = typed.parse::<i64>() {
        kv(out, key, &i.to_string());
    } else if let Some(x) = parse_number(typed).filter(|x| x.is_finite()) {
        let written = if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        };
        kv(out, key, &written);
    } else {
        kv(out, key, &quote(typed));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Sink};
    use crate::quiz::parse_questions;

    const EVERY_TYPE: &str = r#"[[question]]
id = "one"
type = "single"
text = "Pick"
feedback = "General"
[[question.option]]
text = "Right"
correct = true
feedback = "Yes"
[[question.option]]
text = "Half"
weight = 50

[[question]]
id = "many"
type = "multiple"
text = "Pick some"
points = 2
[[question.option]]
text = "A"
correct = true
[[question.option]]
text = "B"
correct = true
[[question.option]]
text = "C"

[[question]]
id = "tf"
type = "true_false"
text = "True?"
answer = false
feedback_true = "No"

[[question]]
id = "word"
type = "short_text"
text = "Word?"
accept = ["устав", "устав организации"]
[[question.alternative]]
text = "положение"
weight = 50
feedback = "Close"

[[question]]
id = "num"
type = "numeric"
text = "How much?"
answer = 1200
tolerance = 10
[[question.alternative]]
answer = 1200
tolerance = 100
weight = 50

[[question]]
id = "match"
type = "matching"
text = "Match"
[[question.pair]]
left = "a"
right = "b"
[[question.pair]]
left = "c"
right = "d"

[[question]]
id = "order"
type = "ordering"
text = "Order"
items = ["x", "y", "z"]
"#;

    fn parsed(text: &str) -> Vec<crate::quiz::Question> {
        let mut sink = Sink::default();
        let p = parse_questions(text, "quiz.ru.toml", &mut sink).unwrap();
        assert!(sink.diags.is_empty(), "{:#?}", sink.diags);
        p.questions.into_iter().map(|(q, _)| q).collect()
    }

    #[test]
    fn every_type_round_trips_through_the_form() {
        let form = QuizForm::from_toml(EVERY_TYPE).unwrap();
        assert!(form.unknown_keys.is_empty());
        assert_eq!(form.questions.len(), 7);
        assert_eq!(parsed(&form.to_toml()), parsed(EVERY_TYPE));
    }

    /// The form's field names, filled as a browser would from the rendered form.
    fn as_fields(form: &QuizForm) -> Vec<(String, String)> {
        let mut f = vec![("count".to_string(), form.questions.len().to_string())];
        for (i, q) in form.questions.iter().enumerate() {
            let p = format!("q{i}.");
            for (k, v) in [
                ("id", &q.id),
                ("type", &q.kind),
                ("text", &q.text),
                ("points", &q.points),
                ("feedback", &q.feedback),
                ("answer", &q.answer),
                ("feedback_true", &q.feedback_true),
                ("feedback_false", &q.feedback_false),
            ] {
                f.push((format!("{p}{k}"), v.clone()));
            }
            f.push((format!("{p}rows"), q.rows.len().to_string()));
            for (r, row) in q.rows.iter().enumerate() {
                let rp = format!("{p}r{r}.");
                for (k, v) in [
                    ("text", &row.text),
                    ("right", &row.right),
                    ("value", &row.value),
                    ("tolerance", &row.tolerance),
                    ("weight", &row.weight),
                    ("feedback", &row.feedback),
                ] {
                    f.push((format!("{rp}{k}"), v.clone()));
                }
                if row.correct {
                    if q.kind == "single" {
                        f.push((format!("{p}correct"), r.to_string()));
                    } else {
                        f.push((format!("{rp}correct"), "on".into()));
                    }
                }
            }
        }
        f
    }

    fn read(fields: &[(String, String)]) -> QuizForm {
        QuizForm::from_fields(&|name| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn fields_read_back_what_was_rendered() {
        let form = QuizForm::from_toml(EVERY_TYPE).unwrap();
        assert_eq!(read(&as_fields(&form)), form);
    }

    #[test]
    fn wrong_values_are_kept_for_the_checker() {
        let mut form = QuizForm::from_toml(EVERY_TYPE).unwrap();
        form.questions[4].rows[0].tolerance = "около десяти".into();
        form.questions[1].points = "0,5".into();
        let text = form.to_toml();
        assert!(text.contains("tolerance = \"около десяти\""), "{text}");
        assert!(text.contains("points = 0.5"), "{text}");
        let again = QuizForm::from_toml(&text).unwrap();
        assert_eq!(again.questions[4].rows[0].tolerance, "около десяти");
        let mut sink = Sink::default();
        parse_questions(&text, "quiz.ru.toml", &mut sink);
        let codes: Vec<Code> = sink.diags.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::WrongType), "{codes:?}");
    }

    #[test]
    fn buttons_add_remove_and_reorder() {
        let mut form = QuizForm::default();
        for kind in TYPE_NAMES {
            form.apply(&FormAction::parse("add-question", kind).unwrap());
        }
        assert_eq!(form.questions.len(), TYPE_NAMES.len());
        assert_eq!(form.questions[0].id, "q-1");
        assert_eq!(form.questions[2].answer, "true");
        form.apply(&FormAction::parse("down:0", "").unwrap());
        assert_eq!(form.questions[1].kind, "single");
        form.apply(&FormAction::parse("up:1", "").unwrap());
        assert_eq!(form.questions[0].kind, "single");
        form.apply(&FormAction::parse("up:0", "").unwrap());
        assert_eq!(form.questions[0].kind, "single", "the first stays first");
        form.apply(&FormAction::parse("add-row:0", "").unwrap());
        form.questions[0].rows[2].text = "third".into();
        form.apply(&FormAction::parse("row-up:0:2", "").unwrap());
        assert_eq!(form.questions[0].rows[1].text, "third");
        form.apply(&FormAction::parse("remove-row:0:1", "").unwrap());
        assert_eq!(form.questions[0].rows.len(), 2);
        assert!(form.questions[0].rows.iter().all(|r| r.text.is_empty()));
        form.apply(&FormAction::parse("remove:0", "").unwrap());
        assert_eq!(form.questions.len(), TYPE_NAMES.len() - 1);
        form.apply(&FormAction::parse("remove:99", "").unwrap());
        form.apply(&FormAction::parse("remove-row:99:0", "").unwrap());
        assert_eq!(form.questions.len(), TYPE_NAMES.len() - 1);
        form.apply(&FormAction::parse("add-question", "single").unwrap());
        assert_eq!(form.questions.last().unwrap().id, "q-8", "ids stay unique");
        assert_eq!(FormAction::parse("add-question", "essay"), None);
        assert_eq!(FormAction::parse("up:x", ""), None);
    }

    #[test]
    fn forged_counts_are_bounded() {
        let fields = vec![("count".to_string(), "99999999".to_string())];
        assert_eq!(read(&fields).questions.len(), MAX_QUESTIONS);
    }

    #[test]
    fn findings_map_to_their_question() {
        let starts = question_lines(EVERY_TYPE);
        assert_eq!(starts.len(), 7);
        assert_eq!(question_at(&starts, 1), Some(0));
        assert_eq!(question_at(&starts, starts[3] + 2), Some(3));
        assert_eq!(question_at(&[3], 1), None);
    }
}
