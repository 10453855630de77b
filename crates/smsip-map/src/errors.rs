//! MAP errors of the short-message operations and anyTimeModification: codes and parameter
//! types (MAP-Errors and MAP-ER-DataTypes; map-sms.md §4, §8, §10, §11).
//!
//! Parameters are optional for every error but sm-DeliveryFailure. The untagged CHOICEs
//! SystemFailureParam and CallBarredParam accept both their v1/v2 form (a bare ENUMERATED,
//! `0A`) and their v3 form (a SEQUENCE, `30`), as map-sms.md §8 requires of a v3 decoder.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{BerWriter, Element, ExtensionContainer, Imsi, Tag};
use smsip_core::Sink;
use smsip_tpdu::{Direction, ReportContext, Tpdu};

use crate::codec::{sequence, Enum, Ext, ImsiC, IntEnum, Null, SignalInfoC, TimeC};
use crate::common::{AbsentSubscriberDiagnosticSm, Time};

smsip_core::open_enum! {
    /// A MAP error code (`errcode local INTEGER` of the ReturnError component; map-sms.md §4).
    ///
    /// ```
    /// use smsip_map::ErrorCode;
    /// assert_eq!(ErrorCode::SM_DELIVERY_FAILURE.value(), 32);
    /// assert_eq!(ErrorCode(6).to_string(), "absentSubscriberSM");
    /// ```
    pub struct ErrorCode(u8) {
        /// unknownSubscriber (1): UnknownSubscriberParam.
        UNKNOWN_SUBSCRIBER = 1 => "unknownSubscriber",
        /// unidentifiedSubscriber (5): UnidentifiedSubParam.
        UNIDENTIFIED_SUBSCRIBER = 5 => "unidentifiedSubscriber",
        /// absentSubscriberSM (6): AbsentSubscriberSM-Param.
        ABSENT_SUBSCRIBER_SM = 6 => "absentSubscriberSM",
        /// illegalSubscriber (9): IllegalSubscriberParam.
        ILLEGAL_SUBSCRIBER = 9 => "illegalSubscriber",
        /// bearerServiceNotProvisioned (10): BearerServNotProvParam.
        BEARER_SERVICE_NOT_PROVISIONED = 10 => "bearerServiceNotProvisioned",
        /// teleserviceNotProvisioned (11): TeleservNotProvParam.
        TELESERVICE_NOT_PROVISIONED = 11 => "teleserviceNotProvisioned",
        /// illegalEquipment (12): IllegalEquipmentParam.
        ILLEGAL_EQUIPMENT = 12 => "illegalEquipment",
        /// callBarred (13): CallBarredParam.
        CALL_BARRED = 13 => "callBarred",
        /// illegalSS-Operation (16): IllegalSS-OperationParam.
        ILLEGAL_SS_OPERATION = 16 => "illegalSS-Operation",
        /// ss-ErrorStatus (17): SS-Status.
        SS_ERROR_STATUS = 17 => "ss-ErrorStatus",
        /// ss-SubscriptionViolation (19): SS-SubscriptionViolationParam.
        SS_SUBSCRIPTION_VIOLATION = 19 => "ss-SubscriptionViolation",
        /// ss-Incompatibility (20): SS-IncompatibilityCause.
        SS_INCOMPATIBILITY = 20 => "ss-Incompatibility",
        /// facilityNotSupported (21): FacilityNotSupParam.
        FACILITY_NOT_SUPPORTED = 21 => "facilityNotSupported",
        /// absentSubscriber (27): AbsentSubscriberParam (v3), Mwd-Set BOOLEAN (v1).
        ABSENT_SUBSCRIBER = 27 => "absentSubscriber",
        /// subscriberBusyForMT-SMS (31): SubBusyForMT-SMS-Param.
        SUBSCRIBER_BUSY_FOR_MT_SMS = 31 => "subscriberBusyForMT-SMS",
        /// sm-DeliveryFailure (32): SM-DeliveryFailureCause (mandatory).
        SM_DELIVERY_FAILURE = 32 => "sm-DeliveryFailure",
        /// messageWaitingListFull (33): MessageWaitListFullParam.
        MESSAGE_WAITING_LIST_FULL = 33 => "messageWaitingListFull",
        /// systemFailure (34): SystemFailureParam.
        SYSTEM_FAILURE = 34 => "systemFailure",
        /// dataMissing (35): DataMissingParam.
        DATA_MISSING = 35 => "dataMissing",
        /// unexpectedDataValue (36): UnexpectedDataParam.
        UNEXPECTED_DATA_VALUE = 36 => "unexpectedDataValue",
        /// atm-NotAllowed (61): ATM-NotAllowedParam.
        ATM_NOT_ALLOWED = 61 => "atm-NotAllowed",
        /// informationNotAvailable (62): InformationNotAvailableParam.
        INFORMATION_NOT_AVAILABLE = 62 => "informationNotAvailable",
    }
}

