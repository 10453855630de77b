//! RP-Message Type Indicator and direction (TS 24.011 §8.2.2).

smsip_core::open_enum! {
    /// RP-MTI, bits 3-1 of the first RPDU octet (TS 24.011 §8.2.2, Table 8.3). Even values
    /// travel MS → network, odd values network → MS; 7 is reserved.
    pub struct MessageType(u8) {
        /// RP-DATA, MS → network.
        DATA_MS_TO_NETWORK = 0 => "RP-DATA (MS to network)",
        /// RP-DATA, network → MS.
        DATA_NETWORK_TO_MS = 1 => "RP-DATA (network to MS)",
        /// RP-ACK, MS → network.
        ACK_MS_TO_NETWORK = 2 => "RP-ACK (MS to network)",
        /// RP-ACK, network → MS.
        ACK_NETWORK_TO_MS = 3 => "RP-ACK (network to MS)",
        /// RP-ERROR, MS → network.
        ERROR_MS_TO_NETWORK = 4 => "RP-ERROR (MS to network)",
        /// RP-ERROR, network → MS.
        ERROR_NETWORK_TO_MS = 5 => "RP-ERROR (network to MS)",
        /// RP-SMMA, MS → network.
        SMMA_MS_TO_NETWORK = 6 => "RP-SMMA (MS to network)",
    }
}

/// Which way an RPDU travels, given by bit 1 of RP-MTI (TS 24.011 §8.2.2).
///
/// It decides the TPDU inside: RP-DATA MS → network carries SMS-SUBMIT or SMS-COMMAND, network
/// → MS SMS-DELIVER or SMS-STATUS-REPORT; RP-ACK/RP-ERROR MS → network carry
/// SMS-DELIVER-REPORT, network → MS SMS-SUBMIT-REPORT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Direction {
    /// Mobile station (UE) to network (MSC, SGSN, MME or IP-SM-GW): even RP-MTI.
    MsToNetwork,
    /// Network to mobile station: odd RP-MTI.
    NetworkToMs,
}

impl Direction {
    /// The other direction (that of the answer).
    #[inline]
    pub const fn reverse(self) -> Direction {
        match self {
            Direction::MsToNetwork => Direction::NetworkToMs,
            Direction::NetworkToMs => Direction::MsToNetwork,
        }
    }

    /// The direction bit of RP-MTI (0 MS → network, 1 network → MS).
    #[inline]
    pub(crate) const fn bit(self) -> u8 {
        match self {
            Direction::MsToNetwork => 0,
            Direction::NetworkToMs => 1,
        }
    }

    #[inline]
    pub(crate) const fn from_mti(mti: u8) -> Direction {
        if mti & 1 == 0 {
            Direction::MsToNetwork
        } else {
            Direction::NetworkToMs
        }
    }
}

impl MessageType {
    /// The direction of this message type (`None` for the reserved value 7 and above).
    pub const fn direction(self) -> Option<Direction> {
        if self.0 < 7 {
            Some(Direction::from_mti(self.0))
        } else {
            None
        }
    }
}
