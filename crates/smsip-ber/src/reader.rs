//! The borrowed TLV reader (X.690 §8.1): [`BerReader`] over the contents of a constructed
//! element, [`Element`] for one TLV, [`RawElements`] for elements kept undecoded.

use core::fmt;

use smsip_core::{Reader, Sink};

use crate::{BitString, DecodeError, ErrorKind, Integer, Oid, Tag};

/// Default limit on nested constructed levels (X.690 puts none; MAP and TCAP need about ten).
pub const DEFAULT_MAX_DEPTH: u16 = 32;

/// The largest limit [`BerReader::with_max_depth`] accepts (larger values are clamped): it bounds
/// the recursion of [`Element::reassemble_octet_string`] and of callers' tree walkers.
pub const MAX_DEPTH_LIMIT: u16 = 256;

/// Identifier and length octets of one element.
#[derive(Debug, Clone, Copy)]
struct Header {
    tag: Tag,
    /// The first identifier octet.
    identifier: u8,
    constructed: bool,
    /// `None` for the indefinite form.
    len: Option<usize>,
    header_len: usize,
}

impl Header {
    /// `[UNIVERSAL 0]`: reserved for end-of-contents (X.680 §8.6 Table 1).
    #[inline]
    fn is_universal_zero(&self) -> bool {
        self.tag.number == 0 && self.tag.is_universal()
    }

    /// Exactly the end-of-contents octets `00 00` (X.690 §8.1.5).
    #[inline]
    fn is_eoc(&self) -> bool {
        self.is_universal_zero() && !self.constructed && self.len == Some(0) && self.header_len == 2
    }
}

/// Parses identifier (X.690 §8.1.2) and length (§8.1.3) octets.
#[inline]
fn parse_header(r: &mut Reader<'_>, field: &'static str) -> Result<Header, DecodeError> {
    let start = r.offset();
    let b0 = r.u8(field)?;
    let constructed = b0 & 0x20 != 0;
    let mut number = u32::from(b0 & 0x1F);
    if number == 0x1F {
        // High-tag-number form (§8.1.2.4): base 128, bit 8 set on all but the last octet.
        let bad_tag = DecodeError::new(ErrorKind::BadTag, start, field);
        let mut b = r.u8(field)?;
        if b == 0x80 {
            return Err(bad_tag); // §8.1.2.4.2 c: bits 7-1 of the first octet not all zero
        }
        number = 0;
        loop {
            if number > u32::MAX >> 7 {
                return Err(bad_tag);
            }
            number = (number << 7) | u32::from(b & 0x7F);
            if b & 0x80 == 0 {
                break;
            }
            b = r.u8(field)?;
        }
        if number < 31 {
            return Err(bad_tag); // §8.1.2.2: numbers 0..=30 use the low-tag-number form
        }
    }
    let tag = Tag::new(crate::Class::from_bits(b0 >> 6), number);
    let len_offset = r.offset();
    let l0 = r.u8(field)?;
    let len = match l0 {
        0x00..=0x7F => Some(usize::from(l0)), // §8.1.3.4 short form
        0x80 => {
            // §8.1.3.6 indefinite form, constructed only (§8.1.3.2 a)
            if !constructed {
                return Err(DecodeError::new(
                    ErrorKind::IndefinitePrimitive,
                    len_offset,
                    field,
                ));
            }
            None
        }
        0xFF => return Err(DecodeError::new(ErrorKind::BadLongForm, len_offset, field)),
        _ => {
            // §8.1.3.5 long form; leading zero octets (non-minimal) are accepted.
            let mut v: usize = 0;
            for _ in 0..(l0 & 0x7F) {
                let b = r.u8(field)?;
                if v > usize::MAX >> 8 {
                    return Err(DecodeError::new(
                        ErrorKind::LengthOverflow,
                        len_offset,
                        field,
                    ));
                }
                v = (v << 8) | usize::from(b);
            }
            Some(v)
        }
    };
    Ok(Header {
        tag,
        identifier: b0,
        constructed,
        len,
        header_len: r.offset() - start,
    })
}

/// Finds the end of indefinite-length contents starting at `r` (X.690 §8.1.3.6) without
/// recursion: nested definite elements are skipped by length, nested indefinite ones counted.
/// Returns the contents length (without the `00 00`) and leaves `r` after the end-of-contents.
fn scan_indefinite(
    r: &mut Reader<'_>,
    depth: u16,
    max_depth: u16,
    field: &'static str,
    element_offset: usize,
) -> Result<usize, DecodeError> {
    let depth_error =
        |offset| DecodeError::new(ErrorKind::DepthExceeded { limit: max_depth }, offset, field);
    if u32::from(depth) + 1 > u32::from(max_depth) {
        return Err(depth_error(element_offset));
    }
    let content_start = r.offset();
    let mut open: u32 = 1;
    loop {
        let offset = r.offset();
        if r.is_empty() {
            return Err(DecodeError::new(ErrorKind::MissingEoc, offset, field));
        }
        let h = parse_header(r, field)?;
        if h.is_universal_zero() {
            if !h.is_eoc() {
                return Err(DecodeError::new(ErrorKind::MalformedEoc, offset, field));
            }
            open -= 1;
            if open == 0 {
                return Ok(offset - content_start);
            }
            continue;
        }
        match h.len {
            Some(n) => {
                r.take(n, field)?;
            }
            None => {
                open += 1;
                if u32::from(depth) + open > u32::from(max_depth) {
                    return Err(depth_error(offset));
                }
            }
        }
    }
}

