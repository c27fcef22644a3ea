//! Every word this crate builds, and only here: the help content formatted in
//! the person's language (`blocks`), an FAQ entry (`faq_entry`) and a node of
//! the guide (`guide_node`) ready to show. `mfa-core`'s views place them on
//! the screen.

mod blocks;
mod faq_entry;
mod guide_node;

#[cfg(test)]
pub use blocks::RENDERER_MESSAGE_IDS;
pub use blocks::{
    help_desk_name, line_state_word, HelpDeskContact, LabelledValue, RenderedBlock, Renderer,
};
pub use faq_entry::FaqEntryView;
#[cfg(test)]
pub use guide_node::LABEL_MESSAGE_IDS;
pub use guide_node::{guide_labels, guide_node, ChoiceView, GuideLabels, NodeView, RelatedFaq};
