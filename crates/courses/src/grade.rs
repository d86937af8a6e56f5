//! Presenting a quiz for one attempt (no answer key) and grading the submission.
//!
//! An attempt is identified by a `seed`. Options, right-hand sides of matching
//! questions and ordering items are shuffled from the seed and the question id, so the
//! same attempt always shows the same order (in every language, because translations
//! share ids and option counts), and answers refer to positions in that shown order.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::normalize::{normalize_text, parse_number};
use crate::quiz::{multiple_weights, Question, QuestionKind, QuestionSet, QuizSettings};

// ---------------------------------------------------------------------------
// Deterministic shuffling

/// SplitMix64: tiny, well-studied, and written out here so that the order shown for a
/// stored seed never changes with a dependency upgrade.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0) by rejection, so no index is favoured.
    fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next();
            if x < zone {
                return x % n;
            }
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The order in which `n` things of question `question_id` are shown for `seed`:
/// `perm[shown_index] = authored_index`. A permutation of `0..n`, the same for the
/// same inputs on every machine and in every version.
pub fn shuffle_order(seed: u64, question_id: &str, n: usize) -> Vec<usize> {
    let mut perm: Vec<usize> = (0..n).collect();
    let mut rng = SplitMix64(seed ^ fnv1a(question_id.as_bytes()));
    for i in (1..n).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        perm.swap(i, j);
    }
    perm
}

/// Like [`shuffle_order`], but never the authored order itself (for n ≥ 2): showing an
/// ordering question already solved, or matching pairs side by side, gives the answer away.
fn shuffle_order_not_identity(seed: u64, question_id: &str, n: usize) -> Vec<usize> {
    let mut perm = shuffle_order(seed, question_id, n);
    if n >= 2 && perm.iter().enumerate().all(|(i, p)| i == *p) {
        perm.rotate_left(1);
    }
    perm
}

fn presentation_order(seed: u64, q: &Question) -> Vec<usize> {
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Multiple { options } => {
            shuffle_order(seed, &q.id, options.len())
        }
        QuestionKind::Matching { pairs } => shuffle_order_not_identity(seed, &q.id, pairs.len()),
        QuestionKind::Ordering { items } => shuffle_order_not_identity(seed, &q.id, items.len()),
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------
// Presentation

/// What the learner sees for an attempt. Carries no answer key: safe to serialize into a
/// page or an API response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuizView {
    pub seed: u64,
    pub time_limit_minutes: Option<u32>,
    pub total_points: u32,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionView {
    pub id: String,
    /// Inline Markdown.
    pub text: String,
    pub points: u32,
    #[serde(flatten)]
    pub kind: QuestionViewKind,
}

/// One shown option; `index` is what an [`Answer`] refers to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionView {
    pub index: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionViewKind {
    Single {
        options: Vec<OptionView>,
    },
    Multiple {
        options: Vec<OptionView>,
    },
    TrueFalse,
    ShortText,
    Numeric,
    /// `left` in authored order; `right` shuffled. An answer gives, for each left
    /// position, the index of the chosen right-hand side.
    Matching {
        left: Vec<String>,
        right: Vec<OptionView>,
    },
    /// Items shuffled; an answer lists item indexes in the order the learner chose.
    Ordering {
        items: Vec<OptionView>,
    },
}

fn views(texts: &[&str], perm: &[usize]) -> Vec<OptionView> {
    perm.iter()
        .enumerate()
        .map(|(index, orig)| OptionView {
            index,
            text: texts[*orig].to_string(),
        })
        .collect()
}

/// Builds the view of an attempt.
pub fn present(set: &QuestionSet, settings: &QuizSettings, seed: u64) -> QuizView {
    let questions = set
        .questions
        .iter()
        .map(|q| {
            let perm = presentation_order(seed, q);
            let kind = match &q.kind {
                QuestionKind::Single { options } => QuestionViewKind::Single {
                    options: views(
                        &options.iter().map(|o| o.text.as_str()).collect::<Vec<_>>(),
                        &perm,
                    ),
                },
                QuestionKind::Multiple { options } => QuestionViewKind::Multiple {
                    options: views(
                        &options.iter().map(|o| o.text.as_str()).collect::<Vec<_>>(),
                        &perm,
                    ),
                },
                QuestionKind::TrueFalse { .. } => QuestionViewKind::TrueFalse,
                QuestionKind::ShortText { .. } => QuestionViewKind::ShortText,
                QuestionKind::Numeric { .. } => QuestionViewKind::Numeric,
                QuestionKind::Matching { pairs } => QuestionViewKind::Matching {
                    left: pairs.iter().map(|p| p.left.clone()).collect(),
                    right: views(
                        &pairs.iter().map(|p| p.right.as_str()).collect::<Vec<_>>(),
                        &perm,
                    ),
                },
                QuestionKind::Ordering { items } => QuestionViewKind::Ordering {
                    items: views(&items.iter().map(String::as_str).collect::<Vec<_>>(), &perm),
                },
            };
            QuestionView {
                id: q.id.clone(),
                text: q.text.clone(),
                points: q.points,
                kind,
            }
        })
        .collect();
    QuizView {
        seed,
        time_limit_minutes: settings.time_limit_minutes,
        total_points: set.total_points(),
        questions,
    }
}

// ---------------------------------------------------------------------------
// Answers and grading

/// A learner's answer to one question, in the terms of the [`QuizView`] of the attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// Shown index of the chosen option.
    Single(usize),
    /// Shown indexes of the chosen options (no repeats).
    Multiple(Vec<usize>),
    TrueFalse(bool),
    Text(String),
    /// As typed: `3,5` and `1 200` are accepted.
    Numeric(String),
    /// For each left-hand side (authored order), the shown index of the chosen right-hand
    /// side, or `None` when left empty.
    Matching(Vec<Option<usize>>),
    /// Shown item indexes in the learner's order: a permutation of `0..n`.
    Ordering(Vec<usize>),
}

