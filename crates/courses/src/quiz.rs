//! Quiz data: settings, questions per language, the answer-key rules, and the
//! authoring-format TOML reader and writer.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::diag::{Code, MessageId, Sink};
use crate::lang::Lang;
use crate::normalize::normalize_text;
use crate::slug::is_slug;
use crate::tomlx::{quote, range_args, TableReader, TomlFile};

/// `quiz.toml`: the language-neutral settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSettings {
    /// Percent of the points needed to pass, 1..=100.
    pub pass_mark: u8,
    /// `None`: unlimited.
    pub max_attempts: Option<u32>,
    /// `None`: no time limit.
    pub time_limit_minutes: Option<u32>,
}

/// A module's quiz: settings plus the questions in every language present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub settings: QuizSettings,
    /// Always holds `Lang::Ru` when loaded from a valid tree.
    pub variants: BTreeMap<Lang, QuestionSet>,
}

impl Quiz {
    /// The question set for `lang`, falling back to ru then en.
    pub fn best(&self, lang: Lang) -> Option<(Lang, &QuestionSet)> {
        lang.fallback_chain()
            .into_iter()
            .find_map(|l| self.variants.get(&l).map(|s| (l, s)))
    }
}

/// The questions of one language, in authored order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct QuestionSet {
    pub questions: Vec<Question>,
}

