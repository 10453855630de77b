//! The component portion (Q.773 TCAPMessages: `ComponentPortion`, `Component`, `Invoke`,
//! `ReturnResult`, `ReturnError`; tcap.md §2, §3): the operations MAP carries, their results
//! and errors, with the parameter kept as a borrowed BER element for the TC-user to decode.

use core::fmt;

use smsip_ber::writer::tlv_len;
use smsip_ber::{BerReader, BerWriter, Element, Oid, Tag};
use smsip_core::Sink;

use crate::error::{is_encoding_violation, tag_of_octet, Failure};
use crate::{raw, DecodeError, ErrorKind, GeneralProblem, Portion, Reject};

/// `InvokeIdType ::= INTEGER (-128..127)`: one octet, two's complement.
pub type InvokeId = i8;

/// The component portion tag, `[APPLICATION 12]` (`6C`).
pub(crate) const COMPONENT_PORTION: Tag = Tag::application(12);
pub(crate) const COMPONENT_INVOKE: Tag = Tag::context(1);
pub(crate) const COMPONENT_RETURN_RESULT_LAST: Tag = Tag::context(2);
pub(crate) const COMPONENT_RETURN_ERROR: Tag = Tag::context(3);
pub(crate) const COMPONENT_REJECT: Tag = Tag::context(4);
pub(crate) const COMPONENT_RETURN_RESULT_NOT_LAST: Tag = Tag::context(7);
const LINKED_ID: Tag = Tag::context(0);

/// An operation or error code: `CHOICE { localValue INTEGER, globalValue OBJECT IDENTIFIER }`
/// (X.880 `Code`). MAP uses local values (`02 01 2D` = sendRoutingInfoForSM, 45).
///
/// ```
/// use smsip_tcap::Code;
/// use smsip_ber::oid;
/// assert_eq!(Code::Local(45).local(), Some(45));
/// assert_eq!(Code::Global(oid!(1, 2, 3)).local(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code<'a> {
    /// `localValue INTEGER` (`02`).
    Local(i64),
    /// `globalValue OBJECT IDENTIFIER` (`06`).
    Global(Oid<'a>),
}

impl<'a> Code<'a> {
    /// The local value, `None` for a global one.
    #[inline]
    pub const fn local(&self) -> Option<i64> {
        match *self {
            Code::Local(v) => Some(v),
            Code::Global(_) => None,
        }
    }

    /// The global value, `None` for a local one.
    #[inline]
    pub const fn global(&self) -> Option<Oid<'a>> {
        match *self {
            Code::Local(_) => None,
            Code::Global(o) => Some(o),
        }
    }

    /// Decodes a code element: an INTEGER or an OBJECT IDENTIFIER.
    pub fn from_element(e: Element<'a>) -> Result<Self, smsip_ber::DecodeError> {
        if e.tag() == Tag::OBJECT_IDENTIFIER {
            Ok(Code::Global(e.oid()?))
        } else {
            Ok(Code::Local(e.expect_tag(Tag::INTEGER)?.integer()?))
        }
    }

    /// Octets of the code element.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        match *self {
            Code::Local(v) => raw::int_tlv(Tag::INTEGER, v),
            Code::Global(o) => tlv_len(Tag::OBJECT_IDENTIFIER, o.as_bytes().len()),
        }
    }

    /// Writes the code element.
    #[inline]
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match *self {
            Code::Local(v) => w.integer(Tag::INTEGER, v),
            Code::Global(o) => w.oid(Tag::OBJECT_IDENTIFIER, o),
        }
    }
}

impl From<i64> for Code<'_> {
    #[inline]
    fn from(v: i64) -> Self {
        Code::Local(v)
    }
}

/// The five component types and their tags (tcap.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ComponentType {
    /// invoke `[1]` (`A1`).
    Invoke,
    /// returnResultLast `[2]` (`A2`).
    ReturnResultLast,
    /// returnError `[3]` (`A3`).
    ReturnError,
    /// reject `[4]` (`A4`).
    Reject,
    /// returnResultNotLast `[7]` (`A7`).
    ReturnResultNotLast,
}

