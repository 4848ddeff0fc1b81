//! The one error type of the crate.
//!
//! Every failure a caller can cause (no text, invalid options) is an [`Error`] whose message says what
//! to do about it; at the JavaScript boundary it becomes a JS `Error` with that message. Nothing in the
//! pipeline panics on input: a panic inside the `.wasm` would reach the reader as an opaque trap.

use std::fmt;

/// What went wrong, with a message a person can act on.
///
/// # Examples
/// ```
/// let err = abridge::summarize("   ", &abridge::Options::default()).unwrap_err();
/// assert_eq!(err.to_string(), "There is no text to summarize: paste an article first.");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`], for callers that want to branch on them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is empty or only white space.
    EmptyText,
    /// The text has characters but not one word (binary junk, only punctuation or symbols).
    NoWords,
    /// An option is out of range or contradicts another; `field` names it as the caller spelled it.
    InvalidOption { field: String, reason: String },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn invalid_option(field: &str, reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidOption { field: field.to_string(), reason: reason.into() })
    }

    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::EmptyText => f.write_str("There is no text to summarize: paste an article first."),
            ErrorKind::NoWords => {
                f.write_str("The text has no words to summarize (only symbols, punctuation or unreadable characters).")
            }
            ErrorKind::InvalidOption { field, reason } => write!(f, "Invalid option `{field}`: {reason}."),
        }
    }
}

impl std::error::Error for Error {}
