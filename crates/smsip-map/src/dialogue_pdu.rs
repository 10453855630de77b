//! The MAP dialogue PDUs (TS 29.002 §17.4 MAP-DialogueInformation, map-sms.md §12): MAP-OPEN,
//! -ACCEPT, -CLOSE, -REFUSE, -U-ABORT and -P-ABORT information, carried in the
//! `user-information [30]` of a TCAP AARQ / AARE / ABRT (tcap.md §4) as an EXTERNAL whose
//! direct-reference is [`MAP_DIALOGUE_AS`] and whose `single-ASN1-type [0]` holds the
//! [`MapDialoguePdu`].
//!
//! The module is `IMPLICIT TAGS`: each alternative of MAP-DialoguePDU is its SEQUENCE with the
//! context tag (`A0` map-open ... `A5` map-providerAbort), `destinationReference [0]` /
//! `originationReference [1]` are primitive OCTET STRINGs (`80` / `81`), the untagged members
//! keep their universal tags (Reason / MAP-ProviderAbortReason `0A`, alternativeApplicationContext
//! `06`, extensionContainer `30`) and MAP-UserAbortChoice's alternatives appear directly
//! (`80 00`, `81 00`, `82 01 xx`, `83 01 xx`).
//!
//! * **Decoding** — [`MapDialoguePdu::decode`] / [`from_element`](MapDialoguePdu::from_element)
//!   from the PDU itself; [`from_external`](MapDialoguePdu::from_external) from one EXTERNAL;
//!   [`from_user_information`](MapDialoguePdu::from_user_information) and
//!   [`from_dialogue_portion`](MapDialoguePdu::from_dialogue_portion) find the MAP EXTERNAL
//!   among the user information of an AARQ / AARE / ABRT / AUDT (`None` when there is none;
//!   EXTERNALs of other abstract syntaxes are skipped). Indefinite lengths are accepted
//!   wherever the BER reader accepts them. Nothing is allocated.
//! * **Encoding** — [`MapDialoguePdu::write`] / [`encode`](MapDialoguePdu::encode) the PDU,
//!   [`write_external`](MapDialoguePdu::write_external) /
//!   [`encode_external`](MapDialoguePdu::encode_external) the EXTERNAL that is the contents of
//!   `user-information` (`28 len 06 07 04 00 00 01 01 01 01 A0 len <pdu>`), and
//!   [`raw_user_information`] turns those octets into the
//!   [`RawElements`] an [`Aarq`](smsip_tcap::Aarq) / [`Aare`](smsip_tcap::Aare) /
//!   [`Abrt`](smsip_tcap::Abrt) carries.
//! * **Lossless** — unknown extension additions after `...` are kept raw in each type's
//!   `unknown` member and written back after the known members, extension containers are kept
//!   as received, and the ENUMERATEDs are open enums whose unknown values round-trip
//!   (map-sms.md §1).
//!
//! ```
//! use smsip_ber::AddressString;
//! use smsip_map::dialogue_pdu::{raw_user_information, MapDialoguePdu, MapOpenInfo};
//! use smsip_tcap::{Aarq, Begin, TcapMessage, TransactionId};
//!
//! // MAP-OPEN (TS 29.002 §7.3.1) of an MT short message whose sm-RP-DA is an LMSI: the IMSI in
//! // the destination reference (an AddressString, land mobile numbering plan) and the SC
//! // address in the origination reference.
//! let imsi = AddressString::new(&[0x96, 0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]).unwrap();
//! let sc = AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00]).unwrap();
//! let open = MapDialoguePdu::Open(MapOpenInfo::new(Some(imsi), Some(sc)));
//!
//! // The EXTERNAL, then the AARQ of a TC-BEGIN carrying it.
//! let mut ui = Vec::new();
//! open.encode_external(&mut ui);
//! let aarq = Aarq {
//!     user_information: Some(raw_user_information(&ui)?),
//!     ..Aarq::new(smsip_map::contexts::SHORT_MSG_MT_RELAY_CONTEXT_V3)
//! };
//! let begin = TcapMessage::Begin(Begin::new(TransactionId::from_u32(1)).with_dialogue(aarq.into()));
//! let bytes = begin.to_vec();
//!
//! // The receiving side.
//! let msg = smsip_tcap::decode(&bytes)?;
//! let dialogue = msg.dialogue_portion().unwrap();
//! let Some(MapDialoguePdu::Open(got)) = MapDialoguePdu::from_dialogue_portion(&dialogue)? else {
//!     panic!("no MAP-OPEN")
//! };
//! assert_eq!(got.destination_reference.unwrap().digits().to_string(), "001010123456789");
//! assert_eq!(got.origination_reference.unwrap().to_string(), "+447700900000");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::writer::{integer_len, tlv_len};
use smsip_ber::{
    oid, AddressString, BerReader, BerWriter, Element, ExtensionContainer, Oid, RawElements, Tag,
};
use smsip_core::Sink;
use smsip_tcap::{DialoguePortion, External, ExternalEncoding};

#[cfg(feature = "alloc")]
use crate::codec::OwnedCodec;
use crate::codec::{sequence, Addr, Codec, Enum, Ext};
use crate::DecodeError;

/// map-DialogueAS `{gsm-NetworkId(0 4 0 0 1) as-Id(1) map-DialoguePDU(1) version1(1)}` =
/// `0.4.0.0.1.1.1.1` (`06 07 04 00 00 01 01 01 01`): the direct-reference of the EXTERNAL that
/// carries a [`MapDialoguePdu`] in TCAP user information (TS 29.002 §17.4, map-sms.md §12).
///
/// ```
/// use smsip_map::dialogue_pdu::MAP_DIALOGUE_AS;
/// assert_eq!(MAP_DIALOGUE_AS.as_bytes(), &[0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01]);
/// assert_eq!(MAP_DIALOGUE_AS.to_string(), "0.4.0.0.1.1.1.1");
/// ```
pub const MAP_DIALOGUE_AS: Oid<'static> = oid!(0, 4, 0, 0, 1, 1, 1, 1);

/// The context tags of the MAP-DialoguePDU alternatives.
const MAP_OPEN: Tag = Tag::context(0);
const MAP_ACCEPT: Tag = Tag::context(1);
const MAP_CLOSE: Tag = Tag::context(2);
const MAP_REFUSE: Tag = Tag::context(3);
const MAP_USER_ABORT: Tag = Tag::context(4);
const MAP_PROVIDER_ABORT: Tag = Tag::context(5);
/// `single-ASN1-type [0]` of an EXTERNAL (explicit).
const SINGLE_ASN1_TYPE: Tag = Tag::context(0);
/// ObjectDescriptor, the EXTERNAL's data-value-descriptor.
const OBJECT_DESCRIPTOR: Tag = Tag::universal(7);