impl ComponentType {
    /// The component's tag.
    #[inline]
    pub const fn tag(self) -> Tag {
        match self {
            ComponentType::Invoke => COMPONENT_INVOKE,
            ComponentType::ReturnResultLast => COMPONENT_RETURN_RESULT_LAST,
            ComponentType::ReturnError => COMPONENT_RETURN_ERROR,
            ComponentType::Reject => COMPONENT_REJECT,
            ComponentType::ReturnResultNotLast => COMPONENT_RETURN_RESULT_NOT_LAST,
        }
    }

    /// The component type of a tag, `None` for any other tag.
    #[inline]
    pub const fn from_tag(tag: Tag) -> Option<Self> {
        if !tag.is_context() {
            return None;
        }
        match tag.number {
            1 => Some(ComponentType::Invoke),
            2 => Some(ComponentType::ReturnResultLast),
            3 => Some(ComponentType::ReturnError),
            4 => Some(ComponentType::Reject),
            7 => Some(ComponentType::ReturnResultNotLast),
            _ => None,
        }
    }
}

/// An Invoke component (`A1`): `SEQUENCE { invokeID, linkedID [0] IMPLICIT OPTIONAL,
/// operationCode, parameter ANY DEFINED BY operationCode OPTIONAL }`.
///
/// The parameter is the operation's argument, one BER element borrowed from the message (its
/// offsets count from the start of the message): hand it to the MAP decoder of
/// (application context, [`opcode`](Self::opcode)).
///
/// ```
/// use smsip_tcap::{Code, Component, Invoke};
/// use smsip_ber::Element;
/// let arg = Element::from_ber(&[0x30, 0x03, 0x80, 0x01, 0x01])?;
/// let invoke = Invoke::new(1, Code::Local(45), Some(arg));
/// let bytes = Component::Invoke(invoke).to_vec();
/// assert_eq!(bytes, [0xA1, 0x0B, 0x02, 0x01, 0x01, 0x02, 0x01, 0x2D, 0x30, 0x03, 0x80, 0x01, 0x01]);
/// assert_eq!(Component::from_element(Element::from_ber(&bytes)?)?, Component::Invoke(invoke));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invoke<'a> {
    /// invokeID: chosen by the invoker, unique among its outstanding invocations.
    pub invoke_id: InvokeId,
    /// linkedID `[0]`: the invocation this one is linked to (not used by MAP SMS operations).
    pub linked_id: Option<InvokeId>,
    /// operationCode.
    pub opcode: Code<'a>,
    /// parameter: the operation's argument, if any.
    pub parameter: Option<Element<'a>>,
}

impl<'a> Invoke<'a> {
    /// An Invoke without linked ID.
    #[inline]
    pub const fn new(
        invoke_id: InvokeId,
        opcode: Code<'a>,
        parameter: Option<Element<'a>>,
    ) -> Self {
        Invoke {
            invoke_id,
            linked_id: None,
            opcode,
            parameter,
        }
    }

    fn lens(&self) -> Lens {
        let param = self.parameter.map(raw::measure_element).unwrap_or_default();
        Lens {
            content: raw::int_tlv(Tag::INTEGER, self.invoke_id)
                + self.linked_id.map_or(0, |l| raw::int_tlv(LINKED_ID, l))
                + self.opcode.encoded_len()
                + param.len,
            result: 0,
            param,
        }
    }

    fn write_contents<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, lens: Lens) {
        w.integer(Tag::INTEGER, self.invoke_id);
        if let Some(l) = self.linked_id {
            w.integer(LINKED_ID, l);
        }
        self.opcode.write(w);
        if let Some(p) = self.parameter {
            raw::write_measured(w, p, lens.param);
        }
    }

    #[inline]
    fn decode_contents(e: Element<'a>, invoke_id: &mut Option<InvokeId>) -> Result<Self, Failure> {
        let mut r = e.children()?;
        let id = read_next_invoke_id(&mut r)?;
        *invoke_id = Some(id);
        let linked_id = r.optional_with(LINKED_ID, "linkedID", Element::integer::<i8>)?;
        let opcode = read_next_code(&mut r, "operationCode")?;
        let parameter = r.next_element()?.map(|p| p.named("parameter"));
        r.finish()?;
        Ok(Invoke {
            invoke_id: id,
            linked_id,
            opcode,
            parameter,
        })
    }
}

