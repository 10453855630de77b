//! The encode side of long messages: a text or binary payload becomes the complete list of
//! SMS-SUBMIT or SMS-DELIVER TPDUs (TS 23.040 §9.2.3.24.1 concatenation), and the `<CR>`
//! padding of the octet-counted GSM 7-bit contexts (TS 23.038 §6.1.2.3.1).
//!
//! # Splitting
//!
//! [`SubmitBuilder`] and [`DeliverBuilder`] take a `&str` (or 8-bit data) and return a
//! [`SplitMessage`]: one TPDU when the payload fits, otherwise concatenated segments that each
//! carry, in their User Data Header (TS 23.040 §9.2.3.24), in this order:
//!
//! * the concatenation IE, with the caller's 8-bit (IE 0x00, §9.2.3.24.1) or 16-bit (IE 0x08,
//!   §9.2.3.24.8) reference: a fixed [`Reference`] or one drawn from a [`ReferenceCounter`] the
//!   caller owns (only when the message needs several segments). Never random;
//! * application port addressing, 8-bit (IE 0x04, §9.2.3.24.3) or 16-bit (IE 0x05,
//!   §9.2.3.24.4), when asked for: in every segment;
//! * the national language single shift (IE 0x24, §9.2.3.24.15) and locking shift (IE 0x25,
//!   §9.2.3.24.16) IEs of the chosen tables: in every segment, since each segment is decoded
//!   with its own header (TS 23.038 §6.2.1.2.4, alphabet.md §4.1).
//!
//! The per-segment capacity counts every UDH octet and, in GSM 7-bit, the fill bits that put
//! the text on a septet boundary (TS 23.040 §9.2.3.24, alphabet.md §5.2): 160 septets alone,
//! 153 with an 8-bit reference, 152 with a 16-bit one, 146 with both shift IEs; UCS2 70 / 67 /
//! 66 characters; 8-bit data 140 / 134 / 133 octets. A segment boundary never cuts an ESC pair
//! (ESC + single shift code, TS 23.038 §6.2.1.1) nor a UTF-16 surrogate pair (alphabet.md §7):
//! the segment ends one unit short instead.
//!
//! The encoding is the cheapest one ([`AlphabetMode::Auto`]): the GSM 7-bit default alphabet,
//! else a national (locking, single shift) table pair among the [`Languages`] the caller
//! allows, else UCS2 (the policy of [`choose_with`](crate::alphabet::select::choose_with),
//! counted here with the port IE too). The resulting [`Choice`] is on the message
//! ([`SplitMessage::choice`], [`SplitMessage::forced_by`] says which character forced UCS2).
//!
//! [`Languages`]: crate::alphabet::select::Languages
//! [`Choice`]: crate::alphabet::select::Choice
//!
//! ```
//! use smsip_tpdu::{Address, Timestamp};
//! use smsip_tpdu::alphabet::select::{Encoding, Languages};
//! use smsip_tpdu::split::{DeliverBuilder, ReferenceCounter};
//!
//! let mut refs = ReferenceCounter::ref16(0x1234); // owned by the caller, e.g. per recipient
//! let text = "Yarın görüşürüz, şimdi çıkıyorum. ".repeat(6); // 204 characters
//! let msg = DeliverBuilder::new(Address::international("+905321234567").unwrap(),
//!                               Timestamp::new(25, 1, 2, 10, 0, 0, 12).unwrap())
//!     .text(&text)
//!     .languages(Languages::TURKISH)
//!     .reference_counter(&mut refs)
//!     .build()
//!     .unwrap();
//! assert_eq!(msg.encoding(), Encoding::Gsm7 { locking: 1, single: 0 });
//! assert_eq!(msg.len(), 2); // 204 septets, 148 per segment (16-bit reference + IE 0x25)
//! let mut back = String::new();
//! for seg in &msg {
//!     seg.deliver().unwrap().text_into(&mut back);
//! }
//! assert_eq!(back, text);
//! assert_eq!(refs.peek().value(), 0x1235);
//! ```
//!
//! # `<CR>` padding
//!
//! USSD and cell broadcast pages carry an octet count, not a septet count, so a receiver reads
//! `floor(8 * octets / 7)` septets; TS 23.038 §6.1.2.3.1 (and §6.1.2.2 for CBS) has the sender
//! fill 7 spare bits with `<CR>` rather than leave a 0x00 (`@`), and double a wanted final
//! `<CR>` that ends on an octet boundary. [`pack_with_cr_padding`] and
//! [`pack_text_with_cr_padding`] do that, [`strip_cr_padding`] and [`decode_cr_padded`] undo
//! it (receiver rule: drop a final `<CR>` that ends on an octet boundary).
//!
//! **SMS TP-UD is not padded.** TP-UDL counts the septets exactly (TS 23.040 §9.2.3.16), so the
//! receiver never reads the spare bits and the rule of §6.1.2.3.1 (written for USSD) has
//! nothing to do; the builders leave the spare bits 0, as [`UserDataBuf`] does, and SMS
//! decoding uses TP-UDL only (alphabet.md §5.3).
//!
//! [`UserDataBuf`]: crate::UserDataBuf
//!
//! The builders need the `alloc` feature; the `<CR>` padding functions do not.

// The builders the docs link to need `alloc`.
#![cfg_attr(not(feature = "alloc"), allow(rustdoc::broken_intra_doc_links))]

use crate::alphabet::septets::{Packer, Septets};
use crate::alphabet::{self, Gsm7Chars};
use crate::EncodeError;
use smsip_core::Sink;

/// `<CR>` (TS 23.038 §6.2.1: code 0x0D of the default alphabet).
pub const CR: u8 = 0x0D;

/// Packs `septets` for a context that counts octets, not septets (USSD, CBS), with the `<CR>`
/// padding of TS 23.038 §6.1.2.3.1; returns the octets written.
///
/// * `8n - 1` septets leave 7 spare bits, which a receiver would read as `@`: they hold `<CR>`.
/// * A message whose last septet is `<CR>` and that ends on an octet boundary gets another
///   `<CR>` and a 0 padding bit, so that the receiver does not strip the wanted one.
///
/// Not for SMS TP-UD, whose TP-UDL counts septets (see the [module](crate::split) docs).
///
/// ```
/// use smsip_tpdu::split::pack_with_cr_padding;
/// let mut out = Vec::new();
/// assert_eq!(pack_with_cr_padding(b"1234567", &mut out), 7);
/// assert_eq!(out, [0x31, 0xD9, 0x8C, 0x56, 0xB3, 0xDD, 0x1A]); // alphabet.md §5.3
/// ```
pub fn pack_with_cr_padding<S: Sink + ?Sized>(septets: &[u8], out: &mut S) -> usize {
    let start = out.written();
    let mut p = Packer::new(0);
    for &s in septets {
        p.push(s, out);
    }
    if needs_cr(septets.len(), septets.last().map(|s| s & 0x7F)) {
        p.push(CR, out);
    }
    p.finish(out);
    out.written().saturating_sub(start)
}

