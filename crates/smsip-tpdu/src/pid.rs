//! TP-PID, TP-Protocol-Identifier (TS 23.040 §9.2.3.9).

smsip_core::open_enum! {
    /// TP-PID: the higher-layer protocol or interworking of the short message.
    ///
    /// Open: every octet value is representable and round-trips; the named constants are the
    /// values TS 23.040 §9.2.3.9 assigns a meaning to.
    ///
    /// ```
    /// use smsip_tpdu::Pid;
    /// assert_eq!(Pid(0x41), Pid::REPLACE_TYPE_1);
    /// assert_eq!(Pid(0x41).replace_type(), Some(1));
    /// assert_eq!(Pid(0x22).telematic_device(), Some(0x02));
    /// assert_eq!(format!("{}", Pid::SIM_DATA_DOWNLOAD), "(U)SIM Data download");
    /// ```
    pub struct Pid(u8) {
        /// SME-to-SME protocol, no telematic interworking (the common 0x00).
        DEFAULT = 0x00 => "no telematic interworking, SME-to-SME protocol",
        /// Telematic interworking, implicit device type.
        TELEMATIC_IMPLICIT = 0x20 => "telematic interworking: implicit device type",
        /// Telex.
        TELEX = 0x21 => "telematic interworking: telex",
        /// Group 3 telefax.
        TELEFAX_G3 = 0x22 => "telematic interworking: group 3 telefax",
        /// Group 4 telefax.
        TELEFAX_G4 = 0x23 => "telematic interworking: group 4 telefax",
        /// Voice telephone (conversion to speech).
        VOICE = 0x24 => "telematic interworking: voice telephone",
        /// ERMES.
        ERMES = 0x25 => "telematic interworking: ERMES",
        /// National paging system.
        PAGING = 0x26 => "telematic interworking: national paging system",
        /// Videotex.
        VIDEOTEX = 0x27 => "telematic interworking: Videotex (T.100/T.101)",
        /// Teletex, carrier unspecified.
        TELETEX = 0x28 => "telematic interworking: teletex, carrier unspecified",
        /// Teletex in PSPDN.
        TELETEX_PSPDN = 0x29 => "telematic interworking: teletex, in PSPDN",
        /// Teletex in CSPDN.
        TELETEX_CSPDN = 0x2A => "telematic interworking: teletex, in CSPDN",
        /// Teletex in analog PSTN.
        TELETEX_PSTN = 0x2B => "telematic interworking: teletex, in analog PSTN",
        /// Teletex in digital ISDN.
        TELETEX_ISDN = 0x2C => "telematic interworking: teletex, in digital ISDN",
        /// UCI.
        UCI = 0x2D => "telematic interworking: UCI (Universal Computer Interface)",
        /// Message handling facility.
        MESSAGE_HANDLING = 0x30 => "telematic interworking: message handling facility",
        /// X.400 message handling system.
        X400 = 0x31 => "telematic interworking: public X.400-based message handling system",
        /// Internet electronic mail.
        EMAIL = 0x32 => "telematic interworking: Internet Electronic Mail",
        /// A GSM/UMTS mobile station.
        GSM_MOBILE_STATION = 0x3F => "telematic interworking: GSM/UMTS mobile station",
        /// Short Message Type 0.
        SM_TYPE_0 = 0x40 => "Short Message Type 0",
        /// Replace Short Message Type 1.
        REPLACE_TYPE_1 = 0x41 => "Replace Short Message Type 1",
        /// Replace Short Message Type 2.
        REPLACE_TYPE_2 = 0x42 => "Replace Short Message Type 2",
        /// Replace Short Message Type 3.
        REPLACE_TYPE_3 = 0x43 => "Replace Short Message Type 3",
        /// Replace Short Message Type 4.
        REPLACE_TYPE_4 = 0x44 => "Replace Short Message Type 4",
        /// Replace Short Message Type 5.
        REPLACE_TYPE_5 = 0x45 => "Replace Short Message Type 5",
        /// Replace Short Message Type 6.
        REPLACE_TYPE_6 = 0x46 => "Replace Short Message Type 6",
        /// Replace Short Message Type 7.
        REPLACE_TYPE_7 = 0x47 => "Replace Short Message Type 7",
        /// Device Triggering Short Message (Rel-11).
        DEVICE_TRIGGERING = 0x48 => "Device Triggering Short Message",
        /// Enhanced Message Service (obsolete).
        EMS = 0x5E => "Enhanced Message Service (Obsolete)",
        /// Return Call Message.
        RETURN_CALL = 0x5F => "Return Call Message",
        /// ANSI-136 R-DATA.
        ANSI136_R_DATA = 0x7C => "ANSI-136 R-DATA",
        /// ME Data download.
        ME_DATA_DOWNLOAD = 0x7D => "ME Data download",
        /// ME De-personalization Short Message.
        ME_DEPERSONALIZATION = 0x7E => "ME De-personalization Short Message",
        /// (U)SIM Data download.
        SIM_DATA_DOWNLOAD = 0x7F => "(U)SIM Data download",
    }
}

impl Pid {
    /// For bits 7..6 = 00 and bit 5 = 1: the telematic device type (bits 4..0).
    pub const fn telematic_device(self) -> Option<u8> {
        if self.0 & 0xE0 == 0x20 {
            Some(self.0 & 0x1F)
        } else {
            None
        }
    }

    /// For bits 7..5 = 000: the SM-AL protocol (bits 4..0; 0 = none).
    pub const fn sm_al_protocol(self) -> Option<u8> {
        if self.0 & 0xE0 == 0 {
            Some(self.0 & 0x1F)
        } else {
            None
        }
    }

    /// For 0x41..=0x47: the Replace Short Message type (1..=7).
    pub const fn replace_type(self) -> Option<u8> {
        if self.0 >= 0x41 && self.0 <= 0x47 {
            Some(self.0 - 0x40)
        } else {
            None
        }
    }

    /// Bits 7..6 = 11: values for SC-specific use.
    pub const fn is_sc_specific(self) -> bool {
        self.0 & 0xC0 == 0xC0
    }
}
