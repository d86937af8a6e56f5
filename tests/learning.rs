//! The learning use-cases on both backends: enrol, read lessons, fail and pass a quiz,
//! complete a module, sync offline progress twice.

use std::collections::BTreeMap;

use academy_suite::{answers, db_tests, TestDb};
use chrono::Utc;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::quizzes::{self, Saved};
use enrollment::sync::{self, Event, EventKind, Outcome};
use enrollment::{learning, Error};

fn setup(test_db: &TestDb) -> (enrollment::Database, i64) {
    academy_suite::fixture_with_learner(test_db, "Аида")
}

fn journey_through_a_module(test_db: &TestDb) {
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let first = learner.catalogue.levels[0].modules[0].module.clone();
    let second = learner.catalogue.levels[0].modules[1].module.clone();
    assert!(learner.enrolments.is_empty());

    // The second module requires the first.
    assert!(!learner.unmet_for_module(&second.slug).is_empty());
    assert!(matches!(
        learning::enrol_module(&db, user, &second.slug),
        Err(Error::PrerequisitesUnmet)
    ));
    let enrolled = learning::enrol_module(&db, user, &first.slug).unwrap();
    assert_eq!(enrolled.newly_enrolled, vec![first.slug.clone()]);
    let again = learning::enrol_module(&db, user, &first.slug).unwrap();
    assert_eq!(again.already_enrolled, vec![first.slug.clone()]);

    // Lessons.
    for lesson in &first.lessons {
        let change = learning::record_lesson(
            &db,
            user,
            &first.slug,
            &lesson.slug,
            Some(100),
            true,
            Utc::now().naive_utc(),
        )
        .unwrap();
        assert!(change.lesson_completed_now);
        assert!(!change.module_completed_now, "the quiz is still to pass");
    }
    let learner = learning::learner(&db, user).unwrap();
    assert_eq!(
        learner.lesson_counts(&first.slug),
        (first.lessons.len(), first.lessons.len())
    );
    assert!(!learner.module_complete(&first.slug));

    // Quiz: fail, then pass.
    let attempt =
        quizzes::start_or_resume(&db, user, &first.slug, academy_suite::Lang::Ru).unwrap();
    assert_eq!(attempt.attempt_no, 1);
    let set = attempt.module.quiz.as_ref().unwrap().variants[&attempt.lang].clone();
    let resumed =
        quizzes::start_or_resume(&db, user, &first.slug, academy_suite::Lang::Ru).unwrap();
    assert_eq!(
        resumed.public_id, attempt.public_id,
        "an open attempt is resumed"
    );

    let few = answers::mostly_unanswered(&set, attempt.seed);
    let Saved::Saved(saved) =
        quizzes::save_answers(&db, user, &attempt.public_id, few.clone(), &[]).unwrap()
    else {
        panic!("no time limit in the fixture")
    };
    assert_eq!(saved.answers, few);
    let failed = quizzes::submit(&db, user, &attempt.public_id, None).unwrap();
    assert_eq!(failed.attempt.passed, Some(false));
    assert!(!failed.module_completed_now);
    assert!(matches!(
        quizzes::save_answers(&db, user, &attempt.public_id, BTreeMap::new(), &[]),
        Err(Error::AttemptClosed)
    ));

    let second_try =
        quizzes::start_or_resume(&db, user, &first.slug, academy_suite::Lang::Ru).unwrap();
    assert_eq!(second_try.attempt_no, 2);
    let all = answers::perfect(&set, second_try.seed);
    let passed = quizzes::submit(&db, user, &second_try.public_id, Some(all)).unwrap();
    assert_eq!(
        passed.attempt.passed,
        Some(true),
        "{:?}",
        passed.attempt.grade
    );
    assert_eq!(passed.attempt.score_percent, Some(100.0));
    assert!(passed.module_completed_now);

    let status = quizzes::status(&db, user, &first.slug).unwrap();
    assert_eq!(status.attempts_used, 2);
    assert!(status.passed);
    assert_eq!(status.history.len(), 2);
    let learner = learning::learner(&db, user).unwrap();
    assert!(learner.module_complete(&first.slug));
    assert!(learner
        .enrolment(&first.slug)
        .unwrap()
        .completed_at
        .is_some());
    // Now the second module is open.
    assert!(learner.unmet_for_module(&second.slug).is_empty());

    // Another learner cannot see this attempt.
    let other = accounts::create(
        &db,
        NewAccount {
            email: Email::parse("other@example.org").unwrap(),
            password: "a long enough password".into(),
            display_name: PersonName::parse("Other").unwrap(),
            role: Role::Learner,
            language: academy_suite::Lang::En,
            must_change_password: false,
        },
    )
    .unwrap();
    assert!(matches!(
        quizzes::attempt(&db, other.id, &second_try.public_id),
        Err(Error::NotFound)
    ));
}