smsip_core::open_enum! {
    /// `Reason ::= ENUMERATED` of MAP-RefuseInfo (TS 29.002 §17.4; the MAP-OPEN refusal reasons
    /// of §7.3.1). Values outside the list are kept (an open enum).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::RefuseReason;
    /// assert_eq!(RefuseReason(1), RefuseReason::INVALID_DESTINATION_REFERENCE);
    /// assert_eq!(RefuseReason(2).description(), Some("invalidOriginatingReference"));
    /// assert_eq!(RefuseReason(9).name(), None); // kept, not rejected
    /// ```
    pub struct RefuseReason(u8) {
        /// noReasonGiven (0)
        NO_REASON_GIVEN = 0 => "noReasonGiven",
        /// invalidDestinationReference (1)
        INVALID_DESTINATION_REFERENCE = 1 => "invalidDestinationReference",
        /// invalidOriginatingReference (2)
        INVALID_ORIGINATING_REFERENCE = 2 => "invalidOriginatingReference",
    }
}

smsip_core::open_enum! {
    /// `ResourceUnavailableReason ::= ENUMERATED` (MAP-UserAbortChoice `resourceUnavailable
    /// [2]`, TS 29.002 §17.4). An open enum.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::ResourceUnavailableReason;
    /// assert_eq!(ResourceUnavailableReason::LONG_TERM_RESOURCE_LIMITATION.value(), 1);
    /// ```
    pub struct ResourceUnavailableReason(u8) {
        /// shortTermResourceLimitation (0)
        SHORT_TERM_RESOURCE_LIMITATION = 0 => "shortTermResourceLimitation",
        /// longTermResourceLimitation (1)
        LONG_TERM_RESOURCE_LIMITATION = 1 => "longTermResourceLimitation",
    }
}

smsip_core::open_enum! {
    /// `ProcedureCancellationReason ::= ENUMERATED` (MAP-UserAbortChoice
    /// `applicationProcedureCancellation [3]`, TS 29.002 §17.4). An open enum.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::ProcedureCancellationReason;
    /// assert_eq!(ProcedureCancellationReason(5), ProcedureCancellationReason::TANDEM_DIALOGUE_RELEASE);
    /// ```
    pub struct ProcedureCancellationReason(u8) {
        /// handoverCancellation (0)
        HANDOVER_CANCELLATION = 0 => "handoverCancellation",
        /// radioChannelRelease (1)
        RADIO_CHANNEL_RELEASE = 1 => "radioChannelRelease",
        /// networkPathRelease (2)
        NETWORK_PATH_RELEASE = 2 => "networkPathRelease",
        /// callRelease (3)
        CALL_RELEASE = 3 => "callRelease",
        /// associatedProcedureFailure (4)
        ASSOCIATED_PROCEDURE_FAILURE = 4 => "associatedProcedureFailure",
        /// tandemDialogueRelease (5)
        TANDEM_DIALOGUE_RELEASE = 5 => "tandemDialogueRelease",
        /// remoteOperationsFailure (6)
        REMOTE_OPERATIONS_FAILURE = 6 => "remoteOperationsFailure",
    }
}

smsip_core::open_enum! {
    /// `MAP-ProviderAbortReason ::= ENUMERATED` (MAP-ProviderAbortInfo, TS 29.002 §17.4; the
    /// MAP-P-ABORT provider reasons of §7.3.5). An open enum.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::ProviderAbortReason;
    /// assert_eq!(ProviderAbortReason::INVALID_PDU.description(), Some("invalidPDU"));
    /// ```
    pub struct ProviderAbortReason(u8) {
        /// abnormalDialogue (0)
        ABNORMAL_DIALOGUE = 0 => "abnormalDialogue",
        /// invalidPDU (1)
        INVALID_PDU = 1 => "invalidPDU",
    }
}

/// `MAP-UserAbortChoice ::= CHOICE` (TS 29.002 §17.4; the MAP-U-ABORT user reasons of
/// §7.3.4): untagged in MAP-UserAbortInfo, so its alternatives' IMPLICIT tags appear directly.
///
/// ```
/// use smsip_ber::{BerWriter, Element};
/// use smsip_map::dialogue_pdu::{MapUserAbortChoice, ResourceUnavailableReason};
/// let e = Element::from_ber(&[0x82, 0x01, 0x01])?;
/// let choice = MapUserAbortChoice::from_element(e)?;
/// assert_eq!(
///     choice,
///     MapUserAbortChoice::ResourceUnavailable(ResourceUnavailableReason::LONG_TERM_RESOURCE_LIMITATION)
/// );
/// let mut out = Vec::new();
/// choice.encode(&mut BerWriter::new(&mut out));
/// assert_eq!((out.as_slice(), choice.encoded_len()), (e.raw(), 3));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum MapUserAbortChoice {
    /// userSpecificReason `[0]` NULL (`80 00`).
    UserSpecificReason,
    /// userResourceLimitation `[1]` NULL (`81 00`).
    UserResourceLimitation,
    /// resourceUnavailable `[2]` ResourceUnavailableReason (`82 01 xx`).
    ResourceUnavailable(ResourceUnavailableReason),
    /// applicationProcedureCancellation `[3]` ProcedureCancellationReason (`83 01 xx`).
    ApplicationProcedureCancellation(ProcedureCancellationReason),
}

