//! Which language a request is served in. Every page lives under `/{lang}/…`; the bare
//! `/` and language-less links are redirected to the learner's language.

use actix_web::http::header;
use actix_web::HttpRequest;
use courses::Lang;

/// Name of the cookie remembering the last language a visitor chose.
pub const LANG_COOKIE: &str = "lang";

/// Splits `/kk/catalogue` into (`kk`, `/catalogue`); `None` when the first segment is
/// not one of the eight languages.
pub fn split_lang(path: &str) -> Option<(Lang, &str)> {
    let rest = path.strip_prefix('/')?;
    let (first, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    Lang::from_code(first).map(|lang| (lang, tail))
}

/// The language for a request whose URL names none: the saved cookie, then the
/// browser's Accept-Language, then Russian.
pub fn negotiate(req: &HttpRequest) -> Lang {
    if let Some(lang) = req
        .cookie(LANG_COOKIE)
        .and_then(|c| Lang::from_code(c.value()))
    {
        return lang;
    }
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(i18n::negotiate_accept_language)
        .unwrap_or(Lang::Ru)
}

/// The language of the page a request is for: from its URL when it has one.
pub fn of_request(req: &HttpRequest) -> Lang {
    split_lang(req.path())
        .map(|(lang, _)| lang)
        .unwrap_or_else(|| negotiate(req))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_language_prefix() {
        assert_eq!(split_lang("/kk/catalogue"), Some((Lang::Kk, "/catalogue")));
        assert_eq!(split_lang("/uz/"), Some((Lang::Uz, "/")));
        assert_eq!(split_lang("/en"), Some((Lang::En, "/")));
        assert_eq!(split_lang("/catalogue"), None);
        assert_eq!(split_lang("/"), None);
        assert_eq!(split_lang("/xx/a"), None);
    }
}
