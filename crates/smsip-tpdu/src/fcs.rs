//! TP-FCS, TP-ST and TP-CT: the failure, status and command codes (TS 23.040 §9.2.3.22,
//! §9.2.3.15, §9.2.3.19).

smsip_core::open_enum! {
    /// TP-FCS, TP-Failure-Cause (TS 23.040 §9.2.3.22), sent in the RP-ERROR forms of
    /// SMS-DELIVER-REPORT and SMS-SUBMIT-REPORT.
    ///
    /// ```
    /// use smsip_tpdu::Fcs;
    /// assert_eq!(Fcs(0xD3), Fcs::MEMORY_CAPACITY_EXCEEDED);
    /// assert!(Fcs(0xE5).is_application_specific());
    /// ```
    pub struct Fcs(u8) {
        /// Telematic interworking not supported.
        TELEMATIC_NOT_SUPPORTED = 0x80 => "Telematic interworking not supported",
        /// Short message Type 0 not supported.
        SM_TYPE_0_NOT_SUPPORTED = 0x81 => "Short message Type 0 not supported",
        /// Cannot replace short message.
        CANNOT_REPLACE = 0x82 => "Cannot replace short message",
        /// Unspecified TP-PID error.
        UNSPECIFIED_PID_ERROR = 0x8F => "Unspecified TP-PID error",
        /// Data coding scheme (alphabet) not supported.
        ALPHABET_NOT_SUPPORTED = 0x90 => "Data coding scheme (alphabet) not supported",
        /// Message class not supported.
        CLASS_NOT_SUPPORTED = 0x91 => "Message class not supported",
        /// Unspecified TP-DCS error.
        UNSPECIFIED_DCS_ERROR = 0x9F => "Unspecified TP-DCS error",
        /// Command cannot be actioned.
        COMMAND_CANNOT_BE_ACTIONED = 0xA0 => "Command cannot be actioned",
        /// Command unsupported.
        COMMAND_UNSUPPORTED = 0xA1 => "Command unsupported",
        /// Unspecified TP-Command error.
        UNSPECIFIED_COMMAND_ERROR = 0xAF => "Unspecified TP-Command error",
        /// TPDU not supported.
        TPDU_NOT_SUPPORTED = 0xB0 => "TPDU not supported",
        /// SC busy.
        SC_BUSY = 0xC0 => "SC busy",
        /// No SC subscription.
        NO_SC_SUBSCRIPTION = 0xC1 => "No SC subscription",
        /// SC system failure.
        SC_SYSTEM_FAILURE = 0xC2 => "SC system failure",
        /// Invalid SME address.
        INVALID_SME_ADDRESS = 0xC3 => "Invalid SME address",
        /// Destination SME barred.
        DESTINATION_SME_BARRED = 0xC4 => "Destination SME barred",
        /// SM rejected, duplicate SM.
        DUPLICATE_SM = 0xC5 => "SM Rejected-Duplicate SM",
        /// TP-VPF not supported.
        VPF_NOT_SUPPORTED = 0xC6 => "TP-VPF not supported",
        /// TP-VP not supported.
        VP_NOT_SUPPORTED = 0xC7 => "TP-VP not supported",
        /// (U)SIM SMS storage full.
        SIM_STORAGE_FULL = 0xD0 => "(U)SIM SMS storage full",
        /// No SMS storage capability in (U)SIM.
        NO_SIM_STORAGE = 0xD1 => "No SMS storage capability in (U)SIM",
        /// Error in MS.
        ERROR_IN_MS = 0xD2 => "Error in MS",
        /// Memory capacity exceeded.
        MEMORY_CAPACITY_EXCEEDED = 0xD3 => "Memory Capacity Exceeded",
        /// (U)SIM Application Toolkit busy.
        SAT_BUSY = 0xD4 => "(U)SIM Application Toolkit Busy",
        /// (U)SIM data download error.
        SIM_DATA_DOWNLOAD_ERROR = 0xD5 => "(U)SIM data download error",
        /// Unspecified error cause.
        UNSPECIFIED = 0xFF => "Unspecified error cause",
    }
}

impl Fcs {
    /// 0xE0..=0xFE: values specific to an application.
    pub const fn is_application_specific(self) -> bool {
        self.0 >= 0xE0 && self.0 <= 0xFE
    }
}