/// A lazy reader of the elements in a buffer or in the contents of a constructed element: the
/// tool for hand-written decoders of SEQUENCEs with IMPLICIT context tags.
///
/// * Iterating yields each element (`Result<Element, DecodeError>`), fused after the first error.
/// * For SEQUENCE-in-order decoding: [`expect`](Self::expect) a mandatory element,
///   [`optional`](Self::optional) for OPTIONAL ones (returns `None` and consumes nothing when the
///   next element has another tag), the `read_*` shortcuts for primitive fields,
///   [`rest_as_raw`](Self::rest_as_raw) for the unknown elements after an extension marker, and
///   [`finish`](Self::finish) to reject trailing data.
/// * Errors carry the octet offset (from the start of the outermost buffer) and the name of the
///   field or type being decoded. Stream errors (bad header, truncation) are sticky: every later
///   call returns the same error.
///
/// Indefinite lengths are followed to their end-of-contents without recursion; nesting deeper
/// than the reader's depth limit ([`DEFAULT_MAX_DEPTH`] unless set) is an error.
///
/// ```
/// use smsip_ber::{BerReader, Tag};
/// // RoutingInfoForSM-Arg of map-sms.md §13.1.
/// let arg = [
///     0x30, 0x26, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x81, 0x01, 0xFF, 0x82,
///     0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00, 0x87, 0x00, 0x88, 0x01, 0x00, 0x89, 0x08,
///     0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65, 0x8B, 0x00,
/// ];
/// let mut outer = BerReader::new(&arg);
/// let mut seq = outer.enter(Tag::SEQUENCE, "RoutingInfoForSM-Arg")?;
/// outer.finish()?;
/// let msisdn = seq.read_octet_string(Tag::context(0), "msisdn")?;
/// let sm_rp_pri = seq.read_bool(Tag::context(1), "sm-RP-PRI")?;
/// let sc = seq.read_octet_string(Tag::context(2), "serviceCentreAddress")?;
/// let ext = seq.optional(Tag::context(6), "extensionContainer")?;
/// let gprs = seq.read_flag(Tag::context(7), "gprsSupportIndicator")?;
/// let mti = seq.optional_with(Tag::context(8), "sm-RP-MTI", |e| e.integer::<u8>())?;
/// let smea = seq.optional_with(Tag::context(9), "sm-RP-SMEA", |e| e.octet_string())?;
/// let not_intended = seq.optional_with(Tag::context(10), "sm-deliveryNotIntended", |e| e.enumerated::<u8>())?;
/// let guidance = seq.read_flag(Tag::context(11), "ip-sm-gwGuidanceIndicator")?;
/// let unknown = seq.rest_as_raw()?; // after `...`: kept, not decoded
/// seq.finish()?;
/// assert_eq!(msisdn, [0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32]);
/// assert!(sm_rp_pri && gprs && guidance && ext.is_none() && not_intended.is_none());
/// assert_eq!((sc.len(), mti, smea.map(|s| s.len())), (7, Some(0), Some(8)));
/// assert!(unknown.is_empty());
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Debug, Clone)]
pub struct BerReader<'a> {
    /// The octets not read yet (the end of the buffer).
    rest: &'a [u8],
    /// Offset of `rest` in the outermost buffer.
    base: usize,
    name: &'static str,
    /// Depth and depth limit, in the bits [`Element`]s carry them in ([`Meta::limits`]).
    limits: u64,
    state: State,
}

/// Whether a [`BerReader`] met a stream error. The error itself is not stored: parsing is a pure
/// function of the unread octets (which a failure does not advance past), so every later call
/// parses again and returns the same error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Ok,
    /// A stream error at `rest`, not yet yielded by the iterator.
    Failed,
    /// A stream error the iterator has yielded (it is fused after that).
    Reported,
}

/// The identifier octet (P/C bit clear) of `tag` when the fast paths can match it: a low tag
/// number (X.690 §8.1.2.3), and not `[UNIVERSAL 0]` (end-of-contents, always parsed fully).
/// Constant-folded when `tag` is a constant.
#[inline(always)]
const fn fast_identifier(tag: Tag) -> Option<u8> {
    if tag.number < 31 && !(tag.number == 0 && tag.is_universal()) {
        Some(tag.first_octet(false) | tag.number as u8)
    } else {
        None
    }
}

/// True for an identifier octet of the low-tag-number form other than `[UNIVERSAL 0]`.
#[inline(always)]
const fn is_fast_identifier(b0: u8) -> bool {
    b0 & 0x1F != 0x1F && b0 & 0xDF != 0
}

/// Header and contents lengths of an element whose length octets are in the short form or the
/// one-octet long form (`81 nn`); `None` for every other length (or too few octets).
#[inline(always)]
fn fast_length(rest: &[u8]) -> Option<(usize, usize)> {
    match *rest {
        [_, l0, ..] if l0 < 0x80 => Some((2, usize::from(l0))),
        [_, 0x81, l1, ..] => Some((3, usize::from(l1))),
        _ => None,
    }
}

impl<'a> BerReader<'a> {
    /// A reader over the elements of `bytes` (the outermost buffer: offsets start at 0), with the
    /// default depth limit.
    #[inline]
    pub const fn new(bytes: &'a [u8]) -> Self {
        Self::with_base(bytes, 0)
    }

    /// A reader whose offsets are reported relative to an enclosing buffer in which `bytes`
    /// starts at `base` (e.g. TCAP handing its component parameter to MAP).
    #[inline]
    pub const fn with_base(bytes: &'a [u8], base: usize) -> Self {
        BerReader {
            rest: bytes,
            base,
            name: "BER",
            limits: Meta::limits(0, DEFAULT_MAX_DEPTH),
            state: State::Ok,
        }
    }

