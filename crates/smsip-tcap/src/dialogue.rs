//! The dialogue portion (Q.773 `DialoguePortion ::= [APPLICATION 11] EXTERNAL`, the
//! DialoguePDUs and UnidialoguePDUs modules; tcap.md §4): the EXTERNAL with direct-reference
//! dialogue-as-id carrying AARQ / AARE / ABRT, or uniDialogue-as-id carrying AUDT, with the
//! protocol version, the application context name and the user information (MAP puts its
//! MAP-OPEN / MAP-DialoguePDU there), kept as borrowed raw elements.

use smsip_ber::writer::tlv_len;
use smsip_ber::{oid, BerReader, BerWriter, BitString, Element, Oid, RawElements, Tag};
use smsip_core::Sink;

use crate::error::Failure;
use crate::{raw, DecodeError, ErrorKind, Portion};

/// dialogue-as-id `{itu-t(0) recommendation(0) q(17) 773 as(1) dialogue-as(1) version1(1)}`:
/// `00 11 86 05 01 01 01`, the direct reference of structured dialogues.
pub const DIALOGUE_AS_ID: Oid<'static> = oid!(0, 0, 17, 773, 1, 1, 1);

/// uniDialogue-as-id `{0 0 17 773 1 2 1}`: `00 11 86 05 01 02 01`, the direct reference of the
/// AUDT in a Unidirectional.
pub const UNIDIALOGUE_AS_ID: Oid<'static> = oid!(0, 0, 17, 773, 1, 2, 1);

/// protocol-version `{version1}`: the BIT STRING `07 80` (7 unused bits, bit 0 set) that MAP
/// always sends (tcap.md §4).
#[allow(clippy::panic)] // const evaluation: a failure is a compile error
pub const VERSION1: BitString<'static> = match BitString::new(7, &[0x80]) {
    Some(b) => b,
    None => panic!("valid BIT STRING"),
};

/// The dialogue portion tag, `[APPLICATION 11]` (`6B`).
pub(crate) const DIALOGUE_PORTION: Tag = Tag::application(11);
const AARQ: Tag = Tag::application(0);
const AARE: Tag = Tag::application(1);
const ABRT: Tag = Tag::application(4);
const AUDT: Tag = Tag::application(0);
const PROTOCOL_VERSION: Tag = Tag::context(0);
const APPLICATION_CONTEXT_NAME: Tag = Tag::context(1);
const RESULT: Tag = Tag::context(2);
const RESULT_SOURCE_DIAGNOSTIC: Tag = Tag::context(3);
const ABORT_SOURCE: Tag = Tag::context(0);
const USER_INFORMATION: Tag = Tag::context(30);
const SINGLE_ASN1_TYPE: Tag = Tag::context(0);
const OCTET_ALIGNED: Tag = Tag::context(1);
const ARBITRARY: Tag = Tag::context(2);
const OBJECT_DESCRIPTOR: Tag = Tag::universal(7);

smsip_core::open_enum! {
    /// `Associate-result ::= INTEGER { accepted (0), reject-permanent (1) }` (AARE `result`).
    pub struct AssociateResult(u8) {
        /// The dialogue is accepted.
        ACCEPTED = 0 => "accepted",
        /// The dialogue is refused.
        REJECT_PERMANENT = 1 => "reject-permanent",
    }
}

smsip_core::open_enum! {
    /// The `dialogue-service-user [1]` diagnostic of an AARE.
    pub struct ServiceUserDiagnostic(u8) {
        /// null: no diagnostic (an accepted dialogue).
        NULL = 0 => "null",
        /// no-reason-given.
        NO_REASON_GIVEN = 1 => "no-reason-given",
        /// application-context-name-not-supported: the AARE's AC name is the one to fall back
        /// to (tcap.md §6).
        APPLICATION_CONTEXT_NAME_NOT_SUPPORTED = 2 => "application-context-name-not-supported",
    }
}

smsip_core::open_enum! {
    /// The `dialogue-service-provider [2]` diagnostic of an AARE.
    pub struct ServiceProviderDiagnostic(u8) {
        /// null.
        NULL = 0 => "null",
        /// no-reason-given.
        NO_REASON_GIVEN = 1 => "no-reason-given",
        /// no-common-dialogue-portion: the protocol version is not supported.
        NO_COMMON_DIALOGUE_PORTION = 2 => "no-common-dialogue-portion",
    }
}

smsip_core::open_enum! {
    /// `ABRT-source ::= INTEGER { dialogue-service-user (0), dialogue-service-provider (1) }`.
    pub struct AbortSource(u8) {
        /// The TC-user aborted (MAP U-ABORT).
        DIALOGUE_SERVICE_USER = 0 => "dialogue-service-user",
        /// TC itself aborted (a malformed dialogue portion, Q.774 §3.2.2.1).
        DIALOGUE_SERVICE_PROVIDER = 1 => "dialogue-service-provider",
    }
}

/// `Associate-source-diagnostic ::= CHOICE { dialogue-service-user [1] INTEGER,
/// dialogue-service-provider [2] INTEGER }` (both tags explicit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ResultSourceDiagnostic {
    /// `[1]`: from the TC-user (MAP: the AC name is not supported).
    ServiceUser(ServiceUserDiagnostic),
    /// `[2]`: from TC (the protocol version is not supported).
    ServiceProvider(ServiceProviderDiagnostic),
}

/// AARQ-apdu `[APPLICATION 0]` (dialogueRequest, in a Begin): the proposed application
/// context.
///
/// ```
/// use smsip_tcap::{Aarq, DialoguePortion, VERSION1};
/// use smsip_ber::oid;
/// let aarq = Aarq::new(oid!(0, 4, 0, 0, 1, 0, 20, 3)); // shortMsgGatewayContext-v3
/// assert_eq!(aarq.protocol_version, Some(VERSION1));
/// assert!(aarq.supports_version1());
/// let mut out = Vec::new();
/// DialoguePortion::Request(aarq).encode(&mut out);
/// assert_eq!(out.len(), 32); // 6B 1E 28 1C ... of tcap.md §7
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aarq<'a> {
    /// protocol-version `[0]` (DEFAULT {version1}; `None` when absent).
    pub protocol_version: Option<BitString<'a>>,
    /// application-context-name `[1]`.
    pub application_context_name: Oid<'a>,
    /// user-information `[30]`: the EXTERNALs, kept undecoded (see [`External::from_element`]).
    pub user_information: Option<RawElements<'a>>,
}

