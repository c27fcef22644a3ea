//! What the FAQ and the guide have in common: an answer's blocks with links
//! ready for the link card, and the help desk's card.

use super::{link_view, Facts, LinkView};
use crate::i18n::Arg;
use crate::sources::{self, Advice, Source};
use mfa_help::view::{HelpDeskContact, LabelledValue, RenderedBlock, Renderer};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerPanel {
    pub id: &'static str,
    pub title: String,
    /// What the answer rests on (`sources`), for FAQ answers.
    pub sources: Option<String>,
    pub blocks: Vec<HelpBlock>,
    pub help_desk: Option<HelpDeskCard>,
}

/// A block of an answer, with links ready for the window's link card.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum HelpBlock {
    Paragraph {
        text: String,
    },
    Steps {
        items: Vec<String>,
    },
    Bullets {
        items: Vec<String>,
    },
    Note {
        text: String,
    },
    /// Boxed: a link card is much larger than the other blocks.
    Link {
        link: Box<LinkView>,
    },
    Guide {
        node: &'static str,
        label: String,
    },
}

/// The help desk's contact from the profile, with its labels.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HelpDeskCard {
    pub title: String,
    /// "Phone" and its number, "Email" and its address…
    pub fields: Vec<LabelledValue>,
    /// Said about the contact itself (that it is the built-in example).
    pub notes: Vec<String>,
    pub page: Option<LinkView>,
    pub bring_title: Option<String>,
    pub bring: Vec<String>,
}

/// The blocks of an answer, with its links as link cards. A link the policy
/// refuses is left out.
pub(crate) fn help_blocks(facts: &Facts, blocks: Vec<RenderedBlock>) -> Vec<HelpBlock> {
    blocks
        .into_iter()
        .filter_map(|block| {
            Some(match block {
                RenderedBlock::Paragraph { text } => HelpBlock::Paragraph { text },
                RenderedBlock::Steps { items } => HelpBlock::Steps { items },
                RenderedBlock::Bullets { items } => HelpBlock::Bullets { items },
                RenderedBlock::Note { text } => HelpBlock::Note { text },
                RenderedBlock::Link { link } => HelpBlock::Link {
                    link: Box::new(link_view(facts, &link.id, false)?),
                },
                RenderedBlock::Guide { node, label } => HelpBlock::Guide {
                    node: node.as_str(),
                    label,
                },
            })
        })
        .collect()
}

/// The help desk's card from its contact details.
pub fn help_desk_card(facts: &Facts, contact: HelpDeskContact) -> HelpDeskCard {
    HelpDeskCard {
        fields: contact.fields().cloned().collect(),
        notes: contact.notes(),
        title: contact.title,
        page: contact
            .page
            .and_then(|link| link_view(facts, &link.id, false)),
        bring_title: (!contact.bring.is_empty()).then_some(contact.bring_title),
        bring: contact.bring,
    }
}

/// The help desk's card at the foot of a help panel, unless the answer on
/// show holds it already: whoever opens help may be locked out, and the
/// contact is what they need then.
pub(crate) fn foot_help_desk(facts: &Facts, answer: Option<&AnswerPanel>) -> Option<HelpDeskCard> {
    if answer.is_some_and(|a| a.help_desk.is_some()) {
        return None;
    }
    Some(help_desk_card(facts, help_desk_contact(facts)))
}

/// The help desk's contact, from the profile, in the person's language.
pub fn help_desk_contact(facts: &Facts) -> HelpDeskContact {
    Renderer::new(facts.texts, facts.locale, &facts.help_context()).help_desk(&[])
}

/// "Advice checked against Microsoft's pages on <date>."
pub(crate) fn advice_checked(facts: &Facts) -> String {
    facts.t_with(
        "faq-checked-on",
        &[(
            "date",
            Arg::from(&sources::ADVICE_CHECKED.written(facts.locale)),
        )],
    )
}

/// The offer at the foot of every help panel: copy what the help desk needs
/// to know (`Assistant::diagnostics`), to paste into an e-mail.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticsOffer {
    pub title: String,
    pub text: String,
    pub copy_label: String,
    pub copied_label: String,
    pub copy_failed_label: String,
}

pub(crate) fn diagnostics_offer(facts: &Facts) -> DiagnosticsOffer {
    DiagnosticsOffer {
        title: facts.t("diagnostics-offer-title"),
        text: facts.t("diagnostics-offer-text"),
        copy_label: facts.t("diagnostics-copy"),
        copied_label: facts.t("diagnostics-copied"),
        copy_failed_label: facts.t("diagnostics-copy-failed"),
    }
}

/// "Based on: the help desk's FAQ Q2; Microsoft Entra: …" for `advice`, from
/// the source table.
pub(crate) fn sources_line(facts: &Facts, advice: Advice) -> Option<String> {
    let traced = sources::of(advice)?;
    let names: Vec<String> = traced
        .sources
        .iter()
        .map(|source| match source {
            Source::Faq(n) => facts.t_with("sources-faq", &[("number", Arg::from(i64::from(*n)))]),
            Source::Page(page) => page.title.to_owned(),
        })
        .collect();
    Some(facts.t_with(
        "sources-based-on",
        &[
            (
                "sources",
                Arg::from(&names.join(&facts.t("sources-separator"))),
            ),
            ("date", Arg::from(&traced.checked.written(facts.locale))),
        ],
    ))
}
