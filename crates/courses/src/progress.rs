//! Completion, prerequisite and certificate rules: pure functions over slugs and sets.
//!
//! The rules need only the shape of the course, not its texts, so they work on a
//! [`CourseMap`]: built from a loaded [`Catalog`], or by the enrollment service from
//! what the importer stored.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::Catalog;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CourseMap {
    /// In level order.
    pub levels: Vec<LevelNode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelNode {
    pub slug: String,
    /// Resolved level requirements (see [`crate::Level::requires`]).
    pub requires: Vec<String>,
    pub modules: Vec<ModuleNode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleNode {
    pub slug: String,
    pub lessons: Vec<String>,
    pub has_quiz: bool,
    pub prerequisites: Vec<String>,
}

impl ModuleNode {
    /// All lessons done and, when the module has a quiz, the quiz passed.
    pub fn complete(&self, p: &Progress) -> bool {
        self.lessons.iter().all(|l| p.lesson_done(&self.slug, l))
            && (!self.has_quiz || p.quizzes_passed.contains(&self.slug))
    }
}

impl From<&Catalog> for CourseMap {
    fn from(c: &Catalog) -> Self {
        CourseMap {
            levels: c
                .levels
                .iter()
                .map(|l| LevelNode {
                    slug: l.slug.clone(),
                    requires: l.requires.clone(),
                    modules: l
                        .modules
                        .iter()
                        .map(|m| ModuleNode {
                            slug: m.slug.clone(),
                            lessons: m.lessons.iter().map(|x| x.slug.clone()).collect(),
                            has_quiz: m.quiz.is_some(),
                            prerequisites: m.prerequisites.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// What one learner has done.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    /// `(module slug, lesson slug)` of lessons reached or marked complete.
    pub lessons_done: BTreeSet<(String, String)>,
    /// Slugs of modules whose quiz the learner has passed (any attempt).
    pub quizzes_passed: BTreeSet<String>,
}

impl Progress {
    pub fn lesson_done(&self, module: &str, lesson: &str) -> bool {
        self.lessons_done
            .contains(&(module.to_string(), lesson.to_string()))
    }
}

/// A prerequisite that is not met yet.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "slug", rename_all = "snake_case")]
pub enum Unmet {
    Module(String),
    Level(String),
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "slug", rename_all = "snake_case")]
pub enum Certificate {
    Module(String),
    Level(String),
}

impl CourseMap {
    pub fn level(&self, slug: &str) -> Option<&LevelNode> {
        self.levels.iter().find(|l| l.slug == slug)
    }

    pub fn module(&self, slug: &str) -> Option<(&LevelNode, &ModuleNode)> {
        self.levels
            .iter()
            .find_map(|l| l.modules.iter().find(|m| m.slug == slug).map(|m| (l, m)))
    }

    /// `(done, total)` lessons of a module; `(0, 0)` for an unknown module.
    pub fn lesson_counts(&self, module: &str, p: &Progress) -> (usize, usize) {
        match self.module(module) {
            Some((_, m)) => (
                m.lessons
                    .iter()
                    .filter(|l| p.lesson_done(&m.slug, l))
                    .count(),
                m.lessons.len(),
            ),
            None => (0, 0),
        }
    }

    /// All lessons done and, when the module has a quiz, the quiz passed. An unknown
    /// module is never complete.
    pub fn module_complete(&self, module: &str, p: &Progress) -> bool {
        match self.module(module) {
            Some((_, m)) => m.complete(p),
            None => false,
        }
    }

    /// All modules complete. A level without modules is complete; an unknown one is not.
    pub fn level_complete(&self, level: &str, p: &Progress) -> bool {
        match self.level(level) {
            Some(l) => l.modules.iter().all(|m| self.module_complete(&m.slug, p)),
            None => false,
        }
    }

    /// Levels that must be completed before `level` can be started.
    pub fn unmet_for_level(&self, level: &str, p: &Progress) -> Vec<Unmet> {
        match self.level(level) {
            Some(l) => l
                .requires
                .iter()
                .filter(|r| !self.level_complete(r, p))
                .map(|r| Unmet::Level(r.clone()))
                .collect(),
            None => Vec::new(),
        }
    }

    /// What stands between the learner and starting `module`: its own prerequisite
    /// modules, then the levels its level requires. Empty when it can be started.
    pub fn unmet_for_module(&self, module: &str, p: &Progress) -> Vec<Unmet> {
        let Some((level, m)) = self.module(module) else {
            return Vec::new();
        };
        let mut out: Vec<Unmet> = m
            .prerequisites
            .iter()
            .filter(|pre| !self.module_complete(pre, p))
            .map(|pre| Unmet::Module(pre.clone()))
            .collect();
        out.extend(self.unmet_for_level(&level.slug, p));
        out
    }

    pub fn can_start_module(&self, module: &str, p: &Progress) -> bool {
        self.module(module).is_some() && self.unmet_for_module(module, p).is_empty()
    }

    /// Every certificate earned by `p`: a module certificate per complete module, a level
    /// certificate per complete level (with at least one module), in course order.
    pub fn certificates_earned(&self, p: &Progress) -> Vec<Certificate> {
        let mut out = Vec::new();
        for l in &self.levels {
            for m in &l.modules {
                if self.module_complete(&m.slug, p) {
                    out.push(Certificate::Module(m.slug.clone()));
                }
            }
            if !l.modules.is_empty() && self.level_complete(&l.slug, p) {
                out.push(Certificate::Level(l.slug.clone()));
            }
        }
        out
    }

    /// Earned certificates not yet in `issued`: what to issue now.
    pub fn certificates_due(
        &self,
        p: &Progress,
        issued: &BTreeSet<Certificate>,
    ) -> Vec<Certificate> {
        self.certificates_earned(p)
            .into_iter()
            .filter(|c| !issued.contains(c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(slug: &str, lessons: &[&str], has_quiz: bool, pre: &[&str]) -> ModuleNode {
        ModuleNode {
            slug: slug.into(),
            lessons: lessons.iter().map(|s| s.to_string()).collect(),
            has_quiz,
            prerequisites: pre.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn map() -> CourseMap {
        CourseMap {
            levels: vec![
                LevelNode {
                    slug: "l1".into(),
                    requires: vec![],
                    modules: vec![
                        module("a", &["a1", "a2"], true, &[]),
                        module("b", &["b1"], false, &["a"]),
                    ],
                },
                LevelNode {
                    slug: "l2".into(),
                    requires: vec!["l1".into()],
                    modules: vec![module("c", &["c1"], true, &[])],
                },
            ],
        }
    }

    fn done(p: &mut Progress, m: &str, l: &str) {
        p.lessons_done.insert((m.into(), l.into()));
    }

    #[test]
    fn module_needs_lessons_and_quiz() {
        let c = map();
        let mut p = Progress::default();
        assert!(!c.module_complete("a", &p));
        done(&mut p, "a", "a1");
        done(&mut p, "a", "a2");
        assert_eq!(c.lesson_counts("a", &p), (2, 2));
        assert!(!c.module_complete("a", &p), "quiz not passed");
        p.quizzes_passed.insert("a".into());
        assert!(c.module_complete("a", &p));
        done(&mut p, "b", "b1");
        assert!(c.module_complete("b", &p), "no quiz: lessons only");
        assert!(!c.module_complete("zzz", &p));
    }

    #[test]
    fn prerequisites_and_levels() {
        let c = map();
        let mut p = Progress::default();
        assert!(c.can_start_module("a", &p));
        assert_eq!(c.unmet_for_module("b", &p), vec![Unmet::Module("a".into())]);
        assert_eq!(c.unmet_for_module("c", &p), vec![Unmet::Level("l1".into())]);
        done(&mut p, "a", "a1");
        done(&mut p, "a", "a2");
        p.quizzes_passed.insert("a".into());
        assert!(c.can_start_module("b", &p));
        assert!(!c.level_complete("l1", &p));
        done(&mut p, "b", "b1");
        assert!(c.level_complete("l1", &p));
        assert!(c.can_start_module("c", &p));
        assert!(!c.can_start_module("nope", &p));
    }

    #[test]
    fn certificates() {
        let c = map();
        let mut p = Progress::default();
        assert!(c.certificates_earned(&p).is_empty());
        done(&mut p, "b", "b1");
        assert_eq!(
            c.certificates_earned(&p),
            vec![Certificate::Module("b".into())]
        );
        done(&mut p, "a", "a1");
        done(&mut p, "a", "a2");
        p.quizzes_passed.insert("a".into());
        let issued: BTreeSet<Certificate> = [Certificate::Module("b".into())].into_iter().collect();
        assert_eq!(
            c.certificates_due(&p, &issued),
            vec![
                Certificate::Module("a".into()),
                Certificate::Level("l1".into())
            ]
        );
    }
}
