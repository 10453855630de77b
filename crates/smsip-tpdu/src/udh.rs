//! The User Data Header and its information elements (TS 23.040 §9.2.3.24).

use crate::{Address, DecodeError, EncodeError};
use smsip_core::{Reader, Sink};

smsip_core::open_enum! {
    /// IEI, the Information-Element-Identifier (TS 23.040 §9.2.3.24, Table 9.2.3.24).
    pub struct Iei(u8) {
        /// Concatenated short messages, 8-bit reference number.
        CONCAT_8 = 0x00 => "Concatenated short messages, 8-bit reference number",
        /// Special SMS Message Indication.
        SPECIAL_SMS = 0x01 => "Special SMS Message Indication",
        /// Application port addressing scheme, 8-bit address.
        PORTS_8 = 0x04 => "Application port addressing scheme, 8 bit address",
        /// Application port addressing scheme, 16-bit address.
        PORTS_16 = 0x05 => "Application port addressing scheme, 16 bit address",
        /// SMSC Control Parameters.
        SMSC_CONTROL = 0x06 => "SMSC Control Parameters",
        /// UDH Source Indicator.
        UDH_SOURCE = 0x07 => "UDH Source Indicator",
        /// Concatenated short messages, 16-bit reference number.
        CONCAT_16 = 0x08 => "Concatenated short message, 16-bit reference number",
        /// Wireless Control Message Protocol.
        WCMP = 0x09 => "Wireless Control Message Protocol",
        /// Text Formatting.
        TEXT_FORMATTING = 0x0A => "Text Formatting",
        /// Predefined Sound.
        PREDEFINED_SOUND = 0x0B => "Predefined Sound",
        /// User Defined Sound (iMelody max 128 bytes).
        USER_DEFINED_SOUND = 0x0C => "User Defined Sound (iMelody max 128 bytes)",
        /// Predefined Animation.
        PREDEFINED_ANIMATION = 0x0D => "Predefined Animation",
        /// Large Animation.
        LARGE_ANIMATION = 0x0E => "Large Animation (16*16 times 4 = 32*4 =128 bytes)",
        /// Small Animation.
        SMALL_ANIMATION = 0x0F => "Small Animation (8*8 times 4 = 8*4 =32 bytes)",
        /// Large Picture.
        LARGE_PICTURE = 0x10 => "Large Picture (32*32 = 128 bytes)",
        /// Small Picture.
        SMALL_PICTURE = 0x11 => "Small Picture (16*16 = 32 bytes)",
        /// Variable Picture.
        VARIABLE_PICTURE = 0x12 => "Variable Picture",
        /// User prompt indicator.
        USER_PROMPT = 0x13 => "User prompt indicator",
        /// Extended Object.
        EXTENDED_OBJECT = 0x14 => "Extended Object",
        /// Reused Extended Object.
        REUSED_EXTENDED_OBJECT = 0x15 => "Reused Extended Object",
        /// Compression Control.
        COMPRESSION_CONTROL = 0x16 => "Compression Control",
        /// Object Distribution Indicator.
        OBJECT_DISTRIBUTION = 0x17 => "Object Distribution Indicator",
        /// Standard WVG object.
        WVG_OBJECT = 0x18 => "Standard WVG object",
        /// Character Size WVG object.
        CHAR_SIZE_WVG_OBJECT = 0x19 => "Character Size WVG object",
        /// Extended Object Data Request Command.
        EXTENDED_OBJECT_REQUEST = 0x1A => "Extended Object Data Request Command",
        /// RFC 822 E-Mail Header.
        RFC822_HEADER = 0x20 => "RFC 822 E-Mail Header",
        /// Hyperlink format element.
        HYPERLINK = 0x21 => "Hyperlink format element",
        /// Reply Address Element.
        REPLY_ADDRESS = 0x22 => "Reply Address Element",
        /// Enhanced Voice Mail Information.
        ENHANCED_VOICE_MAIL = 0x23 => "Enhanced Voice Mail Information",
        /// National Language Single Shift.
        NATIONAL_SINGLE_SHIFT = 0x24 => "National Language Single Shift",
        /// National Language Locking Shift.
        NATIONAL_LOCKING_SHIFT = 0x25 => "National Language Locking Shift",
    }
}

/// One information element: IEI and its data, borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Ie<'a> {
    /// Information-Element-Identifier.
    pub iei: Iei,
    /// Information-Element-Data (at most 255 octets).
    pub data: &'a [u8],
}

/// Concatenation information (IE 0x00 or 0x08, TS 23.040 §9.2.3.24.1 and §9.2.3.24.8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Concat {
    /// Reference number (8-bit values stay below 256).
    pub reference: u16,
    /// True for IE 0x08 (16-bit reference, big-endian).
    pub wide: bool,
    /// Maximum number of short messages (1..=255).
    pub total: u8,
    /// Sequence number of this part (1..=total).
    pub seq: u8,
}