impl MapUserAbortChoice {
    /// The tags of the alternatives, `[0]` to `[3]`.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapUserAbortChoice;
    /// assert_eq!(MapUserAbortChoice::TAGS.len(), 4);
    /// ```
    pub const TAGS: &'static [Tag] = &[
        Tag::context(0),
        Tag::context(1),
        Tag::context(2),
        Tag::context(3),
    ];

    /// Decodes the alternative `e` holds (its tag selects it);
    /// [`DecodeError::UnknownAlternative`] for another tag.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapUserAbortChoice;
    /// let e = smsip_ber::Element::from_ber(&[0x80, 0x00])?;
    /// assert_eq!(MapUserAbortChoice::from_element(e)?, MapUserAbortChoice::UserSpecificReason);
    /// let e = smsip_ber::Element::from_ber(&[0x84, 0x00])?;
    /// assert!(MapUserAbortChoice::from_element(e).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_element(e: Element<'_>) -> Result<Self, DecodeError> {
        let t = e.tag();
        Ok(if t == Tag::context(0) {
            e.named("userSpecificReason").null()?;
            MapUserAbortChoice::UserSpecificReason
        } else if t == Tag::context(1) {
            e.named("userResourceLimitation").null()?;
            MapUserAbortChoice::UserResourceLimitation
        } else if t == Tag::context(2) {
            MapUserAbortChoice::ResourceUnavailable(ResourceUnavailableReason(
                e.named("resourceUnavailable").enumerated::<u8>()?,
            ))
        } else if t == Tag::context(3) {
            MapUserAbortChoice::ApplicationProcedureCancellation(ProcedureCancellationReason(
                e.named("applicationProcedureCancellation")
                    .enumerated::<u8>()?,
            ))
        } else {
            return Err(DecodeError::UnknownAlternative {
                field: "map-UserAbortChoice",
                offset: e.offset(),
                found: t,
            });
        })
    }

    /// The tag of the alternative.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapUserAbortChoice;
    /// assert_eq!(MapUserAbortChoice::UserResourceLimitation.tag(), smsip_ber::Tag::context(1));
    /// ```
    pub const fn tag(&self) -> Tag {
        match self {
            MapUserAbortChoice::UserSpecificReason => Tag::context(0),
            MapUserAbortChoice::UserResourceLimitation => Tag::context(1),
            MapUserAbortChoice::ResourceUnavailable(_) => Tag::context(2),
            MapUserAbortChoice::ApplicationProcedureCancellation(_) => Tag::context(3),
        }
    }

    /// The ENUMERATED value of the alternatives that carry one.
    #[inline]
    const fn reason(&self) -> Option<u8> {
        match self {
            MapUserAbortChoice::UserSpecificReason | MapUserAbortChoice::UserResourceLimitation => {
                None
            }
            MapUserAbortChoice::ResourceUnavailable(r) => Some(r.0),
            MapUserAbortChoice::ApplicationProcedureCancellation(r) => Some(r.0),
        }
    }

    /// Octets [`encode`](Self::encode) writes.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapUserAbortChoice;
    /// assert_eq!(MapUserAbortChoice::UserSpecificReason.encoded_len(), 2);
    /// ```
    pub fn encoded_len(&self) -> usize {
        tlv_len(self.tag(), self.reason().map_or(0, integer_len))
    }

    /// Writes the alternative's element.
    ///
    /// ```
    /// use smsip_ber::BerWriter;
    /// use smsip_map::dialogue_pdu::{MapUserAbortChoice, ProcedureCancellationReason};
    /// let mut out = Vec::new();
    /// MapUserAbortChoice::ApplicationProcedureCancellation(ProcedureCancellationReason::CALL_RELEASE)
    ///     .encode(&mut BerWriter::new(&mut out));
    /// assert_eq!(out, [0x83, 0x01, 0x03]);
    /// ```
    pub fn encode<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self.reason() {
            None => w.null(self.tag()),
            Some(v) => w.enumerated(self.tag(), v),
        }
    }
}

/// MAP-UserAbortChoice as a member of [`MapUserAbortInfo`] (an untagged CHOICE).
struct UserAbortChoiceC;

