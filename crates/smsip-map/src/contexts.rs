//! Application-context names and versions (map-sms.md §3; TS 29.002 §17.3.2):
//! `{map-ac <ac-id> <version>}` with `map-ac` = {0 4 0 0 1 0}.

use smsip_ber::{oid, Oid};

use crate::OpCode;

/// `map-ac` = {itu-t(0) identified-organization(4) etsi(0) mobileDomain(0) gsm-Network(1)
/// ac-Id(0)}: the prefix of every MAP application-context name.
pub const MAP_AC: Oid<'static> = oid!(0, 4, 0, 0, 1, 0);

/// shortMsgGatewayContext-v3 (0.4.0.0.1.0.20.3).
pub const SHORT_MSG_GATEWAY_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 3);
/// shortMsgGatewayContext-v2 (0.4.0.0.1.0.20.2).
pub const SHORT_MSG_GATEWAY_CONTEXT_V2: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 2);
/// shortMsgGatewayContext-v1 (0.4.0.0.1.0.20.1; v1 dialogues carry no AC name).
pub const SHORT_MSG_GATEWAY_CONTEXT_V1: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 20, 1);
/// shortMsgMO-RelayContext-v3 (0.4.0.0.1.0.21.3).
pub const SHORT_MSG_MO_RELAY_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 21, 3);
/// shortMsgMO-RelayContext-v2 (0.4.0.0.1.0.21.2).
pub const SHORT_MSG_MO_RELAY_CONTEXT_V2: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 21, 2);
/// shortMsgRelayContext-v1 (0.4.0.0.1.0.21.1): forwardSM v1, MO and MT.
pub const SHORT_MSG_RELAY_CONTEXT_V1: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 21, 1);
/// shortMsgMT-RelayContext-v3 (0.4.0.0.1.0.25.3).
pub const SHORT_MSG_MT_RELAY_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 25, 3);
/// shortMsgMT-RelayContext-v2 (0.4.0.0.1.0.25.2).
pub const SHORT_MSG_MT_RELAY_CONTEXT_V2: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 25, 2);
/// shortMsgAlertContext-v2 (0.4.0.0.1.0.23.2), the highest version.
pub const SHORT_MSG_ALERT_CONTEXT_V2: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 23, 2);
/// shortMsgAlertContext-v1 (0.4.0.0.1.0.23.1).
pub const SHORT_MSG_ALERT_CONTEXT_V1: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 23, 1);
/// mwdMngtContext-v3 (0.4.0.0.1.0.24.3).
pub const MWD_MNGT_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 24, 3);
/// mwdMngtContext-v2 (0.4.0.0.1.0.24.2).
pub const MWD_MNGT_CONTEXT_V2: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 24, 2);
/// mwdMngtContext-v1 (0.4.0.0.1.0.24.1).
pub const MWD_MNGT_CONTEXT_V1: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 24, 1);
/// shortMsgMT-Relay-VGCS-Context-v3 (0.4.0.0.1.0.41.3), v3 only.
pub const SHORT_MSG_MT_RELAY_VGCS_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 41, 3);
/// anyTimeInfoHandlingContext-v3 (0.4.0.0.1.0.43.3), v3 only.
pub const ANY_TIME_INFO_HANDLING_CONTEXT_V3: Oid<'static> = oid!(0, 4, 0, 0, 1, 0, 43, 3);

/// The MAP application contexts of the short-message services and IP-SM-GW registration.
///
/// ```
/// use smsip_map::{contexts, ApplicationContext};
/// use smsip_ber::Oid;
/// // The AC name of an AARQ (tcap.md §7): 06 07 04 00 00 01 00 14 03.
/// let oid = Oid::new(&[0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03]).unwrap();
/// assert_eq!(contexts::lookup(&oid), Some((ApplicationContext::ShortMsgGateway, 3)));
/// assert_eq!(ApplicationContext::ShortMsgAlert.highest_version(), 2);
/// assert_eq!(ApplicationContext::ShortMsgMtRelay.oid(3), Some(contexts::SHORT_MSG_MT_RELAY_CONTEXT_V3));
/// // MT relay in v1 is the common shortMsgRelayContext-v1.
/// assert_eq!(ApplicationContext::ShortMsgMtRelay.oid(1), Some(contexts::SHORT_MSG_RELAY_CONTEXT_V1));
/// assert_eq!(ApplicationContext::AnyTimeInfoHandling.oid(2), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ApplicationContext {
    /// shortMsgGatewayContext (ac-Id 20), v1–v3: sendRoutingInfoForSM, reportSM-DeliveryStatus,
    /// informServiceCentre.
    ShortMsgGateway,
    /// shortMsgMO-RelayContext (ac-Id 21), v2–v3: mo-ForwardSM / forwardSM; its v1 is
    /// shortMsgRelayContext-v1, shared with MT relay.
    ShortMsgMoRelay,
    /// shortMsgMT-RelayContext (ac-Id 25), v2–v3: mt-ForwardSM / forwardSM; in v1 MT relay uses
    /// shortMsgRelayContext-v1 (…21.1).
    ShortMsgMtRelay,
    /// shortMsgAlertContext (ac-Id 23), v1–v2: alertServiceCentre(WithoutResult).
    ShortMsgAlert,
    /// mwdMngtContext (ac-Id 24), v1–v3: readyForSM, noteSubscriberPresent (v1).
    MwdMngt,
    /// shortMsgMT-Relay-VGCS-Context (ac-Id 41), v3: mt-ForwardSM-VGCS.
    ShortMsgMtRelayVgcs,
    /// anyTimeInfoHandlingContext (ac-Id 43), v3: anyTimeModification (IP-SM-GW registration).
    AnyTimeInfoHandling,
}

