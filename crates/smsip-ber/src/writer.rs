//! The writer: definite lengths, minimal length octets (X.690 §8.1.3, §10.1 style), straight into
//! any [`Sink`] (a `Vec<u8>` or a caller's fixed buffer through `SliceSink`), no allocation.

use smsip_core::{digits, Sink};

use crate::{BitString, Element, Integer, Oid, RawElements, Tag};

/// Length octets for a definite `len`: 1 in the short form (< 128), else 1 + the minimal number
/// of octets (X.690 §8.1.3.5).
///
/// ```
/// use smsip_ber::writer::length_len;
/// assert_eq!((length_len(127), length_len(128), length_len(255), length_len(256)), (1, 2, 2, 3));
/// ```
#[inline]
pub const fn length_len(len: usize) -> usize {
    if len < 0x80 {
        1
    } else {
        1 + (usize::BITS - len.leading_zeros()).div_ceil(8) as usize
    }
}

/// Identifier and length octets of a `tag` element with `content_len` contents octets.
#[inline]
pub const fn header_len(tag: Tag, content_len: usize) -> usize {
    tag.identifier_len() + length_len(content_len)
}

/// Whole encoding length of a `tag` element with `content_len` contents octets.
///
/// ```
/// use smsip_ber::{writer::tlv_len, Tag};
/// assert_eq!(tlv_len(Tag::OCTET_STRING, 24), 26);   // sm-RP-UI of map-sms.md §13.2
/// assert_eq!(tlv_len(Tag::SEQUENCE, 200), 203);     // 30 81 C8 ...
/// ```
#[inline]
pub const fn tlv_len(tag: Tag, content_len: usize) -> usize {
    header_len(tag, content_len) + content_len
}

/// Contents octets of the minimal two's-complement encoding of `v` (X.690 §8.3.2).
///
/// ```
/// assert_eq!(smsip_ber::writer::integer_len(128u8), 2);
/// ```
#[inline]
pub fn integer_len<T: Integer>(v: T) -> usize {
    crate::integer::encoded_len(v.to_i128())
}

/// A [`Sink`] that drops everything: the type parameter of a measuring [`BerWriter`].
#[derive(Debug, Default, Clone, Copy)]
pub struct Discard;

impl Sink for Discard {
    #[inline]
    fn put(&mut self, _b: u8) {}
    #[inline]
    fn put_slice(&mut self, _s: &[u8]) {}
    #[inline]
    fn written(&self) -> usize {
        0
    }
}

/// Octets `f` would write: the `encoded_len()` of a value whose encoder is generic over the sink.
///
/// ```
/// use smsip_ber::{writer::measure, Tag};
/// assert_eq!(measure(|w| w.constructed(Tag::SEQUENCE, |w| w.integer(Tag::INTEGER, 60u8))), 5);
/// ```
#[inline]
pub fn measure(f: impl FnOnce(&mut BerWriter<'_, Discard>)) -> usize {
    let mut w = BerWriter::measuring();
    f(&mut w);
    w.written()
}

/// Writes BER elements with definite, minimal lengths into a [`Sink`].
///
/// Constructed elements take a closure writing their contents: [`BerWriter::constructed`] runs
/// it once *measuring* (counting octets only) to learn the length, writes the header, then runs
/// it again for real. Nothing is buffered or shifted, so a caller's fixed buffer works as well as
/// a `Vec`; an element at nesting depth *d* is visited *d* + 1 times, fine for the shallow trees
/// of MAP and TCAP. The closure must write the same octets on both runs. Encoders that can
/// compute their contents' length (`encoded_len()` methods, [`tlv_len`]) use
/// [`BerWriter::constructed_with_len`] instead: header first, contents written once.
///
/// ```
/// use smsip_ber::{BerWriter, NatureOfAddress, NumberingPlan, Tag};
/// // The start of RoutingInfoForSM-Arg (map-sms.md §13.1): msisdn, sm-RP-PRI, serviceCentreAddress.
/// let mut out = Vec::new();
/// let mut w = BerWriter::new(&mut out);
/// w.constructed(Tag::SEQUENCE, |w| {
///     let (intl, isdn) = (NatureOfAddress::INTERNATIONAL, NumberingPlan::ISDN);
///     w.address_string(Tag::context(0), intl, isdn, "447700900123").unwrap();
///     w.boolean(Tag::context(1), true);
///     w.address_string(Tag::context(2), intl, isdn, "447700900000").unwrap();
/// });
/// assert_eq!(out, [
///     0x30, 0x15, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x81, 0x01, 0xFF,
///     0x82, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00,
/// ]);
///
/// // Into a fixed buffer: no allocation.
/// let mut buf = [0u8; 8];
/// let mut sink = smsip_core::SliceSink::new(&mut buf);
/// BerWriter::new(&mut sink).constructed(Tag::context(5), |w| w.integer(Tag::INTEGER, 30u8));
/// assert_eq!(sink.finish(), Ok(5));
/// assert_eq!(buf[..5], [0xA5, 0x03, 0x02, 0x01, 0x1E]);
/// ```
#[derive(Debug)]
pub struct BerWriter<'s, S: Sink + ?Sized> {
    /// `None` while measuring.
    out: Option<&'s mut S>,
    written: usize,
}