impl<'a> Codec<'a> for UserAbortChoiceC {
    type Value = MapUserAbortChoice;
    const CHOICE_TAGS: &'static [Tag] = MapUserAbortChoice::TAGS;
    #[inline]
    fn decode(e: Element<'a>) -> Result<MapUserAbortChoice, DecodeError> {
        MapUserAbortChoice::from_element(e)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &MapUserAbortChoice, w: &mut BerWriter<'_, S>, _tag: Tag) {
        v.encode(w);
    }
    #[inline]
    fn encoded_len(v: &MapUserAbortChoice, _tag: Tag) -> usize {
        v.encoded_len()
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for UserAbortChoiceC {
    type Owned = MapUserAbortChoice;
    fn own(v: &MapUserAbortChoice) -> MapUserAbortChoice {
        *v
    }
    fn view(o: &'a MapUserAbortChoice, _: &'static str) -> Result<MapUserAbortChoice, DecodeError> {
        Ok(*o)
    }
}

/// OBJECT IDENTIFIER (alternativeApplicationContext): the contents octets, validated.
struct OidC;

impl<'a> Codec<'a> for OidC {
    type Value = Oid<'a>;
    #[inline]
    fn decode(e: Element<'a>) -> Result<Oid<'a>, DecodeError> {
        Ok(e.oid()?)
    }
    #[inline]
    fn encode<S: Sink + ?Sized>(v: &Oid<'a>, w: &mut BerWriter<'_, S>, tag: Tag) {
        w.oid(tag, *v);
    }
    #[inline]
    fn encoded_len(v: &Oid<'a>, tag: Tag) -> usize {
        tlv_len(tag, v.as_bytes().len())
    }
}

#[cfg(feature = "alloc")]
impl<'a> OwnedCodec<'a> for OidC {
    /// The contents octets.
    type Owned = Vec<u8>;
    fn own(v: &Oid<'a>) -> Vec<u8> {
        v.as_bytes().to_vec()
    }
    fn view(o: &'a Vec<u8>, name: &'static str) -> Result<Oid<'a>, DecodeError> {
        Oid::new(o).ok_or(DecodeError::Ber(smsip_ber::DecodeError::new(
            smsip_ber::ErrorKind::BadOid,
            0,
            name,
        )))
    }
}

sequence! {
    /// `MAP-OpenInfo ::= SEQUENCE` (TS 29.002 §17.4; the MAP-OPEN request parameters of
    /// §7.3.1): `map-open [0]` of [`MapDialoguePdu`], sent in the AARQ of a TC-BEGIN.
    ///
    /// Both references are AddressStrings (SIZE (1..20)). In an MT short-message dialogue whose
    /// sm-RP-DA is not the IMSI (an LMSI; TS 29.002 §7.3.1, §12.9) the destination reference
    /// is the IMSI, as an AddressString whose first octet says international number / land
    /// mobile numbering plan (`96`), and the origination reference the service centre address.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapOpenInfo};
    /// use smsip_ber::NumberingPlan;
    /// let bytes = smsip_core::hex::decode(
    ///     "A014 8009 96000101214365 87F9 8107 91447700090000",
    /// ).unwrap();
    /// let Ok(MapDialoguePdu::Open(open)) = MapDialoguePdu::decode(&bytes) else { panic!() };
    /// let dest = open.destination_reference.unwrap();
    /// assert_eq!(dest.plan(), NumberingPlan::LAND_MOBILE);
    /// assert_eq!(dest.digits().to_string(), "001010123456789");
    /// assert_eq!(open.origination_reference.unwrap().to_string(), "+447700900000");
    /// assert!(open.extension_container.is_none() && open.unknown.is_empty());
    /// assert_eq!(MapDialoguePdu::Open(open).to_vec(), bytes);
    /// ```
    pub struct MapOpenInfo / MapOpenInfoOwned ("MAP-OpenInfo") {
        /// destinationReference `[0]` AddressString (`80`).
        destination_reference: opt(Tag::context(0), "destinationReference") Addr => AddressString<'a> | Vec<u8>,
        /// originationReference `[1]` AddressString (`81`).
        origination_reference: opt(Tag::context(1), "originationReference") Addr => AddressString<'a> | Vec<u8>,
        /// extensionContainer (`30`; after `...`, not used in version 2).
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> MapOpenInfo<'a> {
    /// A MAP-OpenInfo with these references, no extension container.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapOpenInfo;
    /// let open = MapOpenInfo::new(None, None);
    /// assert_eq!(open.to_vec(), [0x30, 0x00]); // as a bare SEQUENCE; in the PDU: A0 00
    /// ```
    pub const fn new(
        destination_reference: Option<AddressString<'a>>,
        origination_reference: Option<AddressString<'a>>,
    ) -> Self {
        MapOpenInfo {
            destination_reference,
            origination_reference,
            extension_container: None,
            unknown: RawElements::EMPTY,
        }
    }
}

sequence! {
    /// `MAP-AcceptInfo ::= SEQUENCE { ..., extensionContainer OPTIONAL }` (TS 29.002 §17.4;
    /// MAP-OPEN confirmation, §7.3.1): `map-accept [1]` of [`MapDialoguePdu`], in an AARE.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapAcceptInfo, MapDialoguePdu};
    /// let pdu = MapDialoguePdu::Accept(MapAcceptInfo::new());
    /// assert_eq!(pdu.to_vec(), [0xA1, 0x00]);
    /// ```
    pub struct MapAcceptInfo / MapAcceptInfoOwned ("MAP-AcceptInfo") {
        /// extensionContainer (`30`; not used in version 2).
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl Default for MapAcceptInfo<'_> {
    /// [`new`](Self::new): empty.
    fn default() -> Self {
        Self::new()
    }
}

impl MapAcceptInfo<'_> {
    /// An empty MAP-AcceptInfo.
    ///
    /// ```
    /// assert!(smsip_map::dialogue_pdu::MapAcceptInfo::new().extension_container.is_none());
    /// ```
    pub const fn new() -> Self {
        MapAcceptInfo {
            extension_container: None,
            unknown: RawElements::EMPTY,
        }
    }
}

sequence! {
    /// `MAP-CloseInfo ::= SEQUENCE { ..., extensionContainer OPTIONAL }` (TS 29.002 §17.4;
    /// MAP-CLOSE, §7.3.2): `map-close [2]` of [`MapDialoguePdu`].
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapCloseInfo, MapDialoguePdu};
    /// let pdu = MapDialoguePdu::decode(&[0xA2, 0x00])?;
    /// assert_eq!(pdu, MapDialoguePdu::Close(MapCloseInfo::new()));
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct MapCloseInfo / MapCloseInfoOwned ("MAP-CloseInfo") {
        /// extensionContainer (`30`; not used in version 2).
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl Default for MapCloseInfo<'_> {
    /// [`new`](Self::new): empty.
    fn default() -> Self {
        Self::new()
    }
}

impl MapCloseInfo<'_> {
    /// An empty MAP-CloseInfo.
    ///
    /// ```
    /// assert!(smsip_map::dialogue_pdu::MapCloseInfo::new().unknown.is_empty());
    /// ```
    pub const fn new() -> Self {
        MapCloseInfo {
            extension_container: None,
            unknown: RawElements::EMPTY,
        }
    }
}

sequence! {
    /// `MAP-RefuseInfo ::= SEQUENCE` (TS 29.002 §17.4; MAP-OPEN refused, §7.3.1):
    /// `map-refuse [3]` of [`MapDialoguePdu`], in the AARE (result reject-permanent) of a
    /// TC-ABORT. `alternativeApplicationContext` names the context the peer should retry with.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, RefuseReason};
    /// // reason invalidDestinationReference, alternativeApplicationContext
    /// // shortMsgMT-RelayContext-v2.
    /// let bytes = smsip_core::hex::decode("A30C 0A0101 0607040000010019 02").unwrap();
    /// let Ok(MapDialoguePdu::Refuse(refuse)) = MapDialoguePdu::decode(&bytes) else { panic!() };
    /// assert_eq!(refuse.reason, RefuseReason::INVALID_DESTINATION_REFERENCE);
    /// assert_eq!(refuse.alternative_application_context.unwrap().to_string(), "0.4.0.0.1.0.25.2");
    /// assert_eq!(MapDialoguePdu::Refuse(refuse).to_vec(), bytes);
    /// ```
    pub struct MapRefuseInfo / MapRefuseInfoOwned ("MAP-RefuseInfo") {
        /// reason Reason (`0A`).
        reason: req(Tag::ENUMERATED, "reason") Enum<RefuseReason> => RefuseReason | RefuseReason,
        /// extensionContainer (`30`; not used in version 2).
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// alternativeApplicationContext OBJECT IDENTIFIER (`06`; not used in version 2; the
        /// owned twin holds the contents octets).
        alternative_application_context: opt(Tag::OBJECT_IDENTIFIER, "alternativeApplicationContext") OidC => Oid<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> MapRefuseInfo<'a> {
    /// A MAP-RefuseInfo with `reason` only.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapRefuseInfo, RefuseReason};
    /// assert_eq!(MapRefuseInfo::new(RefuseReason::NO_REASON_GIVEN).to_vec(), [0x30, 0x03, 0x0A, 0x01, 0x00]);
    /// ```
    pub const fn new(reason: RefuseReason) -> Self {
        MapRefuseInfo {
            reason,
            extension_container: None,
            alternative_application_context: None,
            unknown: RawElements::EMPTY,
        }
    }
}

sequence! {
    /// `MAP-UserAbortInfo ::= SEQUENCE` (TS 29.002 §17.4; MAP-U-ABORT, §7.3.4):
    /// `map-userAbort [4]` of [`MapDialoguePdu`], in the ABRT (abort-source
    /// dialogue-service-user) of a TC-ABORT.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapUserAbortChoice};
    /// let Ok(MapDialoguePdu::UserAbort(abort)) = MapDialoguePdu::decode(&[0xA4, 0x02, 0x81, 0x00])
    ///     else { panic!() };
    /// assert_eq!(abort.map_user_abort_choice, MapUserAbortChoice::UserResourceLimitation);
    /// ```
    pub struct MapUserAbortInfo / MapUserAbortInfoOwned ("MAP-UserAbortInfo") {
        /// map-UserAbortChoice (untagged CHOICE: `80`, `81`, `82` or `83`).
        map_user_abort_choice: any("map-UserAbortChoice") UserAbortChoiceC => MapUserAbortChoice | MapUserAbortChoice,
        /// extensionContainer (`30`; not used in version 2).
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl MapUserAbortInfo<'_> {
    /// A MAP-UserAbortInfo with `choice` only.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapUserAbortChoice, MapUserAbortInfo};
    /// let pdu = MapDialoguePdu::UserAbort(MapUserAbortInfo::new(MapUserAbortChoice::UserSpecificReason));
    /// assert_eq!(pdu.to_vec(), [0xA4, 0x02, 0x80, 0x00]);
    /// ```
    pub const fn new(choice: MapUserAbortChoice) -> Self {
        MapUserAbortInfo {
            map_user_abort_choice: choice,
            extension_container: None,
            unknown: RawElements::EMPTY,
        }
    }
}

sequence! {
    /// `MAP-ProviderAbortInfo ::= SEQUENCE` (TS 29.002 §17.4; MAP-P-ABORT, §7.3.5):
    /// `map-providerAbort [5]` of [`MapDialoguePdu`], in an ABRT.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, ProviderAbortReason};
    /// let Ok(MapDialoguePdu::ProviderAbort(abort)) = MapDialoguePdu::decode(&[0xA5, 0x03, 0x0A, 0x01, 0x01])
    ///     else { panic!() };
    /// assert_eq!(abort.map_provider_abort_reason, ProviderAbortReason::INVALID_PDU);
    /// ```
    pub struct MapProviderAbortInfo / MapProviderAbortInfoOwned ("MAP-ProviderAbortInfo") {
        /// map-ProviderAbortReason (`0A`).
        map_provider_abort_reason: req(Tag::ENUMERATED, "map-ProviderAbortReason") Enum<ProviderAbortReason> => ProviderAbortReason | ProviderAbortReason,
        /// extensionContainer (`30`; not used in version 2).
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl MapProviderAbortInfo<'_> {
    /// A MAP-ProviderAbortInfo with `reason` only.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapProviderAbortInfo, ProviderAbortReason};
    /// let pdu = MapDialoguePdu::ProviderAbort(MapProviderAbortInfo::new(ProviderAbortReason::ABNORMAL_DIALOGUE));
    /// assert_eq!(pdu.to_vec(), [0xA5, 0x03, 0x0A, 0x01, 0x00]);
    /// ```
    pub const fn new(reason: ProviderAbortReason) -> Self {
        MapProviderAbortInfo {
            map_provider_abort_reason: reason,
            extension_container: None,
            unknown: RawElements::EMPTY,
        }
    }
}

/// `MAP-DialoguePDU ::= CHOICE` (TS 29.002 §17.4, map-sms.md §12): what a MAP dialogue carries
/// in TCAP user information, under the abstract syntax [`MAP_DIALOGUE_AS`]. The CHOICE is not
/// extensible: another tag is [`DecodeError::UnknownAlternative`].
///
/// Where each is sent (TS 29.002 §7.3 and its mapping on to the TC services): MAP-OPEN in the
/// AARQ of a TC-BEGIN, MAP-ACCEPT in the AARE of the first backward TC-CONTINUE / TC-END,
/// MAP-CLOSE in a TC-END, MAP-REFUSE in the AARE of a TC-ABORT refusing the dialogue,
/// MAP-U-ABORT and MAP-P-ABORT in the ABRT of a
/// TC-ABORT. The decoder does not check the placement.
///
/// ```
/// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapUserAbortChoice, MapUserAbortInfo};
/// let pdu = MapDialoguePdu::UserAbort(MapUserAbortInfo::new(MapUserAbortChoice::UserSpecificReason));
/// let mut out = Vec::new();
/// pdu.encode(&mut out);
/// assert_eq!(out, [0xA4, 0x02, 0x80, 0x00]);
/// assert_eq!(pdu.encoded_len(), 4);
/// assert_eq!(MapDialoguePdu::decode(&out)?, pdu);
/// assert_eq!(pdu.name(), "map-userAbort");
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapDialoguePdu<'a> {
    /// map-open `[0]` MAP-OpenInfo (`A0`).
    Open(MapOpenInfo<'a>),
    /// map-accept `[1]` MAP-AcceptInfo (`A1`).
    Accept(MapAcceptInfo<'a>),
    /// map-close `[2]` MAP-CloseInfo (`A2`).
    Close(MapCloseInfo<'a>),
    /// map-refuse `[3]` MAP-RefuseInfo (`A3`).
    Refuse(MapRefuseInfo<'a>),
    /// map-userAbort `[4]` MAP-UserAbortInfo (`A4`).
    UserAbort(MapUserAbortInfo<'a>),
    /// map-providerAbort `[5]` MAP-ProviderAbortInfo (`A5`).
    ProviderAbort(MapProviderAbortInfo<'a>),
}

impl<'a> MapDialoguePdu<'a> {
    /// The ASN.1 type name (used in errors).
    pub const ASN1_NAME: &'static str = "MAP-DialoguePDU";

    /// The tags of the alternatives, `[0]` (map-open) to `[5]` (map-providerAbort), all
    /// constructed.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// assert_eq!(MapDialoguePdu::TAGS[3], smsip_ber::Tag::context(3));
    /// ```
    pub const TAGS: &'static [Tag] = &[
        MAP_OPEN,
        MAP_ACCEPT,
        MAP_CLOSE,
        MAP_REFUSE,
        MAP_USER_ABORT,
        MAP_PROVIDER_ABORT,
    ];

    /// Decodes the PDU from `bytes`, which must hold exactly one element (`A0` ... `A5`);
    /// offsets in errors count from the start of `bytes`.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// use smsip_map::DecodeError;
    /// assert!(matches!(MapDialoguePdu::decode(&[0xA1, 0x00])?, MapDialoguePdu::Accept(_)));
    /// // [6] is no alternative.
    /// let err = MapDialoguePdu::decode(&[0xA6, 0x00]).unwrap_err();
    /// assert!(matches!(err, DecodeError::UnknownAlternative { offset: 0, .. }));
    /// // Trailing octets.
    /// assert_eq!(MapDialoguePdu::decode(&[0xA1, 0x00, 0x00]).unwrap_err().offset(), 2);
    /// # Ok::<(), DecodeError>(())
    /// ```
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = BerReader::new(bytes).named(Self::ASN1_NAME);
        let e = r.read(Self::ASN1_NAME)?;
        r.finish()?;
        Self::from_element(e)
    }

    /// Decodes the PDU from an element (the `single-ASN1-type` of the EXTERNAL); offsets in
    /// errors are those of the buffer `e` was read from. A primitive encoding of an alternative
    /// is an error ([`smsip_ber::ErrorKind::ExpectedConstructed`]).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// // MAP-CLOSE with an indefinite length.
    /// let e = smsip_ber::Element::from_ber(&[0xA2, 0x80, 0x00, 0x00])?;
    /// assert!(matches!(MapDialoguePdu::from_element(e)?, MapDialoguePdu::Close(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        let t = e.tag();
        Ok(if t == MAP_OPEN {
            MapDialoguePdu::Open(MapOpenInfo::from_element(e.named("map-open"))?)
        } else if t == MAP_ACCEPT {
            MapDialoguePdu::Accept(MapAcceptInfo::from_element(e.named("map-accept"))?)
        } else if t == MAP_CLOSE {
            MapDialoguePdu::Close(MapCloseInfo::from_element(e.named("map-close"))?)
        } else if t == MAP_REFUSE {
            MapDialoguePdu::Refuse(MapRefuseInfo::from_element(e.named("map-refuse"))?)
        } else if t == MAP_USER_ABORT {
            MapDialoguePdu::UserAbort(MapUserAbortInfo::from_element(e.named("map-userAbort"))?)
        } else if t == MAP_PROVIDER_ABORT {
            MapDialoguePdu::ProviderAbort(MapProviderAbortInfo::from_element(
                e.named("map-providerAbort"),
            )?)
        } else {
            return Err(DecodeError::UnknownAlternative {
                field: Self::ASN1_NAME,
                offset: e.offset(),
                found: t,
            });
        })
    }

    /// The PDU an EXTERNAL carries: `Ok(None)` when its direct-reference is not
    /// [`MAP_DIALOGUE_AS`] (or absent); for map-DialogueAS the encoding must be
    /// `single-ASN1-type [0]` ([`DecodeError::UnknownAlternative`] with `field` `"encoding"`
    /// and offset 0 otherwise: an [`External`] keeps no offset for its octet-aligned or
    /// arbitrary value).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// use smsip_tcap::External;
    /// let bytes = [0x28, 0x0D, 0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01, 0xA0, 0x02, 0xA1, 0x00];
    /// let ext = External::from_element(smsip_ber::Element::from_ber(&bytes)?)?;
    /// assert!(matches!(MapDialoguePdu::from_external(&ext)?, Some(MapDialoguePdu::Accept(_))));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_external(ext: &External<'a>) -> Result<Option<Self>, DecodeError> {
        if ext.direct_reference != Some(MAP_DIALOGUE_AS) {
            return Ok(None);
        }
        match ext.encoding {
            ExternalEncoding::SingleAsn1Type(e) => Self::from_element(e).map(Some),
            ExternalEncoding::OctetAligned(_) => Err(DecodeError::UnknownAlternative {
                field: "encoding",
                offset: 0,
                found: Tag::context(1),
            }),
            ExternalEncoding::Arbitrary(_) => Err(DecodeError::UnknownAlternative {
                field: "encoding",
                offset: 0,
                found: Tag::context(2),
            }),
        }
    }

    /// The MAP dialogue PDU among the user information of an AARQ / AARE / ABRT / AUDT (the
    /// contents of `user-information [30] IMPLICIT SEQUENCE OF EXTERNAL`, as
    /// [`Aarq::user_information`](smsip_tcap::Aarq::user_information) holds them; an `Option`
    /// or the elements themselves).
    ///
    /// `Ok(None)` when there is no user information or no EXTERNAL with direct-reference
    /// [`MAP_DIALOGUE_AS`]; EXTERNALs of other abstract syntaxes (or without a
    /// direct-reference) are skipped unread past their direct-reference. Errors: an element
    /// that is not an EXTERNAL (`28`), a malformed map-DialogueAS EXTERNAL (an encoding other
    /// than `single-ASN1-type [0]` is [`DecodeError::UnknownAlternative`]), a malformed PDU,
    /// and a second map-DialogueAS EXTERNAL ([`DecodeError::RepeatedMember`]). Offsets are those
    /// of the TCAP message the elements were read from.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, ProviderAbortReason};
    /// use smsip_tcap::{decode, TcapMessage};
    /// // TC-ABORT with an ABRT (dialogue-service-provider) carrying MAP-P-ABORT invalidPDU.
    /// let bytes = smsip_core::hex::decode(
    ///     "672E 4904 00000001 6B26 2824 0607 00118605010101 A019 6417 800101 \
    ///      BE12 2810 0607 04000001010101 A005 A503 0A0101",
    /// ).unwrap();
    /// let msg = decode(&bytes)?;
    /// assert!(matches!(msg, TcapMessage::Abort(_)));
    /// let ui = msg.dialogue_portion().unwrap().user_information();
    /// let Some(MapDialoguePdu::ProviderAbort(p)) = MapDialoguePdu::from_user_information(ui)? else {
    ///     panic!()
    /// };
    /// assert_eq!(p.map_provider_abort_reason, ProviderAbortReason::INVALID_PDU);
    /// assert_eq!(MapDialoguePdu::from_user_information(None)?, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_user_information(
        user_information: impl Into<Option<RawElements<'a>>>,
    ) -> Result<Option<Self>, DecodeError> {
        let Some(ui) = user_information.into() else {
            return Ok(None);
        };
        let mut found: Option<Self> = None;
        for e in ui.iter() {
            let e = e?;
            let mut r = e.named("EXTERNAL").enter(Tag::EXTERNAL)?;
            let Some(syntax) =
                r.optional_with(Tag::OBJECT_IDENTIFIER, "direct-reference", Element::oid)?
            else {
                continue;
            };
            if syntax != MAP_DIALOGUE_AS {
                continue;
            }
            if found.is_some() {
                return Err(DecodeError::RepeatedMember {
                    field: Self::ASN1_NAME,
                    offset: e.offset(),
                });
            }
            r.optional_with(Tag::INTEGER, "indirect-reference", Element::integer::<i64>)?;
            r.optional_with(
                OBJECT_DESCRIPTOR,
                "data-value-descriptor",
                Element::octet_string,
            )?;
            let enc = r.read("encoding")?;
            if enc.tag() != SINGLE_ASN1_TYPE {
                return Err(DecodeError::UnknownAlternative {
                    field: "encoding",
                    offset: enc.offset(),
                    found: enc.tag(),
                });
            }
            r.finish()?;
            let mut inner = enc.named("single-ASN1-type").children()?;
            let pdu = inner.read(Self::ASN1_NAME)?;
            inner.finish()?;
            found = Some(Self::from_element(pdu)?);
        }
        Ok(found)
    }

    /// [`from_user_information`](Self::from_user_information) of a decoded dialogue portion
    /// (`Ok(None)` for an EXTERNAL of another abstract syntax, which has no user information).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// use smsip_tcap::DialoguePortion;
    /// // tcap.md §7: an AARQ without user information.
    /// let portion = DialoguePortion::request(smsip_map::contexts::SHORT_MSG_GATEWAY_CONTEXT_V3);
    /// assert_eq!(MapDialoguePdu::from_dialogue_portion(&portion)?, None);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub fn from_dialogue_portion(
        portion: &DialoguePortion<'a>,
    ) -> Result<Option<Self>, DecodeError> {
        Self::from_user_information(portion.user_information())
    }

    /// The context tag of the alternative (`[0]` map-open ... `[5]` map-providerAbort).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapCloseInfo, MapDialoguePdu};
    /// assert_eq!(MapDialoguePdu::Close(MapCloseInfo::new()).tag(), smsip_ber::Tag::context(2));
    /// ```
    pub const fn tag(&self) -> Tag {
        match self {
            MapDialoguePdu::Open(_) => MAP_OPEN,
            MapDialoguePdu::Accept(_) => MAP_ACCEPT,
            MapDialoguePdu::Close(_) => MAP_CLOSE,
            MapDialoguePdu::Refuse(_) => MAP_REFUSE,
            MapDialoguePdu::UserAbort(_) => MAP_USER_ABORT,
            MapDialoguePdu::ProviderAbort(_) => MAP_PROVIDER_ABORT,
        }
    }

    /// The ASN.1 name of the alternative (`"map-open"`, `"map-accept"`, `"map-close"`,
    /// `"map-refuse"`, `"map-userAbort"`, `"map-providerAbort"`).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapAcceptInfo, MapDialoguePdu};
    /// assert_eq!(MapDialoguePdu::Accept(MapAcceptInfo::new()).name(), "map-accept");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            MapDialoguePdu::Open(_) => "map-open",
            MapDialoguePdu::Accept(_) => "map-accept",
            MapDialoguePdu::Close(_) => "map-close",
            MapDialoguePdu::Refuse(_) => "map-refuse",
            MapDialoguePdu::UserAbort(_) => "map-userAbort",
            MapDialoguePdu::ProviderAbort(_) => "map-providerAbort",
        }
    }

    /// The extension container of whichever alternative this is.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// // MAP-ACCEPT with an empty extension container.
    /// let pdu = MapDialoguePdu::decode(&[0xA1, 0x02, 0x30, 0x00])?;
    /// assert!(pdu.extension_container().is_some_and(|c| c.is_empty()));
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub const fn extension_container(&self) -> Option<ExtensionContainer<'a>> {
        match self {
            MapDialoguePdu::Open(v) => v.extension_container,
            MapDialoguePdu::Accept(v) => v.extension_container,
            MapDialoguePdu::Close(v) => v.extension_container,
            MapDialoguePdu::Refuse(v) => v.extension_container,
            MapDialoguePdu::UserAbort(v) => v.extension_container,
            MapDialoguePdu::ProviderAbort(v) => v.extension_container,
        }
    }

    /// The unknown extension additions of whichever alternative this is, kept raw.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// // MAP-CLOSE with a later release's [9] member.
    /// let pdu = MapDialoguePdu::decode(&[0xA2, 0x03, 0x89, 0x01, 0x07])?;
    /// assert_eq!(pdu.unknown().as_bytes(), &[0x89, 0x01, 0x07]);
    /// assert_eq!(pdu.to_vec(), [0xA2, 0x03, 0x89, 0x01, 0x07]);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub const fn unknown(&self) -> RawElements<'a> {
        match self {
            MapDialoguePdu::Open(v) => v.unknown,
            MapDialoguePdu::Accept(v) => v.unknown,
            MapDialoguePdu::Close(v) => v.unknown,
            MapDialoguePdu::Refuse(v) => v.unknown,
            MapDialoguePdu::UserAbort(v) => v.unknown,
            MapDialoguePdu::ProviderAbort(v) => v.unknown,
        }
    }

