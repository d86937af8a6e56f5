//! Staff reports: one page with the period and filter form (a plain GET form: works
//! without JavaScript), the report as a server-drawn SVG chart beside an accessible
//! table of the same numbers, and CSV/XLSX downloads of exactly what the page shows.
//! The operational learner list is a separate download, audited on every use.
//! Staff and administrators only: everyone else gets 403 on every URL here.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{Datelike, Utc};
use courses::Lang;
use enrollment::accounts::Role;
use enrollment::audit::Actor;
use enrollment::catalog::Catalogue;
use enrollment::profile::{Country, Gender, OrgType};
use enrollment::reports::export::{self, Labels};
use enrollment::reports::{
    self, Column, Dimension, FilterError, Filters, Report, ReportError, ReportKind,
};
use serde::Serialize;
use tera::Context;

use crate::error::AppError;
use crate::page::Page;
use crate::session::Viewer;
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Staff, Role::Admin];

/// A report request read from the query string.
struct Request {
    kind: ReportKind,
    filters: Filters,
    by: Vec<Dimension>,
    /// The raw values, to refill the form and build links.
    raw: Vec<(String, String)>,
}

fn parse(query: &[(String, String)]) -> Result<Request, FilterError> {
    let get = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let kind = match get("report").as_str() {
        "" => ReportKind::Enrolments,
        k => ReportKind::parse(k).ok_or_else(|| FilterError::Report(k.into()))?,
    };
    let today = Utc::now().date_naive();
    let default = Filters::default_period(today);
    let from = match get("from").as_str() {
        "" => default.from,
        s => reports::filters::parse_date(s)?,
    };
    let to = match get("to").as_str() {
        "" => default.to,
        s => reports::filters::parse_date(s)?,
    };
    let mut filters = Filters::period(from, to)?;
    for name in [
        "country", "language", "gender", "org-type", "level", "module",
    ] {
        filters.set(name, &get(name))?;
    }
    let by = reports::filters::parse_dimensions(&format!("{},{}", get("by"), get("by2")))?;
    let mut raw: Vec<(String, String)> = vec![
        ("report".into(), kind.code().into()),
        ("from".into(), from.to_string()),
        ("to".into(), to.to_string()),
    ];
    for (k, v) in filters.pairs().into_iter().skip(2) {
        raw.push((k.into(), v));
    }
    for (i, d) in by.iter().enumerate() {
        raw.push((if i == 0 { "by" } else { "by2" }.into(), d.code().into()));
    }
    Ok(Request {
        kind,
        filters,
        by,
        raw,
    })
}

fn query_string(raw: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(raw)
        .finish()
}

/// The words of a report in `lang`: column and breakdown headers, and a label for
/// every code that can appear as a breakdown value or funnel stage.
pub fn labels(
    message: &dyn Fn(&str) -> String,
    lang: Lang,
    catalogue: &Catalogue,
    report: &Report,
) -> Labels {
    let mut l = Labels {
        title: message(&format!("reports-kind-{}", report.kind.code())),
        total: message("reports-total"),
        stage: message("reports-stage"),
        ..Labels::default()
    };
    for c in Column::columns(report.kind) {
        l.columns
            .insert(c.code(), message(&format!("reports-col-{}", c.code())));
    }
    for d in Dimension::ALL {
        l.dimensions
            .insert(d.code(), message(&format!("reports-by-{}", d.code())));
    }
    let mut put = |dim: &str, code: &str, label: String| {
        l.values.insert((dim.into(), code.into()), label);
    };
    for c in Country::ALL {
        put("country", c.code(), message(&c.message_id()));
    }
    for g in Gender::ALL {
        put("gender", g.code(), message(&g.message_id()));
    }
    put("gender", "none", message("reports-not-given"));
    for o in OrgType::ALL {
        put("org-type", o.code(), message(&o.message_id()));
    }
    put("org-type", "none", message("reports-not-given"));
    for x in Lang::ALL {
        put("language", x.code(), x.native_name().to_string());
    }
    for level in &catalogue.levels {
        if let Some((_, t)) = level.level.title.best(lang) {
            put("level", &level.level.slug, t.clone());
        }
        for m in &level.modules {
            if let Some((_, t)) = m.module.title.best(lang) {
                put("module", &m.module.slug, t.clone());
            }
            if report.module.as_deref() == Some(m.module.slug.as_str()) {
                for (i, lesson) in m.module.lessons.iter().enumerate() {
                    let title = lesson
                        .best(lang)
                        .map(|(_, t)| t.title.clone())
                        .unwrap_or_else(|| lesson.slug.clone());
                    put(
                        "stage",
                        &format!("lesson:{}", lesson.slug),
                        format!("{}. {title}", i + 1),
                    );
                }
            }
        }
    }
    for stage in ["enrolled", "quiz-passed", "completed"] {
        put("stage", stage, message(&format!("reports-stage-{stage}")));
    }
    // Months: "2026-03" → "March 2026" in the reader's language.
    for r in &report.rows {
        for (i, key) in r.keys.iter().enumerate() {
            if report.by.get(i) == Some(&Dimension::Month) {
                if let Some(label) = month_label(lang, key) {
                    put("month", key, label);
                }
            }
        }
    }
    l
}

