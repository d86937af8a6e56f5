//! Templates (embedded in the binary) and the one helper that renders a page, so every
//! page gets the same chrome: language, alternates, asset URLs.

use std::sync::Arc;

use courses::Lang;
use rust_embed::RustEmbed;
use serde::Serialize;
use tera::{Context, Tera};

use crate::assets::Assets;

#[derive(RustEmbed)]
#[folder = "templates/"]
struct TemplateFiles;

#[derive(Debug, thiserror::Error)]
#[error("template {name}: {source}")]
pub struct TemplateError {
    name: String,
    #[source]
    source: tera::Error,
}

pub struct Renderer {
    tera: Tera,
    public_url: String,
    localizer: Arc<i18n::Localizer>,
}

#[derive(Serialize)]
struct Alternate {
    code: &'static str,
    name: &'static str,
    /// Same page in that language, site-relative (for the switcher).
    path: String,
    /// Absolute, for `<link rel="alternate" hreflang>`.
    href: String,
}

#[derive(Serialize)]
struct AssetUrls<'a> {
    css: &'a str,
    icon: &'a str,
    js: &'a str,
    author_js: &'a str,
}

impl Renderer {
    /// Parses every template once at start-up; a broken template stops the server here.
    pub fn new(
        localizer: Arc<i18n::Localizer>,
        assets: &Assets,
        public_url: &str,
    ) -> Result<Renderer, TemplateError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        i18n::register(&mut tera, localizer.clone());
        let mut sources = Vec::new();
        for name in TemplateFiles::iter() {
            let file = TemplateFiles::get(&name).expect("listed template exists");
            let text = String::from_utf8(file.data.into_owned()).map_err(|e| TemplateError {
                name: name.to_string(),
                source: tera::Error::message(e.to_string()),
            })?;
            sources.push((name.to_string(), text));
        }
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|source| TemplateError {
                name: "(all)".into(),
                source,
            })?;
        tera.global_context().insert(
            "assets",
            &AssetUrls {
                css: assets.url("app.css"),
                icon: assets.url("icon.svg"),
                js: assets.url("app.js"),
                author_js: assets.url("author.js"),
            },
        );
        Ok(Renderer {
            tera,
            public_url: public_url.trim_end_matches('/').to_string(),
            localizer,
        })
    }

    /// The message `id` in `lang`, for text that is not a template (PDF labels).
    pub fn message(&self, lang: Lang, id: &str) -> String {
        self.localizer.message(lang, id, None)
    }

    /// The message `id` in `lang` with string arguments (a badge's description).
    pub fn message_with(&self, lang: Lang, id: &str, args: &[(&'static str, &str)]) -> String {
        let mut fluent_args = i18n::FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.to_string());
        }
        self.localizer.message(lang, id, Some(&fluent_args))
    }

    /// The site's public address, without a trailing slash.
    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// Renders a template that is not a page (an email), in `lang`.
    pub fn plain(
        &self,
        template: &str,
        lang: Lang,
        mut ctx: Context,
    ) -> Result<String, TemplateError> {
        ctx.insert("lang", lang.code());
        self.tera
            .render(template, &ctx)
            .map_err(|source| TemplateError {
                name: template.to_string(),
                source,
            })
    }

    /// Renders `template` for the page at `/{lang}{tail}`.
    pub fn page(
        &self,
        template: &str,
        lang: Lang,
        tail: &str,
        page: &str,
        mut ctx: Context,
    ) -> Result<String, TemplateError> {
        let alternates: Vec<Alternate> = Lang::ALL
            .iter()
            .map(|l| {
                let path = format!("/{}{}", l.code(), tail);
                Alternate {
                    code: l.code(),
                    name: l.native_name(),
                    href: format!("{}{}", self.public_url, path),
                    path,
                }
            })
            .collect();
        ctx.insert("lang", lang.code());
        ctx.insert("alternates", &alternates);
        ctx.insert("page", page);
        self.tera
            .render(template, &ctx)
            .map_err(|source| TemplateError {
                name: template.to_string(),
                source,
            })
    }
}