/// Longest short-text answer, in characters (an answer is a word or a phrase; the
/// limit keeps a client from storing megabytes in an attempt).
pub const MAX_TEXT_ANSWER_CHARS: usize = 500;
/// Longest numeric answer as typed, in characters.
pub const MAX_NUMERIC_ANSWER_CHARS: usize = 64;
/// Most indexes in a multiple-choice, matching or ordering answer.
pub const MAX_ANSWER_ITEMS: usize = 100;

impl Answer {
    /// Whether the answer is within the size limits above, whatever its question.
    pub fn within_limits(&self) -> bool {
        match self {
            Answer::Single(_) | Answer::TrueFalse(_) => true,
            Answer::Text(t) => t.chars().count() <= MAX_TEXT_ANSWER_CHARS,
            Answer::Numeric(t) => t.chars().count() <= MAX_NUMERIC_ANSWER_CHARS,
            Answer::Multiple(v) | Answer::Ordering(v) => v.len() <= MAX_ANSWER_ITEMS,
            Answer::Matching(v) => v.len() <= MAX_ANSWER_ITEMS,
        }
    }

    fn kind_name(&self) -> &'static str {
        match self {
            Answer::Single(_) => "single",
            Answer::Multiple(_) => "multiple",
            Answer::TrueFalse(_) => "true_false",
            Answer::Text(_) => "text",
            Answer::Numeric(_) => "numeric",
            Answer::Matching(_) => "matching",
            Answer::Ordering(_) => "ordering",
        }
    }
}