/// The `result` of a ReturnResult: `SEQUENCE { operationCode, parameter }` (tcap.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationResult<'a> {
    /// operationCode of the operation answered.
    pub opcode: Code<'a>,
    /// The operation's result, one BER element.
    pub parameter: Element<'a>,
}

/// A ReturnResult component: returnResultLast (`A2`) or returnResultNotLast (`A7`, a segment of
/// a segmented result), `SEQUENCE { invokeID, result SEQUENCE { operationCode, parameter }
/// OPTIONAL }`. The result is absent for operations that return no value (an empty result,
/// `A2 03 02 01 <id>`).
///
/// ```
/// use smsip_tcap::{Code, Component, ReturnResult};
/// use smsip_ber::Element;
/// // alertServiceCentre's empty result (tcap.md §3).
/// let empty = ReturnResult::new(1, None);
/// assert_eq!(Component::ReturnResultLast(empty).to_vec(), [0xA2, 0x03, 0x02, 0x01, 0x01]);
/// let res = Element::from_ber(&[0x30, 0x00])?;
/// let with = ReturnResult::new(1, Some((Code::Local(45), res)));
/// assert_eq!(with.result.unwrap().opcode, Code::Local(45));
/// # Ok::<(), smsip_ber::DecodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReturnResult<'a> {
    /// invokeID of the invocation answered.
    pub invoke_id: InvokeId,
    /// The result, if the operation returns one.
    pub result: Option<OperationResult<'a>>,
}

impl<'a> ReturnResult<'a> {
    /// A ReturnResult with an optional (operationCode, parameter).
    #[inline]
    pub const fn new(invoke_id: InvokeId, result: Option<(Code<'a>, Element<'a>)>) -> Self {
        ReturnResult {
            invoke_id,
            result: match result {
                Some((opcode, parameter)) => Some(OperationResult { opcode, parameter }),
                None => None,
            },
        }
    }

    fn lens(&self) -> Lens {
        let id = raw::int_tlv(Tag::INTEGER, self.invoke_id);
        match self.result {
            Some(r) => {
                let param = raw::measure_element(r.parameter);
                let result = r.opcode.encoded_len() + param.len;
                Lens {
                    content: id + tlv_len(Tag::SEQUENCE, result),
                    result,
                    param,
                }
            }
            None => Lens {
                content: id,
                ..Lens::default()
            },
        }
    }

    fn write_contents<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, lens: Lens) {
        w.integer(Tag::INTEGER, self.invoke_id);
        if let Some(r) = self.result {
            w.header(Tag::SEQUENCE, true, lens.result);
            r.opcode.write(w);
            raw::write_measured(w, r.parameter, lens.param);
        }
    }

    fn decode_contents(e: Element<'a>, invoke_id: &mut Option<InvokeId>) -> Result<Self, Failure> {
        let mut r = e.children()?;
        let id = read_next_invoke_id(&mut r)?;
        *invoke_id = Some(id);
        let result = match r.optional(Tag::SEQUENCE, "result")? {
            Some(seq) => {
                let mut s = seq.children()?;
                let opcode = read_next_code(&mut s, "operationCode")?;
                let parameter = s.read("parameter")?;
                s.finish()?;
                Some(OperationResult { opcode, parameter })
            }
            None => None,
        };
        r.finish()?;
        Ok(ReturnResult {
            invoke_id: id,
            result,
        })
    }
}