impl<'a> Aarq<'a> {
    /// An AARQ for `application_context_name`, protocol-version version1, no user information.
    #[inline]
    pub const fn new(application_context_name: Oid<'a>) -> Self {
        Aarq {
            protocol_version: Some(VERSION1),
            application_context_name,
            user_information: None,
        }
    }

    /// True when the protocol version includes version1 (absent means version1).
    #[inline]
    pub fn supports_version1(&self) -> bool {
        self.protocol_version.is_none_or(|v| v.is_set(0))
    }
}

/// AUDT-apdu `[APPLICATION 0]` of the UnidialoguePDUs (in a Unidirectional): the same fields as
/// an AARQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Audt<'a> {
    /// protocol-version `[0]` (`None` when absent).
    pub protocol_version: Option<BitString<'a>>,
    /// application-context-name `[1]`.
    pub application_context_name: Oid<'a>,
    /// user-information `[30]`, kept undecoded.
    pub user_information: Option<RawElements<'a>>,
}

impl<'a> Audt<'a> {
    /// An AUDT for `application_context_name`, protocol-version version1.
    #[inline]
    pub const fn new(application_context_name: Oid<'a>) -> Self {
        Audt {
            protocol_version: Some(VERSION1),
            application_context_name,
            user_information: None,
        }
    }
}

/// AARE-apdu `[APPLICATION 1]` (dialogueResponse, in the first backward Continue or End, or in
/// an Abort refusing the dialogue).
///
/// ```
/// use smsip_tcap::{Aare, AssociateResult, ResultSourceDiagnostic, ServiceUserDiagnostic};
/// use smsip_ber::oid;
/// let ac = oid!(0, 4, 0, 0, 1, 0, 20, 2);
/// let refuse = Aare::application_context_not_supported(ac);
/// assert_eq!(refuse.result, AssociateResult::REJECT_PERMANENT);
/// assert_eq!(
///     refuse.result_source_diagnostic,
///     ResultSourceDiagnostic::ServiceUser(ServiceUserDiagnostic::APPLICATION_CONTEXT_NAME_NOT_SUPPORTED)
/// );
/// assert_eq!(Aare::accepted(ac).result, AssociateResult::ACCEPTED);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aare<'a> {
    /// protocol-version `[0]` (`None` when absent).
    pub protocol_version: Option<BitString<'a>>,
    /// application-context-name `[1]`: the accepted context, or on refusal the one the
    /// responder supports (tcap.md §6).
    pub application_context_name: Oid<'a>,
    /// result `[2]`.
    pub result: AssociateResult,
    /// result-source-diagnostic `[3]`.
    pub result_source_diagnostic: ResultSourceDiagnostic,
    /// user-information `[30]`, kept undecoded.
    pub user_information: Option<RawElements<'a>>,
}

impl<'a> Aare<'a> {
    /// The AARE accepting `application_context_name`: result accepted, diagnostic
    /// dialogue-service-user null (tcap.md §4).
    #[inline]
    pub const fn accepted(application_context_name: Oid<'a>) -> Self {
        Aare {
            protocol_version: Some(VERSION1),
            application_context_name,
            result: AssociateResult::ACCEPTED,
            result_source_diagnostic: ResultSourceDiagnostic::ServiceUser(
                ServiceUserDiagnostic::NULL,
            ),
            user_information: None,
        }
    }

    /// The AARE refusing the proposed context: result reject-permanent, diagnostic
    /// dialogue-service-user application-context-name-not-supported, with the context the
    /// peer should retry with (tcap.md §6).
    #[inline]
    pub const fn application_context_not_supported(supported: Oid<'a>) -> Self {
        Aare {
            protocol_version: Some(VERSION1),
            application_context_name: supported,
            result: AssociateResult::REJECT_PERMANENT,
            result_source_diagnostic: ResultSourceDiagnostic::ServiceUser(
                ServiceUserDiagnostic::APPLICATION_CONTEXT_NAME_NOT_SUPPORTED,
            ),
            user_information: None,
        }
    }

    /// The AARE refusing a dialogue whose protocol version is not supported: result
    /// reject-permanent, diagnostic dialogue-service-provider no-common-dialogue-portion
    /// (tcap.md §4: "provider-detected dialogue errors").
    #[inline]
    pub const fn no_common_dialogue_portion(application_context_name: Oid<'a>) -> Self {
        Aare {
            protocol_version: Some(VERSION1),
            application_context_name,
            result: AssociateResult::REJECT_PERMANENT,
            result_source_diagnostic: ResultSourceDiagnostic::ServiceProvider(
                ServiceProviderDiagnostic::NO_COMMON_DIALOGUE_PORTION,
            ),
            user_information: None,
        }
    }
}

/// ABRT-apdu `[APPLICATION 4]` (dialogueAbort, in an Abort).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Abrt<'a> {
    /// abort-source `[0]`.
    pub abort_source: AbortSource,
    /// user-information `[30]`, kept undecoded (MAP: MAP-UserAbortInfo, MAP-ProviderAbortInfo).
    pub user_information: Option<RawElements<'a>>,
}

impl Abrt<'_> {
    /// An ABRT from `abort_source`, without user information.
    #[inline]
    pub const fn new(abort_source: AbortSource) -> Self {
        Abrt {
            abort_source,
            user_information: None,
        }
    }
}

