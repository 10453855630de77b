//! TP-UDL and TP-UD (TS 23.040 §9.2.3.16, §9.2.3.24): the header, the fill bits and the text.

use crate::alphabet::septets::{self, Packer, Septets};
use crate::alphabet::{self, Gsm7Chars, Ucs2Chars};
use crate::udh::{self, Ie, Iei, Udh};
use crate::{Alphabet, Dcs, DecodeError, EncodeError};
use smsip_core::{Reader, Sink};

/// Largest TP-UD of SMS-DELIVER and SMS-SUBMIT: 140 octets (160 septets).
pub const MAX_UD_OCTETS: usize = 140;

/// TP-UDHI, TP-UDL and the TP-UD octets, borrowed as received.
///
/// How TP-UDL counts (septets or octets) and how the octets read depend on TP-DCS, which the
/// TPDU carries next to it: see [`UserData::text`] and the TPDU types' `text()` methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct UserData<'a> {
    /// TP-UDHI: the data starts with a User Data Header.
    pub udhi: bool,
    /// TP-UDL: septets for uncompressed GSM 7-bit, else octets; the header included.
    pub udl: u8,
    /// TP-UD: the octets (for GSM 7-bit, `ceil(7 * udl / 8)` of them).
    pub data: &'a [u8],
}

/// How TP-UD reads under each TP-DCS value, from [`Dcs::compressed`] and [`Dcs::alphabet`],
/// tabulated for the decoding hot path (one load instead of the coding group rules).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coding {
    /// Uncompressed GSM 7-bit: TP-UDL counts septets ([`Dcs::udl_in_septets`]).
    Gsm7,
    /// Uncompressed UCS2.
    Ucs2,
    /// 8-bit data or compressed: no text.
    Other,
}

// Evaluated at compile time: an index out of bounds would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
static CODING: [Coding; 256] = {
    let mut t = [Coding::Other; 256];
    let mut i = 0;
    while i < 256 {
        let dcs = Dcs(i as u8);
        t[i] = if dcs.compressed() {
            Coding::Other
        } else {
            match dcs.alphabet() {
                Alphabet::Gsm7 => Coding::Gsm7,
                Alphabet::Ucs2 => Coding::Ucs2,
                Alphabet::EightBit => Coding::Other,
            }
        };
        i += 1;
    }
    t
};

#[inline(always)]
fn coding(dcs: Dcs) -> Coding {
    CODING
        .get(usize::from(dcs.0))
        .copied()
        .unwrap_or(Coding::Other)
}

/// Octets of TP-UD for a TP-UDL under a DCS.
#[inline]
pub const fn ud_octets(udl: u8, dcs: Dcs) -> usize {
    if dcs.udl_in_septets() {
        (7 * udl as usize).div_ceil(8)
    } else {
        udl as usize
    }
}

#[inline(always)]
pub(crate) fn decode<'a>(
    r: &mut Reader<'a>,
    dcs: Dcs,
    udhi: bool,
    max_octets: usize,
) -> Result<UserData<'a>, DecodeError> {
    let at = r.offset();
    let udl = r.u8("TP-UDL")?;
    // `ud_octets`, with the tabulated DCS.
    let n = if coding(dcs) == Coding::Gsm7 {
        (7 * usize::from(udl)).div_ceil(8)
    } else {
        usize::from(udl)
    };
    if n > max_octets {
        return Err(DecodeError::invalid(
            "TP-UDL",
            at,
            "longer than the TPDU allows",
        ));
    }
    let data = r.take(n, "TP-UD")?;
    check_header(udhi, udl, data, dcs)
        .map_err(|reason| DecodeError::invalid("UDHL", at + 1, reason))?;
    Ok(UserData { udhi, udl, data })
}

/// The User Data Header, if TP-UDHI says there is one, fits in TP-UD (and in TP-UDL septets).
/// Takes the parts, not a `UserData`, so decoding keeps them in registers.
#[inline(always)]
fn check_header(udhi: bool, udl: u8, data: &[u8], dcs: Dcs) -> Result<(), &'static str> {
    if !udhi {
        return Ok(());
    }
    let Some(&udhl) = data.first() else {
        return Err("TP-UDHI is set but TP-UD is empty");
    };
    let h = usize::from(udhl) + 1;
    if h > data.len() {
        return Err("header longer than TP-UD");
    }
    if coding(dcs) == Coding::Gsm7 && septets::udh_septets(h) > usize::from(udl) {
        return Err("header longer than TP-UDL septets");
    }
    Ok(())
}

