//! The transaction portion (Q.773 TCAPMessages: `MessageType`, `Unidirectional`, `Begin`,
//! `End`, `Continue`; tcap.md §1, §2, §5): the five messages, their transaction IDs, and the
//! decoder that classifies every failure as Q.774 needs it.

use smsip_ber::writer::tlv_len;
use smsip_ber::{BerReader, BerWriter, Element, Tag};
use smsip_core::{Sink, SliceSink, SliceTooSmall};

use crate::component::{PortionLens, COMPONENT_PORTION};
use crate::dialogue::DIALOGUE_PORTION;
use crate::error::Failure;
use crate::{
    Abort, AbortReason, Component, ComponentPortion, Components, DecodeError, DialoguePortion,
    ErrorKind, PAbortCause, Portion, TransactionId,
};

/// otid, `[APPLICATION 8]` (`48`).
pub(crate) const OTID: Tag = Tag::application(8);
/// dtid, `[APPLICATION 9]` (`49`).
pub(crate) const DTID: Tag = Tag::application(9);
/// p-abortCause, `[APPLICATION 10]` (`4A`).
pub(crate) const P_ABORT_CAUSE: Tag = Tag::application(10);

/// The five message types and their tags (tcap.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum MessageType {
    /// unidirectional `[APPLICATION 1]` (`61`).
    Unidirectional,
    /// begin `[APPLICATION 2]` (`62`).
    Begin,
    /// end `[APPLICATION 4]` (`64`).
    End,
    /// continue `[APPLICATION 5]` (`65`).
    Continue,
    /// abort `[APPLICATION 7]` (`67`).
    Abort,
}

impl MessageType {
    /// The message's tag.
    #[inline]
    pub const fn tag(self) -> Tag {
        Tag::application(match self {
            MessageType::Unidirectional => 1,
            MessageType::Begin => 2,
            MessageType::End => 4,
            MessageType::Continue => 5,
            MessageType::Abort => 7,
        })
    }

    /// The message type of a tag, `None` for any other tag.
    #[inline]
    pub const fn from_tag(tag: Tag) -> Option<Self> {
        if !matches!(tag.class, smsip_ber::Class::Application) {
            return None;
        }
        match tag.number {
            1 => Some(MessageType::Unidirectional),
            2 => Some(MessageType::Begin),
            4 => Some(MessageType::End),
            5 => Some(MessageType::Continue),
            7 => Some(MessageType::Abort),
            _ => None,
        }
    }

    /// The message type of an identifier octet (constructed, application class).
    #[inline]
    pub const fn from_identifier(octet: u8) -> Option<Self> {
        if octet & 0xE0 != 0x60 {
            return None;
        }
        Self::from_tag(Tag::application((octet & 0x1F) as u32))
    }
}

/// A Unidirectional message (`61`): `SEQUENCE { dialoguePortion OPTIONAL, components }`
/// (no transaction; the dialogue portion, if any, is an AUDT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unidirectional<'a> {
    /// dialoguePortion (an AUDT).
    pub dialogue_portion: Option<DialoguePortion<'a>>,
    /// components (mandatory).
    pub components: ComponentPortion<'a>,
}

impl<'a> Unidirectional<'a> {
    /// A Unidirectional carrying `components`.
    #[inline]
    pub const fn new(components: &'a [Component<'a>]) -> Self {
        Unidirectional {
            dialogue_portion: None,
            components: ComponentPortion::new(components),
        }
    }

    /// The same message with a dialogue portion.
    #[inline]
    pub const fn with_dialogue(mut self, dialogue: DialoguePortion<'a>) -> Self {
        self.dialogue_portion = Some(dialogue);
        self
    }
}