impl ErrorCode {
    /// The errors an operation may return in v3 (map-sms.md §2, §10).
    ///
    /// ```
    /// use smsip_map::{ErrorCode, OpCode};
    /// assert!(ErrorCode::for_operation(OpCode::MT_FORWARD_SM).contains(&ErrorCode::SUBSCRIBER_BUSY_FOR_MT_SMS));
    /// assert!(ErrorCode::for_operation(OpCode::INFORM_SERVICE_CENTRE).is_empty());
    /// ```
    pub const fn for_operation(op: crate::OpCode) -> &'static [ErrorCode] {
        use ErrorCode as E;
        match op.0 {
            45 => &[
                E::SYSTEM_FAILURE,
                E::DATA_MISSING,
                E::UNEXPECTED_DATA_VALUE,
                E::FACILITY_NOT_SUPPORTED,
                E::UNKNOWN_SUBSCRIBER,
                E::TELESERVICE_NOT_PROVISIONED,
                E::CALL_BARRED,
                E::ABSENT_SUBSCRIBER_SM,
            ],
            46 => &[
                E::SYSTEM_FAILURE,
                E::UNEXPECTED_DATA_VALUE,
                E::FACILITY_NOT_SUPPORTED,
                E::SM_DELIVERY_FAILURE,
            ],
            44 => &[
                E::SYSTEM_FAILURE,
                E::DATA_MISSING,
                E::UNEXPECTED_DATA_VALUE,
                E::FACILITY_NOT_SUPPORTED,
                E::UNIDENTIFIED_SUBSCRIBER,
                E::ILLEGAL_SUBSCRIBER,
                E::ILLEGAL_EQUIPMENT,
                E::SUBSCRIBER_BUSY_FOR_MT_SMS,
                E::SM_DELIVERY_FAILURE,
                E::ABSENT_SUBSCRIBER_SM,
            ],
            47 => &[
                E::DATA_MISSING,
                E::UNEXPECTED_DATA_VALUE,
                E::UNKNOWN_SUBSCRIBER,
                E::MESSAGE_WAITING_LIST_FULL,
            ],
            64 => &[E::SYSTEM_FAILURE, E::DATA_MISSING, E::UNEXPECTED_DATA_VALUE],
            66 => &[
                E::DATA_MISSING,
                E::UNEXPECTED_DATA_VALUE,
                E::FACILITY_NOT_SUPPORTED,
                E::UNKNOWN_SUBSCRIBER,
            ],
            21 => &[E::SYSTEM_FAILURE, E::UNEXPECTED_DATA_VALUE],
            65 => &[
                E::ATM_NOT_ALLOWED,
                E::DATA_MISSING,
                E::UNEXPECTED_DATA_VALUE,
                E::UNKNOWN_SUBSCRIBER,
                E::BEARER_SERVICE_NOT_PROVISIONED,
                E::TELESERVICE_NOT_PROVISIONED,
                E::CALL_BARRED,
                E::ILLEGAL_SS_OPERATION,
                E::SS_SUBSCRIPTION_VIOLATION,
                E::SS_ERROR_STATUS,
                E::SS_INCOMPATIBILITY,
                E::INFORMATION_NOT_AVAILABLE,
            ],
            _ => &[],
        }
    }
}

smsip_core::open_enum! {
    /// SM-EnumeratedDeliveryFailureCause ::= ENUMERATED (map-sms.md §4, §8).
    pub struct SmEnumeratedDeliveryFailureCause(u8) {
        /// memoryCapacityExceeded (0), MT.
        MEMORY_CAPACITY_EXCEEDED = 0 => "memoryCapacityExceeded",
        /// equipmentProtocolError (1), MO and MT.
        EQUIPMENT_PROTOCOL_ERROR = 1 => "equipmentProtocolError",
        /// equipmentNotSM-Equipped (2), MT.
        EQUIPMENT_NOT_SM_EQUIPPED = 2 => "equipmentNotSM-Equipped",
        /// unknownServiceCentre (3), MO.
        UNKNOWN_SERVICE_CENTRE = 3 => "unknownServiceCentre",
        /// sc-Congestion (4), MO.
        SC_CONGESTION = 4 => "sc-Congestion",
        /// invalidSME-Address (5), MO.
        INVALID_SME_ADDRESS = 5 => "invalidSME-Address",
        /// subscriberNotSC-Subscriber (6), MO.
        SUBSCRIBER_NOT_SC_SUBSCRIBER = 6 => "subscriberNotSC-Subscriber",
    }
}

smsip_core::open_enum! {
    /// NetworkResource ::= ENUMERATED (MAP-CommonDataTypes, map-sms.md §7).
    pub struct NetworkResource(u8) {
        /// plmn (0)
        PLMN = 0 => "plmn",
        /// hlr (1)
        HLR = 1 => "hlr",
        /// vlr (2)
        VLR = 2 => "vlr",
        /// pvlr (3)
        PVLR = 3 => "pvlr",
        /// controllingMSC (4)
        CONTROLLING_MSC = 4 => "controllingMSC",
        /// vmsc (5)
        VMSC = 5 => "vmsc",
        /// eir (6)
        EIR = 6 => "eir",
        /// rss (7)
        RSS = 7 => "rss",
    }
}

smsip_core::open_enum! {
    /// AdditionalNetworkResource ::= ENUMERATED (extensible; unknown values are to be ignored).
    pub struct AdditionalNetworkResource(u8) {
        /// sgsn (0)
        SGSN = 0 => "sgsn",
        /// ggsn (1)
        GGSN = 1 => "ggsn",
        /// gmlc (2)
        GMLC = 2 => "gmlc",
        /// gsmSCF (3)
        GSM_SCF = 3 => "gsmSCF",
        /// nplr (4)
        NPLR = 4 => "nplr",
        /// auc (5)
        AUC = 5 => "auc",
        /// ue (6)
        UE = 6 => "ue",
        /// mme (7)
        MME = 7 => "mme",
    }
}

