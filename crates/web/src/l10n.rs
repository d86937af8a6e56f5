//! Loading the Fluent bundles the pages are rendered with.

use crate::settings::Settings;

pub fn load_localizer(settings: &Settings) -> Result<i18n::Localizer, i18n::L10nError> {
    let mode = if settings.strict_l10n {
        i18n::FallbackMode::Strict
    } else {
        i18n::FallbackMode::Log
    };
    i18n::Localizer::load(&settings.locales_dir, mode)
}
