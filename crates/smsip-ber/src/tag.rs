//! Identifier octets: tag class and number (X.690 §8.1.2).

use core::fmt;

/// The class of a tag: bits 8–7 of the first identifier octet (X.690 §8.1.2.2, Table 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Class {
    /// `00`: the types of X.680 (BOOLEAN, INTEGER, SEQUENCE, ...).
    Universal = 0,
    /// `01`: `[APPLICATION n]`, e.g. the TCAP message types (`62` Begin).
    Application = 1,
    /// `10`: `[n]`, the IMPLICIT field tags of MAP (`80`, `A0`, ...).
    ContextSpecific = 2,
    /// `11`: `[PRIVATE n]`.
    Private = 3,
}

impl Class {
    /// The class of bits 2–1 of `bits` (the identifier octet shifted right by 6).
    #[inline]
    pub const fn from_bits(bits: u8) -> Class {
        match bits & 3 {
            0 => Class::Universal,
            1 => Class::Application,
            2 => Class::ContextSpecific,
            _ => Class::Private,
        }
    }

    /// The two class bits (0..=3).
    #[inline]
    pub const fn bits(self) -> u8 {
        self as u8
    }
}

/// A tag: class and number. The primitive/constructed bit is *not* part of the tag (X.680 §8.6
/// requires distinct tags regardless of it); [`Element`](crate::Element) reports it separately.
///
/// ```
/// use smsip_ber::{Class, Tag};
/// assert_eq!(Tag::context(2), Tag::new(Class::ContextSpecific, 2));
/// assert_eq!(Tag::SEQUENCE.to_string(), "SEQUENCE");
/// assert_eq!(Tag::context(2).to_string(), "[2]");
/// assert_eq!(Tag::application(11).to_string(), "[APPLICATION 11]");
/// assert_eq!(Tag::context(31).identifier_len(), 2); // 9F 1F / BF 1F
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Tag {
    /// The class.
    pub class: Class,
    /// The number (any `u32`; numbers ≥ 31 use the high-tag-number form, X.690 §8.1.2.4).
    pub number: u32,
}

impl Tag {
    /// BOOLEAN (X.680 `[UNIVERSAL 1]`).
    pub const BOOLEAN: Tag = Tag::universal(1);
    /// INTEGER (`[UNIVERSAL 2]`).
    pub const INTEGER: Tag = Tag::universal(2);
    /// BIT STRING (`[UNIVERSAL 3]`).
    pub const BIT_STRING: Tag = Tag::universal(3);
    /// OCTET STRING (`[UNIVERSAL 4]`).
    pub const OCTET_STRING: Tag = Tag::universal(4);
    /// NULL (`[UNIVERSAL 5]`).
    pub const NULL: Tag = Tag::universal(5);
    /// OBJECT IDENTIFIER (`[UNIVERSAL 6]`).
    pub const OBJECT_IDENTIFIER: Tag = Tag::universal(6);
    /// EXTERNAL (`[UNIVERSAL 8]`), the TCAP dialogue portion's content.
    pub const EXTERNAL: Tag = Tag::universal(8);
    /// ENUMERATED (`[UNIVERSAL 10]`).
    pub const ENUMERATED: Tag = Tag::universal(10);
    /// UTF8String (`[UNIVERSAL 12]`).
    pub const UTF8_STRING: Tag = Tag::universal(12);
    /// SEQUENCE and SEQUENCE OF (`[UNIVERSAL 16]`).
    pub const SEQUENCE: Tag = Tag::universal(16);
    /// SET and SET OF (`[UNIVERSAL 17]`).
    pub const SET: Tag = Tag::universal(17);
    /// IA5String (`[UNIVERSAL 22]`).
    pub const IA5_STRING: Tag = Tag::universal(22);

    /// A tag of any class.
    #[inline]
    pub const fn new(class: Class, number: u32) -> Tag {
        Tag { class, number }
    }