/// Whether [`pack_with_cr_padding`] appends a `<CR>` after `n` septets ending with `last`.
const fn needs_cr(n: usize, last: Option<u8>) -> bool {
    n % 8 == 7 || (n.is_multiple_of(8) && matches!(last, Some(CR)))
}

/// [`pack_with_cr_padding`] of `text` in the GSM 7-bit default alphabet and extension table
/// (TS 23.038 §6.2.1; USSD has no national shift tables). Nothing is written when a character
/// has no GSM 7-bit code.
///
/// ```
/// use smsip_tpdu::split::{decode_cr_padded, pack_text_with_cr_padding};
/// let mut out = Vec::new();
/// pack_text_with_cr_padding("*100#", &mut out).unwrap();
/// assert_eq!(out, [0xAA, 0x18, 0x0C, 0x36, 0x02]);
/// assert_eq!(decode_cr_padded(&out).collect::<String>(), "*100#");
/// assert!(pack_text_with_cr_padding("😀", &mut out).is_err());
/// ```
pub fn pack_text_with_cr_padding<S: Sink + ?Sized>(
    text: &str,
    out: &mut S,
) -> Result<usize, EncodeError> {
    // Checked first so that nothing is written on error.
    if crate::alphabet::select::text_septets(text, 0, 0).is_none() {
        return Err(EncodeError::invalid(
            "GSM 7-bit text",
            "character not in the default alphabet or extension table",
        ));
    }
    let start = out.written();
    let mut p = Packer::new(0);
    let (mut n, mut last) = (0usize, None);
    for c in text.chars() {
        let mut s = [0u8; 2];
        let k = alphabet::encode_char_default(c, &mut s).unwrap_or(0);
        for &x in s.get(..k).unwrap_or(&[]) {
            p.push(x, out);
            n += 1;
            last = Some(x);
        }
    }
    if needs_cr(n, last) {
        p.push(CR, out);
    }
    p.finish(out);
    Ok(out.written().saturating_sub(start))
}

/// The septets of packed GSM 7-bit data whose length is known in octets only (USSD, CBS), the
/// `<CR>` padding removed: `floor(8 * octets / 7)` septets, less a final `<CR>` when they end
/// exactly on an octet boundary (TS 23.038 §6.1.2.3.1, receiver rule).
///
/// Tolerant: data from a sender that does not pad decodes the same (a `<CR><CR>` left by a
/// sender that doubled a wanted `<CR>` is, per the clause, the same as `<CR>`).
///
/// ```
/// use smsip_tpdu::split::strip_cr_padding;
/// let s: Vec<u8> = strip_cr_padding(&[0x31, 0xD9, 0x8C, 0x56, 0xB3, 0xDD, 0x1A]).collect();
/// assert_eq!(s, b"1234567");
/// ```
pub fn strip_cr_padding(packed: &[u8]) -> Septets<'_> {
    let n = packed.len() * 8 / 7;
    // On an octet boundary (octets a multiple of 7) the last septet is bits 7..1 of the last
    // octet.
    let padded = packed.len().is_multiple_of(7) && packed.last().is_some_and(|&b| b >> 1 == CR);
    Septets::new(packed, 0, n - usize::from(padded))
}

/// The text of octet-counted GSM 7-bit data (default tables), the `<CR>` padding removed (see
/// [`strip_cr_padding`]).
///
/// ```
/// use smsip_tpdu::split::decode_cr_padded;
/// let t: String = decode_cr_padded(&[0x31, 0xD9, 0x8C, 0x56, 0xB3, 0xDD, 0x1A]).collect();
/// assert_eq!(t, "1234567");
/// ```
pub fn decode_cr_padded(packed: &[u8]) -> Gsm7Chars<'_> {
    Gsm7Chars::default_tables(strip_cr_padding(packed))
}

#[cfg(feature = "alloc")]
pub use self::long::*;

#[cfg(feature = "alloc")]
mod long {
    use crate::alphabet::select::{
        char_septets, choose_with, gsm7_capacity, shift_ie_octets, ucs2_capacity, udh_septets,
        Choice, Encoding, Languages,
    };
    use crate::alphabet::tables::locking_table;
    use crate::udh::{Concat, Ie, Iei, Ports};
    use crate::user_data::{Text, UserData, UserDataBuf, MAX_UD_OCTETS};
    use crate::{
        Address, Dcs, Deliver, EncodeError, MessageClass, Pid, Submit, Timestamp, Tpdu,
        ValidityPeriod,
    };
    use alloc::vec::Vec;

    type Error = EncodeError;

    /// Largest SMS-SUBMIT: first octet, TP-MR, a 12-octet TP-DA, TP-PID, TP-DCS, a 7-octet
    /// TP-VP, TP-UDL and 140 octets of TP-UD (TS 23.040 §9.2.2.2). SMS-DELIVER is at most 163.
    pub const MAX_TPDU_OCTETS: usize = 164;

    /// Most segments of one concatenated message (TS 23.040 §9.2.3.24.1: the maximum number is
    /// one octet).
    pub const MAX_SEGMENTS: usize = 255;

