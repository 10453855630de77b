//! alertServiceCentre (opcode 64, shortMsgAlertContext-v2) and the v1
//! alertServiceCentreWithoutResult (49), both carrying AlertServiceCentreArg (TS 29.002 §12.5;
//! map-sms.md §5, §5.1, §6).

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{AddressString, Imsi, Tag};

use crate::codec::{sequence, Addr, Enum, ImsiC, Isdn, TimeC};
use crate::common::{CorrelationId, NetworkNodeDiameterAddress, Time};
#[cfg(feature = "alloc")]
use crate::common::{CorrelationIdOwned, NetworkNodeDiameterAddressOwned};

smsip_core::open_enum! {
    /// SmsGmsc-Alert-Event ::= ENUMERATED (map-sms.md §5.3).
    pub struct SmsGmscAlertEvent(u8) {
        /// msAvailableForMtSms (0)
        MS_AVAILABLE_FOR_MT_SMS = 0 => "msAvailableForMtSms",
        /// msUnderNewServingNode (1)
        MS_UNDER_NEW_SERVING_NODE = 1 => "msUnderNewServingNode",
    }
}

sequence! {
    /// AlertServiceCentreArg, every member up to Rel-16 (map-sms.md §5, §5.1). msisdn,
    /// serviceCentreAddress and imsi are all untagged OCTET STRINGs (`04`): position tells them
    /// apart.
    ///
    /// ```
    /// use smsip_map::AlertServiceCentreArg;
    /// let bytes = smsip_core::hex::decode("3012 04079144770009 1032 04079144770009 0000").unwrap();
    /// let arg = AlertServiceCentreArg::decode(&bytes)?;
    /// assert_eq!(arg.msisdn.to_string(), "+447700900123");
    /// assert_eq!(arg.service_centre_address.to_string(), "+447700900000");
    /// assert_eq!(arg.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct AlertServiceCentreArg / AlertServiceCentreArgOwned ("AlertServiceCentreArg") {
        /// msisdn ISDN-AddressString (MSIsdn-Alert, or a dummy MSISDN).
        msisdn: req(Tag::OCTET_STRING, "msisdn") Isdn => AddressString<'a> | Vec<u8>,
        /// serviceCentreAddress AddressString.
        service_centre_address: req(Tag::OCTET_STRING, "serviceCentreAddress") Addr => AddressString<'a> | Vec<u8>,
        /// imsi IMSI (when there is no MSISDN).
        imsi: opt(Tag::OCTET_STRING, "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// correlationID (untagged SEQUENCE, when there is no MSISDN).
        correlation_id: opt(Tag::SEQUENCE, "correlationID") CorrelationId<'a> => CorrelationId<'a> | CorrelationIdOwned,
        /// maximumUeAvailabilityTime `[0]` Time.
        maximum_ue_availability_time: opt(Tag::context(0), "maximumUeAvailabilityTime") TimeC => Time | Time,
        /// smsGmscAlertEvent `[1]`.
        sms_gmsc_alert_event: opt(Tag::context(1), "smsGmscAlertEvent") Enum<SmsGmscAlertEvent> => SmsGmscAlertEvent | SmsGmscAlertEvent,
        /// smsGmscDiameterAddress `[2]`.
        sms_gmsc_diameter_address: opt(Tag::context(2), "smsGmscDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// newSGSNNumber `[3]` ISDN-AddressString.
        new_sgsn_number: opt(Tag::context(3), "newSGSNNumber") Isdn => AddressString<'a> | Vec<u8>,
        /// newSGSNDiameterAddress `[4]`.
        new_sgsn_diameter_address: opt(Tag::context(4), "newSGSNDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// newMMENumber `[5]` ISDN-AddressString.
        new_mme_number: opt(Tag::context(5), "newMMENumber") Isdn => AddressString<'a> | Vec<u8>,
        /// newMMEDiameterAddress `[6]`.
        new_mme_diameter_address: opt(Tag::context(6), "newMMEDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// newMSCNumber `[7]` ISDN-AddressString.
        new_msc_number: opt(Tag::context(7), "newMSCNumber") Isdn => AddressString<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> AlertServiceCentreArg<'a> {
    /// An argument with the two mandatory members.
    pub const fn new(msisdn: AddressString<'a>, service_centre_address: AddressString<'a>) -> Self {
        AlertServiceCentreArg {
            msisdn,
            service_centre_address,
            imsi: None,
            correlation_id: None,
            maximum_ue_availability_time: None,
            sms_gmsc_alert_event: None,
            sms_gmsc_diameter_address: None,
            new_sgsn_number: None,
            new_sgsn_diameter_address: None,
            new_mme_number: None,
            new_mme_diameter_address: None,
            new_msc_number: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}