impl<'s, S: Sink + ?Sized> BerWriter<'s, S> {
    /// A writer appending to `out`.
    #[inline]
    pub fn new(out: &'s mut S) -> Self {
        BerWriter {
            out: Some(out),
            written: 0,
        }
    }

    /// A writer that only counts the octets it would write (see [`measure`]).
    #[inline]
    pub const fn measuring() -> Self {
        BerWriter {
            out: None,
            written: 0,
        }
    }

    /// True for a measuring writer (the first run of a [`constructed`](Self::constructed) closure).
    #[inline]
    pub const fn is_measuring(&self) -> bool {
        self.out.is_none()
    }

    /// Octets written (or counted) by this writer so far.
    #[inline]
    pub const fn written(&self) -> usize {
        self.written
    }

    #[inline]
    fn put(&mut self, b: u8) {
        if let Some(out) = self.out.as_deref_mut() {
            out.put(b);
        }
        self.written += 1;
    }

    #[inline]
    fn put_slice(&mut self, s: &[u8]) {
        if let Some(out) = self.out.as_deref_mut() {
            out.put_slice(s);
        }
        self.written += s.len();
    }

    /// Identifier (X.690 §8.1.2) and definite length (§8.1.3, minimal octets) octets.
    #[inline(always)]
    pub fn header(&mut self, tag: Tag, constructed: bool, content_len: usize) {
        // Nearly every MAP and TCAP header: a low tag number and a length below 256 (short form
        // or `81 nn`), written at once.
        if tag.number < 31 && content_len < 0x100 {
            let first = tag.first_octet(constructed) | tag.number as u8;
            if content_len < 0x80 {
                self.put_slice(&[first, content_len as u8]);
            } else {
                self.put_slice(&[first, 0x81, content_len as u8]);
            }
        } else {
            self.header_general(tag, constructed, content_len);
        }
    }

    /// [`header`](Self::header) with a high tag number or a long-form length.
    #[inline(never)]
    fn header_general(&mut self, tag: Tag, constructed: bool, content_len: usize) {
        let first = tag.first_octet(constructed);
        if tag.number < 31 {
            self.put(first | tag.number as u8);
        } else {
            self.put(first | 0x1F);
            let n = tag.identifier_len() - 1;
            for i in (0..n).rev() {
                let cont = if i > 0 { 0x80 } else { 0 };
                self.put(((tag.number >> (7 * i)) & 0x7F) as u8 | cont);
            }
        }
        if content_len < 0x80 {
            self.put(content_len as u8);
        } else {
            let n = length_len(content_len) - 1;
            self.put(0x80 | n as u8);
            let bytes = content_len.to_be_bytes();
            self.put_slice(bytes.get(bytes.len() - n..).unwrap_or(&bytes));
        }
    }