impl<'a> UserData<'a> {
    /// User data from its parts (see [`UserDataBuf`] to build it from text).
    pub const fn new(udhi: bool, udl: u8, data: &'a [u8]) -> Self {
        UserData { udhi, udl, data }
    }

    pub(crate) fn validate(&self, dcs: Dcs, max_octets: usize) -> Result<(), EncodeError> {
        if self.data.len() != ud_octets(self.udl, dcs) {
            return Err(EncodeError::invalid(
                "TP-UDL",
                "does not match the TP-UD octets",
            ));
        }
        if self.data.len() > max_octets {
            return Err(EncodeError::invalid("TP-UD", "longer than the TPDU allows"));
        }
        check_header(self.udhi, self.udl, self.data, dcs)
            .map_err(|r| EncodeError::invalid("UDHL", r))
    }

    pub(crate) fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        out.put(self.udl);
        out.put_slice(self.data);
    }

    /// The User Data Header, when TP-UDHI is set.
    ///
    /// Its [`IeIter`](crate::udh::IeIter) errors count offsets from the start of TP-UD (the
    /// view does not know where TP-UD sits in the TPDU); decoding already checked that the
    /// header fits, with offsets into the TPDU.
    pub fn header(&self) -> Option<Udh<'a>> {
        if self.udhi {
            Udh::parse(self.data).ok()
        } else {
            None
        }
    }

    /// The short message part after the header: its octets, the fill bits in front of its
    /// first septet (GSM 7-bit only), and its length in septets (GSM 7-bit) or octets.
    pub fn sm(&self, dcs: Dcs) -> Sm<'a> {
        self.sm_after(self.header(), dcs)
    }

    /// [`UserData::sm`] with the header already parsed.
    #[inline]
    fn sm_after(&self, header: Option<Udh<'a>>, dcs: Dcs) -> Sm<'a> {
        let h = header.map_or(0, |h| h.len());
        let bytes = self.data.get(h..).unwrap_or(&[]);
        if coding(dcs) == Coding::Gsm7 {
            let fill = if h == 0 { 0 } else { septets::fill_bits(h) };
            let count = usize::from(self.udl).saturating_sub(septets::udh_septets(h));
            Sm { bytes, fill, count }
        } else {
            Sm {
                bytes,
                fill: 0,
                count: bytes.len(),
            }
        }
    }

    /// The GSM 7-bit decoder of the short message: the default tables, or the national
    /// tables the header selects. The header is parsed once.
    #[inline]
    fn gsm7_chars(&self, dcs: Dcs) -> Gsm7Chars<'a> {
        let header = self.header();
        let sm = self.sm_after(header, dcs);
        let s = Septets::new(sm.bytes, sm.fill, sm.count);
        match header {
            Some(h) => {
                let (locking, single) = national_shifts(&h);
                Gsm7Chars::national(s, locking, single)
            }
            None => Gsm7Chars::default_tables(s),
        }
    }

    /// The text, decoded lazily: GSM 7-bit with the default tables or the national tables the
    /// header selects (IEs 0x24/0x25), or UCS2. 8-bit data and compressed text yield nothing
    /// (use [`UserData::sm`]).
    pub fn text(&self, dcs: Dcs) -> Text<'a> {
        match coding(dcs) {
            Coding::Gsm7 => Text(TextInner::Gsm7(self.gsm7_chars(dcs))),
            Coding::Ucs2 => Text(TextInner::Ucs2(Ucs2Chars::new(self.sm(dcs).bytes))),
            Coding::Other => Text(TextInner::None),
        }
    }

    /// Appends the text to `out` (reserve once, reuse the `String` to avoid allocating).
    #[cfg(feature = "alloc")]
    #[inline]
    pub fn text_into(&self, dcs: Dcs, out: &mut alloc::string::String) {
        match coding(dcs) {
            Coding::Gsm7 => self.gsm7_chars(dcs).decode_into(out),
            Coding::Ucs2 => out.extend(Ucs2Chars::new(self.sm(dcs).bytes)),
            Coding::Other => {}
        }
    }
}

