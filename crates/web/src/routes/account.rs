//! Sign-up, email verification, sign-in and sign-out, forgotten passwords.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use courses::Lang;
use enrollment::accounts::{Email, PersonName};
use enrollment::auth::{self, SignUp};
use enrollment::profile::{Country, Gender, OrgType};
use serde::{Deserialize, Serialize};
use tera::Context;

use crate::error::AppError;
use crate::forms::{safe_next, FieldErrors, Fields, TokenQuery};
use crate::page::{see_other, Page};
use crate::session::{self, Viewer};
use crate::state::AppState;
use crate::throttle::Action;

#[derive(Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: String,
}

/// The choices of the profile's select fields, with their message ids.
pub fn profile_choices(ctx: &mut Context) {
    let list = |items: Vec<(&'static str, String)>| -> Vec<Choice> {
        items
            .into_iter()
            .map(|(value, label)| Choice { value, label })
            .collect()
    };
    ctx.insert(
        "countries",
        &list(
            Country::ALL
                .iter()
                .map(|c| (c.code(), c.message_id()))
                .collect(),
        ),
    );
    ctx.insert(
        "genders",
        &list(
            Gender::ALL
                .iter()
                .map(|c| (c.code(), c.message_id()))
                .collect(),
        ),
    );
    ctx.insert(
        "org_types",
        &list(
            OrgType::ALL
                .iter()
                .map(|c| (c.code(), c.message_id()))
                .collect(),
        ),
    );
    ctx.insert(
        "languages",
        &Lang::ALL
            .iter()
            .map(|l| Choice {
                value: l.code(),
                label: l.native_name().to_string(),
            })
            .collect::<Vec<_>>(),
    );
}

fn form_page(
    page: &Page,
    state: &AppState,
    template: &str,
    name: &str,
    fields: &Fields,
    errors: &FieldErrors,
    extra: Context,
) -> Result<HttpResponse, AppError> {
    let mut ctx = extra;
    ctx.insert("form", &fields.echo());
    ctx.insert("errors", &errors.0);
    profile_choices(&mut ctx);
    let status = errors.status();
    page.render_status(state, status, template, name, ctx)
}

pub async fn sign_up_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    if viewer.account.is_some() {
        return Ok(page.redirect("/dashboard"));
    }
    let mut fields = Fields::default();
    fields.0.push(("language".into(), page.lang.code().into()));
    form_page(
        &page,
        &state,
        "sign-up.html",
        "sign-up",
        &fields,
        &FieldErrors::default(),
        Context::new(),
    )
}

/// Optional select: empty means "not answered"; anything else must be a known code.
fn optional<T>(
    errors: &mut FieldErrors,
    field: &str,
    raw: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    if raw.is_empty() {
        return None;
    }
    let parsed = parse(raw);
    if parsed.is_none() {
        errors.add(field, "error-invalid-choice");
    }
    parsed
}

pub fn parse_profile_fields(f: &Fields, errors: &mut FieldErrors) -> Option<auth::ProfileUpdate> {
    let display_name = errors.check("display_name", PersonName::parse(f.get("display_name")));
    let certificate_name = if f.get("certificate_name").trim().is_empty() {
        display_name.clone()
    } else {
        errors.check(
            "certificate_name",
            PersonName::parse(f.get("certificate_name")),
        )
    };
    let country = Country::parse(f.get("country"));
    if country.is_none() {
        errors.add("country", "error-choose-country");
    }
    let language = Lang::from_code(f.get("language"));
    if language.is_none() {
        errors.add("language", "error-invalid-choice");
    }
    let gender = optional(errors, "gender", f.get("gender"), Gender::parse);
    let org_type = optional(errors, "org_type", f.get("org_type"), OrgType::parse);
    let org_name = errors.check("org_name", auth::parse_org_name(f.get("org_name")));
    Some(auth::ProfileUpdate {
        display_name: display_name?,
        certificate_name: certificate_name?,
        country: country?,
        language: language?,
        gender,
        org_type,
        org_name: org_name?,
        wants_accommodations: f.has("accommodations"),
    })
}