    /// Octets [`write`](Self::write) / [`encode`](Self::encode) write: the whole PDU element.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePdu, MapRefuseInfo, RefuseReason};
    /// assert_eq!(MapDialoguePdu::Refuse(MapRefuseInfo::new(RefuseReason::NO_REASON_GIVEN)).encoded_len(), 5);
    /// ```
    pub fn encoded_len(&self) -> usize {
        let tag = self.tag();
        match self {
            MapDialoguePdu::Open(v) => <MapOpenInfo<'a> as Codec<'a>>::encoded_len(v, tag),
            MapDialoguePdu::Accept(v) => <MapAcceptInfo<'a> as Codec<'a>>::encoded_len(v, tag),
            MapDialoguePdu::Close(v) => <MapCloseInfo<'a> as Codec<'a>>::encoded_len(v, tag),
            MapDialoguePdu::Refuse(v) => <MapRefuseInfo<'a> as Codec<'a>>::encoded_len(v, tag),
            MapDialoguePdu::UserAbort(v) => {
                <MapUserAbortInfo<'a> as Codec<'a>>::encoded_len(v, tag)
            }
            MapDialoguePdu::ProviderAbort(v) => {
                <MapProviderAbortInfo<'a> as Codec<'a>>::encoded_len(v, tag)
            }
        }
    }