smsip_core::open_enum! {
    /// FailureCauseParam ::= ENUMERATED (extensible).
    pub struct FailureCauseParam(u8) {
        /// limitReachedOnNumberOfConcurrentLocationRequests (0)
        LIMIT_REACHED_ON_NUMBER_OF_CONCURRENT_LOCATION_REQUESTS = 0 => "limitReachedOnNumberOfConcurrentLocationRequests",
    }
}

smsip_core::open_enum! {
    /// UnknownSubscriberDiagnostic ::= ENUMERATED (extensible).
    pub struct UnknownSubscriberDiagnostic(u8) {
        /// imsiUnknown (0)
        IMSI_UNKNOWN = 0 => "imsiUnknown",
        /// gprs-eps-SubscriptionUnknown (1)
        GPRS_EPS_SUBSCRIPTION_UNKNOWN = 1 => "gprs-eps-SubscriptionUnknown",
        /// npdbMismatch (2)
        NPDB_MISMATCH = 2 => "npdbMismatch",
    }
}

smsip_core::open_enum! {
    /// CallBarringCause ::= ENUMERATED.
    pub struct CallBarringCause(u8) {
        /// barringServiceActive (0)
        BARRING_SERVICE_ACTIVE = 0 => "barringServiceActive",
        /// operatorBarring (1)
        OPERATOR_BARRING = 1 => "operatorBarring",
    }
}

smsip_core::open_enum! {
    /// AbsentSubscriberReason ::= ENUMERATED (extensible; TS 29.002 MAP-ER-DataTypes, not
    /// quoted in map-sms.md).
    pub struct AbsentSubscriberReason(u8) {
        /// imsiDetach (0)
        IMSI_DETACH = 0 => "imsiDetach",
        /// restrictedArea (1)
        RESTRICTED_AREA = 1 => "restrictedArea",
        /// noPageResponse (2)
        NO_PAGE_RESPONSE = 2 => "noPageResponse",
        /// purgedMS (3)
        PURGED_MS = 3 => "purgedMS",
        /// mtRoamingRetry (4)
        MT_ROAMING_RETRY = 4 => "mtRoamingRetry",
        /// busySubscriber (5)
        BUSY_SUBSCRIBER = 5 => "busySubscriber",
    }
}

sequence! {
    /// The parameter of the errors that carry only an extension container (`SEQUENCE {
    /// extensionContainer OPTIONAL, ... }`): UnidentifiedSubParam, IllegalSubscriberParam,
    /// IllegalEquipmentParam, BearerServNotProvParam, TeleservNotProvParam, DataMissingParam,
    /// MessageWaitListFullParam, ATM-NotAllowedParam, IllegalSS-OperationParam,
    /// SS-SubscriptionViolationParam, InformationNotAvailableParam (map-sms.md §8).
    pub struct ExtensibleParam / ExtensibleParamOwned ("ExtensibleParam") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl Default for ExtensibleParam<'_> {
    fn default() -> Self {
        ExtensibleParam {
            extension_container: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

/// UnidentifiedSubParam (unidentifiedSubscriber, 5).
pub type UnidentifiedSubParam<'a> = ExtensibleParam<'a>;
/// IllegalSubscriberParam (illegalSubscriber, 9).
pub type IllegalSubscriberParam<'a> = ExtensibleParam<'a>;
/// IllegalEquipmentParam (illegalEquipment, 12).
pub type IllegalEquipmentParam<'a> = ExtensibleParam<'a>;
/// BearerServNotProvParam (bearerServiceNotProvisioned, 10).
pub type BearerServNotProvParam<'a> = ExtensibleParam<'a>;
/// TeleservNotProvParam (teleserviceNotProvisioned, 11).
pub type TeleservNotProvParam<'a> = ExtensibleParam<'a>;
/// DataMissingParam (dataMissing, 35).
pub type DataMissingParam<'a> = ExtensibleParam<'a>;
/// MessageWaitListFullParam (messageWaitingListFull, 33).
pub type MessageWaitListFullParam<'a> = ExtensibleParam<'a>;
/// ATM-NotAllowedParam (atm-NotAllowed, 61).
pub type AtmNotAllowedParam<'a> = ExtensibleParam<'a>;
/// IllegalSS-OperationParam (illegalSS-Operation, 16).
pub type IllegalSsOperationParam<'a> = ExtensibleParam<'a>;
/// SS-SubscriptionViolationParam (ss-SubscriptionViolation, 19).
pub type SsSubscriptionViolationParam<'a> = ExtensibleParam<'a>;
/// InformationNotAvailableParam (informationNotAvailable, 62).
pub type InformationNotAvailableParam<'a> = ExtensibleParam<'a>;

sequence! {
    /// UnknownSubscriberParam (unknownSubscriber, 1).
    pub struct UnknownSubscriberParam / UnknownSubscriberParamOwned ("UnknownSubscriberParam") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// unknownSubscriberDiagnostic.
        unknown_subscriber_diagnostic: opt(Tag::ENUMERATED, "unknownSubscriberDiagnostic") Enum<UnknownSubscriberDiagnostic> => UnknownSubscriberDiagnostic | UnknownSubscriberDiagnostic,
    }
    extensible unknown
}

sequence! {
    /// UnexpectedDataParam (unexpectedDataValue, 36).
    pub struct UnexpectedDataParam / UnexpectedDataParamOwned ("UnexpectedDataParam") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// unexpectedSubscriber `[0]` NULL.
        unexpected_subscriber: flag(Tag::context(0), "unexpectedSubscriber") Null => bool | bool,
    }
    extensible unknown
}

sequence! {
    /// FacilityNotSupParam (facilityNotSupported, 21).
    pub struct FacilityNotSupParam / FacilityNotSupParamOwned ("FacilityNotSupParam") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// shapeOfLocationEstimateNotSupported `[0]` NULL.
        shape_of_location_estimate_not_supported: flag(Tag::context(0), "shapeOfLocationEstimateNotSupported") Null => bool | bool,
        /// neededLcsCapabilityNotSupportedInServingNode `[1]` NULL.
        needed_lcs_capability_not_supported_in_serving_node: flag(Tag::context(1), "neededLcsCapabilityNotSupportedInServingNode") Null => bool | bool,
    }
    extensible unknown
}

