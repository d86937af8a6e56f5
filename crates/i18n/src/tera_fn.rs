//! The `t()` function for Tera 2 templates (pages and emails).

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::localizer::{FallbackMode, Localizer};
use crate::Lang;

/// Registers `t` on `tera`:
///
/// ```text
/// {{ t(key="nav-sign-in", lang=lang) }}
/// {{ t(key="learners-count", lang=lang, count=module.learners) }}
/// {{ t(key="signin-email.placeholder", lang=lang) }}      (an attribute: `id.attr`)
/// ```
///
/// `key` is the Fluent id (or `id.attr`). `lang` is a language code; pass it on every call
/// (a render helper puts `lang` into every context). If `lang` is left out, `t` reads the
/// template variable `lang`. Every other named argument becomes a Fluent argument: numbers
/// stay numbers (so plural variants are chosen by them), strings stay strings, booleans
/// become "true"/"false".
///
/// The text is returned as an ordinary (not safe) string, so Tera escapes it in HTML
/// templates. In [`FallbackMode::Strict`] a missing translation, a missing message or a
/// formatting error makes the render fail, so template tests catch it; in
/// [`FallbackMode::Log`] the best available text is shown and the problem logged.
pub fn register(tera: &mut Tera, localizer: Arc<Localizer>) {
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&localizer, &kwargs, state)
    });
}

const KEY: &str = "key";
const LANG: &str = "lang";

fn translate(localizer: &Localizer, kwargs: &Kwargs, state: &State) -> TeraResult<String> {
    let key: &str = kwargs.must_get(KEY)?;
    let lang = language(localizer, kwargs, state, key)?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == KEY || name == LANG {
            continue;
        }
        if let Some(value) = fluent_value(value).map_err(|kind| {
            Error::message(format!(
                "t(key=\"{key}\"): argument `{name}` is {kind}; pass a string, number or boolean"
            ))
        })? {
            args.set(name.to_string(), value);
        }
    }
    let args = args.iter().next().is_some().then_some(&args);
    let result = match key.split_once('.') {
        Some((id, attr)) => localizer.try_attribute(lang, id, attr, args),
        None => localizer.try_message(lang, key, args),
    };
    result.map_err(|e| Error::message(format!("t(key=\"{key}\"): {e}")))
}

/// The `lang` argument, else the template's `lang` variable. A missing or unknown language
/// is a template bug: an error in Strict mode, Russian (logged) in Log mode.
fn language(localizer: &Localizer, kwargs: &Kwargs, state: &State, key: &str) -> TeraResult<Lang> {
    let given = match kwargs.get::<Value>(LANG)? {
        Some(value) => Some(value),
        None => state.get::<Value>(LANG)?,
    };
    let code = given.as_ref().and_then(|v| v.as_str());
    if let Some(lang) = code.and_then(Lang::from_code) {
        return Ok(lang);
    }
    let problem = match code {
        Some(code) => format!("t(key=\"{key}\"): unknown language code `{code}`"),
        None => format!("t(key=\"{key}\"): no `lang` argument and no `lang` in the context"),
    };
    match localizer.mode() {
        FallbackMode::Strict => Err(Error::message(problem)),
        FallbackMode::Log => {
            tracing::warn!(target: "i18n", "{problem}; showing Russian");
            Ok(Lang::REFERENCE)
        }
    }
}

/// A Tera value as a Fluent argument; `Ok(None)` for none/undefined (left out, so the
/// message shows `{$name}` and Strict mode reports it), `Err(kind)` for lists and maps.
fn fluent_value(value: &Value) -> Result<Option<FluentValue<'static>>, &'static str> {
    if value.is_none() || value.is_undefined() {
        return Ok(None);
    }
    if let Some(text) = value.as_str() {
        return Ok(Some(FluentValue::String(Cow::Owned(text.to_string()))));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Some(FluentValue::String(Cow::Borrowed(if flag {
            "true"
        } else {
            "false"
        }))));
    }
    if let Some(number) = value.as_f64() {
        return Ok(Some(FluentValue::Number(FluentNumber::from(number))));
    }
    if value.is_number() {
        // Fluent numbers are f64; Tera refuses (and so do we) integers beyond 2^53 rather
        // than round them silently.
        return Err("a number too large to show exactly");
    }
    Err(if value.is_array() {
        "a list"
    } else if value.is_map() {
        "a map"
    } else {
        "neither a string, a number nor a boolean"
    })
}
