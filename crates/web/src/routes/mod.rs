//! Route table: one module per page or endpoint group.

use actix_web::web;

mod health;
mod home;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/", web::get().to(home::root))
        .route("/static/{file}", web::get().to(crate::assets::serve))
        .service(
            web::scope("/{lang}")
                .guard(actix_web::guard::fn_guard(|ctx| {
                    crate::locale::split_lang(ctx.head().uri.path()).is_some()
                }))
                .route("/", web::get().to(home::page))
                .route("", web::get().to(home::page_without_slash)),
        )
        .default_service(web::to(home::fallback));
}