    /// `[UNIVERSAL n]`.
    #[inline]
    pub const fn universal(number: u32) -> Tag {
        Tag::new(Class::Universal, number)
    }

    /// `[APPLICATION n]`.
    #[inline]
    pub const fn application(number: u32) -> Tag {
        Tag::new(Class::Application, number)
    }

    /// `[n]` (context-specific), the IMPLICIT field tags of MAP.
    #[inline]
    pub const fn context(number: u32) -> Tag {
        Tag::new(Class::ContextSpecific, number)
    }

    /// `[PRIVATE n]`.
    #[inline]
    pub const fn private(number: u32) -> Tag {
        Tag::new(Class::Private, number)
    }

    /// Number of identifier octets: 1 for numbers 0..=30, else 1 + the base-128 octets
    /// (X.690 §8.1.2.4).
    #[inline]
    pub const fn identifier_len(self) -> usize {
        if self.number < 31 {
            1
        } else {
            1 + base128_len(self.number as u64)
        }
    }

    /// The first identifier octet for this tag with the given P/C bit, when the number fits the
    /// low-tag-number form (0..=30); `None` otherwise.
    ///
    /// ```
    /// use smsip_ber::Tag;
    /// assert_eq!(Tag::context(0).identifier_octet(false), Some(0x80));
    /// assert_eq!(Tag::context(6).identifier_octet(true), Some(0xA6));
    /// assert_eq!(Tag::SEQUENCE.identifier_octet(true), Some(0x30));
    /// assert_eq!(Tag::context(31).identifier_octet(false), None);
    /// ```
    #[inline]
    pub const fn identifier_octet(self, constructed: bool) -> Option<u8> {
        if self.number < 31 {
            Some(self.first_octet(constructed) | self.number as u8)
        } else {
            None
        }
    }

    #[inline]
    pub(crate) const fn first_octet(self, constructed: bool) -> u8 {
        (self.class.bits() << 6) | if constructed { 0x20 } else { 0 }
    }

    /// True for the universal class.
    #[inline]
    pub const fn is_universal(self) -> bool {
        matches!(self.class, Class::Universal)
    }

    /// True for the context-specific class.
    #[inline]
    pub const fn is_context(self) -> bool {
        matches!(self.class, Class::ContextSpecific)
    }

    /// The X.680 name of a universal tag this crate has a constant for.
    pub const fn universal_name(self) -> Option<&'static str> {
        if !self.is_universal() {
            return None;
        }
        Some(match self.number {
            0 => "END-OF-CONTENTS",
            1 => "BOOLEAN",
            2 => "INTEGER",
            3 => "BIT STRING",
            4 => "OCTET STRING",
            5 => "NULL",
            6 => "OBJECT IDENTIFIER",
            8 => "EXTERNAL",
            10 => "ENUMERATED",
            12 => "UTF8String",
            16 => "SEQUENCE",
            17 => "SET",
            22 => "IA5String",
            _ => return None,
        })
    }
}

/// Octets needed for `v` in base 128 (at least one).
#[inline]
pub(crate) const fn base128_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = self.universal_name() {
            return f.write_str(name);
        }
        match self.class {
            Class::Universal => write!(f, "[UNIVERSAL {}]", self.number),
            Class::Application => write!(f, "[APPLICATION {}]", self.number),
            Class::ContextSpecific => write!(f, "[{}]", self.number),
            Class::Private => write!(f, "[PRIVATE {}]", self.number),
        }
    }
}

impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifier_lengths() {
        assert_eq!(Tag::context(30).identifier_len(), 1);
        assert_eq!(Tag::context(31).identifier_len(), 2);
        assert_eq!(Tag::context(127).identifier_len(), 2);
        assert_eq!(Tag::context(128).identifier_len(), 3);
        assert_eq!(Tag::context(u32::MAX).identifier_len(), 6);
    }
}
