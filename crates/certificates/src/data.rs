//! The certificate's data and its canonical byte encoding.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use courses::Lang;
use rand_core::{OsRng, RngCore};
use unicode_normalization::{is_nfc, UnicodeNormalization};

use crate::error::{Error, VerifyError};

/// The issuer named on every certificate of the Academy.
pub const ISSUER: &str = "ARGO — CSO Web Academy";

/// The first byte of the canonical encoding.
pub const FORMAT_VERSION: u8 = 1;

/// Longest holder name, in characters.
pub const MAX_HOLDER_NAME_CHARS: usize = 80;
/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 160;
/// Longest issuer, in characters.
pub const MAX_ISSUER_CHARS: usize = 80;

const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// A certificate's identifier: 128 random bits, written as 26 lowercase RFC 4648 base32
/// letters without padding (`/verify/{id}`). Unguessable, so knowing one id tells
/// nothing about another.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CertificateId([u8; 16]);

impl CertificateId {
    /// A fresh id from the operating system's random source.
    pub fn random() -> CertificateId {
        let mut bytes = [0u8; 16];
        OsRng.fill_bytes(&mut bytes);
        CertificateId(bytes)
    }

    pub fn from_bytes(bytes: [u8; 16]) -> CertificateId {
        CertificateId(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for CertificateId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // 128 bits = 25 groups of 5 bits + 3 bits (padded with two zero bits).
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut out = String::with_capacity(26);
        for b in self.0 {
            acc = (acc << 8) | u32::from(b);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                out.push(BASE32[((acc >> bits) & 31) as usize] as char);
            }
        }
        if bits > 0 {
            out.push(BASE32[((acc << (5 - bits)) & 31) as usize] as char);
        }
        f.write_str(&out)
    }
}

impl fmt::Debug for CertificateId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CertificateId({self})")
    }
}

impl FromStr for CertificateId {
    type Err = VerifyError;

    /// Only the exact form [`Display`](fmt::Display) writes is accepted (lowercase,
    /// 26 letters, zero padding bits), so every id has one spelling.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = VerifyError::BadFormat("certificate id");
        if s.len() != 26 {
            return Err(bad);
        }
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut out = Vec::with_capacity(16);
        for c in s.bytes() {
            let v = BASE32.iter().position(|&a| a == c).ok_or(bad.clone())? as u32;
            acc = (acc << 5) | v;
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                out.push((acc >> bits) as u8);
            }
        }
        if acc & ((1 << bits) - 1) != 0 {
            return Err(bad);
        }
        let bytes: [u8; 16] = out.try_into().map_err(|_| bad)?;
        Ok(CertificateId(bytes))
    }
}

/// What the certificate is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// One module completed.
    Module,
    /// A whole level completed.
    Level,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Module => "module",
            Kind::Level => "level",
        }
    }

    fn byte(self) -> u8 {
        match self {
            Kind::Module => 1,
            Kind::Level => 2,
        }
    }

    fn from_byte(b: u8) -> Option<Kind> {
        match b {
            1 => Some(Kind::Module),
            2 => Some(Kind::Level),
            _ => None,
        }
    }
}

/// The id of a signing key, e.g. `2026a`: 1–32 characters of `a-z 0-9 . _ -`, starting
/// with a letter or digit. It names the key in certificates, revocation lists and the
/// published keys document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyId(String);