    /// Writes the PDU element (`A0` ... `A5`) with definite, minimal lengths; unknown extension
    /// additions and extension containers are written back as received.
    ///
    /// ```
    /// use smsip_ber::BerWriter;
    /// use smsip_map::dialogue_pdu::{MapAcceptInfo, MapDialoguePdu};
    /// let mut buf = [0u8; 8];
    /// let mut sink = smsip_core::SliceSink::new(&mut buf);
    /// MapDialoguePdu::Accept(MapAcceptInfo::new()).write(&mut BerWriter::new(&mut sink));
    /// assert_eq!(sink.finish().unwrap(), 2);
    /// assert_eq!(buf[..2], [0xA1, 0x00]);
    /// ```
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        let tag = self.tag();
        match self {
            MapDialoguePdu::Open(v) => v.write_ber_tagged(w, tag),
            MapDialoguePdu::Accept(v) => v.write_ber_tagged(w, tag),
            MapDialoguePdu::Close(v) => v.write_ber_tagged(w, tag),
            MapDialoguePdu::Refuse(v) => v.write_ber_tagged(w, tag),
            MapDialoguePdu::UserAbort(v) => v.write_ber_tagged(w, tag),
            MapDialoguePdu::ProviderAbort(v) => v.write_ber_tagged(w, tag),
        }
    }

    /// Appends the PDU element to `out` (a `Vec<u8>` or a
    /// [`SliceSink`](smsip_core::SliceSink)).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapCloseInfo, MapDialoguePdu};
    /// let mut out = Vec::new();
    /// MapDialoguePdu::Close(MapCloseInfo::new()).encode(&mut out);
    /// assert_eq!(out, [0xA2, 0x00]);
    /// ```
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write(&mut BerWriter::new(out));
    }

    /// The PDU element in a new `Vec<u8>`.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapCloseInfo, MapDialoguePdu};
    /// assert_eq!(MapDialoguePdu::Close(MapCloseInfo::new()).to_vec(), [0xA2, 0x00]);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn to_vec(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.encoded_len());
        self.encode(&mut out);
        out
    }

    /// Octets of the EXTERNAL contents (direct-reference and `single-ASN1-type [0]`).
    #[inline]
    fn external_content_len(&self) -> usize {
        tlv_len(Tag::OBJECT_IDENTIFIER, MAP_DIALOGUE_AS.as_bytes().len())
            + tlv_len(SINGLE_ASN1_TYPE, self.encoded_len())
    }

    /// Octets [`write_external`](Self::write_external) writes (the PDU's length plus 13 for a
    /// PDU below 128 octets).
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapCloseInfo, MapDialoguePdu};
    /// assert_eq!(MapDialoguePdu::Close(MapCloseInfo::new()).external_len(), 2 + 13);
    /// ```
    pub fn external_len(&self) -> usize {
        tlv_len(Tag::EXTERNAL, self.external_content_len())
    }

    /// Writes the EXTERNAL that carries the PDU in TCAP user information:
    /// `28 len 06 07 04 00 00 01 01 01 01 A0 len <pdu>` (direct-reference
    /// [`MAP_DIALOGUE_AS`], encoding `single-ASN1-type [0]`). These octets are the contents
    /// of `user-information [30]`; see [`raw_user_information`].
    ///
    /// ```
    /// use smsip_ber::BerWriter;
    /// use smsip_map::dialogue_pdu::{MapAcceptInfo, MapDialoguePdu};
    /// let mut out = Vec::new();
    /// MapDialoguePdu::Accept(MapAcceptInfo::new()).write_external(&mut BerWriter::new(&mut out));
    /// assert_eq!(out, smsip_core::hex::decode("280D 0607 04000001010101 A002 A100").unwrap());
    /// ```
    pub fn write_external<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        w.header(Tag::EXTERNAL, true, self.external_content_len());
        w.oid(Tag::OBJECT_IDENTIFIER, MAP_DIALOGUE_AS);
        w.header(SINGLE_ASN1_TYPE, true, self.encoded_len());
        self.write(w);
    }

    /// Appends the EXTERNAL of [`write_external`](Self::write_external) to `out`.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapAcceptInfo, MapDialoguePdu};
    /// let pdu = MapDialoguePdu::Accept(MapAcceptInfo::new());
    /// let mut out = Vec::new();
    /// pdu.encode_external(&mut out);
    /// assert_eq!(out.len(), pdu.external_len());
    /// ```
    #[inline]
    pub fn encode_external<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write_external(&mut BerWriter::new(out));
    }

    /// Copies every borrowed member: a value that outlives the input buffer.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::MapDialoguePdu;
    /// let bytes = vec![0xA4, 0x03, 0x82, 0x01, 0x00];
    /// let owned = MapDialoguePdu::decode(&bytes)?.into_owned();
    /// drop(bytes);
    /// assert_eq!(owned.as_view()?.to_vec(), [0xA4, 0x03, 0x82, 0x01, 0x00]);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    #[cfg(feature = "alloc")]
    pub fn into_owned(self) -> MapDialoguePduOwned {
        match self {
            MapDialoguePdu::Open(v) => MapDialoguePduOwned::Open(v.into_owned()),
            MapDialoguePdu::Accept(v) => MapDialoguePduOwned::Accept(v.into_owned()),
            MapDialoguePdu::Close(v) => MapDialoguePduOwned::Close(v.into_owned()),
            MapDialoguePdu::Refuse(v) => MapDialoguePduOwned::Refuse(v.into_owned()),
            MapDialoguePdu::UserAbort(v) => MapDialoguePduOwned::UserAbort(v.into_owned()),
            MapDialoguePdu::ProviderAbort(v) => MapDialoguePduOwned::ProviderAbort(v.into_owned()),
        }
    }
}