/// A ReturnError component (`A3`): `SEQUENCE { invokeID, errorCode, parameter ANY DEFINED BY
/// errorCode OPTIONAL }`.
///
/// ```
/// use smsip_tcap::{Code, Component, ReturnError};
/// use smsip_ber::Element;
/// // absentSubscriberSM (6) with AbsentSubscriberSM-Param {absentSubscriberDiagnosticSM 1}, tcap.md §8.
/// let bytes = [0xA3, 0x0B, 0x02, 0x01, 0x01, 0x02, 0x01, 0x06, 0x30, 0x03, 0x02, 0x01, 0x01];
/// let Component::ReturnError(e) = Component::from_element(Element::from_ber(&bytes)?)? else { panic!() };
/// assert_eq!((e.invoke_id, e.error_code), (1, Code::Local(6)));
/// assert_eq!(e.parameter.unwrap().raw(), &bytes[8..]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReturnError<'a> {
    /// invokeID of the invocation answered.
    pub invoke_id: InvokeId,
    /// errorCode (MAP: a local value, e.g. 6 absentSubscriberSM).
    pub error_code: Code<'a>,
    /// The error's parameter, if any.
    pub parameter: Option<Element<'a>>,
}

impl<'a> ReturnError<'a> {
    /// A ReturnError.
    #[inline]
    pub const fn new(
        invoke_id: InvokeId,
        error_code: Code<'a>,
        parameter: Option<Element<'a>>,
    ) -> Self {
        ReturnError {
            invoke_id,
            error_code,
            parameter,
        }
    }

    fn lens(&self) -> Lens {
        let param = self.parameter.map(raw::measure_element).unwrap_or_default();
        Lens {
            content: raw::int_tlv(Tag::INTEGER, self.invoke_id)
                + self.error_code.encoded_len()
                + param.len,
            result: 0,
            param,
        }
    }

    fn write_contents<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, lens: Lens) {
        w.integer(Tag::INTEGER, self.invoke_id);
        self.error_code.write(w);
        if let Some(p) = self.parameter {
            raw::write_measured(w, p, lens.param);
        }
    }

    fn decode_contents(e: Element<'a>, invoke_id: &mut Option<InvokeId>) -> Result<Self, Failure> {
        let mut r = e.children()?;
        let id = read_next_invoke_id(&mut r)?;
        *invoke_id = Some(id);
        let error_code = read_next_code(&mut r, "errorCode")?;
        let parameter = r.next_element()?.map(|p| p.named("parameter"));
        r.finish()?;
        Ok(ReturnError {
            invoke_id: id,
            error_code,
            parameter,
        })
    }
}