    /// Sets the limit on nested constructed levels below this reader's buffer (clamped to
    /// [`MAX_DEPTH_LIMIT`]); elements and readers created from this one inherit it.
    ///
    /// ```
    /// use smsip_ber::{BerReader, ErrorKind};
    /// let nested = [0x30, 0x80, 0x30, 0x80, 0x00, 0x00, 0x00, 0x00];
    /// let err = BerReader::new(&nested).with_max_depth(1).next_element().unwrap_err();
    /// assert_eq!(err.kind, ErrorKind::DepthExceeded { limit: 1 });
    /// assert_eq!(err.offset, 2);
    /// assert!(BerReader::new(&nested).with_max_depth(2).next_element().is_ok());
    /// ```
    #[inline]
    pub fn with_max_depth(mut self, max_depth: u16) -> Self {
        self.limits = Meta::limits(self.depth(), max_depth.min(MAX_DEPTH_LIMIT));
        self
    }

    /// Renames the reader: its own errors (truncation, bad headers, trailing data) name `name`.
    #[inline]
    pub fn named(mut self, name: &'static str) -> Self {
        self.name = name;
        self
    }

    /// The name errors of this reader carry.
    #[inline]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Number of constructed elements enclosing this reader's buffer (0 for the outermost).
    #[inline]
    pub const fn depth(&self) -> u16 {
        Meta::depth(self.limits)
    }

    /// The depth limit.
    #[inline]
    const fn max_depth(&self) -> u16 {
        Meta::max_depth(self.limits)
    }

