//! Data types shared by several short-message operations (MAP-SM-DataTypes and
//! MAP-CommonDataTypes, map-sms.md §5 and §7): SM-RP-DA, SM-RP-OA, CorrelationID,
//! NetworkNodeDiameterAddress, Additional-Number, SubscriberIdentity, Time, SM-DeliveryOutcome,
//! AbsentSubscriberDiagnosticSM.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;
use core::fmt;

use smsip_ber::writer::tlv_len;
use smsip_ber::{AddressString, BerWriter, Element, Imsi, Lmsi, Tag};
use smsip_core::Sink;

use crate::codec::{sequence, AnyOctets, Codec, DiameterIdentityC, ImsiC};
#[cfg(feature = "alloc")]
use crate::codec::{Addr, Isdn, OwnedCodec};
use crate::DecodeError;

/// Time ::= OCTET STRING (SIZE (4)): an RFC 3588 Diameter `Time`, unsigned seconds since
/// 1900-01-01 00:00 UTC (the NTP epoch), big-endian (map-sms.md §7).
///
/// ```
/// use smsip_map::Time;
/// let t = Time::from_unix(1_700_000_000).unwrap();
/// assert_eq!(t.to_bytes(), [0xE8, 0xFE, 0x6F, 0x80]);
/// assert_eq!(t.unix_seconds(), Some(1_700_000_000));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Time(pub u32);

impl Time {
    /// Seconds between the NTP epoch (1900) and the Unix epoch (1970).
    pub const UNIX_EPOCH_OFFSET: u32 = 2_208_988_800;

    /// From a primitive element (tag matched by the caller), checking SIZE (4).
    #[inline]
    pub fn from_element(e: Element<'_>) -> Result<Time, DecodeError> {
        let b = e.octet_string()?;
        <[u8; 4]>::try_from(b)
            .map(|a| Time(u32::from_be_bytes(a)))
            .map_err(|_| crate::codec::bad_size(4, 4, b.len(), e.offset(), e.name()))
    }

    /// The time `secs` after the Unix epoch, if it fits the 32-bit field.
    pub const fn from_unix(secs: u64) -> Option<Time> {
        let v = secs + Self::UNIX_EPOCH_OFFSET as u64;
        if v > u32::MAX as u64 {
            None
        } else {
            Some(Time(v as u32))
        }
    }

    /// Seconds since the Unix epoch (`None` before 1970).
    pub const fn unix_seconds(self) -> Option<u64> {
        match self.0.checked_sub(Self::UNIX_EPOCH_OFFSET) {
            Some(s) => Some(s as u64),
            None => None,
        }
    }

    /// The four octets.
    pub const fn to_bytes(self) -> [u8; 4] {
        self.0.to_be_bytes()
    }

    /// Writes the four octets as a primitive element with `tag`.
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.octet_string(tag, &self.to_bytes());
    }
}

/// A BIT STRING's owned twin: the unused bits of the last octet and the octets.
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct BitStringOwned {
    /// Unused bits in the last octet (0..=7).
    pub unused_bits: u8,
    /// The octets holding the bits.
    pub bytes: Vec<u8>,
}

smsip_core::open_enum! {
    /// SM-DeliveryOutcome ::= ENUMERATED (map-sms.md §5.3). Values outside the list are kept
    /// (an open enum) rather than rejected.
    pub struct SmDeliveryOutcome(u8) {
        /// memoryCapacityExceeded (0)
        MEMORY_CAPACITY_EXCEEDED = 0 => "memoryCapacityExceeded",
        /// absentSubscriber (1)
        ABSENT_SUBSCRIBER = 1 => "absentSubscriber",
        /// successfulTransfer (2)
        SUCCESSFUL_TRANSFER = 2 => "successfulTransfer",
    }
}