/// One component (`Component ::= CHOICE { invoke [1], returnResultLast [2], returnError [3],
/// reject [4], returnResultNotLast [7] }`).
///
/// ```
/// use smsip_tcap::{decode, Code, Component};
/// // tcap.md §7: the Begin's component is the SRI-SM invoke.
/// let msg = smsip_core::hex::decode(
///     "62584804000000016B1E281C060700118605010101A011600F80020780A109060704000001001403\
///      6C30A12E0201010201 2D 3026800791447700091032 8101FF 820791447700090000 8700 880100\
///      89080C91447700094065 8B00").unwrap();
/// let begin = decode(&msg)?;
/// let Some(Ok(Component::Invoke(invoke))) = begin.components().next() else { panic!() };
/// assert_eq!((invoke.invoke_id, invoke.opcode), (1, Code::Local(45)));
/// let arg = invoke.parameter.unwrap();
/// assert_eq!((arg.offset(), arg.raw().len()), (50, 40)); // offsets in the whole message
/// # Ok::<(), smsip_tcap::DecodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Component<'a> {
    /// invoke `[1]`.
    Invoke(Invoke<'a>),
    /// returnResultLast `[2]`.
    ReturnResultLast(ReturnResult<'a>),
    /// returnError `[3]`.
    ReturnError(ReturnError<'a>),
    /// reject `[4]`.
    Reject(Reject),
    /// returnResultNotLast `[7]`.
    ReturnResultNotLast(ReturnResult<'a>),
}

impl<'a> Component<'a> {
    /// The component type.
    #[inline]
    pub const fn component_type(&self) -> ComponentType {
        match self {
            Component::Invoke(_) => ComponentType::Invoke,
            Component::ReturnResultLast(_) => ComponentType::ReturnResultLast,
            Component::ReturnError(_) => ComponentType::ReturnError,
            Component::Reject(_) => ComponentType::Reject,
            Component::ReturnResultNotLast(_) => ComponentType::ReturnResultNotLast,
        }
    }

    /// The invoke ID (`None` for a Reject whose invoke ID was not derivable).
    #[inline]
    pub const fn invoke_id(&self) -> Option<InvokeId> {
        match self {
            Component::Invoke(c) => Some(c.invoke_id),
            Component::ReturnResultLast(c) | Component::ReturnResultNotLast(c) => Some(c.invoke_id),
            Component::ReturnError(c) => Some(c.invoke_id),
            Component::Reject(c) => c.invoke_id,
        }
    }

    /// Decodes one component element (as the first of a component portion: errors carry
    /// index 0).
    #[inline]
    pub fn from_element(e: Element<'a>) -> Result<Self, DecodeError> {
        decode_component(e, 0)
    }

    /// The lengths of the component, measured once (the parameter's indefinite-length scan
    /// included) for [`write_lens`](Self::write_lens).
    fn lens(&self) -> Lens {
        match self {
            Component::Invoke(c) => c.lens(),
            Component::ReturnResultLast(c) | Component::ReturnResultNotLast(c) => c.lens(),
            Component::ReturnError(c) => c.lens(),
            Component::Reject(c) => Lens {
                content: c.content_len(),
                ..Lens::default()
            },
        }
    }

    /// Writes the component.
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        self.write_lens(w, self.lens());
    }

    /// Writes the component measured by [`lens`](Self::lens).
    fn write_lens<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>, lens: Lens) {
        w.header(self.component_type().tag(), true, lens.content);
        match self {
            Component::Invoke(c) => c.write_contents(w, lens),
            Component::ReturnResultLast(c) | Component::ReturnResultNotLast(c) => {
                c.write_contents(w, lens)
            }
            Component::ReturnError(c) => c.write_contents(w, lens),
            Component::Reject(c) => c.write_contents(w),
        }
    }

    /// Appends the encoding to `out`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write(&mut BerWriter::new(out));
    }

    /// Octets of the encoding.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        tlv_len(self.component_type().tag(), self.lens().content)
    }

    /// The encoding in a new `Vec`.
    #[cfg(feature = "alloc")]
    pub fn to_vec(&self) -> alloc::vec::Vec<u8> {
        let mut out = alloc::vec::Vec::with_capacity(self.encoded_len());
        self.encode(&mut out);
        out
    }
}

impl<'a> From<Invoke<'a>> for Component<'a> {
    fn from(c: Invoke<'a>) -> Self {
        Component::Invoke(c)
    }
}

impl<'a> From<ReturnError<'a>> for Component<'a> {
    fn from(c: ReturnError<'a>) -> Self {
        Component::ReturnError(c)
    }
}

impl From<Reject> for Component<'_> {
    fn from(c: Reject) -> Self {
        Component::Reject(c)
    }
}

/// The invokeID element: an INTEGER in -128..127.
pub(crate) fn read_invoke_id(e: Element<'_>) -> Result<InvokeId, Failure> {
    Ok(e.expect_tag(Tag::INTEGER)?.integer::<i8>()?)
}

/// The next element as an invokeID: `02 01 xx` straight, every other form (and every error)
/// by [`read_invoke_id`].
#[inline(always)]
fn read_next_invoke_id(r: &mut BerReader<'_>) -> Result<InvokeId, Failure> {
    match take_small_integer(r, "invokeID") {
        Some(id) => Ok(id),
        None => read_invoke_id(r.read("invokeID")?),
    }
}

/// The next element as an operation or error code (`name`): a one-octet local value
/// straight, every other form by [`Code::from_element`].
#[inline(always)]
fn read_next_code<'a>(r: &mut BerReader<'a>, name: &'static str) -> Result<Code<'a>, Failure> {
    match take_small_integer(r, name) {
        Some(v) => Ok(Code::Local(i64::from(v))),
        None => Ok(Code::from_element(r.read(name)?)?),
    }
}