/// A Begin message (`62`): `SEQUENCE { otid, dialoguePortion OPTIONAL, components OPTIONAL }`.
///
/// ```
/// use smsip_tcap::{Begin, Code, Component, DialoguePortion, Invoke, TcapMessage, TransactionId};
/// use smsip_ber::{oid, Element};
/// // Rebuild the TC-BEGIN of tcap.md §7 by hand.
/// let arg = smsip_core::hex::decode(
///     "3026800791447700091032 8101FF 820791447700090000 8700 880100 89080C91447700094065 8B00").unwrap();
/// let comps = [Component::Invoke(Invoke::new(1, Code::Local(45), Some(Element::from_ber(&arg)?)))];
/// let begin = Begin::new(TransactionId::from_u32(1))
///     .with_dialogue(DialoguePortion::request(oid!(0, 4, 0, 0, 1, 0, 20, 3)))
///     .with_components(&comps);
/// let bytes = TcapMessage::Begin(begin).to_vec();
/// assert_eq!(bytes.len(), 90);
/// assert_eq!(&bytes[..10], &[0x62, 0x58, 0x48, 0x04, 0x00, 0x00, 0x00, 0x01, 0x6B, 0x1E]);
/// assert_eq!(smsip_tcap::decode(&bytes)?, TcapMessage::Begin(begin));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Begin<'a> {
    /// otid: the sender's transaction ID.
    pub otid: TransactionId,
    /// dialoguePortion (an AARQ for MAP v2 and later).
    pub dialogue_portion: Option<DialoguePortion<'a>>,
    /// components.
    pub components: Option<ComponentPortion<'a>>,
}

impl<'a> Begin<'a> {
    /// A Begin from `otid` without dialogue or components.
    #[inline]
    pub const fn new(otid: TransactionId) -> Self {
        Begin {
            otid,
            dialogue_portion: None,
            components: None,
        }
    }

    /// The same message with a dialogue portion.
    #[inline]
    pub const fn with_dialogue(mut self, dialogue: DialoguePortion<'a>) -> Self {
        self.dialogue_portion = Some(dialogue);
        self
    }

    /// The same message with `components` (none when the slice is empty).
    #[inline]
    pub const fn with_components(mut self, components: &'a [Component<'a>]) -> Self {
        self.components = portion_of(components);
        self
    }
}

/// A Continue message (`65`): `SEQUENCE { otid, dtid, dialoguePortion OPTIONAL, components
/// OPTIONAL }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Continue<'a> {
    /// otid: the sender's transaction ID.
    pub otid: TransactionId,
    /// dtid: the receiver's transaction ID.
    pub dtid: TransactionId,
    /// dialoguePortion (an AARE in the first backward Continue).
    pub dialogue_portion: Option<DialoguePortion<'a>>,
    /// components.
    pub components: Option<ComponentPortion<'a>>,
}

impl<'a> Continue<'a> {
    /// A Continue without dialogue or components.
    #[inline]
    pub const fn new(otid: TransactionId, dtid: TransactionId) -> Self {
        Continue {
            otid,
            dtid,
            dialogue_portion: None,
            components: None,
        }
    }

    /// The same message with a dialogue portion.
    #[inline]
    pub const fn with_dialogue(mut self, dialogue: DialoguePortion<'a>) -> Self {
        self.dialogue_portion = Some(dialogue);
        self
    }

    /// The same message with `components` (none when the slice is empty).
    #[inline]
    pub const fn with_components(mut self, components: &'a [Component<'a>]) -> Self {
        self.components = portion_of(components);
        self
    }
}

