//! sendRoutingInfoForSM (opcode 45, shortMsgGatewayContext; TS 29.002 §12.1, map-sms.md §5,
//! §5.1, §6, §13.1, §13.3): RoutingInfoForSM-Arg and RoutingInfoForSM-Res with
//! LocationInfoWithLMSI and IP-SM-GW-Guidance.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{AddressString, ExtensionContainer, Imsi, Lmsi, Tag};

use crate::codec::{
    sequence, Addr, Bool, DeliveryTimerC, Enum, Ext, ImsiC, Isdn, LmsiC, Null, Octets, U8Range,
};
use crate::common::{AdditionalNumber, CorrelationId, NetworkNodeDiameterAddress};
#[cfg(feature = "alloc")]
use crate::common::{AdditionalNumberOwned, CorrelationIdOwned, NetworkNodeDiameterAddressOwned};

smsip_core::open_enum! {
    /// SM-DeliveryNotIntended ::= ENUMERATED (extensible; map-sms.md §5.3).
    pub struct SmDeliveryNotIntended(u8) {
        /// onlyIMSI-requested (0)
        ONLY_IMSI_REQUESTED = 0 => "onlyIMSI-requested",
        /// onlyMCC-MNC-requested (1)
        ONLY_MCC_MNC_REQUESTED = 1 => "onlyMCC-MNC-requested",
    }
}