smsip_core::open_enum! {
    /// AbsentSubscriberDiagnosticSM ::= INTEGER (0..255), values of TS 23.040 §3.3.2 Table 1a
    /// (map-sms.md §4; 13 is confirmed by one source only).
    pub struct AbsentSubscriberDiagnosticSm(u8) {
        /// 0
        NO_PAGING_RESPONSE_VIA_MSC = 0 => "no paging response via the MSC",
        /// 1
        IMSI_DETACHED = 1 => "IMSI detached",
        /// 2
        ROAMING_RESTRICTION = 2 => "roaming restriction",
        /// 3
        DEREGISTERED_NON_GPRS = 3 => "deregistered in the HLR for non-GPRS",
        /// 4
        MS_PURGED_NON_GPRS = 4 => "MS purged for non-GPRS",
        /// 5
        NO_PAGING_RESPONSE_VIA_SGSN = 5 => "no paging response via the SGSN",
        /// 6
        GPRS_DETACHED = 6 => "GPRS detached",
        /// 7
        DEREGISTERED_GPRS = 7 => "deregistered in the HLR for GPRS",
        /// 8
        MS_PURGED_GPRS = 8 => "MS purged for GPRS",
        /// 9
        UNIDENTIFIED_SUBSCRIBER_VIA_MSC = 9 => "unidentified subscriber via the MSC",
        /// 10
        UNIDENTIFIED_SUBSCRIBER_VIA_SGSN = 10 => "unidentified subscriber via the SGSN",
        /// 11
        DEREGISTERED_IMS = 11 => "deregistered in the HSS/HLR for IMS",
        /// 12
        NO_RESPONSE_VIA_IP_SM_GW = 12 => "no response via the IP-SM-GW",
        /// 13
        TEMPORARILY_UNAVAILABLE = 13 => "the MS is temporarily unavailable",
    }
}

/// SM-RP-DA ::= CHOICE (untagged; map-sms.md §5, §11): the destination of a forwarded short
/// message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmRpDa<'a> {
    /// imsi `[0]` IMSI (`80`).
    Imsi(Imsi<'a>),
    /// lmsi `[1]` LMSI (`81`).
    Lmsi(Lmsi),
    /// roamingNumber `[3]` ISDN-AddressString (`83`): MAP v1 only, accepted by
    /// [`ForwardSmArg`](crate::ForwardSmArg) alone.
    RoamingNumber(AddressString<'a>),
    /// serviceCentreAddressDA `[4]` AddressString (`84`).
    ServiceCentreAddressDa(AddressString<'a>),
    /// noSM-RP-DA `[5]` NULL (`85`): subsequent messages of a dialogue.
    NoSmRpDa,
}

impl<'a> SmRpDa<'a> {
    /// The tags of the v2/v3 alternatives.
    pub const TAGS: &'static [Tag] = &[
        Tag::context(0),
        Tag::context(1),
        Tag::context(4),
        Tag::context(5),
    ];
    /// The tags of the v1 alternatives (with roamingNumber `[3]`).
    pub const TAGS_V1: &'static [Tag] = &[
        Tag::context(0),
        Tag::context(1),
        Tag::context(3),
        Tag::context(4),
        Tag::context(5),
    ];

    /// Decodes the alternative `e` holds; `roaming_number` admits the v1 roamingNumber `[3]`.
    #[inline(always)]
    pub fn from_element(e: Element<'a>, roaming_number: bool) -> Result<Self, DecodeError> {
        let t = e.tag();
        Ok(if t == Tag::context(0) {
            SmRpDa::Imsi(Imsi::from_element(e.named("imsi"))?)
        } else if t == Tag::context(1) {
            SmRpDa::Lmsi(Lmsi::from_element(e.named("lmsi"))?)
        } else if t == Tag::context(3) && roaming_number {
            SmRpDa::RoamingNumber(AddressString::from_element_isdn(e.named("roamingNumber"))?)
        } else if t == Tag::context(4) {
            SmRpDa::ServiceCentreAddressDa(AddressString::from_element(
                e.named("serviceCentreAddressDA"),
            )?)
        } else if t == Tag::context(5) {
            e.named("noSM-RP-DA").null()?;
            SmRpDa::NoSmRpDa
        } else {
            return Err(DecodeError::UnknownAlternative {
                field: e.name(),
                offset: e.offset(),
                found: t,
            });
        })
    }

    /// Octets [`encode`](Self::encode) writes.
    #[inline]
    pub(crate) fn encoded_len(&self) -> usize {
        match self {
            SmRpDa::Imsi(v) => tlv_len(Tag::context(0), v.as_bytes().len()),
            SmRpDa::Lmsi(_) => tlv_len(Tag::context(1), 4),
            SmRpDa::RoamingNumber(v) => tlv_len(Tag::context(3), v.as_bytes().len()),
            SmRpDa::ServiceCentreAddressDa(v) => tlv_len(Tag::context(4), v.as_bytes().len()),
            SmRpDa::NoSmRpDa => tlv_len(Tag::context(5), 0),
        }
    }

    /// Writes the chosen alternative.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self {
            SmRpDa::Imsi(v) => v.encode(w, Tag::context(0)),
            SmRpDa::Lmsi(v) => v.encode(w, Tag::context(1)),
            SmRpDa::RoamingNumber(v) => v.encode(w, Tag::context(3)),
            SmRpDa::ServiceCentreAddressDa(v) => v.encode(w, Tag::context(4)),
            SmRpDa::NoSmRpDa => w.null(Tag::context(5)),
        }
    }

    /// Copies the borrowed alternative.
    #[cfg(feature = "alloc")]
    pub fn into_owned(self) -> SmRpDaOwned {
        match self {
            SmRpDa::Imsi(v) => SmRpDaOwned::Imsi(v.as_bytes().to_vec()),
            SmRpDa::Lmsi(v) => SmRpDaOwned::Lmsi(v),
            SmRpDa::RoamingNumber(v) => SmRpDaOwned::RoamingNumber(v.as_bytes().to_vec()),
            SmRpDa::ServiceCentreAddressDa(v) => {
                SmRpDaOwned::ServiceCentreAddressDa(v.as_bytes().to_vec())
            }
            SmRpDa::NoSmRpDa => SmRpDaOwned::NoSmRpDa,
        }
    }
}