    /// Offset of the next element (or of the end), in the outermost buffer.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.base
    }

    /// Offset just past the last octet of this reader's buffer.
    #[inline]
    pub const fn end_offset(&self) -> usize {
        self.base + self.rest.len()
    }

    /// True when no element is left.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// An element of the fast form (see [`fast_length`]) at the start of `rest`, with the octets
    /// after it; `None` when the general parser is needed.
    #[inline(always)]
    fn fast_element(&self, b0: u8) -> Option<(Element<'a>, &'a [u8])> {
        let (header_len, len) = fast_length(self.rest)?;
        let (raw, rest) = self.rest.split_at_checked(header_len + len)?;
        Some((
            Element {
                raw,
                name: self.name,
                offset: self.base,
                meta: Meta::pack(u32::from(b0 & 0x1F), b0, false, header_len, self.limits),
            },
            rest,
        ))
    }

    /// The next element and the octets after it, without consuming it; `Ok(None)` at the end.
    #[inline(always)]
    fn parse_next(&self) -> Result<Option<(Element<'a>, &'a [u8])>, DecodeError> {
        // Fast path, nearly every element of MAP and TCAP: one identifier octet with a tag number
        // below 31 (X.690 §8.1.2.3), not [UNIVERSAL 0], and a short-form length (§8.1.3.4) or
        // `81 nn`.
        match self.rest.first() {
            None => Ok(None),
            Some(&b0) => {
                if is_fast_identifier(b0) {
                    if let Some(found) = self.fast_element(b0) {
                        return Ok(Some(found));
                    }
                }
                // By value: the reader itself is never address-taken on the fast path, so it
                // can live in registers.
                Self::parse_general(self.clone()).map(Some)
            }
        }
    }

    /// Every other header: high tag numbers, long and indefinite lengths, errors.
    #[cold]
    #[inline(never)]
    fn parse_general(self) -> Result<(Element<'a>, &'a [u8]), DecodeError> {
        let rest = self.rest;
        let offset = self.base;
        let mut r = Reader::with_base(rest, offset);
        let h = parse_header(&mut r, self.name)?;
        if h.is_universal_zero() {
            let kind = if h.is_eoc() {
                ErrorKind::UnexpectedEoc
            } else {
                ErrorKind::MalformedEoc
            };
            return Err(DecodeError::new(kind, offset, self.name));
        }
        match h.len {
            Some(n) => {
                r.take(n, self.name)?;
            }
            None => {
                let (depth, max_depth) = (self.depth(), self.max_depth());
                scan_indefinite(&mut r, depth, max_depth, self.name, offset)?;
            }
        }
        let total = r.offset() - offset;
        let (raw, after) = rest.split_at_checked(total).unwrap_or((rest, &[]));
        Ok((
            Element {
                raw,
                name: self.name,
                offset,
                meta: Meta::pack(
                    h.tag.number,
                    h.identifier,
                    h.len.is_none(),
                    h.header_len,
                    self.limits,
                ),
            },
            after,
        ))
    }

    /// Moves past `e`, whose encoding `rest` follows.
    #[inline(always)]
    fn advance(&mut self, e: &Element<'a>, rest: &'a [u8]) {
        self.base += e.raw.len();
        self.rest = rest;
    }

    /// [`parse_next`](Self::parse_next), remembering a failure.
    #[inline(always)]
    fn peek_inner(&mut self) -> Result<Option<(Element<'a>, &'a [u8])>, DecodeError> {
        let r = self.parse_next();
        if r.is_err() && self.state == State::Ok {
            self.state = State::Failed;
        }
        r
    }

    /// Remembers `error` if it is a stream error (a bad or truncated element), not a decoder's
    /// complaint about a well-formed one.
    #[inline(always)]
    fn note(&mut self, error: &DecodeError) {
        if self.state == State::Ok
            && !matches!(
                error.kind,
                ErrorKind::UnexpectedTag { .. } | ErrorKind::MissingMandatory
            )
        {
            self.state = State::Failed;
        }
    }

    /// The next element, `Ok(None)` at the end.
    #[inline(always)]
    pub fn next_element(&mut self) -> Result<Option<Element<'a>>, DecodeError> {
        match self.peek_inner()? {
            Some((e, rest)) => {
                self.advance(&e, rest);
                Ok(Some(e))
            }
            None => Ok(None),
        }
    }

    /// The next element without consuming it.
    #[inline]
    pub fn peek(&mut self) -> Result<Option<Element<'a>>, DecodeError> {
        Ok(self.peek_inner()?.map(|(e, _)| e))
    }

    /// The tag of the next element (for CHOICEs), without consuming it.
    #[inline]
    pub fn peek_tag(&mut self) -> Result<Option<Tag>, DecodeError> {
        Ok(self.peek()?.map(|e| e.tag()))
    }

    /// The next element whatever its tag (an untagged CHOICE, an open type); a
    /// [`MissingMandatory`](ErrorKind::MissingMandatory) error naming `name` at the end.
    #[inline(always)]
    pub fn read(&mut self, name: &'static str) -> Result<Element<'a>, DecodeError> {
        match self.next_element()? {
            Some(e) => Ok(e.named(name)),
            None => Err(DecodeError::new(
                ErrorKind::MissingMandatory,
                self.end_offset(),
                name,
            )),
        }
    }

    /// The next element, which must have `tag`: a mandatory SEQUENCE component. Errors:
    /// [`MissingMandatory`](ErrorKind::MissingMandatory) at the end of the contents,
    /// [`UnexpectedTag`](ErrorKind::UnexpectedTag) (nothing consumed) for another tag.
    /// The element is named `name` for its own errors.
    #[inline(always)]
    pub fn expect(&mut self, tag: Tag, name: &'static str) -> Result<Element<'a>, DecodeError> {
        if let Some(id) = fast_identifier(tag) {
            if let (State::Ok, Some(&b0)) = (self.state, self.rest.first()) {
                if b0 & 0xDF == id {
                    if let Some((e, rest)) = self.fast_element(b0) {
                        self.advance(&e, rest);
                        return Ok(e.named(name));
                    }
                }
            }
        }
        match Self::expect_slow(self.clone(), tag, name) {
            Ok((e, rest)) => {
                self.advance(&e, rest);
                Ok(e)
            }
            Err(error) => {
                self.note(&error);
                Err(error)
            }
        }
    }

    /// [`expect`](Self::expect) off the fast path (on a copy of the reader, see
    /// [`parse_next`](Self::parse_next)).
    #[cold]
    #[inline(never)]
    fn expect_slow(
        self,
        tag: Tag,
        name: &'static str,
    ) -> Result<(Element<'a>, &'a [u8]), DecodeError> {
        // Another tag in the identifier octet: reported without parsing the element.
        if let (State::Ok, Some(&b0)) = (self.state, self.rest.first()) {
            if is_fast_identifier(b0) {
                let found = Tag::new(crate::Class::from_bits(b0 >> 6), u32::from(b0 & 0x1F));
                if found != tag {
                    let kind = ErrorKind::UnexpectedTag {
                        expected: tag,
                        found,
                    };
                    return Err(DecodeError::new(kind, self.base, name));
                }
            }
        }
        match self.parse_next()? {
            Some((e, rest)) if e.tag() == tag => Ok((e.named(name), rest)),
            Some((e, _)) => Err(DecodeError::new(
                ErrorKind::UnexpectedTag {
                    expected: tag,
                    found: e.tag(),
                },
                e.offset,
                name,
            )),
            None => Err(DecodeError::new(
                ErrorKind::MissingMandatory,
                self.end_offset(),
                name,
            )),
        }
    }

    /// The next element, consumed and named `name`, if it has `tag` and the common short form:
    /// one identifier octet and a definite length below 256. `None` (nothing consumed, no error)
    /// otherwise: then [`expect`](Self::expect) or [`optional`](Self::optional) give the
    /// answer for every form, with the errors.
    ///
    /// For decoders that want the element of the usual form handled on its own straight path
    /// (its header is then known exactly where it is used), the general one apart.
    ///
    /// ```
    /// use smsip_ber::{BerReader, Tag};
    /// let mut r = BerReader::new(&[0x80, 0x01, 0x07, 0x9F, 0x20, 0x00]);
    /// assert!(r.take_short(Tag::context(1), "x").is_none());
    /// assert_eq!(r.take_short(Tag::context(0), "x").unwrap().content(), [0x07]);
    /// assert!(r.take_short(Tag::context(32), "y").is_none()); // high tag number: not short
    /// assert!(r.expect(Tag::context(32), "y").is_ok());
    /// ```
    #[inline(always)]
    pub fn take_short(&mut self, tag: Tag, name: &'static str) -> Option<Element<'a>> {
        let id = fast_identifier(tag)?;
        if let (State::Ok, Some(&b0)) = (self.state, self.rest.first()) {
            if b0 & 0xDF == id {
                if let Some((e, rest)) = self.fast_element(b0) {
                    self.advance(&e, rest);
                    return Some(e.named(name));
                }
            }
        }
        None
    }

    /// [`take_short`](Self::take_short) whatever the tag (for an untagged CHOICE, with
    /// [`read`](Self::read) as the general path).
    ///
    /// ```
    /// use smsip_ber::{BerReader, Tag};
    /// let mut r = BerReader::new(&[0x84, 0x01, 0x91, 0x05, 0x00]);
    /// assert_eq!(r.take_short_any("sm-RP-OA").unwrap().tag(), Tag::context(4));
    /// assert_eq!(r.take_short_any("x").unwrap().tag(), Tag::NULL);
    /// assert!(r.take_short_any("x").is_none() && r.is_empty());
    /// ```
    #[inline(always)]
    pub fn take_short_any(&mut self, name: &'static str) -> Option<Element<'a>> {
        if let (State::Ok, Some(&b0)) = (self.state, self.rest.first()) {
            if is_fast_identifier(b0) {
                if let Some((e, rest)) = self.fast_element(b0) {
                    self.advance(&e, rest);
                    return Some(e.named(name));
                }
            }
        }
        None
    }

    /// The next element if it has `tag` (an OPTIONAL component); otherwise `None` and nothing is
    /// consumed. When the identifier octet already shows another tag the element is not parsed
    /// here: a malformed one is reported by the call that reads it (or by
    /// [`finish`](Self::finish) as trailing data).
    #[inline(always)]
    pub fn optional(
        &mut self,
        tag: Tag,
        name: &'static str,
    ) -> Result<Option<Element<'a>>, DecodeError> {
        if let (State::Ok, Some(&b0)) = (self.state, self.rest.first()) {
            if is_fast_identifier(b0) {
                // Another tag: not parsed now; the next call reads (and checks) it.
                if fast_identifier(tag) != Some(b0 & 0xDF) {
                    return Ok(None);
                }
                if let Some((e, rest)) = self.fast_element(b0) {
                    self.advance(&e, rest);
                    return Ok(Some(e.named(name)));
                }
            }
        } else if self.rest.is_empty() {
            return Ok(None);
        }
        match Self::optional_slow(self.clone(), tag, name) {
            Ok(Some((e, rest))) => {
                self.advance(&e, rest);
                Ok(Some(e))
            }
            Ok(None) => Ok(None),
            Err(error) => {
                self.note(&error);
                Err(error)
            }
        }
    }

    /// [`optional`](Self::optional) off the fast path (on a copy of the reader).
    #[cold]
    #[inline(never)]
    fn optional_slow(
        self,
        tag: Tag,
        name: &'static str,
    ) -> Result<Option<(Element<'a>, &'a [u8])>, DecodeError> {
        match self.parse_next()? {
            Some((e, rest)) if e.tag() == tag => Ok(Some((e.named(name), rest))),
            _ => Ok(None),
        }
    }

    /// An OPTIONAL component decoded by `f` when present:
    /// `seq.optional_with(Tag::context(8), "sm-RP-MTI", |e| e.integer::<u8>())?`.
    #[inline(always)]
    pub fn optional_with<T>(
        &mut self,
        tag: Tag,
        name: &'static str,
        f: impl FnOnce(Element<'a>) -> Result<T, DecodeError>,
    ) -> Result<Option<T>, DecodeError> {
        self.optional(tag, name)?.map(f).transpose()
    }

    /// The contents of the mandatory constructed component `tag` (a SEQUENCE, SET, explicit tag).
    #[inline]
    pub fn enter(&mut self, tag: Tag, name: &'static str) -> Result<BerReader<'a>, DecodeError> {
        self.expect(tag, name)?.children()
    }

    /// A mandatory BOOLEAN component.
    #[inline]
    pub fn read_bool(&mut self, tag: Tag, name: &'static str) -> Result<bool, DecodeError> {
        self.expect(tag, name)?.boolean()
    }

    /// A mandatory NULL component.
    #[inline]
    pub fn read_null(&mut self, tag: Tag, name: &'static str) -> Result<(), DecodeError> {
        self.expect(tag, name)?.null()
    }

    /// An OPTIONAL NULL component (a MAP presence flag such as `gprsSupportIndicator`): `true`
    /// when present.
    #[inline(always)]
    pub fn read_flag(&mut self, tag: Tag, name: &'static str) -> Result<bool, DecodeError> {
        Ok(self.optional_with(tag, name, Element::null)?.is_some())
    }

    /// A mandatory INTEGER component, range-checked into `T`: `seq.read_integer::<i8>(..)`.
    #[inline]
    pub fn read_integer<T: Integer>(
        &mut self,
        tag: Tag,
        name: &'static str,
    ) -> Result<T, DecodeError> {
        self.expect(tag, name)?.integer()
    }

    /// A mandatory ENUMERATED component, range-checked into `T`.
    #[inline]
    pub fn read_enumerated<T: Integer>(
        &mut self,
        tag: Tag,
        name: &'static str,
    ) -> Result<T, DecodeError> {
        self.expect(tag, name)?.enumerated()
    }

    /// A mandatory OCTET STRING component, borrowed (primitive encoding only).
    #[inline]
    pub fn read_octet_string(
        &mut self,
        tag: Tag,
        name: &'static str,
    ) -> Result<&'a [u8], DecodeError> {
        self.expect(tag, name)?.octet_string()
    }

    /// A mandatory OBJECT IDENTIFIER component.
    #[inline]
    pub fn read_oid(&mut self, tag: Tag, name: &'static str) -> Result<Oid<'a>, DecodeError> {
        self.expect(tag, name)?.oid()
    }

    /// Every element left, kept undecoded: the "unknown extension members after `...`" of an
    /// extensible SEQUENCE (map-sms.md §1). Their headers and lengths are checked; their contents
    /// are not looked into. Afterwards the reader is empty.
    #[inline]
    pub fn rest_as_raw(&mut self) -> Result<RawElements<'a>, DecodeError> {
        let (offset, bytes) = (self.base, self.rest);
        while self.next_element()?.is_some() {}
        Ok(RawElements {
            bytes,
            offset,
            depth: self.depth(),
            max_depth: self.max_depth(),
            name: self.name,
        })
    }

    /// Checks that nothing is left: [`TrailingData`](ErrorKind::TrailingData) otherwise (or the
    /// reader's earlier error).
    #[inline(always)]
    pub fn finish(self) -> Result<(), DecodeError> {
        if self.is_empty() {
            return Ok(());
        }
        if self.state != State::Ok {
            self.parse_next()?;
        }
        Err(DecodeError::new(
            ErrorKind::TrailingData,
            self.offset(),
            self.name,
        ))
    }
}

impl<'a> Iterator for BerReader<'a> {
    type Item = Result<Element<'a>, DecodeError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.state == State::Reported {
            return None;
        }
        match self.parse_next() {
            Ok(Some((e, rest))) => {
                self.advance(&e, rest);
                Some(Ok(e))
            }
            Ok(None) => None,
            Err(error) => {
                self.state = State::Reported;
                Some(Err(error))
            }
        }
    }
}

impl core::iter::FusedIterator for BerReader<'_> {}

/// One TLV, borrowed: tag, primitive/constructed, contents and the whole raw encoding.
///
/// For the indefinite form the contents exclude the end-of-contents octets; [`raw`](Self::raw)
/// always covers the whole encoding. Two elements are equal when their raw encodings are.
/// Elements are `Copy`: the value accessors take `self`, so `Element::boolean` can be passed to
/// [`BerReader::optional_with`].
///
/// Constructed OCTET STRINGs (X.690 §8.7.3) are **rejected** by the borrowed
/// [`octet_string`](Self::octet_string) (zero copy cannot join segments) with
/// [`ErrorKind::ConstructedString`]; [`reassemble_octet_string`](Self::reassemble_octet_string)
/// joins them into a caller's [`Sink`], and with `alloc`
/// [`octet_string_cow`](Self::octet_string_cow) borrows or reassembles as needed.
///
/// ```
/// use smsip_ber::{Element, Tag};
/// // [6] additional-Number (explicit CHOICE tag) of map-sms.md §13.3.
/// let e = Element::from_ber(&[0xA6, 0x09, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x60, 0x00])?;
/// assert_eq!(e.tag(), Tag::context(6));
/// assert!(e.is_constructed() && !e.is_indefinite());
/// assert_eq!((e.header_len(), e.content().len(), e.raw().len()), (2, 9, 11));
/// let msc = e.children()?.expect(Tag::context(0), "msc-Number")?;
/// assert_eq!(msc.offset(), 2);
/// assert_eq!(msc.octet_string()?, &[0x91, 0x44, 0x77, 0x00, 0x09, 0x60, 0x00]);
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Element<'a> {
    raw: &'a [u8],
    name: &'static str,
    offset: usize,
    /// Tag and header, packed by [`Meta::pack`] into one word: elements are built and copied
    /// without partial-word stores (which stall the wide loads of a copy).
    meta: u64,
}

