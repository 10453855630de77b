//! # smsip-map
//!
//! Zero-copy decoding and allocation-free encoding of the MAP short-message operations of
//! 3GPP TS 29.002 (Release 16, module version19) and of anyTimeModification as an IP-SM-GW
//! uses it for registration, on top of the [`smsip_ber`] reader and writer. The reference is
//! the project's `map-sms.md`; clauses are cited as "map-sms.md §n" and "TS 29.002 §n".
//!
//! * **Operations** ([`OpCode`]): sendRoutingInfoForSM (45), mo-ForwardSM (46) and the v1/v2
//!   forwardSM (46), mt-ForwardSM (44), reportSM-DeliveryStatus (47), informServiceCentre
//!   (63), alertServiceCentre (64) and its v1 form (49), readyForSM (66), noteSubscriberPresent
//!   (48, v1), anyTimeModification (65). One module per family: [`sri_sm`], [`forward_sm`],
//!   [`report_sm_delivery_status`], [`alert`], [`inform_sc`], [`ready_for_sm`],
//!   [`any_time_modification`].
//! * **Errors** ([`ErrorCode`], [`errors`]): the parameters of every error those operations
//!   return, v1/v2 forms included.
//! * **Application contexts** ([`contexts`]): the AC names as [`Oid`](smsip_ber::Oid)
//!   constants, [`ApplicationContext`] with its versions, and [`contexts::lookup`] from an OID
//!   to (context, version).
//! * **Dispatch** ([`decode_arg`], [`decode_res`], [`decode_err`]): opcode or error code to the
//!   typed value, over [`Argument`], [`ReturnResult`] and [`ErrorParam`].
//! * **Dialogue PDUs** ([`dialogue_pdu`]): MAP-OPEN ... MAP-P-ABORT info in TCAP user information.
//!
//! ## Shapes
//!
//! Every SEQUENCE is a borrowed view `Foo<'a>` with public fields named after the ASN.1
//! members: addresses and identities are [`AddressString`](smsip_ber::AddressString) and
//! [`Imsi`](smsip_ber::Imsi) views, `sm-RP-UI` a `&'a [u8]` readable as a typed
//! [`Tpdu`](smsip_tpdu::Tpdu) ([`MtForwardSmArg::tpdu`]), extension containers
//! [`ExtensionContainer`](smsip_ber::ExtensionContainer)s, ENUMERATEDs open enums whose unknown
//! values round-trip. Each type has `decode(bytes)`, `from_element(element)`,
//! `encode(&mut sink)` (a `Vec<u8>` or a fixed [`SliceSink`](smsip_core::SliceSink)),
//! `write_ber(&mut BerWriter)`, `encoded_len()`, and with `alloc` `to_vec()` and
//! `into_owned()`, which returns the owned twin `FooOwned` (members in `Vec<u8>`s, back to a
//! view with `as_view()`).
//!
//! ## Decoding rules
//!
//! * IMPLICIT tagging as the modules declare it (map-sms.md §1, §5.1); explicit tags on
//!   CHOICE-typed members (`additional-Number [6]`, `subscriberIdentity [0]`).
//! * Members in definition order. A repeated member ([`DecodeError::RepeatedMember`]), a known
//!   member after later ones ([`DecodeError::MisplacedMember`]), a missing mandatory member,
//!   trailing data, a size or range violation: an error with the octet offset and the member
//!   name; BER-level errors wrap [`smsip_ber::DecodeError`] ([`DecodeError::Ber`]).
//! * Unknown extension additions after `...` are kept as borrowed raw elements (the `unknown`
//!   field of each extensible type) and written back after the known members. An unknown
//!   element followed by a known member is an error (the known member is misplaced); closed
//!   types (CorrelationID, NetworkNodeDiameterAddress) accept no unknown element at all.
//! * Decoding never allocates and never panics; values are written back with definite,
//!   minimal lengths, so a canonical input re-encodes to the same octets.
//!
//! ```
//! use smsip_map::{decode_arg, Argument, OpCode, SmRpDa};
//! use smsip_tpdu::Tpdu;
//! // MT-ForwardSM-Arg of map-sms.md §13.2, as handed over by TCAP (opcode 44).
//! let bytes = smsip_core::hex::decode(
//!     "3045800800010121436587F98407914477000900000418040C9144770009406500004230514103004005\
//!      C8329BFD063013A011300F060A2B0601040181FD5901010101FF02013C",
//! ).unwrap();
//! let Argument::MtForwardSm(mt) = decode_arg(OpCode::MT_FORWARD_SM, &bytes)? else { panic!() };
//! let SmRpDa::Imsi(imsi) = mt.sm_rp_da else { panic!() };
//! assert_eq!(imsi.to_string(), "001010123456789");
//! let Ok(Tpdu::Deliver(deliver)) = mt.tpdu() else { panic!() };
//! let mut text = String::new();
//! deliver.text_into(&mut text);
//! assert_eq!(text, "Hello");
//! assert_eq!(mt.to_vec(), bytes);
//!
//! // Keep it beyond the buffer's life.
//! let owned = mt.into_owned();
//! drop(bytes);
//! assert_eq!(owned.as_view()?.sm_delivery_timer, Some(60));
//! # Ok::<(), smsip_map::DecodeError>(())
//! ```
//!
//! ## Features
//!
//! `std` (default) implies `alloc`, which adds the owned twins and `to_vec()`. Without both the
//! crate is `no_std` and allocation-free. `arbitrary` derives `arbitrary::Arbitrary` for the
//! plain value types (open enums, [`Time`]).
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod codec;
mod common;
mod dispatch;
mod error;