impl KeyId {
    pub fn new(s: &str) -> Result<KeyId, Error> {
        let ok_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c);
        let first_ok = s
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if s.len() > 32 || !first_ok || !s.chars().all(ok_char) {
            return Err(Error::BadKey(format!(
                "key id {s:?}: 1–32 characters of a-z 0-9 . _ -, starting with a letter or digit"
            )));
        }
        Ok(KeyId(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The fields of a certificate before they are checked; see [`CertificateData::new`].
#[derive(Debug, Clone)]
pub struct NewCertificate<'a> {
    pub id: CertificateId,
    pub kind: Kind,
    /// The name the learner chose for printing (may be a pseudonym).
    pub holder_name: &'a str,
    /// The module or level title in the issue language.
    pub title: &'a str,
    pub lang: Lang,
    pub completed_on: NaiveDate,
    pub key_id: KeyId,
}

/// What a certificate states. Built only through [`CertificateData::new`] (which checks
/// and normalizes the text) or by decoding signed canonical bytes, so every value has
/// exactly one canonical encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateData {
    id: CertificateId,
    kind: Kind,
    holder_name: String,
    title: String,
    lang: Lang,
    completed_on: NaiveDate,
    issuer: String,
    key_id: KeyId,
}

impl CertificateData {
    /// Checks the fields and normalizes the text to NFC with surrounding whitespace
    /// trimmed and inner runs of whitespace collapsed to one space. The issuer is
    /// [`ISSUER`].
    pub fn new(c: NewCertificate<'_>) -> Result<CertificateData, Error> {
        let holder_name = clean_text("holder_name", c.holder_name, MAX_HOLDER_NAME_CHARS)?;
        let title = clean_text("title", c.title, MAX_TITLE_CHARS)?;
        let year = c.completed_on.year();
        if !(2000..=9999).contains(&year) {
            return Err(Error::InvalidField {
                field: "completed_on",
                reason: "year outside 2000–9999",
            });
        }
        Ok(CertificateData {
            id: c.id,
            kind: c.kind,
            holder_name,
            title,
            lang: c.lang,
            completed_on: c.completed_on,
            issuer: ISSUER.to_owned(),
            key_id: c.key_id,
        })
    }

