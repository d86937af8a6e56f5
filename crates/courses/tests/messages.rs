//! Every sentence the checker and the GIFT importer can say, said at least once: one
//! small tree (or GIFT text) per message id. Each case must report its message with
//! every argument the message uses, and together the cases must reach every id in
//! `MessageId::ALL`, so that a message nobody can trigger (or a new one without a case)
//! fails here. The i18n crate checks that each id is translated in all eight languages.

use std::collections::{BTreeMap, BTreeSet};
use std::io;

use courses::gift::{self, GiftError};
use courses::{load_from, ContentSource, Diagnostic, DirEntry, MemSource, MessageId};

const LEVEL: &str = "01-l/level.toml";
const MODULE: &str = "01-l/01-m/module.toml";
const LESSON: &str = "01-l/01-m/01-intro.ru.md";
const QUIZ: &str = "01-l/01-m/quiz.ru.toml";
const QUIZ_EN: &str = "01-l/01-m/quiz.en.toml";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

fn level(top: &str, tables: &str) -> String {
    format!("slug = \"l\"\norder = 1\n{top}\n[title]\nru = \"Уровень\"\n\n[summary]\nru = \"Кратко.\"\n{tables}")
}

fn module(slug: &str, order: u32, top: &str) -> String {
    format!(
        "slug = \"{slug}\"\norder = {order}\nestimated_minutes = 30\n{top}\n[title]\nru = \"Модуль\"\n\n[summary]\nru = \"Кратко.\"\n\n[objectives]\nru = [\"Один\", \"Два\", \"Три\"]\n"
    )
}

/// A valid one-module tree with `changes` applied (`None` removes a file).
fn tree(changes: &[(&str, Option<&[u8]>)]) -> MemSource {
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    files.insert(LEVEL.into(), level("", "").into_bytes());
    files.insert(MODULE.into(), module("m", 1, "").into_bytes());
    files.insert(LESSON.into(), "# Введение\n\nТекст урока.\n".into());
    for (path, bytes) in changes {
        match bytes {
            Some(b) => files.insert(path.to_string(), b.to_vec()),
            None => files.remove(*path),
        };
    }
    let mut src = MemSource::new();
    for (path, bytes) in files {
        src.insert(path, bytes);
    }
    src
}

fn put<'a>(path: &'a str, text: &'a str) -> (&'a str, Option<&'a [u8]>) {
    (path, Some(text.as_bytes()))
}

/// quiz.toml and quiz.ru.toml with `questions`.
fn quiz(questions: &str) -> MemSource {
    tree(&[
        put("01-l/01-m/quiz.toml", "pass_mark = 60\n"),
        put(QUIZ, questions),
    ])
}

/// A valid single-choice question with `extra` keys and the options `options`.
fn single(extra: &str, options: &str) -> String {
    format!("[[question]]\nid = \"q\"\ntype = \"single\"\ntext = \"Что?\"\n{extra}\n{options}")
}

const TWO_OPTIONS: &str =
    "[[question.option]]\ntext = \"А\"\ncorrect = true\n[[question.option]]\ntext = \"Б\"\n";

fn lesson(body: &str) -> MemSource {
    tree(&[put(LESSON, body)])
}

/// The reference quiz and its English translation.
fn translated(ru: &str, en: &str) -> MemSource {
    tree(&[
        put("01-l/01-m/quiz.toml", "pass_mark = 60\n"),
        put(QUIZ, ru),
        put(QUIZ_EN, en),
    ])
}