/// An End message (`64`): `SEQUENCE { dtid, dialoguePortion OPTIONAL, components OPTIONAL }`.
///
/// ```
/// use smsip_tcap::{Code, Component, DialoguePortion, End, ReturnResult, TcapMessage, TransactionId};
/// use smsip_ber::{oid, Element};
/// let res = Element::from_ber(&[0x30, 0x03, 0x04, 0x01, 0x00])?;
/// let comps = [Component::ReturnResultLast(ReturnResult::new(1, Some((Code::Local(45), res))))];
/// let end = End::new(TransactionId::from_u32(1))
///     .with_dialogue(DialoguePortion::accepted(oid!(0, 4, 0, 0, 1, 0, 20, 3)))
///     .with_components(&comps);
/// let bytes = TcapMessage::End(end).to_vec();
/// assert_eq!(&bytes[..2], &[0x64, 0x43]);
/// assert_eq!(smsip_tcap::decode(&bytes)?, TcapMessage::End(end));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct End<'a> {
    /// dtid: the receiver's transaction ID.
    pub dtid: TransactionId,
    /// dialoguePortion (an AARE when the End is the first backward message).
    pub dialogue_portion: Option<DialoguePortion<'a>>,
    /// components.
    pub components: Option<ComponentPortion<'a>>,
}

impl<'a> End<'a> {
    /// An End without dialogue or components.
    #[inline]
    pub const fn new(dtid: TransactionId) -> Self {
        End {
            dtid,
            dialogue_portion: None,
            components: None,
        }
    }

    /// The same message with a dialogue portion.
    #[inline]
    pub const fn with_dialogue(mut self, dialogue: DialoguePortion<'a>) -> Self {
        self.dialogue_portion = Some(dialogue);
        self
    }

    /// The same message with `components` (none when the slice is empty).
    #[inline]
    pub const fn with_components(mut self, components: &'a [Component<'a>]) -> Self {
        self.components = portion_of(components);
        self
    }
}

