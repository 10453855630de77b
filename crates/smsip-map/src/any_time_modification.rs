//! anyTimeModification (opcode 65, anyTimeInfoHandlingContext-v3): the parts an IP-SM-GW uses
//! to register with the HLR (TS 29.002 §8.11.4; map-sms.md §10.1, §13.4).
//!
//! The IP-SM-GW sends its own E.164 address as `gsmSCF-Address` and
//! `modificationRequestFor-IP-SM-GW-Data { modifyRegistrationStatus activate(1) }`; the HLR
//! answers with the subscriber's `serviceCentreAddress` (no MSISDN). The members an IP-SM-GW
//! does not need (call forwarding, barring, CSI, ODB, CSG, CW, CLIP, CLIR, HOLD, ECT requests;
//! the CAMEL and supplementary-service data of the result) are kept as raw elements
//! ([`Element`]) and written back byte for byte.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{AddressString, BitString, Element, ExtensionContainer, Tag};

use crate::codec::{sequence, Addr, Bits, Enum, Ext, Isdn, Null, Opaque};
#[cfg(feature = "alloc")]
use crate::common::{BitStringOwned, NetworkNodeDiameterAddressOwned, SubscriberIdentityOwned};
use crate::common::{NetworkNodeDiameterAddress, SubscriberIdentity};

smsip_core::open_enum! {
    /// ModificationInstruction ::= ENUMERATED (map-sms.md §10.1).
    pub struct ModificationInstruction(u8) {
        /// deactivate (0): de-register the IP-SM-GW.
        DEACTIVATE = 0 => "deactivate",
        /// activate (1): register the IP-SM-GW.
        ACTIVATE = 1 => "activate",
    }
}

