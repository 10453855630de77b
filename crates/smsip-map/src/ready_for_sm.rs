//! readyForSM (opcode 66, mwdMngtContext; TS 29.002 §12.4; map-sms.md §5, §5.1, §6):
//! ReadyForSM-Arg and ReadyForSM-Res.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{ExtensionContainer, Imsi, Tag};

use crate::codec::{sequence, Enum, Ext, ImsiC, Null, TimeC};
use crate::common::Time;

smsip_core::open_enum! {
    /// AlertReason ::= ENUMERATED (map-sms.md §5.3).
    pub struct AlertReason(u8) {
        /// ms-Present (0)
        MS_PRESENT = 0 => "ms-Present",
        /// memoryAvailable (1)
        MEMORY_AVAILABLE = 1 => "memoryAvailable",
    }
}

sequence! {
    /// ReadyForSM-Arg (map-sms.md §5): the VLR, SGSN or IP-SM-GW tells the HLR the subscriber
    /// is reachable again or has memory available.
    pub struct ReadyForSmArg / ReadyForSmArgOwned ("ReadyForSM-Arg") {
        /// imsi `[0]` IMSI.
        imsi: req(Tag::context(0), "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// alertReason.
        alert_reason: req(Tag::ENUMERATED, "alertReason") Enum<AlertReason> => AlertReason | AlertReason,
        /// alertReasonIndicator NULL: sent due to GPRS activity (SGSN).
        alert_reason_indicator: flag(Tag::NULL, "alertReasonIndicator") Null => bool | bool,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// additionalAlertReasonIndicator `[1]` NULL: sent due to IMS activity (IP-SM-GW).
        additional_alert_reason_indicator: flag(Tag::context(1), "additionalAlertReasonIndicator") Null => bool | bool,
        /// maximumUeAvailabilityTime Time.
        maximum_ue_availability_time: opt(Tag::OCTET_STRING, "maximumUeAvailabilityTime") TimeC => Time | Time,
    }
    extensible unknown
}

sequence! {
    /// ReadyForSM-Res (map-sms.md §5), the optional result of readyForSM.
    pub struct ReadyForSmRes / ReadyForSmResOwned ("ReadyForSM-Res") {
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}
