//! reportSM-DeliveryStatus (opcode 47, shortMsgGatewayContext; TS 29.002 §12.3, map-sms.md
//! §5, §5.1, §6, §13.4): ReportSM-DeliveryStatusArg and ReportSM-DeliveryStatusRes.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{AddressString, ExtensionContainer, Imsi, Tag};

use crate::codec::{sequence, Addr, Enum, Ext, ImsiC, IntEnum, Isdn, Null};
#[cfg(feature = "alloc")]
use crate::common::CorrelationIdOwned;
use crate::common::{AbsentSubscriberDiagnosticSm, CorrelationId, SmDeliveryOutcome};

sequence! {
    /// ReportSM-DeliveryStatusArg, every member up to Rel-16 (map-sms.md §5, tags §5.1). The
    /// first three members are untagged and share tags (`04 04 0A`): they are told apart by
    /// position.
    ///
    /// ```
    /// use smsip_map::{AbsentSubscriberDiagnosticSm, ReportSmDeliveryStatusArg, SmDeliveryOutcome};
    /// // map-sms.md §13.4: absent via IMS, diagnostic 12, from an IP-SM-GW.
    /// let bytes = smsip_core::hex::decode(
    ///     "301A 04079144770009 1032 04079144770009 0000 0A0101 80010C 8600",
    /// ).unwrap();
    /// let arg = ReportSmDeliveryStatusArg::decode(&bytes)?;
    /// assert_eq!(arg.sm_delivery_outcome, SmDeliveryOutcome::ABSENT_SUBSCRIBER);
    /// assert_eq!(arg.absent_subscriber_diagnostic_sm, Some(AbsentSubscriberDiagnosticSm::NO_RESPONSE_VIA_IP_SM_GW));
    /// assert!(arg.ip_sm_gw_indicator);
    /// assert_eq!(arg.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct ReportSmDeliveryStatusArg / ReportSmDeliveryStatusArgOwned ("ReportSM-DeliveryStatusArg") {
        /// msisdn ISDN-AddressString.
        msisdn: req(Tag::OCTET_STRING, "msisdn") Isdn => AddressString<'a> | Vec<u8>,
        /// serviceCentreAddress AddressString.
        service_centre_address: req(Tag::OCTET_STRING, "serviceCentreAddress") Addr => AddressString<'a> | Vec<u8>,
        /// sm-DeliveryOutcome (mandatory in v2/v3; a v1 argument without it is rejected).
        sm_delivery_outcome: req(Tag::ENUMERATED, "sm-DeliveryOutcome") Enum<SmDeliveryOutcome> => SmDeliveryOutcome | SmDeliveryOutcome,
        /// absentSubscriberDiagnosticSM `[0]`.
        absent_subscriber_diagnostic_sm: opt(Tag::context(0), "absentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// extensionContainer `[1]`.
        extension_container: opt(Tag::context(1), "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// gprsSupportIndicator `[2]` NULL: the SMS-GMSC handles two delivery outcomes.
        gprs_support_indicator: flag(Tag::context(2), "gprsSupportIndicator") Null => bool | bool,
        /// deliveryOutcomeIndicator `[3]` NULL: sm-DeliveryOutcome is for GPRS.
        delivery_outcome_indicator: flag(Tag::context(3), "deliveryOutcomeIndicator") Null => bool | bool,
        /// additionalSM-DeliveryOutcome `[4]` (for GPRS).
        additional_sm_delivery_outcome: opt(Tag::context(4), "additionalSM-DeliveryOutcome") Enum<SmDeliveryOutcome> => SmDeliveryOutcome | SmDeliveryOutcome,
        /// additionalAbsentSubscriberDiagnosticSM `[5]` (for GPRS).
        additional_absent_subscriber_diagnostic_sm: opt(Tag::context(5), "additionalAbsentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// ip-sm-gw-Indicator `[6]` NULL: sm-DeliveryOutcome is for delivery via IMS.
        ip_sm_gw_indicator: flag(Tag::context(6), "ip-sm-gw-Indicator") Null => bool | bool,
        /// ip-sm-gw-sm-deliveryOutcome `[7]`: a separate outcome for IMS.
        ip_sm_gw_sm_delivery_outcome: opt(Tag::context(7), "ip-sm-gw-sm-deliveryOutcome") Enum<SmDeliveryOutcome> => SmDeliveryOutcome | SmDeliveryOutcome,
        /// ip-sm-gw-absentSubscriberDiagnosticSM `[8]`.
        ip_sm_gw_absent_subscriber_diagnostic_sm: opt(Tag::context(8), "ip-sm-gw-absentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// imsi `[9]` IMSI.
        imsi: opt(Tag::context(9), "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// singleAttemptDelivery `[10]` NULL.
        single_attempt_delivery: flag(Tag::context(10), "singleAttemptDelivery") Null => bool | bool,
        /// correlationID `[11]`.
        correlation_id: opt(Tag::context(11), "correlationID") CorrelationId<'a> => CorrelationId<'a> | CorrelationIdOwned,
        /// smsf-3gpp-deliveryOutcomeIndicator `[12]` NULL (Rel-16).
        smsf_3gpp_delivery_outcome_indicator: flag(Tag::context(12), "smsf-3gpp-deliveryOutcomeIndicator") Null => bool | bool,
        /// smsf-3gpp-deliveryOutcome `[13]` (Rel-16).
        smsf_3gpp_delivery_outcome: opt(Tag::context(13), "smsf-3gpp-deliveryOutcome") Enum<SmDeliveryOutcome> => SmDeliveryOutcome | SmDeliveryOutcome,
        /// smsf-3gpp-absentSubscriberDiagSM `[14]` (Rel-16).
        smsf_3gpp_absent_subscriber_diag_sm: opt(Tag::context(14), "smsf-3gpp-absentSubscriberDiagSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// smsf-non-3gpp-deliveryOutcomeIndicator `[15]` NULL (Rel-16).
        smsf_non_3gpp_delivery_outcome_indicator: flag(Tag::context(15), "smsf-non-3gpp-deliveryOutcomeIndicator") Null => bool | bool,
        /// smsf-non-3gpp-deliveryOutcome `[16]` (Rel-16).
        smsf_non_3gpp_delivery_outcome: opt(Tag::context(16), "smsf-non-3gpp-deliveryOutcome") Enum<SmDeliveryOutcome> => SmDeliveryOutcome | SmDeliveryOutcome,
        /// smsf-non-3gpp-absentSubscriberDiagSM `[17]` (Rel-16).
        smsf_non_3gpp_absent_subscriber_diag_sm: opt(Tag::context(17), "smsf-non-3gpp-absentSubscriberDiagSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
    }
    extensible unknown
}

impl<'a> ReportSmDeliveryStatusArg<'a> {
    /// An argument with the three mandatory members.
    pub const fn new(
        msisdn: AddressString<'a>,
        service_centre_address: AddressString<'a>,
        sm_delivery_outcome: SmDeliveryOutcome,
    ) -> Self {
        ReportSmDeliveryStatusArg {
            msisdn,
            service_centre_address,
            sm_delivery_outcome,
            absent_subscriber_diagnostic_sm: None,
            extension_container: None,
            gprs_support_indicator: false,
            delivery_outcome_indicator: false,
            additional_sm_delivery_outcome: None,
            additional_absent_subscriber_diagnostic_sm: None,
            ip_sm_gw_indicator: false,
            ip_sm_gw_sm_delivery_outcome: None,
            ip_sm_gw_absent_subscriber_diagnostic_sm: None,
            imsi: None,
            single_attempt_delivery: false,
            correlation_id: None,
            smsf_3gpp_delivery_outcome_indicator: false,
            smsf_3gpp_delivery_outcome: None,
            smsf_3gpp_absent_subscriber_diag_sm: None,
            smsf_non_3gpp_delivery_outcome_indicator: false,
            smsf_non_3gpp_delivery_outcome: None,
            smsf_non_3gpp_absent_subscriber_diag_sm: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

sequence! {
    /// ReportSM-DeliveryStatusRes (v3, map-sms.md §5). The v2 result is a bare
    /// ISDN-AddressString instead ([`ReturnResult::ReportSmDeliveryStatusV2`](crate::ReturnResult::ReportSmDeliveryStatusV2)).
    pub struct ReportSmDeliveryStatusRes / ReportSmDeliveryStatusResOwned ("ReportSM-DeliveryStatusRes") {
        /// storedMSISDN ISDN-AddressString (MSIsdn-Alert, when it differs).
        stored_msisdn: opt(Tag::OCTET_STRING, "storedMSISDN") Isdn => AddressString<'a> | Vec<u8>,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl Default for ReportSmDeliveryStatusRes<'_> {
    fn default() -> Self {
        ReportSmDeliveryStatusRes {
            stored_msisdn: None,
            extension_container: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}