/// The owned twin of [`SmRpDa`]: identities and addresses as their contents octets.
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmRpDaOwned {
    /// imsi `[0]` (TBCD octets).
    Imsi(Vec<u8>),
    /// lmsi `[1]`.
    Lmsi(Lmsi),
    /// roamingNumber `[3]` (v1).
    RoamingNumber(Vec<u8>),
    /// serviceCentreAddressDA `[4]`.
    ServiceCentreAddressDa(Vec<u8>),
    /// noSM-RP-DA `[5]`.
    NoSmRpDa,
}

#[cfg(feature = "alloc")]
impl SmRpDaOwned {
    /// The borrowed view (SIZE constraints checked).
    pub fn as_view(&self) -> Result<SmRpDa<'_>, DecodeError> {
        Ok(match self {
            SmRpDaOwned::Imsi(v) => SmRpDa::Imsi(ImsiC::view(v, "imsi")?),
            SmRpDaOwned::Lmsi(v) => SmRpDa::Lmsi(*v),
            SmRpDaOwned::RoamingNumber(v) => SmRpDa::RoamingNumber(Isdn::view(v, "roamingNumber")?),
            SmRpDaOwned::ServiceCentreAddressDa(v) => {
                SmRpDa::ServiceCentreAddressDa(Addr::view(v, "serviceCentreAddressDA")?)
            }
            SmRpDaOwned::NoSmRpDa => SmRpDa::NoSmRpDa,
        })
    }
}

/// SM-RP-DA of MAP v2/v3 (no roamingNumber).
pub(crate) struct SmRpDaC;

impl<'a> Codec<'a> for SmRpDaC {
    type Value = SmRpDa<'a>;
    const CHOICE_TAGS: &'static [Tag] = SmRpDa::TAGS;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<SmRpDa<'a>, DecodeError> {
        SmRpDa::from_element(e, false)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &SmRpDa<'a>, w: &mut BerWriter<'_, S>, _: Tag) {
        v.encode(w);
    }
    #[inline(always)]
    fn encoded_len(v: &SmRpDa<'a>, _: Tag) -> usize {
        v.encoded_len()
    }
}

/// SM-RP-DA of MAP v1 (with roamingNumber `[3]`).
pub(crate) struct SmRpDaV1C;

