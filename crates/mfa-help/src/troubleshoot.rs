//! "I can't sign in": a decision guide of plain questions that ends at a concrete
//! answer with steps.
//!
//! People who are stuck do not know what their problem is called, so the guide asks
//! what they see rather than what went wrong, a few questions at most. The tree is
//! data (`tree`) so a test can walk every path: each ends at an answer, none loops,
//! every node is reachable, every message exists in both locales. Answers reuse the
//! FAQ's block types, and name the FAQ entries that say more.
//!
//! The registration screens jump in halfway: [`entry_for_method`] gives the part of
//! the guide for the method whose "this didn't work" was pressed.

mod tree;

#[cfg(test)]
mod tests;

use crate::help_content::{Block, NodeId};
use crate::method::MethodId;

impl NodeId {
    /// The node the window names, if the guide has it.
    pub fn parse(id: &str) -> Option<NodeId> {
        tree::NODES.iter().map(Node::id).find(|n| n.0 == id)
    }
}

/// A step of the guide: a question to answer, or the answer at the end of a path.
#[derive(Debug, PartialEq, Eq)]
pub enum Node {
    Question(Question),
    Answer(Answer),
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> NodeId {
        match self {
            Node::Question(q) => q.id,
            Node::Answer(a) => a.id,
        }
    }
}

/// A plain question with a few choices, each leading to another node.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: NodeId,
    /// Fluent id of the question.
    pub prompt: &'static str,
    pub choices: &'static [Choice],
}

/// One choice of a question.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    /// Fluent id of the choice's label.
    pub label: &'static str,
    pub next: NodeId,
}

/// Where a path ends: what to do, step by step.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    pub id: NodeId,
    /// Fluent id of the answer's title.
    pub title: &'static str,
    pub blocks: &'static [Block],
    /// Whether the way out may need the help desk, so the window shows its
    /// contact card from the profile.
    pub needs_help_desk: bool,
    /// What to bring to the help desk (Fluent ids), e.g. photo ID in person.
    pub bring: &'static [&'static str],
    /// FAQ entries that say more (their ids).
    pub related_faq: &'static [&'static str],
}

/// Where the guide starts.
pub fn root() -> NodeId {
    NodeId::START
}

/// The node `id` names.
pub fn node(id: NodeId) -> &'static Node {
    tree::NODES
        .iter()
        .find(|n| n.id() == id)
        .expect("every NodeId names a node of the tree (checked by the tests)")
}

/// Every node, questions first, for the window's tests and for the checks here.
#[cfg(test)]
pub fn nodes() -> &'static [Node] {
    tree::NODES
}

/// Where the guide starts for a registration step's "this didn't work": the
/// questions about that method, skipping those that do not apply.
pub fn entry_for_method(method: MethodId) -> NodeId {
    match method {
        // The "Phone" slot can text or call, so ask which.
        MethodId::Phone => NodeId("phone-way"),
        MethodId::AlternatePhone | MethodId::OfficePhone => NodeId::VOICE_CALL,
        MethodId::Authenticator => NodeId("app-setup"),
        MethodId::Passkey => NodeId::PASSKEY_SETUP,
        MethodId::SyncedPasskey => NodeId("synced-passkey-setup"),
        MethodId::WindowsPasskey => NodeId("windows-passkey-setup"),
        MethodId::SecurityKey => NodeId("security-key-setup"),
        MethodId::OathToken => NodeId("oath-token-setup"),
    }
}