/// Application port addressing (IE 0x04 or 0x05, TS 23.040 §9.2.3.24.3/§9.2.3.24.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ports {
    /// Destination port.
    pub destination: u16,
    /// Originator port.
    pub originator: u16,
    /// True for IE 0x05 (16-bit ports).
    pub wide: bool,
}

/// Special SMS Message Indication (IE 0x01, TS 23.040 §9.2.3.24.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpecialSms {
    /// Bit 7 of octet 1: store the message (else discard after updating the indication).
    pub store: bool,
    /// Bits 6..5: profile ID (0..=3 for profiles 1..=4).
    pub profile: u8,
    /// Bits 4..2: extended message indication type (1 = video message waiting).
    pub extended_type: u8,
    /// Bits 1..0: 0 voice, 1 fax, 2 e-mail, 3 extended type.
    pub basic_type: u8,
    /// Octet 2: number of messages waiting (255 = 255 or more).
    pub count: u8,
}

/// A typed reading of an IE whose layout TS 23.040 defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IeValue {
    /// IE 0x00 or 0x08.
    Concat(Concat),
    /// IE 0x01.
    SpecialSms(SpecialSms),
    /// IE 0x04 or 0x05.
    Ports(Ports),
    /// IE 0x24: National Language Identifier of the single shift table.
    NationalSingleShift(u8),
    /// IE 0x25: National Language Identifier of the locking shift table.
    NationalLockingShift(u8),
    /// IE 0x22.
    ReplyAddress(Address),
}

impl<'a> Ie<'a> {
    /// The typed value, when the IE is one of [`IeValue`]'s and its data is valid. Per
    /// TS 23.040 §9.2.3.24 a receiver ignores an IE with invalid content (e.g. concatenation
    /// with 0 parts or a sequence number above the total): that gives `None` here.
    ///
    /// ```
    /// use smsip_tpdu::udh::{Ie, Iei, IeValue, Concat};
    /// let ie = Ie { iei: Iei::CONCAT_16, data: &[0x0A, 0x01, 0x03, 0x02] };
    /// assert_eq!(ie.value(), Some(IeValue::Concat(Concat { reference: 0x0A01, wide: true, total: 3, seq: 2 })));
    /// ```
    pub fn value(&self) -> Option<IeValue> {
        match (self.iei, self.data) {
            (Iei::CONCAT_8, &[r, total, seq]) => concat(u16::from(r), false, total, seq),
            (Iei::CONCAT_16, &[r0, r1, total, seq]) => {
                concat(u16::from_be_bytes([r0, r1]), true, total, seq)
            }
            (Iei::SPECIAL_SMS, &[a, count]) => Some(IeValue::SpecialSms(SpecialSms {
                store: a & 0x80 != 0,
                profile: (a >> 5) & 3,
                extended_type: (a >> 2) & 7,
                basic_type: a & 3,
                count,
            })),
            (Iei::PORTS_8, &[d, o]) => Some(IeValue::Ports(Ports {
                destination: u16::from(d),
                originator: u16::from(o),
                wide: false,
            })),
            (Iei::PORTS_16, &[d0, d1, o0, o1]) => Some(IeValue::Ports(Ports {
                destination: u16::from_be_bytes([d0, d1]),
                originator: u16::from_be_bytes([o0, o1]),
                wide: true,
            })),
            (Iei::NATIONAL_SINGLE_SHIFT, &[n]) => Some(IeValue::NationalSingleShift(n)),
            (Iei::NATIONAL_LOCKING_SHIFT, &[n]) => Some(IeValue::NationalLockingShift(n)),
            (Iei::REPLY_ADDRESS, d) => {
                let mut r = Reader::new(d);
                let a = Address::decode(&mut r, "Reply Address").ok()?;
                r.is_empty().then_some(IeValue::ReplyAddress(a))
            }
            _ => None,
        }
    }

    /// Octets the IE encodes to (IEI, IEDL, data).
    pub fn encoded_len(&self) -> usize {
        2 + self.data.len()
    }

    /// Writes IEI, IEDL and data.
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        let len = u8::try_from(self.data.len())
            .map_err(|_| EncodeError::invalid("IEDL", "IE data longer than 255 octets"))?;
        out.put(self.iei.0);
        out.put(len);
        out.put_slice(self.data);
        Ok(())
    }
}

fn concat(reference: u16, wide: bool, total: u8, seq: u8) -> Option<IeValue> {
    (total != 0 && seq != 0 && seq <= total).then_some(IeValue::Concat(Concat {
        reference,
        wide,
        total,
        seq,
    }))
}

/// A User Data Header: the IEs after UDHL, borrowed. Iteration is lazy.
///
/// ```
/// use smsip_tpdu::udh::{Udh, Concat};
/// let udh = Udh::parse(&[0x05, 0x00, 0x03, 0xA5, 0x02, 0x01]).unwrap();
/// assert_eq!(udh.concat(), Some(Concat { reference: 0xA5, wide: false, total: 2, seq: 1 }));
/// assert_eq!(udh.ies().count(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Udh<'a> {
    ies: &'a [u8],
    base: usize,
}