sequence! {
    /// RoutingInfoForSM-Arg (sendRoutingInfoForSM argument), every member up to Rel-16
    /// (module version19), in definition order (map-sms.md §5, tags in §5.1): note that
    /// t4-Trigger-Indicator `[14]` precedes singleAttemptDelivery `[13]`.
    ///
    /// Accepted beyond Rel-16, for MAP v1 peers: `teleservice [5]` (v1 only, map-sms.md §11),
    /// decoded into the `teleservice` member rather than kept as an unknown extension.
    ///
    /// ```
    /// use smsip_map::RoutingInfoForSmArg;
    /// // map-sms.md §13.1
    /// let bytes = smsip_core::hex::decode(
    ///     "3026800791447700091032 8101FF 82079144770009 0000 8700 880100 89080C9144770009 4065 8B00",
    /// ).unwrap();
    /// let arg = RoutingInfoForSmArg::decode(&bytes)?;
    /// assert_eq!(arg.msisdn.to_string(), "+447700900123");
    /// assert!(arg.sm_rp_pri && arg.gprs_support_indicator && arg.ip_sm_gw_guidance_indicator);
    /// assert_eq!(arg.service_centre_address.to_string(), "+447700900000");
    /// assert_eq!(arg.sm_rp_mti, Some(0));
    /// assert_eq!(arg.sm_rp_smea, Some(&[0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65][..]));
    /// assert!(arg.imsi.is_none() && arg.unknown.is_empty());
    /// assert_eq!(arg.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct RoutingInfoForSmArg / RoutingInfoForSmArgOwned ("RoutingInfoForSM-Arg") {
        /// msisdn `[0]` ISDN-AddressString (a dummy MSISDN when only the IMSI or the
        /// CorrelationID identifies the recipient).
        msisdn: req(Tag::context(0), "msisdn") Isdn => AddressString<'a> | Vec<u8>,
        /// sm-RP-PRI `[1]` BOOLEAN: deliver even if the SC address is already in the MWD list.
        sm_rp_pri: req(Tag::context(1), "sm-RP-PRI") Bool => bool | bool,
        /// serviceCentreAddress `[2]` AddressString.
        service_centre_address: req(Tag::context(2), "serviceCentreAddress") Addr => AddressString<'a> | Vec<u8>,
        /// teleservice `[5]` TeleserviceCode (OCTET STRING 1..5): MAP v1 only; absent in v2/v3.
        teleservice: opt(Tag::context(5), "teleservice") Octets<1, 5> => &'a [u8] | Vec<u8>,
        /// extensionContainer `[6]`.
        extension_container: opt(Tag::context(6), "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// gprsSupportIndicator `[7]` NULL: the SMS-GMSC can receive two node numbers.
        gprs_support_indicator: flag(Tag::context(7), "gprsSupportIndicator") Null => bool | bool,
        /// sm-RP-MTI `[8]` INTEGER (0..10): 0 SMS-DELIVER, 1 SMS-STATUS-REPORT.
        sm_rp_mti: opt(Tag::context(8), "sm-RP-MTI") U8Range<0, 10> => u8 | u8,
        /// sm-RP-SMEA `[9]` OCTET STRING (1..12): a TS 23.040 address field of the originating
        /// SME (length in semi-octets, type of address, digits), kept as octets.
        sm_rp_smea: opt(Tag::context(9), "sm-RP-SMEA") Octets<1, 12> => &'a [u8] | Vec<u8>,
        /// sm-deliveryNotIntended `[10]`.
        sm_delivery_not_intended: opt(Tag::context(10), "sm-deliveryNotIntended") Enum<SmDeliveryNotIntended> => SmDeliveryNotIntended | SmDeliveryNotIntended,
        /// ip-sm-gwGuidanceIndicator `[11]` NULL: the sender accepts ip-sm-gwGuidance.
        ip_sm_gw_guidance_indicator: flag(Tag::context(11), "ip-sm-gwGuidanceIndicator") Null => bool | bool,
        /// imsi `[12]` IMSI (when the MSISDN is not available; the HLR-Id in an MSISDN-less
        /// retry).
        imsi: opt(Tag::context(12), "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// t4-Trigger-Indicator `[14]` NULL (T4 device triggering).
        t4_trigger_indicator: flag(Tag::context(14), "t4-Trigger-Indicator") Null => bool | bool,
        /// singleAttemptDelivery `[13]` NULL.
        single_attempt_delivery: flag(Tag::context(13), "singleAttemptDelivery") Null => bool | bool,
        /// correlationID `[15]` (sip-uri-B of an MSISDN-less IMS delivery).
        correlation_id: opt(Tag::context(15), "correlationID") CorrelationId<'a> => CorrelationId<'a> | CorrelationIdOwned,
        /// smsf-supportIndicator `[16]` NULL (Rel-16).
        smsf_support_indicator: flag(Tag::context(16), "smsf-supportIndicator") Null => bool | bool,
    }
    extensible unknown
}

impl<'a> RoutingInfoForSmArg<'a> {
    /// sm-RP-SMEA read as the TS 23.040 address field it holds (map-sms.md §5.3): `None` when
    /// absent, an error when the octets are not exactly one address field (some peers leave
    /// out the address-length octet; the raw octets stay in [`sm_rp_smea`](Self::sm_rp_smea)).
    ///
    /// ```
    /// use smsip_map::RoutingInfoForSmArg;
    /// let bytes = smsip_core::hex::decode("3015 80029121 8101FF 82029121 89080C9144770009 4065").unwrap();
    /// let arg = RoutingInfoForSmArg::decode(&bytes)?;
    /// assert_eq!(arg.sm_rp_smea_address().unwrap().unwrap().to_string(), "+447700900456");
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub fn sm_rp_smea_address(
        &self,
    ) -> Option<Result<smsip_tpdu::Address, smsip_tpdu::DecodeError>> {
        self.sm_rp_smea.map(|b| {
            let mut r = smsip_core::Reader::new(b);
            let a = smsip_tpdu::Address::decode(&mut r, "sm-RP-SMEA")?;
            if r.is_empty() {
                Ok(a)
            } else {
                Err(smsip_tpdu::DecodeError::Trailing {
                    tpdu: "sm-RP-SMEA",
                    offset: r.offset(),
                    count: r.remaining(),
                })
            }
        })
    }

    /// An argument with the three mandatory members, every optional one absent.
    pub const fn new(
        msisdn: AddressString<'a>,
        sm_rp_pri: bool,
        service_centre_address: AddressString<'a>,
    ) -> Self {
        RoutingInfoForSmArg {
            msisdn,
            sm_rp_pri,
            service_centre_address,
            teleservice: None,
            extension_container: None,
            gprs_support_indicator: false,
            sm_rp_mti: None,
            sm_rp_smea: None,
            sm_delivery_not_intended: None,
            ip_sm_gw_guidance_indicator: false,
            imsi: None,
            t4_trigger_indicator: false,
            single_attempt_delivery: false,
            correlation_id: None,
            smsf_support_indicator: false,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

sequence! {
    /// IP-SM-GW-Guidance (map-sms.md §5, §6): the supervision timer an IP-SM-GW asks the
    /// SMS-GMSC to use for its MT-ForwardSM (30..600 s each).
    pub struct IpSmGwGuidance / IpSmGwGuidanceOwned ("IP-SM-GW-Guidance") {
        /// minimumDeliveryTimeValue SM-DeliveryTimerValue (seconds).
        minimum_delivery_time_value: req(Tag::INTEGER, "minimumDeliveryTimeValue") DeliveryTimerC => u16 | u16,
        /// recommendedDeliveryTimeValue SM-DeliveryTimerValue (seconds).
        recommended_delivery_time_value: req(Tag::INTEGER, "recommendedDeliveryTimeValue") DeliveryTimerC => u16 | u16,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
    }
    extensible unknown
}

impl IpSmGwGuidance<'_> {
    /// The guidance with these timer values (seconds, 30..600 each; checked by decoding, not
    /// here).
    ///
    /// ```
    /// use smsip_map::IpSmGwGuidance;
    /// assert_eq!(IpSmGwGuidance::new(30, 60).to_vec(), [0x30, 0x06, 0x02, 0x01, 0x1E, 0x02, 0x01, 0x3C]);
    /// ```
    pub const fn new(minimum: u16, recommended: u16) -> Self {
        IpSmGwGuidance {
            minimum_delivery_time_value: minimum,
            recommended_delivery_time_value: recommended,
            extension_container: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

sequence! {
    /// LocationInfoWithLMSI, every member up to Rel-16 (map-sms.md §5, §5.1): the serving
    /// node numbers the HLR (or an IP-SM-GW, with its own address) returns.
    pub struct LocationInfoWithLmsi / LocationInfoWithLmsiOwned ("LocationInfoWithLMSI") {
        /// networkNode-Number `[1]` ISDN-AddressString: MSC/MME, SGSN, IP-SM-GW or SMS Router.
        /// (The v2 `msc-Number [1]` and this have the same encoding, map-sms.md §11.)
        network_node_number: req(Tag::context(1), "networkNode-Number") Isdn => AddressString<'a> | Vec<u8>,
        /// lmsi LMSI.
        lmsi: opt(Tag::OCTET_STRING, "lmsi") LmsiC => Lmsi | Lmsi,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// gprsNodeIndicator `[5]` NULL: networkNode-Number is an SGSN number.
        gprs_node_indicator: flag(Tag::context(5), "gprsNodeIndicator") Null => bool | bool,
        /// additional-Number `[6]` (explicit CHOICE).
        additional_number: opt(Tag::context(6), "additional-Number") AdditionalNumber<'a> => AdditionalNumber<'a> | AdditionalNumberOwned,
        /// networkNodeDiameterAddress `[7]`.
        network_node_diameter_address: opt(Tag::context(7), "networkNodeDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// additionalNetworkNodeDiameterAddress `[8]`.
        additional_network_node_diameter_address: opt(Tag::context(8), "additionalNetworkNodeDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// thirdNumber `[9]` (explicit CHOICE).
        third_number: opt(Tag::context(9), "thirdNumber") AdditionalNumber<'a> => AdditionalNumber<'a> | AdditionalNumberOwned,
        /// thirdNetworkNodeDiameterAddress `[10]`.
        third_network_node_diameter_address: opt(Tag::context(10), "thirdNetworkNodeDiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// imsNodeIndicator `[11]` NULL: networkNode-Number is an IP-SM-GW number.
        ims_node_indicator: flag(Tag::context(11), "imsNodeIndicator") Null => bool | bool,
        /// smsf-3gpp-Number `[12]` ISDN-AddressString (Rel-16).
        smsf_3gpp_number: opt(Tag::context(12), "smsf-3gpp-Number") Isdn => AddressString<'a> | Vec<u8>,
        /// smsf-3gpp-DiameterAddress `[13]` (Rel-16).
        smsf_3gpp_diameter_address: opt(Tag::context(13), "smsf-3gpp-DiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// smsf-non-3gpp-Number `[14]` ISDN-AddressString (Rel-16).
        smsf_non_3gpp_number: opt(Tag::context(14), "smsf-non-3gpp-Number") Isdn => AddressString<'a> | Vec<u8>,
        /// smsf-non-3gpp-DiameterAddress `[15]` (Rel-16).
        smsf_non_3gpp_diameter_address: opt(Tag::context(15), "smsf-non-3gpp-DiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
        /// smsf-3gpp-address-indicator `[16]` NULL (Rel-16).
        smsf_3gpp_address_indicator: flag(Tag::context(16), "smsf-3gpp-address-indicator") Null => bool | bool,
        /// smsf-non-3gpp-address-indicator `[17]` NULL (Rel-16).
        smsf_non_3gpp_address_indicator: flag(Tag::context(17), "smsf-non-3gpp-address-indicator") Null => bool | bool,
    }
    extensible unknown
}

impl<'a> LocationInfoWithLmsi<'a> {
    /// Location info with only the network node number.
    pub const fn new(network_node_number: AddressString<'a>) -> Self {
        LocationInfoWithLmsi {
            network_node_number,
            lmsi: None,
            extension_container: None,
            gprs_node_indicator: false,
            additional_number: None,
            network_node_diameter_address: None,
            additional_network_node_diameter_address: None,
            third_number: None,
            third_network_node_diameter_address: None,
            ims_node_indicator: false,
            smsf_3gpp_number: None,
            smsf_3gpp_diameter_address: None,
            smsf_non_3gpp_number: None,
            smsf_non_3gpp_diameter_address: None,
            smsf_3gpp_address_indicator: false,
            smsf_non_3gpp_address_indicator: false,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

sequence! {
    /// RoutingInfoForSM-Res (sendRoutingInfoForSM result; map-sms.md §5, §13.3).
    ///
    /// Accepted beyond Rel-16, for MAP v1 peers: `mwd-Set [2] BOOLEAN` (v1 only, map-sms.md §11),
    /// decoded into the `mwd_set` member.
    ///
    /// ```
    /// use smsip_map::{AdditionalNumber, RoutingInfoForSmRes};
    /// // map-sms.md §13.3
    /// let bytes = smsip_core::hex::decode(
    ///     "3030 0408000101214365 87F9 A01C 8107914477000950F0 040401020304 8500 \
    ///      A609 80079144770009 6000 A506 02011E 02013C",
    /// ).unwrap();
    /// let res = RoutingInfoForSmRes::decode(&bytes)?;
    /// assert_eq!(res.imsi.to_string(), "001010123456789");
    /// let li = res.location_info_with_lmsi;
    /// assert_eq!(li.network_node_number.to_string(), "+44770090050");
    /// assert_eq!(li.lmsi.map(|l| l.0), Some([1, 2, 3, 4]));
    /// assert!(li.gprs_node_indicator);
    /// let Some(AdditionalNumber::MscNumber(msc)) = li.additional_number else { panic!() };
    /// assert_eq!(msc.to_string(), "+447700900600");
    /// let g = res.ip_sm_gw_guidance.unwrap();
    /// assert_eq!((g.minimum_delivery_time_value, g.recommended_delivery_time_value), (30, 60));
    /// assert_eq!(res.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct RoutingInfoForSmRes / RoutingInfoForSmResOwned ("RoutingInfoForSM-Res") {
        /// imsi IMSI (or an MT-Correlation-ID when an SMS Router / IP-SM-GW is in the path).
        imsi: req(Tag::OCTET_STRING, "imsi") ImsiC => Imsi<'a> | Vec<u8>,
        /// locationInfoWithLMSI `[0]`.
        location_info_with_lmsi: req(Tag::context(0), "locationInfoWithLMSI") LocationInfoWithLmsi<'a> => LocationInfoWithLmsi<'a> | LocationInfoWithLmsiOwned,
        /// mwd-Set `[2]` BOOLEAN: MAP v1 only ("OA>1 mwd-Set must be absent in version greater 1").
        mwd_set: opt(Tag::context(2), "mwd-Set") Bool => bool | bool,
        /// extensionContainer `[4]`.
        extension_container: opt(Tag::context(4), "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// ip-sm-gwGuidance `[5]`.
        ip_sm_gw_guidance: opt(Tag::context(5), "ip-sm-gwGuidance") IpSmGwGuidance<'a> => IpSmGwGuidance<'a> | IpSmGwGuidanceOwned,
    }
    extensible unknown
}

impl<'a> RoutingInfoForSmRes<'a> {
    /// A result with the two mandatory members.
    pub const fn new(imsi: Imsi<'a>, location_info_with_lmsi: LocationInfoWithLmsi<'a>) -> Self {
        RoutingInfoForSmRes {
            imsi,
            location_info_with_lmsi,
            mwd_set: None,
            extension_container: None,
            ip_sm_gw_guidance: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}
