//! Renderers of the neutral tree: an indented text tree for people and JSON for programs.
//! Neither knows any protocol; both read only [`crate::tree::Node`].

pub mod json;
pub mod text;