/// An EXTERNAL (X.690 §8.18, the 1990 form Q.773 uses): `[UNIVERSAL 8] IMPLICIT SEQUENCE {
/// direct-reference OBJECT IDENTIFIER OPTIONAL, indirect-reference INTEGER OPTIONAL,
/// data-value-descriptor ObjectDescriptor OPTIONAL, encoding CHOICE { single-ASN1-type [0]
/// ANY, octet-aligned [1] IMPLICIT OCTET STRING, arbitrary [2] IMPLICIT BIT STRING } }`.
///
/// The dialogue portion is one; so is each element of `user-information`, where MAP puts its
/// MAP-DialoguePDU (direct-reference map-DialogueAS `0.4.0.0.1.1.1.1`).
///
/// ```
/// use smsip_tcap::{External, ExternalEncoding};
/// use smsip_ber::{oid, Element};
/// // A user-information EXTERNAL with map-DialogueAS and a (shortened) MAP-OpenInfo [0].
/// let bytes = [0x28, 0x0F, 0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x01, 0x01, 0x01, 0xA0, 0x04, 0xA0, 0x02, 0x80, 0x00];
/// let ext = External::from_element(Element::from_ber(&bytes)?)?;
/// assert_eq!(ext.direct_reference, Some(oid!(0, 4, 0, 0, 1, 1, 1, 1)));
/// let ExternalEncoding::SingleAsn1Type(pdu) = ext.encoding else { panic!() };
/// assert_eq!(pdu.raw(), &[0xA0, 0x02, 0x80, 0x00]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct External<'a> {
    /// direct-reference: the abstract syntax.
    pub direct_reference: Option<Oid<'a>>,
    /// indirect-reference (presentation context; unused by TCAP).
    pub indirect_reference: Option<i64>,
    /// data-value-descriptor: ObjectDescriptor contents (GraphicString octets).
    pub data_value_descriptor: Option<&'a [u8]>,
    /// The value.
    pub encoding: ExternalEncoding<'a>,
}

/// The `encoding` of an [`External`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalEncoding<'a> {
    /// `single-ASN1-type [0]` (explicit): one BER element.
    SingleAsn1Type(Element<'a>),
    /// `octet-aligned [1] IMPLICIT OCTET STRING`.
    OctetAligned(&'a [u8]),
    /// `arbitrary [2] IMPLICIT BIT STRING`.
    Arbitrary(BitString<'a>),
}

impl<'a> External<'a> {
    /// An EXTERNAL with a direct reference and a single-ASN1-type value.
    #[inline]
    pub const fn new(direct_reference: Oid<'a>, value: Element<'a>) -> Self {
        External {
            direct_reference: Some(direct_reference),
            indirect_reference: None,
            data_value_descriptor: None,
            encoding: ExternalEncoding::SingleAsn1Type(value),
        }
    }

    /// Decodes an EXTERNAL element (tag `28`); errors are in the dialogue portion.
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        Self::decode(e).map_err(|f| f.at(Portion::Dialogue))
    }

    pub(crate) fn decode(e: Element<'a>) -> Result<Self, Failure> {
        let mut r = e.named("EXTERNAL").enter(Tag::EXTERNAL)?;
        let direct_reference =
            r.optional_with(Tag::OBJECT_IDENTIFIER, "direct-reference", Element::oid)?;
        let indirect_reference =
            r.optional_with(Tag::INTEGER, "indirect-reference", Element::integer::<i64>)?;
        let data_value_descriptor = r.optional_with(
            OBJECT_DESCRIPTOR,
            "data-value-descriptor",
            Element::octet_string,
        )?;
        let enc = r.read("encoding")?;
        let encoding = match enc.tag() {
            SINGLE_ASN1_TYPE => {
                let mut inner = enc.children()?;
                let value = inner.read("single-ASN1-type")?;
                inner.finish()?;
                ExternalEncoding::SingleAsn1Type(value)
            }
            OCTET_ALIGNED => ExternalEncoding::OctetAligned(enc.octet_string()?),
            ARBITRARY => ExternalEncoding::Arbitrary(enc.bit_string()?),
            found => {
                return Err(Failure::new(
                    ErrorKind::Ber(smsip_ber::ErrorKind::UnexpectedTag {
                        expected: SINGLE_ASN1_TYPE,
                        found,
                    }),
                    enc.offset(),
                    "encoding",
                ))
            }
        };
        r.finish()?;
        Ok(External {
            direct_reference,
            indirect_reference,
            data_value_descriptor,
            encoding,
        })
    }

    fn content_len(&self) -> usize {
        self.direct_reference
            .map_or(0, |o| tlv_len(Tag::OBJECT_IDENTIFIER, o.as_bytes().len()))
            + self
                .indirect_reference
                .map_or(0, |i| raw::int_tlv(Tag::INTEGER, i))
            + self
                .data_value_descriptor
                .map_or(0, |d| tlv_len(OBJECT_DESCRIPTOR, d.len()))
            + match self.encoding {
                ExternalEncoding::SingleAsn1Type(v) => {
                    tlv_len(SINGLE_ASN1_TYPE, raw::element_len(v))
                }
                ExternalEncoding::OctetAligned(o) => tlv_len(OCTET_ALIGNED, o.len()),
                ExternalEncoding::Arbitrary(b) => tlv_len(ARBITRARY, b.content_len()),
            }
    }

    /// Octets of the EXTERNAL element.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        tlv_len(Tag::EXTERNAL, self.content_len())
    }

    /// Writes the EXTERNAL element (`28 ...`).
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        w.header(Tag::EXTERNAL, true, self.content_len());
        if let Some(o) = self.direct_reference {
            w.oid(Tag::OBJECT_IDENTIFIER, o);
        }
        if let Some(i) = self.indirect_reference {
            w.integer(Tag::INTEGER, i);
        }
        if let Some(d) = self.data_value_descriptor {
            w.octet_string(OBJECT_DESCRIPTOR, d);
        }
        match self.encoding {
            ExternalEncoding::SingleAsn1Type(v) => {
                w.header(SINGLE_ASN1_TYPE, true, raw::element_len(v));
                raw::write_element(w, v);
            }
            ExternalEncoding::OctetAligned(o) => w.octet_string(OCTET_ALIGNED, o),
            ExternalEncoding::Arbitrary(b) => w.bit_string(ARBITRARY, b),
        }
    }
}

