//! Where start-up time goes, for the benchmark: named moments in Rust and in
//! the page, each in milliseconds since the process started, printed as one
//! `timeline` line beside `ready` when `MFA_ASSISTANT_REPORT_READY=1`.
//!
//! The page's clock is its `performance.timeOrigin` plus `performance.now()`,
//! milliseconds since the Unix epoch; both processes read the same wall clock,
//! so the page's moments land on the same axis as Rust's.

use std::sync::Mutex;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// At most this many moments from the page are kept: the page is ours, but a
/// report line stays a line.
const MAX_PAGE_MARKS: usize = 32;

pub struct Timeline {
    started: Instant,
    /// When the process started, in milliseconds since the Unix epoch.
    started_epoch_ms: f64,
    marks: Mutex<Vec<(String, f64)>>,
}

impl Timeline {
    /// A timeline whose zero is `started` (taken first thing in `main`).
    pub fn new(started: Instant) -> Timeline {
        let now_epoch_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        Timeline {
            started,
            started_epoch_ms: now_epoch_ms - elapsed_ms(started),
            marks: Mutex::new(vec![]),
        }
    }

    /// Milliseconds since the process started.
    pub fn elapsed_ms(&self) -> f64 {
        elapsed_ms(self.started)
    }

    /// Records that `name` happened now.
    pub fn mark(&self, name: &str) {
        let at = self.elapsed_ms();
        self.lock().push((name.to_owned(), at));
    }

    /// Records the page's moments, given in milliseconds since the Unix epoch.
    pub fn page_marks(&self, marks: &[(String, f64)]) {
        let mut kept = self.lock();
        for (name, epoch_ms) in marks.iter().take(MAX_PAGE_MARKS) {
            if epoch_ms.is_finite() {
                kept.push((page_name(name), epoch_ms - self.started_epoch_ms));
            }
        }
    }

    /// `timeline name=ms …`, in the order the moments happened.
    pub fn line(&self) -> String {
        let mut marks = self.lock().clone();
        marks.sort_by(|a, b| a.1.total_cmp(&b.1));
        let moments: Vec<String> = marks
            .iter()
            .map(|(name, at)| format!("{name}={at:.0}"))
            .collect();
        format!("timeline {}", moments.join(" "))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, f64)>> {
        self.marks.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn elapsed_ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// A page's name for a moment, kept to letters, digits and dashes so that the
/// line splits on spaces and `=`.
fn page_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .take(40)
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("page-{cleaned}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_moments_land_on_the_process_clock_in_order() {
        let timeline = Timeline::new(Instant::now());
        timeline.mark("setup");
        let epoch_ms = |after_start_ms: f64| timeline.started_epoch_ms + after_start_ms;
        timeline.page_marks(&[
            ("first screen".to_owned(), epoch_ms(250.0)),
            ("module".to_owned(), epoch_ms(120.0)),
            ("broken".to_owned(), f64::NAN),
        ]);
        let line = timeline.line();
        let names: Vec<&str> = line
            .split(' ')
            .skip(1)
            .map(|m| m.split('=').next().unwrap())
            .collect();
        assert_eq!(names, ["setup", "page-module", "page-first-screen"]);
        assert!(
            line.ends_with("page-module=120 page-first-screen=250"),
            "{line}"
        );
    }

    #[test]
    fn a_flood_of_page_moments_is_cut() {
        let timeline = Timeline::new(Instant::now());
        let many: Vec<(String, f64)> = (0..100).map(|i| (format!("m{i}"), 1.0)).collect();
        timeline.page_marks(&many);
        assert_eq!(timeline.line().matches('=').count(), MAX_PAGE_MARKS);
    }
}
