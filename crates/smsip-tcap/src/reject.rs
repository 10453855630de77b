//! The Reject component and its problem codes (Q.773 TCAPMessages: `Reject`, `GeneralProblem`,
//! `InvokeProblem`, `ReturnResultProblem`, `ReturnErrorProblem`; tcap.md §2, §3).

use smsip_ber::{BerWriter, Element, Tag};
use smsip_core::Sink;

use crate::component::{read_invoke_id, COMPONENT_REJECT};
use crate::error::Failure;
use crate::raw::int_tlv;
use crate::{ErrorKind, InvokeId};

smsip_core::open_enum! {
    /// GeneralProblem (Reject problem `[0]`; Q.773 names, X.880 names in the descriptions'
    /// brackets).
    pub struct GeneralProblem(u8) {
        /// The component type is not one Q.773 defines.
        UNRECOGNIZED_COMPONENT = 0 => "unrecognizedComponent (unrecognizedPDU)",
        /// The elements of the component are not those of its type.
        MISTYPED_COMPONENT = 1 => "mistypedComponent (mistypedPDU)",
        /// The component violates the encoding rules.
        BADLY_STRUCTURED_COMPONENT = 2 => "badlyStructuredComponent (badlyStructuredPDU)",
    }
}

smsip_core::open_enum! {
    /// InvokeProblem (Reject problem `[1]`).
    pub struct InvokeProblem(u8) {
        /// The invoke ID is already in use by an outstanding invocation.
        DUPLICATE_INVOKE_ID = 0 => "duplicateInvokeID (duplicateInvocation)",
        /// The operation code is not one of the application context.
        UNRECOGNIZED_OPERATION = 1 => "unrecognizedOperation",
        /// The parameter is not the operation's argument type (MAP: also a missing mandatory
        /// element, tcap.md §3).
        MISTYPED_PARAMETER = 2 => "mistypedParameter (mistypedArgument)",
        /// Not enough resources to perform the operation.
        RESOURCE_LIMITATION = 3 => "resourceLimitation",
        /// The dialogue is being released.
        INITIATING_RELEASE = 4 => "initiatingRelease (releaseInProgress)",
        /// The linked ID is not an outstanding invocation.
        UNRECOGNIZED_LINKED_ID = 5 => "unrecognizedLinkedID (unrecognizedLinkedId)",
        /// The linked operation does not expect linked invocations.
        LINKED_RESPONSE_UNEXPECTED = 6 => "linkedResponseUnexpected",
        /// This operation may not be linked to that one.
        UNEXPECTED_LINKED_OPERATION = 7 => "unexpectedLinkedOperation",
    }
}

smsip_core::open_enum! {
    /// ReturnResultProblem (Reject problem `[2]`).
    pub struct ReturnResultProblem(u8) {
        /// No outstanding invocation has this invoke ID.
        UNRECOGNIZED_INVOKE_ID = 0 => "unrecognizedInvokeID (unrecognizedInvocation)",
        /// The operation has no result.
        RETURN_RESULT_UNEXPECTED = 1 => "returnResultUnexpected (resultResponseUnexpected)",
        /// The result is not the operation's result type.
        MISTYPED_PARAMETER = 2 => "mistypedParameter (mistypedResult)",
    }
}

smsip_core::open_enum! {
    /// ReturnErrorProblem (Reject problem `[3]`).
    pub struct ReturnErrorProblem(u8) {
        /// No outstanding invocation has this invoke ID.
        UNRECOGNIZED_INVOKE_ID = 0 => "unrecognizedInvokeID (unrecognizedInvocation)",
        /// The operation reports no errors.
        RETURN_ERROR_UNEXPECTED = 1 => "returnErrorUnexpected (errorResponseUnexpected)",
        /// The error code is not known.
        UNRECOGNIZED_ERROR = 2 => "unrecognizedError",
        /// The error is not one the operation may report.
        UNEXPECTED_ERROR = 3 => "unexpectedError",
        /// The parameter is not the error's parameter type.
        MISTYPED_PARAMETER = 4 => "mistypedParameter",
    }
}

/// The problem of a Reject: `CHOICE { generalProblem [0], invokeProblem [1],
/// returnResultProblem [2], returnErrorProblem [3] }`, each an IMPLICIT INTEGER.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Problem {
    /// `[0]` a problem with the component itself.
    General(GeneralProblem),
    /// `[1]` a problem with an Invoke.
    Invoke(InvokeProblem),
    /// `[2]` a problem with a ReturnResult.
    ReturnResult(ReturnResultProblem),
    /// `[3]` a problem with a ReturnError.
    ReturnError(ReturnErrorProblem),
}

impl Problem {
    /// The context tag number of the alternative (`[0]`..`[3]`).
    #[inline]
    pub const fn tag_number(self) -> u32 {
        match self {
            Problem::General(_) => 0,
            Problem::Invoke(_) => 1,
            Problem::ReturnResult(_) => 2,
            Problem::ReturnError(_) => 3,
        }
    }

