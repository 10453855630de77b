//! Field codecs and the SEQUENCE macro every MAP type of the crate is declared with
//! (crate-internal).
//!
//! A MAP SEQUENCE is decoded member by member in definition order (map-sms.md §1, §5.1):
//! mandatory members with [`BerReader::expect`], OPTIONAL ones with [`BerReader::optional`], NULL
//! flags with [`BerReader::read_flag`], untagged CHOICEs with [`BerReader::read`]. What is left
//! after the last known member is, for an extensible type, kept raw ([`RawElements`], the
//! unknown extension additions after `...`), and for a closed one trailing data. In both cases a
//! left-over element carrying the tag of a known member is a repeated or misplaced member.

use smsip_ber::writer::{integer_len, tlv_len};
#[cfg(feature = "alloc")]
use smsip_ber::BerReader;
use smsip_ber::{
    AddressString, BerWriter, BitString, Element, ErrorKind, ExtensionContainer, Imsi, Lmsi,
    RawElements, Tag,
};
use smsip_core::Sink;

use crate::DecodeError;

/// How one member type is read from its element and written back with a given tag.
pub(crate) trait Codec<'a> {
    /// The decoded (borrowed) value.
    type Value;
    /// For an untagged CHOICE: the tags of its alternatives (the member has no tag of its own).
    const CHOICE_TAGS: &'static [Tag] = &[];
    /// Decodes the element (its tag already matched).
    fn decode(e: Element<'a>) -> Result<Self::Value, DecodeError>;
    /// [`decode`](Self::decode) for an element of the general form (long or indefinite
    /// length, high tag number), kept out of line: the short form is decoded inline, where
    /// its header is known.
    #[inline(never)]
    fn decode_general(e: Element<'a>) -> Result<Self::Value, DecodeError> {
        Self::decode(e)
    }
    /// Writes the value with `tag` (ignored by untagged CHOICEs, which write their alternative's).
    fn encode<S: Sink + ?Sized>(v: &Self::Value, w: &mut BerWriter<'_, S>, tag: Tag);
    /// Octets [`encode`](Self::encode) writes (the length-first encoding of SEQUENCEs).
    fn encoded_len(v: &Self::Value, tag: Tag) -> usize;
    /// [`encoded_len`](Self::encoded_len) with a hint for
    /// [`encode_hinted`](Self::encode_hinted): a SEQUENCE hands back its contents' length, so
    /// that the length its header needs is added up once, not again when it is written.
    #[inline(always)]
    fn encoded_len_hinted(v: &Self::Value, tag: Tag) -> (usize, usize) {
        (Self::encoded_len(v, tag), 0)
    }
    /// [`encode`](Self::encode) with the hint of
    /// [`encoded_len_hinted`](Self::encoded_len_hinted).
    #[inline(always)]
    fn encode_hinted<S: Sink + ?Sized>(
        v: &Self::Value,
        w: &mut BerWriter<'_, S>,
        tag: Tag,
        hint: usize,
    ) {
        let _ = hint;
        Self::encode(v, w, tag);
    }
}

/// The owned twin of a member type.
#[cfg(feature = "alloc")]
pub(crate) trait OwnedCodec<'a>: Codec<'a> {
    /// The owned representation.
    type Owned;
    /// Copies the borrowed value.
    fn own(v: &Self::Value) -> Self::Owned;
    /// Borrows the owned value as a view, checking what decoding would check.
    fn view(o: &'a Self::Owned, name: &'static str) -> Result<Self::Value, DecodeError>;
}

/// One member of a SEQUENCE, for the repeated/misplaced check.
pub(crate) struct Member {
    pub(crate) name: &'static str,
    pub(crate) tags: &'static [Tag],
}

/// Checks the elements left after the last known member: one carrying the tag of a known member
/// is a [`MisplacedMember`](DecodeError::MisplacedMember) (when some member with that tag is
/// absent) or a [`RepeatedMember`](DecodeError::RepeatedMember).
pub(crate) fn check_rest(
    rest: RawElements<'_>,
    members: &[Member],
    present: &[bool],
) -> Result<(), DecodeError> {
    for e in rest.iter() {
        let e = e?;
        let mut repeated = None;
        for (m, &p) in members.iter().zip(present) {
            if m.tags.contains(&e.tag()) {
                if !p {
                    return Err(DecodeError::MisplacedMember {
                        field: m.name,
                        offset: e.offset(),
                    });
                }
                repeated = Some(m.name);
            }
        }
        if let Some(field) = repeated {
            return Err(DecodeError::RepeatedMember {
                field,
                offset: e.offset(),
            });
        }
    }
    Ok(())
}

/// The BadSize error of a value of `len` octets outside `min..=max`.
pub(crate) fn bad_size(
    min: usize,
    max: usize,
    found: usize,
    offset: usize,
    field: &'static str,
) -> DecodeError {
    let clamp = |v: usize| u16::try_from(v).unwrap_or(u16::MAX);
    DecodeError::Ber(smsip_ber::DecodeError::new(
        ErrorKind::BadSize {
            min: clamp(min),
            max: clamp(max),
            found,
        },
        offset,
        field,
    ))
}

/// `bytes` if its length is within `min..=max` (for owned values: offset 0).
#[cfg(feature = "alloc")]
fn sized<'a>(
    bytes: &'a [u8],
    min: usize,
    max: usize,
    field: &'static str,
) -> Result<&'a [u8], DecodeError> {
    if (min..=max).contains(&bytes.len()) {
        Ok(bytes)
    } else {
        Err(bad_size(min, max, bytes.len(), 0, field))
    }
}