pub mod alert;
pub mod any_time_modification;
pub mod contexts;
pub mod dialogue;
pub mod dialogue_pdu;
pub mod errors;
pub mod forward_sm;
pub mod inform_sc;
pub mod opcodes;
pub mod ready_for_sm;
pub mod report_sm_delivery_status;
pub mod sri_sm;

pub use alert::{AlertServiceCentreArg, SmsGmscAlertEvent};
pub use any_time_modification::{
    AnyTimeModificationArg, AnyTimeModificationRes, ModificationInstruction,
    ModificationRequestForIpSmGwData,
};
pub use common::{
    AbsentSubscriberDiagnosticSm, AdditionalNumber, CorrelationId, NetworkNodeDiameterAddress,
    SmDeliveryOutcome, SmRpDa, SmRpOa, SubscriberIdentity, Time,
};
#[cfg(feature = "alloc")]
pub use common::{
    AdditionalNumberOwned, BitStringOwned, CorrelationIdOwned, NetworkNodeDiameterAddressOwned,
    SmRpDaOwned, SmRpOaOwned, SubscriberIdentityOwned,
};
pub use contexts::ApplicationContext;
pub use dispatch::{
    decode_arg, decode_arg_versioned, decode_res, decode_res_versioned, Argument, ReturnResult,
};
pub use error::DecodeError;
pub use errors::{
    decode_err, AbsentSubscriberParam, AbsentSubscriberReason, AbsentSubscriberSmParam,
    AdditionalNetworkResource, CallBarredParam, CallBarringCause, ErrorCode, ErrorParam,
    ExtensibleCallBarredParam, ExtensibleParam, ExtensibleSystemFailureParam, FacilityNotSupParam,
    FailureCauseParam, NetworkResource, SmDeliveryFailureCause, SmEnumeratedDeliveryFailureCause,
    SubBusyForMtSmsParam, SystemFailureParam, UnexpectedDataParam, UnknownSubscriberDiagnostic,
    UnknownSubscriberParam,
};
pub use forward_sm::{
    ForwardSmArg, MoForwardSmArg, MoForwardSmRes, MtForwardSmArg, MtForwardSmRes,
};
#[cfg(feature = "alloc")]
pub use forward_sm::{
    ForwardSmArgOwned, MoForwardSmArgOwned, MoForwardSmResOwned, MtForwardSmArgOwned,
    MtForwardSmResOwned,
};
pub use inform_sc::{mw_status, InformServiceCentreArg};
pub use opcodes::OpCode;
pub use ready_for_sm::{AlertReason, ReadyForSmArg, ReadyForSmRes};
pub use report_sm_delivery_status::{ReportSmDeliveryStatusArg, ReportSmDeliveryStatusRes};
pub use sri_sm::{
    IpSmGwGuidance, LocationInfoWithLmsi, RoutingInfoForSmArg, RoutingInfoForSmRes,
    SmDeliveryNotIntended,
};
#[cfg(feature = "alloc")]
pub use sri_sm::{
    IpSmGwGuidanceOwned, LocationInfoWithLmsiOwned, RoutingInfoForSmArgOwned,
    RoutingInfoForSmResOwned,
};