/// The dialogue portion of a message: the dialogue PDU of the dialogue-as (AARQ, AARE, ABRT) or
/// unidialogue-as (AUDT) abstract syntax, or an EXTERNAL of another abstract syntax (Q.773:
/// "any user defined abstract syntax name when only user information is carried"), kept as
/// received.
///
/// Which PDU may appear in which message (AARQ in a Begin, AARE in the first backward Continue
/// or End or in an Abort, ABRT in an Abort, AUDT in a Unidirectional; tcap.md §4) is the
/// dialogue state machine's concern: the decoder accepts any of them in any message.
///
/// ```
/// use smsip_tcap::DialoguePortion;
/// use smsip_ber::oid;
/// // The dialogue portion of tcap.md §7.
/// let portion = DialoguePortion::request(oid!(0, 4, 0, 0, 1, 0, 20, 3));
/// assert_eq!(portion.application_context_name(), Some(oid!(0, 4, 0, 0, 1, 0, 20, 3)));
/// let mut out = Vec::new();
/// portion.encode(&mut out);
/// assert_eq!(out, smsip_core::hex::decode(
///     "6B1E281C060700118605010101A011600F80020780A109060704000001001403").unwrap());
/// assert_eq!(DialoguePortion::from_element(smsip_ber::Element::from_ber(&out)?)?, portion);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialoguePortion<'a> {
    /// dialogueRequest: AARQ.
    Request(Aarq<'a>),
    /// dialogueResponse: AARE.
    Response(Aare<'a>),
    /// dialogueAbort: ABRT.
    Abort(Abrt<'a>),
    /// unidialoguePDU: AUDT.
    Unidirectional(Audt<'a>),
    /// An EXTERNAL of another abstract syntax.
    Other(External<'a>),
}

impl<'a> DialoguePortion<'a> {
    /// An AARQ proposing `application_context_name` (protocol-version version1).
    #[inline]
    pub const fn request(application_context_name: Oid<'a>) -> Self {
        DialoguePortion::Request(Aarq::new(application_context_name))
    }

    /// An AARE accepting `application_context_name`.
    #[inline]
    pub const fn accepted(application_context_name: Oid<'a>) -> Self {
        DialoguePortion::Response(Aare::accepted(application_context_name))
    }

    /// An ABRT from the dialogue service user (MAP U-ABORT).
    #[inline]
    pub const fn user_abort() -> Self {
        DialoguePortion::Abort(Abrt::new(AbortSource::DIALOGUE_SERVICE_USER))
    }

    /// An ABRT from the dialogue service provider (Q.774 §3.2.2.1: a malformed dialogue
    /// portion).
    #[inline]
    pub const fn provider_abort() -> Self {
        DialoguePortion::Abort(Abrt::new(AbortSource::DIALOGUE_SERVICE_PROVIDER))
    }

    /// The application context name (AARQ, AARE, AUDT): what MAP selects its operation types
    /// by.
    #[inline]
    pub const fn application_context_name(&self) -> Option<Oid<'a>> {
        match self {
            DialoguePortion::Request(p) => Some(p.application_context_name),
            DialoguePortion::Response(p) => Some(p.application_context_name),
            DialoguePortion::Unidirectional(p) => Some(p.application_context_name),
            DialoguePortion::Abort(_) | DialoguePortion::Other(_) => None,
        }
    }

    /// The user information (the EXTERNALs of `user-information [30]`), when present.
    #[inline]
    pub const fn user_information(&self) -> Option<RawElements<'a>> {
        match self {
            DialoguePortion::Request(p) => p.user_information,
            DialoguePortion::Response(p) => p.user_information,
            DialoguePortion::Abort(p) => p.user_information,
            DialoguePortion::Unidirectional(p) => p.user_information,
            DialoguePortion::Other(_) => None,
        }
    }

    /// The direct reference of the EXTERNAL (dialogue-as-id, uniDialogue-as-id or another).
    #[inline]
    pub const fn abstract_syntax(&self) -> Option<Oid<'a>> {
        match self {
            DialoguePortion::Request(_)
            | DialoguePortion::Response(_)
            | DialoguePortion::Abort(_) => Some(DIALOGUE_AS_ID),
            DialoguePortion::Unidirectional(_) => Some(UNIDIALOGUE_AS_ID),
            DialoguePortion::Other(e) => e.direct_reference,
        }
    }

    /// Decodes the dialogue portion element (`6B ...`).
    ///
    /// The shape every MAP peer sends (an AARQ or AARE without user information, short
    /// lengths) is read straight, everything else by the general decoder.
    #[inline]
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        if e.tag() == DIALOGUE_PORTION && e.is_constructed() && !e.is_indefinite() {
            if let Some(d) = decode_common(e.content()) {
                return Ok(d);
            }
        }
        Self::from_element_general(e)
    }

    #[inline(never)]
    fn from_element_general(e: Element<'a>) -> Result<Self, DecodeError> {
        Self::decode_general(e).map_err(|f| f.at(Portion::Dialogue))
    }

    fn decode_general(e: Element<'a>) -> Result<Self, Failure> {
        let mut r = e.named("dialoguePortion").enter(DIALOGUE_PORTION)?;
        let ext = r.expect(Tag::EXTERNAL, "EXTERNAL")?;
        r.finish()?;
        let external = External::decode(ext)?;
        let Some(syntax) = external.direct_reference else {
            return Ok(DialoguePortion::Other(external));
        };
        let uni = if syntax == DIALOGUE_AS_ID {
            false
        } else if syntax == UNIDIALOGUE_AS_ID {
            true
        } else {
            return Ok(DialoguePortion::Other(external));
        };
        let ExternalEncoding::SingleAsn1Type(pdu) = external.encoding else {
            return Err(Failure::new(
                ErrorKind::UnsupportedExternalEncoding,
                ext.offset(),
                "EXTERNAL",
            ));
        };
        match (uni, pdu.tag()) {
            (false, AARQ) => {
                let (protocol_version, application_context_name, user_information) =
                    decode_request(pdu.named("AARQ-apdu"))?;
                Ok(DialoguePortion::Request(Aarq {
                    protocol_version,
                    application_context_name,
                    user_information,
                }))
            }
            (true, AUDT) => {
                let (protocol_version, application_context_name, user_information) =
                    decode_request(pdu.named("AUDT-apdu"))?;
                Ok(DialoguePortion::Unidirectional(Audt {
                    protocol_version,
                    application_context_name,
                    user_information,
                }))
            }
            (false, AARE) => decode_aare(pdu.named("AARE-apdu")).map(DialoguePortion::Response),
            (false, ABRT) => decode_abrt(pdu.named("ABRT-apdu")).map(DialoguePortion::Abort),
            (_, found) => Err(Failure::new(
                ErrorKind::UnknownDialoguePdu { found },
                pdu.offset(),
                "dialogue PDU",
            )),
        }
    }

    /// The EXTERNAL's contents for a dialogue PDU: direct-reference and single-ASN1-type.
    fn pdu_external_content_len(&self, syntax: Oid<'_>) -> usize {
        tlv_len(Tag::OBJECT_IDENTIFIER, syntax.as_bytes().len())
            + tlv_len(SINGLE_ASN1_TYPE, pdu_len(self))
    }

    /// The abstract syntax of a dialogue PDU.
    fn syntax(&self) -> Oid<'static> {
        if let DialoguePortion::Unidirectional(_) = self {
            UNIDIALOGUE_AS_ID
        } else {
            DIALOGUE_AS_ID
        }
    }

    /// Octets of the EXTERNAL.
    fn external_len(&self) -> usize {
        match self {
            DialoguePortion::Other(e) => e.encoded_len(),
            pdu => tlv_len(Tag::EXTERNAL, pdu.pdu_external_content_len(pdu.syntax())),
        }
    }

    /// Octets of the dialogue portion element.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        if let Some(c) = Common::of(self) {
            return c.encoded_len();
        }
        tlv_len(DIALOGUE_PORTION, self.external_len())
    }

    /// Writes the dialogue portion element (`6B ...`).
    #[inline]
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match Common::of(self) {
            Some(c) => c.write(w),
            None => self.write_general(w),
        }
    }

    fn write_general<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        w.header(DIALOGUE_PORTION, true, self.external_len());
        match self {
            DialoguePortion::Other(e) => e.write(w),
            pdu => {
                let syntax = pdu.syntax();
                w.header(Tag::EXTERNAL, true, pdu.pdu_external_content_len(syntax));
                w.oid(Tag::OBJECT_IDENTIFIER, syntax);
                w.header(SINGLE_ASN1_TYPE, true, pdu_len(pdu));
                write_pdu(w, pdu);
            }
        }
    }

    /// Appends the encoding of the dialogue portion element to `out`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write(&mut BerWriter::new(out));
    }
}

