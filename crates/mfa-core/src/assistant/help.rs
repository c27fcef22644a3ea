//! The help panels shown instead of the wizard step: the FAQ (search, topics,
//! answers) and the "I can't sign in" troubleshooting guide. The wizard stays
//! where it was underneath; closing the panel returns to it.

use super::Assistant;
use crate::faq;
use crate::help_content::NodeId;
use crate::problem::{IdKind, Problem};
use crate::troubleshoot;
use crate::view::{self, HelpPanelView, Screen};

/// Longer queries are cut: nobody types more, and search cost stays bounded.
const MAX_QUERY_CHARS: usize = 200;

/// Which help panel is open and where the user is in it; a language switch
/// re-renders the same place.
#[derive(Debug, Clone, Default)]
pub(super) enum HelpState {
    #[default]
    Closed,
    Faq {
        query: String,
        /// The answer shown open.
        open: Option<&'static str>,
    },
    /// The guide: the path of nodes walked, so "back" retraces it.
    Guide { path: Vec<NodeId> },
}

impl Assistant {
    /// Opens the FAQ with every question, grouped by topic.
    pub fn open_faq(&mut self) -> Screen {
        self.help = HelpState::Faq {
            query: String::new(),
            open: None,
        };
        self.screen()
    }

    /// Searches the FAQ (on every keystroke); an open answer stays open if it
    /// is still among the results.
    pub fn faq_search(&mut self, query: &str) -> Screen {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let open = match &self.help {
            HelpState::Faq { open, .. } => *open,
            _ => None,
        };
        self.help = HelpState::Faq { query, open };
        self.screen()
    }

    /// Opens (or, if open, closes) one FAQ answer.
    pub fn open_faq_answer(&mut self, id: &str) -> Result<Screen, Problem> {
        let entry = faq::entry(id).ok_or_else(|| Problem::unknown(IdKind::FaqAnswer, id))?;
        let (query, was_open) = match &self.help {
            HelpState::Faq { query, open } => (query.clone(), *open),
            _ => (String::new(), None),
        };
        let open = (was_open != Some(entry.id)).then_some(entry.id);
        self.help = HelpState::Faq { query, open };
        Ok(self.screen())
    }

    /// Opens the guide at its start, or at `node` (a register step's "this
    /// didn't work", or a FAQ answer's jump into the guide).
    pub fn open_troubleshoot(&mut self, node: Option<&str>) -> Result<Screen, Problem> {
        let node = match node {
            Some(id) => NodeId::parse(id).ok_or_else(|| Problem::unknown(IdKind::GuideNode, id))?,
            None => troubleshoot::root(),
        };
        self.help = HelpState::Guide { path: vec![node] };
        Ok(self.screen())
    }

    /// Follows a choice of the guide's current question.
    pub fn troubleshoot_choose(&mut self, node: &str) -> Result<Screen, Problem> {
        let next = NodeId::parse(node).ok_or_else(|| Problem::unknown(IdKind::GuideNode, node))?;
        match &mut self.help {
            HelpState::Guide { path } => path.push(next),
            _ => self.help = HelpState::Guide { path: vec![next] },
        }
        Ok(self.screen())
    }

    /// One step back in the guide (to the previous question).
    pub fn help_back(&mut self) -> Screen {
        if let HelpState::Guide { path } = &mut self.help {
            if path.len() > 1 {
                path.pop();
            }
        }
        self.screen()
    }

    /// Closes any help panel and returns to the wizard where the user left it.
    pub fn close_help(&mut self) -> Screen {
        self.help = HelpState::Closed;
        self.screen()
    }

