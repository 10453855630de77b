//! Operation codes (map-sms.md §2; TS 29.002 §17.5, `local` values in the TCAP component).

smsip_core::open_enum! {
    /// A MAP operation code (`opCode local INTEGER`, `02 01 2D` = 45). Codes this crate has no
    /// types for are still representable (an open enum).
    ///
    /// ```
    /// use smsip_map::OpCode;
    /// assert_eq!(OpCode::MT_FORWARD_SM.value(), 44);
    /// assert_eq!(OpCode::FORWARD_SM, OpCode::MO_FORWARD_SM); // 46 in every version
    /// assert_eq!(format!("{:?}", OpCode(45)), "OpCode::SEND_ROUTING_INFO_FOR_SM");
    /// assert_eq!(OpCode(45).to_string(), "sendRoutingInfoForSM");
    /// assert!(OpCode(99).name().is_none());
    /// ```
    pub struct OpCode(u8) {
        /// mt-ForwardSM-VGCS (21), v3 only; no types in this crate.
        MT_FORWARD_SM_VGCS = 21 => "mt-ForwardSM-VGCS",
        /// mt-ForwardSM (44), v3: [`MtForwardSmArg`](crate::MtForwardSmArg) /
        /// [`MtForwardSmRes`](crate::MtForwardSmRes).
        MT_FORWARD_SM = 44 => "mt-ForwardSM",
        /// sendRoutingInfoForSM (45): [`RoutingInfoForSmArg`](crate::RoutingInfoForSmArg) /
        /// [`RoutingInfoForSmRes`](crate::RoutingInfoForSmRes).
        SEND_ROUTING_INFO_FOR_SM = 45 => "sendRoutingInfoForSM",
        /// mo-ForwardSM (46) in v3 ([`MoForwardSmArg`](crate::MoForwardSmArg)); forwardSM
        /// (46) in v1/v2 ([`ForwardSmArg`](crate::ForwardSmArg)), MO and MT.
        MO_FORWARD_SM = 46 => "mo-ForwardSM",
        /// reportSM-DeliveryStatus (47).
        REPORT_SM_DELIVERY_STATUS = 47 => "reportSM-DeliveryStatus",
        /// noteSubscriberPresent (48), v1 only: argument IMSI, no result.
        NOTE_SUBSCRIBER_PRESENT = 48 => "noteSubscriberPresent",
        /// alertServiceCentreWithoutResult (49), v1 only: no result.
        ALERT_SERVICE_CENTRE_WITHOUT_RESULT = 49 => "alertServiceCentreWithoutResult",
        /// informServiceCentre (63): no result (class 4).
        INFORM_SERVICE_CENTRE = 63 => "informServiceCentre",
        /// alertServiceCentre (64): empty result.
        ALERT_SERVICE_CENTRE = 64 => "alertServiceCentre",
        /// anyTimeModification (65): IP-SM-GW registration (TS 29.002 8.11.4).
        ANY_TIME_MODIFICATION = 65 => "anyTimeModification",
        /// readyForSM (66).
        READY_FOR_SM = 66 => "readyForSM",
    }
}

impl OpCode {
    /// forwardSM (46), the v1/v2 name of mo-ForwardSM's code (map-sms.md §11).
    pub const FORWARD_SM: OpCode = OpCode(46);

    /// The application context whose dialogues carry the operation (its v3 context, or the
    /// highest version it exists in; map-sms.md §3).
    ///
    /// ```
    /// use smsip_map::{ApplicationContext, OpCode};
    /// assert_eq!(OpCode::REPORT_SM_DELIVERY_STATUS.application_context(), Some(ApplicationContext::ShortMsgGateway));
    /// assert_eq!(OpCode(99).application_context(), None);
    /// ```
    pub const fn application_context(self) -> Option<crate::ApplicationContext> {
        use crate::ApplicationContext as Ac;
        Some(match self.0 {
            21 => Ac::ShortMsgMtRelayVgcs,
            44 => Ac::ShortMsgMtRelay,
            45 | 47 | 63 => Ac::ShortMsgGateway,
            46 => Ac::ShortMsgMoRelay,
            48 | 66 => Ac::MwdMngt,
            49 | 64 => Ac::ShortMsgAlert,
            65 => Ac::AnyTimeInfoHandling,
            _ => return None,
        })
    }
}