impl<'a> From<Aarq<'a>> for DialoguePortion<'a> {
    fn from(p: Aarq<'a>) -> Self {
        DialoguePortion::Request(p)
    }
}

impl<'a> From<Aare<'a>> for DialoguePortion<'a> {
    fn from(p: Aare<'a>) -> Self {
        DialoguePortion::Response(p)
    }
}

impl<'a> From<Abrt<'a>> for DialoguePortion<'a> {
    fn from(p: Abrt<'a>) -> Self {
        DialoguePortion::Abort(p)
    }
}

impl<'a> From<Audt<'a>> for DialoguePortion<'a> {
    fn from(p: Audt<'a>) -> Self {
        DialoguePortion::Unidirectional(p)
    }
}

/// The dialogue portion contents every MAP peer sends — an AARQ or an AARE in the EXTERNAL
/// with dialogue-as-id, short definite lengths throughout, no user information — read
/// straight from the octets. `None` for any other shape, for which the general decoder gives
/// the value or the error: what this accepts, it decodes exactly as the general decoder does
/// (a unit test compares them).
#[inline(always)]
fn decode_common(content: &[u8]) -> Option<DialoguePortion<'_>> {
    // 28 L1 | 06 07 <dialogue-as-id> | A0 L2 | 60/61 L3 <PDU contents>
    let [0x28, l1, rest @ ..] = content else {
        return None;
    };
    if *l1 >= 0x80 || usize::from(*l1) != rest.len() {
        return None;
    }
    let rest = rest.strip_prefix(&[0x06, 0x07])?;
    let rest = rest.strip_prefix(DIALOGUE_AS_ID.as_bytes())?;
    let [0xA0, l2, pdu_tag, l3, pdu @ ..] = rest else {
        return None;
    };
    if *l2 >= 0x80 || *l3 >= 0x80 || usize::from(*l3) != pdu.len() || *l2 != l3.wrapping_add(2) {
        return None;
    }
    // [0] IMPLICIT BIT STRING protocol-version, optional.
    let (protocol_version, pdu) = match pdu {
        [0x80, lp, r @ ..] if *lp < 0x80 => {
            let (pv, r) = r.split_at_checked(usize::from(*lp))?;
            (Some(BitString::from_content(pv)?), r)
        }
        _ => (None, pdu),
    };
    // [1] { OBJECT IDENTIFIER } application-context-name.
    let [0xA1, l4, 0x06, l5, r @ ..] = pdu else {
        return None;
    };
    if *l5 >= 0x80 || *l4 != l5.wrapping_add(2) {
        return None;
    }
    let (acn, r) = r.split_at_checked(usize::from(*l5))?;
    let application_context_name = Oid::new(acn)?;
    match (*pdu_tag, r) {
        (0x60, []) => Some(DialoguePortion::Request(Aarq {
            protocol_version,
            application_context_name,
            user_information: None,
        })),
        // [2] { INTEGER } result, [3] { [1] or [2] { INTEGER } } result-source-diagnostic.
        (0x61, [0xA2, 0x03, 0x02, 0x01, result, 0xA3, 0x05, source, 0x03, 0x02, 0x01, diag])
            if *result < 0x80 && *diag < 0x80 =>
        {
            let result_source_diagnostic = match *source {
                0xA1 => ResultSourceDiagnostic::ServiceUser(ServiceUserDiagnostic(*diag)),
                0xA2 => ResultSourceDiagnostic::ServiceProvider(ServiceProviderDiagnostic(*diag)),
                _ => return None,
            };
            Some(DialoguePortion::Response(Aare {
                protocol_version,
                application_context_name,
                result: AssociateResult(*result),
                result_source_diagnostic,
                user_information: None,
            }))
        }
        _ => None,
    }
}

