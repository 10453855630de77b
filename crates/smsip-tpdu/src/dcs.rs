//! TP-DCS, TP-Data-Coding-Scheme (TS 23.040 §9.2.3.10, coded as TS 23.038 clause 4).

/// TP-DCS, kept as the octet received so reserved codings round-trip; the accessors interpret it.
///
/// ```
/// use smsip_tpdu::{Alphabet, Dcs, DcsGroup, MessageClass};
/// assert_eq!(Dcs(0x00).alphabet(), Alphabet::Gsm7);
/// assert_eq!(Dcs(0x08).alphabet(), Alphabet::Ucs2);
/// assert_eq!(Dcs(0x10).class(), Some(MessageClass::Class0));
/// assert_eq!(Dcs(0xF6).alphabet(), Alphabet::EightBit);
/// assert_eq!(Dcs(0xF6).class(), Some(MessageClass::Class2));
/// assert!(matches!(Dcs(0xC8).group(), DcsGroup::MessageWaiting { active: true, .. }));
/// // Reserved codings are read as the GSM 7-bit default alphabet (TS 23.038 clause 4).
/// assert_eq!(Dcs(0x84).alphabet(), Alphabet::Gsm7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Dcs(pub u8);

/// The character set of TP-UD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alphabet {
    /// GSM 7-bit default alphabet (TS 23.038 §6.2.1); TP-UDL counts septets.
    Gsm7,
    /// 8-bit data; TP-UDL counts octets.
    EightBit,
    /// UCS2, big-endian; TP-UDL counts octets.
    Ucs2,
}

/// Message class (TS 23.038 clause 4, bits 1..0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageClass {
    /// Class 0: immediate display ("flash").
    Class0,
    /// Class 1: ME-specific.
    Class1,
    /// Class 2: (U)SIM-specific.
    Class2,
    /// Class 3: TE-specific.
    Class3,
}

impl MessageClass {
    const fn from_bits(b: u8) -> Self {
        match b & 3 {
            0 => MessageClass::Class0,
            1 => MessageClass::Class1,
            2 => MessageClass::Class2,
            _ => MessageClass::Class3,
        }
    }
}

/// Indication type of a message-waiting DCS group (bits 1..0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaitingKind {
    /// Voicemail message waiting.
    Voicemail,
    /// Fax message waiting.
    Fax,
    /// Electronic mail message waiting.
    Email,
    /// Other message waiting.
    Other,
}

/// The coding group of a TP-DCS octet (TS 23.038 clause 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DcsGroup {
    /// 00xx: general data coding; 01xx: the same, marked for automatic deletion.
    General {
        /// Group 01xx: the MS deletes the message after reading.
        auto_delete: bool,
        /// Bit 5: text compressed per TS 23.042.
        compressed: bool,
        /// Bits 3..2 (`11` reserved, read as GSM 7-bit).
        alphabet_bits: u8,
        /// Bits 1..0 when bit 4 says they are a class.
        class: Option<MessageClass>,
    },
    /// 1000..1011: reserved coding groups (read as GSM 7-bit default alphabet).
    Reserved,
    /// 1100/1101/1110: message waiting indication.
    MessageWaiting {
        /// False for 1100 "discard message".
        store: bool,
        /// Bit 3: set the indication active.
        active: bool,
        /// Bits 1..0.
        kind: WaitingKind,
        /// Bit 2 (reserved, sent 0).
        reserved_bit: bool,
    },
    /// 1111: data coding / message class.
    DataCodingClass {
        /// Bit 2 set: 8-bit data, else GSM 7-bit.
        eight_bit: bool,
        /// Bits 1..0.
        class: MessageClass,
        /// Bit 3 (reserved, sent 0).
        reserved_bit: bool,
    },
}

impl Dcs {
    /// GSM 7-bit default alphabet, no class (0x00).
    pub const GSM7: Dcs = Dcs(0x00);
    /// 8-bit data, no class (0x04).
    pub const EIGHT_BIT: Dcs = Dcs(0x04);
    /// UCS2, no class (0x08).
    pub const UCS2: Dcs = Dcs(0x08);

    /// The coding group and its sub-fields.
    pub const fn group(self) -> DcsGroup {
        let d = self.0;
        match d >> 4 {
            0x0..=0x7 => DcsGroup::General {
                auto_delete: d & 0x40 != 0,
                compressed: d & 0x20 != 0,
                alphabet_bits: (d >> 2) & 3,
                class: if d & 0x10 != 0 {
                    Some(MessageClass::from_bits(d))
                } else {
                    None
                },
            },
            0x8..=0xB => DcsGroup::Reserved,
            0xC..=0xE => DcsGroup::MessageWaiting {
                store: d >> 4 != 0xC,
                active: d & 0x08 != 0,
                kind: match d & 3 {
                    0 => WaitingKind::Voicemail,
                    1 => WaitingKind::Fax,
                    2 => WaitingKind::Email,
                    _ => WaitingKind::Other,
                },
                reserved_bit: d & 0x04 != 0,
            },
            _ => DcsGroup::DataCodingClass {
                eight_bit: d & 0x04 != 0,
                class: MessageClass::from_bits(d),
                reserved_bit: d & 0x08 != 0,
            },
        }
    }

    /// The alphabet of TP-UD. Reserved codings are read as GSM 7-bit (TS 23.038 clause 4).
    pub const fn alphabet(self) -> Alphabet {
        match self.group() {
            DcsGroup::General {
                alphabet_bits: 1, ..
            } => Alphabet::EightBit,
            DcsGroup::General {
                alphabet_bits: 2, ..
            } => Alphabet::Ucs2,
            DcsGroup::MessageWaiting { .. } if self.0 >> 4 == 0xE => Alphabet::Ucs2,
            DcsGroup::DataCodingClass {
                eight_bit: true, ..
            } => Alphabet::EightBit,
            _ => Alphabet::Gsm7,
        }
    }

    /// Bit 5 of the general groups: user data compressed (TS 23.042).
    pub const fn compressed(self) -> bool {
        matches!(
            self.group(),
            DcsGroup::General {
                compressed: true,
                ..
            }
        )
    }

    /// True when TP-UDL counts septets: uncompressed GSM 7-bit (TS 23.040 §9.2.3.16).
    pub const fn udl_in_septets(self) -> bool {
        matches!(self.alphabet(), Alphabet::Gsm7) && !self.compressed()
    }

    /// The message class, when the coding group carries one.
    pub const fn class(self) -> Option<MessageClass> {
        match self.group() {
            DcsGroup::General { class, .. } => class,
            DcsGroup::DataCodingClass { class, .. } => Some(class),
            _ => None,
        }
    }

    /// True for the reserved coding groups and the reserved alphabet value `11`.
    pub const fn is_reserved(self) -> bool {
        matches!(
            self.group(),
            DcsGroup::Reserved
                | DcsGroup::General {
                    alphabet_bits: 3,
                    ..
                }
        )
    }
}
