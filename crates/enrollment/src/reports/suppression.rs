//! Small-cell suppression: no figure about fewer than [`THRESHOLD`] learners is ever
//! shown, and no hidden figure can be recovered by subtracting shown ones from a total.
//!
//! The rule (also in docs/reports.md):
//! 1. *Primary*: a cell whose figure comes from fewer than 5 distinct learners (0
//!    included) is hidden and shown as "<5".
//! 2. *Complementary*: in every line of the table that adds up to a shown total — the
//!    whole column against the grand total, and, in a crossed table, every run of cells
//!    sharing all breakdown values but one (which is what the one-dimensional report
//!    shows as its rows) — one hidden cell could be recovered by subtraction. Wherever a
//!    line has exactly one hidden cell, the shown cell with the fewest learners in that
//!    line is hidden too; repeated until no line has exactly one hidden cell.
//!    A cell alone in its line (its margin in the smaller report is the same figure)
//!    is chosen as a complement only when no other cell can be.
//! 3. *Totals* are computed from all the data (not from the shown cells) and shown
//!    unless they themselves concern fewer than 5 learners.
//!
//! Rates and medians are hidden by the same learner count as the figures they come from.

use std::collections::HashMap;

/// The smallest number of learners a shown figure may be about.
pub const THRESHOLD: i64 = 5;

/// What a hidden cell shows, everywhere.
pub const HIDDEN: &str = "<5";

/// A figure before suppression.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub enum Value {
    Count(i64),
    /// 0..=100.
    Percent(f64),
    Days(f64),
    /// Not defined (a pass rate without attempts).
    None,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Cell {
    pub value: Value,
    /// How many distinct learners the figure is about.
    pub learners: i64,
    pub hidden: bool,
}

impl Cell {
    pub fn new(value: Value, learners: i64) -> Cell {
        Cell {
            value,
            learners,
            hidden: learners < THRESHOLD,
        }
    }

    /// The figure as text (numbers unformatted, "<5" when hidden): for CSV, JSON, CLI.
    pub fn text(&self) -> String {
        if self.hidden {
            return HIDDEN.into();
        }
        match self.value {
            Value::Count(n) => n.to_string(),
            Value::Percent(p) | Value::Days(p) => format!("{p:.1}"),
            Value::None => String::new(),
        }
    }

    /// The figure if it may be shown.
    pub fn shown(&self) -> Option<f64> {
        if self.hidden {
            return None;
        }
        match self.value {
            Value::Count(n) => Some(n as f64),
            Value::Percent(p) | Value::Days(p) => Some(p),
            Value::None => None,
        }
    }
}

/// One row of a report: the breakdown values (codes) and one cell per column.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Row {
    pub keys: Vec<String>,
    pub cells: Vec<Cell>,
}

/// Applies rules 1 and 2 to `rows` (rule 1 is already in [`Cell::new`]; this makes sure
/// of it and adds the complementary cells). `dims` is the number of breakdown values
/// per row.
pub fn suppress(rows: &mut [Row], dims: usize) {
    let columns = rows.first().map(|r| r.cells.len()).unwrap_or(0);
    for row in rows.iter_mut() {
        for cell in &mut row.cells {
            if cell.learners < THRESHOLD {
                cell.hidden = true;
            }
        }
    }
    if dims == 0 {
        return;
    }
    // The lines: for each dimension, the rows sharing every other key.
    let mut lines: Vec<Vec<usize>> = vec![(0..rows.len()).collect()];
    if dims > 1 {
        for d in 0..dims {
            let mut by_rest: HashMap<Vec<&str>, Vec<usize>> = HashMap::new();
            for (i, r) in rows.iter().enumerate() {
                let rest: Vec<&str> = r
                    .keys
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != d)
                    .map(|(_, k)| k.as_str())
                    .collect();
                by_rest.entry(rest).or_default().push(i);
            }
            lines.extend(by_rest.into_values());
        }
    }
    // A row alone in one of its lines equals that line's margin (shown in the report
    // with one breakdown fewer), so hiding it protects nothing there: such rows are
    // chosen as complements only when no other row will do.
    let mut alone = vec![false; rows.len()];
    for line in lines.iter().skip(1) {
        if let [only] = line[..] {
            alone[only] = true;
        }
    }
    for col in 0..columns {
        loop {
            let mut changed = false;
            for line in &lines {
                let hidden = line.iter().filter(|&&i| rows[i].cells[col].hidden).count();
                if hidden != 1 || line.len() < 2 {
                    continue;
                }
                if let Some(&i) = line
                    .iter()
                    .filter(|&&i| !rows[i].cells[col].hidden)
                    .min_by_key(|&&i| (alone[i], rows[i].cells[col].learners))
                {
                    rows[i].cells[col].hidden = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(keys: &[&str], n: i64) -> Row {
        Row {
            keys: keys.iter().map(|k| k.to_string()).collect(),
            cells: vec![Cell::new(Value::Count(n), n)],
        }
    }

    fn hidden(rows: &[Row]) -> Vec<bool> {
        rows.iter().map(|r| r.cells[0].hidden).collect()
    }

    #[test]
    fn small_cells_hide_and_one_more_hides_with_them() {
        let mut rows = vec![
            row(&["kz"], 40),
            row(&["kg"], 3),
            row(&["tj"], 12),
            row(&["uz"], 9),
        ];
        suppress(&mut rows, 1);
        assert_eq!(hidden(&rows), [false, true, false, true]);
        assert_eq!(rows[1].cells[0].text(), "<5");
        assert_eq!(rows[0].cells[0].text(), "40");
    }

    #[test]
    fn two_small_cells_need_no_complement() {
        let mut rows = vec![
            row(&["kz"], 40),
            row(&["kg"], 3),
            row(&["tj"], 2),
            row(&["uz"], 9),
        ];
        suppress(&mut rows, 1);
        assert_eq!(hidden(&rows), [false, true, true, false]);
    }

    #[test]
    fn crossed_tables_protect_every_line() {
        // kz: female 30, male 3 → male hidden, female must hide too (kz total is shown
        // in the country report); then the female column has one hidden (kz) → the
        // smallest other female cell hides; and so on until every line is safe.
        let mut rows = vec![
            row(&["kz", "female"], 30),
            row(&["kz", "male"], 3),
            row(&["uz", "female"], 20),
            row(&["uz", "male"], 10),
            row(&["kg", "female"], 25),
            row(&["kg", "male"], 15),
        ];
        suppress(&mut rows, 2);
        // Every line has zero or at least two hidden cells.
        for key in ["kz", "uz", "kg"] {
            let n = rows
                .iter()
                .filter(|r| r.keys[0] == key && r.cells[0].hidden)
                .count();
            assert_ne!(n, 1, "{key}");
        }
        for key in ["female", "male"] {
            let n = rows
                .iter()
                .filter(|r| r.keys[1] == key && r.cells[0].hidden)
                .count();
            assert_ne!(n, 1, "{key}");
        }
        assert!(rows[1].cells[0].hidden);
    }

    #[test]
    fn zero_is_below_the_threshold() {
        let mut rows = vec![row(&["kz"], 0), row(&["uz"], 50), row(&["kg"], 60)];
        suppress(&mut rows, 1);
        assert_eq!(rows[0].cells[0].text(), "<5");
        assert_eq!(hidden(&rows), [true, true, false]);
    }
}