impl<'a> Codec<'a> for SmRpDaV1C {
    type Value = SmRpDa<'a>;
    const CHOICE_TAGS: &'static [Tag] = SmRpDa::TAGS_V1;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<SmRpDa<'a>, DecodeError> {
        SmRpDa::from_element(e, true)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &SmRpDa<'a>, w: &mut BerWriter<'_, S>, _: Tag) {
        v.encode(w);
    }
    #[inline(always)]
    fn encoded_len(v: &SmRpDa<'a>, _: Tag) -> usize {
        v.encoded_len()
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for SmRpDaC {
    type Owned = SmRpDaOwned;
    fn own(v: &SmRpDa<'a>) -> SmRpDaOwned {
        v.into_owned()
    }
    fn view(o: &'a SmRpDaOwned, name: &'static str) -> Result<SmRpDa<'a>, DecodeError> {
        match o.as_view()? {
            SmRpDa::RoamingNumber(_) => Err(DecodeError::UnknownAlternative {
                field: name,
                offset: 0,
                found: Tag::context(3),
            }),
            v => Ok(v),
        }
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for SmRpDaV1C {
    type Owned = SmRpDaOwned;
    fn own(v: &SmRpDa<'a>) -> SmRpDaOwned {
        v.into_owned()
    }
    fn view(o: &'a SmRpDaOwned, _: &'static str) -> Result<SmRpDa<'a>, DecodeError> {
        o.as_view()
    }
}

/// SM-RP-OA ::= CHOICE (untagged; map-sms.md §5): the originator of a forwarded short message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmRpOa<'a> {
    /// msisdn `[2]` ISDN-AddressString (`82`).
    Msisdn(AddressString<'a>),
    /// serviceCentreAddressOA `[4]` AddressString (`84`).
    ServiceCentreAddressOa(AddressString<'a>),
    /// noSM-RP-OA `[5]` NULL (`85`).
    NoSmRpOa,
}

impl<'a> SmRpOa<'a> {
    /// The tags of the alternatives.
    pub const TAGS: &'static [Tag] = &[Tag::context(2), Tag::context(4), Tag::context(5)];

    /// Decodes the alternative `e` holds.
    #[inline(always)]
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        let t = e.tag();
        Ok(if t == Tag::context(2) {
            SmRpOa::Msisdn(AddressString::from_element_isdn(e.named("msisdn"))?)
        } else if t == Tag::context(4) {
            SmRpOa::ServiceCentreAddressOa(AddressString::from_element(
                e.named("serviceCentreAddressOA"),
            )?)
        } else if t == Tag::context(5) {
            e.named("noSM-RP-OA").null()?;
            SmRpOa::NoSmRpOa
        } else {
            return Err(DecodeError::UnknownAlternative {
                field: e.name(),
                offset: e.offset(),
                found: t,
            });
        })
    }

    /// Octets [`encode`](Self::encode) writes.
    #[inline]
    pub(crate) fn encoded_len(&self) -> usize {
        match self {
            SmRpOa::Msisdn(v) => tlv_len(Tag::context(2), v.as_bytes().len()),
            SmRpOa::ServiceCentreAddressOa(v) => tlv_len(Tag::context(4), v.as_bytes().len()),
            SmRpOa::NoSmRpOa => tlv_len(Tag::context(5), 0),
        }
    }

    /// Writes the chosen alternative.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self {
            SmRpOa::Msisdn(v) => v.encode(w, Tag::context(2)),
            SmRpOa::ServiceCentreAddressOa(v) => v.encode(w, Tag::context(4)),
            SmRpOa::NoSmRpOa => w.null(Tag::context(5)),
        }
    }

    /// Copies the borrowed alternative.
    #[cfg(feature = "alloc")]
    pub fn into_owned(self) -> SmRpOaOwned {
        match self {
            SmRpOa::Msisdn(v) => SmRpOaOwned::Msisdn(v.as_bytes().to_vec()),
            SmRpOa::ServiceCentreAddressOa(v) => {
                SmRpOaOwned::ServiceCentreAddressOa(v.as_bytes().to_vec())
            }
            SmRpOa::NoSmRpOa => SmRpOaOwned::NoSmRpOa,
        }
    }
}