    pub(super) fn help_view(&self) -> Option<HelpPanelView> {
        let facts = self.facts();
        match &self.help {
            HelpState::Closed => None,
            HelpState::Faq { query, open } => {
                Some(HelpPanelView::Faq(view::faq_panel(&facts, query, *open)))
            }
            HelpState::Guide { path } => {
                Some(HelpPanelView::Troubleshoot(view::guide_panel(&facts, path)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assistant::Startup;
    use crate::date::Date;
    use crate::i18n::Locale;
    use crate::profile::ProfileLoad;
    use crate::view::{FaqPanel, GuidePanel};

    fn assistant(locale: Locale) -> Assistant {
        Assistant::start(Startup {
            os_locale: locale,
            settings_path: None,
            profile: ProfileLoad::embedded(),
            today: Date::new(2026, 11, 25).unwrap(),
            computer: crate::computer::ThisComputer::running(),
        })
    }

    fn faq(screen: &Screen) -> &FaqPanel {
        match screen.help.as_ref().expect("a panel is open") {
            HelpPanelView::Faq(panel) => panel,
            other => panic!("not the FAQ: {other:?}"),
        }
    }

    fn guide(screen: &Screen) -> &GuidePanel {
        match screen.help.as_ref().expect("a panel is open") {
            HelpPanelView::Troubleshoot(panel) => panel,
            other => panic!("not the guide: {other:?}"),
        }
    }

    /// A PC without WebView2 hears why in its language, what to install, and
    /// how to reach the help desk: no window can open to say it.
    #[test]
    fn without_webview2_the_message_says_what_to_do_and_whom_to_call() {
        for (locale, word) in [(Locale::Ja, "インストール"), (Locale::En, "Install")] {
            let (title, text) = assistant(locale).missing_webview_message();
            assert!(!title.is_empty() && !title.contains('{'), "{title}");
            assert!(text.contains("WebView2") && text.contains(word), "{text}");
            assert!(
                text.contains("000-0000-0000"),
                "the help desk's phone: {text}"
            );
        }
    }

    #[test]
    fn the_help_desk_contact_is_at_the_foot_of_both_panels_once() {
        for locale in [Locale::Ja, Locale::En] {
            let mut a = assistant(locale);
            let screen = a.open_faq();
            let card = faq(&screen).help_desk.as_ref().expect("contact on the FAQ");
            assert!(card.fields.iter().any(|f| f.value == "000-0000-0000"));
            assert!(!faq(&screen).checked_on.is_empty());
            // An answer that carries the contact itself: not twice.
            let screen = a.open_faq_answer("forgot-phone").unwrap();
            assert!(faq(&screen)
                .open_answer
                .as_ref()
                .unwrap()
                .help_desk
                .is_some());
            assert!(faq(&screen).help_desk.is_none());
            let screen = a.open_troubleshoot(None).unwrap();
            assert!(guide(&screen).help_desk.is_some(), "contact on the guide");
            assert!(guide(&screen).checked_on.contains("2026"));
        }
    }

    #[test]
    fn the_faq_lists_all_questions_by_topic_and_searches() {
        let mut a = assistant(Locale::Ja);
        let screen = a.open_faq();
        let all: usize = faq(&screen).groups.iter().map(|g| g.questions.len()).sum();
        assert_eq!(all, faq::entries().len());
        let screen = a.faq_search("スマホを忘れた");
        let found = faq(&screen);
        assert!(found.results_count.is_some());
        assert!(!found.groups[0].questions.is_empty(), "{found:?}");
        let screen = a.faq_search("zzzzqqq");
        assert!(faq(&screen).no_results.is_some());
    }

    #[test]
    fn an_open_answer_survives_a_language_switch() {
        let mut a = assistant(Locale::En);
        a.open_faq();
        let id = faq::entries()[0].id;
        let screen = a.open_faq_answer(id).unwrap();
        let english = faq(&screen).open_answer.clone().unwrap();
        let screen = a.set_locale("ja").unwrap();
        let japanese = faq(&screen).open_answer.clone().unwrap();
        assert_eq!(english.id, japanese.id);
        assert_ne!(english.title, japanese.title);
        // Clicking the open question again closes it.
        assert!(faq(&a.open_faq_answer(id).unwrap()).open_answer.is_none());
    }

    #[test]
    fn the_guide_walks_forward_and_back_and_closes_to_the_wizard() {
        let mut a = assistant(Locale::En);
        let start = a.open_troubleshoot(None).unwrap();
        let question = guide(&start).question.clone().unwrap();
        assert!(guide(&start).back_label.is_none());
        let next = question.choices[0].next;
        let screen = a.troubleshoot_choose(next).unwrap();
        assert!(guide(&screen).back_label.is_some());
        let back = a.help_back();
        assert_eq!(guide(&back).question.as_ref().unwrap().id, question.id);
        assert!(a.close_help().help.is_none());
    }

    #[test]
    fn every_path_of_the_guide_ends_in_an_answer_with_text_in_both_locales() {
        for locale in Locale::ALL {
            let mut a = assistant(locale);
            let mut to_visit = vec![troubleshoot::root().as_str()];
            let mut seen = std::collections::BTreeSet::new();
            let mut answers = 0;
            while let Some(node) = to_visit.pop() {
                if !seen.insert(node) {
                    continue;
                }
                let screen = a.open_troubleshoot(Some(node)).unwrap();
                let panel = guide(&screen);
                match (&panel.question, &panel.answer) {
                    (Some(q), None) => {
                        assert!(!q.choices.is_empty(), "{node} has no way forward");
                        to_visit.extend(q.choices.iter().map(|c| c.next));
                    }
                    (None, Some(answer)) => {
                        assert!(!answer.blocks.is_empty(), "{node} is empty");
                        assert!(!answer.title.starts_with("ts-"), "{locale:?} {node}");
                        answers += 1;
                    }
                    _ => panic!("{node} is neither a question nor an answer"),
                }
            }
            assert!(answers >= 10, "only {answers} answers reached");
        }
    }

    #[test]
    fn unknown_ids_are_refused_and_change_nothing() {
        let mut a = assistant(Locale::En);
        a.open_faq();
        assert!(a.open_faq_answer("no-such-answer").is_err());
        assert!(a.open_troubleshoot(Some("nowhere")).is_err());
        assert!(matches!(a.screen().help, Some(HelpPanelView::Faq(_))));
    }

    #[test]
    fn an_overlong_query_is_cut() {
        let mut a = assistant(Locale::En);
        let screen = a.faq_search(&"x".repeat(10_000));
        assert_eq!(faq(&screen).query.chars().count(), MAX_QUERY_CHARS);
    }
}
