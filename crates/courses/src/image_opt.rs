//! Lesson images are made web-sized at import: decoded (with limits, so a small file
//! that expands to gigabytes is refused), scaled down to at most [`MAX_WIDTH`] pixels
//! wide, and re-encoded in their own format (the stored content type and file name stay
//! true). The output is a pure function of the input bytes, so re-importing the same
//! content stores the same bytes.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::codecs::webp::WebPEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use crate::model::ImageFormat;

/// Widest image stored; wider ones are scaled down, keeping the aspect ratio.
pub const MAX_WIDTH: u32 = 1280;

/// JPEG quality of re-encoded photos.
pub const JPEG_QUALITY: u8 = 80;

/// Largest width or height accepted for decoding.
const MAX_SIDE: u32 = 16_384;

/// Most memory the decoder may allocate (a 8000 × 8000 RGBA image needs 256 MB).
const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// An image as it is stored and served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Optimized {
    pub bytes: Vec<u8>,
    /// Always the input's format.
    pub format: ImageFormat,
    /// Pixels as displayed (after the EXIF orientation of a photo).
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("the image is too large to decode: {0}")]
    TooLarge(String),
    #[error("the image cannot be read: {0}")]
    Unreadable(String),
    #[error("the image cannot be encoded: {0}")]
    Encode(String),
}

/// Scales `bytes` (an image in `format`) down to at most [`MAX_WIDTH`] pixels wide and
/// re-encodes it: JPEG at quality [`JPEG_QUALITY`], PNG with the best compression,
/// WebP losslessly. An image that needs no scaling keeps its original bytes unless
/// re-encoding makes it smaller. Never scales up, never changes the format.
pub fn optimize(bytes: &[u8], format: ImageFormat) -> Result<Optimized, ImageError> {
    process(bytes, format, true)
}

/// Like [`optimize`], but always returns freshly encoded pixels, never the input bytes:
/// for images uploaded from a browser, whose files may carry metadata (a phone photo's
/// EXIF GPS position, camera serial, author name) that must not reach learners. The
/// encoders write none of it; only the EXIF orientation is applied to the pixels.
pub fn reencode(bytes: &[u8], format: ImageFormat) -> Result<Optimized, ImageError> {
    process(bytes, format, false)
}

fn process(bytes: &[u8], format: ImageFormat, may_keep: bool) -> Result<Optimized, ImageError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), codec_format(format));
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let orientation = decoder.orientation().map_err(decode_error)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    img.apply_orientation(orientation);

    let (width, height) = (img.width(), img.height());
    let resized = width > MAX_WIDTH;
    if resized {
        let new_height =
            (u64::from(height) * u64::from(MAX_WIDTH) + u64::from(width) / 2) / u64::from(width);
        let new_height = u32::try_from(new_height.max(1)).unwrap_or(u32::MAX);
        img = img.resize_exact(MAX_WIDTH, new_height, FilterType::Lanczos3);
    }
    let encoded = encode(&img, format)?;
    if may_keep && !resized && encoded.len() >= bytes.len() {
        return Ok(Optimized {
            bytes: bytes.to_vec(),
            format,
            width,
            height,
        });
    }
    Ok(Optimized {
        bytes: encoded,
        format,
        width: img.width(),
        height: img.height(),
    })
}

fn codec_format(format: ImageFormat) -> image::ImageFormat {
    match format {
        ImageFormat::Png => image::ImageFormat::Png,
        ImageFormat::Jpeg => image::ImageFormat::Jpeg,
        ImageFormat::Webp => image::ImageFormat::WebP,
    }
}

fn decode_error(e: image::ImageError) -> ImageError {
    match e {
        image::ImageError::Limits(l) => ImageError::TooLarge(l.to_string()),
        other => ImageError::Unreadable(other.to_string()),
    }
}