/// The layout of [`Element::meta`]: tag number (bits 0-31), identifier bits 8-6 — P/C and
/// class — (32-34), indefinite (35), header length (36-43), depth (44-52), depth limit (53-61).
/// Depths fit 9 bits: they never exceed [`MAX_DEPTH_LIMIT`].
struct Meta;

impl Meta {
    const CONSTRUCTED: u64 = 1 << 32;
    const INDEFINITE: u64 = 1 << 35;

    #[inline(always)]
    const fn pack(
        number: u32,
        identifier: u8,
        indefinite: bool,
        header_len: usize,
        limits: u64,
    ) -> u64 {
        number as u64
            | ((identifier >> 5) as u64) << 32
            | (indefinite as u64) << 35
            | ((header_len & 0xFF) as u64) << 36
            | limits
    }

    /// The depth bits of a word.
    #[inline(always)]
    const fn limits(depth: u16, max_depth: u16) -> u64 {
        ((depth & 0x1FF) as u64) << 44 | ((max_depth & 0x1FF) as u64) << 53
    }

    #[inline(always)]
    const fn depth(word: u64) -> u16 {
        ((word >> 44) & 0x1FF) as u16
    }

    #[inline(always)]
    const fn max_depth(word: u64) -> u16 {
        ((word >> 53) & 0x1FF) as u16
    }
}

