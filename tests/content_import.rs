//! `academy content import` semantics on both backends: idempotent and versioned.

use std::path::Path;

use academy_suite::{db_tests, repo_root, TestDb};
use enrollment::content_import::{self, ImportReport};

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A module nothing links to, so the test can remove it again.
fn add_standalone_module(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("module.toml"),
        r#"slug = "extra"
order = 9
estimated_minutes = 20

[title]
ru = "Дополнительный модуль"

[summary]
ru = "Модуль, который тест добавляет и удаляет."

[objectives]
ru = ["Прочитать урок", "Понять пример", "Применить шаблон"]
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("01-intro.ru.md"),
        "# Введение\n\nКороткий урок для проверки импорта.\n",
    )
    .unwrap();
}

fn import(db: &enrollment::Database, dir: &Path) -> ImportReport {
    let catalog = courses::load(dir).unwrap_or_else(|r| panic!("fixture has errors:\n{r}"));
    content_import::import(db, &catalog, dir).expect("import")
}

fn import_is_idempotent_and_versioned(test_db: &TestDb) {
    let db = test_db.open();
    let tree = tempfile::tempdir().unwrap();
    copy_tree(
        &repo_root().join("crates/courses/tests/fixtures/valid"),
        tree.path(),
    );
    add_standalone_module(&tree.path().join("01-basics/09-extra"));
    let catalog = courses::load(tree.path()).unwrap_or_else(|r| panic!("{r}"));
    let slugs: Vec<String> = catalog.modules().map(|m| m.slug.clone()).collect();
    assert!(slugs.len() >= 2);

    let first = import(&db, tree.path());
    assert_eq!(first.levels_added.len(), catalog.levels.len());
    assert_eq!(first.modules_added, slugs);
    let versions = content_import::module_versions(&db).unwrap();
    assert_eq!(versions.len(), slugs.len());
    assert!(versions.iter().all(|(_, v, _)| *v == 1));

    let again = import(&db, tree.path());
    assert!(!again.wrote_anything(), "re-import wrote {again:?}");
    assert_eq!(again.modules_unchanged, slugs.len());
    assert_eq!(content_import::module_versions(&db).unwrap(), versions);

    // Change one lesson of the first module: only that module gets a version 2.
    let module_dir = tree.path().join(&catalog.modules().next().unwrap().dir);
    let lesson = std::fs::read_dir(&module_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".ru.md"))
        .unwrap();
    let mut text = std::fs::read_to_string(&lesson).unwrap();
    text.push_str("\nДобавленный абзац после рецензии.\n");
    std::fs::write(&lesson, text).unwrap();

    let changed = import(&db, tree.path());
    assert_eq!(changed.modules_versioned, vec![(slugs[0].clone(), 2)]);
    assert_eq!(changed.modules_unchanged, slugs.len() - 1);
    let after = content_import::module_versions(&db).unwrap();
    assert_eq!(after.len(), slugs.len() + 1, "the old version is kept");
    let v: Vec<_> = after.iter().filter(|(s, _, _)| s == &slugs[0]).collect();
    assert_eq!(v.len(), 2);
    assert_ne!(v[0].2, v[1].2, "versions differ in content hash");

    // A module removed from the tree is retired, not deleted.
    std::fs::remove_dir_all(tree.path().join("01-basics/09-extra")).unwrap();
    let retired = import(&db, tree.path());
    assert_eq!(retired.modules_retired, vec!["extra".to_string()]);
    assert_eq!(
        content_import::module_versions(&db).unwrap().len(),
        after.len()
    );
}

db_tests!(import_is_idempotent_and_versioned);

/// Images are stored web-sized: a 3000 × 2000 PNG in the sources is served 1280 px wide,
/// and the lesson's <img> carries the stored size.
fn large_images_are_scaled_down_at_import(test_db: &TestDb) {
    let db = test_db.open();
    let tree = tempfile::tempdir().unwrap();
    copy_tree(
        &repo_root().join("crates/courses/tests/fixtures/valid"),
        tree.path(),
    );
    let module_dir = tree.path().join("01-basics/01-mission");
    let large = image::RgbImage::from_fn(3000, 2000, |x, y| {
        image::Rgb([(x * 255 / 3000) as u8, (y * 255 / 2000) as u8, 128])
    });
    let mut source = std::io::Cursor::new(Vec::new());
    large
        .write_to(&mut source, image::ImageFormat::Png)
        .unwrap();
    let source = source.into_inner();
    assert!(source.len() as u64 <= courses::MAX_IMAGE_BYTES);
    std::fs::write(module_dir.join("mission-map.png"), &source).unwrap();

    let catalog = courses::load(tree.path()).unwrap_or_else(|r| panic!("{r}"));
    let slug = catalog
        .modules()
        .find(|m| m.images.iter().any(|i| i.file == "mission-map.png"))
        .expect("the fixture module with the image")
        .slug
        .clone();
    import(&db, tree.path());

    let (content_type, stored) =
        enrollment::catalog::image(&db, &slug, 1, "mission-map.png").unwrap();
    assert_eq!(content_type, "image/png");
    assert_eq!(courses::ImageFormat::dimensions(&stored), Some((1280, 853)));
    assert!(
        stored.len() < source.len(),
        "{} >= {}",
        stored.len(),
        source.len()
    );

    let catalogue = enrollment::catalog::catalogue(&db).unwrap();
    let (_, entry) = catalogue.module(&slug).unwrap();
    let lesson = entry
        .module
        .lessons
        .iter()
        .find(|l| {
            l.variants
                .values()
                .any(|t| t.markdown.contains("mission-map.png"))
        })
        .unwrap();
    let page = enrollment::catalog::lesson_page(
        &db,
        entry.id,
        entry.version,
        &lesson.slug,
        courses::Lang::Ru,
    )
    .unwrap();
    let img = page
        .html
        .split("<img ")
        .nth(1)
        .expect("the lesson shows the image");
    assert!(
        img.contains(&format!("src=\"/media/{slug}/v1/mission-map.png\"")),
        "{img}"
    );
    assert!(img.contains("width=\"1280\""), "{img}");
    assert!(img.contains("height=\"853\""), "{img}");

    // The same sources store the same bytes: re-importing changes nothing.
    assert!(!import(&db, tree.path()).wrote_anything());
}

db_tests!(large_images_are_scaled_down_at_import);
