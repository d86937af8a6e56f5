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

    /// Width and height in pixels, read from the file's header (the page writes them
    /// on `<img>` so the text does not jump when the image arrives). `None` for a
    /// header this does not understand.
    pub fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
        let be16 = |i: usize| Some(u16::from_be_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]) as u32);
        let le16 = |i: usize| Some(u16::from_le_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]) as u32);
        let le24 = |i: usize| Some(le16(i)? | (u32::from(*bytes.get(i + 2)?) << 16));
        let be32 = |i: usize| Some(u32::from_be_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
        let dims = match ImageFormat::sniff(bytes)? {
            // IHDR is always the first chunk.
            ImageFormat::Png => (be32(16)?, be32(20)?),
            ImageFormat::Jpeg => {
                // Walk the segments to the first start-of-frame marker.
                let mut i = 2;
                loop {
                    while *bytes.get(i)? != 0xFF {
                        i += 1;
                    }
                    while *bytes.get(i)? == 0xFF {
                        i += 1;
                    }
                    let marker = *bytes.get(i)?;
                    i += 1;
                    if matches!(marker, 0xD8 | 0x01 | 0xD0..=0xD7) {
                        continue;
                    }
                    let len = be16(i)? as usize;
                    if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
                        break (be16(i + 5)?, be16(i + 3)?);
                    }
                    i += len;
                }
            }
            ImageFormat::Webp => match bytes.get(12..16)? {
                b"VP8 " => (le16(26)? & 0x3FFF, le16(28)? & 0x3FFF),
                b"VP8L" => {
                    let b = bytes.get(21..25)?;
                    let bits = u32::from_le_bytes(b.try_into().ok()?);
                    ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
                }
                b"VP8X" => (le24(24)? + 1, le24(27)? + 1),
                _ => return None,
            },
        };
        (dims.0 > 0 && dims.1 > 0).then_some(dims)
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

#[cfg(test)]
mod tests {
    use super::ImageFormat;

    #[test]
    fn image_dimensions_from_headers() {
        let png = include_bytes!("../tests/fixtures/valid/01-basics/01-mission/mission-map.png");
        assert_eq!(ImageFormat::dimensions(png), Some((16, 8)));

        // SOI, an APP0 segment to skip, then SOF0: precision, height 21, width 33.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        jpeg.extend([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 21, 0x00, 33, 0x03]);
        assert_eq!(ImageFormat::dimensions(&jpeg), Some((33, 21)));
        // A Huffman table (C4) is not a frame.
        let mut dht = vec![0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x03, 0x00];
        dht.extend([0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0x00, 0x02, 0x00, 0x03]);
        assert_eq!(ImageFormat::dimensions(&dht), Some((512, 256)));

        let mut vp8x = b"RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0".to_vec();
        vp8x.extend([32, 0, 0, 20, 0, 0]);
        assert_eq!(ImageFormat::dimensions(&vp8x), Some((33, 21)));

        assert_eq!(ImageFormat::dimensions(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(ImageFormat::dimensions(&[0xFF, 0xD8, 0xFF]), None);
        assert_eq!(ImageFormat::dimensions(b"GIF89a"), None);
    }
}