/// The owned twin of [`MapDialoguePdu`] (feature `alloc`): each alternative's owned twin.
///
/// ```
/// use smsip_map::dialogue_pdu::{MapDialoguePduOwned, MapProviderAbortInfoOwned, ProviderAbortReason};
/// let owned = MapDialoguePduOwned::ProviderAbort(MapProviderAbortInfoOwned {
///     map_provider_abort_reason: ProviderAbortReason::ABNORMAL_DIALOGUE,
///     extension_container: None,
///     unknown: vec![],
/// });
/// assert_eq!(owned.as_view()?.to_vec(), [0xA5, 0x03, 0x0A, 0x01, 0x00]);
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
#[cfg(feature = "alloc")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapDialoguePduOwned {
    /// map-open `[0]`.
    Open(MapOpenInfoOwned),
    /// map-accept `[1]`.
    Accept(MapAcceptInfoOwned),
    /// map-close `[2]`.
    Close(MapCloseInfoOwned),
    /// map-refuse `[3]`.
    Refuse(MapRefuseInfoOwned),
    /// map-userAbort `[4]`.
    UserAbort(MapUserAbortInfoOwned),
    /// map-providerAbort `[5]`.
    ProviderAbort(MapProviderAbortInfoOwned),
}

#[cfg(feature = "alloc")]
impl MapDialoguePduOwned {
    /// The borrowed view; errors (at offset 0, naming the member) when a member breaks a
    /// constraint decoding enforces.
    ///
    /// ```
    /// use smsip_map::dialogue_pdu::{MapDialoguePduOwned, MapAcceptInfoOwned};
    /// let owned = MapDialoguePduOwned::Accept(MapAcceptInfoOwned { extension_container: None, unknown: vec![] });
    /// assert_eq!(owned.as_view()?.to_vec(), [0xA1, 0x00]);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub fn as_view(&self) -> Result<MapDialoguePdu<'_>, DecodeError> {
        Ok(match self {
            MapDialoguePduOwned::Open(v) => MapDialoguePdu::Open(v.as_view()?),
            MapDialoguePduOwned::Accept(v) => MapDialoguePdu::Accept(v.as_view()?),
            MapDialoguePduOwned::Close(v) => MapDialoguePdu::Close(v.as_view()?),
            MapDialoguePduOwned::Refuse(v) => MapDialoguePdu::Refuse(v.as_view()?),
            MapDialoguePduOwned::UserAbort(v) => MapDialoguePdu::UserAbort(v.as_view()?),
            MapDialoguePduOwned::ProviderAbort(v) => MapDialoguePdu::ProviderAbort(v.as_view()?),
        })
    }
}