/// Kept elements from owned octets (headers checked).
#[cfg(feature = "alloc")]
pub(crate) fn raw_view<'a>(
    bytes: &'a [u8],
    name: &'static str,
) -> Result<RawElements<'a>, DecodeError> {
    Ok(BerReader::new(bytes).named(name).rest_as_raw()?)
}

/// One whole element from owned octets.
#[cfg(feature = "alloc")]
pub(crate) fn element_view<'a>(
    bytes: &'a [u8],
    name: &'static str,
) -> Result<Element<'a>, DecodeError> {
    let mut r = BerReader::new(bytes).named(name);
    let e = r.read(name)?;
    r.finish()?;
    Ok(e)
}

/// AddressString SIZE (1..MAX) (map-sms.md §7): [`Addr`] (1..20) and [`Isdn`] (1..9).
pub(crate) struct AddrMax<const MAX: usize>;

/// ISDN-AddressString: AddressString SIZE (1..9).
pub(crate) type Isdn = AddrMax<{ smsip_ber::map::MAX_ISDN_ADDRESS_LENGTH }>;
/// AddressString SIZE (1..20).
pub(crate) type Addr = AddrMax<{ smsip_ber::map::MAX_ADDRESS_LENGTH }>;

impl<'a, const MAX: usize> Codec<'a> for AddrMax<MAX> {
    type Value = AddressString<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<AddressString<'a>, DecodeError> {
        if MAX == smsip_ber::map::MAX_ISDN_ADDRESS_LENGTH {
            Ok(AddressString::from_element_isdn(e)?)
        } else {
            Ok(AddressString::from_element(e)?)
        }
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &AddressString<'a>, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline(always)]
    fn encoded_len(v: &AddressString<'a>, tag: Tag) -> usize {
        tlv_len(tag, v.as_bytes().len())
    }
}

#[cfg(feature = "alloc")]
impl<'a, const MAX: usize> OwnedCodec<'a> for AddrMax<MAX> {
    type Owned = alloc::vec::Vec<u8>;
    fn own(v: &AddressString<'a>) -> Self::Owned {
        v.as_bytes().to_vec()
    }
    fn view(o: &'a Self::Owned, name: &'static str) -> Result<AddressString<'a>, DecodeError> {
        let b = sized(o, 1, MAX, name)?;
        AddressString::new(b).ok_or(bad_size(1, MAX, 0, 0, name))
    }
}

/// IMSI (and HLR-Id): TBCD-STRING SIZE (3..8).
pub(crate) struct ImsiC;