/// A dialogue portion of the shape [`decode_common`] reads (an AARQ or AARE without user
/// information, short lengths throughout), written in one piece: its length octets follow
/// from the protocol version's and the context name's lengths alone.
struct Common<'a> {
    /// `60` (AARQ) or `61` (AARE).
    pdu_tag: u8,
    protocol_version: Option<BitString<'a>>,
    acn: &'a [u8],
    /// The AARE's result, diagnostic choice (`A1` user, `A2` provider) and diagnostic.
    aare: Option<[u8; 3]>,
}

impl<'a> Common<'a> {
    /// Bounds keeping every length of the portion in the short form (X.690 §8.1.3.4).
    const MAX_PV: usize = 4;
    const MAX_ACN: usize = 64;

    #[inline]
    fn of(d: &DialoguePortion<'a>) -> Option<Self> {
        let (pdu_tag, pv, acn, aare) = match d {
            DialoguePortion::Request(Aarq {
                protocol_version,
                application_context_name,
                user_information: None,
            }) => (0x60, *protocol_version, *application_context_name, None),
            DialoguePortion::Response(Aare {
                protocol_version,
                application_context_name,
                result,
                result_source_diagnostic,
                user_information: None,
            }) => {
                let (choice, diag) = match *result_source_diagnostic {
                    ResultSourceDiagnostic::ServiceUser(d) => (0xA1, d.0),
                    ResultSourceDiagnostic::ServiceProvider(d) => (0xA2, d.0),
                };
                // Values above 127 take two INTEGER octets: the general writer's case.
                if result.0 >= 0x80 || diag >= 0x80 {
                    return None;
                }
                (
                    0x61,
                    *protocol_version,
                    *application_context_name,
                    Some([result.0, choice, diag]),
                )
            }
            _ => return None,
        };
        if pv.is_some_and(|pv| pv.as_bytes().len() > Self::MAX_PV)
            || acn.as_bytes().len() > Self::MAX_ACN
        {
            return None;
        }
        Some(Common {
            pdu_tag,
            protocol_version: pv,
            acn: acn.as_bytes(),
            aare,
        })
    }

    /// Contents octets of the AARQ / AARE.
    #[inline]
    fn pdu_content_len(&self) -> usize {
        self.protocol_version
            .map_or(0, |pv| 3 + pv.as_bytes().len())
            + 4
            + self.acn.len()
            + self.aare.map_or(0, |_| 12)
    }

    /// `6B L 28 L 06 07 <dialogue-as-id> A0 L 6x L`: 17 octets before the PDU's contents.
    #[inline]
    fn encoded_len(&self) -> usize {
        17 + self.pdu_content_len()
    }

    #[inline]
    fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        let l3 = self.pdu_content_len();
        let mut buf = [0u8; 17 + 3 + Self::MAX_PV + 4 + Self::MAX_ACN + 12];
        let mut at = 0;
        let mut put = |bytes: &[u8]| {
            if let Some(dst) = buf.get_mut(at..at + bytes.len()) {
                dst.copy_from_slice(bytes);
            }
            at += bytes.len();
        };
        // Every length is below 0x80 (the bounds of `of`): one octet each.
        let len = |n: usize| n as u8;
        put(&[0x6B, len(l3 + 15), 0x28, len(l3 + 13), 0x06, 0x07]);
        put(DIALOGUE_AS_ID.as_bytes());
        put(&[0xA0, len(l3 + 2), self.pdu_tag, len(l3)]);
        if let Some(pv) = self.protocol_version {
            put(&[0x80, len(pv.as_bytes().len() + 1), pv.unused_bits()]);
            put(pv.as_bytes());
        }
        put(&[0xA1, len(self.acn.len() + 2), 0x06, len(self.acn.len())]);
        put(self.acn);
        if let Some([result, choice, diag]) = self.aare {
            put(&[
                0xA2, 0x03, 0x02, 0x01, result, 0xA3, 0x05, choice, 0x03, 0x02, 0x01, diag,
            ]);
        }
        w.raw(buf.get(..at).unwrap_or_default());
    }
}

type RequestFields<'a> = (Option<BitString<'a>>, Oid<'a>, Option<RawElements<'a>>);

/// AARQ and AUDT: protocol-version, application-context-name, user-information.
fn decode_request<'a>(pdu: Element<'a>) -> Result<RequestFields<'a>, Failure> {
    let mut r = pdu.children()?;
    let pv = r.optional_with(PROTOCOL_VERSION, "protocol-version", Element::bit_string)?;
    let acn = read_acn(&mut r)?;
    let ui = read_user_information(&mut r)?;
    r.finish()?;
    Ok((pv, acn, ui))
}

fn decode_aare<'a>(pdu: Element<'a>) -> Result<Aare<'a>, Failure> {
    let mut r = pdu.children()?;
    let protocol_version =
        r.optional_with(PROTOCOL_VERSION, "protocol-version", Element::bit_string)?;
    let application_context_name = read_acn(&mut r)?;
    let result = {
        let mut x = r.enter(RESULT, "result")?;
        let v = x.read_integer::<u8>(Tag::INTEGER, "result")?;
        x.finish()?;
        AssociateResult(v)
    };
    let result_source_diagnostic = {
        let mut x = r.enter(RESULT_SOURCE_DIAGNOSTIC, "result-source-diagnostic")?;
        let choice = x.read("result-source-diagnostic")?;
        x.finish()?;
        let user = match choice.tag() {
            Tag { number: 1, .. } if choice.tag().is_context() => true,
            Tag { number: 2, .. } if choice.tag().is_context() => false,
            found => {
                return Err(Failure::new(
                    ErrorKind::Ber(smsip_ber::ErrorKind::UnexpectedTag {
                        expected: Tag::context(1),
                        found,
                    }),
                    choice.offset(),
                    "result-source-diagnostic",
                ))
            }
        };
        let mut y = choice.children()?;
        let v = y.read_integer::<u8>(Tag::INTEGER, "result-source-diagnostic")?;
        y.finish()?;
        if user {
            ResultSourceDiagnostic::ServiceUser(ServiceUserDiagnostic(v))
        } else {
            ResultSourceDiagnostic::ServiceProvider(ServiceProviderDiagnostic(v))
        }
    };
    let user_information = read_user_information(&mut r)?;
    r.finish()?;
    Ok(Aare {
        protocol_version,
        application_context_name,
        result,
        result_source_diagnostic,
        user_information,
    })
}