fn encode(img: &DynamicImage, format: ImageFormat) -> Result<Vec<u8>, ImageError> {
    let mut out = Vec::new();
    let result = match format {
        ImageFormat::Png => img.write_with_encoder(PngEncoder::new_with_quality(
            &mut out,
            CompressionType::Best,
            PngFilter::Adaptive,
        )),
        ImageFormat::Jpeg => {
            // The JPEG encoder takes 8-bit grey or RGB.
            let img = match img {
                DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => img.clone(),
                other if other.color().has_color() => DynamicImage::ImageRgb8(other.to_rgb8()),
                other => DynamicImage::ImageLuma8(other.to_luma8()),
            };
            img.write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
        }
        ImageFormat::Webp => {
            // The WebP encoder takes 8-bit RGB or RGBA.
            let img = match img {
                DynamicImage::ImageRgb8(_) | DynamicImage::ImageRgba8(_) => img.clone(),
                other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
                other => DynamicImage::ImageRgb8(other.to_rgb8()),
            };
            img.write_with_encoder(WebPEncoder::new_lossless(&mut out))
        }
    };
    result.map_err(|e| ImageError::Encode(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};

    /// A smooth gradient with some texture: compresses like a screenshot or photo.
    fn rgb(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            Rgb([
                (x * 255 / width) as u8,
                (y * 255 / height) as u8,
                ((x / 7 + y / 5) % 64 * 4) as u8,
            ])
        })
    }

    fn encoded(img: DynamicImage, format: image::ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format).unwrap();
        out.into_inner()
    }

    #[test]
    fn large_png_is_scaled_to_max_width_and_shrinks() {
        let base = rgb(3000, 2000);
        let img = RgbaImage::from_fn(3000, 2000, |x, y| {
            let Rgb([r, g, b]) = *base.get_pixel(x, y);
            Rgba([r, g, b, if x < 100 { 0 } else { 255 }])
        });
        let original = encoded(img.into(), image::ImageFormat::Png);
        let out = optimize(&original, ImageFormat::Png).unwrap();
        assert_eq!((out.width, out.height), (1280, 853));
        assert_eq!(out.format, ImageFormat::Png);
        assert_eq!(ImageFormat::dimensions(&out.bytes), Some((1280, 853)));
        assert!(out.bytes.len() < original.len());
        // Transparency survives.
        let back = image::load_from_memory(&out.bytes).unwrap();
        assert!(back.color().has_alpha());
    }

    #[test]
    fn large_jpeg_is_scaled_to_max_width_and_shrinks() {
        let original = encoded(rgb(3000, 2000).into(), image::ImageFormat::Jpeg);
        let out = optimize(&original, ImageFormat::Jpeg).unwrap();
        assert_eq!((out.width, out.height), (1280, 853));
        assert_eq!(out.format, ImageFormat::Jpeg);
        assert_eq!(ImageFormat::dimensions(&out.bytes), Some((1280, 853)));
        assert!(out.bytes.len() < original.len());
    }

    #[test]
    fn large_webp_is_scaled_to_max_width() {
        let original = encoded(rgb(2000, 500).into(), image::ImageFormat::WebP);
        let out = optimize(&original, ImageFormat::Webp).unwrap();
        assert_eq!((out.width, out.height), (1280, 320));
        assert_eq!(ImageFormat::sniff(&out.bytes), Some(ImageFormat::Webp));
        assert_eq!(ImageFormat::dimensions(&out.bytes), Some((1280, 320)));
    }

    #[test]
    fn small_image_is_kept_byte_identical() {
        // Already tightly compressed: re-encoding cannot win.
        let small = encoded(rgb(64, 40).into(), image::ImageFormat::Png);
        let mut best = Vec::new();
        DynamicImage::from(rgb(64, 40))
            .write_with_encoder(PngEncoder::new_with_quality(
                &mut best,
                CompressionType::Best,
                PngFilter::Adaptive,
            ))
            .unwrap();
        let smallest = if best.len() <= small.len() {
            best
        } else {
            small
        };
        let out = optimize(&smallest, ImageFormat::Png).unwrap();
        assert_eq!(out.bytes, smallest);
        assert_eq!((out.width, out.height), (64, 40));

        // A JPEG at a lower quality than ours is kept too.
        let mut low = Vec::new();
        DynamicImage::from(rgb(300, 200))
            .write_with_encoder(JpegEncoder::new_with_quality(&mut low, 40))
            .unwrap();
        let out = optimize(&low, ImageFormat::Jpeg).unwrap();
        assert_eq!(out.bytes, low);
        assert_eq!((out.width, out.height), (300, 200));
    }

    #[test]
    fn reencode_drops_metadata_kept_by_optimize() {
        let mut png = encoded(
            DynamicImage::ImageRgb8(rgb(40, 30)),
            image::ImageFormat::Png,
        );
        // A text chunk with a made-up GPS position, before IEND.
        let chunk_data = b"Comment\0GPS 41.3 69.2";
        let mut chunk = (chunk_data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(b"tEXt");
        chunk.extend_from_slice(chunk_data);
        let crc = crc32(&chunk[4..]);
        chunk.extend_from_slice(&crc.to_be_bytes());
        let iend = png.len() - 12;
        png.splice(iend..iend, chunk);
        let has = |b: &[u8]| b.windows(4).any(|w| w == b"GPS ");
        assert!(has(&png));
        assert!(image::load_from_memory(&png).is_ok(), "still a valid PNG");
        let out = reencode(&png, ImageFormat::Png).unwrap();
        assert!(!has(&out.bytes), "metadata gone");
        assert_eq!((out.width, out.height), (40, 30));
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn never_scales_up() {
        let original = encoded(rgb(1280, 10).into(), image::ImageFormat::Png);
        let out = optimize(&original, ImageFormat::Png).unwrap();
        assert_eq!((out.width, out.height), (1280, 10));
        assert!(out.bytes.len() <= original.len());
    }

    #[test]
    fn corrupt_image_is_an_error() {
        let mut png = encoded(rgb(200, 100).into(), image::ImageFormat::Png);
        png.truncate(png.len() / 2);
        assert!(matches!(
            optimize(&png, ImageFormat::Png),
            Err(ImageError::Unreadable(_))
        ));
        assert!(optimize(b"\xFF\xD8\xFF garbage", ImageFormat::Jpeg).is_err());
        assert!(optimize(b"RIFF\0\0\0\0WEBPVP8 ", ImageFormat::Webp).is_err());
        assert!(optimize(&[], ImageFormat::Png).is_err());
    }

    #[test]
    fn decompression_bomb_is_refused() {
        // A valid PNG header claiming 20000 × 20000 pixels; a few bytes of data.
        let mut png = Vec::new();
        PngEncoder::new(&mut png)
            .write_image(&vec![0; 20_000], 20_000, 1, image::ExtendedColorType::L8)
            .unwrap();
        assert!(matches!(
            optimize(&png, ImageFormat::Png),
            Err(ImageError::TooLarge(_))
        ));
    }

    #[test]
    fn output_is_deterministic() {
        let png = encoded(rgb(3000, 2000).into(), image::ImageFormat::Png);
        assert_eq!(
            optimize(&png, ImageFormat::Png).unwrap(),
            optimize(&png, ImageFormat::Png).unwrap()
        );
        let jpeg = encoded(rgb(1500, 900).into(), image::ImageFormat::Jpeg);
        assert_eq!(
            optimize(&jpeg, ImageFormat::Jpeg).unwrap(),
            optimize(&jpeg, ImageFormat::Jpeg).unwrap()
        );
    }
}
