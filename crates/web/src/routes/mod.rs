//! Route table: one module per page or endpoint group.

use actix_web::web;

mod account;
mod admin;
mod author;
mod certificate_admin;
pub(crate) mod certificates;
pub(crate) mod display;
mod download;
mod health;
mod home;
pub(crate) mod learn;
mod manage;
mod offline;
mod profile;
pub(crate) mod quiz;
pub mod reports;
mod status;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::Data::new(download::DownloadCache::default()));
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/metrics", web::get().to(crate::observability::metrics))
        .route("/", web::get().to(home::root))
        .route("/static/{file}", web::get().to(crate::assets::serve))
        .route("/sw.js", web::get().to(crate::assets::service_worker))
        .route("/verify/keys.json", web::get().to(certificates::keys))
        .route(
            "/verify/revocations.json",
            web::get().to(certificates::revocations),
        )
        .route("/verify/{id}", web::get().to(certificates::verify_redirect))
        .route(
            "/media/{module}/{version}/{file}",
            web::get().to(learn::media),
        )
        .service(
            web::scope("/{lang}")
                .guard(actix_web::guard::fn_guard(|ctx| {
                    crate::locale::split_lang(ctx.head().uri.path()).is_some()
                }))
                .route("/", web::get().to(home::page))
                .route("", web::get().to(home::page_without_slash))
                .route("/sign-up", web::get().to(account::sign_up_form))
                .route("/sign-up", web::post().to(account::sign_up))
                .route("/sign-in", web::get().to(account::sign_in_form))
                .route("/sign-in", web::post().to(account::sign_in))
                .route("/sign-out", web::post().to(account::sign_out))
                .route("/verify-email", web::get().to(account::verify_email))
                .route(
                    "/verify-email/resend",
                    web::post().to(account::resend_verification),
                )
                .route("/password/forgot", web::get().to(account::forgot_form))
                .route("/password/forgot", web::post().to(account::forgot))
                .route("/password/reset", web::get().to(account::reset_form))
                .route("/password/reset", web::post().to(account::reset))
                .route("/profile", web::get().to(profile::show))
                .route("/profile", web::post().to(profile::update))
                .route(
                    "/profile/password",
                    web::post().to(profile::change_password),
                )
                .route("/profile/email", web::post().to(profile::change_email))
                .route(
                    "/profile/email/confirm",
                    web::get().to(profile::confirm_email),
                )
                .route("/offline", web::get().to(offline::page))
                .route("/manifest.webmanifest", web::get().to(offline::manifest))
                .route("/offline/pages.json", web::get().to(offline::pages))
                .route("/offline/sync", web::post().to(offline::sync))
                .route("/display", web::get().to(display::form))
                .route("/display", web::post().to(display::save))
                .route("/catalogue", web::get().to(learn::catalogue))
                .route("/dashboard", web::get().to(learn::dashboard))
                .route("/certificates/{file}", web::get().to(certificates::file))
                .route(
                    "/certificates/{id}/visibility",
                    web::post().to(certificates::set_visibility),
                )
                .route("/verify", web::get().to(certificates::verify_form))
                .route("/verify/{id}", web::get().to(certificates::verify_page))
                .route(
                    "/admin/certificates",
                    web::get().to(certificate_admin::list),
                )
                .route(
                    "/admin/certificates/{id}/revoke",
                    web::post().to(certificate_admin::revoke),
                )
                .route("/levels/{slug}/enrol", web::post().to(learn::enrol_level))
                .route("/modules/{slug}", web::get().to(learn::module_page))
                .route("/modules/{slug}/enrol", web::post().to(learn::enrol_module))
                .route(
                    "/modules/{slug}/switch-version",
                    web::post().to(learn::switch_version),
                )
                .route(
                    "/modules/{slug}/download",
                    web::get().to(download::download),
                )
                .route(
                    "/modules/{slug}/lessons/{lesson}",
                    web::get().to(learn::lesson),
                )
                .route(
                    "/modules/{slug}/lessons/{lesson}/complete",
                    web::post().to(learn::complete_lesson),
                )
                .route(
                    "/modules/{slug}/lessons/{lesson}/position",
                    web::post().to(learn::save_position),
                )
                .route("/modules/{slug}/quiz", web::get().to(quiz::status_page))
                .route("/modules/{slug}/quiz/start", web::post().to(quiz::start))
                .route("/attempts/{id}", web::get().to(quiz::attempt_page))
                .route("/attempts/{id}/save", web::post().to(quiz::save))
                .route("/attempts/{id}/submit", web::post().to(quiz::submit))
                .route("/reports", web::get().to(reports::page))
                .route(
                    "/reports/learners.csv",
                    web::get().to(reports::learner_list),
                )
                .route("/reports/export.{format}", web::get().to(reports::download))
                .route("/admin/users", web::get().to(admin::users))
                .route("/admin/users/{id}/role", web::post().to(admin::set_role))
                .route("/admin/status", web::get().to(status::page))
                .route("/manage", web::get().to(manage::page))
                .configure(author_routes),
        )
        .configure(crate::api::configure)
        .default_service(web::to(home::fallback));
}

/// `/{lang}/author/...`: the authoring pages (see `author`).
fn author_routes(cfg: &mut web::ServiceConfig) {
    const M: &str = "/author/modules/{slug}";
    cfg.route("/author", web::get().to(author::list))
        .route("/author/export.zip", web::get().to(author::export_all))
        .route(M, web::get().to(author::module))
        .route(&format!("{M}/new"), web::get().to(author::new_file))
        .route(
            &format!("{M}/files/{{file}}"),
            web::get().to(author::file_form),
        )
        .route(
            &format!("{M}/files/{{file}}"),
            web::post().to(author::file_save),
        )
        .route(&format!("{M}/preview"), web::post().to(author::preview))
        .route(
            &format!("{M}/settings"),
            web::get().to(author::settings_form),
        )
        .route(
            &format!("{M}/settings"),
            web::post().to(author::settings_save),
        )
        .route(&format!("{M}/publish"), web::post().to(author::publish))
        .route(&format!("{M}/discard"), web::post().to(author::discard))
        .route(&format!("{M}/history"), web::get().to(author::history))
        .route(&format!("{M}/rollback"), web::post().to(author::rollback))
        .route(
            &format!("{M}/translate/{{to}}"),
            web::get().to(author::translate),
        )
        .route(
            &format!("{M}/export.zip"),
            web::get().to(author::export_module),
        )
        .route(&format!("{M}/authors"), web::post().to(author::set_author))
        .route(&format!("{M}/gift"), web::get().to(author::gift_form))
        .route(&format!("{M}/gift"), web::post().to(author::gift_import))
        .route(
            &format!("{M}/quiz/{{file}}"),
            web::get().to(author::quiz_form),
        )
        .route(
            &format!("{M}/quiz/{{file}}"),
            web::post().to(author::quiz_save),
        )
        .route(
            &format!("{M}/files/{{file}}/image"),
            web::post().to(author::image_upload),
        );
}