fn decode_abrt<'a>(pdu: Element<'a>) -> Result<Abrt<'a>, Failure> {
    let mut r = pdu.children()?;
    let abort_source = AbortSource(r.read_integer::<u8>(ABORT_SOURCE, "abort-source")?);
    let user_information = read_user_information(&mut r)?;
    r.finish()?;
    Ok(Abrt {
        abort_source,
        user_information,
    })
}

/// application-context-name `[1]` (explicit) OBJECT IDENTIFIER.
fn read_acn<'a>(r: &mut BerReader<'a>) -> Result<Oid<'a>, Failure> {
    let mut x = r.enter(APPLICATION_CONTEXT_NAME, "application-context-name")?;
    let oid = x.read_oid(Tag::OBJECT_IDENTIFIER, "application-context-name")?;
    x.finish()?;
    Ok(oid)
}

/// user-information `[30] IMPLICIT SEQUENCE OF EXTERNAL OPTIONAL`: the EXTERNALs, framing
/// checked, contents kept.
fn read_user_information<'a>(r: &mut BerReader<'a>) -> Result<Option<RawElements<'a>>, Failure> {
    match r.optional(USER_INFORMATION, "user-information")? {
        Some(ui) => Ok(Some(ui.children()?.rest_as_raw()?)),
        None => Ok(None),
    }
}

fn request_fields_len(pv: Option<BitString<'_>>, acn: Oid<'_>) -> usize {
    pv.map_or(0, |pv| tlv_len(PROTOCOL_VERSION, pv.content_len()))
        + tlv_len(
            APPLICATION_CONTEXT_NAME,
            tlv_len(Tag::OBJECT_IDENTIFIER, acn.as_bytes().len()),
        )
}

fn write_request_fields<S: Sink + ?Sized>(
    w: &mut BerWriter<'_, S>,
    pv: Option<BitString<'_>>,
    acn: Oid<'_>,
) {
    if let Some(pv) = pv {
        w.bit_string(PROTOCOL_VERSION, pv);
    }
    w.header(
        APPLICATION_CONTEXT_NAME,
        true,
        tlv_len(Tag::OBJECT_IDENTIFIER, acn.as_bytes().len()),
    );
    w.oid(Tag::OBJECT_IDENTIFIER, acn);
}

fn user_information_len(ui: Option<RawElements<'_>>) -> usize {
    ui.map_or(0, |ui| tlv_len(USER_INFORMATION, raw::elements_len(ui)))
}

fn write_user_information<S: Sink + ?Sized>(w: &mut BerWriter<'_, S>, ui: Option<RawElements<'_>>) {
    if let Some(ui) = ui {
        w.header(USER_INFORMATION, true, raw::elements_len(ui));
        raw::write_elements(w, ui);
    }
}

/// The result-source-diagnostic's alternative tag and value.
fn diagnostic(d: ResultSourceDiagnostic) -> (Tag, u8) {
    match d {
        ResultSourceDiagnostic::ServiceUser(d) => (Tag::context(1), d.0),
        ResultSourceDiagnostic::ServiceProvider(d) => (Tag::context(2), d.0),
    }
}

/// The contents of the dialogue PDU element (AARQ, AARE, ABRT, AUDT) and its tag.
fn pdu_content_len(pdu: &DialoguePortion<'_>) -> (Tag, usize) {
    match pdu {
        DialoguePortion::Request(p) => (
            AARQ,
            request_fields_len(p.protocol_version, p.application_context_name)
                + user_information_len(p.user_information),
        ),
        DialoguePortion::Unidirectional(p) => (
            AUDT,
            request_fields_len(p.protocol_version, p.application_context_name)
                + user_information_len(p.user_information),
        ),
        DialoguePortion::Response(p) => {
            let (tag, v) = diagnostic(p.result_source_diagnostic);
            (
                AARE,
                request_fields_len(p.protocol_version, p.application_context_name)
                    + tlv_len(RESULT, raw::int_tlv(Tag::INTEGER, p.result.0))
                    + tlv_len(
                        RESULT_SOURCE_DIAGNOSTIC,
                        tlv_len(tag, raw::int_tlv(Tag::INTEGER, v)),
                    )
                    + user_information_len(p.user_information),
            )
        }
        DialoguePortion::Abort(p) => (
            ABRT,
            raw::int_tlv(ABORT_SOURCE, p.abort_source.0) + user_information_len(p.user_information),
        ),
        DialoguePortion::Other(e) => (Tag::EXTERNAL, e.content_len()),
    }
}

/// Octets of the dialogue PDU element.
fn pdu_len(pdu: &DialoguePortion<'_>) -> usize {
    let (tag, len) = pdu_content_len(pdu);
    tlv_len(tag, len)
}