/// The next element: an invokeID (or a local operation / error code) `02 01 xx`, straight;
/// `None` (nothing consumed) for any other form, which the general path reads.
#[inline(always)]
fn take_small_integer(r: &mut BerReader<'_>, name: &'static str) -> Option<i8> {
    let mut fast = r.clone();
    let e = fast.take_short(Tag::INTEGER, name)?;
    match (e.is_constructed(), e.content()) {
        (false, [b]) => {
            *r = fast;
            Some(*b as i8)
        }
        _ => None,
    }
}

/// Decodes the component `e`, the `index`-th of its portion.
#[inline]
pub(crate) fn decode_component(e: Element<'_>, index: usize) -> Result<Component<'_>, DecodeError> {
    let component_type = if e.is_constructed() {
        ComponentType::from_tag(e.tag())
    } else {
        None
    };
    let Some(ty) = component_type else {
        return Err(DecodeError::new(
            ErrorKind::UnrecognizedComponent { found: e.tag() },
            e.offset(),
            "component",
            Portion::Component {
                index,
                component_type: None,
                invoke_id: None,
                problem: GeneralProblem::UNRECOGNIZED_COMPONENT,
            },
        ));
    };
    let mut invoke_id = None;
    let decoded = match ty {
        ComponentType::Invoke => {
            Invoke::decode_contents(e.named("invoke"), &mut invoke_id).map(Component::Invoke)
        }
        ComponentType::ReturnResultLast => {
            ReturnResult::decode_contents(e.named("returnResultLast"), &mut invoke_id)
                .map(Component::ReturnResultLast)
        }
        ComponentType::ReturnError => {
            ReturnError::decode_contents(e.named("returnError"), &mut invoke_id)
                .map(Component::ReturnError)
        }
        ComponentType::Reject => {
            Reject::decode_contents(e.named("reject"), &mut invoke_id).map(Component::Reject)
        }
        ComponentType::ReturnResultNotLast => {
            ReturnResult::decode_contents(e.named("returnResultNotLast"), &mut invoke_id)
                .map(Component::ReturnResultNotLast)
        }
    };
    decoded.map_err(|f| {
        f.at(Portion::Component {
            index,
            component_type: Some(ty),
            invoke_id,
            problem: if is_encoding_violation(f.kind) {
                GeneralProblem::BADLY_STRUCTURED_COMPONENT
            } else {
                GeneralProblem::MISTYPED_COMPONENT
            },
        })
    })
}

/// The invoke ID of a component that could not even be delimited, read leniently: a low-tag
/// identifier, a length in any form, then `02 01 xx`.
fn derive_invoke_id(bytes: &[u8]) -> Option<InvokeId> {
    let (&b0, rest) = bytes.split_first()?;
    if b0 & 0x1F == 0x1F {
        return None;
    }
    let (&l0, rest) = rest.split_first()?;
    let skip = if l0 > 0x80 { usize::from(l0 & 0x7F) } else { 0 };
    match rest.get(skip..)? {
        [0x02, 0x01, id, ..] => Some(*id as i8),
        _ => None,
    }
}

/// The lengths of a component to write: its contents, a ReturnResult's `result` SEQUENCE
/// contents, and what was measured of its parameter.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Lens {
    content: usize,
    result: usize,
    param: raw::ElementLen,
}

/// Components whose [`Lens`] a [`PortionLens`] keeps; later ones are measured again when
/// written.
const KEPT_LENS: usize = 4;

/// What [`ComponentPortion::measure`] found.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PortionLens {
    /// A received portion, copied (or re-encoded).
    Received(raw::ElementLen),
    /// A built one: its contents length and its first components' lengths.
    Built {
        content: usize,
        kept: [Lens; KEPT_LENS],
    },
}

impl PortionLens {
    /// Octets of the `6C` element.
    #[inline]
    pub(crate) fn encoded_len(&self) -> usize {
        match self {
            PortionLens::Received(l) => l.len,
            PortionLens::Built { content, .. } => tlv_len(COMPONENT_PORTION, *content),
        }
    }
}

