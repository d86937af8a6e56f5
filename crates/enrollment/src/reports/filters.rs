//! What a report is about: the period, the filters and the breakdown. Parsed from
//! strings (a form, a command line) into closed types; nothing else reaches SQL.

use chrono::{Duration, NaiveDate};

use crate::profile::{Country, Gender, OrgType};

/// The reports there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum ReportKind {
    /// Enrolments made in the period and the learners who made them.
    Enrolments,
    /// Learners active in the period: lesson completions, quiz attempts and passes.
    Activity,
    /// Modules completed in the period and the median time it took.
    Completions,
    /// Certificates issued in the period, module and level (a level certificate is a
    /// level completion).
    Certificates,
    /// For one module: how many of those who enrolled in the period finished each
    /// lesson, the quiz and the module.
    Funnel,
}

impl ReportKind {
    pub const ALL: [ReportKind; 5] = [
        ReportKind::Enrolments,
        ReportKind::Activity,
        ReportKind::Completions,
        ReportKind::Certificates,
        ReportKind::Funnel,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReportKind::Enrolments => "enrolments",
            ReportKind::Activity => "activity",
            ReportKind::Completions => "completions",
            ReportKind::Certificates => "certificates",
            ReportKind::Funnel => "funnel",
        }
    }

    pub fn parse(s: &str) -> Option<ReportKind> {
        ReportKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// What rows can be broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Dimension {
    Country,
    Language,
    Gender,
    OrgType,
    Level,
    Module,
    Month,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Country,
        Dimension::Language,
        Dimension::Gender,
        Dimension::OrgType,
        Dimension::Level,
        Dimension::Module,
        Dimension::Month,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::Language => "language",
            Dimension::Gender => "gender",
            Dimension::OrgType => "org-type",
            Dimension::Level => "level",
            Dimension::Module => "module",
            Dimension::Month => "month",
        }
    }

    pub fn parse(s: &str) -> Option<Dimension> {
        let s = s.trim();
        let s = if s == "org_type" { "org-type" } else { s };
        Dimension::ALL.into_iter().find(|d| d.code() == s)
    }
}

/// At most this many dimensions at once (a crossed table beyond two is unreadable and
/// mostly suppressed cells).
pub const MAX_DIMENSIONS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filters {
    /// First day, inclusive.
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
    pub country: Option<Country>,
    pub language: Option<courses::Lang>,
    pub gender: Option<Gender>,
    pub org_type: Option<OrgType>,
    /// A level slug that exists in the catalogue.
    pub level: Option<String>,
    /// A module slug that exists in the catalogue (the funnel needs one).
    pub module: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    #[error("unknown report {0:?}")]
    Report(String),
    #[error("bad date {0:?}: use YYYY-MM-DD")]
    Date(String),
    #[error("the period ends before it starts")]
    Period,
    #[error("unknown breakdown {0:?}")]
    Dimension(String),
    #[error("at most two breakdowns at once")]
    TooManyDimensions,
    #[error("unknown value {1:?} for {0}")]
    Value(&'static str, String),
}

impl FilterError {
    /// The Fluent message id shown for this error.
    pub fn key(&self) -> &'static str {
        match self {
            FilterError::Report(_) => "reports-error-report",
            FilterError::Date(_) | FilterError::Period => "reports-error-period",
            FilterError::Dimension(_) | FilterError::TooManyDimensions => "reports-error-breakdown",
            FilterError::Value(..) => "reports-error-filter",
        }
    }
}

pub fn parse_date(s: &str) -> Result<NaiveDate, FilterError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| FilterError::Date(s.into()))
}

/// `country,gender` → dimensions, in order, without repeats.
pub fn parse_dimensions(s: &str) -> Result<Vec<Dimension>, FilterError> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let d = Dimension::parse(part).ok_or_else(|| FilterError::Dimension(part.into()))?;
        if !out.contains(&d) {
            out.push(d);
        }
    }
    if out.len() > MAX_DIMENSIONS {
        return Err(FilterError::TooManyDimensions);
    }
    Ok(out)
}

impl Filters {
    /// The period only, no filters.
    pub fn period(from: NaiveDate, to: NaiveDate) -> Result<Filters, FilterError> {
        if to < from {
            return Err(FilterError::Period);
        }
        Ok(Filters {
            from,
            to,
            country: None,
            language: None,
            gender: None,
            org_type: None,
            level: None,
            module: None,
        })
    }

    /// The last 12 months up to `today`.
    pub fn default_period(today: NaiveDate) -> Filters {
        Filters::period(today - Duration::days(364), today).expect("from <= to")
    }

    /// Sets a filter by name from a raw value; an empty value clears it.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), FilterError> {
        let value = value.trim();
        let empty = value.is_empty();
        match name {
            "country" => {
                self.country = if empty {
                    None
                } else {
                    Some(Country::parse(value).ok_or(FilterError::Value("country", value.into()))?)
                }
            }
            "language" => {
                self.language = if empty {
                    None
                } else {
                    Some(
                        courses::Lang::from_code(value)
                            .ok_or(FilterError::Value("language", value.into()))?,
                    )
                }
            }
            "gender" => {
                self.gender = if empty {
                    None
                } else {
                    Some(Gender::parse(value).ok_or(FilterError::Value("gender", value.into()))?)
                }
            }
            "org-type" | "org_type" => {
                self.org_type = if empty {
                    None
                } else {
                    Some(
                        OrgType::parse(value)
                            .ok_or(FilterError::Value("org-type", value.into()))?,
                    )
                }
            }
            "level" => self.level = (!empty).then(|| value.to_string()),
            "module" => self.module = (!empty).then(|| value.to_string()),
            other => return Err(FilterError::Value("filter", other.into())),
        }
        Ok(())
    }

    /// `(name, code)` of every filter set, for links, exports and the audit log.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("from", self.from.to_string()), ("to", self.to.to_string())];
        if let Some(c) = self.country {
            out.push(("country", c.code().into()));
        }
        if let Some(l) = self.language {
            out.push(("language", l.code().into()));
        }
        if let Some(g) = self.gender {
            out.push(("gender", g.code().into()));
        }
        if let Some(o) = self.org_type {
            out.push(("org-type", o.code().into()));
        }
        if let Some(l) = &self.level {
            out.push(("level", l.clone()));
        }
        if let Some(m) = &self.module {
            out.push(("module", m.clone()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dimensions_parse_in_order_without_repeats() {
        assert_eq!(
            parse_dimensions("country, gender,country").unwrap(),
            vec![Dimension::Country, Dimension::Gender]
        );
        assert_eq!(parse_dimensions("").unwrap(), vec![]);
        assert!(matches!(
            parse_dimensions("country,gender,month"),
            Err(FilterError::TooManyDimensions)
        ));
        assert!(parse_dimensions("shoe-size").is_err());
        assert_eq!(
            parse_dimensions("org_type").unwrap(),
            vec![Dimension::OrgType]
        );
    }

    #[test]
    fn filters_take_only_known_codes() {
        let d = |s| parse_date(s).unwrap();
        let mut f = Filters::period(d("2026-01-01"), d("2026-12-31")).unwrap();
        f.set("country", "kz").unwrap();
        assert_eq!(f.country, Some(Country::Kazakhstan));
        assert!(f.set("country", "'; DROP TABLE users; --").is_err());
        f.set("country", "").unwrap();
        assert_eq!(f.country, None);
        assert!(Filters::period(d("2026-02-01"), d("2026-01-01")).is_err());
        assert!(parse_date("01.02.2026").is_err());
    }
}
