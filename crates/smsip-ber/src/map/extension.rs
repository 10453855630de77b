//! ExtensionContainer, PrivateExtension and PCS-Extensions (TS 29.002 §17.7.11,
//! MAP-ExtensionDataTypes; map-sms.md §9).
//!
//! ```asn1
//! ExtensionContainer ::= SEQUENCE {
//!     privateExtensionList [0] PrivateExtensionList OPTIONAL,
//!     pcs-Extensions       [1] PCS-Extensions OPTIONAL,
//!     ...}
//! PrivateExtensionList ::= SEQUENCE SIZE (1..maxNumOfPrivateExtensions) OF PrivateExtension
//! PrivateExtension ::= SEQUENCE { extId OBJECT IDENTIFIER, extType ANY OPTIONAL }
//! PCS-Extensions ::= SEQUENCE { ... }
//! ```

use core::fmt;

use smsip_core::Sink;

use crate::{BerReader, BerWriter, DecodeError, Element, ErrorKind, Oid, RawElements, Tag};

/// `maxNumOfPrivateExtensions`.
pub const MAX_NUM_OF_PRIVATE_EXTENSIONS: usize = 10;

/// A decoded ExtensionContainer. Nothing is dropped: the private extensions, the PCS-Extensions
/// and any unknown extension additions stay borrowed raw elements, and [`encode`](Self::encode)
/// writes them back byte for byte (only the container's own identifier and length are
/// rebuilt, since its tag depends on where it appears: `30`, `A6`, `A4`, `A1`, ...).
///
/// ```
/// use smsip_ber::{oid, BerWriter, Element, ExtensionContainer, Tag};
/// // The extensionContainer of MT-ForwardSM-Arg in map-sms.md §13.2 (IP access flag).
/// let bytes = [
///     0x30, 0x13, 0xA0, 0x11, 0x30, 0x0F, 0x06, 0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, 0x81, 0xFD,
///     0x59, 0x01, 0x01, 0x01, 0x01, 0xFF,
/// ];
/// let ec = ExtensionContainer::from_element(Element::from_ber(&bytes)?)?;
/// let ext = ec.find(&oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1)).unwrap();
/// assert_eq!(ext.ext_type().unwrap().boolean()?, true);
/// assert_eq!(ec.private_extensions().count(), 1);
/// assert!(ec.pcs_extensions().is_none() && ec.unknown().is_empty());
/// let mut out = Vec::new();
/// ec.encode(&mut BerWriter::new(&mut out), Tag::SEQUENCE);
/// assert_eq!(out, bytes);
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ExtensionContainer<'a> {
    /// The container as received, validated by [`from_element`](Self::from_element); its parts
    /// are found again on access (containers are carried far more often than looked into).
    element: Element<'a>,
}

impl<'a> ExtensionContainer<'a> {
    /// From a constructed element (tag matched by the caller). Checks the structure of every
    /// PrivateExtension (an OBJECT IDENTIFIER, then at most one element) and the list SIZE
    /// (1..10); extension types are not looked into. The 16-octet/16-arc limit on `extId` is not
    /// enforced.
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        let mut r = e.children()?;
        let private = r.optional(Tag::context(0), "privateExtensionList")?;
        if let Some(list) = private {
            let mut n = 0usize;
            for item in list.children()? {
                PrivateExtension::from_element(item?.named("PrivateExtension"))?;
                n += 1;
            }
            if !(1..=MAX_NUM_OF_PRIVATE_EXTENSIONS).contains(&n) {
                return Err(list.error(ErrorKind::BadSize {
                    min: 1,
                    max: MAX_NUM_OF_PRIVATE_EXTENSIONS as u16,
                    found: n,
                }));
            }
        }
        let pcs = r.optional(Tag::context(1), "pcs-Extensions")?;
        if let Some(p) = pcs {
            // SEQUENCE { ... }: every member is an extension addition; check the headers only.
            p.children()?.rest_as_raw()?;
        }
        r.rest_as_raw()?;
        Ok(ExtensionContainer { element: e })
    }

    /// The `[0]` list, the `[1]` PCS-Extensions and the unknown additions, found again in the
    /// contents (validated by [`from_element`](Self::from_element), so nothing can fail here).
    #[inline]
    fn parts(&self) -> (Option<Element<'a>>, Option<Element<'a>>, RawElements<'a>) {
        let Ok(mut r) = self.element.children() else {
            return (None, None, RawElements::EMPTY);
        };
        let private = r
            .optional(Tag::context(0), "privateExtensionList")
            .ok()
            .flatten();
        let pcs = r.optional(Tag::context(1), "pcs-Extensions").ok().flatten();
        (private, pcs, r.rest_as_raw().unwrap_or_default())
    }

    /// The whole container element as received.
    #[inline]
    pub const fn element(&self) -> Element<'a> {
        self.element
    }

    /// The private extensions, in order.
    #[inline]
    pub fn private_extensions(&self) -> PrivateExtensions<'a> {
        PrivateExtensions {
            inner: self.parts().0.and_then(|p| p.children().ok()),
        }
    }

    /// The first private extension with `ext_id`.
    #[inline]
    pub fn find(&self, ext_id: &Oid<'_>) -> Option<PrivateExtension<'a>> {
        self.private_extensions().find(|p| p.ext_id() == *ext_id)
    }

    /// The `[1]` PCS-Extensions element, kept raw.
    #[inline]
    pub fn pcs_extensions(&self) -> Option<Element<'a>> {
        self.parts().1
    }

    /// Extension additions after `...` this crate does not know, kept raw.
    #[inline]
    pub fn unknown(&self) -> RawElements<'a> {
        self.parts().2
    }

    /// True when the container holds nothing.
    #[inline]
    pub fn is_empty(&self) -> bool {
        // The contents are exactly the list, the PCS-Extensions and the unknown additions.
        self.element.content().is_empty()
    }

    /// Octets [`encode`](Self::encode) writes with `tag`.
    #[inline]
    pub fn encoded_len(&self, tag: Tag) -> usize {
        crate::writer::tlv_len(tag, self.element.content().len())
    }

    /// Writes the container with `tag`: its contents exactly as received.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        // The contents are exactly the list, the PCS-Extensions and the unknown additions, so
        // they are copied in one piece (without end-of-contents octets if they had them).
        let content = self.element.content();
        w.header(tag, true, content.len());
        w.raw(content);
    }

    /// Writes a new container with `tag` holding `extensions` (omitted when empty).
    ///
    /// ```
    /// use smsip_ber::{oid, BerWriter, Element, ExtensionContainer, PrivateExtension, Tag};
    /// let flag = Element::from_ber(&[0x01, 0x01, 0xFF])?;
    /// let ext = PrivateExtension::new(oid!(1, 3, 6, 1, 4, 1, 32473, 1, 1), Some(flag));
    /// let mut out = Vec::new();
    /// ExtensionContainer::encode_new(&mut BerWriter::new(&mut out), Tag::SEQUENCE, &[ext]);
    /// assert_eq!(out[..6], [0x30, 0x13, 0xA0, 0x11, 0x30, 0x0F]);
    /// # Ok::<(), smsip_ber::DecodeError>(())
    /// ```
    pub fn encode_new<S: Sink + ?Sized>(
        w: &mut BerWriter<'_, S>,
        tag: Tag,
        extensions: &[PrivateExtension<'_>],
    ) {
        w.constructed(tag, |w| {
            if !extensions.is_empty() {
                w.constructed(Tag::context(0), |w| {
                    for e in extensions {
                        e.encode(w);
                    }
                });
            }
        });
    }
}