    /// A primitive element with the given contents octets.
    #[inline]
    pub fn primitive(&mut self, tag: Tag, content: &[u8]) {
        self.header(tag, false, content.len());
        self.put_slice(content);
    }

    /// A primitive element of `content_len` contents octets that `f` writes straight into the
    /// sink (not called while measuring); `f` must write exactly `content_len` octets.
    ///
    /// ```
    /// use smsip_ber::{BerWriter, Tag};
    /// use smsip_core::Sink;
    /// let mut out = Vec::new();
    /// BerWriter::new(&mut out).primitive_with(Tag::context(4), 2, |s| s.put_slice(&[0xF0, 0x0D]));
    /// assert_eq!(out, [0x84, 0x02, 0xF0, 0x0D]);
    /// ```
    #[inline]
    pub fn primitive_with(&mut self, tag: Tag, content_len: usize, f: impl FnOnce(&mut S)) {
        self.header(tag, false, content_len);
        if let Some(out) = self.out.as_deref_mut() {
            f(out);
        }
        self.written += content_len;
    }

    /// A constructed element of `content_len` contents octets, which `f` writes (called once,
    /// also while measuring). The length-first form of [`constructed`](Self::constructed), for
    /// encoders that know their contents' length: nothing is visited twice. `f` must write
    /// exactly `content_len` octets.
    ///
    /// ```
    /// use smsip_ber::{writer::tlv_len, BerWriter, Tag};
    /// let mut out = Vec::new();
    /// let len = tlv_len(Tag::INTEGER, 1);
    /// BerWriter::new(&mut out).constructed_with_len(Tag::context(5), len, |w| w.integer(Tag::INTEGER, 30u8));
    /// assert_eq!(out, [0xA5, 0x03, 0x02, 0x01, 0x1E]);
    /// ```
    #[inline(always)]
    pub fn constructed_with_len<F>(&mut self, tag: Tag, content_len: usize, f: F)
    where
        F: FnOnce(&mut Self),
    {
        self.header(tag, true, content_len);
        let start = self.written;
        f(self);
        debug_assert_eq!(
            self.written - start,
            content_len,
            "constructed_with_len(): the closure wrote another length than announced"
        );
    }