const fn portion_of<'a>(components: &'a [Component<'a>]) -> Option<ComponentPortion<'a>> {
    if components.is_empty() {
        None
    } else {
        Some(ComponentPortion::new(components))
    }
}

/// A TCAP message (`MessageType ::= CHOICE { unidirectional, begin, end, continue, abort }`).
///
/// Decoding borrows: the parameters of the components, the OIDs and the user information point
/// into the input; the dialogue portion is decoded eagerly, the components lazily
/// ([`components`](Self::components)). Encoding writes definite lengths into any [`Sink`].
///
/// ```
/// use smsip_tcap::{decode, Code, Component, TcapMessage};
/// use smsip_ber::oid;
/// // tcap.md §7: TC-BEGIN with sendRoutingInfoForSM.
/// let bytes = smsip_core::hex::decode(
///     "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
///      6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
///      89080C91447700094065 8B00").unwrap();
/// let msg = decode(&bytes)?;
/// let TcapMessage::Begin(begin) = msg else { panic!() };
/// assert_eq!(begin.otid.as_bytes(), &[0, 0, 0, 1]);
/// let ac = msg.dialogue_portion().and_then(|d| d.application_context_name()).unwrap();
/// assert_eq!(ac, oid!(0, 4, 0, 0, 1, 0, 20, 3)); // shortMsgGatewayContext-v3
/// for c in msg.components() {
///     let Component::Invoke(invoke) = c? else { continue };
///     assert_eq!(invoke.opcode, Code::Local(45));
///     assert_eq!(invoke.parameter.unwrap().content().len(), 38); // RoutingInfoForSM-Arg
/// }
/// assert_eq!(msg.to_vec(), bytes);
/// # Ok::<(), smsip_tcap::DecodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TcapMessage<'a> {
    /// Unidirectional (`61`).
    Unidirectional(Unidirectional<'a>),
    /// Begin (`62`).
    Begin(Begin<'a>),
    /// End (`64`).
    End(End<'a>),
    /// Continue (`65`).
    Continue(Continue<'a>),
    /// Abort (`67`).
    Abort(Abort<'a>),
}

impl<'a> TcapMessage<'a> {
    /// Decodes one message: `bytes` is the whole SCCP user data (octets after the message are a
    /// badlyFormattedTransactionPortion error). See [`decode`].
    #[inline]
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        decode(bytes)
    }

    /// The message type.
    #[inline]
    pub const fn message_type(&self) -> MessageType {
        match self {
            TcapMessage::Unidirectional(_) => MessageType::Unidirectional,
            TcapMessage::Begin(_) => MessageType::Begin,
            TcapMessage::End(_) => MessageType::End,
            TcapMessage::Continue(_) => MessageType::Continue,
            TcapMessage::Abort(_) => MessageType::Abort,
        }
    }

    /// The originating transaction ID (Begin, Continue).
    #[inline]
    pub const fn otid(&self) -> Option<TransactionId> {
        match self {
            TcapMessage::Begin(m) => Some(m.otid),
            TcapMessage::Continue(m) => Some(m.otid),
            _ => None,
        }
    }

    /// The destination transaction ID (End, Continue, Abort).
    #[inline]
    pub const fn dtid(&self) -> Option<TransactionId> {
        match self {
            TcapMessage::End(m) => Some(m.dtid),
            TcapMessage::Continue(m) => Some(m.dtid),
            TcapMessage::Abort(m) => Some(m.dtid),
            _ => None,
        }
    }

    /// The dialogue portion (for an Abort, that of a user abort).
    #[inline]
    pub const fn dialogue_portion(&self) -> Option<DialoguePortion<'a>> {
        match self {
            TcapMessage::Unidirectional(m) => m.dialogue_portion,
            TcapMessage::Begin(m) => m.dialogue_portion,
            TcapMessage::End(m) => m.dialogue_portion,
            TcapMessage::Continue(m) => m.dialogue_portion,
            TcapMessage::Abort(m) => m.dialogue_portion(),
        }
    }

    /// The component portion, if any.
    #[inline]
    pub const fn component_portion(&self) -> Option<ComponentPortion<'a>> {
        match self {
            TcapMessage::Unidirectional(m) => Some(m.components),
            TcapMessage::Begin(m) => m.components,
            TcapMessage::End(m) => m.components,
            TcapMessage::Continue(m) => m.components,
            TcapMessage::Abort(_) => None,
        }
    }

    /// The components, decoded lazily (empty when there is no component portion).
    #[inline]
    pub fn components(&self) -> Components<'a> {
        match self.component_portion() {
            Some(p) => p.iter(),
            None => Components::empty(),
        }
    }

    /// The transaction IDs with their tags (otid before dtid, Q.773), the dialogue portion and
    /// the component portion (none for an Abort).
    #[allow(clippy::type_complexity)]
    fn parts(
        &self,
    ) -> (
        [Option<(Tag, TransactionId)>; 2],
        Option<DialoguePortion<'a>>,
        Option<ComponentPortion<'a>>,
    ) {
        match self {
            TcapMessage::Unidirectional(m) => {
                ([None, None], m.dialogue_portion, Some(m.components))
            }
            TcapMessage::Begin(m) => (
                [Some((OTID, m.otid)), None],
                m.dialogue_portion,
                m.components,
            ),
            TcapMessage::End(m) => (
                [Some((DTID, m.dtid)), None],
                m.dialogue_portion,
                m.components,
            ),
            TcapMessage::Continue(m) => (
                [Some((OTID, m.otid)), Some((DTID, m.dtid))],
                m.dialogue_portion,
                m.components,
            ),
            TcapMessage::Abort(_) => ([None, None], None, None),
        }
    }

    /// Octets of the contents (after the message's identifier and length), with the component
    /// portion as measured.
    fn content_len(&self, components: Option<&PortionLens>) -> usize {
        if let TcapMessage::Abort(m) = self {
            return m.content_len();
        }
        let (tids, dialogue, _) = self.parts();
        tids.iter()
            .flatten()
            .map(|(_, t)| tid_len(*t))
            .sum::<usize>()
            + dialogue.map_or(0, |d| d.encoded_len())
            + components.map_or(0, PortionLens::encoded_len)
    }

    /// Writes the message. The component portion is measured once (a parameter's
    /// indefinite-length scan is not repeated for every enclosing length).
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        if let TcapMessage::Abort(m) = self {
            m.write(w);
            return;
        }
        let (tids, dialogue, components) = self.parts();
        let measured = components.map(|c| c.measure());
        w.header(
            self.message_type().tag(),
            true,
            self.content_len(measured.as_ref()),
        );
        for (tag, t) in tids.into_iter().flatten() {
            w.octet_string(tag, t.as_bytes());
        }
        if let Some(d) = dialogue {
            d.write(w);
        }
        if let (Some(c), Some(m)) = (components, measured) {
            c.write_measured(w, &m);
        }
    }

    /// Appends the encoding to `out` (a `Vec<u8>`, or a [`SliceSink`] over a fixed buffer).
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write(&mut BerWriter::new(out));
    }

    /// Octets of the encoding.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        let measured = self.component_portion().map(|c| c.measure());
        tlv_len(
            self.message_type().tag(),
            self.content_len(measured.as_ref()),
        )
    }

    /// Encodes into `buf`, returning the octets written, or an error (with the size needed)
    /// when `buf` is too small.
    #[inline]
    pub fn encode_to_slice(&self, buf: &mut [u8]) -> Result<usize, SliceTooSmall> {
        let mut sink = SliceSink::new(buf);
        self.encode(&mut sink);
        sink.finish()
    }

    /// The encoding in a new `Vec`.
    #[cfg(feature = "alloc")]
    pub fn to_vec(&self) -> alloc::vec::Vec<u8> {
        let mut out = alloc::vec::Vec::with_capacity(self.encoded_len());
        self.encode(&mut out);
        out
    }
}