/// The component portion of a message: either received (the `6C` element, decoded lazily by
/// [`iter`](Self::iter)) or built from a slice of [`Component`]s.
///
/// Two portions are equal when they yield the same components (a received portion and a built
/// one can be equal).
///
/// ```
/// use smsip_tcap::{Code, Component, ComponentPortion, Invoke};
/// let comps = [Component::Invoke(Invoke::new(1, Code::Local(64), None))];
/// let portion = ComponentPortion::new(&comps);
/// let mut out = Vec::new();
/// portion.encode(&mut out);
/// assert_eq!(out, [0x6C, 0x08, 0xA1, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x40]);
/// assert_eq!(portion.iter().count(), 1);
/// ```
#[derive(Clone, Copy)]
pub struct ComponentPortion<'a> {
    repr: Repr<'a>,
}

#[derive(Clone, Copy)]
enum Repr<'a> {
    Received(Element<'a>),
    Built(&'a [Component<'a>]),
}

impl<'a> ComponentPortion<'a> {
    /// A portion of the given components (to encode). Q.773 requires at least one: an empty
    /// slice encodes as `6C 00`, which [`decode`](crate::decode) refuses.
    #[inline]
    pub const fn new(components: &'a [Component<'a>]) -> Self {
        ComponentPortion {
            repr: Repr::Built(components),
        }
    }

    /// A received portion: the `6C` element, whose framing was checked (constructed, not
    /// empty); its components are decoded when iterated.
    #[inline]
    pub(crate) const fn received(e: Element<'a>) -> Self {
        ComponentPortion {
            repr: Repr::Received(e),
        }
    }

    /// The components, decoded one at a time (fused on the first error).
    #[inline]
    pub fn iter(&self) -> Components<'a> {
        match self.repr {
            Repr::Received(e) => Components {
                inner: match e.children() {
                    Ok(r) => Inner::Received {
                        reader: r,
                        content: e.content(),
                        base: e.content_offset(),
                    },
                    // Already checked by the decoder; an error here is reported on the first
                    // next().
                    Err(err) => Inner::Failed(err),
                },
                index: 0,
            },
            Repr::Built(c) => Components {
                inner: Inner::Built(c.iter()),
                index: 0,
            },
        }
    }

    /// The received `6C` element (`None` for a built portion).
    #[inline]
    pub const fn as_element(&self) -> Option<Element<'a>> {
        match self.repr {
            Repr::Received(e) => Some(e),
            Repr::Built(_) => None,
        }
    }

    /// The built components (`None` for a received portion).
    #[inline]
    pub const fn as_slice(&self) -> Option<&'a [Component<'a>]> {
        match self.repr {
            Repr::Received(_) => None,
            Repr::Built(c) => Some(c),
        }
    }

    /// Writes the `6C` element. A received portion is copied byte for byte (re-encoded with
    /// definite lengths if it has indefinite ones); a built one is encoded.
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        self.write_measured(w, &self.measure());
    }

    /// Octets of the `6C` element [`write`](Self::write) writes.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        self.measure().encoded_len()
    }

    /// Measures the portion once: its length, and the lengths of the first components for
    /// [`write_measured`](Self::write_measured) (each parameter is scanned once, not once per
    /// enclosing length).
    pub(crate) fn measure(&self) -> PortionLens {
        match self.repr {
            Repr::Received(e) => PortionLens::Received(raw::measure_element(e)),
            Repr::Built(comps) => {
                let mut kept = [Lens::default(); KEPT_LENS];
                let mut content = 0;
                for (i, c) in comps.iter().enumerate() {
                    let lens = c.lens();
                    if let Some(k) = kept.get_mut(i) {
                        *k = lens;
                    }
                    content += tlv_len(c.component_type().tag(), lens.content);
                }
                PortionLens::Built { content, kept }
            }
        }
    }

    /// Writes the portion [`measure`](Self::measure) measured.
    pub(crate) fn write_measured<S: Sink + ?Sized>(
        &self,
        w: &mut BerWriter<'_, S>,
        m: &PortionLens,
    ) {
        match (self.repr, m) {
            (Repr::Received(e), PortionLens::Received(l)) => raw::write_measured(w, e, *l),
            (Repr::Built(comps), PortionLens::Built { content, kept }) => {
                w.header(COMPONENT_PORTION, true, *content);
                for (i, c) in comps.iter().enumerate() {
                    let lens = kept.get(i).copied().unwrap_or_else(|| c.lens());
                    c.write_lens(w, lens);
                }
            }
            // Not measured from this portion: measure it now.
            _ => self.write_measured(w, &self.measure()),
        }
    }

    /// Appends the encoding of the `6C` element to `out`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write(&mut BerWriter::new(out));
    }
}