impl<'a> Codec<'a> for ImsiC {
    type Value = Imsi<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<Imsi<'a>, DecodeError> {
        Ok(Imsi::from_element(e)?)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &Imsi<'a>, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline(always)]
    fn encoded_len(v: &Imsi<'a>, tag: Tag) -> usize {
        tlv_len(tag, v.as_bytes().len())
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for ImsiC {
    type Owned = alloc::vec::Vec<u8>;
    fn own(v: &Imsi<'a>) -> Self::Owned {
        v.as_bytes().to_vec()
    }
    fn view(o: &'a Self::Owned, name: &'static str) -> Result<Imsi<'a>, DecodeError> {
        Imsi::new(o).ok_or(bad_size(Imsi::MIN_LEN, Imsi::MAX_LEN, o.len(), 0, name))
    }
}

/// LMSI: OCTET STRING SIZE (4).
pub(crate) struct LmsiC;

impl<'a> Codec<'a> for LmsiC {
    type Value = Lmsi;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<Lmsi, DecodeError> {
        Ok(Lmsi::from_element(e)?)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &Lmsi, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline(always)]
    fn encoded_len(_: &Lmsi, tag: Tag) -> usize {
        tlv_len(tag, 4)
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for LmsiC {
    type Owned = Lmsi;
    fn own(v: &Lmsi) -> Lmsi {
        *v
    }
    fn view(o: &'a Lmsi, _: &'static str) -> Result<Lmsi, DecodeError> {
        Ok(*o)
    }
}

/// BOOLEAN.
pub(crate) struct Bool;

impl<'a> Codec<'a> for Bool {
    type Value = bool;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<bool, DecodeError> {
        Ok(e.boolean()?)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &bool, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.boolean(tag, *v);
    }
    #[inline(always)]
    fn encoded_len(_: &bool, tag: Tag) -> usize {
        tlv_len(tag, 1)
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for Bool {
    type Owned = bool;
    fn own(v: &bool) -> bool {
        *v
    }
    fn view(o: &'a bool, _: &'static str) -> Result<bool, DecodeError> {
        Ok(*o)
    }
}

/// NULL presence flags (`flag` members): `true` when present.
pub(crate) struct Null;

impl<'a> Codec<'a> for Null {
    type Value = bool;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<bool, DecodeError> {
        e.null()?;
        Ok(true)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &bool, w: &mut BerWriter<'_, S>, tag: Tag) {
        if *v {
            w.null(tag);
        }
    }
    #[inline(always)]
    fn encoded_len(v: &bool, tag: Tag) -> usize {
        if *v {
            tlv_len(tag, 0)
        } else {
            0
        }
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for Null {
    type Owned = bool;
    fn own(v: &bool) -> bool {
        *v
    }
    fn view(o: &'a bool, _: &'static str) -> Result<bool, DecodeError> {
        Ok(*o)
    }
}

/// OCTET STRING (SIZE (MIN..MAX)), borrowed: SignalInfo (1..200), SM-RP-SMEA (1..12),
/// DiameterIdentity (9..255), TeleserviceCode (1..5), SIP-URI (unbounded), ...
pub(crate) struct Octets<const MIN: usize, const MAX: usize>;

impl<'a, const MIN: usize, const MAX: usize> Codec<'a> for Octets<MIN, MAX> {
    type Value = &'a [u8];
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<&'a [u8], DecodeError> {
        let b = e.octet_string()?;
        if (MIN..=MAX).contains(&b.len()) {
            Ok(b)
        } else {
            Err(bad_size(MIN, MAX, b.len(), e.offset(), e.name()))
        }
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &&'a [u8], w: &mut BerWriter<'_, S>, tag: Tag) {
        w.octet_string(tag, v);
    }
    #[inline(always)]
    fn encoded_len(v: &&'a [u8], tag: Tag) -> usize {
        tlv_len(tag, v.len())
    }
}

#[cfg(feature = "alloc")]
impl<'a, const MIN: usize, const MAX: usize> OwnedCodec<'a> for Octets<MIN, MAX> {
    type Owned = alloc::vec::Vec<u8>;
    fn own(v: &&'a [u8]) -> Self::Owned {
        v.to_vec()
    }
    fn view(o: &'a Self::Owned, name: &'static str) -> Result<&'a [u8], DecodeError> {
        sized(o, MIN, MAX, name)
    }
}

/// SignalInfo ::= OCTET STRING (SIZE (1..maxSignalInfoLength = 200)).
pub(crate) type SignalInfoC = Octets<1, 200>;
/// SIP-URI ::= OCTET STRING.
pub(crate) type AnyOctets = Octets<0, { usize::MAX }>;
/// DiameterIdentity ::= OCTET STRING (SIZE (9..255)).
pub(crate) type DiameterIdentityC = Octets<9, 255>;

/// INTEGER (MIN..MAX) into `u8`.
pub(crate) struct U8Range<const MIN: u8, const MAX: u8>;

impl<'a, const MIN: u8, const MAX: u8> Codec<'a> for U8Range<MIN, MAX> {
    type Value = u8;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<u8, DecodeError> {
        let v = e.integer::<u8>()?;
        if (MIN..=MAX).contains(&v) {
            Ok(v)
        } else {
            Err(e.error(ErrorKind::IntegerOutOfRange).into())
        }
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &u8, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.integer(tag, *v);
    }
    #[inline(always)]
    fn encoded_len(v: &u8, tag: Tag) -> usize {
        tlv_len(tag, integer_len(*v))
    }
}

#[cfg(feature = "alloc")]
impl<'a, const MIN: u8, const MAX: u8> OwnedCodec<'a> for U8Range<MIN, MAX> {
    type Owned = u8;
    fn own(v: &u8) -> u8 {
        *v
    }
    fn view(o: &'a u8, name: &'static str) -> Result<u8, DecodeError> {
        if (MIN..=MAX).contains(o) {
            Ok(*o)
        } else {
            Err(smsip_ber::DecodeError::new(ErrorKind::IntegerOutOfRange, 0, name).into())
        }
    }
}

/// INTEGER (MIN..MAX) into `u16`.
pub(crate) struct U16Range<const MIN: u16, const MAX: u16>;

impl<'a, const MIN: u16, const MAX: u16> Codec<'a> for U16Range<MIN, MAX> {
    type Value = u16;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<u16, DecodeError> {
        let v = e.integer::<u16>()?;
        if (MIN..=MAX).contains(&v) {
            Ok(v)
        } else {
            Err(e.error(ErrorKind::IntegerOutOfRange).into())
        }
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &u16, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.integer(tag, *v);
    }
    #[inline(always)]
    fn encoded_len(v: &u16, tag: Tag) -> usize {
        tlv_len(tag, integer_len(*v))
    }
}

#[cfg(feature = "alloc")]
impl<'a, const MIN: u16, const MAX: u16> OwnedCodec<'a> for U16Range<MIN, MAX> {
    type Owned = u16;
    fn own(v: &u16) -> u16 {
        *v
    }
    fn view(o: &'a u16, name: &'static str) -> Result<u16, DecodeError> {
        if (MIN..=MAX).contains(o) {
            Ok(*o)
        } else {
            Err(smsip_ber::DecodeError::new(ErrorKind::IntegerOutOfRange, 0, name).into())
        }
    }
}

/// SM-DeliveryTimerValue ::= INTEGER (30..600), seconds.
pub(crate) type DeliveryTimerC = U16Range<30, 600>;

/// An ENUMERATED (or named INTEGER) kept as an open enum over `u8`: unknown values round-trip.
pub(crate) struct Enum<T>(core::marker::PhantomData<T>);

impl<'a, T: From<u8> + Copy> Codec<'a> for Enum<T>
where
    u8: From<T>,
{
    type Value = T;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<T, DecodeError> {
        Ok(T::from(e.enumerated::<u8>()?))
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &T, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.enumerated(tag, u8::from(*v));
    }
    #[inline(always)]
    fn encoded_len(v: &T, tag: Tag) -> usize {
        tlv_len(tag, integer_len(u8::from(*v)))
    }
}

#[cfg(feature = "alloc")]
impl<'a, T: From<u8> + Copy> OwnedCodec<'a> for Enum<T>
where
    u8: From<T>,
{
    type Owned = T;
    fn own(v: &T) -> T {
        *v
    }
    fn view(o: &'a T, _: &'static str) -> Result<T, DecodeError> {
        Ok(*o)
    }
}

/// An INTEGER (0..255) with named values (AbsentSubscriberDiagnosticSM): an open enum over `u8`.
pub(crate) struct IntEnum<T>(core::marker::PhantomData<T>);

impl<'a, T: From<u8> + Copy> Codec<'a> for IntEnum<T>
where
    u8: From<T>,
{
    type Value = T;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<T, DecodeError> {
        Ok(T::from(e.integer::<u8>()?))
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &T, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.integer(tag, u8::from(*v));
    }
    #[inline(always)]
    fn encoded_len(v: &T, tag: Tag) -> usize {
        tlv_len(tag, integer_len(u8::from(*v)))
    }
}

#[cfg(feature = "alloc")]
impl<'a, T: From<u8> + Copy> OwnedCodec<'a> for IntEnum<T>
where
    u8: From<T>,
{
    type Owned = T;
    fn own(v: &T) -> T {
        *v
    }
    fn view(o: &'a T, _: &'static str) -> Result<T, DecodeError> {
        Ok(*o)
    }
}

/// ExtensionContainer (map-sms.md §9), kept as the ber crate decodes it.
pub(crate) struct Ext;

impl<'a> Codec<'a> for Ext {
    type Value = ExtensionContainer<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<ExtensionContainer<'a>, DecodeError> {
        Ok(ExtensionContainer::from_element(e)?)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &ExtensionContainer<'a>, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline(always)]
    fn encoded_len(v: &ExtensionContainer<'a>, tag: Tag) -> usize {
        v.encoded_len(tag)
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for Ext {
    /// The whole container element as received (identifier, length, contents).
    type Owned = alloc::vec::Vec<u8>;
    fn own(v: &ExtensionContainer<'a>) -> Self::Owned {
        v.element().raw().to_vec()
    }
    fn view(o: &'a Self::Owned, name: &'static str) -> Result<ExtensionContainer<'a>, DecodeError> {
        Ok(ExtensionContainer::from_element(element_view(o, name)?)?)
    }
}

/// A member this crate does not decode (the CAMEL, call-forwarding, ... parts of
/// AnyTimeModification): the whole element, kept raw and written back byte for byte.
pub(crate) struct Opaque;

impl<'a> Codec<'a> for Opaque {
    type Value = Element<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<Element<'a>, DecodeError> {
        Ok(e)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &Element<'a>, w: &mut BerWriter<'_, S>, _tag: Tag) {
        w.element(*v);
    }
    #[inline(always)]
    fn encoded_len(v: &Element<'a>, _tag: Tag) -> usize {
        v.raw().len()
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for Opaque {
    /// The whole element (identifier, length, contents).
    type Owned = alloc::vec::Vec<u8>;
    fn own(v: &Element<'a>) -> Self::Owned {
        v.raw().to_vec()
    }
    fn view(o: &'a Self::Owned, name: &'static str) -> Result<Element<'a>, DecodeError> {
        element_view(o, name)
    }
}

/// BIT STRING, primitive.
pub(crate) struct Bits;

impl<'a> Codec<'a> for Bits {
    type Value = BitString<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<BitString<'a>, DecodeError> {
        Ok(e.bit_string()?)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &BitString<'a>, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.bit_string(tag, *v);
    }
    #[inline(always)]
    fn encoded_len(v: &BitString<'a>, tag: Tag) -> usize {
        tlv_len(tag, v.content_len())
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for Bits {
    type Owned = crate::BitStringOwned;
    fn own(v: &BitString<'a>) -> crate::BitStringOwned {
        crate::BitStringOwned {
            unused_bits: v.unused_bits(),
            bytes: v.as_bytes().to_vec(),
        }
    }
    fn view(
        o: &'a crate::BitStringOwned,
        name: &'static str,
    ) -> Result<BitString<'a>, DecodeError> {
        BitString::new(o.unused_bits, &o.bytes)
            .ok_or(smsip_ber::DecodeError::new(ErrorKind::BadBitString, 0, name).into())
    }
}

/// Time ::= OCTET STRING (SIZE (4)).
pub(crate) struct TimeC;

impl<'a> Codec<'a> for TimeC {
    type Value = crate::Time;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<crate::Time, DecodeError> {
        crate::Time::from_element(e)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &crate::Time, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline(always)]
    fn encoded_len(_: &crate::Time, tag: Tag) -> usize {
        tlv_len(tag, 4)
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for TimeC {
    type Owned = crate::Time;
    fn own(v: &crate::Time) -> crate::Time {
        *v
    }
    fn view(o: &'a crate::Time, _: &'static str) -> Result<crate::Time, DecodeError> {
        Ok(*o)
    }
}

/// Always `true` (the `extensible` marker of [`sequence!`] is present).
macro_rules! __true {
    ($i:ident) => {
        true
    };
}

/// The Rust type of a member of each kind.
macro_rules! __member_ty {
    (req, $t:ty) => { $t };
    (any, $t:ty) => { $t };
    (opt, $t:ty) => { ::core::option::Option<$t> };
    (flag, $t:ty) => { bool };
}

/// The ASN.1 name of a member.
macro_rules! __member_name {
    (req ($tag:expr, $n:literal)) => {
        $n
    };
    (opt ($tag:expr, $n:literal)) => {
        $n
    };
    (flag ($tag:expr, $n:literal)) => {
        $n
    };
    (any ($n:literal)) => {
        $n
    };
}

/// The tags a member can carry.
macro_rules! __member_tags {
    (any ($n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'static>>::CHOICE_TAGS
    };
    ($kind:ident ($tag:expr, $n:literal) $codec:ty) => {
        &[$tag]
    };
}

/// Whether a decoded member is present.
macro_rules! __member_present {
    (req, $v:expr) => {
        true
    };
    (any, $v:expr) => {
        true
    };
    (opt, $v:expr) => {
        $v.is_some()
    };
    (flag, $v:expr) => {
        $v
    };
}

/// Decodes one member from the reader `$seq`.
macro_rules! __member_decode {
    ($seq:ident, req ($tag:expr, $n:literal) $codec:ty) => {
        match $seq.take_short($tag, $n) {
            ::core::option::Option::Some(e) => <$codec as $crate::codec::Codec<'_>>::decode(e)?,
            ::core::option::Option::None => {
                <$codec as $crate::codec::Codec<'_>>::decode_general($seq.expect($tag, $n)?)?
            }
        }
    };
    ($seq:ident, any ($n:literal) $codec:ty) => {
        match $seq.take_short_any($n) {
            ::core::option::Option::Some(e) => <$codec as $crate::codec::Codec<'_>>::decode(e)?,
            ::core::option::Option::None => {
                <$codec as $crate::codec::Codec<'_>>::decode_general($seq.read($n)?)?
            }
        }
    };
    // Absent trailing members are the common case: an empty reader is answered without a peek.
    ($seq:ident, opt ($tag:expr, $n:literal) $codec:ty) => {
        if $seq.is_empty() {
            ::core::option::Option::None
        } else if let ::core::option::Option::Some(e) = $seq.take_short($tag, $n) {
            ::core::option::Option::Some(<$codec as $crate::codec::Codec<'_>>::decode(e)?)
        } else {
            match $seq.optional($tag, $n)? {
                ::core::option::Option::Some(e) => ::core::option::Option::Some(
                    <$codec as $crate::codec::Codec<'_>>::decode_general(e)?,
                ),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    };
    ($seq:ident, flag ($tag:expr, $n:literal) $codec:ty) => {
        if $seq.is_empty() {
            false
        } else if let ::core::option::Option::Some(e) = $seq.take_short($tag, $n) {
            <$codec as $crate::codec::Codec<'_>>::decode(e)?
        } else {
            match $seq.optional($tag, $n)? {
                ::core::option::Option::Some(e) => {
                    <$codec as $crate::codec::Codec<'_>>::decode_general(e)?
                }
                ::core::option::Option::None => false,
            }
        }
    };
}

/// Writes one member, given the hint of [`__member_hinted`].
macro_rules! __member_encode {
    ($w:ident, $v:expr, $hint:expr, req ($tag:expr, $n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encode_hinted(&$v, $w, $tag, $hint)
    };
    ($w:ident, $v:expr, $hint:expr, any ($n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encode_hinted(
            &$v,
            $w,
            ::smsip_ber::Tag::SEQUENCE,
            $hint,
        )
    };
    ($w:ident, $v:expr, $hint:expr, opt ($tag:expr, $n:literal) $codec:ty) => {
        if let ::core::option::Option::Some(v) = &$v {
            <$codec as $crate::codec::Codec<'_>>::encode_hinted(v, $w, $tag, $hint)
        }
    };
    ($w:ident, $v:expr, $hint:expr, flag ($tag:expr, $n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encode_hinted(&$v, $w, $tag, $hint)
    };
}

/// One member's encoded length and its hint for [`__member_encode`] (`(0, 0)` when absent).
macro_rules! __member_hinted {
    ($v:expr, req ($tag:expr, $n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encoded_len_hinted(&$v, $tag)
    };
    ($v:expr, any ($n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encoded_len_hinted(&$v, ::smsip_ber::Tag::SEQUENCE)
    };
    ($v:expr, opt ($tag:expr, $n:literal) $codec:ty) => {
        match &$v {
            ::core::option::Option::Some(v) => {
                <$codec as $crate::codec::Codec<'_>>::encoded_len_hinted(v, $tag)
            }
            ::core::option::Option::None => (0, 0),
        }
    };
    ($v:expr, flag ($tag:expr, $n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encoded_len_hinted(&$v, $tag)
    };
}

/// Octets one member's encoding takes.
macro_rules! __member_len {
    ($v:expr, req ($tag:expr, $n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encoded_len(&$v, $tag)
    };
    ($v:expr, any ($n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encoded_len(&$v, ::smsip_ber::Tag::SEQUENCE)
    };
    ($v:expr, opt ($tag:expr, $n:literal) $codec:ty) => {
        match &$v {
            ::core::option::Option::Some(v) => {
                <$codec as $crate::codec::Codec<'_>>::encoded_len(v, $tag)
            }
            ::core::option::Option::None => 0,
        }
    };
    ($v:expr, flag ($tag:expr, $n:literal) $codec:ty) => {
        <$codec as $crate::codec::Codec<'_>>::encoded_len(&$v, $tag)
    };
}

/// Copies one member into its owned form.
macro_rules! __member_own {
    ($v:expr, opt $codec:ty) => {
        $v.as_ref()
            .map(|v| <$codec as $crate::codec::OwnedCodec<'_>>::own(v))
    };
    ($v:expr, flag $codec:ty) => {
        $v
    };
    ($v:expr, $kind:ident $codec:ty) => {
        <$codec as $crate::codec::OwnedCodec<'_>>::own(&$v)
    };
}

/// Borrows one owned member.
macro_rules! __member_view {
    ($v:expr, $name:expr, opt $codec:ty) => {
        match &$v {
            ::core::option::Option::Some(v) => ::core::option::Option::Some(
                <$codec as $crate::codec::OwnedCodec<'_>>::view(v, $name)?,
            ),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    };
    ($v:expr, $name:expr, flag $codec:ty) => {
        $v
    };
    ($v:expr, $name:expr, $kind:ident $codec:ty) => {
        <$codec as $crate::codec::OwnedCodec<'_>>::view(&$v, $name)?
    };
}

/// Declares a MAP SEQUENCE: the borrowed view `$name<'a>`, its owned twin `$owned` (feature
/// `alloc`), decoding (members in definition order; repeated, misplaced and, for closed types,
/// unknown members rejected) and encoding (definition order, definite lengths), and the
/// [`Codec`] impls that let other SEQUENCEs contain it.
///
/// Member kinds: `req(tag, "name")` mandatory, `opt(tag, "name")` OPTIONAL, `flag(tag, "name")`
/// an OPTIONAL NULL (a `bool`), `any("name")` a mandatory untagged CHOICE. A trailing
/// `extensible unknown` adds the `unknown` member: the extension additions after `...` this crate
/// does not know, kept raw.
macro_rules! sequence {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $owned:ident ($asn1:literal) {
            $(
                $(#[$fmeta:meta])*
                $field:ident : $kind:ident ( $($karg:tt)* ) $codec:ty => $ty:ty | $oty:ty,
            )*
        }
        $( extensible $unknown:ident )?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<'a> {
            $(
                $(#[$fmeta])*
                pub $field: $crate::codec::__member_ty!($kind, $ty),
            )*
            $(
                /// Extension additions after `...` that this crate does not know (a later
                /// release's members), kept raw and written back byte for byte after the known
                /// members.
                pub $unknown: ::smsip_ber::RawElements<'a>,
            )?
        }

        impl<'a> $name<'a> {
            /// The ASN.1 type name (used in errors).
            pub const ASN1_NAME: &'static str = $asn1;

            #[allow(dead_code)]
            const EXTENSIBLE: bool = false $( || $crate::codec::__true!($unknown) )?;

            const MEMBERS: &'static [$crate::codec::Member] = &[
                $(
                    $crate::codec::Member {
                        name: $crate::codec::__member_name!($kind ($($karg)*)),
                        tags: $crate::codec::__member_tags!($kind ($($karg)*) $codec),
                    },
                )*
            ];

            /// Decodes the type from `bytes`, which must hold exactly one `SEQUENCE` (tag `30`)
            /// element; offsets in errors count from the start of `bytes`.
            pub fn decode(bytes: &'a [u8]) -> ::core::result::Result<Self, $crate::DecodeError> {
                let mut r = ::smsip_ber::BerReader::new(bytes).named($asn1);
                if let ::core::option::Option::Some(e) = r.take_short(::smsip_ber::Tag::SEQUENCE, $asn1) {
                    if !r.is_empty() {
                        r.finish()?;
                    }
                    // Inlined: the element stays in registers, its header known.
                    return Self::decode_contents(e);
                }
                let e = r.expect(::smsip_ber::Tag::SEQUENCE, $asn1)?;
                r.finish()?;
                Self::from_element(e)
            }

            /// Decodes the type from the contents of `e`, whatever its tag (matched by the
            /// caller: `30`, or the IMPLICIT context tag of the member holding it); offsets in
            /// errors are those of the buffer `e` was read from.
            #[inline]
            pub fn from_element(
                e: ::smsip_ber::Element<'a>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                Self::decode_contents(e)
            }

            /// [`from_element`](Self::from_element), inlined where the type is a member of
            /// another SEQUENCE: the members are then decoded straight into the outer value
            /// instead of being built apart and copied in.
            #[inline(always)]
            fn decode_contents(
                e: ::smsip_ber::Element<'a>,
            ) -> ::core::result::Result<Self, $crate::DecodeError> {
                let mut seq = e.children()?;
                $(
                    let $field = $crate::codec::__member_decode!(seq, $kind ($($karg)*) $codec);
                )*
                // On a copy: `seq` itself is then never borrowed, so it can live in registers.
                let rest = if seq.is_empty() {
                    ::smsip_ber::RawElements::EMPTY
                } else {
                    ::core::clone::Clone::clone(&seq).rest_as_raw()?
                };
                if !rest.is_empty() {
                    let present = [$( $crate::codec::__member_present!($kind, $field) ),*];
                    $crate::codec::check_rest(rest, Self::MEMBERS, &present)?;
                    if !Self::EXTENSIBLE {
                        return ::core::result::Result::Err($crate::DecodeError::Ber(
                            ::smsip_ber::DecodeError::new(
                                ::smsip_ber::ErrorKind::TrailingData,
                                rest.offset(),
                                $asn1,
                            ),
                        ));
                    }
                }
                ::core::result::Result::Ok($name {
                    $( $field, )*
                    $( $unknown: rest, )?
                })
            }

            /// Writes the type as a `SEQUENCE` element.
            #[inline]
            pub fn write_ber<S: ::smsip_core::Sink + ?Sized>(&self, w: &mut ::smsip_ber::BerWriter<'_, S>) {
                self.write_tagged(w, ::smsip_ber::Tag::SEQUENCE);
            }

            /// Writes the type as a constructed element with `tag` (the IMPLICIT context tag
            /// of the member holding it).
            pub fn write_ber_tagged<S: ::smsip_core::Sink + ?Sized>(
                &self,
                w: &mut ::smsip_ber::BerWriter<'_, S>,
                tag: ::smsip_ber::Tag,
            ) {
                self.write_tagged(w, tag);
            }

            /// [`write_ber_tagged`](Self::write_ber_tagged), inlined into
            /// [`encode`](Self::encode) so that the writer stays in registers.
            #[inline(always)]
            fn write_tagged<S: ::smsip_core::Sink + ?Sized>(
                &self,
                w: &mut ::smsip_ber::BerWriter<'_, S>,
                tag: ::smsip_ber::Tag,
            ) {
                // Length first: the contents' length is added up from the members', so each
                // member is visited once (no measuring run). Each member's hint (a nested
                // SEQUENCE's contents length) is kept for writing it.
                $( let $field = $crate::codec::__member_hinted!(self.$field, $kind ($($karg)*) $codec); )*
                let content_len = 0 $( + $field.0 )* $( + self.$unknown.as_bytes().len() )?;
                $( let $field = $field.1; )*
                w.constructed_with_len(tag, content_len, |w| {
                    $( $crate::codec::__member_encode!(w, self.$field, $field, $kind ($($karg)*) $codec); )*
                    $( w.raw_elements(self.$unknown); )?
                });
            }

            /// [`write_ber_tagged`](Self::write_ber_tagged) when the contents' length is known
            /// (a member of another SEQUENCE, which added it up).
            #[inline(always)]
            fn write_contents<S: ::smsip_core::Sink + ?Sized>(
                &self,
                w: &mut ::smsip_ber::BerWriter<'_, S>,
                tag: ::smsip_ber::Tag,
                content_len: usize,
            ) {
                $( let $field = $crate::codec::__member_hinted!(self.$field, $kind ($($karg)*) $codec).1; )*
                w.constructed_with_len(tag, content_len, |w| {
                    $( $crate::codec::__member_encode!(w, self.$field, $field, $kind ($($karg)*) $codec); )*
                    $( w.raw_elements(self.$unknown); )?
                });
            }

            /// Octets of the contents (the members' encodings).
            #[inline(always)]
            fn content_len(&self) -> usize {
                0 $( + $crate::codec::__member_len!(self.$field, $kind ($($karg)*) $codec) )*
                $( + self.$unknown.as_bytes().len() )?
            }

            /// Appends the `SEQUENCE` element to `out` (a `Vec<u8>`, or a caller's fixed
            /// buffer through [`smsip_core::SliceSink`]). Values are written as they are: the
            /// SIZE and range constraints are checked by decoding, not by encoding.
            #[inline]
            pub fn encode<S: ::smsip_core::Sink + ?Sized>(&self, out: &mut S) {
                self.write_tagged(&mut ::smsip_ber::BerWriter::new(out), ::smsip_ber::Tag::SEQUENCE);
            }

            /// Octets [`encode`](Self::encode) writes.
            #[inline]
            pub fn encoded_len(&self) -> usize {
                ::smsip_ber::writer::tlv_len(::smsip_ber::Tag::SEQUENCE, self.content_len())
            }

            /// The encoding in a new `Vec<u8>`.
            #[cfg(feature = "alloc")]
            pub fn to_vec(&self) -> ::alloc::vec::Vec<u8> {
                let mut out = ::alloc::vec::Vec::with_capacity(self.encoded_len());
                self.encode(&mut out);
                out
            }

            /// Copies every borrowed member: a value that outlives the input buffer.
            #[cfg(feature = "alloc")]
            pub fn into_owned(self) -> $owned {
                $owned {
                    $( $field: $crate::codec::__member_own!(self.$field, $kind $codec), )*
                    $( $unknown: self.$unknown.as_bytes().to_vec(), )?
                }
            }
        }

        impl<'a> $crate::codec::Codec<'a> for $name<'a> {
            type Value = $name<'a>;
            #[inline(always)]
            fn decode(e: ::smsip_ber::Element<'a>) -> ::core::result::Result<Self, $crate::DecodeError> {
                $name::decode_contents(e)
            }
            #[inline]
            fn decode_general(e: ::smsip_ber::Element<'a>) -> ::core::result::Result<Self, $crate::DecodeError> {
                $name::from_element(e)
            }
            #[inline]
            fn encode<S: ::smsip_core::Sink + ?Sized>(
                v: &Self,
                w: &mut ::smsip_ber::BerWriter<'_, S>,
                tag: ::smsip_ber::Tag,
            ) {
                v.write_ber_tagged(w, tag);
            }
            #[inline]
            fn encoded_len(v: &Self, tag: ::smsip_ber::Tag) -> usize {
                ::smsip_ber::writer::tlv_len(tag, v.content_len())
            }
            #[inline(always)]
            fn encoded_len_hinted(v: &Self, tag: ::smsip_ber::Tag) -> (usize, usize) {
                let content_len = v.content_len();
                (::smsip_ber::writer::tlv_len(tag, content_len), content_len)
            }
            #[inline(always)]
            fn encode_hinted<S: ::smsip_core::Sink + ?Sized>(
                v: &Self,
                w: &mut ::smsip_ber::BerWriter<'_, S>,
                tag: ::smsip_ber::Tag,
                hint: usize,
            ) {
                v.write_contents(w, tag, hint);
            }
        }

        #[doc = concat!("The owned twin of [`", stringify!($name), "`] (", $asn1, "): every borrowed member copied into a `Vec<u8>` (feature `alloc`).")]
        ///
        /// Extension containers, raw members and unknown extension additions hold their whole
        /// encoding (identifier, length, contents). [`as_view`](Self::as_view) borrows it back,
        /// checking what decoding checks.
        #[cfg(feature = "alloc")]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $owned {
            $(
                $(#[$fmeta])*
                pub $field: $crate::codec::__member_ty!($kind, $oty),
            )*
            $(
                /// Unknown extension additions, back to back (their whole encodings).
                pub $unknown: ::alloc::vec::Vec<u8>,
            )?
        }

        #[cfg(feature = "alloc")]
        impl $owned {
            /// The borrowed view; errors (at offset 0, naming the member) when a member breaks a
            /// constraint decoding enforces, or an extension container or raw member is not
            /// valid BER.
            pub fn as_view<'a>(&'a self) -> ::core::result::Result<$name<'a>, $crate::DecodeError> {
                ::core::result::Result::Ok($name {
                    $(
                        $field: $crate::codec::__member_view!(
                            self.$field,
                            $crate::codec::__member_name!($kind ($($karg)*)),
                            $kind $codec
                        ),
                    )*
                    $( $unknown: $crate::codec::raw_view(&self.$unknown, $asn1)?, )?
                })
            }

            /// Appends the encoding to `out` (see [`as_view`](Self::as_view) for the errors;
            /// nothing is written on error).
            pub fn encode<S: ::smsip_core::Sink + ?Sized>(
                &self,
                out: &mut S,
            ) -> ::core::result::Result<(), $crate::DecodeError> {
                self.as_view()?.encode(out);
                ::core::result::Result::Ok(())
            }
        }

        #[cfg(feature = "alloc")]
        impl<'a> $crate::codec::OwnedCodec<'a> for $name<'a> {
            type Owned = $owned;
            fn own(v: &Self) -> $owned {
                v.into_owned()
            }
            fn view(o: &'a $owned, _: &'static str) -> ::core::result::Result<Self, $crate::DecodeError> {
                o.as_view()
            }
        }
    };
}

pub(crate) use {
    __member_decode, __member_encode, __member_hinted, __member_len, __member_name,
    __member_present, __member_tags, __member_ty, __true, sequence,
};
#[cfg(feature = "alloc")]
pub(crate) use {__member_own, __member_view};