impl<'a> From<Unidirectional<'a>> for TcapMessage<'a> {
    fn from(m: Unidirectional<'a>) -> Self {
        TcapMessage::Unidirectional(m)
    }
}

impl<'a> From<Begin<'a>> for TcapMessage<'a> {
    fn from(m: Begin<'a>) -> Self {
        TcapMessage::Begin(m)
    }
}

impl<'a> From<End<'a>> for TcapMessage<'a> {
    fn from(m: End<'a>) -> Self {
        TcapMessage::End(m)
    }
}

impl<'a> From<Continue<'a>> for TcapMessage<'a> {
    fn from(m: Continue<'a>) -> Self {
        TcapMessage::Continue(m)
    }
}

impl<'a> From<Abort<'a>> for TcapMessage<'a> {
    fn from(m: Abort<'a>) -> Self {
        TcapMessage::Abort(m)
    }
}

/// Octets of a transaction ID element (otid and dtid alike).
#[inline]
pub(crate) fn tid_len(t: TransactionId) -> usize {
    tlv_len(OTID, t.as_bytes().len())
}

const BADLY_FORMATTED: Portion = Portion::Transaction {
    cause: PAbortCause::BADLY_FORMATTED_TRANSACTION_PORTION,
};
const INCORRECT: Portion = Portion::Transaction {
    cause: PAbortCause::INCORRECT_TRANSACTION_PORTION,
};

/// A BER failure of the transaction portion: badly formatted.
#[inline]
fn badly(e: smsip_ber::DecodeError) -> DecodeError {
    Failure::from(e).at(BADLY_FORMATTED)
}

/// A mandatory transaction ID (`tag`): missing or another element in its place is an incorrect
/// transaction portion, a constructed encoding a badly formatted one, a size outside 1..4 an
/// incorrect one.
#[inline(always)]
fn read_tid(
    r: &mut BerReader<'_>,
    tag: Tag,
    name: &'static str,
) -> Result<TransactionId, DecodeError> {
    // The usual form, primitive with 1 to 4 octets, straight; anything else (and every error)
    // on the general path, from the same position.
    let mut fast = r.clone();
    if let Some(e) = fast.take_short(tag, name) {
        if !e.is_constructed() {
            if let Ok(id) = TransactionId::new(e.content()) {
                *r = fast;
                return Ok(id);
            }
        }
    }
    read_tid_general(r, tag, name)
}