sequence! {
    /// SubBusyForMT-SMS-Param (subscriberBusyForMT-SMS, 31).
    pub struct SubBusyForMtSmsParam / SubBusyForMtSmsParamOwned ("SubBusyForMT-SMS-Param") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// gprsConnectionSuspended NULL.
        gprs_connection_suspended: flag(Tag::NULL, "gprsConnectionSuspended") Null => bool | bool,
    }
    extensible unknown
}

sequence! {
    /// AbsentSubscriberSM-Param (absentSubscriberSM, 6; map-sms.md §8, §13.4).
    ///
    /// ```
    /// use smsip_map::{AbsentSubscriberDiagnosticSm, AbsentSubscriberSmParam};
    /// // jss7-err-absent-subscriber-sm (RestComm/jss7 MAPErrorMessageTest), map-sms.md §13.4
    /// let p = AbsentSubscriberSmParam::decode(&[0x30, 0x03, 0x02, 0x01, 0x01])?;
    /// assert_eq!(p.absent_subscriber_diagnostic_sm, Some(AbsentSubscriberDiagnosticSm::IMSI_DETACHED));
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct AbsentSubscriberSmParam / AbsentSubscriberSmParamOwned ("AbsentSubscriberSM-Param") {
        /// absentSubscriberDiagnosticSM (non-GPRS, or GPRS when alone).
        absent_subscriber_diagnostic_sm: opt(Tag::INTEGER, "absentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// additionalAbsentSubscriberDiagnosticSM `[0]` (GPRS).
        additional_absent_subscriber_diagnostic_sm: opt(Tag::context(0), "additionalAbsentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// imsi `[1]` IMSI (HLR to IP-SM-GW: absent for CS and PS but not IMS).
        imsi: opt(Tag::context(1), "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// requestedRetransmissionTime `[2]` Time.
        requested_retransmission_time: opt(Tag::context(2), "requestedRetransmissionTime") TimeC => Time | Time,
        /// userIdentifierAlert `[3]` IMSI.
        user_identifier_alert: opt(Tag::context(3), "userIdentifierAlert") ImsiC => Imsi<'a> | Vec<u8>,
    }
    extensible unknown
}

impl AbsentSubscriberSmParam<'_> {
    /// The parameter with only absentSubscriberDiagnosticSM (`None`: an empty parameter).
    ///
    /// ```
    /// use smsip_map::{AbsentSubscriberDiagnosticSm, AbsentSubscriberSmParam};
    /// let p = AbsentSubscriberSmParam::new(Some(AbsentSubscriberDiagnosticSm::IMSI_DETACHED));
    /// assert_eq!(p.to_vec(), [0x30, 0x03, 0x02, 0x01, 0x01]); // IMSI detached (1)
    /// assert_eq!(AbsentSubscriberSmParam::default().to_vec(), [0x30, 0x00]);
    /// ```
    pub const fn new(diagnostic: Option<AbsentSubscriberDiagnosticSm>) -> Self {
        AbsentSubscriberSmParam {
            absent_subscriber_diagnostic_sm: diagnostic,
            extension_container: None,
            additional_absent_subscriber_diagnostic_sm: None,
            imsi: None,
            requested_retransmission_time: None,
            user_identifier_alert: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

impl Default for AbsentSubscriberSmParam<'_> {
    fn default() -> Self {
        Self::new(None)
    }
}

sequence! {
    /// AbsentSubscriberParam (absentSubscriber, 27, v3; TS 29.002 MAP-ER-DataTypes, not quoted
    /// in map-sms.md): `SEQUENCE { extensionContainer OPTIONAL, ..., absentSubscriberReason [0]
    /// OPTIONAL }`.
    pub struct AbsentSubscriberParam / AbsentSubscriberParamOwned ("AbsentSubscriberParam") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// absentSubscriberReason `[0]`.
        absent_subscriber_reason: opt(Tag::context(0), "absentSubscriberReason") Enum<AbsentSubscriberReason> => AbsentSubscriberReason | AbsentSubscriberReason,
    }
    extensible unknown
}

sequence! {
    /// SM-DeliveryFailureCause (sm-DeliveryFailure, 32; map-sms.md §4, §8): the cause and the
    /// SMS-SUBMIT-REPORT / SMS-DELIVER-REPORT of an RP-ERROR in `diagnosticInfo`. The v2 CHOICE
    /// alternative sm-DeliveryFailureCauseWithDiagnostic has the same encoding; the v1 form (a
    /// bare ENUMERATED) is [`ErrorParam::SmDeliveryFailureV1`].
    ///
    /// ```
    /// use smsip_map::{SmDeliveryFailureCause, SmEnumeratedDeliveryFailureCause};
    /// // jss7-err-sm-delivery-failure (RestComm/jss7 MAPErrorMessageTest)
    /// let p = SmDeliveryFailureCause::decode(&[0x30, 0x03, 0x0A, 0x01, 0x05])?;
    /// assert_eq!(p.sm_enumerated_delivery_failure_cause, SmEnumeratedDeliveryFailureCause::INVALID_SME_ADDRESS);
    /// assert!(p.diagnostic_info.is_none());
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct SmDeliveryFailureCause / SmDeliveryFailureCauseOwned ("SM-DeliveryFailureCause") {
        /// sm-EnumeratedDeliveryFailureCause.
        sm_enumerated_delivery_failure_cause: req(Tag::ENUMERATED, "sm-EnumeratedDeliveryFailureCause") Enum<SmEnumeratedDeliveryFailureCause> => SmEnumeratedDeliveryFailureCause | SmEnumeratedDeliveryFailureCause,
        /// diagnosticInfo SignalInfo: the report TPDU of the RP-ERROR.
        diagnostic_info: opt(Tag::OCTET_STRING, "diagnosticInfo") SignalInfoC => &'a [u8] | Vec<u8>,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> SmDeliveryFailureCause<'a> {
    /// A cause without diagnostic.
    pub const fn new(cause: SmEnumeratedDeliveryFailureCause) -> Self {
        SmDeliveryFailureCause {
            sm_enumerated_delivery_failure_cause: cause,
            diagnostic_info: None,
            extension_container: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }

    /// diagnosticInfo as a report TPDU of an RP-ERROR travelling in `dir` (MO: SC to MS,
    /// SMS-SUBMIT-REPORT; MT: MS to SC, SMS-DELIVER-REPORT), if present.
    pub fn diagnostic_tpdu(
        &self,
        dir: Direction,
    ) -> Option<Result<Tpdu<'a>, smsip_tpdu::DecodeError>> {
        self.diagnostic_info
            .map(|ui| Tpdu::decode_with(ui, dir, ReportContext::Error))
    }
}

sequence! {
    /// ExtensibleSystemFailureParam (the v3 alternative of SystemFailureParam).
    pub struct ExtensibleSystemFailureParam / ExtensibleSystemFailureParamOwned ("ExtensibleSystemFailureParam") {
        /// networkResource.
        network_resource: opt(Tag::ENUMERATED, "networkResource") Enum<NetworkResource> => NetworkResource | NetworkResource,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// additionalNetworkResource `[0]`.
        additional_network_resource: opt(Tag::context(0), "additionalNetworkResource") Enum<AdditionalNetworkResource> => AdditionalNetworkResource | AdditionalNetworkResource,
        /// failureCauseParam `[1]`.
        failure_cause_param: opt(Tag::context(1), "failureCauseParam") Enum<FailureCauseParam> => FailureCauseParam | FailureCauseParam,
    }
    extensible unknown
}

sequence! {
    /// ExtensibleCallBarredParam (the v3 alternative of CallBarredParam).
    pub struct ExtensibleCallBarredParam / ExtensibleCallBarredParamOwned ("ExtensibleCallBarredParam") {
        /// callBarringCause.
        call_barring_cause: opt(Tag::ENUMERATED, "callBarringCause") Enum<CallBarringCause> => CallBarringCause | CallBarringCause,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// unauthorisedMessageOriginator `[1]` NULL.
        unauthorised_message_originator: flag(Tag::context(1), "unauthorisedMessageOriginator") Null => bool | bool,
        /// anonymousCallRejection `[2]` NULL.
        anonymous_call_rejection: flag(Tag::context(2), "anonymousCallRejection") Null => bool | bool,
    }
    extensible unknown
}

/// SystemFailureParam ::= CHOICE (untagged; map-sms.md §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// Views are `Copy` and decoding does not allocate, so no variant is boxed.
#[allow(clippy::large_enum_variant)]
pub enum SystemFailureParam<'a> {
    /// networkResource NetworkResource (`0A`, v1/v2).
    NetworkResource(NetworkResource),
    /// extensibleSystemFailureParam (`30`, v3).
    Extensible(ExtensibleSystemFailureParam<'a>),
}

/// CallBarredParam ::= CHOICE (untagged; map-sms.md §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// Views are `Copy` and decoding does not allocate, so no variant is boxed.
#[allow(clippy::large_enum_variant)]
pub enum CallBarredParam<'a> {
    /// callBarringCause CallBarringCause (`0A`, v1/v2).
    CallBarringCause(CallBarringCause),
    /// extensibleCallBarredParam (`30`, v3).
    Extensible(ExtensibleCallBarredParam<'a>),
}

/// The parameter of a ReturnError, typed by its error code (see [`decode_err`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorParam<'a> {
    /// No parameter (every error's parameter but sm-DeliveryFailure's is optional; v1/v2
    /// errors mostly have none).
    Absent,
    /// unknownSubscriber (1).
    UnknownSubscriber(UnknownSubscriberParam<'a>),
    /// unidentifiedSubscriber (5).
    UnidentifiedSubscriber(UnidentifiedSubParam<'a>),
    /// absentSubscriberSM (6).
    AbsentSubscriberSm(AbsentSubscriberSmParam<'a>),
    /// illegalSubscriber (9).
    IllegalSubscriber(IllegalSubscriberParam<'a>),
    /// bearerServiceNotProvisioned (10).
    BearerServiceNotProvisioned(BearerServNotProvParam<'a>),
    /// teleserviceNotProvisioned (11).
    TeleserviceNotProvisioned(TeleservNotProvParam<'a>),
    /// illegalEquipment (12).
    IllegalEquipment(IllegalEquipmentParam<'a>),
    /// callBarred (13).
    CallBarred(CallBarredParam<'a>),
    /// illegalSS-Operation (16).
    IllegalSsOperation(IllegalSsOperationParam<'a>),
    /// ss-ErrorStatus (17): SS-Status ::= OCTET STRING (SIZE (1)).
    SsErrorStatus(u8),
    /// ss-SubscriptionViolation (19).
    SsSubscriptionViolation(SsSubscriptionViolationParam<'a>),
    /// ss-Incompatibility (20): SS-IncompatibilityCause, kept raw.
    SsIncompatibility(Element<'a>),
    /// facilityNotSupported (21).
    FacilityNotSupported(FacilityNotSupParam<'a>),
    /// absentSubscriber (27), v3.
    AbsentSubscriber(AbsentSubscriberParam<'a>),
    /// absentSubscriber (27), v1: Mwd-Set ::= BOOLEAN.
    AbsentSubscriberMwdSet(bool),
    /// subscriberBusyForMT-SMS (31).
    SubscriberBusyForMtSms(SubBusyForMtSmsParam<'a>),
    /// sm-DeliveryFailure (32), v2/v3.
    SmDeliveryFailure(SmDeliveryFailureCause<'a>),
    /// sm-DeliveryFailure (32), v1: a bare SM-EnumeratedDeliveryFailureCause.
    SmDeliveryFailureV1(SmEnumeratedDeliveryFailureCause),
    /// messageWaitingListFull (33).
    MessageWaitingListFull(MessageWaitListFullParam<'a>),
    /// systemFailure (34).
    SystemFailure(SystemFailureParam<'a>),
    /// dataMissing (35).
    DataMissing(DataMissingParam<'a>),
    /// unexpectedDataValue (36).
    UnexpectedDataValue(UnexpectedDataParam<'a>),
    /// atm-NotAllowed (61).
    AtmNotAllowed(AtmNotAllowedParam<'a>),
    /// informationNotAvailable (62).
    InformationNotAvailable(InformationNotAvailableParam<'a>),
}

/// Decodes the parameter of the ReturnError with `code`. `bytes` holds the parameter element
/// (empty when the component carries none: [`ErrorParam::Absent`], except for
/// sm-DeliveryFailure whose parameter is mandatory).
///
/// ```
/// use smsip_map::{decode_err, ErrorCode, ErrorParam, SystemFailureParam, NetworkResource};
/// // map-sms.md §13.4: A3 0B 02 01 01 02 01 06 | 30 03 02 01 01
/// let ErrorParam::AbsentSubscriberSm(p) = decode_err(ErrorCode::ABSENT_SUBSCRIBER_SM, &[0x30, 0x03, 0x02, 0x01, 0x01])? else { panic!() };
/// assert_eq!(p.absent_subscriber_diagnostic_sm.map(|d| d.value()), Some(1));
/// // systemFailure in its v1/v2 form: NetworkResource hlr.
/// let e = decode_err(ErrorCode::SYSTEM_FAILURE, &[0x0A, 0x01, 0x01])?;
/// assert_eq!(e, ErrorParam::SystemFailure(SystemFailureParam::NetworkResource(NetworkResource::HLR)));
/// assert_eq!(decode_err(ErrorCode::DATA_MISSING, &[])?, ErrorParam::Absent);
/// assert!(decode_err(ErrorCode::SM_DELIVERY_FAILURE, &[]).is_err());
/// # Ok::<(), smsip_map::DecodeError>(())
/// ```
pub fn decode_err(code: ErrorCode, bytes: &[u8]) -> Result<ErrorParam<'_>, crate::DecodeError> {
    let mut r = smsip_ber::BerReader::new(bytes).named("error parameter");
    let param = match r.next_element()? {
        None => return ErrorParam::absent(code),
        Some(e) => e,
    };
    r.finish()?;
    ErrorParam::from_element(code, param)
}

impl<'a> ErrorParam<'a> {
    fn absent(code: ErrorCode) -> Result<Self, crate::DecodeError> {
        if code == ErrorCode::SM_DELIVERY_FAILURE {
            Err(smsip_ber::DecodeError::new(
                smsip_ber::ErrorKind::MissingMandatory,
                0,
                "SM-DeliveryFailureCause",
            )
            .into())
        } else if code.name().is_some() {
            Ok(ErrorParam::Absent)
        } else {
            Err(crate::DecodeError::UnsupportedError(code))
        }
    }

    /// Decodes the parameter element `e` of an error with `code` (offsets of `e`'s buffer).
    pub fn from_element(code: ErrorCode, e: Element<'a>) -> Result<Self, crate::DecodeError> {
        use ErrorParam as P;
        let seq = |e: Element<'a>, name: &'static str| e.named(name).expect_tag(Tag::SEQUENCE);
        let ext = |e: Element<'a>| -> Result<ExtensibleParam<'a>, crate::DecodeError> {
            ExtensibleParam::from_element(seq(e, code.description().unwrap_or("error parameter"))?)
        };
        Ok(match code {
            ErrorCode::UNKNOWN_SUBSCRIBER => P::UnknownSubscriber(
                UnknownSubscriberParam::from_element(seq(e, "UnknownSubscriberParam")?)?,
            ),
            ErrorCode::UNIDENTIFIED_SUBSCRIBER => P::UnidentifiedSubscriber(ext(e)?),
            ErrorCode::ABSENT_SUBSCRIBER_SM => P::AbsentSubscriberSm(
                AbsentSubscriberSmParam::from_element(seq(e, "AbsentSubscriberSM-Param")?)?,
            ),
            ErrorCode::ILLEGAL_SUBSCRIBER => P::IllegalSubscriber(ext(e)?),
            ErrorCode::BEARER_SERVICE_NOT_PROVISIONED => P::BearerServiceNotProvisioned(ext(e)?),
            ErrorCode::TELESERVICE_NOT_PROVISIONED => P::TeleserviceNotProvisioned(ext(e)?),
            ErrorCode::ILLEGAL_EQUIPMENT => P::IllegalEquipment(ext(e)?),
            ErrorCode::CALL_BARRED => P::CallBarred(if e.tag() == Tag::ENUMERATED {
                CallBarredParam::CallBarringCause(CallBarringCause(
                    e.named("callBarringCause").enumerated::<u8>()?,
                ))
            } else {
                CallBarredParam::Extensible(ExtensibleCallBarredParam::from_element(seq(
                    e,
                    "ExtensibleCallBarredParam",
                )?)?)
            }),
            ErrorCode::ILLEGAL_SS_OPERATION => P::IllegalSsOperation(ext(e)?),
            ErrorCode::SS_ERROR_STATUS => {
                let e = e.named("SS-Status").expect_tag(Tag::OCTET_STRING)?;
                match e.octet_string()? {
                    [b] => P::SsErrorStatus(*b),
                    other => {
                        return Err(crate::codec::bad_size(
                            1,
                            1,
                            other.len(),
                            e.offset(),
                            e.name(),
                        ))
                    }
                }
            }
            ErrorCode::SS_SUBSCRIPTION_VIOLATION => P::SsSubscriptionViolation(ext(e)?),
            ErrorCode::SS_INCOMPATIBILITY => {
                P::SsIncompatibility(seq(e, "SS-IncompatibilityCause")?)
            }
            ErrorCode::FACILITY_NOT_SUPPORTED => P::FacilityNotSupported(
                FacilityNotSupParam::from_element(seq(e, "FacilityNotSupParam")?)?,
            ),
            ErrorCode::ABSENT_SUBSCRIBER => {
                if e.tag() == Tag::BOOLEAN {
                    P::AbsentSubscriberMwdSet(e.named("Mwd-Set").boolean()?)
                } else {
                    P::AbsentSubscriber(AbsentSubscriberParam::from_element(seq(
                        e,
                        "AbsentSubscriberParam",
                    )?)?)
                }
            }
            ErrorCode::SUBSCRIBER_BUSY_FOR_MT_SMS => P::SubscriberBusyForMtSms(
                SubBusyForMtSmsParam::from_element(seq(e, "SubBusyForMT-SMS-Param")?)?,
            ),
            ErrorCode::SM_DELIVERY_FAILURE => {
                if e.tag() == Tag::ENUMERATED {
                    P::SmDeliveryFailureV1(SmEnumeratedDeliveryFailureCause(
                        e.named("SM-EnumeratedDeliveryFailureCause")
                            .enumerated::<u8>()?,
                    ))
                } else {
                    P::SmDeliveryFailure(SmDeliveryFailureCause::from_element(seq(
                        e,
                        "SM-DeliveryFailureCause",
                    )?)?)
                }
            }
            ErrorCode::MESSAGE_WAITING_LIST_FULL => P::MessageWaitingListFull(ext(e)?),
            ErrorCode::SYSTEM_FAILURE => P::SystemFailure(if e.tag() == Tag::ENUMERATED {
                SystemFailureParam::NetworkResource(NetworkResource(
                    e.named("networkResource").enumerated::<u8>()?,
                ))
            } else {
                SystemFailureParam::Extensible(ExtensibleSystemFailureParam::from_element(seq(
                    e,
                    "ExtensibleSystemFailureParam",
                )?)?)
            }),
            ErrorCode::DATA_MISSING => P::DataMissing(ext(e)?),
            ErrorCode::UNEXPECTED_DATA_VALUE => P::UnexpectedDataValue(
                UnexpectedDataParam::from_element(seq(e, "UnexpectedDataParam")?)?,
            ),
            ErrorCode::ATM_NOT_ALLOWED => P::AtmNotAllowed(ext(e)?),
            ErrorCode::INFORMATION_NOT_AVAILABLE => P::InformationNotAvailable(ext(e)?),
            other => return Err(crate::DecodeError::UnsupportedError(other)),
        })
    }

    /// The error code of a typed parameter (`None` for [`Absent`](Self::Absent)).
    pub const fn code(&self) -> Option<ErrorCode> {
        use ErrorParam as P;
        Some(match self {
            P::Absent => return None,
            P::UnknownSubscriber(_) => ErrorCode::UNKNOWN_SUBSCRIBER,
            P::UnidentifiedSubscriber(_) => ErrorCode::UNIDENTIFIED_SUBSCRIBER,
            P::AbsentSubscriberSm(_) => ErrorCode::ABSENT_SUBSCRIBER_SM,
            P::IllegalSubscriber(_) => ErrorCode::ILLEGAL_SUBSCRIBER,
            P::BearerServiceNotProvisioned(_) => ErrorCode::BEARER_SERVICE_NOT_PROVISIONED,
            P::TeleserviceNotProvisioned(_) => ErrorCode::TELESERVICE_NOT_PROVISIONED,
            P::IllegalEquipment(_) => ErrorCode::ILLEGAL_EQUIPMENT,
            P::CallBarred(_) => ErrorCode::CALL_BARRED,
            P::IllegalSsOperation(_) => ErrorCode::ILLEGAL_SS_OPERATION,
            P::SsErrorStatus(_) => ErrorCode::SS_ERROR_STATUS,
            P::SsSubscriptionViolation(_) => ErrorCode::SS_SUBSCRIPTION_VIOLATION,
            P::SsIncompatibility(_) => ErrorCode::SS_INCOMPATIBILITY,
            P::FacilityNotSupported(_) => ErrorCode::FACILITY_NOT_SUPPORTED,
            P::AbsentSubscriber(_) | P::AbsentSubscriberMwdSet(_) => ErrorCode::ABSENT_SUBSCRIBER,
            P::SubscriberBusyForMtSms(_) => ErrorCode::SUBSCRIBER_BUSY_FOR_MT_SMS,
            P::SmDeliveryFailure(_) | P::SmDeliveryFailureV1(_) => ErrorCode::SM_DELIVERY_FAILURE,
            P::MessageWaitingListFull(_) => ErrorCode::MESSAGE_WAITING_LIST_FULL,
            P::SystemFailure(_) => ErrorCode::SYSTEM_FAILURE,
            P::DataMissing(_) => ErrorCode::DATA_MISSING,
            P::UnexpectedDataValue(_) => ErrorCode::UNEXPECTED_DATA_VALUE,
            P::AtmNotAllowed(_) => ErrorCode::ATM_NOT_ALLOWED,
            P::InformationNotAvailable(_) => ErrorCode::INFORMATION_NOT_AVAILABLE,
        })
    }

    /// Writes the parameter element (nothing for [`Absent`](Self::Absent)).
    pub fn write_ber<S: Sink + ?Sized>(&self, w: &mut BerWriter<'_, S>) {
        use ErrorParam as P;
        match self {
            P::Absent => {}
            P::UnknownSubscriber(p) => p.write_ber(w),
            P::UnidentifiedSubscriber(p)
            | P::IllegalSubscriber(p)
            | P::BearerServiceNotProvisioned(p)
            | P::TeleserviceNotProvisioned(p)
            | P::IllegalEquipment(p)
            | P::IllegalSsOperation(p)
            | P::SsSubscriptionViolation(p)
            | P::MessageWaitingListFull(p)
            | P::DataMissing(p)
            | P::AtmNotAllowed(p)
            | P::InformationNotAvailable(p) => p.write_ber(w),
            P::AbsentSubscriberSm(p) => p.write_ber(w),
            P::CallBarred(CallBarredParam::CallBarringCause(c)) => {
                w.enumerated(Tag::ENUMERATED, c.0)
            }
            P::CallBarred(CallBarredParam::Extensible(p)) => p.write_ber(w),
            P::SsErrorStatus(b) => w.octet_string(Tag::OCTET_STRING, &[*b]),
            P::SsIncompatibility(e) => w.element(*e),
            P::FacilityNotSupported(p) => p.write_ber(w),
            P::AbsentSubscriber(p) => p.write_ber(w),
            P::AbsentSubscriberMwdSet(b) => w.boolean(Tag::BOOLEAN, *b),
            P::SubscriberBusyForMtSms(p) => p.write_ber(w),
            P::SmDeliveryFailure(p) => p.write_ber(w),
            P::SmDeliveryFailureV1(c) => w.enumerated(Tag::ENUMERATED, c.0),
            P::SystemFailure(SystemFailureParam::NetworkResource(n)) => {
                w.enumerated(Tag::ENUMERATED, n.0)
            }
            P::SystemFailure(SystemFailureParam::Extensible(p)) => p.write_ber(w),
            P::UnexpectedDataValue(p) => p.write_ber(w),
        }
    }

    /// Appends the parameter element to `out` (nothing for [`Absent`](Self::Absent)).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.write_ber(&mut BerWriter::new(out));
    }

    /// Octets [`encode`](Self::encode) writes.
    pub fn encoded_len(&self) -> usize {
        smsip_ber::writer::measure(|w| self.write_ber(w))
    }
}