    /// The problem code as sent.
    #[inline]
    pub const fn code(self) -> u8 {
        match self {
            Problem::General(p) => p.0,
            Problem::Invoke(p) => p.0,
            Problem::ReturnResult(p) => p.0,
            Problem::ReturnError(p) => p.0,
        }
    }
}

/// A Reject component (`A4`): `SEQUENCE { invokeID CHOICE { derivable InvokeIdType,
/// not-derivable NULL }, problem }` — tcap.md §2, §3.
///
/// ```
/// use smsip_tcap::{Component, InvokeProblem, Problem, Reject};
/// use smsip_ber::Element;
/// // tcap.md §8: invokeID 1, invoke problem mistypedParameter.
/// let bytes = [0xA4, 0x06, 0x02, 0x01, 0x01, 0x81, 0x01, 0x02];
/// let Component::Reject(r) = Component::from_element(Element::from_ber(&bytes)?)? else { panic!() };
/// assert_eq!(r, Reject::invoke(1, InvokeProblem::MISTYPED_PARAMETER));
/// assert_eq!(r.problem, Problem::Invoke(InvokeProblem::MISTYPED_PARAMETER));
/// assert_eq!(Component::Reject(r).to_vec(), bytes);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Reject {
    /// The invoke ID of the rejected component, `None` when not derivable (encoded `05 00`).
    pub invoke_id: Option<InvokeId>,
    /// The problem.
    pub problem: Problem,
}

impl Reject {
    /// A Reject with a general problem (Q.774 §3.2.2.2: a component that cannot be decoded).
    #[inline]
    pub const fn general(invoke_id: Option<InvokeId>, problem: GeneralProblem) -> Self {
        Reject {
            invoke_id,
            problem: Problem::General(problem),
        }
    }

    /// A Reject of an Invoke (e.g. unrecognizedOperation, mistypedParameter, duplicateInvokeID:
    /// the TC-user's U-REJECT, or the component sub-layer's for duplicateInvokeID).
    #[inline]
    pub const fn invoke(invoke_id: InvokeId, problem: InvokeProblem) -> Self {
        Reject {
            invoke_id: Some(invoke_id),
            problem: Problem::Invoke(problem),
        }
    }

    /// A Reject of a ReturnResult (e.g. unrecognizedInvokeID).
    #[inline]
    pub const fn return_result(invoke_id: InvokeId, problem: ReturnResultProblem) -> Self {
        Reject {
            invoke_id: Some(invoke_id),
            problem: Problem::ReturnResult(problem),
        }
    }

    /// A Reject of a ReturnError (e.g. unrecognizedError).
    #[inline]
    pub const fn return_error(invoke_id: InvokeId, problem: ReturnErrorProblem) -> Self {
        Reject {
            invoke_id: Some(invoke_id),
            problem: Problem::ReturnError(problem),
        }
    }

    /// Writes the component (`A4 ...`).
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        w.header(COMPONENT_REJECT, true, self.content_len());
        self.write_contents(w);
    }

    pub(crate) fn content_len(&self) -> usize {
        let id = match self.invoke_id {
            Some(id) => int_tlv(Tag::INTEGER, id),
            None => 2,
        };
        id + int_tlv(Tag::context(self.problem.tag_number()), self.problem.code())
    }

    pub(crate) fn write_contents<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        match self.invoke_id {
            Some(id) => w.integer(Tag::INTEGER, id),
            None => w.null(Tag::NULL),
        }
        w.integer(Tag::context(self.problem.tag_number()), self.problem.code());
    }

    /// The contents of a Reject component (the caller checked the `A4` tag); the invoke ID is
    /// stored in `invoke_id` as soon as it is read.
    pub(crate) fn decode_contents(
        e: Element<'_>,
        invoke_id: &mut Option<InvokeId>,
    ) -> Result<Reject, Failure> {
        let mut r = e.children()?;
        let id = match r.read("invokeID")? {
            id if id.tag() == Tag::NULL => {
                id.null()?;
                None
            }
            id => {
                let id = read_invoke_id(id)?;
                *invoke_id = Some(id);
                Some(id)
            }
        };
        let p = r.read("problem")?;
        if !p.tag().is_context() || p.tag().number > 3 {
            return Err(Failure::new(
                ErrorKind::Ber(smsip_ber::ErrorKind::UnexpectedTag {
                    expected: Tag::context(0),
                    found: p.tag(),
                }),
                p.offset(),
                "problem",
            ));
        }
        let code: u8 = p.integer()?;
        let problem = match p.tag().number {
            0 => Problem::General(GeneralProblem(code)),
            1 => Problem::Invoke(InvokeProblem(code)),
            2 => Problem::ReturnResult(ReturnResultProblem(code)),
            _ => Problem::ReturnError(ReturnErrorProblem(code)),
        };
        r.finish()?;
        Ok(Reject {
            invoke_id: id,
            problem,
        })
    }
}