fn month_label(lang: Lang, code: &str) -> Option<String> {
    let (y, m) = code.split_once('-')?;
    let m: u32 = m.parse().ok()?;
    Some(format!("{} {y}", i18n::format::month_name(lang, m)?))
}

#[derive(Serialize)]
struct TableView {
    key_headers: Vec<String>,
    columns: Vec<String>,
    rows: Vec<RowView>,
    total: Option<RowView>,
}

#[derive(Serialize)]
struct RowView {
    keys: Vec<String>,
    cells: Vec<String>,
}

#[derive(Serialize)]
struct Bar {
    label: String,
    value: String,
    /// 0..=100: the share of the widest bar.
    width: f64,
    y: u32,
}

#[derive(Serialize)]
struct Chart {
    column: String,
    bars: Vec<Bar>,
    height: u32,
}

const BAR_STEP: u32 = 36;

fn views(report: &Report, labels: &Labels) -> (TableView, Chart) {
    let (header, rows) = export::table(report, labels);
    let nkeys = header.len() - report.columns.len();
    let split = |line: Vec<String>| RowView {
        keys: line[..nkeys.min(line.len())].to_vec(),
        cells: line[nkeys.min(line.len())..].to_vec(),
    };
    let mut rows: Vec<RowView> = rows.into_iter().map(split).collect();
    let total = if report.kind == ReportKind::Funnel {
        None
    } else {
        rows.pop()
    };
    let table = TableView {
        key_headers: header[..nkeys].to_vec(),
        columns: header[nkeys..].to_vec(),
        rows,
        total,
    };
    // The chart: the first column, one bar per row (hidden cells get no bar).
    let max = report
        .rows
        .iter()
        .filter_map(|r| r.cells.first().and_then(|c| c.shown()))
        .fold(0.0f64, f64::max);
    let bars: Vec<Bar> = report
        .rows
        .iter()
        .zip(&table.rows)
        .enumerate()
        .map(|(i, (r, view))| {
            let cell = &r.cells[0];
            Bar {
                label: if view.keys.is_empty() {
                    labels.total.clone()
                } else {
                    view.keys.join(" · ")
                },
                value: cell.text(),
                width: match cell.shown() {
                    Some(v) if max > 0.0 => (v / max * 100.0 * 10.0).round() / 10.0,
                    _ => 0.0,
                },
                y: i as u32 * BAR_STEP,
            }
        })
        .collect();
    let height = (bars.len() as u32).max(1) * BAR_STEP;
    let chart = Chart {
        column: labels.column(report.columns[0]),
        bars,
        height,
    };
    (table, chart)
}

async fn produce(
    state: &web::Data<AppState>,
    req: &Request,
) -> Result<Result<(Report, Catalogue), FilterError>, AppError> {
    let db = state.db.clone();
    let (kind, filters, by) = (req.kind, req.filters.clone(), req.by.clone());
    let result = web::block(move || {
        let catalogue = enrollment::catalog::catalogue(&db)?;
        match reports::run(&db, kind, &filters, &by) {
            Ok(r) => Ok(Ok((r, catalogue))),
            Err(ReportError::Filter(e)) => Ok(Err(e)),
            Err(ReportError::Service(e)) => Err(e),
        }
    })
    .await??;
    Ok(result)
}

#[derive(Serialize)]
struct Option_ {
    code: String,
    label: String,
}

