//! The Abort message (Q.773 TCAPMessages: `Abort ::= SEQUENCE { dtid, reason CHOICE {
//! p-abortCause, dialoguePortion } OPTIONAL }`; tcap.md §1, §6): the P-Abort of the transaction
//! sub-layer and the user abort carrying a dialogue portion.

use smsip_ber::writer::tlv_len;
use smsip_ber::{BerWriter, Oid};
use smsip_core::Sink;

use crate::message::{tid_len, MessageType, DTID, P_ABORT_CAUSE};
use crate::raw::int_tlv;
use crate::{Aare, DialoguePortion, TransactionId};

smsip_core::open_enum! {
    /// `P-AbortCause ::= [APPLICATION 10] IMPLICIT INTEGER (0..127)` (tcap.md §1).
    pub struct PAbortCause(u8) {
        /// The message type is not one of the five.
        UNRECOGNIZED_MESSAGE_TYPE = 0 => "unrecognizedMessageType",
        /// The dtid names no transaction (a Continue; End and Abort are discarded).
        UNRECOGNIZED_TRANSACTION_ID = 1 => "unrecognizedTransactionID",
        /// The transaction portion violates the encoding rules.
        BADLY_FORMATTED_TRANSACTION_PORTION = 2 => "badlyFormattedTransactionPortion",
        /// The transaction portion does not fit the message type.
        INCORRECT_TRANSACTION_PORTION = 3 => "incorrectTransactionPortion",
        /// No resources for a new transaction.
        RESOURCE_LIMITATION = 4 => "resourceLimitation",
    }
}

/// The reason of an Abort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbortReason<'a> {
    /// `p-abortCause` (`4A`): a P-Abort from the transaction sub-layer.
    PAbort(PAbortCause),
    /// `dialoguePortion` (`6B`): a user abort (U-ABORT) carrying an AARE (refusing the dialogue)
    /// or an ABRT.
    User(DialoguePortion<'a>),
}

/// An Abort message (`67`).
///
/// ```
/// use smsip_tcap::{decode, Abort, AbortReason, PAbortCause, TcapMessage, TransactionId};
/// // tcap.md §6: P-Abort unrecognizedTransactionID.
/// let bytes = [0x67, 0x09, 0x49, 0x04, 0x00, 0x00, 0x00, 0x01, 0x4A, 0x01, 0x01];
/// let abort = Abort::p_abort(TransactionId::from_u32(1), PAbortCause::UNRECOGNIZED_TRANSACTION_ID);
/// assert_eq!(decode(&bytes)?, TcapMessage::Abort(abort));
/// assert_eq!(abort.to_vec(), bytes);
/// # Ok::<(), smsip_tcap::DecodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Abort<'a> {
    /// dtid: the peer's transaction ID (its otid).
    pub dtid: TransactionId,
    /// The reason, absent in a bare user abort.
    pub reason: Option<AbortReason<'a>>,
}

impl<'a> Abort<'a> {
    /// An Abort without reason.
    #[inline]
    pub const fn new(dtid: TransactionId) -> Self {
        Abort { dtid, reason: None }
    }

    /// A P-Abort with `cause`.
    #[inline]
    pub const fn p_abort(dtid: TransactionId, cause: PAbortCause) -> Self {
        Abort {
            dtid,
            reason: Some(AbortReason::PAbort(cause)),
        }
    }

    /// A user abort carrying `dialogue` (an AARE or ABRT).
    #[inline]
    pub const fn user(dtid: TransactionId, dialogue: DialoguePortion<'a>) -> Self {
        Abort {
            dtid,
            reason: Some(AbortReason::User(dialogue)),
        }
    }

    /// The user abort refusing a dialogue whose application context is not supported, naming
    /// the context to fall back to (tcap.md §6).
    #[inline]
    pub const fn application_context_not_supported(
        dtid: TransactionId,
        supported: Oid<'a>,
    ) -> Self {
        Abort::user(
            dtid,
            DialoguePortion::Response(Aare::application_context_not_supported(supported)),
        )
    }

    /// The P-Abort cause, if any.
    #[inline]
    pub const fn p_abort_cause(&self) -> Option<PAbortCause> {
        match self.reason {
            Some(AbortReason::PAbort(c)) => Some(c),
            _ => None,
        }
    }

    /// The dialogue portion of a user abort, if any.
    #[inline]
    pub const fn dialogue_portion(&self) -> Option<DialoguePortion<'a>> {
        match self.reason {
            Some(AbortReason::User(d)) => Some(d),
            _ => None,
        }
    }

    pub(crate) fn content_len(&self) -> usize {
        tid_len(self.dtid)
            + match self.reason {
                Some(AbortReason::PAbort(c)) => int_tlv(P_ABORT_CAUSE, c.0),
                Some(AbortReason::User(d)) => d.encoded_len(),
                None => 0,
            }
    }

    /// Octets of the encoding.
    #[inline]
    pub fn encoded_len(&self) -> usize {
        tlv_len(MessageType::Abort.tag(), self.content_len())
    }

    /// Writes the message.
    pub fn write<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        w.header(MessageType::Abort.tag(), true, self.content_len());
        w.octet_string(DTID, self.dtid.as_bytes());
        match self.reason {
            Some(AbortReason::PAbort(c)) => w.integer(P_ABORT_CAUSE, c.0),
            Some(AbortReason::User(d)) => d.write(w),
            None => {}
        }
    }

    /// Appends the encoding to `out`.
    #[inline]
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write(&mut BerWriter::new(out));
    }

    /// The encoding in a new `Vec`.
    #[cfg(feature = "alloc")]
    pub fn to_vec(&self) -> alloc::vec::Vec<u8> {
        let mut out = alloc::vec::Vec::with_capacity(self.encoded_len());
        self.encode(&mut out);
        out
    }
}
