//! The printable certificate: an A4 landscape PDF.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use qrcode::{Color, EcLevel, QrCode};

use crate::error::Error;
use crate::payload::{verify_page_url, SignedPayload};

/// DejaVu Sans 2.37 (Debian fonts-dejavu-core); licence in `assets/DejaVu-LICENSE.txt`.
pub(crate) static REGULAR_TTF: &[u8] = include_bytes!("../assets/DejaVuSans.ttf");
pub(crate) static BOLD_TTF: &[u8] = include_bytes!("../assets/DejaVuSans-Bold.ttf");

/// The words printed on the certificate, already in the certificate's language (from
/// the i18n bundles); this crate holds no UI text.
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    /// "Certificate of completion"
    pub heading: &'a str,
    /// "Issued by"
    pub issued_by: &'a str,
    /// "Certificate ID"
    pub certificate_id: &'a str,
    /// "Verify at"
    pub verify_at: &'a str,
}

// A4 landscape in points.
const W: f32 = 841.89;
const H: f32 = 595.28;
const MARGIN: f32 = 70.0;
const QR_SIZE: f32 = 150.0;

const INK: (u8, u8, u8) = (0x1f, 0x29, 0x33);
const ACCENT: (u8, u8, u8) = (0x1d, 0x5c, 0x63);
const MUTED: (u8, u8, u8) = (0x5f, 0x6b, 0x76);

fn no_ligatures() -> [rustybuzz::Feature; 2] {
    let off =
        |tag: &[u8; 4]| rustybuzz::Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(tag), 0, ..);
    [off(b"liga"), off(b"clig")]
}

struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Face, Error> {
        let font = Font::new(data.into(), 0).ok_or_else(|| Error::Pdf("font".into()))?;
        let shaper =
            rustybuzz::Face::from_slice(data, 0).ok_or_else(|| Error::Pdf("font".into()))?;
        Ok(Face { font, shaper })
    }

    /// Shapes one line left to right; glyph advances are in em.
    fn shape(&self, text: &str) -> Vec<KrillaGlyph> {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        // No ligatures: ids and addresses must show (and copy as) their exact letters.
        let out = rustybuzz::shape(&self.shaper, &no_ligatures(), buffer);
        let upem = self.shaper.units_per_em() as f32;
        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        infos
            .iter()
            .zip(positions)
            .enumerate()
            .map(|(i, (info, pos))| {
                let start = info.cluster as usize;
                let end = infos[i + 1..]
                    .iter()
                    .map(|n| n.cluster as usize)
                    .find(|&c| c != start)
                    .unwrap_or(text.len());
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / upem,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    start..end,
                    None,
                )
            })
            .collect()
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        use krilla::text::Glyph;
        self.shape(text).iter().map(|g| g.x_advance(size)).sum()
    }
}

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

enum Align {
    Left(f32),
    Center,
}

fn draw_text(
    surface: &mut Surface<'_>,
    face: &Face,
    text: &str,
    size: f32,
    align: Align,
    baseline: f32,
    color: (u8, u8, u8),
) {
    let glyphs = face.shape(text);
    let width = face.width(text, size);
    let x = match align {
        Align::Left(x) => x,
        Align::Center => (W - width) / 2.0,
    };
    surface.set_fill(Some(fill(color)));
    surface.draw_glyphs(
        Point::from_xy(x, baseline),
        &glyphs,
        face.font.clone(),
        text,
        size,
        false,
    );
}

/// The largest size from `max` down to `min` (in half points) at which `text` fits.
fn fit_size(face: &Face, text: &str, max: f32, min: f32, width: f32) -> f32 {
    let mut size = max;
    while size > min && face.width(text, size) > width {
        size -= 0.5;
    }
    size
}

/// The size and the lines `text` takes within `width`: the fewest lines (up to
/// `max_lines`) at the largest size for that count. `sizes` is (largest, smallest before
/// adding a line, smallest on the last allowed count of lines), in whole points. When even the smallest size needs more, the rest is joined into the last
/// line (shrunk to fit when drawn).
fn layout(
    face: &Face,
    text: &str,
    sizes: (f32, f32, f32),
    max_lines: usize,
    width: f32,
) -> (f32, Vec<String>) {
    let (max, floor, min) = sizes;
    let fits = |size: f32, lines: &[String], allowed: usize| {
        lines.len() <= allowed && lines.iter().all(|l| face.width(l, size) <= width)
    };
    // Prefer fewer lines: shrink on one line first, then allow a second line, and so on.
    for allowed in 1..=max_lines.max(1) {
        let smallest = if allowed < max_lines { floor } else { min };
        let mut size = max;
        while size >= smallest {
            let lines = wrap(face, text, size, width);
            if fits(size, &lines, allowed) {
                return (size, lines);
            }
            size -= 1.0;
        }
    }
    let mut lines = wrap(face, text, min, width);
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines.max(1) - 1).join(" ");
        lines.push(rest);
    }
    (min, lines)
}