impl<'a> Udh<'a> {
    /// Reads UDHL and takes that many octets; `bytes` must hold at least UDHL + 1 octets
    /// (octets after the header are not looked at).
    pub fn parse(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        Self::parse_at(bytes, 0)
    }

    pub(crate) fn parse_at(bytes: &'a [u8], base: usize) -> Result<Self, DecodeError> {
        let mut r = Reader::with_base(bytes, base);
        let udhl = r.u8("UDHL")?;
        let ies = r.take(usize::from(udhl), "UDH")?;
        Ok(Udh {
            ies,
            base: base + 1,
        })
    }

    /// The IE octets (without UDHL).
    pub fn as_bytes(&self) -> &'a [u8] {
        self.ies
    }

    /// Octets of the header including UDHL.
    pub fn len(&self) -> usize {
        self.ies.len() + 1
    }

    /// True when UDHL is 0.
    pub fn is_empty(&self) -> bool {
        self.ies.is_empty()
    }

    /// The IEs in order. A final IE that does not fit in UDHL yields one error, then the
    /// iterator ends.
    pub fn ies(&self) -> IeIter<'a> {
        IeIter {
            r: Reader::with_base(self.ies, self.base),
            failed: false,
        }
    }

    /// False when an IE crosses the end of the header. TS 23.040 §9.2.3.24 says to ignore the
    /// whole header then, and [`Udh::concat`] and the other lookups return `None`.
    pub fn is_well_formed(&self) -> bool {
        self.ies().all(|r| r.is_ok())
    }

    /// The last occurrence of a valid IE accepted by `f` (TS 23.040 §9.2.3.24: a repeated
    /// non-repeatable IE, or mutually exclusive IEs, resolve to the last one).
    fn last<T>(&self, f: impl Fn(IeValue) -> Option<T>) -> Option<T> {
        if !self.is_well_formed() {
            return None;
        }
        self.ies()
            .filter_map(|ie| ie.ok()?.value())
            .filter_map(f)
            .last()
    }

    /// Concatenation information (IE 0x00 or 0x08).
    pub fn concat(&self) -> Option<Concat> {
        self.last(|v| match v {
            IeValue::Concat(c) => Some(c),
            _ => None,
        })
    }

    /// Application ports (IE 0x04 or 0x05).
    pub fn ports(&self) -> Option<Ports> {
        self.last(|v| match v {
            IeValue::Ports(p) => Some(p),
            _ => None,
        })
    }

    /// The single shift NLI (IE 0x24).
    pub fn national_single_shift(&self) -> Option<u8> {
        self.last(|v| match v {
            IeValue::NationalSingleShift(n) => Some(n),
            _ => None,
        })
    }

    /// The locking shift NLI (IE 0x25).
    pub fn national_locking_shift(&self) -> Option<u8> {
        self.last(|v| match v {
            IeValue::NationalLockingShift(n) => Some(n),
            _ => None,
        })
    }
}

/// Iterator over the IEs of a [`Udh`].
#[derive(Debug, Clone)]
pub struct IeIter<'a> {
    r: Reader<'a>,
    failed: bool,
}

impl<'a> Iterator for IeIter<'a> {
    type Item = Result<Ie<'a>, DecodeError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.r.is_empty() {
            return None;
        }
        let item = (|| {
            let iei = Iei(self.r.u8("IEI")?);
            let len = self.r.u8("IEDL")?;
            let data = self.r.take(usize::from(len), "IED")?;
            Ok(Ie { iei, data })
        })();
        self.failed = item.is_err();
        Some(item)
    }
}

impl core::iter::FusedIterator for IeIter<'_> {}

/// Writes a User Data Header (UDHL then the IEs) and returns its length including UDHL.
///
/// ```
/// use smsip_tpdu::udh::{encode_udh, Ie, Iei};
/// let mut out = Vec::new();
/// let n = encode_udh(&[Ie { iei: Iei::CONCAT_8, data: &[0xA5, 2, 1] }], &mut out).unwrap();
/// assert_eq!((n, out.as_slice()), (6, &[0x05, 0x00, 0x03, 0xA5, 0x02, 0x01][..]));
/// ```
pub fn encode_udh<S: Sink + ?Sized>(ies: &[Ie<'_>], out: &mut S) -> Result<usize, EncodeError> {
    let len: usize = ies.iter().map(Ie::encoded_len).sum();
    let udhl = u8::try_from(len)
        .ok()
        .filter(|&l| l <= 139)
        .ok_or(EncodeError::invalid(
            "UDHL",
            "header longer than 139 octets",
        ))?;
    out.put(udhl);
    for ie in ies {
        ie.encode(out)?;
    }
    Ok(len + 1)
}
