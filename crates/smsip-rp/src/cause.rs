//! RP-Cause values (TS 24.011 §8.2.5.4, Table 8.4).

smsip_core::open_enum! {
    /// RP-Cause value (TS 24.011 §8.2.5.4, Table 8.4), the cause octet of the RP-Cause element.
    ///
    /// The value is the octet as received: bit 8 is the extension bit, sent as 0, so every
    /// assigned value has it clear; an octet with bit 8 set is kept as is (unnamed), so it
    /// re-encodes unchanged. Values not in the table are reserved.
    ///
    /// Each constant's note says which RP-ERROR may carry it (Table 8.4): "MO" = the network's
    /// answer to an MO RP-DATA, "MT" = the MS's answer to an MT RP-DATA, "SMMA" = the network's
    /// answer to RP-SMMA; 81 and 95-111 are for any of them.
    ///
    /// ```
    /// use smsip_rp::RpCause;
    /// assert_eq!(RpCause(22), RpCause::MEMORY_CAPACITY_EXCEEDED);
    /// assert_eq!(RpCause(22).to_string(), "Memory capacity exceeded");
    /// assert_eq!(format!("{:?}", RpCause(2)), "RpCause(0x02)");
    /// ```
    pub struct RpCause(u8) {
        /// 1: unassigned (unallocated) number (MO).
        UNASSIGNED_NUMBER = 1 => "Unassigned (unallocated) number",
        /// 8: operator determined barring (MO).
        OPERATOR_DETERMINED_BARRING = 8 => "Operator determined barring",
        /// 10: call barred (MO).
        CALL_BARRED = 10 => "Call barred",
        /// 11: reserved (listed as such in Table 8.4).
        RESERVED = 11 => "Reserved",
        /// 21: short message transfer rejected (MO).
        SHORT_MESSAGE_TRANSFER_REJECTED = 21 => "Short message transfer rejected",
        /// 22: memory capacity exceeded (MT: the MS cannot store the message; it sends
        /// RP-SMMA when it can again).
        MEMORY_CAPACITY_EXCEEDED = 22 => "Memory capacity exceeded",
        /// 27: destination out of order (MO).
        DESTINATION_OUT_OF_ORDER = 27 => "Destination out of order",
        /// 28: unidentified subscriber (MO).
        UNIDENTIFIED_SUBSCRIBER = 28 => "Unidentified subscriber",
        /// 29: facility rejected (MO).
        FACILITY_REJECTED = 29 => "Facility rejected",
        /// 30: unknown subscriber (MO, SMMA).
        UNKNOWN_SUBSCRIBER = 30 => "Unknown subscriber",
        /// 38: network out of order (MO, SMMA).
        NETWORK_OUT_OF_ORDER = 38 => "Network out of order",
        /// 41: temporary failure (MO, SMMA).
        TEMPORARY_FAILURE = 41 => "Temporary failure",
        /// 42: congestion (MO, SMMA).
        CONGESTION = 42 => "Congestion",
        /// 47: resources unavailable, unspecified (MO, SMMA).
        RESOURCES_UNAVAILABLE = 47 => "Resources unavailable, unspecified",
        /// 50: requested facility not subscribed (MO).
        REQUESTED_FACILITY_NOT_SUBSCRIBED = 50 => "Requested facility not subscribed",
        /// 69: requested facility not implemented (MO, SMMA).
        REQUESTED_FACILITY_NOT_IMPLEMENTED = 69 => "Requested facility not implemented",
        /// 81: invalid short message transfer reference value (an RP-MR that matches no
        /// transaction).
        INVALID_TRANSFER_REFERENCE = 81 => "Invalid short message transfer reference value",
        /// 95: semantically incorrect message.
        SEMANTICALLY_INCORRECT_MESSAGE = 95 => "Semantically incorrect message",
        /// 96: invalid mandatory information.
        INVALID_MANDATORY_INFORMATION = 96 => "Invalid mandatory information",
        /// 97: message type non-existent or not implemented.
        MESSAGE_TYPE_NON_EXISTENT = 97 => "Message type non-existent or not implemented",
        /// 98: message not compatible with short message protocol state.
        MESSAGE_NOT_COMPATIBLE = 98 => "Message not compatible with short message protocol state",
        /// 99: information element non-existent or not implemented.
        IE_NON_EXISTENT = 99 => "Information element non-existent or not implemented",
        /// 111: protocol error, unspecified.
        PROTOCOL_ERROR = 111 => "Protocol error, unspecified",
        /// 127: interworking, unspecified (MO, SMMA).
        INTERWORKING = 127 => "Interworking, unspecified",
    }
}

impl RpCause {
    /// The 7-bit cause value (bits 7-1), without the extension bit.
    #[inline]
    pub const fn cause_value(self) -> u8 {
        self.0 & 0x7F
    }
}