impl fmt::Debug for ExtensionContainer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (private, pcs, unknown) = self.parts();
        f.debug_struct("ExtensionContainer")
            .field("element", &self.element)
            .field("private", &private)
            .field("pcs", &pcs)
            .field("unknown", &unknown)
            .finish()
    }
}

impl<'a> TryFrom<Element<'a>> for ExtensionContainer<'a> {
    type Error = DecodeError;
    fn try_from(e: Element<'a>) -> Result<Self, DecodeError> {
        ExtensionContainer::from_element(e)
    }
}

/// One PrivateExtension: `extId` and the optional `extType` (an open type: whatever single
/// element the extension's owner defines, kept raw). Receivers discard those they do not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrivateExtension<'a> {
    ext_id: Oid<'a>,
    ext_type: Option<Element<'a>>,
    /// The SEQUENCE as received (`None` when built by [`PrivateExtension::new`]).
    element: Option<Element<'a>>,
}

impl<'a> PrivateExtension<'a> {
    /// A private extension to encode.
    #[inline]
    pub const fn new(ext_id: Oid<'a>, ext_type: Option<Element<'a>>) -> Self {
        PrivateExtension {
            ext_id,
            ext_type,
            element: None,
        }
    }

    /// From a `SEQUENCE { extId OBJECT IDENTIFIER, extType ANY OPTIONAL }` element.
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        let mut r: BerReader<'a> = e.enter(Tag::SEQUENCE)?;
        let ext_id = r.read_oid(Tag::OBJECT_IDENTIFIER, "extId")?;
        let ext_type = r.next_element()?.map(|t| t.named("extType"));
        r.finish()?;
        Ok(PrivateExtension {
            ext_id,
            ext_type,
            element: Some(e),
        })
    }

    /// `extId`.
    #[inline]
    pub const fn ext_id(&self) -> Oid<'a> {
        self.ext_id
    }

    /// `extType`, undecoded.
    #[inline]
    pub const fn ext_type(&self) -> Option<Element<'a>> {
        self.ext_type
    }

    /// The SEQUENCE as received, if decoded.
    #[inline]
    pub const fn element(&self) -> Option<Element<'a>> {
        self.element
    }

    /// Writes the extension: byte for byte as received, or built from its parts.
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self.element {
            Some(e) => w.element(e),
            None => w.constructed(Tag::SEQUENCE, |w| {
                w.oid(Tag::OBJECT_IDENTIFIER, self.ext_id);
                if let Some(t) = self.ext_type {
                    w.element(t);
                }
            }),
        }
    }
}

/// Iterator over the private extensions of an [`ExtensionContainer`] (validated when the
/// container was decoded).
#[derive(Debug, Clone)]
pub struct PrivateExtensions<'a> {
    inner: Option<BerReader<'a>>,
}

impl<'a> Iterator for PrivateExtensions<'a> {
    type Item = PrivateExtension<'a>;

    fn next(&mut self) -> Option<PrivateExtension<'a>> {
        let r = self.inner.as_mut()?;
        match r.next().map(|e| e.and_then(PrivateExtension::from_element)) {
            Some(Ok(p)) => Some(p),
            _ => {
                self.inner = None;
                None
            }
        }
    }
}

impl core::iter::FusedIterator for PrivateExtensions<'_> {}