impl<'a> IntoIterator for ComponentPortion<'a> {
    type Item = Result<Component<'a>, DecodeError>;
    type IntoIter = Components<'a>;

    #[inline]
    fn into_iter(self) -> Components<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &ComponentPortion<'a> {
    type Item = Result<Component<'a>, DecodeError>;
    type IntoIter = Components<'a>;

    #[inline]
    fn into_iter(self) -> Components<'a> {
        self.iter()
    }
}

impl PartialEq for ComponentPortion<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for ComponentPortion<'_> {}

impl fmt::Debug for ComponentPortion<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The lazy iterator over the components of a [`ComponentPortion`]: each item is a component or
/// the [`DecodeError`] of the first one that cannot be decoded (with
/// [`Portion::Component`]: its index, type, invoke ID if derivable and general problem, what
/// [`q774::answer`](crate::q774::answer) needs for the Reject). Fused after the first error:
/// Q.774 §3.2.2.2 discards the components after a faulty one.
#[derive(Debug, Clone)]
pub struct Components<'a> {
    inner: Inner<'a>,
    index: usize,
}

#[derive(Debug, Clone)]
enum Inner<'a> {
    Received {
        reader: BerReader<'a>,
        content: &'a [u8],
        base: usize,
    },
    Built(core::slice::Iter<'a, Component<'a>>),
    Failed(smsip_ber::DecodeError),
    Done,
}

impl<'a> Components<'a> {
    /// No components (a message without component portion).
    #[inline]
    pub const fn empty() -> Self {
        Components {
            inner: Inner::Done,
            index: 0,
        }
    }

    /// Index of the next component.
    #[inline]
    pub const fn index(&self) -> usize {
        self.index
    }
}

impl Default for Components<'_> {
    fn default() -> Self {
        Components::empty()
    }
}

impl<'a> Iterator for Components<'a> {
    type Item = Result<Component<'a>, DecodeError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let index = self.index;
        let item = match &mut self.inner {
            Inner::Done => return None,
            Inner::Built(it) => match it.next() {
                Some(c) => Ok(*c),
                None => {
                    self.inner = Inner::Done;
                    return None;
                }
            },
            Inner::Failed(e) => Err(Failure::from(*e).at(Portion::Component {
                index,
                component_type: None,
                invoke_id: None,
                problem: GeneralProblem::BADLY_STRUCTURED_COMPONENT,
            })),
            Inner::Received {
                reader,
                content,
                base,
            } => {
                let at = reader.offset();
                match reader.next_element() {
                    Ok(Some(e)) => decode_component(e, index),
                    Ok(None) => {
                        self.inner = Inner::Done;
                        return None;
                    }
                    Err(err) => {
                        // The component cannot be delimited: the encoding rules are violated.
                        let start = content.get(at.saturating_sub(*base)..).unwrap_or(&[]);
                        let component_type = start
                            .first()
                            .filter(|b| *b & 0x20 != 0)
                            .and_then(|b| ComponentType::from_tag(tag_of_octet(*b)));
                        let invoke_id = component_type.and_then(|_| derive_invoke_id(start));
                        Err(Failure::from(err).at(Portion::Component {
                            index,
                            component_type,
                            invoke_id,
                            problem: GeneralProblem::BADLY_STRUCTURED_COMPONENT,
                        }))
                    }
                }
            }
        };
        self.index += 1;
        if item.is_err() {
            self.inner = Inner::Done;
        }
        Some(item)
    }
}

impl core::iter::FusedIterator for Components<'_> {}