fn write_pdu<S: Sink + ?Sized>(w: &mut BerWriter<'_, S>, pdu: &DialoguePortion<'_>) {
    let (tag, len) = pdu_content_len(pdu);
    if let DialoguePortion::Other(e) = pdu {
        e.write(w);
        return;
    }
    w.header(tag, true, len);
    match pdu {
        DialoguePortion::Request(p) => {
            write_request_fields(w, p.protocol_version, p.application_context_name);
            write_user_information(w, p.user_information);
        }
        DialoguePortion::Unidirectional(p) => {
            write_request_fields(w, p.protocol_version, p.application_context_name);
            write_user_information(w, p.user_information);
        }
        DialoguePortion::Response(p) => {
            write_request_fields(w, p.protocol_version, p.application_context_name);
            let result = raw::int_tlv(Tag::INTEGER, p.result.0);
            w.header(RESULT, true, result);
            w.integer(Tag::INTEGER, p.result.0);
            let (tag, v) = diagnostic(p.result_source_diagnostic);
            let inner = raw::int_tlv(Tag::INTEGER, v);
            w.header(RESULT_SOURCE_DIAGNOSTIC, true, tlv_len(tag, inner));
            w.header(tag, true, inner);
            w.integer(Tag::INTEGER, v);
            write_user_information(w, p.user_information);
        }
        DialoguePortion::Abort(p) => {
            w.integer(ABORT_SOURCE, p.abort_source.0);
            write_user_information(w, p.user_information);
        }
        DialoguePortion::Other(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dialogue portions of the common shape: the AARQ of tcap.md §7, AAREs accepting and
    /// refusing (user and provider diagnostics), an AARQ without protocol-version.
    const COMMON: [&[u8]; 4] = [
        &[
            0x6B, 0x1E, 0x28, 0x1C, 0x06, 0x07, 0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01, 0xA0,
            0x11, 0x60, 0x0F, 0x80, 0x02, 0x07, 0x80, 0xA1, 0x09, 0x06, 0x07, 0x04, 0x00, 0x00,
            0x01, 0x00, 0x14, 0x03,
        ],
        &[
            0x6B, 0x2A, 0x28, 0x28, 0x06, 0x07, 0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01, 0xA0,
            0x1D, 0x61, 0x1B, 0x80, 0x02, 0x07, 0x80, 0xA1, 0x09, 0x06, 0x07, 0x04, 0x00, 0x00,
            0x01, 0x00, 0x19, 0x03, 0xA2, 0x03, 0x02, 0x01, 0x00, 0xA3, 0x05, 0xA1, 0x03, 0x02,
            0x01, 0x00,
        ],
        &[
            0x6B, 0x26, 0x28, 0x24, 0x06, 0x07, 0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01, 0xA0,
            0x19, 0x61, 0x17, 0xA1, 0x09, 0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x02,
            0xA2, 0x03, 0x02, 0x01, 0x01, 0xA3, 0x05, 0xA2, 0x03, 0x02, 0x01, 0x02,
        ],
        &[
            0x6B, 0x1A, 0x28, 0x18, 0x06, 0x07, 0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01, 0xA0,
            0x0D, 0x60, 0x0B, 0xA1, 0x09, 0x06, 0x07, 0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03,
        ],
    ];

    /// What the straight path accepts, the general decoder decodes to the same value.
    fn agrees(bytes: &[u8]) -> bool {
        let Ok(e) = Element::from_ber(bytes) else {
            return false;
        };
        if e.tag() != DIALOGUE_PORTION || !e.is_constructed() || e.is_indefinite() {
            return false;
        }
        match decode_common(e.content()) {
            Some(fast) => {
                assert_eq!(
                    DialoguePortion::decode_general(e).ok(),
                    Some(fast),
                    "{bytes:02X?}"
                );
                true
            }
            None => false,
        }
    }

    #[test]
    fn straight_path_takes_the_common_shapes() {
        for v in COMMON {
            assert!(agrees(v), "{v:02X?}");
            // And what it makes re-encodes to the same octets.
            let d = DialoguePortion::from_element(Element::from_ber(v).unwrap()).unwrap();
            let mut out = alloc::vec::Vec::new();
            d.encode(&mut out);
            assert_eq!(out, v);
        }
    }

    #[test]
    fn template_writer_agrees_with_the_general_writer() {
        let acns = [
            oid!(0, 4, 0, 0, 1, 0, 20, 3),
            oid!(0, 4, 0, 0, 1, 0, 25, 2),
            oid!(1, 2, 840, 113549, 1, 1, 11, 99999, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        ];
        let pvs = [None, Some(VERSION1), BitString::new(0, &[1, 2, 3, 4])];
        let mut n = 0;
        for acn in acns {
            for pv in pvs {
                let aarq = Aarq {
                    protocol_version: pv,
                    application_context_name: acn,
                    user_information: None,
                };
                let mut portions = alloc::vec![DialoguePortion::Request(aarq)];
                for result in [0, 1, 0x7F, 0x80] {
                    for diag in [
                        ResultSourceDiagnostic::ServiceUser(ServiceUserDiagnostic(2)),
                        ResultSourceDiagnostic::ServiceProvider(ServiceProviderDiagnostic(0x90)),
                    ] {
                        portions.push(DialoguePortion::Response(Aare {
                            protocol_version: pv,
                            application_context_name: acn,
                            result: AssociateResult(result),
                            result_source_diagnostic: diag,
                            user_information: None,
                        }));
                    }
                }
                for p in portions {
                    let mut fast = alloc::vec::Vec::new();
                    p.encode(&mut fast);
                    let mut general = alloc::vec::Vec::new();
                    p.write_general(&mut BerWriter::new(&mut general));
                    assert_eq!(fast, general, "{p:?}");
                    assert_eq!(p.encoded_len(), general.len());
                    n += usize::from(Common::of(&p).is_some());
                }
            }
        }
        assert!(n > 20, "{n}");
    }

    #[test]
    fn straight_path_agrees_with_the_general_decoder_on_every_mutation() {
        let mut taken = 0usize;
        let mut buf = alloc::vec::Vec::new();
        for v in COMMON {
            for i in 0..v.len() {
                for b in 0..=255u8 {
                    buf.clear();
                    buf.extend_from_slice(v);
                    buf[i] = b;
                    taken += usize::from(agrees(&buf));
                }
                // Truncated contents with the lengths left as they were.
                agrees(&v[..i]);
            }
        }
        // Most mutations are refused by the straight path; the ones kept still agree.
        assert!(taken > 200, "{taken}");
    }
}