#[inline(never)]
fn read_tid_general(
    r: &mut BerReader<'_>,
    tag: Tag,
    name: &'static str,
) -> Result<TransactionId, DecodeError> {
    let e = r.expect(tag, name).map_err(|e| match e.kind {
        smsip_ber::ErrorKind::UnexpectedTag { .. } | smsip_ber::ErrorKind::MissingMandatory => {
            Failure::from(e).at(INCORRECT)
        }
        _ => badly(e),
    })?;
    let bytes = e.octet_string().map_err(badly)?;
    TransactionId::new(bytes).map_err(|err| {
        DecodeError::new(
            ErrorKind::TransactionIdSize { found: err.found },
            e.offset(),
            name,
            INCORRECT,
        )
    })
}

/// The optional dialogue and component portion elements (framing checked, contents not yet).
#[inline(always)]
fn read_portion_elements<'a>(
    r: &mut BerReader<'a>,
) -> Result<(Option<Element<'a>>, Option<Element<'a>>), DecodeError> {
    // `take_short` takes the element `optional` would return when it has the short form;
    // `optional` decides every other case (absent, long or indefinite lengths, errors).
    let dialogue = match r.take_short(DIALOGUE_PORTION, "dialoguePortion") {
        Some(d) => Some(d),
        None => r
            .optional(DIALOGUE_PORTION, "dialoguePortion")
            .map_err(badly)?,
    };
    if let Some(d) = dialogue {
        if !d.is_constructed() {
            return Err(badly(d.error(smsip_ber::ErrorKind::ExpectedConstructed)));
        }
    }
    let components = match r.take_short(COMPONENT_PORTION, "components") {
        Some(c) => Some(c),
        None => r.optional(COMPONENT_PORTION, "components").map_err(badly)?,
    };
    if let Some(c) = components {
        if !c.is_constructed() {
            return Err(badly(c.error(smsip_ber::ErrorKind::ExpectedConstructed)));
        }
        if c.content().is_empty() {
            return Err(DecodeError::new(
                ErrorKind::EmptyComponentPortion,
                c.offset(),
                "components",
                INCORRECT,
            ));
        }
    }
    Ok((dialogue, components))
}

/// Nothing may follow the last element the message type allows: another element is an
/// incorrect transaction portion, octets that are no element a badly formatted one.
fn end(mut r: BerReader<'_>) -> Result<(), DecodeError> {
    match r.next_element() {
        Ok(None) => Ok(()),
        Ok(Some(e)) => Err(DecodeError::new(
            ErrorKind::Ber(smsip_ber::ErrorKind::TrailingData),
            e.offset(),
            "transaction portion",
            INCORRECT,
        )),
        Err(e) => Err(badly(e)),
    }
}

