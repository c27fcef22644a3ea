//! Every word this crate builds, and only here: `--check-profile`'s report
//! (`check_report`), a problem with the file (`issue_words`), the window's
//! banner about the profile in effect (`notice_words`) and a link's caption
//! (`link_caption`).

mod check_report;
mod issue_words;
mod link_caption;
mod notice_words;

pub use check_report::{check_profile_cli, check_profile_cli_on, render_issues_plain};