/// A source that cannot read one file.
struct Unreadable(MemSource, &'static str);

impl ContentSource for Unreadable {
    fn list(&self, dir: &str) -> io::Result<Vec<DirEntry>> {
        self.0.list(dir)
    }

    fn read(&self, file: &str) -> io::Result<Vec<u8>> {
        if file == self.1 {
            Err(io::Error::new(io::ErrorKind::PermissionDenied, "denied"))
        } else {
            self.0.read(file)
        }
    }
}

#[derive(Default)]
struct Seen {
    keys: BTreeSet<MessageId>,
}

impl Seen {
    fn diagnostics(&mut self, expected: MessageId, diags: &[Diagnostic]) {
        for d in diags {
            self.check_args(d.key, &d.args, &d.message, &format!("{d}"));
            self.keys.insert(d.key);
        }
        assert!(
            diags.iter().any(|d| d.key == expected),
            "{expected} not reported; got:\n{}",
            diags
                .iter()
                .map(|d| format!("  {d} ({})", d.key))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    fn tree(&mut self, expected: MessageId, src: &dyn ContentSource) {
        let (_, report) = load_from(src);
        self.diagnostics(expected, &report.diagnostics);
    }

    fn gift(&mut self, expected: MessageId, text: &str) {
        let (_, errors) = gift::parse(text);
        for e in &errors {
            self.gift_error(e);
        }
        assert!(
            errors.iter().any(|e| e.key == expected),
            "{expected} not reported for {text:?}: {errors:#?}"
        );
    }

    fn gift_error(&mut self, e: &GiftError) {
        self.check_args(e.key, &e.args, &e.message, &format!("{e:?}"));
        self.keys.insert(e.key);
    }

    fn check_args(
        &self,
        key: MessageId,
        args: &BTreeMap<String, String>,
        message: &str,
        what: &str,
    ) {
        for arg in key.args() {
            assert!(args.contains_key(arg), "{key} needs `{arg}`: {what}");
        }
        assert_eq!(message, key.render(args), "{what}");
        if let Some(count) = args.get("count") {
            assert!(count.parse::<u64>().is_ok(), "`count` is a number: {what}");
        }
    }
}

#[test]
fn every_message_is_reachable_and_gets_its_arguments() {
    use MessageId as M;
    let mut s = Seen::default();

    // TOML files.
    s.tree(M::TomlSyntax, &tree(&[put(LEVEL, "slug = \n")]));
    s.tree(
        M::UnknownKey,
        &tree(&[put(MODULE, &module("m", 1, "colour = 1"))]),
    );
    s.tree(
        M::MissingKey,
        &tree(&[put(
            MODULE,
            &module("m", 1, "").replace("estimated_minutes = 30\n", ""),
        )]),
    );
    s.tree(
        M::WrongTypeString,
        &tree(&[put(
            MODULE,
            &module("m", 1, "").replace("slug = \"m\"", "slug = 1"),
        )]),
    );
    s.tree(
        M::WrongTypeInteger,
        &tree(&[put(
            MODULE,
            &module("m", 1, "").replace("order = 1", "order = \"1\""),
        )]),
    );
    s.tree(
        M::WrongTypeStringArray,
        &tree(&[put(MODULE, &module("m", 1, "prerequisites = \"x\""))]),
    );
    s.tree(
        M::WrongTypeTable,
        &tree(&[put(
            LEVEL,
            "slug = \"l\"\norder = 1\ntitle = \"x\"\n\n[summary]\nru = \"К.\"\n",
        )]),
    );
    s.tree(M::WrongTypeTableArray, &quiz("question = \"x\"\n"));
    s.tree(M::WrongTypeNumber, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\nweight = \"x\"\n[[question.option]]\ntext = \"Б\"\n")));
    s.tree(M::WrongTypeBool, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = \"yes\"\n[[question.option]]\ntext = \"Б\"\n")));
    s.tree(
        M::ValueEmpty,
        &tree(&[put(
            LEVEL,
            &level("", "").replace("ru = \"Уровень\"", "ru = \"Уровень\"\nkk = \" \""),
        )]),
    );
    s.tree(
        M::SlugInvalid,
        &tree(&[put(MODULE, &module("Bad Slug", 1, ""))]),
    );
    s.tree(
        M::ValueOutOfRange,
        &tree(&[put(MODULE, &module("m", 0, ""))]),
    );
    s.tree(
        M::IntegerOutOfRange,
        &tree(&[put(
            MODULE,
            &module("m", 1, "").replace("order = 1", "order = 0x7fffffffffffffff1"),
        )]),
    );
    s.tree(M::NumberNotFinite, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\nweight = inf\n[[question.option]]\ntext = \"Б\"\n")));
    s.tree(
        M::ObjectivesCount,
        &tree(&[put(
            MODULE,
            &module("m", 1, "").replace("[\"Один\", \"Два\", \"Три\"]", "[\"Один\"]"),
        )]),
    );
    s.tree(
        M::ObjectiveEmpty,
        &tree(&[put(MODULE, &module("m", 1, "").replace("\"Два\"", "\" \""))]),
    );
    s.tree(
        M::MaxAttemptsOutOfRange,
        &tree(&[
            put("01-l/01-m/quiz.toml", "pass_mark = 60\nmax_attempts = 0\n"),
            put(QUIZ, &single("", TWO_OPTIONS)),
        ]),
    );
    s.tree(
        M::TimeLimitOutOfRange,
        &tree(&[
            put(
                "01-l/01-m/quiz.toml",
                "pass_mark = 60\ntime_limit_minutes = 0\n",
            ),
            put(QUIZ, &single("", TWO_OPTIONS)),
        ]),
    );
    s.tree(
        M::QuestionTypeUnknown,
        &quiz(&single("", TWO_OPTIONS).replace("\"single\"", "\"essay\"")),
    );
    s.tree(
        M::KeyNotForType,
        &quiz(&single("answer = true", TWO_OPTIONS)),
    );

    // Files and directories.
    s.tree(M::IoError, &Unreadable(tree(&[]), LESSON));
    s.tree(M::NotUtf8, &tree(&[(LESSON, Some(b"# T\n\n\xff\xfe\n"))]));
    s.tree(M::FileOutsideLevels, &tree(&[put("notes.txt", "x")]));
    s.tree(M::DirFileMissing, &tree(&[put("02-x/notes.txt", "x")]));
    s.tree(
        M::DirFileMissing,
        &tree(&[put("01-l/02-m/01-a.ru.md", "# A\n")]),
    );
    s.tree(M::FileInLevelDir, &tree(&[put("01-l/notes.txt", "x")]));
    s.tree(
        M::DirInModule,
        &tree(&[("01-l/01-m/img/map.png", Some(PNG))]),
    );
    s.tree(
        M::UnknownTomlFile,
        &tree(&[put("01-l/01-m/extra.toml", "")]),
    );
    s.tree(M::StrayFile, &tree(&[put("01-l/01-m/notes.txt", "x")]));
    s.tree(
        M::UnknownLanguageFile,
        &tree(&[put("01-l/01-m/01-intro.de.md", "# Einführung\n")]),
    );
    s.tree(
        M::UnknownLanguageKey,
        &tree(&[put(
            LEVEL,
            &level("", "").replace("ru = \"Уровень\"", "ru = \"Уровень\"\nde = \"Stufe\""),
        )]),
    );
    s.tree(
        M::LessonNameNoLanguage,
        &tree(&[put("01-l/01-m/02-more.md", "# Ещё\n")]),
    );
    s.tree(
        M::LessonNameNoNumber,
        &tree(&[put("01-l/01-m/more.ru.md", "# Ещё\n")]),
    );
    s.tree(
        M::LessonNameNumberDigits,
        &tree(&[put("01-l/01-m/12345-more.ru.md", "# Ещё\n")]),
    );
    s.tree(
        M::LessonNameSlug,
        &tree(&[put("01-l/01-m/02-More.ru.md", "# Ещё\n")]),
    );
    s.tree(
        M::LessonNameNumberZero,
        &tree(&[put("01-l/01-m/00-more.ru.md", "# Ещё\n")]),
    );
    s.tree(M::EmptyModule, &tree(&[(LESSON, None)]));
    s.tree(
        M::LessonWithoutRussian,
        &tree(&[put("01-l/01-m/02-extra.en.md", "# Extra\n")]),
    );
    s.tree(
        M::QuizSettingsMissing,
        &tree(&[put(QUIZ, &single("", TWO_OPTIONS))]),
    );
    s.tree(
        M::QuizQuestionsMissing,
        &tree(&[put("01-l/01-m/quiz.toml", "pass_mark = 60\n")]),
    );
    s.tree(
        M::QuizWithoutRussian,
        &tree(&[
            put("01-l/01-m/quiz.toml", "pass_mark = 60\n"),
            put(QUIZ_EN, &single("", TWO_OPTIONS)),
        ]),
    );

    // The tree as a whole.
    let second = |slug: &str, order: u32, top: &str| {
        tree(&[
            put("01-l/02-m/module.toml", &module(slug, order, top)),
            put("01-l/02-m/01-a.ru.md", "# А\n"),
        ])
    };
    s.tree(M::DuplicateSlug, &second("m", 2, ""));
    s.tree(M::DuplicateOrder, &second("n", 1, ""));
    s.tree(
        M::UnknownLevel,
        &tree(&[put(LEVEL, &level("requires = [\"nope\"]", ""))]),
    );
    s.tree(
        M::UnknownModule,
        &tree(&[put(MODULE, &module("m", 1, "prerequisites = [\"nope\"]"))]),
    );
    s.tree(
        M::PrerequisiteCycle,
        &tree(&[
            put(MODULE, &module("m", 1, "prerequisites = [\"n\"]")),
            put(
                "01-l/02-m/module.toml",
                &module("n", 2, "prerequisites = [\"m\"]"),
            ),
            put("01-l/02-m/01-a.ru.md", "# А\n"),
        ]),
    );
    s.tree(
        M::MissingTranslationField,
        &tree(&[put(
            LEVEL,
            &level("", "").replace("ru = \"Уровень\"", "ru = \"Уровень\"\nkk = \"Деңгей\""),
        )]),
    );
    s.tree(
        M::MissingTranslationLesson,
        &tree(&[
            put("01-l/01-m/01-intro.kk.md", "# Кіріспе\n"),
            put("01-l/01-m/02-more.ru.md", "# Ещё\n"),
        ]),
    );
    s.tree(
        M::MissingTranslationQuiz,
        &tree(&[
            put("01-l/01-m/quiz.toml", "pass_mark = 60\n"),
            put(QUIZ, &single("", TWO_OPTIONS)),
            put("01-l/01-m/quiz.kk.toml", &single("", TWO_OPTIONS)),
            put("01-l/02-m/module.toml", &module("n", 2, "")),
            put("01-l/02-m/01-a.ru.md", "# А\n"),
            put("01-l/02-m/quiz.toml", "pass_mark = 60\n"),
            put("01-l/02-m/quiz.ru.toml", &single("", TWO_OPTIONS)),
        ]),
    );

    // Lesson Markdown.
    s.tree(M::TitleMissing, &lesson("Без заголовка\n"));
    s.tree(M::TitleEmpty, &lesson("# #\n\nТекст.\n"));
    s.tree(M::SecondH1, &lesson("# T\n\n# Again\n"));
    s.tree(M::DeepHeading, &lesson("# T\n\n##### Deep\n"));
    s.tree(M::RawHtml, &lesson("# T\n\n<div>x</div>\n"));
    s.tree(M::Footnote, &lesson("# T\n\nText[^1].\n\n[^1]: Note.\n"));
    s.tree(M::LinkScheme, &lesson("# T\n\n[x](ftp://example.org/)\n"));
    s.tree(M::LinkOutsideTree, &lesson("# T\n\n[x](../../../x.md)\n"));
    s.tree(M::LinkWithLanguage, &lesson("# T\n\n[x](01-intro.ru.md)\n"));
    s.tree(M::LinkNoLesson, &lesson("# T\n\n[x](09-nope.md)\n"));
    s.tree(M::LinkNoModule, &lesson("# T\n\n[x](../09-zzz/01-a.md)\n"));
    s.tree(M::LinkBadTarget, &lesson("# T\n\n[x](file.pdf)\n"));
    s.tree(M::LinkEscaped, &lesson("# T\n\n[x](01-int&#114;o.md)\n"));
    let with_image = |body: &str, name: &str, bytes: &[u8]| {
        let mut changes = vec![put(LESSON, body)];
        changes.push((name, Some(bytes)));
        tree(&changes.iter().map(|(p, b)| (*p, *b)).collect::<Vec<_>>())
    };
    s.tree(
        M::ImageNoAlt,
        &with_image("# T\n\n![](map.png)\n", "01-l/01-m/map.png", PNG),
    );
    s.tree(M::ImageNotBeside, &lesson("# T\n\n![Карта](img/map.png)\n"));
    s.tree(
        M::ImageNotInModule,
        &lesson("# T\n\n![Карта](missing.png)\n"),
    );
    s.tree(
        M::ImageFormat,
        &with_image("# T\n\n![Карта](map.gif)\n", "01-l/01-m/map.gif", b"GIF89a"),
    );
    let mut big = PNG.to_vec();
    big.resize(courses::MAX_IMAGE_BYTES as usize + 1, 0);
    s.tree(
        M::ImageTooLarge,
        &with_image("# T\n\n![Карта](map.png)\n", "01-l/01-m/map.png", &big),
    );
    s.tree(M::ImageUnused, &tree(&[("01-l/01-m/map.png", Some(PNG))]));

    // Quiz files.
    s.tree(M::QuizNoQuestions, &quiz("question = []\n"));
    s.tree(
        M::DuplicateQuestionId,
        &quiz(&format!(
            "{}\n{}",
            single("", TWO_OPTIONS),
            single("", TWO_OPTIONS)
        )),
    );
    let one = single("", TWO_OPTIONS);
    let two = format!(
        "{one}\n{}",
        single("", TWO_OPTIONS).replace("id = \"q\"", "id = \"r\"")
    );
    s.tree(M::TranslationExtraQuestion, &translated(&one, &two));
    s.tree(M::TranslationMissingQuestion, &translated(&two, &one));
    s.tree(
        M::TranslationId,
        &translated(&one, &one.replace("id = \"q\"", "id = \"x\"")),
    );
    let tf = "[[question]]\nid = \"q\"\ntype = \"true_false\"\ntext = \"Да?\"\nanswer = true\n";
    s.tree(M::TranslationType, &translated(&one, tf));
    s.tree(
        M::TranslationAnswer,
        &translated(tf, &tf.replace("answer = true", "answer = false")),
    );
    s.tree(
        M::TranslationPoints,
        &translated(&one, &single("points = 2", TWO_OPTIONS)),
    );
    s.tree(
        M::TranslationOptionCount,
        &translated(&one, &format!("{one}[[question.option]]\ntext = \"В\"\n")),
    );
    s.tree(
        M::TranslationOptionCorrect,
        &translated(&one, &single("", "[[question.option]]\ntext = \"А\"\n[[question.option]]\ntext = \"Б\"\ncorrect = true\n")),
    );
    s.tree(
        M::TranslationOptionWeight,
        &translated(&one, &single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\n[[question.option]]\ntext = \"Б\"\nweight = 10\n")),
    );
    let numeric = "[[question]]\nid = \"q\"\ntype = \"numeric\"\ntext = \"Сколько?\"\nanswer = 5\n";
    s.tree(
        M::TranslationNumericCount,
        &translated(
            numeric,
            &format!("{numeric}[[question.alternative]]\nanswer = 6\nweight = 50\n"),
        ),
    );
    s.tree(
        M::TranslationNumericAnswer,
        &translated(numeric, &numeric.replace("= 5", "= 6")),
    );
    let matching = "[[question]]\nid = \"q\"\ntype = \"matching\"\ntext = \"Сопоставьте.\"\n[[question.pair]]\nleft = \"А\"\nright = \"1\"\n[[question.pair]]\nleft = \"Б\"\nright = \"2\"\n";
    s.tree(
        M::TranslationPairCount,
        &translated(
            matching,
            &format!("{matching}[[question.pair]]\nleft = \"В\"\nright = \"3\"\n"),
        ),
    );
    let ordering = "[[question]]\nid = \"q\"\ntype = \"ordering\"\ntext = \"По порядку.\"\nitems = [\"А\", \"Б\"]\n";
    s.tree(
        M::TranslationItemCount,
        &translated(ordering, &ordering.replace("\"Б\"]", "\"Б\", \"В\"]")),
    );

    // Answer keys.
    s.tree(
        M::QuestionIdInvalid,
        &quiz(&one.replace("id = \"q\"", "id = \"Bad Id\"")),
    );
    s.tree(
        M::QuestionTextEmpty,
        &quiz(&one.replace("\"Что?\"", "\" \"")),
    );
    s.tree(
        M::QuestionPointsOutOfRange,
        &quiz(&single("points = 0", TWO_OPTIONS)),
    );
    s.tree(
        M::OptionsTooFew,
        &quiz(&single(
            "",
            "[[question.option]]\ntext = \"А\"\ncorrect = true\n",
        )),
    );
    s.tree(M::OptionNoText, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\n[[question.option]]\ntext = \" \"\n")));
    s.tree(M::OptionWeightOutOfRange, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\n[[question.option]]\ntext = \"Б\"\nweight = -150\n")));
    s.tree(M::SingleCorrectCount, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\n[[question.option]]\ntext = \"Б\"\ncorrect = true\n")));
    s.tree(M::SingleCorrectWeight, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\nweight = 50\n[[question.option]]\ntext = \"Б\"\n")));
    s.tree(M::SingleFullCreditNotCorrect, &quiz(&single("", "[[question.option]]\ntext = \"А\"\ncorrect = true\n[[question.option]]\ntext = \"Б\"\nweight = 100\n")));
    let multiple = |options: &str| quiz(&single("", options).replace("\"single\"", "\"multiple\""));
    s.tree(
        M::MultipleNoCorrect,
        &multiple("[[question.option]]\ntext = \"А\"\n[[question.option]]\ntext = \"Б\"\n"),
    );
    s.tree(M::MultipleWeightSign, &multiple("[[question.option]]\ntext = \"А\"\ncorrect = true\nweight = -10\n[[question.option]]\ntext = \"Б\"\ncorrect = true\n"));
    s.tree(M::MultipleWeightSum, &multiple("[[question.option]]\ntext = \"А\"\ncorrect = true\nweight = 30\n[[question.option]]\ntext = \"Б\"\ncorrect = true\nweight = 30\n"));
    let short = |rest: &str| {
        quiz(&format!(
            "[[question]]\nid = \"q\"\ntype = \"short_text\"\ntext = \"Что?\"\n{rest}"
        ))
    };
    s.tree(
        M::ShortTextNoFullCredit,
        &short("[[question.alternative]]\ntext = \"почти\"\nweight = 50\n"),
    );
    s.tree(
        M::ShortTextAnswerEmpty,
        &short("accept = [\"да\", \" \"]\n"),
    );
    s.tree(
        M::AnswerWeightOutOfRange,
        &short("accept = [\"да\"]\n[[question.alternative]]\ntext = \"почти\"\nweight = 150\n"),
    );
    let num = |rest: &str| {
        quiz(&format!(
            "[[question]]\nid = \"q\"\ntype = \"numeric\"\ntext = \"Сколько?\"\n{rest}"
        ))
    };
    s.tree(
        M::NumericNoFullCredit,
        &num("[[question.alternative]]\nanswer = 5\nweight = 50\n"),
    );
    s.tree(
        M::NumericToleranceNegative,
        &num("answer = 5\ntolerance = -1\n"),
    );
    let pairs = |rest: &str| {
        quiz(&format!(
            "[[question]]\nid = \"q\"\ntype = \"matching\"\ntext = \"Сопоставьте.\"\n{rest}"
        ))
    };
    s.tree(
        M::PairsTooFew,
        &pairs("[[question.pair]]\nleft = \"А\"\nright = \"1\"\n"),
    );
    s.tree(M::PairEmptySide, &pairs("[[question.pair]]\nleft = \"А\"\nright = \"1\"\n[[question.pair]]\nleft = \" \"\nright = \"2\"\n"));
    s.tree(M::PairLeftTwice, &pairs("[[question.pair]]\nleft = \"А\"\nright = \"1\"\n[[question.pair]]\nleft = \"А\"\nright = \"2\"\n"));
    let items = |list: &str| {
        quiz(&format!("[[question]]\nid = \"q\"\ntype = \"ordering\"\ntext = \"По порядку.\"\nitems = {list}\n"))
    };
    s.tree(M::ItemsTooFew, &items("[\"А\"]"));
    s.tree(M::ItemEmpty, &items("[\"А\", \" \"]"));
    s.tree(M::ItemTwice, &items("[\"А\", \"А\"]"));

    // GIFT.
    s.gift(M::GiftTitleUnclosed, "::Title Question {T}");
    s.gift(M::GiftDescription, "Just some text.");
    s.gift(M::GiftUnclosedAnswer, "Broken { =a ");
    s.gift(M::GiftCloze, "A {=a} and B {=b}.");
    s.gift(
        M::GiftMissingWord,
        "Moodle costs {~lots =nothing} to download.",
    );
    s.gift(M::GiftNoText, "{=a ~b}");
    s.gift(M::GiftEssay, "Describe it. {}");
    s.gift(M::GiftWeightUnclosed, "Q? {~%50 half =full}");
    s.gift(M::GiftWeightOutOfRange, "Q? {~%150% too much =full}");
    s.gift(M::GiftNumericPrefix, "Q? {#5 =6}");
    s.gift(M::GiftNumericValue, "Q? {#five}");
    s.gift(M::GiftPairSyntax, "Q? {=a -> 1 ~b -> 2}");
    s.gift(M::GiftPairFeedback, "Q? {=a -> 1 #good =b -> 2 =c -> 3}");
    s.gift(M::GiftPairArrow, "Q? {=a -> 1 =b =c -> 3}");
    s.gift(M::GiftPairNoLeft, "Q? {=a -> 1 =b -> 2 = -> 3}");
    s.gift(M::GiftOptionPrefix, "Q? {lead ~a =b}");
    s.gift(M::GiftSeveralCorrect, "Q? {=a =b ~c}");
    s.gift(M::ShortTextNoFullCredit, "Q? {=%50%half}");
    let (qs, _) = gift::parse("Q? {T}");
    let err = gift::append_to_quiz_toml("[[question]\n", &qs).unwrap_err();
    let (key, args) = err.key();
    assert_eq!(key.render(&args), err.to_string());
    s.keys.insert(key);

    let missing: Vec<&str> = MessageId::ALL
        .iter()
        .filter(|k| !s.keys.contains(k))
        .map(|k| k.as_str())
        .collect();
    assert!(missing.is_empty(), "no case reports {missing:?}");
}

#[test]
fn message_ids_are_stable_kebab_case() {
    let mut seen = BTreeSet::new();
    for key in MessageId::ALL {
        let id = key.as_str();
        assert!(id.starts_with("content-"), "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
        assert!(seen.insert(id), "duplicate {id}");
        assert_eq!(MessageId::from_id(id), Some(*key));
        assert!(!key.english().trim().is_empty(), "{id}");
    }
}