/// The user-information elements in `bytes` (EXTERNALs back to back, as
/// [`MapDialoguePdu::encode_external`] writes them) as the [`RawElements`] that
/// [`Aarq`](smsip_tcap::Aarq), [`Aare`](smsip_tcap::Aare), [`Abrt`](smsip_tcap::Abrt) and
/// [`Audt`](smsip_tcap::Audt) carry in `user_information`. Only the element framing is checked
/// (an error for octets that are not whole BER elements); offsets count from `bytes`.
///
/// ```
/// use smsip_map::dialogue_pdu::{raw_user_information, MapDialoguePdu, MapUserAbortChoice, MapUserAbortInfo};
/// use smsip_tcap::{DialoguePortion, Abrt, AbortSource};
/// let pdu = MapDialoguePdu::UserAbort(MapUserAbortInfo::new(MapUserAbortChoice::UserSpecificReason));
/// let mut ui = [0u8; 32];
/// let mut sink = smsip_core::SliceSink::new(&mut ui);
/// pdu.encode_external(&mut sink);
/// let n = sink.finish().unwrap();
/// let abrt = Abrt {
///     abort_source: AbortSource::DIALOGUE_SERVICE_USER,
///     user_information: Some(raw_user_information(&ui[..n])?),
/// };
/// let mut out = Vec::new();
/// DialoguePortion::Abort(abrt).encode(&mut out);
/// assert_eq!(out, smsip_core::hex::decode(
///     "6B25 2823 0607 00118605010101 A018 6416 800100 BE11 280F 0607 04000001010101 A004 A4028000"
/// ).unwrap());
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
pub fn raw_user_information(bytes: &[u8]) -> Result<RawElements<'_>, DecodeError> {
    Ok(BerReader::new(bytes)
        .named("user-information")
        .rest_as_raw()?)
}