impl<'a> Element<'a> {
    /// The single element `bytes` consists of (default depth limit); trailing octets are a
    /// [`TrailingData`](ErrorKind::TrailingData) error.
    ///
    /// ```
    /// use smsip_ber::{Element, ErrorKind};
    /// assert!(Element::from_ber(&[0x05, 0x00]).is_ok());
    /// assert_eq!(Element::from_ber(&[0x05, 0x00, 0x01]).unwrap_err().kind, ErrorKind::TrailingData);
    /// assert_eq!(Element::from_ber(&[]).unwrap_err().kind, ErrorKind::MissingMandatory);
    /// ```
    pub fn from_ber(bytes: &'a [u8]) -> Result<Element<'a>, DecodeError> {
        let mut r = BerReader::new(bytes);
        let e = r.read("BER")?;
        r.finish()?;
        Ok(e)
    }

    /// The tag.
    #[inline]
    pub const fn tag(&self) -> Tag {
        Tag::new(
            crate::Class::from_bits((self.meta >> 33) as u8),
            self.meta as u32,
        )
    }

    /// True for the constructed encoding (bit 6 of the identifier, X.690 §8.1.2.5).
    #[inline]
    pub const fn is_constructed(&self) -> bool {
        self.meta & Meta::CONSTRUCTED != 0
    }

    /// True for the indefinite length form (X.690 §8.1.3.6).
    #[inline]
    pub const fn is_indefinite(&self) -> bool {
        self.meta & Meta::INDEFINITE != 0
    }

    /// The contents octets (for the indefinite form, without the end-of-contents octets).
    #[inline(always)]
    pub fn content(&self) -> &'a [u8] {
        let end = self
            .raw
            .len()
            .saturating_sub(if self.is_indefinite() { 2 } else { 0 });
        self.raw.get(self.header_len()..end).unwrap_or(&[])
    }