/// The locking and single shift NLIs of a header (IEs 0x25 and 0x24), in one pass: the last
/// valid one of each, none of either when an IE crosses the end of the header (the rules of
/// [`Udh::national_locking_shift`] and [`Udh::national_single_shift`]).
fn national_shifts(h: &Udh<'_>) -> (Option<u8>, Option<u8>) {
    let (mut locking, mut single) = (None, None);
    for ie in h.ies() {
        match ie.map(|ie| ie.value()) {
            Ok(Some(udh::IeValue::NationalLockingShift(n))) => locking = Some(n),
            Ok(Some(udh::IeValue::NationalSingleShift(n))) => single = Some(n),
            Ok(_) => {}
            Err(_) => return (None, None),
        }
    }
    (locking, single)
}

/// The short message part of TP-UD (after the header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sm<'a> {
    /// Its octets.
    pub bytes: &'a [u8],
    /// Fill bits before the first septet (GSM 7-bit after a header).
    pub fill: u8,
    /// Septets (GSM 7-bit) or octets.
    pub count: usize,
}

/// The lazily decoded text of a short message (an iterator of `char`).
#[derive(Debug, Clone)]
pub struct Text<'a>(TextInner<'a>);

#[derive(Debug, Clone)]
enum TextInner<'a> {
    Gsm7(Gsm7Chars<'a>),
    Ucs2(Ucs2Chars<'a>),
    None,
}

impl Iterator for Text<'_> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        match &mut self.0 {
            TextInner::Gsm7(c) => c.next(),
            TextInner::Ucs2(c) => c.next(),
            TextInner::None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.0 {
            TextInner::Gsm7(c) => c.size_hint(),
            TextInner::Ucs2(c) => c.size_hint(),
            TextInner::None => (0, Some(0)),
        }
    }
}

/// Owned TP-UD built from text or data, stored inline (no allocation).
///
/// ```
/// use smsip_tpdu::{UserDataBuf, udh::{Ie, Iei}};
/// let ud = UserDataBuf::gsm7(&[Ie { iei: Iei::CONCAT_8, data: &[0xA5, 2, 1] }], "Hello world").unwrap();
/// let v = ud.as_user_data();
/// assert_eq!(v.udl, 0x12);
/// assert_eq!(v.data, [0x05, 0x00, 0x03, 0xA5, 0x02, 0x01, 0x90, 0x65, 0x36, 0xFB, 0x0D, 0xBA, 0xBF, 0xE5, 0x6C, 0x32]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct UserDataBuf {
    udhi: bool,
    udl: u8,
    len: u8,
    alphabet: Alphabet,
    buf: [u8; MAX_UD_OCTETS],
}

impl core::fmt::Debug for UserDataBuf {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("UserDataBuf")
            .field("alphabet", &self.alphabet)
            .field("ud", &self.as_user_data())
            .finish()
    }
}