/// The owned twin of [`SmRpOa`].
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmRpOaOwned {
    /// msisdn `[2]`.
    Msisdn(Vec<u8>),
    /// serviceCentreAddressOA `[4]`.
    ServiceCentreAddressOa(Vec<u8>),
    /// noSM-RP-OA `[5]`.
    NoSmRpOa,
}

#[cfg(feature = "alloc")]
impl SmRpOaOwned {
    /// The borrowed view (SIZE constraints checked).
    pub fn as_view(&self) -> Result<SmRpOa<'_>, DecodeError> {
        Ok(match self {
            SmRpOaOwned::Msisdn(v) => SmRpOa::Msisdn(Isdn::view(v, "msisdn")?),
            SmRpOaOwned::ServiceCentreAddressOa(v) => {
                SmRpOa::ServiceCentreAddressOa(Addr::view(v, "serviceCentreAddressOA")?)
            }
            SmRpOaOwned::NoSmRpOa => SmRpOa::NoSmRpOa,
        })
    }
}

pub(crate) struct SmRpOaC;

impl<'a> Codec<'a> for SmRpOaC {
    type Value = SmRpOa<'a>;
    const CHOICE_TAGS: &'static [Tag] = SmRpOa::TAGS;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<SmRpOa<'a>, DecodeError> {
        SmRpOa::from_element(e)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &SmRpOa<'a>, w: &mut BerWriter<'_, S>, _: Tag) {
        v.encode(w);
    }
    #[inline(always)]
    fn encoded_len(v: &SmRpOa<'a>, _: Tag) -> usize {
        v.encoded_len()
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for SmRpOaC {
    type Owned = SmRpOaOwned;
    fn own(v: &SmRpOa<'a>) -> SmRpOaOwned {
        v.into_owned()
    }
    fn view(o: &'a SmRpOaOwned, _: &'static str) -> Result<SmRpOa<'a>, DecodeError> {
        o.as_view()
    }
}

/// Reads the single alternative inside an explicitly tagged CHOICE (map-sms.md §1: a tag on a
/// CHOICE is explicit).
/// The alternative is decoded by `f` on the short-form path and on the general one apart, so
/// that the first knows its header.
#[inline(always)]
fn explicit_inner<'a, T>(
    e: Element<'a>,
    f: impl Fn(Element<'a>) -> Result<T, DecodeError>,
) -> Result<T, DecodeError> {
    let mut r = e.children()?;
    if let Some(inner) = r.take_short_any(e.name()) {
        if !r.is_empty() {
            r.finish()?;
        }
        return f(inner);
    }
    let inner = r.read(e.name())?;
    r.finish()?;
    f(inner)
}

/// Additional-Number ::= CHOICE (map-sms.md §5): a second (or third) serving node. Always under
/// an explicit tag (`A6 09 80 07 ...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdditionalNumber<'a> {
    /// msc-Number `[0]` ISDN-AddressString: MSC, SMS Router or MME number.
    MscNumber(AddressString<'a>),
    /// sgsn-Number `[1]` ISDN-AddressString: SGSN or SMS Router number.
    SgsnNumber(AddressString<'a>),
}

impl<'a> AdditionalNumber<'a> {
    /// Decodes the explicitly tagged CHOICE `e` (its outer tag matched by the caller).
    #[inline(always)]
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        explicit_inner(e, |inner| {
            let t = inner.tag();
            if t == Tag::context(0) {
                Ok(AdditionalNumber::MscNumber(
                    AddressString::from_element_isdn(inner.named("msc-Number"))?,
                ))
            } else if t == Tag::context(1) {
                Ok(AdditionalNumber::SgsnNumber(
                    AddressString::from_element_isdn(inner.named("sgsn-Number"))?,
                ))
            } else {
                Err(DecodeError::UnknownAlternative {
                    field: e.name(),
                    offset: inner.offset(),
                    found: t,
                })
            }
        })
    }

    /// Writes the CHOICE under the explicit `tag`.
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.constructed_with_len(tag, self.inner_len(), |w| match self {
            AdditionalNumber::MscNumber(v) => v.encode(w, Tag::context(0)),
            AdditionalNumber::SgsnNumber(v) => v.encode(w, Tag::context(1)),
        });
    }