/// A submission that does not fit the attempt. Never a learner's wrong answer: those
/// simply score 0.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GradeError {
    #[error("the quiz has no question `{0}`")]
    UnknownQuestion(String),
    #[error("question `{question}`: a {given} answer does not fit a {expected} question")]
    WrongAnswerType {
        question: String,
        expected: &'static str,
        given: &'static str,
    },
    #[error("question `{question}`: index {index} is out of range (0..{len})")]
    OutOfRange {
        question: String,
        index: usize,
        len: usize,
    },
    #[error("question `{question}`: {reason}")]
    Malformed { question: String, reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grade {
    pub per_question: Vec<QuestionGrade>,
    pub points_awarded: f64,
    pub points_possible: u32,
    /// 0..=100.
    pub score_percent: f64,
    pub passed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionGrade {
    pub id: String,
    /// The question's points.
    pub points: u32,
    /// `score × points`, within `0..=points`.
    pub awarded: f64,
    /// Fraction of the points earned, within `0..=1`.
    pub score: f64,
    pub answered: bool,
    /// The question's own feedback.
    pub feedback: Option<String>,
    /// What to show after submission: the learner's answer, the correct one, and the
    /// feedback of what they chose.
    pub review: Review,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionReview {
    /// Shown index in this attempt.
    pub index: usize,
    pub text: String,
    pub correct: bool,
    pub selected: bool,
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchReview {
    pub left: String,
    pub chosen: Option<String>,
    pub correct_right: String,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Review {
    /// `single` and `multiple`, options in shown order.
    Choice {
        options: Vec<OptionReview>,
    },
    TrueFalse {
        answer: bool,
        given: Option<bool>,
        feedback: Option<String>,
    },
    ShortText {
        given: Option<String>,
        /// Full-credit answers, for showing the expected answer.
        accepted: Vec<String>,
        /// Feedback of the accepted answer the learner's matched, if any.
        feedback: Option<String>,
    },
    Numeric {
        given: Option<String>,
        /// Whether the given text was a readable number.
        understood: bool,
        answer: f64,
        tolerance: f64,
        feedback: Option<String>,
    },
    Matching {
        rows: Vec<MatchReview>,
    },
    Ordering {
        correct_order: Vec<String>,
        given_order: Vec<String>,
        /// For each position, whether the learner's item is the correct one.
        position_correct: Vec<bool>,
    },
}

fn check_index(q: &Question, index: usize, len: usize) -> Result<(), GradeError> {
    if index < len {
        Ok(())
    } else {
        Err(GradeError::OutOfRange {
            question: q.id.clone(),
            index,
            len,
        })
    }
}

fn malformed(q: &Question, reason: impl Into<String>) -> GradeError {
    GradeError::Malformed {
        question: q.id.clone(),
        reason: reason.into(),
    }
}

/// Grades one question. `answer = None` scores 0.
pub fn grade_question(
    q: &Question,
    seed: u64,
    answer: Option<&Answer>,
) -> Result<QuestionGrade, GradeError> {
    let perm = presentation_order(seed, q);
    let wrong_type = |a: &Answer| GradeError::WrongAnswerType {
        question: q.id.clone(),
        expected: q.kind.type_name(),
        given: a.kind_name(),
    };
    if answer.is_some_and(|a| !a.within_limits()) {
        return Err(malformed(q, "the answer is too long"));
    }
    let (score, review) = match &q.kind {
        QuestionKind::Single { options } => {
            let chosen = match answer {
                None => None,
                Some(Answer::Single(i)) => {
                    check_index(q, *i, options.len())?;
                    Some(perm[*i])
                }
                Some(a) => return Err(wrong_type(a)),
            };
            let score = match chosen {
                None => 0.0,
                Some(o) if options[o].correct => 1.0,
                Some(o) => options[o].weight.unwrap_or(0.0) / 100.0,
            };
            let selected: BTreeSet<usize> = chosen.into_iter().collect();
            (score, choice_review(options, &perm, &selected))
        }
        QuestionKind::Multiple { options } => {
            let chosen: BTreeSet<usize> = match answer {
                None => BTreeSet::new(),
                Some(Answer::Multiple(list)) => {
                    let mut set = BTreeSet::new();
                    for i in list {
                        check_index(q, *i, options.len())?;
                        if !set.insert(perm[*i]) {
                            return Err(malformed(q, format!("option {i} is given twice")));
                        }
                    }
                    set
                }
                Some(a) => return Err(wrong_type(a)),
            };
            let weights = multiple_weights(options);
            let positive: f64 = weights.iter().filter(|w| **w > 0.0).sum();
            let got: f64 = chosen.iter().map(|o| weights[*o]).sum();
            // Dividing by the positive total (100 up to rounding such as 3 × 33.333)
            // gives exactly 1 for a fully correct selection.
            let score = if positive > 0.0 { got / positive } else { 0.0 };
            (score, choice_review(options, &perm, &chosen))
        }
        QuestionKind::TrueFalse {
            answer: key,
            feedback_true,
            feedback_false,
        } => {
            let given = match answer {
                None => None,
                Some(Answer::TrueFalse(b)) => Some(*b),
                Some(a) => return Err(wrong_type(a)),
            };
            let feedback = match given {
                Some(true) => feedback_true.clone(),
                Some(false) => feedback_false.clone(),
                None => None,
            };
            (
                if given == Some(*key) { 1.0 } else { 0.0 },
                Review::TrueFalse {
                    answer: *key,
                    given,
                    feedback,
                },
            )
        }
        QuestionKind::ShortText { answers } => {
            let given = match answer {
                None => None,
                Some(Answer::Text(t)) => Some(t.clone()),
                Some(a) => return Err(wrong_type(a)),
            };
            let norm = given
                .as_deref()
                .map(normalize_text)
                .filter(|s| !s.is_empty());
            let best = norm.as_ref().and_then(|n| {
                answers
                    .iter()
                    .filter(|a| normalize_text(&a.text) == *n)
                    .max_by(|a, b| a.weight.total_cmp(&b.weight))
            });
            (
                best.map_or(0.0, |a| a.weight / 100.0),
                Review::ShortText {
                    given,
                    accepted: answers
                        .iter()
                        .filter(|a| a.weight >= 100.0)
                        .map(|a| a.text.clone())
                        .collect(),
                    feedback: best.and_then(|a| a.feedback.clone()),
                },
            )
        }
        QuestionKind::Numeric { answers } => {
            let given = match answer {
                None => None,
                Some(Answer::Numeric(t)) => Some(t.clone()),
                Some(a) => return Err(wrong_type(a)),
            };
            let value = given.as_deref().and_then(parse_number);
            let best = value.and_then(|x| {
                answers
                    .iter()
                    .filter(|a| {
                        // A relative epsilon absorbs binary rounding (0.1 + 0.2 style);
                        // it is far below any tolerance an author would write.
                        let eps = 1e-9 * a.value.abs().max(1.0);
                        (x - a.value).abs() <= a.tolerance + eps
                    })
                    .max_by(|a, b| a.weight.total_cmp(&b.weight))
            });
            let main = answers
                .iter()
                .find(|a| a.weight >= 100.0)
                .or(answers.first());
            (
                best.map_or(0.0, |a| a.weight / 100.0),
                Review::Numeric {
                    understood: value.is_some(),
                    given,
                    answer: main.map_or(0.0, |a| a.value),
                    tolerance: main.map_or(0.0, |a| a.tolerance),
                    feedback: best.and_then(|a| a.feedback.clone()),
                },
            )
        }
        QuestionKind::Matching { pairs } => {
            let chosen: Vec<Option<usize>> = match answer {
                None => vec![None; pairs.len()],
                Some(Answer::Matching(list)) => {
                    if list.len() != pairs.len() {
                        return Err(malformed(
                            q,
                            format!(
                                "{} rows answered, the question has {}",
                                list.len(),
                                pairs.len()
                            ),
                        ));
                    }
                    let mut out = Vec::with_capacity(list.len());
                    for c in list {
                        match c {
                            Some(i) => {
                                check_index(q, *i, pairs.len())?;
                                out.push(Some(perm[*i]));
                            }
                            None => out.push(None),
                        }
                    }
                    out
                }
                Some(a) => return Err(wrong_type(a)),
            };
            let rows: Vec<MatchReview> = pairs
                .iter()
                .zip(&chosen)
                .map(|(p, c)| {
                    let chosen_text = c.map(|o| pairs[o].right.clone());
                    // Compared by text, so two lefts sharing one right-hand text both
                    // accept either copy of it.
                    let correct = chosen_text.as_deref().is_some_and(|t| t == p.right);
                    MatchReview {
                        left: p.left.clone(),
                        chosen: chosen_text,
                        correct_right: p.right.clone(),
                        correct,
                    }
                })
                .collect();
            let right = rows.iter().filter(|r| r.correct).count();
            (
                right as f64 / pairs.len().max(1) as f64,
                Review::Matching { rows },
            )
        }
        QuestionKind::Ordering { items } => {
            let order: Option<Vec<usize>> = match answer {
                None => None,
                Some(Answer::Ordering(list)) => {
                    if list.len() != items.len() {
                        return Err(malformed(
                            q,
                            format!(
                                "{} items ordered, the question has {}",
                                list.len(),
                                items.len()
                            ),
                        ));
                    }
                    let mut seen = BTreeSet::new();
                    let mut out = Vec::with_capacity(list.len());
                    for i in list {
                        check_index(q, *i, items.len())?;
                        if !seen.insert(*i) {
                            return Err(malformed(q, format!("item {i} is given twice")));
                        }
                        out.push(perm[*i]);
                    }
                    Some(out)
                }
                Some(a) => return Err(wrong_type(a)),
            };
            let position_correct: Vec<bool> = match &order {
                Some(o) => o
                    .iter()
                    .enumerate()
                    .map(|(pos, item)| items[*item] == items[pos])
                    .collect(),
                None => vec![false; items.len()],
            };
            let right = position_correct.iter().filter(|c| **c).count();
            (
                right as f64 / items.len().max(1) as f64,
                Review::Ordering {
                    correct_order: items.clone(),
                    given_order: order
                        .map(|o| o.into_iter().map(|i| items[i].clone()).collect())
                        .unwrap_or_default(),
                    position_correct,
                },
            )
        }
    };
    let score = if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    };
    Ok(QuestionGrade {
        id: q.id.clone(),
        points: q.points,
        awarded: score * f64::from(q.points),
        score,
        answered: answer.is_some(),
        feedback: q.feedback.clone(),
        review,
    })
}

fn choice_review(
    options: &[crate::quiz::Choice],
    perm: &[usize],
    selected: &BTreeSet<usize>,
) -> Review {
    Review::Choice {
        options: perm
            .iter()
            .enumerate()
            .map(|(index, o)| OptionReview {
                index,
                text: options[*o].text.clone(),
                correct: options[*o].correct,
                selected: selected.contains(o),
                feedback: options[*o].feedback.clone(),
            })
            .collect(),
    }
}

/// Grades a submission of the attempt `seed`. Questions without an answer score 0; an
/// answer to a question the set does not have, or one that does not fit its question,
/// rejects the whole submission so that a tampered or stale form is never half-graded.
pub fn grade(
    set: &QuestionSet,
    settings: &QuizSettings,
    seed: u64,
    answers: &BTreeMap<String, Answer>,
) -> Result<Grade, GradeError> {
    for id in answers.keys() {
        if !set.questions.iter().any(|q| &q.id == id) {
            return Err(GradeError::UnknownQuestion(id.clone()));
        }
    }
    let per_question = set
        .questions
        .iter()
        .map(|q| grade_question(q, seed, answers.get(&q.id)))
        .collect::<Result<Vec<_>, _>>()?;
    let points_possible = set.total_points();
    let points_awarded: f64 = per_question.iter().map(|g| g.awarded).sum();
    let score_percent = if points_possible == 0 {
        0.0
    } else {
        (100.0 * points_awarded / f64::from(points_possible)).clamp(0.0, 100.0)
    };
    // Points are small integers and scores simple fractions; the epsilon only keeps
    // 69.99999999 from failing a pass mark of 70 it mathematically meets.
    let passed = points_possible > 0 && score_percent + 1e-9 >= f64::from(settings.pass_mark);
    Ok(Grade {
        per_question,
        points_awarded,
        points_possible,
        score_percent,
        passed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{Choice, NumericAnswer, Pair, TextAnswer};

    fn q(id: &str, kind: QuestionKind) -> Question {
        Question {
            id: id.into(),
            text: "?".into(),
            points: 1,
            feedback: None,
            kind,
        }
    }

    fn opt(text: &str, correct: bool, weight: Option<f64>) -> Choice {
        Choice {
            text: text.into(),
            correct,
            weight,
            feedback: Some(format!("fb {text}")),
        }
    }

    fn shown(seed: u64, question: &Question, text: &str) -> usize {
        let v = present(
            &QuestionSet {
                questions: vec![question.clone()],
            },
            &settings(50),
            seed,
        );
        let opts = match &v.questions[0].kind {
            QuestionViewKind::Single { options } | QuestionViewKind::Multiple { options } => {
                options
            }
            QuestionViewKind::Matching { right, .. } => right,
            QuestionViewKind::Ordering { items } => items,
            _ => panic!(),
        };
        opts.iter().find(|o| o.text == text).unwrap().index
    }

    fn settings(pass_mark: u8) -> QuizSettings {
        QuizSettings {
            pass_mark,
            max_attempts: None,
            time_limit_minutes: Some(10),
        }
    }

    fn score(question: &Question, seed: u64, a: Answer) -> f64 {
        grade_question(question, seed, Some(&a)).unwrap().score
    }

    #[test]
    fn shuffle_is_stable_and_pinned() {
        // Pinned: a change here would reshuffle every stored attempt.
        assert_eq!(
            shuffle_order(42, "mission", 5),
            shuffle_order(42, "mission", 5)
        );
        assert_eq!(shuffle_order(1, "q", 4), vec![2, 3, 0, 1]);
        assert_eq!(shuffle_order(0, "", 0), Vec::<usize>::new());
        let p = shuffle_order_not_identity(0, "x", 2);
        assert_ne!(p, vec![0, 1]);
    }

    #[test]
    fn single_with_partial_weight() {
        let question = q(
            "s",
            QuestionKind::Single {
                options: vec![
                    opt("a", true, None),
                    opt("b", false, Some(50.0)),
                    opt("c", false, None),
                ],
            },
        );
        for seed in 0..20 {
            assert_eq!(
                score(&question, seed, Answer::Single(shown(seed, &question, "a"))),
                1.0
            );
            assert_eq!(
                score(&question, seed, Answer::Single(shown(seed, &question, "b"))),
                0.5
            );
            assert_eq!(
                score(&question, seed, Answer::Single(shown(seed, &question, "c"))),
                0.0
            );
        }
        let g = grade_question(
            &question,
            3,
            Some(&Answer::Single(shown(3, &question, "b"))),
        )
        .unwrap();
        let Review::Choice { options } = g.review else {
            panic!()
        };
        let b = options.iter().find(|o| o.text == "b").unwrap();
        assert!(b.selected && !b.correct);
        assert_eq!(b.feedback.as_deref(), Some("fb b"));
        assert!(matches!(
            grade_question(&question, 3, Some(&Answer::Single(3))),
            Err(GradeError::OutOfRange {
                index: 3,
                len: 3,
                ..
            })
        ));
        assert!(matches!(
            grade_question(&question, 3, Some(&Answer::TrueFalse(true))),
            Err(GradeError::WrongAnswerType { .. })
        ));
    }

    #[test]
    fn multiple_default_and_explicit_weights() {
        let question = q(
            "m",
            QuestionKind::Multiple {
                options: vec![
                    opt("a", true, None),
                    opt("b", true, None),
                    opt("c", false, None),
                ],
            },
        );
        let s = |texts: &[&str]| {
            score(
                &question,
                7,
                Answer::Multiple(texts.iter().map(|t| shown(7, &question, t)).collect()),
            )
        };
        assert_eq!(s(&["a", "b"]), 1.0);
        assert_eq!(s(&["a"]), 0.5);
        assert_eq!(s(&["a", "c"]), 0.0);
        assert_eq!(s(&["c"]), 0.0);
        assert_eq!(s(&["a", "b", "c"]), 0.5);
        assert_eq!(s(&[]), 0.0);
        assert!(grade_question(&question, 7, Some(&Answer::Multiple(vec![0, 0]))).is_err());

        let thirds = q(
            "t",
            QuestionKind::Multiple {
                options: vec![
                    opt("a", true, Some(33.333)),
                    opt("b", true, Some(33.333)),
                    opt("c", true, Some(33.333)),
                    opt("d", false, Some(-100.0)),
                ],
            },
        );
        let all: Vec<usize> = ["a", "b", "c"]
            .iter()
            .map(|t| shown(1, &thirds, t))
            .collect();
        assert_eq!(score(&thirds, 1, Answer::Multiple(all)), 1.0);
    }

    #[test]
    fn true_false_feedback_by_choice() {
        let question = q(
            "tf",
            QuestionKind::TrueFalse {
                answer: false,
                feedback_true: Some("no".into()),
                feedback_false: Some("yes".into()),
            },
        );
        let g = grade_question(&question, 0, Some(&Answer::TrueFalse(false))).unwrap();
        assert_eq!(g.score, 1.0);
        assert!(matches!(g.review, Review::TrueFalse { feedback: Some(ref f), .. } if f == "yes"));
        assert_eq!(score(&question, 0, Answer::TrueFalse(true)), 0.0);
    }

    #[test]
    fn short_text_normalises_and_weights() {
        let question = q(
            "st",
            QuestionKind::ShortText {
                answers: vec![
                    TextAnswer {
                        text: "Устав организации".into(),
                        weight: 100.0,
                        feedback: None,
                    },
                    TextAnswer {
                        text: "положение".into(),
                        weight: 50.0,
                        feedback: Some("почти".into()),
                    },
                ],
            },
        );
        assert_eq!(
            score(&question, 0, Answer::Text("  устав   ОРГАНИЗАЦИИ ".into())),
            1.0
        );
        assert_eq!(score(&question, 0, Answer::Text("Положение".into())), 0.5);
        assert_eq!(score(&question, 0, Answer::Text("".into())), 0.0);
        let uz = q(
            "uz",
            QuestionKind::ShortText {
                answers: vec![TextAnswer {
                    text: "oʻzbek".into(),
                    weight: 100.0,
                    feedback: None,
                }],
            },
        );
        assert_eq!(score(&uz, 0, Answer::Text("O'zbek".into())), 1.0);
        assert_eq!(score(&uz, 0, Answer::Text("O’zbek".into())), 1.0);
    }

    #[test]
    fn answers_over_their_size_limits_are_refused() {
        let question = q(
            "t",
            QuestionKind::ShortText {
                answers: vec![TextAnswer {
                    text: "устав".into(),
                    weight: 100.0,
                    feedback: None,
                }],
            },
        );
        let at_limit = Answer::Text("ж".repeat(MAX_TEXT_ANSWER_CHARS));
        assert!(grade_question(&question, 0, Some(&at_limit)).is_ok());
        let over = Answer::Text("ж".repeat(MAX_TEXT_ANSWER_CHARS + 1));
        assert!(matches!(
            grade_question(&question, 0, Some(&over)),
            Err(GradeError::Malformed { .. })
        ));
        assert!(!Answer::Numeric("1".repeat(MAX_NUMERIC_ANSWER_CHARS + 1)).within_limits());
        assert!(!Answer::Multiple(vec![0; MAX_ANSWER_ITEMS + 1]).within_limits());
        assert!(!Answer::Matching(vec![None; MAX_ANSWER_ITEMS + 1]).within_limits());
        assert!(Answer::Ordering(vec![0; MAX_ANSWER_ITEMS]).within_limits());
    }

    #[test]
    fn numeric_tolerance_comma_and_partial() {
        let question = q(
            "n",
            QuestionKind::Numeric {
                answers: vec![
                    NumericAnswer {
                        value: 1822.0,
                        tolerance: 0.0,
                        weight: 100.0,
                        feedback: None,
                    },
                    NumericAnswer {
                        value: 1822.0,
                        tolerance: 2.0,
                        weight: 50.0,
                        feedback: Some("close".into()),
                    },
                ],
            },
        );
        assert_eq!(score(&question, 0, Answer::Numeric("1822".into())), 1.0);
        assert_eq!(score(&question, 0, Answer::Numeric("1 822,0".into())), 1.0);
        assert_eq!(score(&question, 0, Answer::Numeric("1823".into())), 0.5);
        assert_eq!(score(&question, 0, Answer::Numeric("1830".into())), 0.0);
        let g = grade_question(&question, 0, Some(&Answer::Numeric("eighteen".into()))).unwrap();
        assert!(matches!(
            g.review,
            Review::Numeric {
                understood: false,
                ..
            }
        ));
        let pi = q(
            "pi",
            QuestionKind::Numeric {
                answers: vec![NumericAnswer {
                    value: 0.3,
                    tolerance: 0.0,
                    weight: 100.0,
                    feedback: None,
                }],
            },
        );
        assert_eq!(score(&pi, 0, Answer::Numeric("0,3".into())), 1.0);
    }

    #[test]
    fn matching_and_ordering_shares() {
        let pairs = vec![
            Pair {
                left: "Миссия".into(),
                right: "Зачем".into(),
            },
            Pair {
                left: "Видение".into(),
                right: "Каким".into(),
            },
            Pair {
                left: "Цели".into(),
                right: "Что".into(),
            },
            Pair {
                left: "Задачи".into(),
                right: "Как".into(),
            },
        ];
        let m = q("mt", QuestionKind::Matching { pairs });
        let seed = 11;
        let idx = |t: &str| shown(seed, &m, t);
        let all = Answer::Matching(vec![
            Some(idx("Зачем")),
            Some(idx("Каким")),
            Some(idx("Что")),
            Some(idx("Как")),
        ]);
        assert_eq!(score(&m, seed, all), 1.0);
        let half = Answer::Matching(vec![
            Some(idx("Зачем")),
            Some(idx("Каким")),
            Some(idx("Как")),
            None,
        ]);
        assert_eq!(score(&m, seed, half), 0.5);
        assert!(grade_question(&m, seed, Some(&Answer::Matching(vec![None]))).is_err());

        let o = q(
            "or",
            QuestionKind::Ordering {
                items: vec!["A".into(), "B".into(), "C".into(), "D".into()],
            },
        );
        let idx = |t: &str| shown(seed, &o, t);
        assert_eq!(
            score(
                &o,
                seed,
                Answer::Ordering(vec![idx("A"), idx("B"), idx("C"), idx("D")])
            ),
            1.0
        );
        assert_eq!(
            score(
                &o,
                seed,
                Answer::Ordering(vec![idx("A"), idx("B"), idx("D"), idx("C")])
            ),
            0.5
        );
        assert!(grade_question(&o, seed, Some(&Answer::Ordering(vec![0, 0, 1, 2]))).is_err());
        assert!(grade_question(&o, seed, Some(&Answer::Ordering(vec![0, 1]))).is_err());
    }

    #[test]
    fn whole_quiz_pass_mark_and_errors() {
        let set = QuestionSet {
            questions: vec![
                q(
                    "a",
                    QuestionKind::TrueFalse {
                        answer: true,
                        feedback_true: None,
                        feedback_false: None,
                    },
                ),
                Question {
                    points: 3,
                    ..q(
                        "b",
                        QuestionKind::TrueFalse {
                            answer: false,
                            feedback_true: None,
                            feedback_false: None,
                        },
                    )
                },
            ],
        };
        let mut answers = BTreeMap::new();
        answers.insert("b".to_string(), Answer::TrueFalse(false));
        let g = grade(&set, &settings(75), 1, &answers).unwrap();
        assert_eq!(g.points_possible, 4);
        assert_eq!(g.score_percent, 75.0);
        assert!(g.passed);
        assert!(!g.per_question[0].answered);
        let g = grade(&set, &settings(76), 1, &answers).unwrap();
        assert!(!g.passed);
        answers.insert("zzz".to_string(), Answer::TrueFalse(false));
        assert_eq!(
            grade(&set, &settings(75), 1, &answers),
            Err(GradeError::UnknownQuestion("zzz".into()))
        );
    }

    #[test]
    fn view_has_no_answer_key_and_answers_serialize() {
        let question = q(
            "s",
            QuestionKind::Single {
                options: vec![opt("right", true, None), opt("wrong", false, None)],
            },
        );
        let set = QuestionSet {
            questions: vec![question],
        };
        let json = serde_json::to_string(&present(&set, &settings(50), 5)).unwrap();
        assert!(!json.contains("correct"), "{json}");
        assert!(!json.contains("feedback"), "{json}");
        assert!(!json.contains("weight"), "{json}");
        let a: Answer = serde_json::from_str(r#"{"type":"matching","value":[1,null]}"#).unwrap();
        assert_eq!(a, Answer::Matching(vec![Some(1), None]));
        assert_eq!(
            serde_json::to_string(&Answer::Numeric("3,5".into())).unwrap(),
            r#"{"type":"numeric","value":"3,5"}"#
        );
    }
}