fn offline_batch_synced_twice_changes_nothing_the_second_time(test_db: &TestDb) {
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let module = learner.catalogue.levels[0].modules[0].module.clone();
    learning::enrol_module(&db, user, &module.slug).unwrap();
    let attempt =
        quizzes::start_or_resume(&db, user, &module.slug, academy_suite::Lang::Ru).unwrap();
    let set = attempt.module.quiz.as_ref().unwrap().variants[&attempt.lang].clone();
    let (qid, answer) = answers::perfect(&set, attempt.seed)
        .into_iter()
        .next()
        .unwrap();

    let mut events: Vec<Event> = module
        .lessons
        .iter()
        .enumerate()
        .map(|(i, l)| Event {
            id: format!("lesson-{i}"),
            at: Utc::now(),
            kind: EventKind::Lesson {
                module: module.slug.clone(),
                lesson: l.slug.clone(),
                position: Some(100),
                completed: true,
            },
        })
        .collect();
    events.push(Event {
        id: "answer-1".into(),
        at: Utc::now(),
        kind: EventKind::QuizAnswer {
            attempt: attempt.public_id.clone(),
            question: qid.clone(),
            answer: answer.clone(),
        },
    });
    events.push(Event {
        id: "not-enrolled".into(),
        at: Utc::now(),
        kind: EventKind::Lesson {
            module: "no-such-module".into(),
            lesson: "x".into(),
            position: None,
            completed: true,
        },
    });

    let first = sync::apply(&db, user, events.clone()).unwrap();
    let applied = first
        .results
        .iter()
        .filter(|r| r.outcome == Outcome::Applied)
        .count();
    assert_eq!(applied, module.lessons.len() + 1, "{first:?}");
    let rejected: Vec<_> = first
        .results
        .iter()
        .filter(|r| r.outcome == Outcome::Rejected)
        .collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].error, Some("error-not-enrolled"));

    let before = learning::learner(&db, user).unwrap();
    let second = sync::apply(&db, user, events).unwrap();
    assert_eq!(
        second
            .results
            .iter()
            .filter(|r| r.outcome == Outcome::Duplicate)
            .count(),
        module.lessons.len() + 1
    );
    let after = learning::learner(&db, user).unwrap();
    assert_eq!(before.progress, after.progress);
    assert_eq!(
        after.lesson_counts(&module.slug),
        (module.lessons.len(), module.lessons.len())
    );
    let saved = quizzes::attempt(&db, user, &attempt.public_id).unwrap();
    assert_eq!(saved.answers.get(&qid), Some(&answer));
}

/// Two devices of one learner syncing at once, and lessons finished on the web
/// meanwhile: each batch touches the same lesson rows in its own order. None may fail
/// (on PostgreSQL they deadlocked before the learner's writes were made to queue).
fn concurrent_syncs_of_one_learner_all_succeed(test_db: &TestDb) {
    let (db, user) = setup(test_db);
    let learner = learning::learner(&db, user).unwrap();
    let module = learner.catalogue.levels[0].modules[0].module.clone();
    learning::enrol_module(&db, user, &module.slug).unwrap();
    let lessons: Vec<String> = module.lessons.iter().map(|l| l.slug.clone()).collect();
    assert!(lessons.len() >= 2, "the fixture module has several lessons");
    std::thread::scope(|scope| {
        let mut workers = Vec::new();
        for device in 0..6usize {
            let (db, lessons, module) = (db.clone(), lessons.clone(), module.slug.clone());
            workers.push(scope.spawn(move || {
                for round in 0..8usize {
                    // Every batch visits every lesson several times, starting at a
                    // different one, so two batches take the rows in different orders.
                    let events: Vec<Event> = (0..3 * lessons.len())
                        .map(|k| Event {
                            id: format!("d{device}-r{round}-{k}"),
                            at: Utc::now(),
                            kind: EventKind::Lesson {
                                module: module.clone(),
                                lesson: lessons[(device + round + k) % lessons.len()].clone(),
                                position: Some(((k * 7) % 100) as i32),
                                completed: false,
                            },
                        })
                        .collect();
                    let report = sync::apply(&db, user, events).expect("the batch is applied");
                    assert!(
                        report.results.iter().all(|r| r.error.is_none()),
                        "device {device} round {round}"
                    );
                    let lesson = &lessons[(device + round) % lessons.len()];
                    learning::record_lesson(
                        &db,
                        user,
                        &module,
                        lesson,
                        Some(50),
                        false,
                        Utc::now().naive_utc(),
                    )
                    .expect("a lesson read on the web meanwhile is recorded");
                }
            }));
        }
        for w in workers {
            w.join().unwrap();
        }
    });
}

db_tests!(
    journey_through_a_module,
    offline_batch_synced_twice_changes_nothing_the_second_time,
    concurrent_syncs_of_one_learner_all_succeed,
);