    /// Octets of the alternative (the contents of the explicit tag).
    #[inline]
    fn inner_len(&self) -> usize {
        // Both alternatives have a one-octet tag.
        tlv_len(Tag::context(0), self.number().as_bytes().len())
    }

    /// The number, whichever alternative.
    pub const fn number(&self) -> AddressString<'a> {
        match self {
            AdditionalNumber::MscNumber(v) | AdditionalNumber::SgsnNumber(v) => *v,
        }
    }
}

/// The owned twin of [`AdditionalNumber`].
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdditionalNumberOwned {
    /// msc-Number `[0]`.
    MscNumber(Vec<u8>),
    /// sgsn-Number `[1]`.
    SgsnNumber(Vec<u8>),
}

impl<'a> Codec<'a> for AdditionalNumber<'a> {
    type Value = AdditionalNumber<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<Self, DecodeError> {
        AdditionalNumber::from_element(e)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &Self, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline]
    fn encoded_len(v: &Self, tag: Tag) -> usize {
        tlv_len(tag, v.inner_len())
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for AdditionalNumber<'a> {
    type Owned = AdditionalNumberOwned;
    fn own(v: &Self) -> AdditionalNumberOwned {
        match v {
            AdditionalNumber::MscNumber(a) => {
                AdditionalNumberOwned::MscNumber(a.as_bytes().to_vec())
            }
            AdditionalNumber::SgsnNumber(a) => {
                AdditionalNumberOwned::SgsnNumber(a.as_bytes().to_vec())
            }
        }
    }
    fn view(o: &'a AdditionalNumberOwned, _: &'static str) -> Result<Self, DecodeError> {
        Ok(match o {
            AdditionalNumberOwned::MscNumber(v) => {
                AdditionalNumber::MscNumber(Isdn::view(v, "msc-Number")?)
            }
            AdditionalNumberOwned::SgsnNumber(v) => {
                AdditionalNumber::SgsnNumber(Isdn::view(v, "sgsn-Number")?)
            }
        })
    }
}

/// SubscriberIdentity ::= CHOICE (MAP-CommonDataTypes, map-sms.md §7), under an explicit tag
/// (`A0 0A 80 08 ...` in AnyTimeModificationArg).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubscriberIdentity<'a> {
    /// imsi `[0]` IMSI.
    Imsi(Imsi<'a>),
    /// msisdn `[1]` ISDN-AddressString.
    Msisdn(AddressString<'a>),
}

impl<'a> SubscriberIdentity<'a> {
    /// Decodes the explicitly tagged CHOICE `e` (its outer tag matched by the caller).
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        explicit_inner(e, |inner| {
            let t = inner.tag();
            if t == Tag::context(0) {
                Ok(SubscriberIdentity::Imsi(Imsi::from_element(
                    inner.named("imsi"),
                )?))
            } else if t == Tag::context(1) {
                Ok(SubscriberIdentity::Msisdn(
                    AddressString::from_element_isdn(inner.named("msisdn"))?,
                ))
            } else {
                Err(DecodeError::UnknownAlternative {
                    field: e.name(),
                    offset: inner.offset(),
                    found: t,
                })
            }
        })
    }

    /// Writes the CHOICE under the explicit `tag`.
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.constructed_with_len(tag, self.inner_len(), |w| match self {
            SubscriberIdentity::Imsi(v) => v.encode(w, Tag::context(0)),
            SubscriberIdentity::Msisdn(v) => v.encode(w, Tag::context(1)),
        });
    }

    /// Octets of the alternative (the contents of the explicit tag).
    #[inline]
    fn inner_len(&self) -> usize {
        // Both alternatives have a one-octet tag.
        let n = match self {
            SubscriberIdentity::Imsi(v) => v.as_bytes().len(),
            SubscriberIdentity::Msisdn(v) => v.as_bytes().len(),
        };
        tlv_len(Tag::context(0), n)
    }
}

/// The owned twin of [`SubscriberIdentity`].
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubscriberIdentityOwned {
    /// imsi `[0]`.
    Imsi(Vec<u8>),
    /// msisdn `[1]`.
    Msisdn(Vec<u8>),
}

