//! The loaded content: levels, modules, lessons.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Localized};
use crate::quiz::Quiz;

/// The whole tree, levels sorted by `order`, modules and lessons likewise.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Catalog {
    pub levels: Vec<Level>,
}

impl Catalog {
    pub fn level(&self, slug: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.slug == slug)
    }

    pub fn module(&self, slug: &str) -> Option<&Module> {
        self.modules().find(|m| m.slug == slug)
    }

    pub fn modules(&self) -> impl Iterator<Item = &Module> {
        self.levels.iter().flat_map(|l| l.modules.iter())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub slug: String,
    pub order: u32,
    /// Resolved: what `requires` says, or else the previous level by order (none for
    /// the first level).
    pub requires: Vec<String>,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    pub modules: Vec<Module>,
    /// Directory relative to the content root.
    pub dir: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub slug: String,
    pub order: u32,
    pub level_slug: String,
    pub estimated_minutes: u32,
    /// Module slugs (any level) to complete first.
    pub prerequisites: Vec<String>,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    pub objectives: Localized<Vec<String>>,
    pub lessons: Vec<Lesson>,
    pub quiz: Option<Quiz>,
    /// Lower-case hex SHA-256 over the module directory; see [`crate::content_hash`].
    pub content_hash: String,
    /// Directory relative to the content root.
    pub dir: String,
    /// Image files of the directory that lessons use.
    pub images: Vec<ImageFile>,
}

impl Module {
    pub fn lesson(&self, slug: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.slug == slug)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    pub slug: String,
    pub order: u32,
    pub variants: BTreeMap<Lang, LessonText>,
    /// File names of the images the lesson shows (in any language), sorted.
    pub images: Vec<String>,
}

impl Lesson {
    /// The text in `lang`, else ru, else en.
    pub fn best(&self, lang: Lang) -> Option<(Lang, &LessonText)> {
        lang.fallback_chain()
            .into_iter()
            .find_map(|l| self.variants.get(&l).map(|t| (l, t)))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonText {
    /// The text of the `# Title` line.
    pub title: String,
    /// The body after the title line, with internal links and images rewritten to the
    /// canonical `lesson:`/`image:` destinations that [`crate::render_lesson_html`]
    /// resolves. Render this; do not show it raw.
    pub markdown: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    Png,
    Jpeg,
    Webp,
}

impl ImageFormat {
    /// Recognises the format from the file's first bytes, not its name.
    pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageFormat::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ImageFormat::Jpeg)
        } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(ImageFormat::Webp)
        } else {
            None
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Webp => "image/webp",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageFile {
    /// File name inside the module directory.
    pub file: String,
    /// Path relative to the content root.
    pub path: String,
    pub format: ImageFormat,
    pub bytes: u64,
}