/// Greedy line breaking at spaces; a word longer than the line stays whole.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && face.width(&candidate, size) > width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    lines.push(line);
    lines
}

/// The QR code of the verification URL, at error correction level M (15 % of the code
/// may be damaged).
pub(crate) fn qr_code(url: &str) -> Result<QrCode, Error> {
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|e| Error::QrTooLarge(e.to_string()))
}

/// Renders the certificate as a one-page A4 landscape PDF: the heading, the holder's
/// name large, the title, the completion date in the certificate's language, the
/// issuer, the certificate id, the verification page address, and a QR code carrying
/// [`SignedPayload::verification_url`] for `base_url` (e.g.
/// `https://academy.example.org`). Fonts are embedded (subset), so the file prints the
/// same everywhere. The output is deterministic for the same input.
pub fn render_pdf(
    payload: &SignedPayload,
    labels: &Labels<'_>,
    base_url: &str,
) -> Result<Vec<u8>, Error> {
    let data = payload.data();
    let regular = Face::load(REGULAR_TTF)?;
    let bold = Face::load(BOLD_TTF)?;
    let qr = qr_code(&payload.verification_url(base_url))?;

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{} — {}", data.holder_name(), data.title()))
            .language(data.lang().code().to_owned())
            .creator(data.issuer().to_owned())
            // The signed payload, machine-readable, so `academy cert verify file.pdf`
            // can check a PDF without decoding the QR image.
            .keywords(vec![payload.to_text()]),
    );
    let settings = PageSettings::from_wh(W, H).ok_or_else(|| Error::Pdf("page size".into()))?;
    let mut page = document.start_page_with(settings);
    let mut s = page.surface();

    // Frame: a fine double rule.
    s.set_fill(None);
    for (inset, width) in [(24.0, 1.2), (30.0, 0.4)] {
        let mut pb = PathBuilder::new();
        pb.push_rect(rect(inset, inset, W - 2.0 * inset, H - 2.0 * inset)?);
        let path = pb.finish().ok_or_else(|| Error::Pdf("frame".into()))?;
        s.set_stroke(Some(Stroke {
            paint: rgb::Color::new(ACCENT.0, ACCENT.1, ACCENT.2).into(),
            width,
            ..Stroke::default()
        }));
        s.draw_path(&path);
    }
    s.set_stroke(None);

    draw_text(
        &mut s,
        &bold,
        labels.heading,
        16.0,
        Align::Center,
        112.0,
        ACCENT,
    );
    fill_rect(&mut s, rect(W / 2.0 - 30.0, 128.0, 60.0, 1.2)?, ACCENT);

    let text_width = W - 2.0 * MARGIN - 40.0;
    let (name_size, name_lines) =
        layout(&bold, data.holder_name(), (40.0, 30.0, 22.0), 2, text_width);
    let (title_size, title_lines) =
        layout(&regular, data.title(), (21.0, 18.0, 12.0), 3, text_width);
    // Name then title, centred vertically between the heading rule and the bottom block.
    let name_lead = name_size * 1.2;
    let title_lead = title_size * 1.3;
    let block = name_lead * name_lines.len() as f32 + 18.0 + title_lead * title_lines.len() as f32;
    let mut y = 150.0 + ((330.0 - 150.0) - block).max(0.0) / 2.0 + name_size;
    for line in &name_lines {
        let size = fit_size(&bold, line, name_size, 6.0, text_width);
        draw_text(&mut s, &bold, line, size, Align::Center, y, INK);
        y += name_lead;
    }
    y += 18.0 + title_size - name_lead + name_size * 0.2;
    for line in &title_lines {
        let size = fit_size(&regular, line, title_size, 6.0, text_width);
        draw_text(&mut s, &regular, line, size, Align::Center, y, INK);
        y += title_lead;
    }
    let date = i18n::format::date(data.lang(), data.completed_on());
    draw_text(
        &mut s,
        &regular,
        &date,
        13.0,
        Align::Center,
        y + 14.0,
        MUTED,
    );

    // Bottom left: issuer, id, address; bottom right: the QR code.
    let qr_x = W - MARGIN - QR_SIZE + 10.0;
    let qr_y = H - MARGIN - QR_SIZE + 20.0;
    let left = MARGIN;
    let block_width = qr_x - left - 30.0;
    let page_url = verify_page_url(base_url, data.id());
    let rows = [
        (labels.issued_by, data.issuer().to_owned(), 12.0),
        (labels.certificate_id, data.id().to_string(), 11.0),
        (labels.verify_at, page_url, 10.0),
    ];
    let mut y = H - MARGIN - 110.0;
    for (label, value, size) in rows {
        draw_text(&mut s, &regular, label, 8.5, Align::Left(left), y, MUTED);
        let size = fit_size(&regular, &value, size, 6.0, block_width);
        draw_text(
            &mut s,
            &regular,
            &value,
            size,
            Align::Left(left),
            y + 15.0,
            INK,
        );
        y += 40.0;
    }
    draw_qr(&mut s, &qr, qr_x, qr_y, QR_SIZE)?;

    s.finish();
    page.finish();
    document.finish().map_err(|e| Error::Pdf(format!("{e:?}")))
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Result<Rect, Error> {
    Rect::from_xywh(x, y, w, h).ok_or_else(|| Error::Pdf("rectangle".into()))
}