    pub fn id(&self) -> CertificateId {
        self.id
    }
    pub fn kind(&self) -> Kind {
        self.kind
    }
    pub fn holder_name(&self) -> &str {
        &self.holder_name
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn completed_on(&self) -> NaiveDate {
        self.completed_on
    }
    pub fn issuer(&self) -> &str {
        &self.issuer
    }
    pub fn key_id(&self) -> &KeyId {
        &self.key_id
    }

    /// The canonical bytes (see the crate documentation for the layout).
    pub fn canonical_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.holder_name.len() + self.title.len());
        out.push(FORMAT_VERSION);
        out.extend_from_slice(&self.id.0);
        out.push(self.kind.byte());
        out.extend_from_slice(self.lang.code().as_bytes());
        let year = u16::try_from(self.completed_on.year()).expect("checked in new: 2000–9999");
        out.extend_from_slice(&year.to_be_bytes());
        out.push(self.completed_on.month() as u8);
        out.push(self.completed_on.day() as u8);
        out.push(self.key_id.0.len() as u8);
        out.extend_from_slice(self.key_id.0.as_bytes());
        for s in [&self.holder_name, &self.title, &self.issuer] {
            out.extend_from_slice(&(s.len() as u16).to_be_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        out
    }

    /// Decodes canonical bytes, accepting only what [`canonical_bytes`] could have
    /// written: `decode(b)` succeeds only if `decode(b)?.canonical_bytes() == b`.
    ///
    /// [`canonical_bytes`]: CertificateData::canonical_bytes
    pub fn from_canonical_bytes(bytes: &[u8]) -> Result<CertificateData, VerifyError> {
        let mut r = Reader(bytes);
        match r.u8()? {
            FORMAT_VERSION => {}
            0 => return Err(VerifyError::BadFormat("version")),
            _ => return Err(VerifyError::UnsupportedVersion),
        }
        let id = CertificateId(r.take(16)?.try_into().expect("16 bytes"));
        let kind = Kind::from_byte(r.u8()?).ok_or(VerifyError::BadFormat("kind"))?;
        let lang = std::str::from_utf8(r.take(2)?)
            .ok()
            .and_then(Lang::from_code)
            .ok_or(VerifyError::BadFormat("language"))?;
        let year = u16::from_be_bytes(r.take(2)?.try_into().expect("2 bytes"));
        let (month, day) = (r.u8()?, r.u8()?);
        let completed_on = NaiveDate::from_ymd_opt(year.into(), month.into(), day.into())
            .filter(|_| (2000..=9999).contains(&year))
            .ok_or(VerifyError::BadFormat("date"))?;
        let kid_len = usize::from(r.u8()?);
        let kid = std::str::from_utf8(r.take(kid_len)?)
            .ok()
            .and_then(|s| KeyId::new(s).ok())
            .ok_or(VerifyError::BadFormat("key id"))?;
        let mut text = |field: &'static str, max: usize| -> Result<String, VerifyError> {
            let len = usize::from(u16::from_be_bytes(r.take(2)?.try_into().expect("2 bytes")));
            let s = std::str::from_utf8(r.take(len)?).map_err(|_| VerifyError::BadFormat(field))?;
            match clean_text(field, s, max) {
                Ok(clean) if clean == s => Ok(clean),
                _ => Err(VerifyError::BadFormat(field)),
            }
        };
        let holder_name = text("holder name", MAX_HOLDER_NAME_CHARS)?;
        let title = text("title", MAX_TITLE_CHARS)?;
        let issuer = text("issuer", MAX_ISSUER_CHARS)?;
        if !r.0.is_empty() {
            return Err(VerifyError::BadFormat("trailing bytes"));
        }
        Ok(CertificateData {
            id,
            kind,
            holder_name,
            title,
            lang,
            completed_on,
            issuer,
            key_id: kid,
        })
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], VerifyError> {
        if self.0.len() < n {
            return Err(VerifyError::BadFormat("truncated"));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    fn u8(&mut self) -> Result<u8, VerifyError> {
        Ok(self.take(1)?[0])
    }
}

/// NFC, trimmed, inner whitespace collapsed to single spaces; no control or
/// format-direction characters; 1..=max characters.
fn clean_text(field: &'static str, s: &str, max: usize) -> Result<String, Error> {
    let invalid = |reason| Error::InvalidField { field, reason };
    let nfc: String = if is_nfc(s) {
        s.to_owned()
    } else {
        s.nfc().collect()
    };
    let clean = nfc.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.is_empty() {
        return Err(invalid("empty"));
    }
    if clean.chars().count() > max {
        return Err(invalid("too long"));
    }
    if clean.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(invalid("control characters"));
    }
    Ok(clean)
}

/// Bidirectional overrides and isolates could make a printed name read differently
/// from its bytes.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> CertificateData {
        CertificateData::new(NewCertificate {
            id: CertificateId::from_bytes([7; 16]),
            kind: Kind::Level,
            holder_name: "  Әсел   Қуанышқызы ",
            title: "Жобаларды басқару",
            lang: Lang::Kk,
            completed_on: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            key_id: KeyId::new("2026a").unwrap(),
        })
        .unwrap()
    }

    #[test]
    fn text_is_cleaned() {
        assert_eq!(sample().holder_name(), "Әсел Қуанышқызы");
        // NFD input is stored as NFC.
        let d = CertificateData::new(NewCertificate {
            holder_name: "Ay\u{306}sel",
            ..new_sample()
        })
        .unwrap();
        assert_eq!(d.holder_name(), "Ay\u{306}sel".nfc().collect::<String>());
    }