pub async fn page(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    query: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    viewer.require(STAFF)?;
    let lang = page.lang;
    let message = |id: &str| state.renderer.message(lang, id);
    let mut ctx = Context::new();
    let parsed = parse(&query);
    let (request, error) = match parsed {
        Ok(r) => (Some(r), None),
        Err(e) => (None, Some(e.key())),
    };
    let today = Utc::now().date_naive();
    let request = match request {
        Some(r) => r,
        None => parse(&[]).expect("the default request parses"),
    };
    let mut error = error;
    let (report, catalogue) = match produce(&state, &request).await? {
        Ok(x) => (Some(x.0), x.1),
        Err(e) => {
            error = Some(e.key());
            let db = state.db.clone();
            (
                None,
                web::block(move || enrollment::catalog::catalogue(&db)).await??,
            )
        }
    };
    ctx.insert("error", error.unwrap_or(""));
    ctx.insert("has_report", &report.is_some());
    ctx.insert("export_query", &query_string(&request.raw));
    if let Some(report) = &report {
        let labels = labels(&message, lang, &catalogue, report);
        let (table, chart) = views(report, &labels);
        ctx.insert("table", &table);
        ctx.insert("chart", &chart);
        ctx.insert("title", &labels.title);
    }
    let get = |k: &str| {
        request
            .raw
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    for k in [
        "report", "from", "to", "country", "language", "gender", "org-type", "level", "module",
        "by", "by2",
    ] {
        ctx.insert(k.replace('-', "_"), &get(k));
    }
    let opt = |code: &str, label: String| Option_ {
        code: code.into(),
        label,
    };
    ctx.insert(
        "kinds",
        &ReportKind::ALL
            .iter()
            .map(|k| opt(k.code(), message(&format!("reports-kind-{}", k.code()))))
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "dimensions",
        &Dimension::ALL
            .iter()
            .map(|d| opt(d.code(), message(&format!("reports-by-{}", d.code()))))
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "countries",
        &Country::ALL
            .iter()
            .map(|c| opt(c.code(), message(&c.message_id())))
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "languages",
        &Lang::ALL
            .iter()
            .map(|l| opt(l.code(), l.native_name().into()))
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "genders",
        &Gender::ALL
            .iter()
            .map(|g| opt(g.code(), message(&g.message_id())))
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "org_types",
        &OrgType::ALL
            .iter()
            .map(|o| opt(o.code(), message(&o.message_id())))
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "levels",
        &catalogue
            .levels
            .iter()
            .map(|l| {
                opt(
                    &l.level.slug,
                    l.level
                        .title
                        .best(lang)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "modules",
        &catalogue
            .modules()
            .map(|m| {
                opt(
                    &m.module.slug,
                    m.module
                        .title
                        .best(lang)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert("today", &today.to_string());
    ctx.insert("year", &today.year());
    page.render(&state, "reports.html", "reports", ctx)
}

/// The files under `/reports/`: the page's report as CSV or XLSX, and the learner list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Download {
    Report(export::Format),
    /// The operational learner list (names and addresses), audited on every use.
    LearnerList,
}

impl Download {
    fn parse(file: &str) -> Option<Download> {
        match file {
            "export.csv" => Some(Download::Report(export::Format::Csv)),
            "export.xlsx" => Some(Download::Report(export::Format::Xlsx)),
            "learners.csv" => Some(Download::LearnerList),
            _ => None,
        }
    }
}

/// `/reports/export.{csv,xlsx}` and `/reports/learners.csv`: every download of the
/// reports page, one handler (the routes are listed one by one so that the access
/// matrix holds a rule for each). Staff and administrators only; the same query
/// string as the page.
pub async fn download(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    query: web::Query<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let page = Page::new(&req, &viewer)?;
    let account = viewer.require(STAFF)?.clone();
    let file = req.path().rsplit('/').next().unwrap_or_default();
    let what = Download::parse(file).ok_or(AppError::NotFound)?;
    let request = parse(&query).map_err(|_| AppError::BadRequest)?;
    let lang = page.lang;
    let message = |id: &str| state.renderer.message(lang, id);
    let period = format!("{}-{}", request.filters.from, request.filters.to);
    let (bytes, format, name) = match what {
        Download::Report(format) => {
            let (report, catalogue) = produce(&state, &request)
                .await?
                .map_err(|_| AppError::BadRequest)?;
            let labels = labels(&message, lang, &catalogue, &report);
            let bytes = export::file(format, &report, &labels)?;
            (bytes, format, report.kind.code())
        }
        Download::LearnerList => {
            let header = [
                "id".to_string(),
                message("field-email"),
                message("field-display-name"),
                message("reports-by-language"),
                message("reports-by-country"),
                message("reports-learners-org-name"),
                message("reports-learners-signed-up"),
            ];
            let db = state.db.clone();
            let actor = Actor::user(account.id, account.email.clone());
            let filters = request.filters.clone();
            let bytes =
                web::block(move || export::learner_list_csv(&db, &actor, &filters, &header))
                    .await??;
            (bytes, export::Format::Csv, "learners")
        }
    };
    Ok(HttpResponse::Ok()
        .content_type(format.mime())
        .insert_header((
            "content-disposition",
            format!(
                "attachment; filename=\"{name}-{period}.{}\"",
                format.extension()
            ),
        ))
        .insert_header(("cache-control", "private, no-store"))
        .body(bytes))
}