smsip_core::open_enum! {
    /// TP-ST, TP-Status (TS 23.040 §9.2.3.15) of an SMS-STATUS-REPORT.
    ///
    /// ```
    /// use smsip_tpdu::{Status, StatusCategory};
    /// assert_eq!(Status(0x00).category(), StatusCategory::Completed);
    /// assert_eq!(Status(0x46).category(), StatusCategory::PermanentError);
    /// assert_eq!(Status(0x27).category(), StatusCategory::TemporaryErrorStillTrying);
    /// ```
    pub struct Status(u8) {
        /// Short message received by the SME.
        RECEIVED = 0x00 => "Short message received by the SME",
        /// Forwarded by the SC to the SME, delivery not confirmable.
        FORWARDED_UNCONFIRMED = 0x01 => "Short message forwarded by the SC to the SME but the SC is unable to confirm delivery",
        /// Replaced by the SC.
        REPLACED = 0x02 => "Short message replaced by the SC",
        /// Congestion (SC still trying).
        CONGESTION = 0x20 => "Congestion",
        /// SME busy (SC still trying).
        SME_BUSY = 0x21 => "SME busy",
        /// No response from SME (SC still trying).
        NO_RESPONSE = 0x22 => "No response from SME",
        /// Service rejected (SC still trying).
        SERVICE_REJECTED = 0x23 => "Service rejected",
        /// Quality of service not available (SC still trying).
        QOS_NOT_AVAILABLE = 0x24 => "Quality of service not available",
        /// Error in SME (SC still trying).
        ERROR_IN_SME = 0x25 => "Error in SME",
        /// Remote procedure error.
        REMOTE_PROCEDURE_ERROR = 0x40 => "Remote procedure error",
        /// Incompatible destination.
        INCOMPATIBLE_DESTINATION = 0x41 => "Incompatible destination",
        /// Connection rejected by SME.
        CONNECTION_REJECTED = 0x42 => "Connection rejected by SME",
        /// Not obtainable.
        NOT_OBTAINABLE = 0x43 => "Not obtainable",
        /// Quality of service not available (permanent).
        PERM_QOS_NOT_AVAILABLE = 0x44 => "Quality of service not available",
        /// No interworking available.
        NO_INTERWORKING = 0x45 => "No interworking available",
        /// SM validity period expired.
        VP_EXPIRED = 0x46 => "SM Validity Period Expired",
        /// SM deleted by originating SME.
        DELETED_BY_ORIGINATOR = 0x47 => "SM Deleted by originating SME",
        /// SM deleted by SC administration.
        DELETED_BY_SC = 0x48 => "SM Deleted by SC Administration",
        /// SM does not exist.
        SM_DOES_NOT_EXIST = 0x49 => "SM does not exist",
        /// Congestion (SC stopped trying).
        FINAL_CONGESTION = 0x60 => "Congestion",
        /// SME busy (SC stopped trying).
        FINAL_SME_BUSY = 0x61 => "SME busy",
        /// No response from SME (SC stopped trying).
        FINAL_NO_RESPONSE = 0x62 => "No response from SME",
        /// Service rejected (SC stopped trying).
        FINAL_SERVICE_REJECTED = 0x63 => "Service rejected",
        /// Quality of service not available (SC stopped trying).
        FINAL_QOS_NOT_AVAILABLE = 0x64 => "Quality of service not available",
        /// Error in SME (SC stopped trying).
        FINAL_ERROR_IN_SME = 0x65 => "Error in SME",
    }
}

/// The category of a TP-ST value (bits 6..5; TS 23.040 §9.2.3.15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusCategory {
    /// Short message transaction completed.
    Completed,
    /// Temporary error, SC still trying to transfer the SM.
    TemporaryErrorStillTrying,
    /// Permanent error, SC is not making any more transfer attempts.
    PermanentError,
    /// Temporary error, SC is not making any more transfer attempts.
    TemporaryErrorFinal,
    /// Bit 7 set: reserved. Receivers treat it as a permanent error.
    Reserved,
}

impl Status {
    /// The category; reserved values inside a category keep that category.
    pub const fn category(self) -> StatusCategory {
        if self.0 & 0x80 != 0 {
            return StatusCategory::Reserved;
        }
        match self.0 >> 5 {
            0 => StatusCategory::Completed,
            1 => StatusCategory::TemporaryErrorStillTrying,
            2 => StatusCategory::PermanentError,
            _ => StatusCategory::TemporaryErrorFinal,
        }
    }

    /// Bits 4..0 in 0x10..=0x1F of their category: values specific to each SC.
    pub const fn is_sc_specific(self) -> bool {
        self.0 & 0x80 == 0 && self.0 & 0x10 != 0
    }
}

smsip_core::open_enum! {
    /// TP-CT, TP-Command-Type (TS 23.040 §9.2.3.19) of an SMS-COMMAND.
    ///
    /// ```
    /// use smsip_tpdu::CommandType;
    /// assert_eq!(CommandType(2), CommandType::DELETE);
    /// assert!(CommandType::ENQUIRY.requests_status_report());
    /// ```
    pub struct CommandType(u8) {
        /// Enquiry relating to a previously submitted short message.
        ENQUIRY = 0x00 => "Enquiry relating to previously submitted short message",
        /// Cancel Status Report Request relating to a previously submitted SM.
        CANCEL_STATUS_REPORT = 0x01 => "Cancel Status Report Request relating to previously submitted short message",
        /// Delete previously submitted short message.
        DELETE = 0x02 => "Delete previously submitted Short Message",
        /// Enable Status Report Request relating to a previously submitted SM.
        ENABLE_STATUS_REPORT = 0x03 => "Enable Status Report Request relating to previously submitted short message",
    }
}

impl CommandType {
    /// The TP-SRR value TS 23.040 §9.2.3.19 lists for the command (only Enquiry uses 1).
    pub const fn requests_status_report(self) -> bool {
        self.0 == 0x00
    }

    /// 0xE0..=0xFF: values specific to each SC.
    pub const fn is_sc_specific(self) -> bool {
        self.0 >= 0xE0
    }
}
