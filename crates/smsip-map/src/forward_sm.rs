//! mo-ForwardSM (46) and mt-ForwardSM (44) of MAP v3, and forwardSM (46) of MAP v1/v2
//! (TS 29.002 §12.2, §12.9; map-sms.md §5, §5.1, §6, §11, §13.2).
//!
//! The short message itself travels in `sm-RP-UI` (SignalInfo, 1..200 octets) as a TS 23.040
//! TPDU; each type reads it as a typed [`Tpdu`] view in the direction the operation implies.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{AddressString, ExtensionContainer, Imsi, Tag};
use smsip_tpdu::{Direction, ReportContext, Tpdu};

use crate::codec::{sequence, DeliveryTimerC, Enum, Ext, ImsiC, Isdn, Null, SignalInfoC, TimeC};
use crate::common::{
    CorrelationId, NetworkNodeDiameterAddress, SmDeliveryOutcome, SmRpDa, SmRpDaC, SmRpDaV1C,
    SmRpOa, SmRpOaC, Time,
};
#[cfg(feature = "alloc")]
use crate::common::{
    CorrelationIdOwned, NetworkNodeDiameterAddressOwned, SmRpDaOwned, SmRpOaOwned,
};

sequence! {
    /// MO-ForwardSM-Arg (mo-ForwardSM v3 argument; map-sms.md §5, §6): an SMS-SUBMIT or
    /// SMS-COMMAND from the MSC, SGSN or IP-SM-GW to the SMS-IWMSC.
    ///
    /// ```
    /// use smsip_map::{MoForwardSmArg, SmRpDa, SmRpOa};
    /// use smsip_tpdu::Tpdu;
    /// let ui = smsip_core::hex::decode("01000C9144770009406500000548656C6C6F").unwrap(); // SMS-SUBMIT
    /// let da = smsip_ber::AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00]).unwrap();
    /// let oa = smsip_ber::AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32]).unwrap();
    /// let arg = MoForwardSmArg::new(SmRpDa::ServiceCentreAddressDa(da), SmRpOa::Msisdn(oa), &ui);
    /// let bytes = arg.to_vec();
    /// let back = MoForwardSmArg::decode(&bytes)?;
    /// assert_eq!(back, arg);
    /// let Ok(Tpdu::Submit(s)) = back.tpdu() else { panic!() };
    /// assert_eq!(s.da.to_string(), "+447700900456");
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct MoForwardSmArg / MoForwardSmArgOwned ("MO-ForwardSM-Arg") {
        /// sm-RP-DA: serviceCentreAddressDA (the SC address from the RP layer).
        sm_rp_da: any("sm-RP-DA") SmRpDaC => SmRpDa<'a> | SmRpDaOwned,
        /// sm-RP-OA: msisdn of the sender (a dummy MSISDN for MSISDN-less IMS).
        sm_rp_oa: any("sm-RP-OA") SmRpOaC => SmRpOa<'a> | SmRpOaOwned,
        /// sm-RP-UI SignalInfo: the SMS-SUBMIT or SMS-COMMAND TPDU (see `tpdu()`).
        sm_rp_ui: req(Tag::OCTET_STRING, "sm-RP-UI") SignalInfoC => &'a [u8] | Vec<u8>,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// imsi IMSI of the originator.
        imsi: opt(Tag::OCTET_STRING, "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// correlationID `[0]` (MSISDN-less IMS retry).
        correlation_id: opt(Tag::context(0), "correlationID") CorrelationId<'a> => CorrelationId<'a> | CorrelationIdOwned,
        /// sm-DeliveryOutcome `[1]` (MSISDN-less IMS retry: the unsuccessful outcome).
        sm_delivery_outcome: opt(Tag::context(1), "sm-DeliveryOutcome") Enum<SmDeliveryOutcome> => SmDeliveryOutcome | SmDeliveryOutcome,
    }
    extensible unknown
}

impl<'a> MoForwardSmArg<'a> {
    /// An argument with the three mandatory members.
    pub const fn new(sm_rp_da: SmRpDa<'a>, sm_rp_oa: SmRpOa<'a>, sm_rp_ui: &'a [u8]) -> Self {
        MoForwardSmArg {
            sm_rp_da,
            sm_rp_oa,
            sm_rp_ui,
            extension_container: None,
            imsi: None,
            correlation_id: None,
            sm_delivery_outcome: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }

    /// sm-RP-UI as a TPDU travelling MS to SC (SMS-SUBMIT, SMS-COMMAND); offsets in errors
    /// count from the start of sm-RP-UI.
    pub fn tpdu(&self) -> Result<Tpdu<'a>, smsip_tpdu::DecodeError> {
        Tpdu::decode_with(self.sm_rp_ui, Direction::MsToSc, ReportContext::Unknown)
    }
}

sequence! {
    /// MT-ForwardSM-Arg (mt-ForwardSM v3 argument; map-sms.md §5, §6, §13.2): an
    /// SMS-DELIVER or SMS-STATUS-REPORT from the SMS-GMSC to the MSC, SGSN, SMS Router or
    /// IP-SM-GW.
    ///
    /// ```
    /// use smsip_map::{MtForwardSmArg, SmRpDa, SmRpOa};
    /// use smsip_tpdu::Tpdu;
    /// // map-sms.md §13.2
    /// let bytes = smsip_core::hex::decode(
    ///     "3045 80080001012143658 7F9 8407914477000900 00 \
    ///      0418040C914477000940650000423051410300 4005C8329BFD06 \
    ///      3013A011300F060A2B0601040181FD59010101 01FF 02013C",
    /// ).unwrap();
    /// let arg = MtForwardSmArg::decode(&bytes)?;
    /// let SmRpDa::Imsi(imsi) = arg.sm_rp_da else { panic!() };
    /// assert_eq!(imsi.to_string(), "001010123456789");
    /// let SmRpOa::ServiceCentreAddressOa(sc) = arg.sm_rp_oa else { panic!() };
    /// assert_eq!(sc.to_string(), "+447700900000");
    /// assert_eq!(arg.sm_delivery_timer, Some(60));
    /// let Ok(Tpdu::Deliver(d)) = arg.tpdu() else { panic!() };
    /// assert_eq!(d.oa.to_string(), "+447700900456");
    /// assert_eq!(arg.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct MtForwardSmArg / MtForwardSmArgOwned ("MT-ForwardSM-Arg") {
        /// sm-RP-DA: imsi or lmsi (first message), noSM-RP-DA (subsequent ones); the HLR-Id in
        /// the imsi alternative with a correlationID.
        sm_rp_da: any("sm-RP-DA") SmRpDaC => SmRpDa<'a> | SmRpDaOwned,
        /// sm-RP-OA: serviceCentreAddressOA, or noSM-RP-OA.
        sm_rp_oa: any("sm-RP-OA") SmRpOaC => SmRpOa<'a> | SmRpOaOwned,
        /// sm-RP-UI SignalInfo: the SMS-DELIVER or SMS-STATUS-REPORT TPDU
        /// (see `tpdu()`).
        sm_rp_ui: req(Tag::OCTET_STRING, "sm-RP-UI") SignalInfoC => &'a [u8] | Vec<u8>,
        /// moreMessagesToSend NULL (TP-MMS = 0 from the SC).
        more_messages_to_send: flag(Tag::NULL, "moreMessagesToSend") Null => bool | bool,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// smDeliveryTimer SM-DeliveryTimerValue (30..600 s): the timer the SMS-GMSC uses.
        sm_delivery_timer: opt(Tag::INTEGER, "smDeliveryTimer") DeliveryTimerC => u16 | u16,
        /// smDeliveryStartTime Time (UTC).
        sm_delivery_start_time: opt(Tag::OCTET_STRING, "smDeliveryStartTime") TimeC => Time | Time,
        /// smsOverIP-OnlyIndicator `[0]` NULL: deliver via IMS only; the IMSI is a real one.
        sms_over_ip_only_indicator: flag(Tag::context(0), "smsOverIP-OnlyIndicator") Null => bool | bool,
        /// correlationID `[1]`.
        correlation_id: opt(Tag::context(1), "correlationID") CorrelationId<'a> => CorrelationId<'a> | CorrelationIdOwned,
        /// maximumRetransmissionTime `[2]` Time.
        maximum_retransmission_time: opt(Tag::context(2), "maximumRetransmissionTime") TimeC => Time | Time,
        /// smsGmscAddress `[3]` ISDN-AddressString.
        sms_gmsc_address: opt(Tag::context(3), "smsGmscAddress") Isdn => AddressString<'a> | Vec<u8>,
        /// smsGmscDiameterAddress `[4]`.
        sms_gmsc_diameter_address: opt(Tag::context(4), "smsGmscDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
    }
    extensible unknown
}

impl<'a> MtForwardSmArg<'a> {
    /// An argument with the three mandatory members.
    pub const fn new(sm_rp_da: SmRpDa<'a>, sm_rp_oa: SmRpOa<'a>, sm_rp_ui: &'a [u8]) -> Self {
        MtForwardSmArg {
            sm_rp_da,
            sm_rp_oa,
            sm_rp_ui,
            more_messages_to_send: false,
            extension_container: None,
            sm_delivery_timer: None,
            sm_delivery_start_time: None,
            sms_over_ip_only_indicator: false,
            correlation_id: None,
            maximum_retransmission_time: None,
            sms_gmsc_address: None,
            sms_gmsc_diameter_address: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }

    /// sm-RP-UI as a TPDU travelling SC to MS (SMS-DELIVER, SMS-STATUS-REPORT); offsets in
    /// errors count from the start of sm-RP-UI.
    pub fn tpdu(&self) -> Result<Tpdu<'a>, smsip_tpdu::DecodeError> {
        Tpdu::decode_with(self.sm_rp_ui, Direction::ScToMs, ReportContext::Unknown)
    }
}

sequence! {
    /// ForwardSM-Arg of MAP v1/v2 (forwardSM, opcode 46, MO and MT; map-sms.md §11): SM-RP-DA
    /// with the v1 roamingNumber `[3]`, no extension container.
    pub struct ForwardSmArg / ForwardSmArgOwned ("ForwardSM-Arg") {
        /// sm-RP-DA (v1 alternatives included).
        sm_rp_da: any("sm-RP-DA") SmRpDaV1C => SmRpDa<'a> | SmRpDaOwned,
        /// sm-RP-OA.
        sm_rp_oa: any("sm-RP-OA") SmRpOaC => SmRpOa<'a> | SmRpOaOwned,
        /// sm-RP-UI SignalInfo (see `tpdu()`).
        sm_rp_ui: req(Tag::OCTET_STRING, "sm-RP-UI") SignalInfoC => &'a [u8] | Vec<u8>,
        /// moreMessagesToSend NULL (v2 only).
        more_messages_to_send: flag(Tag::NULL, "moreMessagesToSend") Null => bool | bool,
    }
    extensible unknown
}

impl<'a> ForwardSmArg<'a> {
    /// An argument with the three mandatory members.
    pub const fn new(sm_rp_da: SmRpDa<'a>, sm_rp_oa: SmRpOa<'a>, sm_rp_ui: &'a [u8]) -> Self {
        ForwardSmArg {
            sm_rp_da,
            sm_rp_oa,
            sm_rp_ui,
            more_messages_to_send: false,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }

    /// The direction the short message travels, from SM-RP-DA/OA: towards the SC when the
    /// destination is a service centre address (MO), towards the MS otherwise (MT).
    pub const fn direction(&self) -> Direction {
        match (self.sm_rp_da, self.sm_rp_oa) {
            (SmRpDa::ServiceCentreAddressDa(_), _) | (_, SmRpOa::Msisdn(_)) => Direction::MsToSc,
            _ => Direction::ScToMs,
        }
    }

    /// sm-RP-UI as a TPDU travelling in [`direction`](Self::direction).
    pub fn tpdu(&self) -> Result<Tpdu<'a>, smsip_tpdu::DecodeError> {
        Tpdu::decode_with(self.sm_rp_ui, self.direction(), ReportContext::Unknown)
    }
}

sequence! {
    /// MO-ForwardSM-Res (map-sms.md §5): the optional result of mo-ForwardSM, carrying an
    /// SMS-SUBMIT-REPORT (RP-ACK form) when present.
    pub struct MoForwardSmRes / MoForwardSmResOwned ("MO-ForwardSM-Res") {
        /// sm-RP-UI SignalInfo: an SMS-SUBMIT-REPORT TPDU.
        sm_rp_ui: opt(Tag::OCTET_STRING, "sm-RP-UI") SignalInfoC => &'a [u8] | Vec<u8>,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> MoForwardSmRes<'a> {
    /// sm-RP-UI as an SMS-SUBMIT-REPORT (SC to MS, RP-ACK form), if present.
    pub fn tpdu(&self) -> Option<Result<Tpdu<'a>, smsip_tpdu::DecodeError>> {
        self.sm_rp_ui
            .map(|ui| Tpdu::decode_with(ui, Direction::ScToMs, ReportContext::Ack))
    }
}

impl Default for MoForwardSmRes<'_> {
    fn default() -> Self {
        MoForwardSmRes {
            sm_rp_ui: None,
            extension_container: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

sequence! {
    /// MT-ForwardSM-Res (map-sms.md §5): the optional result of mt-ForwardSM, carrying an
    /// SMS-DELIVER-REPORT (RP-ACK form) when present.
    pub struct MtForwardSmRes / MtForwardSmResOwned ("MT-ForwardSM-Res") {
        /// sm-RP-UI SignalInfo: an SMS-DELIVER-REPORT TPDU.
        sm_rp_ui: opt(Tag::OCTET_STRING, "sm-RP-UI") SignalInfoC => &'a [u8] | Vec<u8>,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> MtForwardSmRes<'a> {
    /// sm-RP-UI as an SMS-DELIVER-REPORT (MS to SC, RP-ACK form), if present.
    pub fn tpdu(&self) -> Option<Result<Tpdu<'a>, smsip_tpdu::DecodeError>> {
        self.sm_rp_ui
            .map(|ui| Tpdu::decode_with(ui, Direction::MsToSc, ReportContext::Ack))
    }
}

impl Default for MtForwardSmRes<'_> {
    fn default() -> Self {
        MtForwardSmRes {
            sm_rp_ui: None,
            extension_container: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}
