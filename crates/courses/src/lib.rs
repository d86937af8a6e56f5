//! The course engine of the CSO Web Academy.
//!
//! Pure Rust, no I/O beyond reading `course-content/`: languages, the content model and
//! its loader/checker, lesson rendering, quizzes (presentation and grading), GIFT
//! import, and the completion and certificate rules. See `docs/authoring.md` for the
//! content format this crate implements.

mod diag;
pub mod edit;
pub mod gift;
pub mod grade;
pub mod image_opt;
mod lang;
mod loader;
mod markdown;
mod model;
mod normalize;
mod progress;
pub mod quiz;
pub mod quiz_form;
mod slug;
mod source;
pub mod sync_batch;
mod tomlx;

pub use diag::{CheckReport, Code, Count, Coverage, Diagnostic, LangCoverage, MessageId, Severity};
pub use grade::{
    grade, grade_question, present, shuffle_order, Answer, Grade, GradeError, MatchReview,
    OptionReview, OptionView, QuestionGrade, QuestionView, QuestionViewKind, QuizView, Review,
    MAX_ANSWER_ITEMS, MAX_NUMERIC_ANSWER_CHARS, MAX_TEXT_ANSWER_CHARS,
};
pub use lang::{Lang, Localized, UnknownLang};
pub use loader::{
    check, content_hash, content_hash_dir, load, load_from, load_with_report, module_files,
    MAX_IMAGE_BYTES,
};
pub use markdown::{
    heading_id, render_inline_html, render_lesson_html, render_lesson_html_with, LinkTarget,
    ResolvedUrl,
};
pub use model::{Catalog, ImageFile, ImageFormat, Lesson, LessonText, Level, Module};
pub use normalize::{normalize_text, parse_number};
pub use progress::{Certificate, CourseMap, LevelNode, ModuleNode, Progress, Unmet};
pub use quiz::{
    multiple_weights, questions_to_toml, Choice, NumericAnswer, Pair, Question, QuestionKind,
    QuestionSet, Quiz, QuizSettings, TextAnswer,
};
pub use slug::{is_slug, slugify_ascii};
pub use source::{ContentSource, DirEntry, FsSource, MemSource};
