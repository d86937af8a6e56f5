//! Problems found in `course-content/`, and per-language coverage.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

macro_rules! codes {
    ($($variant:ident => $id:literal, $doc:literal;)*) => {
        /// A stable problem class for scripts, `--json` and tests; ids never change once
        /// published, add new ones. What the author reads is finer: [`MessageId`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $doc] $variant,)*
        }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $id,)*
                }
            }

            pub fn from_id(id: &str) -> Option<Code> {
                match id {
                    $($id => Some(Code::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

codes! {
    Io => "content-io-error", "A file or directory could not be read.";
    TomlSyntax => "content-toml-syntax", "A TOML file does not parse.";
    Utf8 => "content-not-utf8", "A text file is not valid UTF-8.";
    UnknownField => "content-unknown-field", "A TOML key that the format does not define.";
    MissingField => "content-missing-field", "A required TOML key is absent.";
    WrongType => "content-wrong-type", "A TOML value has the wrong type (string, integer...).";
    InvalidValue => "content-invalid-value", "A value is out of range or badly formed.";
    DuplicateSlug => "content-duplicate-slug", "Two levels, modules or lessons share a slug.";
    DuplicateOrder => "content-duplicate-order", "Two siblings share an order number.";
    DuplicateId => "content-duplicate-question-id", "Two questions of a quiz share an id.";
    UnknownReference => "content-unknown-reference", "A prerequisite names no level or module.";
    PrerequisiteCycle => "content-prerequisite-cycle", "Prerequisites that depend on each other.";
    MissingFile => "content-missing-file", "A required file (level.toml, module.toml, quiz.toml...) is absent.";
    UnexpectedFile => "content-unexpected-file", "A file or directory the format does not know.";
    BadFileName => "content-bad-file-name", "A lesson or quiz file name that does not follow NN-slug.LANG.md / quiz.LANG.toml.";
    UnknownLanguage => "content-unknown-language", "A language code that is not one of the eight.";
    EmptyModule => "content-empty-module", "A module without lessons.";
    MissingReference => "content-missing-reference", "A translation exists but the Russian reference does not.";
    MissingTranslation => "content-missing-translation", "A translation that other items of the tree have is missing here.";
    TranslationMismatch => "content-translation-mismatch", "A quiz translation whose structure differs from the Russian reference.";
    AnswerKeyInvalid => "content-answer-key-invalid", "A question whose answer key cannot be graded as written.";
    MissingTitle => "content-missing-title", "A lesson file that does not start with `# Title`.";
    MarkdownNotAllowed => "content-markdown-not-allowed", "Markdown the format does not allow (raw HTML, footnotes, a second `#` heading...).";
    LinkNotAllowed => "content-link-not-allowed", "A link to something other than https:, mailto: or the tree.";
    BrokenLink => "content-broken-link", "A link to a lesson that does not exist.";
    ImageMissing => "content-image-missing", "An image that is not a file beside the lesson.";
    ImageNoAlt => "content-image-no-alt", "An image without alt text.";
    ImageTooLarge => "content-image-too-large", "An image over 2 MB.";
    ImageFormat => "content-image-format", "An image that is not PNG, JPEG or WebP.";
    ImageUnused => "content-image-unused", "An image file no lesson uses.";
}

macro_rules! messages {
    ($($variant:ident => $id:literal, $english:literal;)*) => {
        /// What exactly is wrong: the Fluent message id that tells the author, in their
        /// language, what to fix (`locales/<lang>/content-check.ftl`). Finer than [`Code`]:
        /// a code is the class of problem for scripts and tests; a message id is one
        /// sentence. Ids never change once published; add new ones.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum MessageId {
            $($variant,)*
        }

        impl MessageId {
            pub const ALL: &'static [MessageId] = &[$(MessageId::$variant,)*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(MessageId::$variant => $id,)*
                }
            }

            /// The English text with `{arg}` where an argument goes; a brace not
            /// followed by an argument name and `}` is literal. `locales/en` says the
            /// same (a test in the i18n crate compares them).
            pub const fn english(self) -> &'static str {
                match self {
                    $(MessageId::$variant => $english,)*
                }
            }

            pub fn from_id(id: &str) -> Option<MessageId> {
                match id {
                    $($id => Some(MessageId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

// One line per sentence the checker (and the GIFT importer) can say. Arguments named
// `count` are numbers (translations choose plural forms with them); all others are text.
messages! {
    // TOML files.
    TomlSyntax => "content-toml-syntax", "TOML syntax error: {error}";
    UnknownKey => "content-unknown-key", "unknown key `{field}` (allowed here: {allowed})";
    MissingKey => "content-missing-key", "required key `{field}` is missing";
    WrongTypeString => "content-wrong-type-string", "`{field}` must be a string, found {found}";
    WrongTypeInteger => "content-wrong-type-integer", "`{field}` must be an integer, found {found}";
    WrongTypeNumber => "content-wrong-type-number", "`{field}` must be a number, found {found}";
    WrongTypeBool => "content-wrong-type-bool", "`{field}` must be true or false, found {found}";
    WrongTypeStringArray => "content-wrong-type-string-array", "`{field}` must be an array of strings, found {found}";
    WrongTypeTable => "content-wrong-type-table", "`{field}` must be a table, found {found}";
    WrongTypeTableArray => "content-wrong-type-table-array", "`{field}` must be an array of tables, found {found}";
    ValueEmpty => "content-value-empty", "`{field}` must not be empty";
    SlugInvalid => "content-slug-invalid", "`{field}` = {value}: use only a-z, 0-9 and single - between words";
    ValueOutOfRange => "content-value-out-of-range", "`{field}` = {value}: must be within {min}..={max}";
    IntegerOutOfRange => "content-integer-out-of-range", "`{field}` = {value}: integer out of range";
    NumberNotFinite => "content-number-not-finite", "`{field}` = {value}: must be a finite number";
    ObjectivesCount => "content-objectives-count", "`{field}`: write 3 to 5 objectives (found {count})";
    ObjectiveEmpty => "content-objective-empty", "`{field}`: an objective is empty";
    MaxAttemptsOutOfRange => "content-max-attempts-out-of-range", "`{field}` = {value}: must be within 1..=1000 (omit it for unlimited attempts)";
    TimeLimitOutOfRange => "content-time-limit-out-of-range", "`{field}` = {value}: must be within 1..=600 (omit it for no time limit)";
    QuestionTypeUnknown => "content-question-type-unknown", "`{field}` = {value}: must be one of {allowed}";
    KeyNotForType => "content-key-not-for-type", "key `{field}` is not used by {type} questions (allowed: {allowed})";
    // Files and directories.
    IoError => "content-io-error", "cannot read: {error}";
    NotUtf8 => "content-not-utf8", "the file is not valid UTF-8 (save it as UTF-8)";
    FileOutsideLevels => "content-file-outside-levels", "a file at the top of course-content/ is not part of any level";
    DirFileMissing => "content-dir-file-missing", "directory `{dir}` has no {file}";
    FileInLevelDir => "content-file-in-level-dir", "a level directory holds level.toml and module directories only";
    DirInModule => "content-dir-in-module", "a module directory holds files only; images sit beside the lessons";
    UnknownTomlFile => "content-unknown-toml-file", "unknown TOML file: a module has module.toml, quiz.toml and quiz.LANG.toml";
    StrayFile => "content-stray-file", "`{name}` is neither a lesson, a quiz file nor an image";
    UnknownLanguageFile => "content-unknown-language-file", "`{lang}` is not a language of the Academy (ru, kk, ky, tg, tk, uz, az, en)";
    UnknownLanguageKey => "content-unknown-language-key", "`{lang}` in `{table}` is not a language of the Academy (ru, kk, ky, tg, tk, uz, az, en)";
    LessonNameNoLanguage => "content-lesson-name-no-language", "lesson file `{name}`: the language is missing; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md";
    LessonNameNoNumber => "content-lesson-name-no-number", "lesson file `{name}`: it must start with a number and a dash; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md";
    LessonNameNumberDigits => "content-lesson-name-number-digits", "lesson file `{name}`: it must start with a number of 1 to 4 digits; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md";
    LessonNameSlug => "content-lesson-name-slug", "lesson file `{name}`: the slug uses only a-z, 0-9 and -; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md";
    LessonNameNumberZero => "content-lesson-name-number-zero", "lesson file `{name}`: lesson numbers start at 1; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md";
    EmptyModule => "content-empty-module", "a module needs at least one lesson (NN-slug.ru.md)";
    LessonWithoutRussian => "content-lesson-without-russian", "lesson `{lesson}` has translations but no Russian file {file}";
    QuizSettingsMissing => "content-quiz-settings-missing", "the module has quiz questions but no quiz.toml with the pass mark";
    QuizQuestionsMissing => "content-quiz-questions-missing", "quiz.toml is present but the questions (quiz.ru.toml) are missing";
    QuizWithoutRussian => "content-quiz-without-russian", "a quiz translation needs the Russian reference quiz.ru.toml";
    // The tree as a whole.
    DuplicateSlug => "content-duplicate-slug", "slug `{value}` is already used by {first}";
    DuplicateOrder => "content-duplicate-order", "order `{value}` is already used by {first}";
    UnknownLevel => "content-unknown-level", "`requires` names level `{slug}`, which does not exist";
    UnknownModule => "content-unknown-module", "`prerequisites` names module `{slug}`, which does not exist";
    PrerequisiteCycle => "content-prerequisite-cycle", "prerequisites form a cycle no learner can complete: {cycle}";
    MissingTranslationField => "content-missing-translation-field", "`{field}` has no {lang} translation";
    MissingTranslationLesson => "content-missing-translation-lesson", "lesson `{lesson}` has no {lang} translation";
    MissingTranslationQuiz => "content-missing-translation-quiz", "the quiz has no {lang} translation";
    // Lesson Markdown.
    TitleMissing => "content-title-missing", "a lesson must start with its title as `# Title` on the first line";
    TitleEmpty => "content-title-empty", "the `# Title` line is empty";
    SecondH1 => "content-markdown-second-h1", "only the title may be a `#` heading; use `##` to `####` in the body";
    DeepHeading => "content-markdown-deep-heading", "headings deeper than `####` are not allowed";
    RawHtml => "content-markdown-raw-html", "raw HTML is not allowed in lessons";
    Footnote => "content-markdown-footnote", "footnotes are not allowed in lessons";
    LinkScheme => "content-link-scheme", "link to `{url}`: only https://, mailto: and relative links to lessons or images of the tree are allowed";
    LinkOutsideTree => "content-link-outside-tree", "link `{url}`: it points outside course-content/";
    LinkWithLanguage => "content-link-with-language", "link `{url}`: link to lessons without the language: `{target}`; the learner gets their own language";
    LinkNoLesson => "content-link-no-lesson", "link `{url}`: there is no lesson `{lesson}` in {dir}/";
    LinkNoModule => "content-link-no-module", "link `{url}`: there is no module directory `{dir}/`";
    LinkBadTarget => "content-link-bad-target", "link `{url}`: relative links must point to a lesson (`NN-slug.md`) or an image beside the lesson";
    LinkEscaped => "content-link-escaped", "link `{url}` is written with escapes or entities; write the path plainly";
    ImageNoAlt => "content-image-no-alt", "image `{image}` has no alt text: describe the picture for learners who cannot see it";
    ImageNotBeside => "content-image-not-beside", "image `{image}` must be a file beside the lesson (a plain file name)";
    ImageNotInModule => "content-image-not-in-module", "image `{image}` is not in {dir}/";
    ImageFormat => "content-image-format", "image `{image}` must be a PNG, JPEG or WebP file (.png, .jpg, .jpeg, .webp)";
    ImageTooLarge => "content-image-too-large", "image `{image}` is {bytes} bytes; at most 2 MB (2097152 bytes) is allowed";
    ImageUnused => "content-image-unused", "image `{image}` is not used by any lesson";
    // Quiz files.
    QuizNoQuestions => "content-quiz-no-questions", "a quiz needs at least one [[question]]";
    DuplicateQuestionId => "content-duplicate-question-id", "question id `{question}` is already used on line {first_line}";
    TranslationExtraQuestion => "content-translation-extra-question", "question `{question}` is not in quiz.ru.toml (question {position} of {total})";
    TranslationMissingQuestion => "content-translation-missing-question", "question `{question}` of quiz.ru.toml is missing";
    TranslationId => "content-translation-id", "question {position} (`{question}` in quiz.ru.toml): id `{id}` where the reference has `{question}`";
    TranslationType => "content-translation-type", "question {position} (`{question}` in quiz.ru.toml): type {type} where the reference has {reference}";
    TranslationPoints => "content-translation-points", "question {position} (`{question}` in quiz.ru.toml): points {points} where the reference has {reference}";
    TranslationOptionCount => "content-translation-option-count", "question {position} (`{question}` in quiz.ru.toml): the number of options is {count} where the reference has {reference}";
    TranslationOptionCorrect => "content-translation-option-correct", "question {position} (`{question}` in quiz.ru.toml): option {option} has correct = {correct} in the reference";
    TranslationOptionWeight => "content-translation-option-weight", "question {position} (`{question}` in quiz.ru.toml): option {option} has another weight than in the reference";
    TranslationAnswer => "content-translation-answer", "question {position} (`{question}` in quiz.ru.toml): answer = {answer} where the reference has {reference}";
    TranslationNumericCount => "content-translation-numeric-count", "question {position} (`{question}` in quiz.ru.toml): the number of numeric answers is {count} where the reference has {reference}";
    TranslationNumericAnswer => "content-translation-numeric-answer", "question {position} (`{question}` in quiz.ru.toml): numeric answer {number} differs from the reference (value, tolerance or weight)";
    TranslationPairCount => "content-translation-pair-count", "question {position} (`{question}` in quiz.ru.toml): the number of pairs is {count} where the reference has {reference}";
    TranslationItemCount => "content-translation-item-count", "question {position} (`{question}` in quiz.ru.toml): the number of items is {count} where the reference has {reference}";
    // The answer key of one question (quiz files and GIFT import alike).
    QuestionIdInvalid => "content-question-id-invalid", "question id `{question}` must be non-empty and use only a-z, 0-9 and -";
    QuestionTextEmpty => "content-question-text-empty", "question text is empty";
    QuestionPointsOutOfRange => "content-question-points-out-of-range", "points = {points} must be within 1..=100";
    OptionsTooFew => "content-options-too-few", "a {type} question needs at least 2 options, found {count}";
    OptionNoText => "content-option-no-text", "option {option} has no text";
    OptionWeightOutOfRange => "content-option-weight-out-of-range", "option {option} weight {weight} must be within -100..=100";
    SingleCorrectCount => "content-single-correct-count", "a single question needs exactly 1 option with `correct = true`, found {count}";
    SingleCorrectWeight => "content-single-correct-weight", "the correct option {option} must have weight 100 or none, found {weight}";
    SingleFullCreditNotCorrect => "content-single-full-credit-not-correct", "option {option} gives full credit but is not marked `correct`";
    MultipleNoCorrect => "content-multiple-no-correct", "a multiple question needs at least 1 option with `correct = true`";
    MultipleWeightSign => "content-multiple-weight-sign", "option {option}: a positive weight and `correct = true` go together (weight {weight}, correct = {correct})";
    MultipleWeightSum => "content-multiple-weight-sum", "the positive weights add up to {sum}, not 100";
    ShortTextNoFullCredit => "content-short-text-no-full-credit", "a short_text question needs at least one accepted answer with full credit";
    ShortTextAnswerEmpty => "content-short-text-answer-empty", "an accepted answer is empty";
    AnswerWeightOutOfRange => "content-answer-weight-out-of-range", "weight {weight} must be within 0..=100";
    NumericNoFullCredit => "content-numeric-no-full-credit", "a numeric question needs `answer` (or an alternative with weight 100)";
    NumericToleranceNegative => "content-numeric-tolerance-negative", "tolerance {tolerance} must be 0 or more";
    PairsTooFew => "content-pairs-too-few", "a matching question needs at least 2 pairs, found {count}";
    PairEmptySide => "content-pair-empty-side", "pair {pair} has an empty side";
    PairLeftTwice => "content-pair-left-twice", "pair {pair}: the left side `{left}` appears twice";
    ItemsTooFew => "content-items-too-few", "an ordering question needs at least 2 items, found {count}";
    ItemEmpty => "content-item-empty", "item {item} is empty";
    ItemTwice => "content-item-twice", "item `{text}` appears twice, so its position is ambiguous";
    // GIFT import (crates/courses/src/gift.rs); the line is reported beside the text.
    GiftTitleUnclosed => "content-gift-title-unclosed", "the title `::...` is not closed with `::`";
    GiftDescription => "content-gift-description", "the question has no answer block {...}: descriptions (text without a question) are not supported";
    GiftUnclosedAnswer => "content-gift-unclosed-answer", "the answer block opened with { is never closed with }";
    GiftCloze => "content-gift-cloze", "the question has several answer blocks: embedded (cloze) questions are not supported";
    GiftMissingWord => "content-gift-missing-word", "text follows the answer block (missing-word format); put the answers at the end of the question";
    GiftNoText => "content-gift-no-text", "the question has no text before the answer block";
    GiftEssay => "content-gift-essay", "an essay question ({}): essays are not supported";
    GiftWeightUnclosed => "content-gift-weight-unclosed", "a weight `%...` is not closed with `%`";
    GiftWeightOutOfRange => "content-gift-weight-out-of-range", "weight `%{weight}%` is not a percentage between -100 and 100";
    GiftNumericPrefix => "content-gift-numeric-prefix", "numeric answers must each start with `=` when there are several";
    GiftNumericValue => "content-gift-numeric-value", "`{value}` is not a number, `number:tolerance` or `min..max`";
    GiftPairSyntax => "content-gift-pair-syntax", "matching pairs are written `=left -> right`";
    GiftPairFeedback => "content-gift-pair-feedback", "matching pairs cannot carry feedback (use #### general feedback)";
    GiftPairArrow => "content-gift-pair-arrow", "pair `{pair}` has no `->`";
    GiftPairNoLeft => "content-gift-pair-no-left", "extra right-hand answers without a left side are not supported";
    GiftOptionPrefix => "content-gift-option-prefix", "every option starts with `=` (right) or `~` (wrong)";
    GiftSeveralCorrect => "content-gift-several-correct", "{count} answers are marked with `=`: a single-choice question has exactly one; for several right answers use `~%50%` weights";
    GiftExistingInvalid => "content-gift-existing-invalid", "the existing quiz file does not parse: {error}";
}

impl MessageId {
    /// Names of the arguments the message uses, in order of first use.
    pub fn args(self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for piece in pieces(self.english()) {
            if let Piece::Arg(name) = piece {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        out
    }

    /// The English sentence with `args` in place. A missing argument shows as `{name}`
    /// (a test makes sure every call passes them all).
    pub fn render(self, args: &BTreeMap<String, String>) -> String {
        let mut out = String::new();
        for piece in pieces(self.english()) {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Arg(name) => match args.get(name) {
                    Some(v) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
        out
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MessageId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Part of an English template: literal text, or `{name}` (lower-case letters and `_`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Text(&'static str),
    Arg(&'static str),
}

/// Splits a template into literal text and arguments.
fn pieces(template: &'static str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            if open > 0 {
                out.push(Piece::Text(&rest[..open]));
            }
            out.push(Piece::Arg(&after[..name_len]));
            rest = &after[name_len + 1..];
        } else {
            out.push(Piece::Text(&rest[..=open]));
            rest = after;
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One problem: where, what (stable code and message id, with the arguments the message
/// needs), and the message in English for people reading the command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    /// The Fluent message that says what is wrong (`locales/*/content-check.ftl`).
    pub key: MessageId,
    /// Path relative to the content root, with `/` separators on every platform.
    pub file: String,
    /// 1-based; `None` when the problem concerns the file as a whole.
    pub line: Option<u32>,
    /// Named arguments for the message (`$field`, `$value`...): every one the message
    /// uses, and sometimes more for tools (the question id of a quiz problem).
    pub args: BTreeMap<String, String>,
    /// `key` rendered in English with `args`: the same sentence as `locales/en`.
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(
        severity: Severity,
        code: Code,
        key: MessageId,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
    ) -> Diagnostic {
        let args: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        debug_assert!(
            key.args().iter().all(|a| args.contains_key(*a)),
            "{key} needs {:?}, got {args:?}",
            key.args()
        );
        Diagnostic {
            severity,
            code,
            key,
            file: file.to_string(),
            line,
            message: key.render(&args),
            args,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: {sev}[{}]: {}",
                self.file, line, self.code, self.message
            ),
            None => write!(f, "{}: {sev}[{}]: {}", self.file, self.code, self.message),
        }
    }
}

/// Present / expected counts for one kind of item in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    pub present: u32,
    pub expected: u32,
}

impl Count {
    pub(crate) fn add(&mut self, present: bool) {
        self.expected += 1;
        if present {
            self.present += 1;
        }
    }

    /// 0..=100; an empty tree counts as fully covered.
    pub fn percent(&self) -> u32 {
        (self.present * 100)
            .checked_div(self.expected)
            .unwrap_or(100)
    }
}

/// Coverage of one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LangCoverage {
    /// Level titles and summaries, module titles, summaries and objectives.
    pub texts: Count,
    pub lessons: Count,
    pub quizzes: Count,
}

/// Coverage of every language (all eight are always present).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub per_lang: BTreeMap<Lang, LangCoverage>,
}

impl Default for Coverage {
    fn default() -> Self {
        Coverage {
            per_lang: Lang::ALL
                .iter()
                .map(|l| (*l, LangCoverage::default()))
                .collect(),
        }
    }
}

impl Coverage {
    pub fn get(&self, lang: Lang) -> LangCoverage {
        self.per_lang.get(&lang).copied().unwrap_or_default()
    }

    pub(crate) fn entry(&mut self, lang: Lang) -> &mut LangCoverage {
        self.per_lang.entry(lang).or_default()
    }
}

impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<6}{:>16}{:>16}{:>16}",
            "lang", "texts", "lessons", "quizzes"
        )?;
        for (lang, c) in &self.per_lang {
            let cell = |c: Count| format!("{}/{} {:>3}%", c.present, c.expected, c.percent());
            writeln!(
                f,
                "{:<6}{:>16}{:>16}{:>16}",
                lang.code(),
                cell(c.texts),
                cell(c.lessons),
                cell(c.quizzes)
            )?;
        }
        Ok(())
    }
}

/// Everything `check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// Sorted by file, then line, then code.
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Coverage,
}

impl CheckReport {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        writeln!(
            f,
            "{} error(s), {} warning(s)",
            self.errors().count(),
            self.warnings().count()
        )
    }
}

/// Collects diagnostics while the loader walks the tree.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub(crate) diags: Vec<Diagnostic>,
}

impl Sink {
    pub(crate) fn push(
        &mut self,
        severity: Severity,
        code: Code,
        key: MessageId,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
    ) {
        self.diags
            .push(Diagnostic::new(severity, code, key, file, line, args));
    }

    pub(crate) fn error(
        &mut self,
        code: Code,
        key: MessageId,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
    ) {
        self.push(Severity::Error, code, key, file, line, args);
    }

    pub(crate) fn warn(
        &mut self,
        code: Code,
        key: MessageId,
        file: &str,
        line: Option<u32>,
        args: &[(&str, String)],
    ) {
        self.push(Severity::Warning, code, key, file, line, args);
    }

    pub(crate) fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.diags.sort_by(|a, b| {
            (&a.file, a.line, a.code, &a.message).cmp(&(&b.file, b.line, b.code, &b.message))
        });
        self.diags.dedup();
        self.diags
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(src: &str, offset: usize) -> u32 {
    let end = offset.min(src.len());
    let mut n = 1u32;
    for b in src.as_bytes()[..end].iter() {
        if *b == b'\n' {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case_unique_and_round_trip() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            let id = c.as_str();
            assert!(id.starts_with("content-"), "{id}");
            assert!(
                id.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{id}"
            );
            assert!(seen.insert(id), "duplicate {id}");
            assert_eq!(Code::from_id(id), Some(*c));
        }
    }

    #[test]
    fn templates_fill_arguments_and_keep_other_braces() {
        assert_eq!(MessageId::GiftDescription.args(), Vec::<&str>::new());
        assert_eq!(
            MessageId::GiftDescription.render(&BTreeMap::new()),
            MessageId::GiftDescription.english()
        );
        assert_eq!(
            MessageId::ValueOutOfRange.args(),
            vec!["field", "value", "min", "max"]
        );
        let args: BTreeMap<String, String> = [("field", "order"), ("value", "0"), ("min", "1")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(
            MessageId::ValueOutOfRange.render(&args),
            "`order` = 0: must be within 1..={max}"
        );
        assert_eq!(MessageId::GiftWeightOutOfRange.args(), vec!["weight"]);
    }

    #[test]
    fn line_of_counts_newlines() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("a", 99), 1);
    }

    #[test]
    fn coverage_table_lists_all_languages() {
        let mut c = Coverage::default();
        c.entry(Lang::Ru).lessons.add(true);
        c.entry(Lang::En).lessons.add(false);
        let table = c.to_string();
        assert_eq!(table.lines().count(), 9);
        assert!(table.contains("1/1 100%"));
        assert!(table.contains("0/1   0%"));
    }
}