impl ApplicationContext {
    /// Every context, in declaration order.
    pub const ALL: [ApplicationContext; 7] = [
        ApplicationContext::ShortMsgGateway,
        ApplicationContext::ShortMsgMoRelay,
        ApplicationContext::ShortMsgMtRelay,
        ApplicationContext::ShortMsgAlert,
        ApplicationContext::MwdMngt,
        ApplicationContext::ShortMsgMtRelayVgcs,
        ApplicationContext::AnyTimeInfoHandling,
    ];

    /// The ASN.1 name without version (`"shortMsgGatewayContext"`).
    pub const fn name(self) -> &'static str {
        match self {
            ApplicationContext::ShortMsgGateway => "shortMsgGatewayContext",
            ApplicationContext::ShortMsgMoRelay => "shortMsgMO-RelayContext",
            ApplicationContext::ShortMsgMtRelay => "shortMsgMT-RelayContext",
            ApplicationContext::ShortMsgAlert => "shortMsgAlertContext",
            ApplicationContext::MwdMngt => "mwdMngtContext",
            ApplicationContext::ShortMsgMtRelayVgcs => "shortMsgMT-Relay-VGCS-Context",
            ApplicationContext::AnyTimeInfoHandling => "anyTimeInfoHandlingContext",
        }
    }

    /// The `ac-Id` arc (the seventh arc of the name).
    pub const fn ac_id(self) -> u8 {
        match self {
            ApplicationContext::ShortMsgGateway => 20,
            ApplicationContext::ShortMsgMoRelay => 21,
            ApplicationContext::ShortMsgMtRelay => 25,
            ApplicationContext::ShortMsgAlert => 23,
            ApplicationContext::MwdMngt => 24,
            ApplicationContext::ShortMsgMtRelayVgcs => 41,
            ApplicationContext::AnyTimeInfoHandling => 43,
        }
    }

    /// The context whose `ac-Id` arc is `ac` (the inverse of [`ac_id`](Self::ac_id)).
    ///
    /// ```
    /// use smsip_map::ApplicationContext;
    /// for c in ApplicationContext::ALL {
    ///     assert_eq!(ApplicationContext::from_ac_id(c.ac_id()), Some(c));
    /// }
    /// assert_eq!(ApplicationContext::from_ac_id(22), None);
    /// ```
    pub const fn from_ac_id(ac: u8) -> Option<Self> {
        Some(match ac {
            20 => ApplicationContext::ShortMsgGateway,
            21 => ApplicationContext::ShortMsgMoRelay,
            25 => ApplicationContext::ShortMsgMtRelay,
            23 => ApplicationContext::ShortMsgAlert,
            24 => ApplicationContext::MwdMngt,
            41 => ApplicationContext::ShortMsgMtRelayVgcs,
            43 => ApplicationContext::AnyTimeInfoHandling,
            _ => return None,
        })
    }

    /// The lowest version defined (MT relay counts v1 through shortMsgRelayContext-v1).
    pub const fn lowest_version(self) -> u8 {
        match self {
            ApplicationContext::ShortMsgMtRelayVgcs | ApplicationContext::AnyTimeInfoHandling => 3,
            _ => 1,
        }
    }

    /// The highest version defined (what a responder offers when it rejects another, map-sms.md
    /// §3).
    pub const fn highest_version(self) -> u8 {
        match self {
            ApplicationContext::ShortMsgAlert => 2,
            _ => 3,
        }
    }

    /// The name of `version`, if that version exists.
    pub const fn oid(self, version: u8) -> Option<Oid<'static>> {
        use ApplicationContext as Ac;
        Some(match (self, version) {
            (Ac::ShortMsgGateway, 3) => SHORT_MSG_GATEWAY_CONTEXT_V3,
            (Ac::ShortMsgGateway, 2) => SHORT_MSG_GATEWAY_CONTEXT_V2,
            (Ac::ShortMsgGateway, 1) => SHORT_MSG_GATEWAY_CONTEXT_V1,
            (Ac::ShortMsgMoRelay, 3) => SHORT_MSG_MO_RELAY_CONTEXT_V3,
            (Ac::ShortMsgMoRelay, 2) => SHORT_MSG_MO_RELAY_CONTEXT_V2,
            (Ac::ShortMsgMoRelay | Ac::ShortMsgMtRelay, 1) => SHORT_MSG_RELAY_CONTEXT_V1,
            (Ac::ShortMsgMtRelay, 3) => SHORT_MSG_MT_RELAY_CONTEXT_V3,
            (Ac::ShortMsgMtRelay, 2) => SHORT_MSG_MT_RELAY_CONTEXT_V2,
            (Ac::ShortMsgAlert, 2) => SHORT_MSG_ALERT_CONTEXT_V2,
            (Ac::ShortMsgAlert, 1) => SHORT_MSG_ALERT_CONTEXT_V1,
            (Ac::MwdMngt, 3) => MWD_MNGT_CONTEXT_V3,
            (Ac::MwdMngt, 2) => MWD_MNGT_CONTEXT_V2,
            (Ac::MwdMngt, 1) => MWD_MNGT_CONTEXT_V1,
            (Ac::ShortMsgMtRelayVgcs, 3) => SHORT_MSG_MT_RELAY_VGCS_CONTEXT_V3,
            (Ac::AnyTimeInfoHandling, 3) => ANY_TIME_INFO_HANDLING_CONTEXT_V3,
            _ => return None,
        })
    }

    /// The operations of the context in `version` (map-sms.md §2, §3, §11).
    ///
    /// ```
    /// use smsip_map::{ApplicationContext, OpCode};
    /// assert_eq!(ApplicationContext::ShortMsgAlert.operations(1), &[OpCode::ALERT_SERVICE_CENTRE_WITHOUT_RESULT]);
    /// assert!(ApplicationContext::ShortMsgGateway.operations(3).contains(&OpCode::INFORM_SERVICE_CENTRE));
    /// ```
    pub const fn operations(self, version: u8) -> &'static [OpCode] {
        use ApplicationContext as Ac;
        match (self, version) {
            (Ac::ShortMsgGateway, 1) => &[
                OpCode::SEND_ROUTING_INFO_FOR_SM,
                OpCode::REPORT_SM_DELIVERY_STATUS,
            ],
            (Ac::ShortMsgGateway, 2 | 3) => &[
                OpCode::SEND_ROUTING_INFO_FOR_SM,
                OpCode::REPORT_SM_DELIVERY_STATUS,
                OpCode::INFORM_SERVICE_CENTRE,
            ],
            (Ac::ShortMsgMoRelay, 1..=3) => &[OpCode::MO_FORWARD_SM],
            (Ac::ShortMsgMtRelay, 1 | 2) => &[OpCode::FORWARD_SM],
            (Ac::ShortMsgMtRelay, 3) => &[OpCode::MT_FORWARD_SM],
            (Ac::ShortMsgAlert, 1) => &[OpCode::ALERT_SERVICE_CENTRE_WITHOUT_RESULT],
            (Ac::ShortMsgAlert, 2) => &[OpCode::ALERT_SERVICE_CENTRE],
            (Ac::MwdMngt, 1) => &[OpCode::NOTE_SUBSCRIBER_PRESENT],
            (Ac::MwdMngt, 2 | 3) => &[OpCode::READY_FOR_SM],
            (Ac::ShortMsgMtRelayVgcs, 3) => &[OpCode::MT_FORWARD_SM_VGCS],
            (Ac::AnyTimeInfoHandling, 3) => &[OpCode::ANY_TIME_MODIFICATION],
            _ => &[],
        }
    }

    /// The context and version an application-context name designates (see [`lookup`]).
    pub fn from_oid(oid: &Oid<'_>) -> Option<(ApplicationContext, u8)> {
        lookup(oid)
    }
}

impl core::fmt::Display for ApplicationContext {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// The context and version an application-context name designates: `{0 4 0 0 1 0 <ac> <v>}`
/// with a known `ac` and a version that exists for it. shortMsgRelayContext-v1 (…21.1) serves
/// MO and MT relay alike and is reported as [`ApplicationContext::ShortMsgMoRelay`] version 1.
#[inline]
pub fn lookup(oid: &Oid<'_>) -> Option<(ApplicationContext, u8)> {
    use ApplicationContext as Ac;
    let b = oid.as_bytes();
    let (prefix, tail) = b.split_at_checked(MAP_AC.as_bytes().len())?;
    if prefix != MAP_AC.as_bytes() {
        return None;
    }
    // Arcs above 127 take two octets, so a two-octet tail is two single-octet arcs.
    let [ac, version] = *tail else { return None };
    let ctx = Ac::from_ac_id(ac)?;
    // shortMsgMT-RelayContext has no v1 of its own (…25.1 names nothing).
    ctx.oid(version)
        .filter(|o| o.as_bytes() == b)
        .map(|_| (ctx, version))
}
