//! The content checker's messages (`courses::MessageId`) in `locales/*/content-check.ftl`:
//! every id in all eight languages, using exactly the arguments the code passes, and the
//! English file saying word for word what the command line prints.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use courses::MessageId;
use i18n::catalog::Catalog;
use i18n::{FallbackMode, Lang, Localizer};

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .canonicalize()
        .expect("the repository's locales/ directory")
}

/// Arguments of `key`: a recognisable marker for each, `count` set to `count`.
fn sample_args(key: MessageId, count: u32) -> BTreeMap<String, String> {
    key.args()
        .into_iter()
        .map(|a| {
            let value = if a == "count" {
                count.to_string()
            } else {
                format!("<{a}>")
            };
            (a.to_string(), value)
        })
        .collect()
}

#[test]
fn every_message_id_is_in_every_locale_with_exactly_its_arguments() {
    let catalog = Catalog::load(&locales()).unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let messages = catalog.messages(lang).expect("every locale has messages");
        for key in MessageId::ALL {
            let Some(info) = messages.get(key.as_str()) else {
                problems.push(format!("{lang}: no {key}"));
                continue;
            };
            let file = info.file.file_name().and_then(|f| f.to_str()).unwrap_or("");
            if file != "content-check.ftl" {
                problems.push(format!("{lang}: {key} is in {file}, not content-check.ftl"));
            }
            let used: BTreeSet<&str> = info
                .value
                .iter()
                .flat_map(|v| v.variables.iter().map(String::as_str))
                .collect();
            let passed: BTreeSet<&str> = key.args().into_iter().collect();
            if used != passed {
                problems.push(format!(
                    "{lang}: {key} uses {used:?}, the code passes {passed:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_says_what_the_command_line_prints() {
    let l10n = Localizer::load(&locales(), FallbackMode::Strict).unwrap_or_else(|e| panic!("{e}"));
    for key in MessageId::ALL {
        for count in [0, 1, 2, 5, 21] {
            let args = sample_args(*key, count);
            let english = key.render(&args);
            let fluent = l10n
                .try_message(Lang::En, key.as_str(), Some(&i18n::content_args(&args)))
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(fluent, english, "{key}");
            if !key.args().contains(&"count") {
                break;
            }
        }
    }
}

#[test]
fn every_language_formats_every_message_with_its_arguments() {
    let l10n = Localizer::load(&locales(), FallbackMode::Strict).unwrap_or_else(|e| panic!("{e}"));
    for lang in Lang::ALL {
        for key in MessageId::ALL {
            for count in [1, 3, 5, 22] {
                let args = sample_args(*key, count);
                let text = l10n
                    .try_message(lang, key.as_str(), Some(&i18n::content_args(&args)))
                    .unwrap_or_else(|e| panic!("{e}"));
                for (name, value) in &args {
                    assert!(
                        text.contains(value.as_str()),
                        "{lang} {key} drops `{name}`: {text}"
                    );
                }
                if lang != Lang::En {
                    assert_ne!(text, key.render(&args), "{lang} {key} is English");
                }
                assert!(l10n.take_errors().is_empty());
            }
        }
    }
}

#[test]
fn russian_counts_agree_with_their_nouns() {
    let l10n = Localizer::load(&locales(), FallbackMode::Strict).unwrap();
    let say = |count: u32| {
        let args = sample_args(MessageId::ObjectivesCount, count);
        l10n.content_message(
            Lang::Ru,
            MessageId::ObjectivesCount,
            &args,
            &MessageId::ObjectivesCount.render(&args),
        )
    };
    assert!(say(1).ends_with("(сейчас 1 цель)"), "{}", say(1));
    assert!(say(2).ends_with("(сейчас 2 цели)"), "{}", say(2));
    assert!(say(6).ends_with("(сейчас 6 целей)"), "{}", say(6));
}

#[test]
fn a_diagnostic_reads_in_the_page_language_and_english_is_only_the_last_resort() {
    let l10n = Localizer::load(&locales(), FallbackMode::Strict).unwrap();
    let src = courses::MemSource::new().with(
        "01-l/level.toml",
        "slug = \"l\"\norder = 0\n[title]\nru = \"У\"\n[summary]\nru = \"К\"\n",
    );
    let (_, report) = courses::load_from(&src);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.key == MessageId::ValueOutOfRange)
        .expect("order = 0 is out of range");
    assert_eq!(d.message, "`order` = 0: must be within 1..=9999");
    assert_eq!(
        l10n.diagnostic(Lang::Ru, d),
        "`order` = 0: значение должно быть от 1 до 9999"
    );
    assert_eq!(l10n.diagnostic(Lang::En, d), d.message);

    // A localizer without the checker's file (an old deployment's locales/) still says
    // something useful: the English sentence, not the bare id.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("ru")).unwrap();
    std::fs::write(dir.path().join("ru/a.ftl"), "hello = Привет\n").unwrap();
    let bare = Localizer::load(dir.path(), FallbackMode::Log).unwrap();
    assert_eq!(bare.diagnostic(Lang::Kk, d), d.message);
}
