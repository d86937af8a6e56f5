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
mod privacy;
mod profile;
pub(crate) mod quiz;
pub mod reports;
mod status;

/// Declares a route table once: the `const` inventory (method, path pattern) that the
/// security tests enumerate, and the function that registers exactly those routes. A
/// route added here is therefore in the inventory, and a test that does not know it
/// fails (tests/access_matrix.rs, tests/csrf_enumeration.rs).
macro_rules! route_table {
    ($table:ident, $register:ident { $( $method:ident $path:literal => $handler:path; )* }) => {
        pub(crate) const $table: &[(&str, &str)] = &[ $((stringify!($method), $path)),* ];

        fn $register(cfg: &mut web::ServiceConfig) {
            $( cfg.route($path, web::$method().to($handler)); )*
        }
    };
}

route_table!(ROOT, register_root {
    get "/healthz" => health::healthz;
    get "/readyz" => health::readyz;
    get "/metrics" => crate::observability::metrics;
    get "/" => home::root;
    get "/static/{file}" => crate::assets::serve;
    get "/sw.js" => crate::assets::service_worker;
    get "/verify/keys.json" => certificates::keys;
    get "/verify/revocations.json" => certificates::revocations;
    get "/verify/{id}" => certificates::verify_redirect;
    get "/media/{module}/{version}/{file}" => learn::media;
});

// Under `/{lang}`.
route_table!(PAGES, register_pages {
    get "/" => home::page;
    get "" => home::page_without_slash;
    get "/sign-up" => account::sign_up_form;
    post "/sign-up" => account::sign_up;
    get "/sign-in" => account::sign_in_form;
    post "/sign-in" => account::sign_in;
    post "/sign-out" => account::sign_out;
    get "/verify-email" => account::verify_email;
    post "/verify-email/resend" => account::resend_verification;
    get "/password/forgot" => account::forgot_form;
    post "/password/forgot" => account::forgot;
    get "/password/reset" => account::reset_form;
    post "/password/reset" => account::reset;
    get "/profile" => profile::show;
    post "/profile" => profile::update;
    post "/profile/password" => profile::change_password;
    post "/profile/email" => profile::change_email;
    get "/profile/email/confirm" => profile::confirm_email;
    get "/profile/data.json" => privacy::export;
    get "/profile/delete" => privacy::delete_form;
    post "/profile/delete" => privacy::delete;
    get "/offline" => offline::page;
    get "/manifest.webmanifest" => offline::manifest;
    get "/offline/pages.json" => offline::pages;
    post "/offline/sync" => offline::sync;
    get "/display" => display::form;
    post "/display" => display::save;
    get "/catalogue" => learn::catalogue;
    get "/dashboard" => learn::dashboard;
    get "/certificates/{file}" => certificates::file;
    post "/certificates/{id}/visibility" => certificates::set_visibility;
    get "/verify" => certificates::verify_form;
    get "/verify/{id}" => certificates::verify_page;
    get "/admin/certificates" => certificate_admin::list;
    post "/admin/certificates/{id}/revoke" => certificate_admin::revoke;
    post "/levels/{slug}/enrol" => learn::enrol_level;
    get "/modules/{slug}" => learn::module_page;
    post "/modules/{slug}/enrol" => learn::enrol_module;
    post "/modules/{slug}/switch-version" => learn::switch_version;
    get "/modules/{slug}/download" => download::download;
    get "/modules/{slug}/lessons/{lesson}" => learn::lesson;
    post "/modules/{slug}/lessons/{lesson}/complete" => learn::complete_lesson;
    post "/modules/{slug}/lessons/{lesson}/position" => learn::save_position;
    get "/modules/{slug}/quiz" => quiz::status_page;
    post "/modules/{slug}/quiz/start" => quiz::start;
    get "/attempts/{id}" => quiz::attempt_page;
    post "/attempts/{id}/save" => quiz::save;
    post "/attempts/{id}/submit" => quiz::submit;
    get "/reports" => reports::page;
    get "/reports/learners.csv" => reports::download;
    get "/reports/export.{format}" => reports::download;
    get "/admin/users" => admin::users;
    post "/admin/users/{id}/role" => admin::set_role;
    get "/admin/status" => status::page;
    get "/manage" => manage::page;
    // The authoring pages (see `author`).
    get "/author" => author::list;
    get "/author/new" => author::new_module_form;
    post "/author/new" => author::new_module_create;
    get "/author/export.zip" => author::export_all;
    get "/author/modules/{slug}" => author::module;
    get "/author/modules/{slug}/new" => author::new_file;
    get "/author/modules/{slug}/files/{file}" => author::file_form;
    post "/author/modules/{slug}/files/{file}" => author::file_save;
    post "/author/modules/{slug}/files/{file}/image" => author::image_upload;
    post "/author/modules/{slug}/preview" => author::preview;
    get "/author/modules/{slug}/settings" => author::settings_form;
    post "/author/modules/{slug}/settings" => author::settings_save;
    post "/author/modules/{slug}/publish" => author::publish;
    post "/author/modules/{slug}/discard" => author::discard;
    get "/author/modules/{slug}/history" => author::history;
    post "/author/modules/{slug}/rollback" => author::rollback;
    get "/author/modules/{slug}/translate/{to}" => author::translate;
    get "/author/modules/{slug}/export.zip" => author::export_module;
    post "/author/modules/{slug}/authors" => author::set_author;
    get "/author/modules/{slug}/gift" => author::gift_form;
    post "/author/modules/{slug}/gift" => author::gift_import;
    get "/author/modules/{slug}/quiz/{file}" => author::quiz_form;
    post "/author/modules/{slug}/quiz/{file}" => author::quiz_save;
});

/// One registered route: its method (lower case, as in `web::get`) and path pattern as
/// actix matches it (`{name}` segments).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Route {
    pub method: &'static str,
    pub path: String,
}

/// Every route the application registers: the root table, the pages under `/{lang}`
/// and the JSON API. The security tests walk this list, so a new route cannot escape
/// them.
pub fn inventory() -> Vec<Route> {
    let root = ROOT.iter().map(|(m, p)| (*m, p.to_string()));
    let pages = PAGES.iter().map(|(m, p)| (*m, format!("/{{lang}}{p}")));
    let api = crate::api::ROUTES.iter().map(|(m, p)| (*m, p.to_string()));
    root.chain(pages)
        .chain(api)
        .map(|(method, path)| Route { method, path })
        .collect()
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::Data::new(download::DownloadCache::default()));
    cfg.configure(register_root)
        .service(
            web::scope("/{lang}")
                .guard(actix_web::guard::fn_guard(|ctx| {
                    crate::locale::split_lang(ctx.head().uri.path()).is_some()
                }))
                // Forms and the browser's offline batch: bounded before they are read
                // (actix's defaults would let JSON bodies reach 2 MB).
                .app_data(web::PayloadConfig::new(crate::csrf::MAX_FORM_BYTES))
                .app_data(web::JsonConfig::default().limit(crate::csrf::MAX_FORM_BYTES))
                .configure(register_pages),
        )
        .configure(crate::api::configure)
        .default_service(web::to(home::fallback));
}