impl QuestionSet {
    pub fn total_points(&self) -> u32 {
        self.questions.iter().map(|q| q.points).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable within the quiz and across languages, `[a-z0-9-]`.
    pub id: String,
    /// Inline Markdown.
    pub text: String,
    /// 1..=100, default 1.
    pub points: u32,
    /// Shown after submission for the question as a whole.
    pub feedback: Option<String>,
    #[serde(flatten)]
    pub kind: QuestionKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    Single {
        options: Vec<Choice>,
    },
    Multiple {
        options: Vec<Choice>,
    },
    TrueFalse {
        answer: bool,
        /// Shown when the learner answered "true" / "false" (GIFT's per-answer feedback).
        feedback_true: Option<String>,
        feedback_false: Option<String>,
    },
    ShortText {
        /// The first entries come from `accept` (full credit); `alternative`s follow.
        answers: Vec<TextAnswer>,
    },
    Numeric {
        /// The first entry comes from `answer`/`tolerance` when given; `alternative`s follow.
        answers: Vec<NumericAnswer>,
    },
    /// Pairs as written are correct; the right-hand sides are shown shuffled.
    Matching {
        pairs: Vec<Pair>,
    },
    /// Items written in the correct order; shown shuffled.
    Ordering {
        items: Vec<String>,
    },
}

impl QuestionKind {
    /// The `type` string of the authoring format.
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::TrueFalse { .. } => "true_false",
            QuestionKind::ShortText { .. } => "short_text",
            QuestionKind::Numeric { .. } => "numeric",
            QuestionKind::Matching { .. } => "matching",
            QuestionKind::Ordering { .. } => "ordering",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
    /// Percent of the question's points, −100..=100; see [`Choice::effective_weight`].
    pub weight: Option<f64>,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextAnswer {
    pub text: String,
    /// Percent, 0..=100.
    pub weight: f64,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumericAnswer {
    pub value: f64,
    /// Absolute, ≥ 0.
    pub tolerance: f64,
    /// Percent, 0..=100.
    pub weight: f64,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub left: String,
    pub right: String,
}

/// Credit of each option of a `multiple` question, in percent: explicit `weight`s as
/// written, otherwise `+100/c` for a correct option and `−100/c` for a wrong one
/// (`c` = number of correct options).
pub fn multiple_weights(options: &[Choice]) -> Vec<f64> {
    let c = options.iter().filter(|o| o.correct).count().max(1) as f64;
    options
        .iter()
        .map(|o| match o.weight {
            Some(w) => w,
            None if o.correct => 100.0 / c,
            None => -100.0 / c,
        })
        .collect()
}

/// Where in a question a problem sits, so each front end (TOML, GIFT) can give a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    Question,
    Key(&'static str),
    Option(usize),
    Pair(usize),
    Item(usize),
    Answer(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    pub code: Code,
    pub key: MessageId,
    pub at: At,
    pub args: Vec<(&'static str, String)>,
}

const WEIGHT_SUM_SLACK: f64 = 0.5;

/// The answer-key rules of one question, independent of how it was written. Messages
/// do not name the question: each front end says where it is (line, question id).
pub(crate) fn validate_question(q: &Question) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut bad = |code: Code, key: MessageId, at: At, args: Vec<(&'static str, String)>| {
        out.push(Problem {
            code,
            key,
            at,
            args,
        })
    };
    if !is_slug(&q.id) {
        bad(
            Code::InvalidValue,
            MessageId::QuestionIdInvalid,
            At::Key("id"),
            vec![("question", q.id.clone())],
        );
    }
    if q.text.trim().is_empty() {
        bad(
            Code::InvalidValue,
            MessageId::QuestionTextEmpty,
            At::Key("text"),
            vec![],
        );
    }
    if !(1..=100).contains(&q.points) {
        bad(
            Code::InvalidValue,
            MessageId::QuestionPointsOutOfRange,
            At::Key("points"),
            vec![("points", q.points.to_string())],
        );
    }
    let nth = |i: usize| (i + 1).to_string();
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            let single = matches!(q.kind, QuestionKind::Single { .. });
            if options.len() < 2 {
                bad(
                    Code::AnswerKeyInvalid,
                    MessageId::OptionsTooFew,
                    At::Question,
                    vec![
                        ("type", q.kind.type_name().to_string()),
                        ("count", options.len().to_string()),
                    ],
                );
            }
            for (i, o) in options.iter().enumerate() {
                if o.text.trim().is_empty() {
                    bad(
                        Code::InvalidValue,
                        MessageId::OptionNoText,
                        At::Option(i),
                        vec![("option", nth(i))],
                    );
                }
                if let Some(w) = o.weight {
                    if !(-100.0..=100.0).contains(&w) {
                        bad(
                            Code::InvalidValue,
                            MessageId::OptionWeightOutOfRange,
                            At::Option(i),
                            vec![("option", nth(i)), ("weight", w.to_string())],
                        );
                    }
                }
            }
            let correct: Vec<usize> = (0..options.len()).filter(|i| options[*i].correct).collect();
            if single {
                if correct.len() != 1 {
                    bad(
                        Code::AnswerKeyInvalid,
                        MessageId::SingleCorrectCount,
                        At::Question,
                        vec![("count", correct.len().to_string())],
                    );
                }
                for &i in &correct {
                    if let Some(w) = options[i].weight {
                        if w != 100.0 {
                            bad(
                                Code::AnswerKeyInvalid,
                                MessageId::SingleCorrectWeight,
                                At::Option(i),
                                vec![("option", nth(i)), ("weight", w.to_string())],
                            );
                        }
                    }
                }
                for (i, o) in options.iter().enumerate() {
                    if !o.correct && o.weight.is_some_and(|w| w >= 100.0) {
                        bad(
                            Code::AnswerKeyInvalid,
                            MessageId::SingleFullCreditNotCorrect,
                            At::Option(i),
                            vec![("option", nth(i))],
                        );
                    }
                }
            } else {
                if correct.is_empty() {
                    bad(
                        Code::AnswerKeyInvalid,
                        MessageId::MultipleNoCorrect,
                        At::Question,
                        vec![],
                    );
                }
                let weights = multiple_weights(options);
                for (i, (o, w)) in options.iter().zip(&weights).enumerate() {
                    if o.correct != (*w > 0.0) {
                        bad(
                            Code::AnswerKeyInvalid,
                            MessageId::MultipleWeightSign,
                            At::Option(i),
                            vec![
                                ("option", nth(i)),
                                ("weight", w.to_string()),
                                ("correct", o.correct.to_string()),
                            ],
                        );
                    }
                }
                let sum: f64 = weights.iter().filter(|w| **w > 0.0).sum();
                if !correct.is_empty() && (sum - 100.0).abs() > WEIGHT_SUM_SLACK {
                    bad(
                        Code::AnswerKeyInvalid,
                        MessageId::MultipleWeightSum,
                        At::Question,
                        vec![("sum", sum.to_string())],
                    );
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {}
        QuestionKind::ShortText { answers } => {
            if !answers.iter().any(|a| a.weight >= 100.0) {
                bad(
                    Code::AnswerKeyInvalid,
                    MessageId::ShortTextNoFullCredit,
                    At::Key("accept"),
                    vec![],
                );
            }
            for (i, a) in answers.iter().enumerate() {
                if normalize_text(&a.text).is_empty() {
                    bad(
                        Code::AnswerKeyInvalid,
                        MessageId::ShortTextAnswerEmpty,
                        At::Answer(i),
                        vec![],
                    );
                }
                if !(0.0..=100.0).contains(&a.weight) {
                    bad(
                        Code::InvalidValue,
                        MessageId::AnswerWeightOutOfRange,
                        At::Answer(i),
                        vec![("weight", a.weight.to_string())],
                    );
                }
            }
        }
        QuestionKind::Numeric { answers } => {
            if !answers.iter().any(|a| a.weight >= 100.0) {
                bad(
                    Code::AnswerKeyInvalid,
                    MessageId::NumericNoFullCredit,
                    At::Key("answer"),
                    vec![],
                );
            }
            for (i, a) in answers.iter().enumerate() {
                if a.tolerance < 0.0 || !a.tolerance.is_finite() {
                    bad(
                        Code::InvalidValue,
                        MessageId::NumericToleranceNegative,
                        At::Answer(i),
                        vec![("tolerance", a.tolerance.to_string())],
                    );
                }
                if !(0.0..=100.0).contains(&a.weight) {
                    bad(
                        Code::InvalidValue,
                        MessageId::AnswerWeightOutOfRange,
                        At::Answer(i),
                        vec![("weight", a.weight.to_string())],
                    );
                }
            }
        }
        QuestionKind::Matching { pairs } => {
            if pairs.len() < 2 {
                bad(
                    Code::AnswerKeyInvalid,
                    MessageId::PairsTooFew,
                    At::Question,
                    vec![("count", pairs.len().to_string())],
                );
            }
            let mut lefts = BTreeSet::new();
            for (i, p) in pairs.iter().enumerate() {
                if p.left.trim().is_empty() || p.right.trim().is_empty() {
                    bad(
                        Code::InvalidValue,
                        MessageId::PairEmptySide,
                        At::Pair(i),
                        vec![("pair", nth(i))],
                    );
                }
                if !lefts.insert(p.left.trim()) {
                    bad(
                        Code::AnswerKeyInvalid,
                        MessageId::PairLeftTwice,
                        At::Pair(i),
                        vec![("pair", nth(i)), ("left", p.left.clone())],
                    );
                }
            }
        }
        QuestionKind::Ordering { items } => {
            if items.len() < 2 {
                bad(
                    Code::AnswerKeyInvalid,
                    MessageId::ItemsTooFew,
                    At::Key("items"),
                    vec![("count", items.len().to_string())],
                );
            }
            let mut seen = BTreeSet::new();
            for (i, it) in items.iter().enumerate() {
                if it.trim().is_empty() {
                    bad(
                        Code::InvalidValue,
                        MessageId::ItemEmpty,
                        At::Item(i),
                        vec![("item", nth(i))],
                    );
                } else if !seen.insert(it.trim()) {
                    bad(
                        Code::AnswerKeyInvalid,
                        MessageId::ItemTwice,
                        At::Item(i),
                        vec![("text", it.clone())],
                    );
                }
            }
        }
    }
    out
}

/// The first structural difference between a translated question and the reference
/// (its message and arguments besides the question's id and position), or `None` when
/// they have the same shape and the same answer key.
pub(crate) fn structure_difference(
    reference: &Question,
    other: &Question,
) -> Option<(MessageId, Vec<(&'static str, String)>)> {
    let counts = |key: MessageId, a: usize, b: usize| {
        (a != b).then(|| {
            (
                key,
                vec![("count", b.to_string()), ("reference", a.to_string())],
            )
        })
    };
    if reference.id != other.id {
        return Some((MessageId::TranslationId, vec![("id", other.id.clone())]));
    }
    if reference.kind.type_name() != other.kind.type_name() {
        return Some(type_difference(reference, other));
    }
    if reference.points != other.points {
        return Some((
            MessageId::TranslationPoints,
            vec![
                ("points", other.points.to_string()),
                ("reference", reference.points.to_string()),
            ],
        ));
    }
    match (&reference.kind, &other.kind) {
        (QuestionKind::Single { options: a }, QuestionKind::Single { options: b })
        | (QuestionKind::Multiple { options: a }, QuestionKind::Multiple { options: b }) => {
            if let Some(d) = counts(MessageId::TranslationOptionCount, a.len(), b.len()) {
                return Some(d);
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                if x.correct != y.correct {
                    return Some((
                        MessageId::TranslationOptionCorrect,
                        vec![
                            ("option", (i + 1).to_string()),
                            ("correct", x.correct.to_string()),
                        ],
                    ));
                }
                if x.weight != y.weight {
                    return Some((
                        MessageId::TranslationOptionWeight,
                        vec![("option", (i + 1).to_string())],
                    ));
                }
            }
            None
        }
        (QuestionKind::TrueFalse { answer: a, .. }, QuestionKind::TrueFalse { answer: b, .. }) => {
            (a != b).then(|| {
                (
                    MessageId::TranslationAnswer,
                    vec![("answer", b.to_string()), ("reference", a.to_string())],
                )
            })
        }
        (QuestionKind::ShortText { .. }, QuestionKind::ShortText { .. }) => None,
        (QuestionKind::Numeric { answers: a }, QuestionKind::Numeric { answers: b }) => {
            if let Some(d) = counts(MessageId::TranslationNumericCount, a.len(), b.len()) {
                return Some(d);
            }
            a.iter()
                .zip(b)
                .position(|(x, y)| {
                    x.value != y.value || x.tolerance != y.tolerance || x.weight != y.weight
                })
                .map(|i| {
                    (
                        MessageId::TranslationNumericAnswer,
                        vec![("number", (i + 1).to_string())],
                    )
                })
        }
        (QuestionKind::Matching { pairs: a }, QuestionKind::Matching { pairs: b }) => {
            counts(MessageId::TranslationPairCount, a.len(), b.len())
        }
        (QuestionKind::Ordering { items: a }, QuestionKind::Ordering { items: b }) => {
            counts(MessageId::TranslationItemCount, a.len(), b.len())
        }
        // Types were compared by name above, so a mixed pair cannot reach here; saying
        // "the type differs" keeps this a report rather than a panic should the two ever
        // drift apart.
        _ => Some(type_difference(reference, other)),
    }
}

fn type_difference(
    reference: &Question,
    other: &Question,
) -> (MessageId, Vec<(&'static str, String)>) {
    (
        MessageId::TranslationType,
        vec![
            ("type", other.kind.type_name().to_string()),
            ("reference", reference.kind.type_name().to_string()),
        ],
    )
}

// ---------------------------------------------------------------------------
// Reading the authoring format

/// Lines of the parts of one question in its TOML file.
#[derive(Debug, Clone, Default)]
pub(crate) struct QuestionLines {
    pub start: u32,
    pub keys: BTreeMap<&'static str, u32>,
    pub options: Vec<u32>,
    pub pairs: Vec<u32>,
    pub items: Vec<u32>,
    pub answers: Vec<u32>,
}

impl QuestionLines {
    pub fn line(&self, at: At) -> u32 {
        let pick = |v: &Vec<u32>, i: usize| v.get(i).copied().unwrap_or(self.start);
        match at {
            At::Question => self.start,
            At::Key(k) => self.keys.get(k).copied().unwrap_or(self.start),
            At::Option(i) => pick(&self.options, i),
            At::Pair(i) => pick(&self.pairs, i),
            At::Item(i) => pick(&self.items, i),
            At::Answer(i) => pick(&self.answers, i),
        }
    }
}

const SETTINGS_KEYS: &[&str] = &["pass_mark", "max_attempts", "time_limit_minutes"];
const QUIZ_KEYS: &[&str] = &["question"];
const OPTION_KEYS: &[&str] = &["text", "correct", "weight", "feedback"];
const PAIR_KEYS: &[&str] = &["left", "right"];
const TEXT_ALT_KEYS: &[&str] = &["text", "weight", "feedback"];
const NUM_ALT_KEYS: &[&str] = &["answer", "tolerance", "weight", "feedback"];
const ALL_QUESTION_KEYS: &[&str] = &[
    "id",
    "type",
    "text",
    "points",
    "feedback",
    "option",
    "answer",
    "feedback_true",
    "feedback_false",
    "accept",
    "alternative",
    "tolerance",
    "pair",
    "items",
];

fn keys_for(type_name: Option<&str>) -> &'static [&'static str] {
    match type_name {
        Some("single") | Some("multiple") => {
            &["id", "type", "text", "points", "feedback", "option"]
        }
        Some("true_false") => &[
            "id",
            "type",
            "text",
            "points",
            "feedback",
            "answer",
            "feedback_true",
            "feedback_false",
        ],
        Some("short_text") => &[
            "id",
            "type",
            "text",
            "points",
            "feedback",
            "accept",
            "alternative",
        ],
        Some("numeric") => &[
            "id",
            "type",
            "text",
            "points",
            "feedback",
            "answer",
            "tolerance",
            "alternative",
        ],
        Some("matching") => &["id", "type", "text", "points", "feedback", "pair"],
        Some("ordering") => &["id", "type", "text", "points", "feedback", "items"],
        _ => ALL_QUESTION_KEYS,
    }
}

pub(crate) const TYPE_NAMES: &[&str] = &[
    "single",
    "multiple",
    "true_false",
    "short_text",
    "numeric",
    "matching",
    "ordering",
];

pub(crate) fn parse_settings(src: &str, path: &str, sink: &mut Sink) -> Option<QuizSettings> {
    let file = TomlFile::parse(src, path, sink)?;
    let r = file.root_reader(SETTINGS_KEYS, sink);
    let pass_mark = r.int("pass_mark", true, sink);
    let max_attempts = r.int("max_attempts", false, sink);
    let time_limit = r.int("time_limit_minutes", false, sink);
    let mut ok = pass_mark.is_some();
    if let Some(p) = pass_mark {
        if !(1..=100).contains(&p) {
            r.invalid(
                "pass_mark",
                MessageId::ValueOutOfRange,
                &range_args(p, 1, 100),
                sink,
            );
            ok = false;
        }
    }
    if let Some(m) = max_attempts {
        if !(1..=1000).contains(&m) {
            r.invalid(
                "max_attempts",
                MessageId::MaxAttemptsOutOfRange,
                &[("value", m.to_string())],
                sink,
            );
            ok = false;
        }
    }
    if let Some(t) = time_limit {
        if !(1..=600).contains(&t) {
            r.invalid(
                "time_limit_minutes",
                MessageId::TimeLimitOutOfRange,
                &[("value", t.to_string())],
                sink,
            );
            ok = false;
        }
    }
    if r.has("max_attempts") && max_attempts.is_none()
        || r.has("time_limit_minutes") && time_limit.is_none()
    {
        ok = false;
    }
    ok.then(|| QuizSettings {
        pass_mark: pass_mark.unwrap_or(0) as u8,
        max_attempts: max_attempts.map(|m| m as u32),
        time_limit_minutes: time_limit.map(|t| t as u32),
    })
}

/// A parsed question file: the questions that parsed completely (with their lines) and
/// whether every question did.
pub(crate) struct ParsedQuestions {
    pub questions: Vec<(Question, QuestionLines)>,
    pub complete: bool,
}

/// Reads `quiz.LANG.toml`, reporting every problem, including answer-key rules.
pub(crate) fn parse_questions(src: &str, path: &str, sink: &mut Sink) -> Option<ParsedQuestions> {
    let file = TomlFile::parse(src, path, sink)?;
    let root = file.root_reader(QUIZ_KEYS, sink);
    let Some(tables) = root.tables("question", ALL_QUESTION_KEYS, sink) else {
        if !root.has("question") {
            root.missing("question", sink);
        }
        return Some(ParsedQuestions {
            questions: Vec::new(),
            complete: false,
        });
    };
    let mut complete = true;
    let mut questions = Vec::new();
    let mut ids: BTreeMap<String, u32> = BTreeMap::new();
    for t in tables {
        match parse_question(&t, sink) {
            Some((q, lines)) => {
                for p in validate_question(&q) {
                    let mut args = p.args;
                    if !args.iter().any(|(k, _)| *k == "question") {
                        args.push(("question", q.id.clone()));
                    }
                    sink.error(p.code, p.key, path, Some(lines.line(p.at)), &args);
                }
                if let Some(first) = ids.get(&q.id) {
                    sink.error(
                        Code::DuplicateId,
                        MessageId::DuplicateQuestionId,
                        path,
                        Some(lines.start),
                        &[
                            ("question", q.id.clone()),
                            ("first_line", first.to_string()),
                        ],
                    );
                    complete = false;
                } else {
                    ids.insert(q.id.clone(), lines.start);
                }
                questions.push((q, lines));
            }
            None => complete = false,
        }
    }
    if questions.is_empty() && complete {
        sink.error(
            Code::MissingField,
            MessageId::QuizNoQuestions,
            path,
            Some(1),
            &[("field", "question".into())],
        );
    }
    Some(ParsedQuestions {
        questions,
        complete,
    })
}

fn parse_question(t: &TableReader<'_, '_>, sink: &mut Sink) -> Option<(Question, QuestionLines)> {
    let mut lines = QuestionLines {
        start: t.line,
        ..Default::default()
    };
    for k in ALL_QUESTION_KEYS {
        if t.has(k) {
            lines.keys.insert(k, t.line_of_key(k));
        }
    }
    let type_name = t.str("type", true, sink);
    if let Some(ty) = &type_name {
        if !TYPE_NAMES.contains(&ty.as_str()) {
            t.invalid(
                "type",
                MessageId::QuestionTypeUnknown,
                &[
                    ("value", format!("{ty:?}")),
                    ("allowed", TYPE_NAMES.join(", ")),
                ],
                sink,
            );
            return None;
        }
        // Keys valid for some type but not this one are reported as unknown here.
        let allowed = keys_for(Some(ty));
        for (k, _, line) in t.entries() {
            if ALL_QUESTION_KEYS.contains(&k) && !allowed.contains(&k) {
                let shown = t.qualified(k);
                sink.error(
                    Code::UnknownField,
                    MessageId::KeyNotForType,
                    &t.file.path,
                    Some(line),
                    &[
                        ("field", shown),
                        ("type", ty.clone()),
                        ("allowed", allowed.join(", ")),
                    ],
                );
            }
        }
    }
    let id = t.str("id", true, sink);
    let text = t.str("text", true, sink);
    let points = match t.int("points", false, sink) {
        Some(p) if (0..=u32::MAX as i64).contains(&p) => Some(p as u32),
        Some(p) => {
            t.invalid(
                "points",
                MessageId::ValueOutOfRange,
                &range_args(p, 1, 100),
                sink,
            );
            None
        }
        None if t.has("points") => None,
        None => Some(1),
    };
    let feedback = t.str("feedback", false, sink);
    let feedback_ok = feedback.is_some() || !t.has("feedback");
    let kind = match type_name.as_deref() {
        Some("single") | Some("multiple") => {
            let mut options = Vec::new();
            let mut ok = true;
            match t.tables("option", OPTION_KEYS, sink) {
                Some(opts) => {
                    for o in opts {
                        lines.options.push(o.line);
                        let text = o.str("text", true, sink);
                        let correct = o.bool("correct", false, sink);
                        let weight = o.number("weight", false, sink);
                        let fb = o.str("feedback", false, sink);
                        let parsed = (|| {
                            Some(Choice {
                                text: text?,
                                correct: if o.has("correct") { correct? } else { false },
                                weight: if o.has("weight") { Some(weight?) } else { None },
                                feedback: if o.has("feedback") { Some(fb?) } else { None },
                            })
                        })();
                        match parsed {
                            Some(c) => options.push(c),
                            None => ok = false,
                        }
                    }
                }
                None if t.has("option") => ok = false,
                None => {}
            }
            if !ok {
                return None;
            }
            if type_name.as_deref() == Some("single") {
                Some(QuestionKind::Single { options })
            } else {
                Some(QuestionKind::Multiple { options })
            }
        }
        Some("true_false") => {
            let answer = t.bool("answer", true, sink);
            let ft = t.str("feedback_true", false, sink);
            let ff = t.str("feedback_false", false, sink);
            if (t.has("feedback_true") && ft.is_none()) || (t.has("feedback_false") && ff.is_none())
            {
                return None;
            }
            answer.map(|answer| QuestionKind::TrueFalse {
                answer,
                feedback_true: ft,
                feedback_false: ff,
            })
        }
        Some("short_text") => {
            let mut answers = Vec::new();
            if let Some(acc) = t.str_array("accept", false, sink) {
                for (s, line) in acc {
                    lines.answers.push(line);
                    answers.push(TextAnswer {
                        text: s,
                        weight: 100.0,
                        feedback: None,
                    });
                }
            } else if t.has("accept") {
                return None;
            }
            match t.tables("alternative", TEXT_ALT_KEYS, sink) {
                Some(alts) => {
                    for a in alts {
                        lines.answers.push(a.line);
                        let text = a.str("text", true, sink);
                        let weight = a.number("weight", false, sink);
                        let fb = a.str("feedback", false, sink);
                        if (a.has("weight") && weight.is_none())
                            || (a.has("feedback") && fb.is_none())
                        {
                            return None;
                        }
                        answers.push(TextAnswer {
                            text: text?,
                            weight: weight.unwrap_or(100.0),
                            feedback: fb,
                        });
                    }
                }
                None if t.has("alternative") => return None,
                None => {}
            }
            Some(QuestionKind::ShortText { answers })
        }
        Some("numeric") => {
            let mut answers = Vec::new();
            let answer = t.number("answer", false, sink);
            let tolerance = t.number("tolerance", false, sink);
            if (t.has("answer") && answer.is_none()) || (t.has("tolerance") && tolerance.is_none())
            {
                return None;
            }
            if let Some(value) = answer {
                lines.answers.push(t.line_of_key("answer"));
                answers.push(NumericAnswer {
                    value,
                    tolerance: tolerance.unwrap_or(0.0),
                    weight: 100.0,
                    feedback: None,
                });
            } else if tolerance.is_some() {
                t.missing("answer", sink);
                return None;
            }
            match t.tables("alternative", NUM_ALT_KEYS, sink) {
                Some(alts) => {
                    for a in alts {
                        lines.answers.push(a.line);
                        let value = a.number("answer", true, sink);
                        let tol = a.number("tolerance", false, sink);
                        let weight = a.number("weight", false, sink);
                        let fb = a.str("feedback", false, sink);
                        if (a.has("tolerance") && tol.is_none())
                            || (a.has("weight") && weight.is_none())
                            || (a.has("feedback") && fb.is_none())
                        {
                            return None;
                        }
                        answers.push(NumericAnswer {
                            value: value?,
                            tolerance: tol.unwrap_or(0.0),
                            weight: weight.unwrap_or(100.0),
                            feedback: fb,
                        });
                    }
                }
                None if t.has("alternative") => return None,
                None => {}
            }
            Some(QuestionKind::Numeric { answers })
        }
        Some("matching") => {
            let mut pairs = Vec::new();
            match t.tables("pair", PAIR_KEYS, sink) {
                Some(ps) => {
                    for p in ps {
                        lines.pairs.push(p.line);
                        let left = p.str("left", true, sink);
                        let right = p.str("right", true, sink);
                        pairs.push(Pair {
                            left: left?,
                            right: right?,
                        });
                    }
                }
                None if t.has("pair") => return None,
                None => {}
            }
            Some(QuestionKind::Matching { pairs })
        }
        Some("ordering") => match t.str_array("items", true, sink) {
            Some(items) => {
                lines.items = items.iter().map(|(_, l)| *l).collect();
                Some(QuestionKind::Ordering {
                    items: items.into_iter().map(|(s, _)| s).collect(),
                })
            }
            None => None,
        },
        _ => None,
    };
    if !feedback_ok {
        return None;
    }
    Some((
        Question {
            id: id?,
            text: text?,
            points: points?,
            feedback,
            kind: kind?,
        },
        lines,
    ))
}

// ---------------------------------------------------------------------------
// Writing the authoring format

/// Serializes questions as `[[question]]` tables of `quiz.LANG.toml`, in the documented
/// key order, so that the result reads like a hand-written file and loads back equal.
pub fn questions_to_toml(questions: &[Question]) -> String {
    let mut out = String::new();
    for (n, q) in questions.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str("[[question]]\n");
        kv(&mut out, "id", &quote(&q.id));
        kv(&mut out, "type", &quote(q.kind.type_name()));
        kv(&mut out, "text", &quote(&q.text));
        if q.points != 1 {
            kv(&mut out, "points", &q.points.to_string());
        }
        if let Some(f) = &q.feedback {
            kv(&mut out, "feedback", &quote(f));
        }
        match &q.kind {
            QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
                for o in options {
                    out.push_str("[[question.option]]\n");
                    kv(&mut out, "text", &quote(&o.text));
                    if o.correct {
                        kv(&mut out, "correct", "true");
                    }
                    if let Some(w) = o.weight {
                        kv(&mut out, "weight", &number(w));
                    }
                    if let Some(f) = &o.feedback {
                        kv(&mut out, "feedback", &quote(f));
                    }
                }
            }
            QuestionKind::TrueFalse {
                answer,
                feedback_true,
                feedback_false,
            } => {
                kv(&mut out, "answer", &answer.to_string());
                if let Some(f) = feedback_true {
                    kv(&mut out, "feedback_true", &quote(f));
                }
                if let Some(f) = feedback_false {
                    kv(&mut out, "feedback_false", &quote(f));
                }
            }
            QuestionKind::ShortText { answers } => {
                let (plain, alts): (Vec<&TextAnswer>, Vec<&TextAnswer>) = answers
                    .iter()
                    .partition(|a| a.weight >= 100.0 && a.feedback.is_none());
                let list: Vec<String> = plain.iter().map(|a| quote(&a.text)).collect();
                kv(&mut out, "accept", &format!("[{}]", list.join(", ")));
                for a in alts {
                    out.push_str("[[question.alternative]]\n");
                    kv(&mut out, "text", &quote(&a.text));
                    kv(&mut out, "weight", &number(a.weight));
                    if let Some(f) = &a.feedback {
                        kv(&mut out, "feedback", &quote(f));
                    }
                }
            }
            QuestionKind::Numeric { answers } => {
                let main = answers
                    .iter()
                    .position(|a| a.weight >= 100.0 && a.feedback.is_none());
                if let Some(i) = main {
                    kv(&mut out, "answer", &number(answers[i].value));
                    if answers[i].tolerance != 0.0 {
                        kv(&mut out, "tolerance", &number(answers[i].tolerance));
                    }
                }
                for (i, a) in answers.iter().enumerate() {
                    if Some(i) == main {
                        continue;
                    }
                    out.push_str("[[question.alternative]]\n");
                    kv(&mut out, "answer", &number(a.value));
                    if a.tolerance != 0.0 {
                        kv(&mut out, "tolerance", &number(a.tolerance));
                    }
                    kv(&mut out, "weight", &number(a.weight));
                    if let Some(f) = &a.feedback {
                        kv(&mut out, "feedback", &quote(f));
                    }
                }
            }
            QuestionKind::Matching { pairs } => {
                for p in pairs {
                    out.push_str("[[question.pair]]\n");
                    kv(&mut out, "left", &quote(&p.left));
                    kv(&mut out, "right", &quote(&p.right));
                }
            }
            QuestionKind::Ordering { items } => {
                let list: Vec<String> = items.iter().map(|s| quote(s)).collect();
                kv(&mut out, "items", &format!("[{}]", list.join(", ")));
            }
        }
    }
    out
}

fn kv(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(" = ");
    out.push_str(value);
    out.push('\n');
}

/// Integers without a fractional part, others in Rust's shortest round-trip form.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn parse_ok(src: &str) -> Vec<Question> {
        let mut sink = Sink::default();
        let parsed = parse_questions(src, "quiz.ru.toml", &mut sink).expect("parses");
        assert!(sink.diags.is_empty(), "{:#?}", sink.diags);
        parsed.questions.into_iter().map(|(q, _)| q).collect()
    }

    fn problems(src: &str) -> Vec<(Code, Option<u32>)> {
        let mut sink = Sink::default();
        parse_questions(src, "quiz.ru.toml", &mut sink);
        sink.into_sorted()
            .into_iter()
            .map(|d| (d.code, d.line))
            .collect()
    }

    #[test]
    fn reads_every_type() {
        let qs = parse_ok(
            r#"
[[question]]
id = "a"
type = "single"
text = "?"
[[question.option]]
text = "x"
correct = true
[[question.option]]
text = "y"
weight = 50

[[question]]
id = "b"
type = "true_false"
text = "?"
answer = false
points = 2

[[question]]
id = "c"
type = "numeric"
text = "?"
answer = 1200
tolerance = 0.5
[[question.alternative]]
answer = 1000
weight = 50
feedback = "close"

[[question]]
id = "d"
type = "ordering"
text = "?"
items = ["1", "2", "3"]
"#,
        );
        assert_eq!(qs.len(), 4);
        assert_eq!(qs[1].points, 2);
        match &qs[2].kind {
            QuestionKind::Numeric { answers } => {
                assert_eq!(answers.len(), 2);
                assert_eq!(answers[0].tolerance, 0.5);
                assert_eq!(answers[1].weight, 50.0);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn answer_key_problems_carry_lines() {
        let src = "[[question]]\nid = \"a\"\ntype = \"single\"\ntext = \"?\"\n[[question.option]]\ntext = \"x\"\n[[question.option]]\ntext = \"y\"\n";
        assert_eq!(problems(src), vec![(Code::AnswerKeyInvalid, Some(1))]);
        let src =
            "[[question]]\nid = \"a\"\ntype = \"ordering\"\ntext = \"?\"\nitems = [\"only\"]\n";
        assert_eq!(problems(src), vec![(Code::AnswerKeyInvalid, Some(5))]);
    }

    #[test]
    fn reports_all_unknown_and_misplaced_keys() {
        let src = "[[question]]\nid = \"a\"\ntype = \"true_false\"\ntext = \"?\"\nanswer = true\ncolour = 1\nitems = []\n\n[[question]]\nid = \"b\"\ntype = \"true_false\"\ntext = \"?\"\nanswr = true\n";
        assert_eq!(
            problems(src),
            vec![
                (Code::UnknownField, Some(6)),
                (Code::UnknownField, Some(7)),
                (Code::MissingField, Some(9)),
                (Code::UnknownField, Some(13)),
            ]
        );
    }

    #[test]
    fn duplicate_ids() {
        let src = "[[question]]\nid = \"a\"\ntype = \"true_false\"\ntext = \"?\"\nanswer = true\n[[question]]\nid = \"a\"\ntype = \"true_false\"\ntext = \"?\"\nanswer = true\n";
        assert_eq!(problems(src), vec![(Code::DuplicateId, Some(6))]);
    }

    #[test]
    fn multiple_weights_follow_the_documented_rule() {
        let opt = |correct, weight| Choice {
            text: "o".into(),
            correct,
            weight,
            feedback: None,
        };
        let w = multiple_weights(&[opt(true, None), opt(true, None), opt(false, None)]);
        assert_eq!(w, vec![50.0, 50.0, -50.0]);
        let q = Question {
            id: "m".into(),
            text: "?".into(),
            points: 1,
            feedback: None,
            kind: QuestionKind::Multiple {
                options: vec![
                    opt(true, Some(50.0)),
                    opt(true, Some(30.0)),
                    opt(false, Some(-100.0)),
                ],
            },
        };
        let p = validate_question(&q);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].code, Code::AnswerKeyInvalid);
    }

    #[test]
    fn writer_round_trips() {
        let src = r#"
[[question]]
id = "s"
type = "short_text"
text = "Как называется \"устав\"?"
feedback = "line\nbreak"
accept = ["устав", "устав организации"]
[[question.alternative]]
text = "положение"
weight = 50
feedback = "почти"

[[question]]
id = "m"
type = "matching"
text = "?"
points = 3
[[question.pair]]
left = "a"
right = "b"
[[question.pair]]
left = "c"
right = "d"

[[question]]
id = "t"
type = "true_false"
text = "?"
answer = true
feedback_false = "no"

[[question]]
id = "n"
type = "numeric"
text = "?"
answer = 2.5
tolerance = 0.25
"#;
        let qs = parse_ok(src);
        let written = questions_to_toml(&qs);
        assert_eq!(parse_ok(&written), qs);
    }
}