    /// How the builders encode the payload (TS 23.038 clause 4 alphabets).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum AlphabetMode {
        /// Text: the cheapest of GSM 7-bit default tables, a national table pair among the
        /// allowed [`Languages`], and UCS2. Data given with `bytes`: 8-bit.
        #[default]
        Auto,
        /// GSM 7-bit (default or allowed national tables, the cheapest); a text that no
        /// allowed table pair encodes is an error.
        Gsm7,
        /// UCS2 (UTF-16 big-endian, surrogate pairs for characters outside the BMP).
        Ucs2,
        /// 8-bit data: the octets given with `bytes`, or the UTF-8 octets of a text (segments
        /// then cut wherever 134 or 133 octets end, as for any data).
        EightBit,
    }

    /// A concatenation reference (TS 23.040 §9.2.3.24.1 / §9.2.3.24.8), the same in every
    /// segment of one message; the caller picks it (per originator and recipient, unique among
    /// the messages that may be in flight at once).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Reference {
        /// IE 0x00, 8-bit reference (153 GSM 7-bit septets per segment).
        Ref8(u8),
        /// IE 0x08, 16-bit reference (152 septets per segment).
        Ref16(u16),
    }

    impl Reference {
        /// Whether the reference is 16-bit (IE 0x08).
        pub const fn is_16bit(self) -> bool {
            matches!(self, Reference::Ref16(_))
        }

        /// The reference number.
        pub const fn value(self) -> u16 {
            match self {
                Reference::Ref8(r) => r as u16,
                Reference::Ref16(r) => r,
            }
        }
    }

    /// A sequence of concatenation references owned by the caller: each message that needs
    /// segments takes the next value, modulo 256 (8-bit) or 65536 (16-bit). A builder given
    /// the counter with `reference_counter` draws from it only when the message is split and
    /// built; single-segment messages leave it unchanged.
    ///
    /// Not `Clone`: two copies would hand out the same references.
    ///
    /// ```
    /// use smsip_tpdu::split::{Reference, ReferenceCounter};
    /// let mut c = ReferenceCounter::ref8(255);
    /// assert_eq!(c.next_reference(), Reference::Ref8(255));
    /// assert_eq!(c.next_reference(), Reference::Ref8(0));
    /// assert_eq!(c.peek(), Reference::Ref8(1));
    /// ```
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub struct ReferenceCounter {
        next: u16,
        wide: bool,
    }

    impl ReferenceCounter {
        /// 8-bit references (IE 0x00) starting at `start`.
        pub const fn ref8(start: u8) -> Self {
            ReferenceCounter {
                next: start as u16,
                wide: false,
            }
        }

        /// 16-bit references (IE 0x08) starting at `start`.
        pub const fn ref16(start: u16) -> Self {
            ReferenceCounter {
                next: start,
                wide: true,
            }
        }

        /// Whether the references are 16-bit.
        pub const fn is_16bit(&self) -> bool {
            self.wide
        }

        /// The reference the next message will get.
        pub const fn peek(&self) -> Reference {
            if self.wide {
                Reference::Ref16(self.next)
            } else {
                Reference::Ref8(self.next as u8)
            }
        }

        /// Takes the next reference.
        pub fn next_reference(&mut self) -> Reference {
            let r = self.peek();
            self.next = if self.wide {
                self.next.wrapping_add(1)
            } else {
                u16::from((self.next as u8).wrapping_add(1))
            };
            r
        }
    }

    #[derive(Debug, Clone, Copy)]
    enum Payload<'a> {
        Text(&'a str),
        Bytes(&'a [u8]),
    }

    #[derive(Debug)]
    enum RefSource<'a> {
        None,
        Fixed(Reference),
        Counter(&'a mut ReferenceCounter),
    }

    impl RefSource<'_> {
        fn is_16bit(&self) -> bool {
            match self {
                RefSource::None => false,
                RefSource::Fixed(r) => r.is_16bit(),
                RefSource::Counter(c) => c.is_16bit(),
            }
        }

        fn peek(&self) -> Option<Reference> {
            match self {
                RefSource::None => None,
                RefSource::Fixed(r) => Some(*r),
                RefSource::Counter(c) => Some(c.peek()),
            }
        }

        fn commit(&mut self) {
            if let RefSource::Counter(c) = self {
                c.next_reference();
            }
        }
    }

    /// How the payload is encoded once chosen.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Kind {
        Gsm7 { locking: u8, single: u8 },
        Ucs2,
        EightBit,
    }

    /// The payload in the units the kind counts.
    #[derive(Debug, Clone, Copy)]
    enum Data<'a> {
        Text(&'a str, Kind),
        Bytes(&'a [u8]),
    }

    impl Data<'_> {
        fn len(&self) -> usize {
            match *self {
                Data::Text(t, _) => t.len(),
                Data::Bytes(b) => b.len(),
            }
        }
    }

    /// Octets of a concatenation IE (TS 23.040 §9.2.3.24.1 / .8).
    const fn concat_ie_octets(wide: bool) -> usize {
        if wide {
            6
        } else {
            5
        }
    }

    /// UDH octets (UDHL included) for `ies` octets of IEs; 0 without IEs.
    const fn udh_with(ies: usize) -> usize {
        if ies == 0 {
            0
        } else {
            ies + 1
        }
    }

    /// Units of one segment after a UDH of `udh` octets.
    const fn capacity(kind: Kind, udh: usize) -> usize {
        match kind {
            Kind::Gsm7 { .. } => gsm7_capacity(udh),
            Kind::Ucs2 => ucs2_capacity(udh),
            Kind::EightBit => MAX_UD_OCTETS.saturating_sub(udh),
        }
    }

    /// Units `c` costs: septets (1, or 2 for ESC + single shift code) in GSM 7-bit, UTF-16 code
    /// units (2 for a surrogate pair) in UCS2; `None` if the tables lack it.
    #[inline]
    fn unit_cost(c: char, kind: Kind) -> Option<usize> {
        match kind {
            Kind::Gsm7 { locking, single } => char_septets(c, locking, single),
            _ => Some(c.len_utf16()),
        }
    }

    /// Greedy segment boundaries (byte ranges of the payload) with at most `cap` units each;
    /// a character (an ESC pair, a surrogate pair) is never cut.
    #[derive(Debug, Clone)]
    struct Cuts<'a> {
        data: Data<'a>,
        cap: usize,
        pos: usize,
    }

    impl Iterator for Cuts<'_> {
        type Item = (usize, usize);
        fn next(&mut self) -> Option<(usize, usize)> {
            let start = self.pos;
            if start >= self.data.len() {
                return None;
            }
            let end = match self.data {
                Data::Bytes(b) => start.saturating_add(self.cap.max(1)).min(b.len()),
                Data::Text(t, kind) => {
                    let rest = t.get(start..)?;
                    let mut fill = 0;
                    let mut end = start;
                    for (i, c) in rest.char_indices() {
                        let cost = unit_cost(c, kind).unwrap_or(1);
                        if fill + cost > self.cap && fill > 0 {
                            break;
                        }
                        fill += cost;
                        end = start + i + c.len_utf8();
                    }
                    end
                }
            };
            self.pos = end;
            Some((start, end))
        }
    }

    /// Where the segments of a payload end and what they cost.
    #[derive(Debug, Clone, Copy)]
    struct Layout {
        units: usize,
        segments: usize,
        /// UDH octets of each segment, UDHL included (0: no UDH).
        udh: usize,
        /// Units per segment.
        cap: usize,
        /// Whether the segments carry a concatenation IE.
        concat: bool,
    }

    impl Layout {
        /// `other_ies`: octets of the IEs other than concatenation (ports, shift IEs).
        fn new(data: Data<'_>, kind: Kind, other_ies: usize, wide: bool) -> Option<Layout> {
            let single_udh = udh_with(other_ies);
            let single_cap = capacity(kind, single_udh);
            let udh = udh_with(other_ies + concat_ie_octets(wide));
            let cap = capacity(kind, udh);
            // One pass: the units, and the segments the greedy cuts of `Cuts` make.
            let (units, segments) = match data {
                Data::Bytes(b) => (b.len(), b.len().div_ceil(cap.max(1))),
                Data::Text(t, kind) => {
                    let (mut units, mut full, mut fill) = (0, 0, 0);
                    for c in t.chars() {
                        let cost = unit_cost(c, kind)?;
                        units += cost;
                        if fill + cost > cap && fill > 0 {
                            full += 1;
                            fill = cost;
                        } else {
                            fill += cost;
                        }
                    }
                    (units, full + 1)
                }
            };
            Some(if units <= single_cap {
                Layout {
                    units,
                    segments: 1,
                    udh: single_udh,
                    cap: single_cap,
                    concat: false,
                }
            } else {
                Layout {
                    units,
                    segments,
                    udh,
                    cap,
                    concat: true,
                }
            })
        }

        /// TP-UDL summed over the segments (septets for GSM 7-bit, else octets).
        fn total(&self, kind: Kind) -> usize {
            match kind {
                Kind::Gsm7 { .. } => self.units + self.segments * udh_septets(self.udh),
                Kind::Ucs2 => 2 * self.units + self.segments * self.udh,
                Kind::EightBit => self.units + self.segments * self.udh,
            }
        }
    }

    /// Octets of the shift IEs of a kind (none outside GSM 7-bit).
    const fn shift_octets(kind: Kind) -> usize {
        match kind {
            Kind::Gsm7 { locking, single } => shift_ie_octets(locking, single),
            _ => 0,
        }
    }

    /// The cheapest GSM 7-bit table pair when other IEs (ports) share the UDH: the candidates
    /// and tie-break order of [`choose_with`], costed with the full header. `None` if no pair
    /// encodes the text.
    fn best_pair(text: &str, allowed: Languages, other_ies: usize, wide: bool) -> Option<(u8, u8)> {
        let lockings =
            || core::iter::once(0).chain(allowed.iter().filter(|&n| locking_table(n).is_some()));
        let singles = || core::iter::once(0).chain(allowed.iter());
        singles()
            .map(|s| (0, s))
            .chain(lockings().skip(1).map(|l| (l, 0)))
            .chain(
                lockings()
                    .skip(1)
                    .flat_map(|l| singles().skip(1).map(move |s| (l, s))),
            )
            .filter_map(|(locking, single)| {
                let kind = Kind::Gsm7 { locking, single };
                let ies = other_ies + shift_octets(kind);
                let l = Layout::new(Data::Text(text, kind), kind, ies, wide)?;
                Some(((l.segments, l.total(kind)), (locking, single)))
            })
            .min_by_key(|&(cost, _)| cost)
            .map(|(_, pair)| pair)
    }

    /// The settings shared by both builders: payload, encoding, UDH.
    #[derive(Debug)]
    struct Content<'a> {
        payload: Payload<'a>,
        languages: Languages,
        mode: AlphabetMode,
        reference: RefSource<'a>,
        ports: Option<Ports>,
        class: Option<MessageClass>,
    }

    /// What [`Content::plan`] decided.
    #[derive(Debug, Clone, Copy)]
    struct Plan<'a> {
        data: Data<'a>,
        kind: Kind,
        layout: Layout,
        choice: Choice,
    }

    impl<'a> Content<'a> {
        fn new() -> Self {
            Content {
                payload: Payload::Text(""),
                languages: Languages::NONE,
                mode: AlphabetMode::Auto,
                reference: RefSource::None,
                ports: None,
                class: None,
            }
        }

        fn port_octets(&self) -> usize {
            match self.ports {
                None => 0,
                Some(Ports { wide: false, .. }) => 4,
                Some(Ports { wide: true, .. }) => 6,
            }
        }

        fn plan(&self) -> Result<Plan<'a>, EncodeError> {
            let wide = self.reference.is_16bit();
            let ports = self.port_octets();
            let (kind, encoding) = match (self.payload, self.mode) {
                (Payload::Bytes(_), AlphabetMode::Auto | AlphabetMode::EightBit)
                | (Payload::Text(_), AlphabetMode::EightBit) => {
                    (Kind::EightBit, Encoding::EightBit)
                }
                (Payload::Bytes(_), _) => {
                    return Err(EncodeError::invalid(
                        "TP-DCS",
                        "binary data can only be sent as 8-bit data",
                    ))
                }
                (Payload::Text(_), AlphabetMode::Ucs2) => {
                    (Kind::Ucs2, Encoding::Ucs2 { forced_by: None })
                }
                (Payload::Text(t), AlphabetMode::Auto | AlphabetMode::Gsm7) => {
                    match choose_with(t, self.languages, wide).encoding {
                        Encoding::Gsm7 { locking, single } => {
                            // With the default tables nothing is cheaper; with a national
                            // pair the port IE may change which pair is cheapest.
                            let (locking, single) = if ports > 0 && (locking, single) != (0, 0) {
                                best_pair(t, self.languages, ports, wide)
                                    .unwrap_or((locking, single))
                            } else {
                                (locking, single)
                            };
                            (
                                Kind::Gsm7 { locking, single },
                                Encoding::Gsm7 { locking, single },
                            )
                        }
                        Encoding::Ucs2 { .. } if self.mode == AlphabetMode::Gsm7 => {
                            return Err(EncodeError::invalid(
                                "TP-UD",
                                "character not in the allowed GSM 7-bit tables",
                            ))
                        }
                        Encoding::Ucs2 { forced_by } => (Kind::Ucs2, Encoding::Ucs2 { forced_by }),
                        Encoding::EightBit => (Kind::EightBit, Encoding::EightBit),
                    }
                }
            };
            let data = match (self.payload, kind) {
                (Payload::Text(t), Kind::EightBit) => Data::Bytes(t.as_bytes()),
                (Payload::Text(t), k) => Data::Text(t, k),
                (Payload::Bytes(b), _) => Data::Bytes(b),
            };
            let layout = Layout::new(data, kind, ports + shift_octets(kind), wide).ok_or(
                EncodeError::invalid("TP-UD", "character not in the selected GSM 7-bit tables"),
            )?;
            if layout.segments > MAX_SEGMENTS {
                return Err(EncodeError::invalid(
                    "TP-UD",
                    "the message needs more than 255 segments",
                ));
            }
            if layout.segments > 1 && matches!(self.reference, RefSource::None) {
                return Err(EncodeError::invalid(
                    "concatenation reference",
                    "the message needs several segments: give a reference or a counter",
                ));
            }
            let choice = Choice {
                encoding,
                units: layout.units,
                udh_octets: layout.udh,
                segments: layout.segments,
                total: layout.total(kind),
            };
            Ok(Plan {
                data,
                kind,
                layout,
                choice,
            })
        }

        /// TP-DCS, general data coding group (TS 23.038 clause 4): alphabet bits 3..2, the
        /// class in bits 1..0 with bit 4 set when there is one.
        fn dcs(&self, kind: Kind) -> Dcs {
            let alphabet = match kind {
                Kind::Gsm7 { .. } => 0x00,
                Kind::EightBit => 0x04,
                Kind::Ucs2 => 0x08,
            };
            let class = match self.class {
                None => 0x00,
                Some(MessageClass::Class0) => 0x10,
                Some(MessageClass::Class1) => 0x11,
                Some(MessageClass::Class2) => 0x12,
                Some(MessageClass::Class3) => 0x13,
            };
            Dcs(alphabet | class)
        }

        /// Plans, then builds each segment's TP-UD and hands it to `make` (segment index from
        /// 0, segment count, TP-DCS, TP-UD) to encode the TPDU. One allocation: the vector.
        fn build(
            mut self,
            mut make: impl FnMut(usize, usize, Dcs, &UserDataBuf) -> Result<SegmentBuf, Error>,
        ) -> Result<SplitMessage, EncodeError> {
            let plan = self.plan()?;
            let n = plan.layout.segments;
            let reference = if plan.layout.concat {
                self.reference.peek()
            } else {
                None
            };
            let total = u8::try_from(n).map_err(|_| {
                EncodeError::invalid("TP-UD", "the message needs more than 255 segments")
            })?;
            let dcs = self.dcs(plan.kind);
            // The IE data that is the same in every segment.
            let ports = self.ports.map(|p| {
                let [d0, d1] = p.destination.to_be_bytes();
                let [o0, o1] = p.originator.to_be_bytes();
                if p.wide {
                    (Iei::PORTS_16, [d0, d1, o0, o1], 4)
                } else {
                    (Iei::PORTS_8, [d1, o1, 0, 0], 2)
                }
            });
            let (locking, single) = match plan.kind {
                Kind::Gsm7 { locking, single } => ([locking], [single]),
                _ => ([0], [0]),
            };
            let ports_ie = ports.as_ref().map(|(iei, data, len)| Ie {
                iei: *iei,
                data: data.get(..*len).unwrap_or(&[]),
            });
            let single_ie = (single != [0]).then_some(Ie {
                iei: Iei::NATIONAL_SINGLE_SHIFT,
                data: &single,
            });
            let locking_ie = (locking != [0]).then_some(Ie {
                iei: Iei::NATIONAL_LOCKING_SHIFT,
                data: &locking,
            });

            let cuts = Cuts {
                data: plan.data,
                cap: plan.layout.cap,
                pos: 0,
            };
            // One segment: the whole payload (even when empty); several: the greedy cuts.
            let whole = (!plan.layout.concat).then_some((0, plan.data.len()));
            let ranges = whole
                .into_iter()
                .chain(cuts.take(if plan.layout.concat { n } else { 0 }));

            let mut segments = Vec::with_capacity(n);
            for (i, (start, end)) in ranges.enumerate() {
                let seq = u8::try_from(i + 1).unwrap_or(u8::MAX);
                let concat = reference.map(|r| match r {
                    Reference::Ref8(r) => (Iei::CONCAT_8, [r, total, seq, 0], 3),
                    Reference::Ref16(r) => {
                        let [r0, r1] = r.to_be_bytes();
                        (Iei::CONCAT_16, [r0, r1, total, seq], 4)
                    }
                });
                let concat_ie = concat.as_ref().map(|(iei, data, len)| Ie {
                    iei: *iei,
                    data: data.get(..*len).unwrap_or(&[]),
                });
                // UDH order: concatenation, ports, single shift, locking shift.
                let mut ies = [Ie {
                    iei: Iei(0),
                    data: &[],
                }; 4];
                let mut k = 0;
                for (slot, ie) in ies.iter_mut().zip(
                    [concat_ie, ports_ie, single_ie, locking_ie]
                        .into_iter()
                        .flatten(),
                ) {
                    *slot = ie;
                    k += 1;
                }
                let ies = ies.get(..k).unwrap_or(&[]);
                let ud = match plan.data {
                    Data::Text(t, kind) => {
                        let part = t
                            .get(start..end)
                            .ok_or(EncodeError::invalid("TP-UD", "segment boundary"))?;
                        match kind {
                            Kind::Ucs2 => UserDataBuf::ucs2(ies, part)?,
                            _ => UserDataBuf::gsm7(ies, part)?,
                        }
                    }
                    Data::Bytes(b) => {
                        let part = b
                            .get(start..end)
                            .ok_or(EncodeError::invalid("TP-UD", "segment boundary"))?;
                        UserDataBuf::binary(ies, part)?
                    }
                };
                segments.push(make(i, n, dcs, &ud)?);
            }
            if segments.len() != n {
                return Err(EncodeError::invalid("TP-UD", "segment count"));
            }
            if reference.is_some() {
                self.reference.commit();
            }
            Ok(SplitMessage {
                segments,
                choice: plan.choice,
                reference,
            })
        }
    }

    /// The setters both builders share (payload, encoding and UDH).
    macro_rules! content_setters {
        () => {
            /// The text to send (UTF-8; encoded per [`alphabet`](Self::alphabet)).
            pub fn text(mut self, text: &'a str) -> Self {
                self.content.payload = Payload::Text(text);
                self
            }

            /// 8-bit data to send instead of a text (TP-DCS 8-bit, TS 23.038 clause 4).
            pub fn bytes(mut self, data: &'a [u8]) -> Self {
                self.content.payload = Payload::Bytes(data);
                self
            }

            /// The national languages whose tables (TS 23.038 §6.2.1.2.4) the encoder may use
            /// (default: none, i.e. default alphabet or UCS2). A receiver that lacks a table
            /// shows the default one instead, so allow only what the recipients support.
            pub fn languages(mut self, languages: Languages) -> Self {
                self.content.languages = languages;
                self
            }

            /// How to encode (default [`AlphabetMode::Auto`]).
            pub fn alphabet(mut self, mode: AlphabetMode) -> Self {
                self.content.mode = mode;
                self
            }

            /// The concatenation reference, used when the message needs segments; its width
            /// (8 or 16 bits) also sets the segment capacity.
            pub fn reference(mut self, reference: Reference) -> Self {
                self.content.reference = RefSource::Fixed(reference);
                self
            }

            /// Takes the concatenation reference from `counter`, only if the message needs
            /// segments and is built.
            pub fn reference_counter(mut self, counter: &'a mut ReferenceCounter) -> Self {
                self.content.reference = RefSource::Counter(counter);
                self
            }

            /// Application port addressing with 16-bit ports (IE 0x05, TS 23.040
            /// §9.2.3.24.4), in every segment: destination, then originator.
            pub fn ports(mut self, destination: u16, originator: u16) -> Self {
                self.content.ports = Some(Ports {
                    destination,
                    originator,
                    wide: true,
                });
                self
            }

            /// Application port addressing with 8-bit ports (IE 0x04, TS 23.040
            /// §9.2.3.24.3), in every segment.
            pub fn ports_8bit(mut self, destination: u8, originator: u8) -> Self {
                self.content.ports = Some(Ports {
                    destination: u16::from(destination),
                    originator: u16::from(originator),
                    wide: false,
                });
                self
            }

            /// The message class in TP-DCS (TS 23.038 clause 4; class 0 is a "flash" SMS).
            pub fn class(mut self, class: MessageClass) -> Self {
                self.content.class = Some(class);
                self
            }

            /// What [`build`](Self::build) would produce, without building: the encoding
            /// and its cost (segments, UDH octets, TP-UDL total). Errors as `build` does.
            pub fn choice(&self) -> Result<Choice, EncodeError> {
                Ok(self.content.plan()?.choice)
            }
        };
    }

    /// Builds the SMS-SUBMIT TPDUs of a message (TS 23.040 §9.2.2.2), split into concatenated
    /// segments when it does not fit in one (see the [module](crate::split) docs).
    ///
    /// TP-MR (§9.2.3.6) is `mr_start` for the first segment and increments, modulo 256, for
    /// each next one; the caller's next free TP-MR is `mr_start + msg.len()`.
    ///
    /// ```
    /// use smsip_tpdu::{Address, ValidityPeriod};
    /// use smsip_tpdu::alphabet::select::Encoding;
    /// use smsip_tpdu::split::{Reference, SubmitBuilder};
    ///
    /// let text = "Lunch at 12:30? The usual place. ".repeat(5); // 165 characters
    /// let msg = SubmitBuilder::new(Address::international("+447700900123").unwrap())
    ///     .text(&text)
    ///     .reference(Reference::Ref8(0x42))
    ///     .srr(true)
    ///     .vp(ValidityPeriod::Relative(167))
    ///     .mr_start(255)
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(msg.len(), 2); // 153 + 12 septets
    /// assert_eq!(msg.encoding(), Encoding::Gsm7 { locking: 0, single: 0 });
    /// let (a, b) = (msg.segments()[0].submit().unwrap(), msg.segments()[1].submit().unwrap());
    /// assert_eq!((a.mr, b.mr), (255, 0));
    /// assert!(a.srr && b.srr);
    /// let concat = b.ud.header().unwrap().concat().unwrap();
    /// assert_eq!((concat.reference, concat.total, concat.seq), (0x42, 2, 2));
    /// assert_eq!(msg.segments()[0].as_bytes()[..2], [0x71, 0xFF]); // UDHI, SRR, VPF relative
    ///
    /// // Short texts need no reference.
    /// let one = SubmitBuilder::new(Address::international("+447700900123").unwrap())
    ///     .text("Hi")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(one.segments()[0].as_bytes(), [
    ///     0x01, 0x00, 0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x00, 0x00, 0x02, 0xC8, 0x34
    /// ]);
    /// ```
    #[derive(Debug)]
    pub struct SubmitBuilder<'a> {
        da: Address,
        content: Content<'a>,
        mr_start: u8,
        srr: bool,
        rd: bool,
        reply_path: bool,
        vp: ValidityPeriod,
        pid: Pid,
    }

    impl<'a> SubmitBuilder<'a> {
        /// A message to `to` (TP-DA): empty text, default alphabet only, no reference, TP-MR
        /// from 0, no status report, no validity period, TP-PID 0.
        pub fn new(to: Address) -> Self {
            SubmitBuilder {
                da: to,
                content: Content::new(),
                mr_start: 0,
                srr: false,
                rd: false,
                reply_path: false,
                vp: ValidityPeriod::None,
                pid: Pid::DEFAULT,
            }
        }

        content_setters!();

        /// TP-MR of the first segment (TS 23.040 §9.2.3.6).
        pub fn mr_start(mut self, mr: u8) -> Self {
            self.mr_start = mr;
            self
        }

        /// TP-SRR, status report requested, in every segment (§9.2.3.5).
        pub fn srr(mut self, srr: bool) -> Self {
            self.srr = srr;
            self
        }

        /// TP-RD, reject duplicates (§9.2.3.25).
        pub fn rd(mut self, rd: bool) -> Self {
            self.rd = rd;
            self
        }

        /// TP-RP, reply path (§9.2.3.17).
        pub fn reply_path(mut self, reply_path: bool) -> Self {
            self.reply_path = reply_path;
            self
        }

        /// TP-VP and TP-VPF (§9.2.3.12, §9.2.3.3).
        pub fn vp(mut self, vp: ValidityPeriod) -> Self {
            self.vp = vp;
            self
        }

        /// TP-PID (§9.2.3.9).
        pub fn pid(mut self, pid: Pid) -> Self {
            self.pid = pid;
            self
        }

        /// Encodes every segment. Errors: a text that [`AlphabetMode::Gsm7`] cannot encode,
        /// data with a text alphabet, more than 255 segments, several segments without a
        /// reference, an address or validity period that does not encode.
        pub fn build(self) -> Result<SplitMessage, EncodeError> {
            let SubmitBuilder {
                da,
                content,
                mr_start,
                srr,
                rd,
                reply_path,
                vp,
                pid,
            } = self;
            content.build(|i, _, dcs, ud| {
                let head = Submit {
                    reply_path,
                    srr,
                    rd,
                    mr: mr_start.wrapping_add(i as u8),
                    da,
                    pid,
                    dcs,
                    vp,
                    ud: UserData::default(),
                };
                SegmentBuf::new(Head::Submit(head), ud)
            })
        }
    }

    /// Builds the SMS-DELIVER TPDUs of a message (TS 23.040 §9.2.2.1), split into concatenated
    /// segments when it does not fit in one (see the [module](crate::split) docs).
    ///
    /// TP-MMS (§9.2.3.2): every segment but the last says more messages are waiting (the rest
    /// of this one); the last says what [`more_messages`](Self::more_messages) says.
    ///
    /// ```
    /// use smsip_tpdu::{Address, Timestamp};
    /// use smsip_tpdu::alphabet::select::Encoding;
    /// use smsip_tpdu::split::{AlphabetMode, DeliverBuilder, Reference};
    ///
    /// let text = "Grüße aus Köln 😀 ".repeat(5); // 90 UTF-16 units
    /// let msg = DeliverBuilder::new(Address::alphanumeric("Info").unwrap(),
    ///                               Timestamp::new(25, 6, 1, 12, 0, 0, 8).unwrap())
    ///     .text(&text)
    ///     .reference(Reference::Ref16(0xBEEF))
    ///     .ports(0x23F0, 0x23F0)
    ///     .build()
    ///     .unwrap();
    /// // The emoji forced UCS2; UDH 0x08 + 0x05 = 13 octets: 63 units per segment.
    /// assert_eq!(msg.forced_by(), Some((15, '😀')));
    /// assert_eq!(msg.len(), 2);
    /// let d = msg.segments()[0].deliver().unwrap();
    /// assert!(d.more_messages_waiting());
    /// assert_eq!(d.ud.header().unwrap().ports().unwrap().destination, 0x23F0);
    /// assert!(!msg.segments()[1].deliver().unwrap().more_messages_waiting());
    ///
    /// // 8-bit data.
    /// let msg = DeliverBuilder::new(Address::international("+4915").unwrap(), Timestamp::ZERO)
    ///     .bytes(&[0xAB; 300])
    ///     .reference(Reference::Ref8(1))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!((msg.encoding(), msg.len()), (Encoding::EightBit, 3)); // 134 + 134 + 32
    /// ```
    #[derive(Debug)]
    pub struct DeliverBuilder<'a> {
        oa: Address,
        scts: Timestamp,
        content: Content<'a>,
        reply_path: bool,
        sri: bool,
        lp: bool,
        more_messages: bool,
        pid: Pid,
    }

    impl<'a> DeliverBuilder<'a> {
        /// A message from `from` (TP-OA) stamped `scts` (TP-SCTS): empty text, default
        /// alphabet only, no reference, TP-PID 0, no more messages after it.
        pub fn new(from: Address, scts: Timestamp) -> Self {
            DeliverBuilder {
                oa: from,
                scts,
                content: Content::new(),
                reply_path: false,
                sri: false,
                lp: false,
                more_messages: false,
                pid: Pid::DEFAULT,
            }
        }

        content_setters!();

        /// TP-SRI, a status report will be returned to the SME (§9.2.3.4), in every segment.
        pub fn sri(mut self, sri: bool) -> Self {
            self.sri = sri;
            self
        }

        /// TP-RP, reply path (§9.2.3.17).
        pub fn reply_path(mut self, reply_path: bool) -> Self {
            self.reply_path = reply_path;
            self
        }

        /// TP-LP, loop prevention (§9.2.3.28).
        pub fn lp(mut self, lp: bool) -> Self {
            self.lp = lp;
            self
        }

        /// Whether more messages wait in the SC after this whole message (TP-MMS of the last
        /// segment, §9.2.3.2).
        pub fn more_messages(mut self, more: bool) -> Self {
            self.more_messages = more;
            self
        }

        /// TP-PID (§9.2.3.9).
        pub fn pid(mut self, pid: Pid) -> Self {
            self.pid = pid;
            self
        }

        /// Encodes every segment. Errors: as [`SubmitBuilder::build`].
        pub fn build(self) -> Result<SplitMessage, EncodeError> {
            let DeliverBuilder {
                oa,
                scts,
                content,
                reply_path,
                sri,
                lp,
                more_messages,
                pid,
            } = self;
            content.build(|i, n, dcs, ud| {
                let last = i + 1 == n;
                let head = Deliver {
                    reply_path,
                    sri,
                    lp,
                    // TP-MMS set means no more messages.
                    mms: last && !more_messages,
                    spare: 0,
                    oa,
                    pid,
                    dcs,
                    scts,
                    ud: UserData::default(),
                };
                SegmentBuf::new(Head::Deliver(head), ud)
            })
        }
    }

    /// The header fields of a segment, its TP-UD left empty.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Head {
        Submit(Submit<'static>),
        Deliver(Deliver<'static>),
    }

    impl Head {
        fn with_ud<'b>(&self, ud: UserData<'b>) -> Tpdu<'b> {
            match *self {
                Head::Submit(s) => Tpdu::Submit(Submit { ud, ..s }),
                Head::Deliver(d) => Tpdu::Deliver(Deliver { ud, ..d }),
            }
        }
    }

    /// One encoded TPDU of a [`SplitMessage`], stored inline (no allocation of its own).
    ///
    /// Gives the octets ([`as_bytes`](Self::as_bytes)) and zero-copy views of the TPDU
    /// ([`tpdu`](Self::tpdu), [`submit`](Self::submit), [`deliver`](Self::deliver)).
    #[derive(Clone, PartialEq, Eq)]
    pub struct SegmentBuf {
        bytes: [u8; MAX_TPDU_OCTETS],
        len: u8,
        ud_len: u8,
        head: Head,
    }

    impl core::fmt::Debug for SegmentBuf {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.debug_tuple("SegmentBuf").field(&self.tpdu()).finish()
        }
    }

    impl SegmentBuf {
        fn new(head: Head, ud: &UserDataBuf) -> Result<Self, EncodeError> {
            let ud = ud.as_user_data();
            let mut bytes = [0u8; MAX_TPDU_OCTETS];
            let mut sink = smsip_core::SliceSink::new(&mut bytes);
            head.with_ud(ud).encode(&mut sink)?;
            let len = sink.finish()?;
            let too_long = || EncodeError::invalid("TPDU", "longer than 164 octets");
            let empty = UserData::new(ud.udhi, ud.udl, &[]);
            Ok(SegmentBuf {
                bytes,
                len: u8::try_from(len).map_err(|_| too_long())?,
                ud_len: u8::try_from(ud.data.len()).map_err(|_| too_long())?,
                head: match head {
                    Head::Submit(s) => Head::Submit(Submit { ud: empty, ..s }),
                    Head::Deliver(d) => Head::Deliver(Deliver { ud: empty, ..d }),
                },
            })
        }

        /// The encoded TPDU.
        pub fn as_bytes(&self) -> &[u8] {
            self.bytes.get(..usize::from(self.len)).unwrap_or(&[])
        }

        /// TP-UDHI, TP-UDL and the TP-UD octets (the end of the TPDU).
        pub fn user_data(&self) -> UserData<'_> {
            let end = usize::from(self.len);
            let start = end.saturating_sub(usize::from(self.ud_len));
            let head = match &self.head {
                Head::Submit(s) => s.ud,
                Head::Deliver(d) => d.ud,
            };
            UserData::new(
                head.udhi,
                head.udl,
                self.bytes.get(start..end).unwrap_or(&[]),
            )
        }

        /// The TPDU, borrowing its user data from this buffer.
        pub fn tpdu(&self) -> Tpdu<'_> {
            self.head.with_ud(self.user_data())
        }

        /// The SMS-SUBMIT view (`None` for a segment a [`DeliverBuilder`] made).
        pub fn submit(&self) -> Option<Submit<'_>> {
            match self.tpdu() {
                Tpdu::Submit(s) => Some(s),
                _ => None,
            }
        }

        /// The SMS-DELIVER view (`None` for a segment a [`SubmitBuilder`] made).
        pub fn deliver(&self) -> Option<Deliver<'_>> {
            match self.tpdu() {
                Tpdu::Deliver(d) => Some(d),
                _ => None,
            }
        }

        /// TP-DCS of the segment (the same in all segments of a message).
        pub fn dcs(&self) -> Dcs {
            match &self.head {
                Head::Submit(s) => s.dcs,
                Head::Deliver(d) => d.dcs,
            }
        }

        /// The concatenation IE of the segment, `None` for a single-segment message.
        pub fn concat(&self) -> Option<Concat> {
            self.user_data().header()?.concat()
        }

        /// The text of the segment, decoded lazily (nothing for 8-bit data).
        pub fn text(&self) -> Text<'_> {
            self.user_data().text(self.dcs())
        }
    }

    impl AsRef<[u8]> for SegmentBuf {
        fn as_ref(&self) -> &[u8] {
            self.as_bytes()
        }
    }

    /// The TPDUs of one message, in sequence order, with the encoding chosen for them. Built
    /// by [`SubmitBuilder`] or [`DeliverBuilder`] with one allocation (the segment vector).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct SplitMessage {
        segments: Vec<SegmentBuf>,
        choice: Choice,
        reference: Option<Reference>,
    }

    impl SplitMessage {
        /// The segments, part 1 first.
        pub fn segments(&self) -> &[SegmentBuf] {
            &self.segments
        }

        /// The segments, owned.
        pub fn into_segments(self) -> Vec<SegmentBuf> {
            self.segments
        }

        /// Number of segments (at least 1).
        pub fn len(&self) -> usize {
            self.segments.len()
        }

        /// Always false: an empty text is one segment.
        pub fn is_empty(&self) -> bool {
            self.segments.is_empty()
        }

        /// The segments in order.
        pub fn iter(&self) -> core::slice::Iter<'_, SegmentBuf> {
            self.segments.iter()
        }

        /// The encoding and its cost as built: units of the payload, UDH octets and TP-UDL
        /// total over the segments, segment count. `Encoding::Ucs2 { forced_by: None }` when
        /// [`AlphabetMode::Ucs2`] asked for UCS2.
        pub fn choice(&self) -> &Choice {
            &self.choice
        }

        /// The encoding.
        pub fn encoding(&self) -> Encoding {
            self.choice.encoding
        }

        /// The first character (char index, char) that no allowed GSM 7-bit table has, when
        /// it forced UCS2.
        pub fn forced_by(&self) -> Option<(usize, char)> {
            match self.choice.encoding {
                Encoding::Ucs2 { forced_by } => forced_by,
                _ => None,
            }
        }

        /// The concatenation reference the segments carry (`None` for one segment).
        pub fn reference(&self) -> Option<Reference> {
            self.reference
        }
    }

    impl<'m> IntoIterator for &'m SplitMessage {
        type Item = &'m SegmentBuf;
        type IntoIter = core::slice::Iter<'m, SegmentBuf>;
        fn into_iter(self) -> Self::IntoIter {
            self.segments.iter()
        }
    }

    impl IntoIterator for SplitMessage {
        type Item = SegmentBuf;
        type IntoIter = alloc::vec::IntoIter<SegmentBuf>;
        fn into_iter(self) -> Self::IntoIter {
            self.segments.into_iter()
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use alloc::string::String;

        fn to() -> Address {
            Address::international("+447700900123").unwrap()
        }

        #[test]
        fn layout_agrees_with_choose_without_ports() {
            let texts = [
                "",
                "Hello",
                "ışık şimdi ",
                "Ação ªΦ ",
                "€[]{}",
                "ok \u{1F600}",
                "नमस्ते दुनिया ",
            ];
            for base in texts {
                for n in [1, 10, 40, 70, 200] {
                    let t: String = base.repeat(n);
                    for wide in [false, true] {
                        let c = choose_with(&t, Languages::ALL, wide);
                        let r = if wide {
                            Reference::Ref16(1)
                        } else {
                            Reference::Ref8(1)
                        };
                        let got = SubmitBuilder::new(to())
                            .text(&t)
                            .languages(Languages::ALL)
                            .reference(r)
                            .choice()
                            .unwrap();
                        assert_eq!(got, c, "{t:?} wide {wide}");
                        if let Encoding::Gsm7 { locking, single } = c.encoding {
                            let best = best_pair(&t, Languages::ALL, 0, wide);
                            assert_eq!(best, Some((locking, single)), "{t:?}");
                        }
                    }
                }
            }
        }

        #[test]
        fn cuts_never_loop_and_cover() {
            let d = Data::Text(
                "a€b€",
                Kind::Gsm7 {
                    locking: 0,
                    single: 0,
                },
            );
            let v: Vec<_> = Cuts {
                data: d,
                cap: 2,
                pos: 0,
            }
            .collect();
            assert_eq!(v, [(0, 1), (1, 4), (4, 5), (5, 8)]);
            let v: Vec<_> = Cuts {
                data: Data::Bytes(&[1, 2, 3]),
                cap: 0,
                pos: 0,
            }
            .collect();
            assert_eq!(v, [(0, 1), (1, 2), (2, 3)]);
        }

        #[test]
        fn head_views_match_decoding() {
            let msg = SubmitBuilder::new(to())
                .text(&"€".repeat(100))
                .reference(Reference::Ref8(3))
                .build()
                .unwrap();
            for seg in &msg {
                assert_eq!(
                    Tpdu::decode(seg.as_bytes(), crate::Direction::MsToSc).unwrap(),
                    seg.tpdu()
                );
            }
        }
    }
}