fn fill_rect(s: &mut Surface<'_>, r: Rect, color: (u8, u8, u8)) {
    let mut pb = PathBuilder::new();
    pb.push_rect(r);
    if let Some(path) = pb.finish() {
        s.set_fill(Some(fill(color)));
        s.draw_path(&path);
    }
}

/// Draws the dark modules as filled rectangles, one per horizontal run, in one path.
fn draw_qr(s: &mut Surface<'_>, qr: &QrCode, x: f32, y: f32, size: f32) -> Result<(), Error> {
    let n = qr.width();
    let module = size / n as f32;
    let colors = qr.to_colors();
    let mut pb = PathBuilder::new();
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if colors[row * n + col] == Color::Dark {
                let start = col;
                while col < n && colors[row * n + col] == Color::Dark {
                    col += 1;
                }
                pb.push_rect(rect(
                    x + start as f32 * module,
                    y + row as f32 * module,
                    (col - start) as f32 * module,
                    module,
                )?);
            } else {
                col += 1;
            }
        }
    }
    let path = pb.finish().ok_or_else(|| Error::Pdf("QR code".into()))?;
    s.set_fill(Some(fill((0, 0, 0))));
    s.draw_path(&path);
    Ok(())
}

/// The signed payload embedded in a certificate PDF's metadata (see [`render_pdf`]), or
/// None when the file has none. Only the text is extracted; the caller verifies it.
pub fn payload_from_pdf(pdf: &[u8]) -> Option<String> {
    let needle = format!("{}.", crate::payload::PAYLOAD_PREFIX);
    let start = pdf
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())?;
    let text: Vec<u8> = pdf[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .copied()
        .collect();
    String::from_utf8(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_cover_the_eight_languages() {
        let letters =
            "әғқңөұүһі ӘҒҚҢӨҰҮҺІ ҷӣӯҳ ҶӢӮҲ əğışçöü ƏĞİŞÇÖÜ žňýäü ŽŇÝÄ oʻgʻ Oʻ Gʻ ё Ё №—«»";
        for ttf in [REGULAR_TTF, BOLD_TTF] {
            let face = rustybuzz::Face::from_slice(ttf, 0).unwrap();
            for c in letters.chars().filter(|c| *c != ' ') {
                assert!(face.glyph_index(c).is_some(), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn layout_prefers_one_smaller_line_to_two() {
        let face = Face::load(BOLD_TTF).unwrap();
        let name = "Һәдия Ғалымқызы Қуанышова";
        let (size, lines) = layout(&face, name, (40.0, 30.0, 22.0), 2, 300.0);
        assert_eq!(lines.len(), 2);
        assert!(size >= 22.0);
        let (size, lines) = layout(&face, name, (40.0, 30.0, 22.0), 2, 650.0);
        assert_eq!(lines, [name]);
        assert!(size < 40.0 && face.width(name, size) <= 650.0);
        let long = "Ә ".repeat(200);
        let (size, lines) = layout(&face, long.trim(), (40.0, 30.0, 22.0), 2, 300.0);
        assert_eq!((size, lines.len()), (22.0, 2));
        assert_eq!(lines.join(" "), long.trim());
    }

    #[test]
    fn wrapping_keeps_every_word() {
        let face = Face::load(REGULAR_TTF).unwrap();
        let text = "Азаматтық қоғам ұйымдарының жобаларын басқару және есеп беру негіздері";
        let lines = wrap(&face, text, 21.0, 300.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| face.width(l, 21.0) <= 300.0));
    }
}