    /// A constructed element whose contents `f` writes (called twice; see the type docs).
    pub fn constructed<F>(&mut self, tag: Tag, mut f: F)
    where
        F: FnMut(&mut BerWriter<'_, S>),
    {
        let mut m = BerWriter::<S>::measuring();
        f(&mut m);
        let len = m.written;
        self.header(tag, true, len);
        match self.out.as_deref_mut() {
            None => self.written += len,
            Some(out) => {
                let mut w = BerWriter::new(out);
                f(&mut w);
                debug_assert_eq!(
                    w.written, len,
                    "constructed(): the closure wrote different octets on its two runs"
                );
                self.written += w.written;
            }
        }
    }

    /// BOOLEAN: `FF` for TRUE, `00` for FALSE (X.690 §11.1 canonical form).
    #[inline]
    pub fn boolean(&mut self, tag: Tag, v: bool) {
        let b = if v { 0xFF } else { 0x00 };
        match tag.identifier_octet(false) {
            Some(id) => self.put_slice(&[id, 1, b]),
            None => self.primitive(tag, &[b]),
        }
    }

    /// NULL: no contents.
    #[inline]
    pub fn null(&mut self, tag: Tag) {
        self.header(tag, false, 0);
    }

    /// INTEGER in minimal two's complement (X.690 §8.3).
    #[inline]
    pub fn integer<T: Integer>(&mut self, tag: Tag, v: T) {
        let v = v.to_i128();
        // One or two contents octets (most MAP and TCAP integers): the element at once.
        if let Some(id) = tag.identifier_octet(false) {
            if let Ok(b) = i8::try_from(v) {
                self.put_slice(&[id, 1, b as u8]);
                return;
            }
            if let Ok(h) = i16::try_from(v) {
                let [hi, lo] = h.to_be_bytes();
                self.put_slice(&[id, 2, hi, lo]);
                return;
            }
        }
        self.header(tag, false, crate::integer::encoded_len(v));
        if let Some(out) = self.out.as_deref_mut() {
            crate::integer::encode(v, out);
        }
        self.written += crate::integer::encoded_len(v);
    }

    /// ENUMERATED (X.690 §8.4, encoded as an INTEGER).
    #[inline]
    pub fn enumerated<T: Integer>(&mut self, tag: Tag, v: T) {
        self.integer(tag, v);
    }

    /// OCTET STRING, primitive.
    #[inline]
    pub fn octet_string(&mut self, tag: Tag, bytes: &[u8]) {
        self.primitive(tag, bytes);
    }

    /// BIT STRING, primitive (X.690 §8.6.2).
    #[inline]
    pub fn bit_string(&mut self, tag: Tag, bits: BitString<'_>) {
        self.header(tag, false, bits.content_len());
        self.put(bits.unused_bits());
        self.put_slice(bits.as_bytes());
    }

    /// OBJECT IDENTIFIER.
    #[inline]
    pub fn oid(&mut self, tag: Tag, oid: Oid<'_>) {
        self.primitive(tag, oid.as_bytes());
    }

    /// TBCD-STRING from digit text (`0`-`9`, `*`, `#`, `a`-`c`), `F`-filled when odd
    /// (TS 29.002 §17.7.8). Nothing is written if a character is not a digit.
    ///
    /// ```
    /// use smsip_ber::{BerWriter, Tag};
    /// let mut out = Vec::new();
    /// BerWriter::new(&mut out).tbcd(Tag::OCTET_STRING, "001010123456789").unwrap();
    /// assert_eq!(out, [0x04, 0x08, 0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]);
    /// ```
    pub fn tbcd(&mut self, tag: Tag, digit_text: &str) -> Result<(), digits::BadDigit> {
        let n = digits::validate(digit_text)?;
        self.primitive_with(tag, digits::packed_len(n), |s| {
            // Validated above: cannot fail.
            let _ = digits::encode(digit_text, s);
        });
        Ok(())
    }

    /// Already encoded elements, copied byte for byte (kept extensions, open types).
    #[inline]
    pub fn raw(&mut self, encoded: &[u8]) {
        self.put_slice(encoded);
    }

    /// A decoded element, copied byte for byte.
    #[inline]
    pub fn element(&mut self, e: Element<'_>) {
        self.put_slice(e.raw());
    }

    /// Kept elements, copied byte for byte.
    #[inline]
    pub fn raw_elements(&mut self, r: RawElements<'_>) {
        self.put_slice(r.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate alloc;
    use alloc::vec::Vec;

    #[test]
    fn long_lengths_are_minimal() {
        for (len, head) in [
            (0usize, &[0x04, 0x00][..]),
            (127, &[0x04, 0x7F]),
            (128, &[0x04, 0x81, 0x80]),
            (255, &[0x04, 0x81, 0xFF]),
            (256, &[0x04, 0x82, 0x01, 0x00]),
            (65536, &[0x04, 0x83, 0x01, 0x00, 0x00]),
        ] {
            let content = alloc::vec![0xAB; len];
            let mut out = Vec::new();
            BerWriter::new(&mut out).octet_string(Tag::OCTET_STRING, &content);
            assert_eq!(&out[..head.len()], head, "{len}");
            assert_eq!(out.len(), tlv_len(Tag::OCTET_STRING, len));
        }
    }

    #[test]
    fn high_tag_numbers() {
        for (n, id) in [
            (31u32, &[0x9F, 0x1F][..]),
            (127, &[0x9F, 0x7F]),
            (128, &[0x9F, 0x81, 0x00]),
            (u32::MAX, &[0x9F, 0x8F, 0xFF, 0xFF, 0xFF, 0x7F]),
        ] {
            let mut out = Vec::new();
            BerWriter::new(&mut out).null(Tag::context(n));
            assert_eq!(&out[..out.len() - 1], id);
        }
    }
}