impl UserDataBuf {
    fn with_header(ies: &[Ie<'_>], alphabet: Alphabet) -> Result<(Self, usize), EncodeError> {
        let mut b = UserDataBuf {
            udhi: !ies.is_empty(),
            udl: 0,
            len: 0,
            alphabet,
            buf: [0; MAX_UD_OCTETS],
        };
        let h = if ies.is_empty() {
            0
        } else {
            let mut s = smsip_core::SliceSink::new(&mut b.buf);
            udh::encode_udh(ies, &mut s)?;
            s.finish()?
        };
        Ok((b, h))
    }

    /// GSM 7-bit text after an optional header. The header's IEs 0x25/0x24, if any, select the
    /// national locking/single shift tables used to encode. At most 140 octets in all.
    pub fn gsm7(ies: &[Ie<'_>], text: &str) -> Result<Self, EncodeError> {
        let (mut b, h) = Self::with_header(ies, Alphabet::Gsm7)?;
        let nli = |iei: Iei| {
            ies.iter()
                .rev()
                .find(|ie| ie.iei == iei)
                .and_then(|ie| ie.data.first().copied())
        };
        let locking = nli(Iei::NATIONAL_LOCKING_SHIFT).unwrap_or(0);
        let single = nli(Iei::NATIONAL_SINGLE_SHIFT).unwrap_or(0);
        let fill = if h == 0 { 0 } else { septets::fill_bits(h) };
        let mut septet_count = if h == 0 { 0 } else { septets::udh_septets(h) };
        let mut sink = smsip_core::SliceSink::new(b.buf.get_mut(h..).unwrap_or(&mut []));
        let mut p = Packer::new(fill);
        for c in text.chars() {
            let mut s = [0u8; 2];
            let n = alphabet::encode_char(c, locking, single, &mut s).ok_or(
                EncodeError::invalid("TP-UD", "character not in the selected GSM 7-bit tables"),
            )?;
            for &x in s.get(..n).unwrap_or(&[]) {
                p.push(x, &mut sink);
            }
            septet_count += n;
        }
        p.finish(&mut sink);
        if septet_count > 160 {
            return Err(EncodeError::invalid("TP-UD", "more than 160 septets"));
        }
        let n = sink
            .finish()
            .map_err(|_| EncodeError::invalid("TP-UD", "more than 140 octets"))?;
        b.udl = septet_count as u8;
        b.len = (h + n) as u8;
        Ok(b)
    }

    /// UCS2 text (UTF-16 big-endian: characters outside the BMP become surrogate pairs) after an
    /// optional header. At most 140 octets in all.
    pub fn ucs2(ies: &[Ie<'_>], text: &str) -> Result<Self, EncodeError> {
        let (mut b, h) = Self::with_header(ies, Alphabet::Ucs2)?;
        let mut n = h;
        for u in text.encode_utf16() {
            let dst = b
                .buf
                .get_mut(n..n + 2)
                .ok_or(EncodeError::invalid("TP-UD", "more than 140 octets"))?;
            dst.copy_from_slice(&u.to_be_bytes());
            n += 2;
        }
        b.udl = n as u8;
        b.len = n as u8;
        Ok(b)
    }

    /// 8-bit data after an optional header. At most 140 octets in all.
    pub fn binary(ies: &[Ie<'_>], data: &[u8]) -> Result<Self, EncodeError> {
        let (mut b, h) = Self::with_header(ies, Alphabet::EightBit)?;
        let n = h + data.len();
        b.buf
            .get_mut(h..n)
            .ok_or(EncodeError::invalid("TP-UD", "more than 140 octets"))?
            .copy_from_slice(data);
        b.udl = n as u8;
        b.len = n as u8;
        Ok(b)
    }

    /// The alphabet the data was built in (choose a TP-DCS that matches).
    pub fn alphabet(&self) -> Alphabet {
        self.alphabet
    }

    /// A borrowed view to put in a TPDU.
    pub fn as_user_data(&self) -> UserData<'_> {
        UserData {
            udhi: self.udhi,
            udl: self.udl,
            data: self.buf.get(..usize::from(self.len)).unwrap_or(&[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{coding, Coding};
    use crate::udh::Udh;
    use crate::{Alphabet, Dcs};

    #[test]
    fn coding_table_follows_the_dcs_rules() {
        for b in 0..=255u8 {
            let dcs = Dcs(b);
            let expect = match (dcs.compressed(), dcs.alphabet()) {
                (false, Alphabet::Gsm7) => Coding::Gsm7,
                (false, Alphabet::Ucs2) => Coding::Ucs2,
                _ => Coding::Other,
            };
            assert!(coding(dcs) == expect, "DCS {b:#04x}");
            assert_eq!(
                coding(dcs) == Coding::Gsm7,
                dcs.udl_in_septets(),
                "DCS {b:#04x}"
            );
        }
    }

    #[test]
    fn national_shifts_follow_the_udh_lookups() {
        let headers: [&[u8]; 7] = [
            &[0x03, 0x25, 0x01, 0x01],
            &[0x06, 0x24, 0x01, 0x02, 0x25, 0x01, 0x03],
            &[0x06, 0x25, 0x01, 0x01, 0x25, 0x01, 0x04],
            &[0x05, 0x25, 0x02, 0x01, 0x02, 0x00],
            &[0x05, 0x00, 0x03, 0x2A, 0x02, 0x01],
            &[0x04, 0x25, 0x01, 0x01, 0x24],
            &[0x05, 0x24, 0x01, 0x02, 0x25, 0x05],
        ];
        for data in headers {
            let h = Udh::parse(data).unwrap();
            let got = super::national_shifts(&h);
            assert_eq!(
                got,
                (h.national_locking_shift(), h.national_single_shift()),
                "{data:02x?}"
            );
        }
    }
}