sequence! {
    /// ModificationRequestFor-IP-SM-GW-Data (map-sms.md §10.1).
    pub struct ModificationRequestForIpSmGwData / ModificationRequestForIpSmGwDataOwned ("ModificationRequestFor-IP-SM-GW-Data") {
        /// modifyRegistrationStatus `[0]`.
        modify_registration_status: opt(Tag::context(0), "modifyRegistrationStatus") Enum<ModificationInstruction> => ModificationInstruction | ModificationInstruction,
        /// extensionContainer `[1]`.
        extension_container: opt(Tag::context(1), "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// ip-sm-gw-DiameterAddress `[2]` (with `activate`).
        ip_sm_gw_diameter_address: opt(Tag::context(2), "ip-sm-gw-DiameterAddress") NetworkNodeDiameterAddress<'a> => NetworkNodeDiameterAddress<'a> | NetworkNodeDiameterAddressOwned,
    }
    extensible unknown
}

sequence! {
    /// AnyTimeModificationArg (map-sms.md §10.1), with typed members for IP-SM-GW registration
    /// and the other modification requests kept raw.
    ///
    /// ```
    /// use smsip_map::{AnyTimeModificationArg, ModificationInstruction, SubscriberIdentity};
    /// // map-sms.md §13.4: register IP-SM-GW +447700900700 for IMSI 001010123456789.
    /// let bytes = smsip_core::hex::decode(
    ///     "301A A00A 8008000101214365 87F9 81079144770009 7000 A803 800101",
    /// ).unwrap();
    /// let arg = AnyTimeModificationArg::decode(&bytes)?;
    /// let SubscriberIdentity::Imsi(imsi) = arg.subscriber_identity else { panic!() };
    /// assert_eq!(imsi.to_string(), "001010123456789");
    /// assert_eq!(arg.gsm_scf_address.to_string(), "+447700900700");
    /// let ip = arg.modification_request_for_ip_sm_gw_data.unwrap();
    /// assert_eq!(ip.modify_registration_status, Some(ModificationInstruction::ACTIVATE));
    /// assert_eq!(arg.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct AnyTimeModificationArg / AnyTimeModificationArgOwned ("AnyTimeModificationArg") {
        /// subscriberIdentity `[0]` (explicit CHOICE: imsi `[0]` or msisdn `[1]`).
        subscriber_identity: req(Tag::context(0), "subscriberIdentity") SubscriberIdentity<'a> => SubscriberIdentity<'a> | SubscriberIdentityOwned,
        /// gsmSCF-Address `[1]` ISDN-AddressString: for registration, the IP-SM-GW's address.
        gsm_scf_address: req(Tag::context(1), "gsmSCF-Address") Isdn => AddressString<'a> | Vec<u8>,
        /// modificationRequestFor-CF-Info `[2]`, raw.
        modification_request_for_cf_info: opt(Tag::context(2), "modificationRequestFor-CF-Info") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-CB-Info `[3]`, raw.
        modification_request_for_cb_info: opt(Tag::context(3), "modificationRequestFor-CB-Info") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-CSI `[4]`, raw.
        modification_request_for_csi: opt(Tag::context(4), "modificationRequestFor-CSI") Opaque => Element<'a> | Vec<u8>,
        /// extensionContainer `[5]`.
        extension_container: opt(Tag::context(5), "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// longFTN-Supported `[6]` NULL.
        long_ftn_supported: flag(Tag::context(6), "longFTN-Supported") Null => bool | bool,
        /// modificationRequestFor-ODB-data `[7]`, raw.
        modification_request_for_odb_data: opt(Tag::context(7), "modificationRequestFor-ODB-data") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-IP-SM-GW-Data `[8]`: IP-SM-GW (de)registration.
        modification_request_for_ip_sm_gw_data: opt(Tag::context(8), "modificationRequestFor-IP-SM-GW-Data") ModificationRequestForIpSmGwData<'a> => ModificationRequestForIpSmGwData<'a> | ModificationRequestForIpSmGwDataOwned,
        /// activationRequestForUE-reachability `[9]` RequestedServingNode (BIT STRING, bit 0
        /// mmeAndSgsn).
        activation_request_for_ue_reachability: opt(Tag::context(9), "activationRequestForUE-reachability") Bits => BitString<'a> | BitStringOwned,
        /// modificationRequestFor-CSG `[10]`, raw.
        modification_request_for_csg: opt(Tag::context(10), "modificationRequestFor-CSG") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-CW-Data `[11]`, raw.
        modification_request_for_cw_data: opt(Tag::context(11), "modificationRequestFor-CW-Data") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-CLIP-Data `[12]`, raw.
        modification_request_for_clip_data: opt(Tag::context(12), "modificationRequestFor-CLIP-Data") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-CLIR-Data `[13]`, raw.
        modification_request_for_clir_data: opt(Tag::context(13), "modificationRequestFor-CLIR-Data") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-HOLD-Data `[14]`, raw.
        modification_request_for_hold_data: opt(Tag::context(14), "modificationRequestFor-HOLD-Data") Opaque => Element<'a> | Vec<u8>,
        /// modificationRequestFor-ECT-Data `[15]`, raw.
        modification_request_for_ect_data: opt(Tag::context(15), "modificationRequestFor-ECT-Data") Opaque => Element<'a> | Vec<u8>,
    }
    extensible unknown
}

impl<'a> AnyTimeModificationArg<'a> {
    /// An IP-SM-GW registration request (`activate`) or de-registration (`deactivate`) for
    /// `subscriber`, with the IP-SM-GW's own address (TS 29.002 §8.11.4).
    ///
    /// ```
    /// use smsip_ber::{AddressString, Imsi};
    /// use smsip_map::{AnyTimeModificationArg, ModificationInstruction, SubscriberIdentity};
    /// let imsi = Imsi::new(&[0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]).unwrap();
    /// let gw = AddressString::new(&[0x91, 0x44, 0x77, 0x00, 0x09, 0x70, 0x00]).unwrap();
    /// let arg = AnyTimeModificationArg::ip_sm_gw_registration(SubscriberIdentity::Imsi(imsi), gw, ModificationInstruction::ACTIVATE);
    /// let expected = smsip_core::hex::decode("301A A00A 800800010121436587F9 81079144770009 7000 A803 800101").unwrap();
    /// assert_eq!(arg.to_vec(), expected); // map-sms.md §13.4
    /// ```
    pub const fn ip_sm_gw_registration(
        subscriber: SubscriberIdentity<'a>,
        ip_sm_gw_address: AddressString<'a>,
        instruction: ModificationInstruction,
    ) -> Self {
        AnyTimeModificationArg {
            subscriber_identity: subscriber,
            gsm_scf_address: ip_sm_gw_address,
            modification_request_for_cf_info: None,
            modification_request_for_cb_info: None,
            modification_request_for_csi: None,
            extension_container: None,
            long_ftn_supported: false,
            modification_request_for_odb_data: None,
            modification_request_for_ip_sm_gw_data: Some(ModificationRequestForIpSmGwData {
                modify_registration_status: Some(instruction),
                extension_container: None,
                ip_sm_gw_diameter_address: None,
                unknown: smsip_ber::RawElements::EMPTY,
            }),
            activation_request_for_ue_reachability: None,
            modification_request_for_csg: None,
            modification_request_for_cw_data: None,
            modification_request_for_clip_data: None,
            modification_request_for_clir_data: None,
            modification_request_for_hold_data: None,
            modification_request_for_ect_data: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}

sequence! {
    /// AnyTimeModificationRes (map-sms.md §10.1): for IP-SM-GW registration the HLR returns
    /// `serviceCentreAddress [9]`; the other members are kept raw.
    ///
    /// ```
    /// use smsip_map::AnyTimeModificationRes;
    /// // map-sms.md §13.4
    /// let bytes = [0x30, 0x09, 0x89, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00];
    /// let res = AnyTimeModificationRes::decode(&bytes)?;
    /// assert_eq!(res.service_centre_address.unwrap().to_string(), "+447700900000");
    /// assert_eq!(res.to_vec(), bytes);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct AnyTimeModificationRes / AnyTimeModificationResOwned ("AnyTimeModificationRes") {
        /// ss-InfoFor-CSE `[0]`, raw.
        ss_info_for_cse: opt(Tag::context(0), "ss-InfoFor-CSE") Opaque => Element<'a> | Vec<u8>,
        /// camel-SubscriptionInfo `[1]`, raw.
        camel_subscription_info: opt(Tag::context(1), "camel-SubscriptionInfo") Opaque => Element<'a> | Vec<u8>,
        /// extensionContainer `[2]`.
        extension_container: opt(Tag::context(2), "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// odb-Info `[3]`, raw.
        odb_info: opt(Tag::context(3), "odb-Info") Opaque => Element<'a> | Vec<u8>,
        /// cw-Data `[4]`, raw.
        cw_data: opt(Tag::context(4), "cw-Data") Opaque => Element<'a> | Vec<u8>,
        /// ch-Data `[5]`, raw.
        ch_data: opt(Tag::context(5), "ch-Data") Opaque => Element<'a> | Vec<u8>,
        /// clip-Data `[6]`, raw.
        clip_data: opt(Tag::context(6), "clip-Data") Opaque => Element<'a> | Vec<u8>,
        /// clir-Data `[7]`, raw.
        clir_data: opt(Tag::context(7), "clir-Data") Opaque => Element<'a> | Vec<u8>,
        /// ect-data `[8]`, raw.
        ect_data: opt(Tag::context(8), "ect-data") Opaque => Element<'a> | Vec<u8>,
        /// serviceCentreAddress `[9]` AddressString: the subscriber's SC address.
        service_centre_address: opt(Tag::context(9), "serviceCentreAddress") Addr => AddressString<'a> | Vec<u8>,
    }
    extensible unknown
}

impl Default for AnyTimeModificationRes<'_> {
    fn default() -> Self {
        AnyTimeModificationRes {
            ss_info_for_cse: None,
            camel_subscription_info: None,
            extension_container: None,
            odb_info: None,
            cw_data: None,
            ch_data: None,
            clip_data: None,
            clir_data: None,
            ect_data: None,
            service_centre_address: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}