pub async fn sign_up(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let fields = Fields::parse(&body);
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(fields.get("email")));
    let password = fields.get("password").to_string();
    let len = password.chars().count();
    if !(enrollment::password::MIN_LEN..=enrollment::password::MAX_LEN).contains(&len) {
        errors.add("password", "error-weak-password");
    }
    let profile = parse_profile_fields(&fields, &mut errors);
    if !fields.has("consent") {
        errors.add("consent", "error-consent-required");
    }
    let (Some(email), Some(p), true) = (email, profile, errors.is_empty()) else {
        return form_page(
            &page,
            &state,
            "sign-up.html",
            "sign-up",
            &fields,
            &errors,
            Context::new(),
        );
    };
    let form = SignUp {
        email: email.clone(),
        password,
        display_name: p.display_name,
        certificate_name: p.certificate_name,
        country: p.country,
        language: p.language,
        gender: p.gender,
        org_type: p.org_type,
        org_name: p.org_name,
        wants_accommodations: p.wants_accommodations,
    };
    let db = state.db.clone();
    web::block(move || auth::sign_up(&db, form)).await??;
    let mut ctx = Context::new();
    ctx.insert("email", email.as_str());
    page.render(&state, "check-inbox.html", "sign-up", ctx)
}

pub async fn verify_email(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    q: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let db = state.db.clone();
    let token = q.into_inner().token;
    match web::block(move || auth::verify_email(&db, &token)).await? {
        Ok(account) => {
            session::sign_in(&req.get_session(), &account)?;
            Page::flash(&req, "flash-email-verified");
            Ok(page.redirect("/dashboard"))
        }
        Err(enrollment::Error::InvalidToken) => {
            let mut ctx = Context::new();
            ctx.insert("message", "error-invalid-token");
            page.render_status(
                &state,
                StatusCode::BAD_REQUEST,
                "notice.html",
                "verify",
                ctx,
            )
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn resend_verification(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let id = viewer.user()?.id;
    let db = state.db.clone();
    web::block(move || auth::resend_verification(&db, id)).await??;
    Page::flash(&req, "flash-verification-sent");
    Ok(page.redirect("/dashboard"))
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn sign_in_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    q: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    if viewer.account.is_some() {
        return Ok(see_other(&safe_next(&q.next, &page.url("/dashboard"))));
    }
    let mut fields = Fields::default();
    fields.0.push(("next".into(), q.next.clone()));
    form_page(
        &page,
        &state,
        "sign-in.html",
        "sign-in",
        &fields,
        &FieldErrors::default(),
        Context::new(),
    )
}

/// The sign-in or reset form again with "too many attempts" (which states the longest
/// wait), 429 and `Retry-After`.
fn too_many(
    page: &Page,
    state: &AppState,
    template: &str,
    name: &str,
    field: &str,
    fields: &Fields,
    wait_secs: i64,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    errors.add(field, "error-too-many-attempts");
    let mut ctx = Context::new();
    ctx.insert("form", &fields.echo());
    ctx.insert("errors", &errors.0);
    let mut res = page.render_status(state, StatusCode::TOO_MANY_REQUESTS, template, name, ctx)?;
    res.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(wait_secs.max(1)),
    );
    Ok(res)
}

pub async fn sign_in(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let fields = Fields::parse(&body);
    if let Err(wait) = state.clients.check(&req, Action::SignIn) {
        let secs = wait.num_seconds();
        return too_many(
            &page,
            &state,
            "sign-in.html",
            "sign-in",
            "form",
            &fields,
            secs,
        );
    }
    let (email, password) = (
        fields.get("email").to_string(),
        fields.get("password").to_string(),
    );
    let db = state.db.clone();
    match web::block(move || auth::sign_in(&db, &email, &password)).await? {
        Ok(account) => {
            session::sign_in(&req.get_session(), &account)?;
            let lang = account.language();
            let fallback = format!("/{}/dashboard", lang.code());
            if account.must_change_password {
                Page::flash(&req, "flash-change-one-time-password");
                return Ok(see_other(&format!("/{}/profile#password", lang.code())));
            }
            Ok(see_other(&safe_next(fields.get("next"), &fallback)))
        }
        Err(enrollment::Error::BadCredentials) => {
            state.clients.record(&req, Action::SignIn);
            let mut errors = FieldErrors::default();
            errors.add("form", "error-bad-credentials");
            form_page(
                &page,
                &state,
                "sign-in.html",
                "sign-in",
                &fields,
                &errors,
                Context::new(),
            )
        }
        Err(enrollment::Error::TooManyAttempts { retry_after_secs }) => too_many(
            &page,
            &state,
            "sign-in.html",
            "sign-in",
            "form",
            &fields,
            retry_after_secs,
        ),
        Err(e) => Err(e.into()),
    }
}

pub async fn sign_out(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let lang = crate::locale::of_request(&req);
    session::sign_out(&req.get_session(), &state).await?;
    Ok(see_other(&format!("/{}/", lang.code())))
}

pub async fn forgot_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    form_page(
        &page,
        &state,
        "forgot.html",
        "forgot",
        &Fields::default(),
        &FieldErrors::default(),
        Context::new(),
    )
}

pub async fn forgot(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let fields = Fields::parse(&body);
    let mut errors = FieldErrors::default();
    let Some(email) = errors.check("email", Email::parse(fields.get("email"))) else {
        return form_page(
            &page,
            &state,
            "forgot.html",
            "forgot",
            &fields,
            &errors,
            Context::new(),
        );
    };
    if let Err(wait) = state.clients.check(&req, Action::Reset) {
        let secs = wait.num_seconds();
        return too_many(
            &page,
            &state,
            "forgot.html",
            "forgot",
            "email",
            &fields,
            secs,
        );
    }
    // Every request counts for the client: each may send an email.
    state.clients.record(&req, Action::Reset);
    let db = state.db.clone();
    let address = email.as_str().to_string();
    match web::block(move || auth::request_password_reset(&db, &address)).await? {
        Ok(()) => {}
        Err(enrollment::Error::TooManyAttempts { retry_after_secs }) => {
            return too_many(
                &page,
                &state,
                "forgot.html",
                "forgot",
                "email",
                &fields,
                retry_after_secs,
            )
        }
        Err(e) => return Err(e.into()),
    }
    let mut ctx = Context::new();
    ctx.insert("email", email.as_str());
    ctx.insert("reset", &true);
    page.render(&state, "check-inbox.html", "forgot", ctx)
}

pub async fn reset_form(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    q: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let token = q.into_inner().token;
    let db = state.db.clone();
    let check = token.clone();
    if !web::block(move || auth::reset_token_is_valid(&db, &check)).await?? {
        let mut ctx = Context::new();
        ctx.insert("message", "error-invalid-token");
        return page.render_status(&state, StatusCode::BAD_REQUEST, "notice.html", "reset", ctx);
    }
    let mut ctx = Context::new();
    ctx.insert("token", &token);
    form_page(
        &page,
        &state,
        "reset.html",
        "reset",
        &Fields::default(),
        &FieldErrors::default(),
        ctx,
    )
}

pub async fn reset(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let fields = Fields::parse(&body);
    let token = fields.get("token").to_string();
    let password = fields.get("password").to_string();
    let db = state.db.clone();
    let t = token.clone();
    match web::block(move || auth::reset_password(&db, &t, &password)).await? {
        Ok(account) => {
            session::sign_in(&req.get_session(), &account)?;
            Page::flash(&req, "flash-password-changed");
            Ok(see_other(&format!("/{}/dashboard", page.lang.code())))
        }
        Err(enrollment::Error::WeakPassword) => {
            let mut errors = FieldErrors::default();
            errors.add("password", "error-weak-password");
            let mut ctx = Context::new();
            ctx.insert("token", &token);
            form_page(&page, &state, "reset.html", "reset", &fields, &errors, ctx)
        }
        Err(enrollment::Error::InvalidToken) => {
            let mut ctx = Context::new();
            ctx.insert("message", "error-invalid-token");
            page.render_status(&state, StatusCode::BAD_REQUEST, "notice.html", "reset", ctx)
        }
        Err(e) => Err(e.into()),
    }
}
