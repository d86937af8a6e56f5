//! The learner's profile: details, password, email address.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use enrollment::accounts::{Account, Email};
use enrollment::auth;
use tera::Context;

use crate::error::AppError;
use crate::forms::{FieldErrors, Fields, TokenQuery};
use crate::page::{see_other, Page};
use crate::routes::account::{parse_profile_fields, profile_choices};
use crate::session::{self, Viewer};
use crate::state::AppState;

fn fields_of(a: &Account) -> Fields {
    let mut f = vec![
        ("display_name".to_string(), a.display_name.clone()),
        ("certificate_name".into(), a.certificate_name.clone()),
        ("country".into(), a.country().code().into()),
        ("language".into(), a.language().code().into()),
        (
            "gender".into(),
            a.gender().map(|g| g.code()).unwrap_or("").into(),
        ),
        (
            "org_type".into(),
            a.org_type().map(|o| o.code()).unwrap_or("").into(),
        ),
        ("org_name".into(), a.org_name.clone().unwrap_or_default()),
    ];
    if a.wants_accommodations {
        f.push(("accommodations".into(), "1".into()));
    }
    Fields(f)
}

fn render(
    page: &Page,
    state: &AppState,
    account: &Account,
    fields: &Fields,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let mut ctx = Context::new();
    ctx.insert("form", &fields.echo());
    ctx.insert("errors", &errors.0);
    ctx.insert("email", &account.email);
    ctx.insert("must_change_password", &account.must_change_password);
    profile_choices(&mut ctx);
    let status = errors.status();
    page.render_status(state, status, "profile.html", "profile", ctx)
}

pub async fn show(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let account = viewer.user()?;
    render(
        &page,
        &state,
        account,
        &fields_of(account),
        &FieldErrors::default(),
    )
}

pub async fn update(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let account = viewer.user()?;
    let fields = Fields::parse(&body);
    let mut errors = FieldErrors::default();
    let update = parse_profile_fields(&fields, &mut errors);
    let (Some(update), true) = (update, errors.is_empty()) else {
        return render(&page, &state, account, &fields, &errors);
    };
    let db = state.db.clone();
    let id = account.id;
    let updated = web::block(move || auth::update_profile(&db, id, &update)).await??;
    Page::flash(&req, "flash-profile-saved");
    Ok(see_other(&format!(
        "/{}/profile",
        updated.language().code()
    )))
}

pub async fn change_password(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let account = viewer.user()?;
    let fields = Fields::parse(&body);
    let (current, new) = (
        fields.get("current_password").to_string(),
        fields.get("new_password").to_string(),
    );
    let db = state.db.clone();
    let id = account.id;
    match web::block(move || auth::change_password(&db, id, &current, &new)).await? {
        Ok(updated) => {
            // Every other session ended with the epoch; this one starts afresh.
            session::sign_in(&req.get_session(), &updated)?;
            Page::flash(&req, "flash-password-changed");
            Ok(page.redirect("/profile"))
        }
        Err(e @ (enrollment::Error::BadCredentials | enrollment::Error::WeakPassword)) => {
            let mut errors = FieldErrors::default();
            let field = if matches!(e, enrollment::Error::BadCredentials) {
                "current_password"
            } else {
                "new_password"
            };
            errors.add(
                field,
                if matches!(e, enrollment::Error::BadCredentials) {
                    "error-wrong-password"
                } else {
                    e.key()
                },
            );
            render(&page, &state, account, &fields_of(account), &errors)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn change_email(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let account = viewer.user()?;
    let fields = Fields::parse(&body);
    let mut errors = FieldErrors::default();
    let Some(new_email) = errors.check("new_email", Email::parse(fields.get("new_email"))) else {
        let mut echo = fields_of(account);
        echo.0
            .push(("new_email".into(), fields.get("new_email").into()));
        return render(&page, &state, account, &echo, &errors);
    };
    let password = fields.get("email_password").to_string();
    let db = state.db.clone();
    let id = account.id;
    let target = new_email.clone();
    match web::block(move || auth::request_email_change(&db, id, &password, &target)).await? {
        Ok(()) => {
            Page::flash(&req, "flash-email-change-sent");
            Ok(page.redirect("/profile"))
        }
        Err(e @ (enrollment::Error::BadCredentials | enrollment::Error::EmailTaken)) => {
            let (field, key) = if matches!(e, enrollment::Error::BadCredentials) {
                ("email_password", "error-wrong-password")
            } else {
                ("new_email", e.key())
            };
            errors.add(field, key);
            let mut echo = fields_of(account);
            echo.0.push(("new_email".into(), new_email.as_str().into()));
            render(&page, &state, account, &echo, &errors)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn confirm_email(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    q: web::Query<TokenQuery>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let db = state.db.clone();
    let token = q.into_inner().token;
    match web::block(move || auth::confirm_email_change(&db, &token)).await? {
        Ok(_) => {
            Page::flash(&req, "flash-email-changed");
            Ok(page.redirect(if viewer.account.is_some() {
                "/profile"
            } else {
                "/sign-in"
            }))
        }
        Err(e @ (enrollment::Error::InvalidToken | enrollment::Error::EmailTaken)) => {
            let mut ctx = Context::new();
            ctx.insert("message", e.key());
            page.render_status(
                &state,
                StatusCode::BAD_REQUEST,
                "notice.html",
                "profile",
                ctx,
            )
        }
        Err(e) => Err(e.into()),
    }
}