    fn new_sample() -> NewCertificate<'static> {
        NewCertificate {
            id: CertificateId::from_bytes([7; 16]),
            kind: Kind::Module,
            holder_name: "x",
            title: "y",
            lang: Lang::En,
            completed_on: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            key_id: KeyId::new("k1").unwrap(),
        }
    }

    #[test]
    fn invalid_fields_are_refused() {
        for (name, title) in [
            ("", "t"),
            ("   ", "t"),
            ("a\u{202e}b", "t"),
            ("a\u{0}b", "t"),
            ("n", "\u{7}"),
        ] {
            let e = CertificateData::new(NewCertificate {
                holder_name: name,
                title,
                ..new_sample()
            });
            assert!(e.is_err(), "{name:?} {title:?}");
        }
        let long = "ж".repeat(MAX_HOLDER_NAME_CHARS + 1);
        assert!(CertificateData::new(NewCertificate {
            holder_name: &long,
            ..new_sample()
        })
        .is_err());
        assert!(KeyId::new("").is_err());
        assert!(KeyId::new("Upper").is_err());
        assert!(KeyId::new("-x").is_err());
        assert!(KeyId::new(&"a".repeat(33)).is_err());
    }

    #[test]
    fn canonical_layout_is_as_documented() {
        let b = sample().canonical_bytes();
        assert_eq!(b[0], 1);
        assert_eq!(&b[1..17], &[7; 16]);
        assert_eq!(b[17], 2);
        assert_eq!(&b[18..20], b"kk");
        assert_eq!(&b[20..24], &[0x07, 0xea, 3, 5]);
        assert_eq!(b[24], 5);
        assert_eq!(&b[25..30], b"2026a");
        let name = "Әсел Қуанышқызы".as_bytes();
        assert_eq!(&b[30..32], &(name.len() as u16).to_be_bytes());
        assert_eq!(&b[32..32 + name.len()], name);
        assert!(b.ends_with(ISSUER.as_bytes()));
    }

    #[test]
    fn decoding_refuses_variants() {
        let b = sample().canonical_bytes();
        assert_eq!(CertificateData::from_canonical_bytes(&b).unwrap(), sample());
        let mut trailing = b.clone();
        trailing.push(0);
        assert!(CertificateData::from_canonical_bytes(&trailing).is_err());
        let mut v2 = b.clone();
        v2[0] = 2;
        assert_eq!(
            CertificateData::from_canonical_bytes(&v2),
            Err(VerifyError::UnsupportedVersion)
        );
        for n in 0..b.len() {
            assert!(CertificateData::from_canonical_bytes(&b[..n]).is_err());
        }
    }

    #[test]
    fn id_text_form() {
        assert_eq!(
            CertificateId::from_bytes([0; 16]).to_string(),
            "a".repeat(26)
        );
        assert_eq!(
            CertificateId::from_bytes([0xff; 16]).to_string(),
            format!("{}4", "7".repeat(25))
        );
        // The last letter carries two padding bits that must be zero.
        assert!(format!("{}z", "7".repeat(25))
            .parse::<CertificateId>()
            .is_err());
        assert!("A".repeat(26).parse::<CertificateId>().is_err());
        assert!("a".repeat(25).parse::<CertificateId>().is_err());
        assert_ne!(CertificateId::random(), CertificateId::random());
    }

    proptest! {
        #[test]
        fn id_round_trips(bytes in any::<[u8; 16]>()) {
            let id = CertificateId::from_bytes(bytes);
            let s = id.to_string();
            prop_assert_eq!(s.len(), 26);
            prop_assert_eq!(s.parse::<CertificateId>().unwrap(), id);
        }

        #[test]
        fn decoded_bytes_re_encode_identically(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
            if let Ok(d) = CertificateData::from_canonical_bytes(&bytes) {
                prop_assert_eq!(d.canonical_bytes(), bytes);
            }
        }

        #[test]
        fn data_round_trips(name in "\\PC{1,60}", title in "\\PC{1,120}", day in 0u32..3000) {
            let date = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(day.into());
            if let Ok(d) = CertificateData::new(NewCertificate {
                holder_name: &name, title: &title, completed_on: date, ..new_sample()
            }) {
                let b = d.canonical_bytes();
                prop_assert_eq!(CertificateData::from_canonical_bytes(&b).unwrap(), d);
            }
        }
    }
}