impl<'a> Codec<'a> for SubscriberIdentity<'a> {
    type Value = SubscriberIdentity<'a>;
    #[inline(always)]
    fn decode(e: Element<'a>) -> Result<Self, DecodeError> {
        SubscriberIdentity::from_element(e)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &Self, w: &mut BerWriter<'_, S>, tag: Tag) {
        v.encode(w, tag);
    }
    #[inline]
    fn encoded_len(v: &Self, tag: Tag) -> usize {
        tlv_len(tag, v.inner_len())
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for SubscriberIdentity<'a> {
    type Owned = SubscriberIdentityOwned;
    fn own(v: &Self) -> SubscriberIdentityOwned {
        match v {
            SubscriberIdentity::Imsi(a) => SubscriberIdentityOwned::Imsi(a.as_bytes().to_vec()),
            SubscriberIdentity::Msisdn(a) => SubscriberIdentityOwned::Msisdn(a.as_bytes().to_vec()),
        }
    }
    fn view(o: &'a SubscriberIdentityOwned, _: &'static str) -> Result<Self, DecodeError> {
        Ok(match o {
            SubscriberIdentityOwned::Imsi(v) => SubscriberIdentity::Imsi(ImsiC::view(v, "imsi")?),
            SubscriberIdentityOwned::Msisdn(v) => {
                SubscriberIdentity::Msisdn(Isdn::view(v, "msisdn")?)
            }
        })
    }
}

sequence! {
    /// CorrelationID ::= SEQUENCE (MAP-SM-DataTypes, map-sms.md §5), not extensible: the
    /// identities of an MSISDN-less IMS delivery (TS 29.002 12.1, 12.2, 12.9).
    ///
    /// ```
    /// use smsip_map::CorrelationId;
    /// let bytes = [0x30, 0x0D, 0x82, 0x0B, b's', b'i', b'p', b':', b'b', b'@', b'e', b'x', b'.', b'n', b'e'];
    /// let c = CorrelationId::decode(&bytes)?;
    /// assert_eq!((c.hlr_id, c.sip_uri_a, c.sip_uri_b), (None, None, &b"sip:b@ex.ne"[..]));
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct CorrelationId / CorrelationIdOwned ("CorrelationID") {
        /// hlr-id `[0]` HLR-Id (IMSI digits identifying the HLR).
        hlr_id: opt(Tag::context(0), "hlr-id") ImsiC => Imsi<'a> | Vec<u8>,
        /// sip-uri-A `[1]` SIP-URI: the originator's SIP URI (RFC 3261 text).
        sip_uri_a: opt(Tag::context(1), "sip-uri-A") AnyOctets => &'a [u8] | Vec<u8>,
        /// sip-uri-B `[2]` SIP-URI: the recipient's SIP URI.
        sip_uri_b: req(Tag::context(2), "sip-uri-B") AnyOctets => &'a [u8] | Vec<u8>,
    }
}

sequence! {
    /// NetworkNodeDiameterAddress ::= SEQUENCE (MAP-CommonDataTypes, map-sms.md §7), not
    /// extensible: a Diameter name and realm (DiameterIdentity, 9..255 octets of FQDN text).
    pub struct NetworkNodeDiameterAddress / NetworkNodeDiameterAddressOwned ("NetworkNodeDiameterAddress") {
        /// diameter-Name `[0]` DiameterIdentity.
        diameter_name: req(Tag::context(0), "diameter-Name") DiameterIdentityC => &'a [u8] | Vec<u8>,
        /// diameter-Realm `[1]` DiameterIdentity.
        diameter_realm: req(Tag::context(1), "diameter-Realm") DiameterIdentityC => &'a [u8] | Vec<u8>,
    }
}

impl fmt::Display for NetworkNodeDiameterAddress<'_> {
    /// `name@realm` (lossy UTF-8).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in [self.diameter_name, b"@", self.diameter_realm] {
            for chunk in part.utf8_chunks() {
                f.write_str(chunk.valid())?;
                if !chunk.invalid().is_empty() {
                    f.write_str("\u{FFFD}")?;
                }
            }
        }
        Ok(())
    }
}