/// The dialogue portion's contents, once the transaction portion is known to be sound.
#[inline(always)]
fn dialogue(e: Option<Element<'_>>) -> Result<Option<DialoguePortion<'_>>, DecodeError> {
    e.map(DialoguePortion::from_element).transpose()
}

/// Decodes one TCAP message (Q.773; tcap.md §5).
///
/// `bytes` is the whole SCCP user data: exactly one message. Definite lengths (short and long
/// form) and the indefinite form are accepted everywhere. The transaction portion and the
/// dialogue portion are decoded and checked now; the components are decoded when
/// [`TcapMessage::components`] is iterated. Nothing is allocated.
///
/// Every error carries its [`Portion`] with the Q.774 classification (the P-Abort cause of a
/// transaction-portion error), the octet offset and the field; hand it to
/// [`q774::answer`](crate::q774::answer) for the Abort to send.
///
/// ```
/// use smsip_tcap::{decode, q774, ErrorKind, PAbortCause, TcapMessage};
/// // A message type that does not exist ([APPLICATION 3]) carrying an otid.
/// let bytes = [0x63, 0x06, 0x48, 0x04, 0x00, 0x00, 0x00, 0x07];
/// let err = decode(&bytes).unwrap_err();
/// assert!(matches!(err.kind, ErrorKind::UnrecognizedMessageType { .. }));
/// assert_eq!(err.p_abort_cause(), Some(PAbortCause::UNRECOGNIZED_MESSAGE_TYPE));
/// let q774::Answer::Abort(abort) = q774::answer(&bytes, &err) else { panic!() };
/// assert_eq!(abort.to_vec(), [0x67, 0x09, 0x49, 0x04, 0x00, 0x00, 0x00, 0x07, 0x4A, 0x01, 0x00]);
/// ```
#[inline]
pub fn decode(bytes: &[u8]) -> Result<TcapMessage<'_>, DecodeError> {
    let mut outer = BerReader::new(bytes).named("TCAP message");
    let msg = outer.read("TCAP message").map_err(badly)?;
    let ty = if msg.is_constructed() {
        MessageType::from_tag(msg.tag())
    } else {
        None
    };
    let Some(ty) = ty else {
        return Err(DecodeError::new(
            ErrorKind::UnrecognizedMessageType { found: msg.tag() },
            msg.offset(),
            "message type",
            Portion::Transaction {
                cause: PAbortCause::UNRECOGNIZED_MESSAGE_TYPE,
            },
        ));
    };
    outer.finish().map_err(badly)?;
    let mut r = msg.children().map_err(badly)?.named("transaction portion");
    Ok(match ty {
        MessageType::Begin => {
            let otid = read_tid(&mut r, OTID, "otid")?;
            let (d, c) = read_portion_elements(&mut r)?;
            end(r)?;
            TcapMessage::Begin(Begin {
                otid,
                dialogue_portion: dialogue(d)?,
                components: c.map(ComponentPortion::received),
            })
        }
        MessageType::Continue => {
            let otid = read_tid(&mut r, OTID, "otid")?;
            let dtid = read_tid(&mut r, DTID, "dtid")?;
            let (d, c) = read_portion_elements(&mut r)?;
            end(r)?;
            TcapMessage::Continue(Continue {
                otid,
                dtid,
                dialogue_portion: dialogue(d)?,
                components: c.map(ComponentPortion::received),
            })
        }
        MessageType::End => {
            let dtid = read_tid(&mut r, DTID, "dtid")?;
            let (d, c) = read_portion_elements(&mut r)?;
            end(r)?;
            TcapMessage::End(End {
                dtid,
                dialogue_portion: dialogue(d)?,
                components: c.map(ComponentPortion::received),
            })
        }
        MessageType::Unidirectional => {
            let (d, c) = read_portion_elements(&mut r)?;
            let Some(c) = c else {
                let at = r.offset();
                end(r)?;
                return Err(DecodeError::new(
                    ErrorKind::Ber(smsip_ber::ErrorKind::MissingMandatory),
                    at,
                    "components",
                    INCORRECT,
                ));
            };
            end(r)?;
            TcapMessage::Unidirectional(Unidirectional {
                dialogue_portion: dialogue(d)?,
                components: ComponentPortion::received(c),
            })
        }
        MessageType::Abort => {
            let dtid = read_tid(&mut r, DTID, "dtid")?;
            let cause = r
                .optional_with(P_ABORT_CAUSE, "p-abortCause", Element::integer::<u8>)
                .map_err(badly)?;
            let d = match cause {
                Some(_) => None,
                None => r
                    .optional(DIALOGUE_PORTION, "dialoguePortion")
                    .map_err(badly)?,
            };
            if let Some(d) = d {
                if !d.is_constructed() {
                    return Err(badly(d.error(smsip_ber::ErrorKind::ExpectedConstructed)));
                }
            }
            end(r)?;
            let reason = match (cause, dialogue(d)?) {
                (Some(c), _) => Some(AbortReason::PAbort(PAbortCause(c))),
                (None, Some(d)) => Some(AbortReason::User(d)),
                (None, None) => None,
            };
            TcapMessage::Abort(Abort { dtid, reason })
        }
    })
}
