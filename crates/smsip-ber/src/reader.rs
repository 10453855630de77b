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
    buf: &'a [u8],
    base: usize,
    pos: usize,
    slot: Slot<'a>,
    depth: u16,
    max_depth: u16,
    name: &'static str,
}

/// What a [`BerReader`] holds besides its position.
#[derive(Debug, Clone, Copy)]
enum Slot<'a> {
    /// The next element is parsed at `pos`.
    Empty,
    /// An element parsed by a peek and not yet consumed (`pos` is past it).
    Pending(Element<'a>),
    /// A stream error, returned again by every later call; `reported` once the iterator has
    /// yielded it (the iterator is fused after that).
    Failed { error: DecodeError, reported: bool },
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
            buf: bytes,
            base,
            pos: 0,
            slot: Slot::Empty,
            depth: 0,
            max_depth: DEFAULT_MAX_DEPTH,
            name: "BER",
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
        self.max_depth = max_depth.min(MAX_DEPTH_LIMIT);
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
        self.depth
    }

    /// Offset of the next element (or of the end), in the outermost buffer.
    #[inline]
    pub fn offset(&self) -> usize {
        match &self.slot {
            Slot::Pending(e) => e.offset,
            _ => self.base + self.pos,
        }
    }

    /// Offset just past the last octet of this reader's buffer.
    #[inline]
    pub const fn end_offset(&self) -> usize {
        self.base + self.buf.len()
    }

    /// True when no element is left.
    #[inline]
    pub fn is_empty(&self) -> bool {
        !matches!(self.slot, Slot::Pending(_)) && self.pos >= self.buf.len()
    }

    #[inline(always)]
    fn parse_next(&mut self) -> Result<Option<Element<'a>>, DecodeError> {
        let rest = self.buf.get(self.pos..).unwrap_or(&[]);
        if rest.is_empty() {
            return Ok(None);
        }
        // Fast path, nearly every element of MAP and TCAP: one identifier octet with a tag number
        // below 31 (X.690 §8.1.2.3), not [UNIVERSAL 0], and a short-form length (§8.1.3.4).
        if let [b0, l0, ..] = *rest {
            if b0 & 0x1F != 0x1F && b0 & 0xDF != 0 && l0 < 0x80 {
                if let Some(raw) = rest.get(..2 + usize::from(l0)) {
                    let offset = self.base + self.pos;
                    self.pos += raw.len();
                    return Ok(Some(Element {
                        raw,
                        offset,
                        name: self.name,
                        tag: Tag::new(crate::Class::from_bits(b0 >> 6), u32::from(b0 & 0x1F)),
                        header_len: 2,
                        constructed: b0 & 0x20 != 0,
                        indefinite: false,
                        depth: self.depth,
                        max_depth: self.max_depth,
                    }));
                }
            }
        }
        self.parse_general(rest)
    }

    /// Every other header: high tag numbers, long and indefinite lengths, errors.
    #[inline(never)]
    fn parse_general(&mut self, rest: &'a [u8]) -> Result<Option<Element<'a>>, DecodeError> {
        if rest.is_empty() {
            return Ok(None);
        }
        let offset = self.base + self.pos;
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
                scan_indefinite(&mut r, self.depth, self.max_depth, self.name, offset)?;
            }
        }
        let total = r.offset() - offset;
        let raw = rest.get(..total).unwrap_or(rest);
        self.pos += total;
        Ok(Some(Element {
            raw,
            offset,
            name: self.name,
            tag: h.tag,
            // At most 6 identifier + 127 length octets.
            header_len: h.header_len as u8,
            constructed: h.constructed,
            indefinite: h.len.is_none(),
            depth: self.depth,
            max_depth: self.max_depth,
        }))
    }

    /// The next element, `Ok(None)` at the end.
    #[inline]
    pub fn next_element(&mut self) -> Result<Option<Element<'a>>, DecodeError> {
        match self.slot {
            Slot::Empty => {}
            Slot::Pending(e) => {
                self.slot = Slot::Empty;
                return Ok(Some(e));
            }
            Slot::Failed { error, .. } => return Err(error),
        }
        match self.parse_next() {
            Ok(e) => Ok(e),
            Err(error) => {
                self.slot = Slot::Failed {
                    error,
                    reported: false,
                };
                Err(error)
            }
        }
    }

    /// Parses the next element into the slot unless one is pending; the sticky error if any.
    #[inline(always)]
    fn fill(&mut self) -> Result<(), DecodeError> {
        if let Slot::Empty = self.slot {
            match self.parse_next() {
                Ok(Some(e)) => self.slot = Slot::Pending(e),
                Ok(None) => {}
                Err(error) => {
                    self.slot = Slot::Failed {
                        error,
                        reported: false,
                    }
                }
            }
        }
        match self.slot {
            Slot::Failed { error, .. } => Err(error),
            _ => Ok(()),
        }
    }

    /// Without parsing, whether the next element has `tag`: `Some(Ok(()))` yes, `Some(Err(found))`
    /// no, `None` when a full parse is needed (pending element, high tag form, `[UNIVERSAL 0]`,
    /// end of input).
    #[inline(always)]
    fn quick_tag_check(&self, tag: Tag) -> Option<Result<(), Tag>> {
        if !matches!(self.slot, Slot::Empty) {
            return None;
        }
        let b0 = *self.buf.get(self.pos)?;
        if b0 & 0x1F == 0x1F || b0 & 0xDF == 0 {
            return None;
        }
        let found = Tag::new(crate::Class::from_bits(b0 >> 6), u32::from(b0 & 0x1F));
        Some(if found == tag { Ok(()) } else { Err(found) })
    }

    /// The pending element, consumed and named `name`, if it has `tag`.
    #[inline]
    fn take_if(&mut self, tag: Tag, name: &'static str) -> Option<Element<'a>> {
        match self.slot {
            Slot::Pending(e) if e.tag == tag => {
                self.slot = Slot::Empty;
                Some(e.named(name))
            }
            _ => None,
        }
    }

    /// The next element without consuming it.
    #[inline]
    pub fn peek(&mut self) -> Result<Option<Element<'a>>, DecodeError> {
        self.fill()?;
        match self.slot {
            Slot::Pending(e) => Ok(Some(e)),
            _ => Ok(None),
        }
    }

    /// The tag of the next element (for CHOICEs), without consuming it.
    #[inline]
    pub fn peek_tag(&mut self) -> Result<Option<Tag>, DecodeError> {
        Ok(self.peek()?.map(|e| e.tag))
    }

    /// The next element whatever its tag (an untagged CHOICE, an open type); a
    /// [`MissingMandatory`](ErrorKind::MissingMandatory) error naming `name` at the end.
    #[inline]
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
    #[inline]
    pub fn expect(&mut self, tag: Tag, name: &'static str) -> Result<Element<'a>, DecodeError> {
        match self.quick_tag_check(tag) {
            Some(Ok(())) => {
                if let Some(e) = self.next_element()? {
                    return Ok(e.named(name));
                }
            }
            Some(Err(found)) => {
                let kind = ErrorKind::UnexpectedTag {
                    expected: tag,
                    found,
                };
                return Err(DecodeError::new(kind, self.base + self.pos, name));
            }
            None => {}
        }
        self.fill()?;
        if let Some(e) = self.take_if(tag, name) {
            return Ok(e);
        }
        Err(match self.slot {
            Slot::Pending(e) => DecodeError::new(
                ErrorKind::UnexpectedTag {
                    expected: tag,
                    found: e.tag,
                },
                e.offset,
                name,
            ),
            _ => DecodeError::new(ErrorKind::MissingMandatory, self.end_offset(), name),
        })
    }

    /// The next element if it has `tag` (an OPTIONAL component); otherwise `None` and nothing is
    /// consumed. When the identifier octet already shows another tag the element is not parsed
    /// here: a malformed one is reported by the call that reads it (or by
    /// [`finish`](Self::finish) as trailing data).
    #[inline]
    pub fn optional(
        &mut self,
        tag: Tag,
        name: &'static str,
    ) -> Result<Option<Element<'a>>, DecodeError> {
        match self.quick_tag_check(tag) {
            // Another tag: not parsed now; the next call reads (and checks) it.
            Some(Err(_)) => Ok(None),
            Some(Ok(())) => Ok(self.next_element()?.map(|e| e.named(name))),
            None => {
                self.fill()?;
                Ok(self.take_if(tag, name))
            }
        }
    }

    /// An OPTIONAL component decoded by `f` when present:
    /// `seq.optional_with(Tag::context(8), "sm-RP-MTI", |e| e.integer::<u8>())?`.
    #[inline]
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
    #[inline]
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
    pub fn rest_as_raw(&mut self) -> Result<RawElements<'a>, DecodeError> {
        let offset = self.offset();
        while self.next_element()?.is_some() {}
        let bytes = self.buf.get(offset - self.base..).unwrap_or(&[]);
        Ok(RawElements {
            bytes,
            offset,
            depth: self.depth,
            max_depth: self.max_depth,
            name: self.name,
        })
    }

    /// Checks that nothing is left: [`TrailingData`](ErrorKind::TrailingData) otherwise (or the
    /// reader's earlier error).
    #[inline]
    pub fn finish(self) -> Result<(), DecodeError> {
        if self.is_empty() {
            return Ok(());
        }
        if let Slot::Failed { error, .. } = self.slot {
            return Err(error);
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
        let result = match self.slot {
            Slot::Empty => self.parse_next(),
            Slot::Pending(e) => {
                self.slot = Slot::Empty;
                return Some(Ok(e));
            }
            Slot::Failed { reported: true, .. } => return None,
            Slot::Failed { error, .. } => Err(error),
        };
        match result {
            Ok(e) => e.map(Ok),
            Err(error) => {
                self.slot = Slot::Failed {
                    error,
                    reported: true,
                };
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
    offset: usize,
    name: &'static str,
    tag: Tag,
    header_len: u8,
    constructed: bool,
    indefinite: bool,
    depth: u16,
    max_depth: u16,
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
        self.tag
    }

    /// True for the constructed encoding (bit 6 of the identifier, X.690 §8.1.2.5).
    #[inline]
    pub const fn is_constructed(&self) -> bool {
        self.constructed
    }

    /// True for the indefinite length form (X.690 §8.1.3.6).
    #[inline]
    pub const fn is_indefinite(&self) -> bool {
        self.indefinite
    }

    /// The contents octets (for the indefinite form, without the end-of-contents octets).
    #[inline]
    pub fn content(&self) -> &'a [u8] {
        let end = self
            .raw
            .len()
            .saturating_sub(if self.indefinite { 2 } else { 0 });
        self.raw
            .get(usize::from(self.header_len)..end)
            .unwrap_or(&[])
    }

    /// The whole encoding: identifier, length, contents (and end-of-contents).
    #[inline]
    pub const fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// Number of identifier and length octets.
    #[inline]
    pub const fn header_len(&self) -> usize {
        self.header_len as usize
    }

    /// Offset of the identifier octet in the outermost buffer.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// Offset of the first contents octet in the outermost buffer.
    #[inline]
    pub const fn content_offset(&self) -> usize {
        self.offset + self.header_len as usize
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
        self.depth
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
        if self.tag == tag {
            Ok(self)
        } else {
            Err(self.error(ErrorKind::UnexpectedTag {
                expected: tag,
                found: self.tag,
            }))
        }
    }

    /// A reader over the elements of the contents (constructed encodings only).
    #[inline]
    pub fn children(self) -> Result<BerReader<'a>, DecodeError> {
        if !self.constructed {
            return Err(self.error(ErrorKind::ExpectedConstructed));
        }
        let depth = self.depth.saturating_add(1);
        if depth > self.max_depth {
            return Err(self.error(ErrorKind::DepthExceeded {
                limit: self.max_depth,
            }));
        }
        let mut r = BerReader::with_base(self.content(), self.content_offset()).named(self.name);
        r.depth = depth;
        r.max_depth = self.max_depth;
        Ok(r)
    }

    /// [`expect_tag`](Self::expect_tag) then [`children`](Self::children): the outer SEQUENCE of
    /// an operation argument handed over by TCAP.
    #[inline]
    pub fn enter(self, tag: Tag) -> Result<BerReader<'a>, DecodeError> {
        self.expect_tag(tag)?.children()
    }

    #[inline]
    fn primitive_content(&self) -> Result<&'a [u8], DecodeError> {
        if self.constructed {
            Err(self.error(ErrorKind::ExpectedPrimitive))
        } else {
            Ok(self.content())
        }
    }

    /// BOOLEAN contents (X.690 §8.2): one octet, any non-zero value is TRUE.
    #[inline]
    pub fn boolean(self) -> Result<bool, DecodeError> {
        match self.primitive_content()? {
            [b] => Ok(*b != 0),
            _ => Err(self.error(ErrorKind::BadBoolean)),
        }
    }

    /// NULL contents (X.690 §8.8): none.
    #[inline]
    pub fn null(self) -> Result<(), DecodeError> {
        if self.primitive_content()?.is_empty() {
            Ok(())
        } else {
            Err(self.error(ErrorKind::BadNull))
        }
    }

    /// INTEGER contents (X.690 §8.3) range-checked into `T`. Redundant leading octets are
    /// accepted (never produced by [`BerWriter`](crate::BerWriter)).
    #[inline]
    pub fn integer<T: Integer>(self) -> Result<T, DecodeError> {
        let v = crate::integer::decode(self.primitive_content()?).map_err(|k| self.error(k))?;
        T::from_i128(v).ok_or(self.error(ErrorKind::IntegerOutOfRange))
    }

    /// ENUMERATED contents (X.690 §8.4: encoded as the INTEGER of its value).
    #[inline]
    pub fn enumerated<T: Integer>(self) -> Result<T, DecodeError> {
        self.integer()
    }

    /// OCTET STRING contents, borrowed; the constructed form is rejected with
    /// [`ConstructedString`](ErrorKind::ConstructedString).
    #[inline]
    pub fn octet_string(self) -> Result<&'a [u8], DecodeError> {
        if self.constructed {
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
        if !self.constructed {
            let c = self.content();
            out.put_slice(c);
            return Ok(c.len());
        }
        let mut n = 0;
        for segment in self.children()? {
            let segment = segment?;
            if segment.tag != Tag::OCTET_STRING {
                return Err(segment.error(ErrorKind::UnexpectedTag {
                    expected: Tag::OCTET_STRING,
                    found: segment.tag,
                }));
            }
            n += segment.reassemble_octet_string(out)?;
        }
        Ok(n)
    }

    /// OCTET STRING contents, borrowed when primitive, reassembled when constructed.
    #[cfg(feature = "alloc")]
    pub fn octet_string_cow(self) -> Result<alloc::borrow::Cow<'a, [u8]>, DecodeError> {
        if !self.constructed {
            return Ok(alloc::borrow::Cow::Borrowed(self.content()));
        }
        let mut v = alloc::vec::Vec::new();
        self.reassemble_octet_string(&mut v)?;
        Ok(alloc::borrow::Cow::Owned(v))
    }

    /// BIT STRING contents (X.690 §8.6), primitive only.
    #[inline]
    pub fn bit_string(self) -> Result<BitString<'a>, DecodeError> {
        if self.constructed {
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
            self.tag,
            if self.constructed { "C" } else { "P" },
            if self.indefinite { " indefinite" } else { "" },
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
        r.depth = self.depth;
        r.max_depth = self.max_depth;
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