    /// The whole encoding: identifier, length, contents (and end-of-contents).
    #[inline]
    pub const fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// Number of identifier and length octets.
    #[inline]
    pub const fn header_len(&self) -> usize {
        ((self.meta >> 36) & 0xFF) as usize
    }

    /// Offset of the identifier octet in the outermost buffer.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// Offset of the first contents octet in the outermost buffer.
    #[inline]
    pub const fn content_offset(&self) -> usize {
        self.offset + self.header_len()
    }

    /// Offset just past the element.
    #[inline]
    pub const fn end_offset(&self) -> usize {
        self.offset + self.raw.len()
    }

    /// The field or type name this element's errors carry.
    #[inline]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The same element, naming `name` in its errors.
    #[inline]
    pub const fn named(mut self, name: &'static str) -> Self {
        self.name = name;
        self
    }

    /// Number of constructed elements enclosing this one.
    #[inline]
    pub const fn depth(&self) -> u16 {
        Meta::depth(self.meta)
    }

    /// The depth limit inherited from the reader.
    #[inline]
    const fn max_depth(&self) -> u16 {
        Meta::max_depth(self.meta)
    }

    /// An error of `kind` at this element, naming it (for decoders built on this crate).
    ///
    /// ```
    /// use smsip_ber::{Element, ErrorKind};
    /// let e = Element::from_ber(&[0x88, 0x01, 0x07])?.named("sm-RP-MTI");
    /// let err = e.error(ErrorKind::IntegerOutOfRange);
    /// assert_eq!((err.offset, err.field), (0, "sm-RP-MTI"));
    /// # Ok::<(), smsip_ber::DecodeError>(())
    /// ```
    #[inline]
    pub const fn error(&self, kind: ErrorKind) -> DecodeError {
        DecodeError::new(kind, self.offset, self.name)
    }

    /// This element if it has `tag`, else [`UnexpectedTag`](ErrorKind::UnexpectedTag).
    #[inline]
    pub fn expect_tag(self, tag: Tag) -> Result<Self, DecodeError> {
        if self.tag() == tag {
            Ok(self)
        } else {
            Err(self.error(ErrorKind::UnexpectedTag {
                expected: tag,
                found: self.tag(),
            }))
        }
    }

    /// A reader over the elements of the contents (constructed encodings only).
    #[inline(always)]
    pub fn children(self) -> Result<BerReader<'a>, DecodeError> {
        if !self.is_constructed() {
            return Err(self.error(ErrorKind::ExpectedConstructed));
        }
        let depth = self.depth().saturating_add(1);
        if depth > self.max_depth() {
            return Err(self.error(ErrorKind::DepthExceeded {
                limit: self.max_depth(),
            }));
        }
        let mut r = BerReader::with_base(self.content(), self.content_offset()).named(self.name);
        r.limits = Meta::limits(depth, self.max_depth());
        Ok(r)
    }

    /// [`expect_tag`](Self::expect_tag) then [`children`](Self::children): the outer SEQUENCE of
    /// an operation argument handed over by TCAP.
    #[inline]
    pub fn enter(self, tag: Tag) -> Result<BerReader<'a>, DecodeError> {
        self.expect_tag(tag)?.children()
    }

    #[inline(always)]
    fn primitive_content(&self) -> Result<&'a [u8], DecodeError> {
        if self.is_constructed() {
            Err(self.error(ErrorKind::ExpectedPrimitive))
        } else {
            Ok(self.content())
        }
    }

    /// BOOLEAN contents (X.690 §8.2): one octet, any non-zero value is TRUE.
    #[inline(always)]
    pub fn boolean(self) -> Result<bool, DecodeError> {
        match self.primitive_content()? {
            [b] => Ok(*b != 0),
            _ => Err(self.error(ErrorKind::BadBoolean)),
        }
    }

    /// NULL contents (X.690 §8.8): none.
    #[inline(always)]
    pub fn null(self) -> Result<(), DecodeError> {
        if self.primitive_content()?.is_empty() {
            Ok(())
        } else {
            Err(self.error(ErrorKind::BadNull))
        }
    }

    /// INTEGER contents (X.690 §8.3) range-checked into `T`. Redundant leading octets are
    /// accepted (never produced by [`BerWriter`](crate::BerWriter)).
    #[inline(always)]
    pub fn integer<T: Integer>(self) -> Result<T, DecodeError> {
        let v = match self.primitive_content()? {
            // One octet, most MAP and TCAP integers: no sign stripping, no loop.
            [b] => i128::from(*b as i8),
            c => crate::integer::decode(c).map_err(|k| self.error(k))?,
        };
        T::from_i128(v).ok_or(self.error(ErrorKind::IntegerOutOfRange))
    }

    /// ENUMERATED contents (X.690 §8.4: encoded as the INTEGER of its value).
    #[inline]
    pub fn enumerated<T: Integer>(self) -> Result<T, DecodeError> {
        self.integer()
    }

    /// OCTET STRING contents, borrowed; the constructed form is rejected with
    /// [`ConstructedString`](ErrorKind::ConstructedString).
    #[inline(always)]
    pub fn octet_string(self) -> Result<&'a [u8], DecodeError> {
        if self.is_constructed() {
            Err(self.error(ErrorKind::ConstructedString))
        } else {
            Ok(self.content())
        }
    }

    /// OCTET STRING contents in either form, appended to `out` (segments of the constructed form
    /// joined, X.690 §8.7.3: each segment an OCTET STRING, itself possibly constructed). Returns
    /// the number of octets written. Segments nest at most as deep as the depth limit.
    ///
    /// ```
    /// use smsip_ber::Element;
    /// use smsip_core::SliceSink;
    /// // Constructed, indefinite: "ab" + ("c")
    /// let e = Element::from_ber(&[0x24, 0x80, 0x04, 0x02, b'a', b'b', 0x24, 0x03, 0x04, 0x01, b'c', 0x00, 0x00])?;
    /// assert!(e.octet_string().is_err());
    /// let mut buf = [0u8; 8];
    /// let mut sink = SliceSink::new(&mut buf);
    /// assert_eq!(e.reassemble_octet_string(&mut sink)?, 3);
    /// assert_eq!(&buf[..3], b"abc");
    /// # Ok::<(), smsip_ber::DecodeError>(())
    /// ```
    pub fn reassemble_octet_string<S: Sink + ?Sized>(
        self,
        out: &mut S,
    ) -> Result<usize, DecodeError> {
        if !self.is_constructed() {
            let c = self.content();
            out.put_slice(c);
            return Ok(c.len());
        }
        let mut n = 0;
        for segment in self.children()? {
            let segment = segment?;
            if segment.tag() != Tag::OCTET_STRING {
                return Err(segment.error(ErrorKind::UnexpectedTag {
                    expected: Tag::OCTET_STRING,
                    found: segment.tag(),
                }));
            }
            n += segment.reassemble_octet_string(out)?;
        }
        Ok(n)
    }

    /// OCTET STRING contents, borrowed when primitive, reassembled when constructed.
    #[cfg(feature = "alloc")]
    pub fn octet_string_cow(self) -> Result<alloc::borrow::Cow<'a, [u8]>, DecodeError> {
        if !self.is_constructed() {
            return Ok(alloc::borrow::Cow::Borrowed(self.content()));
        }
        let mut v = alloc::vec::Vec::new();
        self.reassemble_octet_string(&mut v)?;
        Ok(alloc::borrow::Cow::Owned(v))
    }

    /// BIT STRING contents (X.690 §8.6), primitive only.
    #[inline]
    pub fn bit_string(self) -> Result<BitString<'a>, DecodeError> {
        if self.is_constructed() {
            return Err(self.error(ErrorKind::ConstructedString));
        }
        BitString::from_content(self.content()).ok_or(self.error(ErrorKind::BadBitString))
    }

    /// OBJECT IDENTIFIER contents (X.690 §8.19), validated.
    #[inline]
    pub fn oid(self) -> Result<Oid<'a>, DecodeError> {
        Oid::new(self.primitive_content()?).ok_or(self.error(ErrorKind::BadOid))
    }
}

