//! informServiceCentre (opcode 63, shortMsgGatewayContext; TS 29.002 §12.6; map-sms.md §5,
//! §5.1, §5.3, §6): InformServiceCentreArg with MW-Status. The operation has no result.

#[cfg(feature = "alloc")]
use alloc::vec::Vec;

use smsip_ber::{AddressString, BitString, ExtensionContainer, Tag};

use crate::codec::{sequence, Bits, Ext, IntEnum, Isdn};
use crate::common::AbsentSubscriberDiagnosticSm;
#[cfg(feature = "alloc")]
use crate::common::BitStringOwned;

/// The named bits of MW-Status ::= BIT STRING (SIZE (6..16)) (map-sms.md §5.3); bits 6–15 are
/// ignored if received and not understood.
pub mod mw_status {
    /// sc-AddressNotIncluded (0)
    pub const SC_ADDRESS_NOT_INCLUDED: usize = 0;
    /// mnrf-Set (1): mobile station not reachable flag.
    pub const MNRF_SET: usize = 1;
    /// mcef-Set (2): memory capacity exceeded flag.
    pub const MCEF_SET: usize = 2;
    /// mnrg-Set (3): mobile station not reachable for GPRS.
    pub const MNRG_SET: usize = 3;
    /// mnr5g-Set (4) (Rel-16).
    pub const MNR5G_SET: usize = 4;
    /// mnr5gn3g-Set (5) (Rel-16).
    pub const MNR5GN3G_SET: usize = 5;
}

sequence! {
    /// InformServiceCentreArg, every member up to Rel-16 (map-sms.md §5, §5.1).
    ///
    /// `mw-Status` is kept as the BIT STRING received: its SIZE (6..16) is not enforced (an
    /// all-zero status sent with fewer bits still decodes; absent bits read as clear).
    ///
    /// ```
    /// use smsip_map::{mw_status, InformServiceCentreArg};
    /// // jss7-isc-arg (RestComm/jss7 InformServiceCentreRequestTest): only mnrf-Set.
    /// let arg = InformServiceCentreArg::decode(&[0x30, 0x04, 0x03, 0x02, 0x02, 0x40])?;
    /// let mw = arg.mw_status.unwrap();
    /// assert!(mw.is_set(mw_status::MNRF_SET) && !mw.is_set(mw_status::MCEF_SET));
    /// assert_eq!(mw.len(), 6);
    /// # Ok::<(), smsip_map::DecodeError>(())
    /// ```
    pub struct InformServiceCentreArg / InformServiceCentreArgOwned ("InformServiceCentreArg") {
        /// storedMSISDN ISDN-AddressString.
        stored_msisdn: opt(Tag::OCTET_STRING, "storedMSISDN") Isdn => AddressString<'a> | Vec<u8>,
        /// mw-Status MW-Status (named bits in [`mw_status`]).
        mw_status: opt(Tag::BIT_STRING, "mw-Status") Bits => BitString<'a> | BitStringOwned,
        /// extensionContainer.
        extension_container: opt(Tag::SEQUENCE, "extensionContainer") Ext => ExtensionContainer<'a> | Vec<u8>,
        /// absentSubscriberDiagnosticSM (untagged INTEGER; for non-GPRS when the additional one
        /// is present).
        absent_subscriber_diagnostic_sm: opt(Tag::INTEGER, "absentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// additionalAbsentSubscriberDiagnosticSM `[0]` (for GPRS).
        additional_absent_subscriber_diagnostic_sm: opt(Tag::context(0), "additionalAbsentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// smsf3gppAbsentSubscriberDiagnosticSM `[1]` (Rel-16).
        smsf_3gpp_absent_subscriber_diagnostic_sm: opt(Tag::context(1), "smsf3gppAbsentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
        /// smsfNon3gppAbsentSubscriberDiagnosticSM `[2]` (Rel-16).
        smsf_non_3gpp_absent_subscriber_diagnostic_sm: opt(Tag::context(2), "smsfNon3gppAbsentSubscriberDiagnosticSM") IntEnum<AbsentSubscriberDiagnosticSm> => AbsentSubscriberDiagnosticSm | AbsentSubscriberDiagnosticSm,
    }
    extensible unknown
}

impl Default for InformServiceCentreArg<'_> {
    fn default() -> Self {
        InformServiceCentreArg {
            stored_msisdn: None,
            mw_status: None,
            extension_container: None,
            absent_subscriber_diagnostic_sm: None,
            additional_absent_subscriber_diagnostic_sm: None,
            smsf_3gpp_absent_subscriber_diagnostic_sm: None,
            smsf_non_3gpp_absent_subscriber_diagnostic_sm: None,
            unknown: smsip_ber::RawElements::EMPTY,
        }
    }
}