impl PartialEq for Element<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl Eq for Element<'_> {}

/// Hex of up to `max` octets, then "..".
pub(crate) struct HexPreview<'a>(pub &'a [u8], pub usize);

impl fmt::Display for HexPreview<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().take(self.1).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{b:02X}")?;
        }
        if self.0.len() > self.1 {
            f.write_str(" ..")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Element<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Element({} {}{} @{} len {}: {})",
            self.tag(),
            if self.is_constructed() { "C" } else { "P" },
            if self.is_indefinite() {
                " indefinite"
            } else {
                ""
            },
            self.offset,
            self.content().len(),
            HexPreview(self.content(), 16)
        )
    }
}

/// Complete elements kept undecoded (extension additions a decoder does not know, open types):
/// borrowed octets whose headers and lengths were checked. Written back byte for byte with
/// [`BerWriter::raw`](crate::BerWriter::raw); iterate to look inside.
///
/// ```
/// use smsip_ber::{BerReader, Tag};
/// let mut r = BerReader::new(&[0x80, 0x01, 0x01, 0x9F, 0x20, 0x00, 0xBF, 0x21, 0x80, 0x00, 0x00]);
/// r.expect(Tag::context(0), "known")?;
/// let unknown = r.rest_as_raw()?;
/// assert_eq!(unknown.as_bytes(), &[0x9F, 0x20, 0x00, 0xBF, 0x21, 0x80, 0x00, 0x00]);
/// assert_eq!(unknown.offset(), 3);
/// let tags: Vec<_> = unknown.iter().map(|e| e.unwrap().tag()).collect();
/// assert_eq!(tags, [Tag::context(32), Tag::context(33)]);
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy)]
pub struct RawElements<'a> {
    bytes: &'a [u8],
    offset: usize,
    depth: u16,
    max_depth: u16,
    name: &'static str,
}

impl<'a> RawElements<'a> {
    /// No elements.
    pub const EMPTY: RawElements<'static> = RawElements {
        bytes: &[],
        offset: 0,
        depth: 0,
        max_depth: DEFAULT_MAX_DEPTH,
        name: "BER",
    };

    /// The encodings, back to back.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// True when there are none.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Offset of the first one in the outermost buffer.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// A reader over the elements (with the offsets and limits of the reader they came from).
    #[inline]
    pub fn iter(&self) -> BerReader<'a> {
        let mut r = BerReader::with_base(self.bytes, self.offset).named(self.name);
        r.limits = Meta::limits(self.depth, self.max_depth);
        r
    }
}

impl Default for RawElements<'_> {
    fn default() -> Self {
        RawElements::EMPTY
    }
}

impl<'a> IntoIterator for RawElements<'a> {
    type Item = Result<Element<'a>, DecodeError>;
    type IntoIter = BerReader<'a>;

    fn into_iter(self) -> BerReader<'a> {
        self.iter()
    }
}

impl PartialEq for RawElements<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for RawElements<'_> {}

impl fmt::Debug for RawElements<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "RawElements(@{} {})",
            self.offset,
            HexPreview(self.bytes, 32)
        )
    }
}
