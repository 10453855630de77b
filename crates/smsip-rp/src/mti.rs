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

/// Bits 8-4 of the RP-MTI octet (TS 24.011 §8.2.2, Figure 8.4): spare, sent as 0 and not
/// interpreted on receipt, but kept as received so that a message re-encodes to the octets it
/// was decoded from.
///
/// Held in their wire positions (mask `0xF8`). Like the `spare` fields of `smsip-tpdu`, a value
/// with bits outside the spare bits is refused: here by [`SpareBits::new`], so that every
/// message value encodes to the RP-MTI it names.
///
/// ```
/// use smsip_rp::{RpMessage, SpareBits};
/// let RpMessage::Smma(s) = RpMessage::decode(&[0xF6, 0x05]).unwrap() else { panic!() };
/// assert_eq!(s.spare, SpareBits::new(0xF0).unwrap());
/// let mut out = Vec::new();
/// s.encode(&mut out);
/// assert_eq!(out, [0xF6, 0x05]); // kept
/// assert!(SpareBits::new(0x01).is_err()); // bit 1 is RP-MTI, not spare
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SpareBits(u8);

impl SpareBits {
    /// The bits of the RP-MTI octet that are spare.
    pub const MASK: u8 = 0xF8;

    /// All spare bits 0, as a sender sets them.
    pub const NONE: Self = SpareBits(0);

    /// Spare bits from an octet with them in place (bits 8-4, `0x08..=0xF8`); an error if any
    /// of bits 3-1 (the RP-MTI) is set.
    pub const fn new(bits: u8) -> Result<Self, crate::BuildError> {
        if bits & !Self::MASK != 0 {
            return Err(crate::BuildError::Invalid {
                field: "RP-MTI octet spare bits",
                reason: "only bits 8-4 are spare (TS 24.011 §8.2.2)",
            });
        }
        Ok(SpareBits(bits))
    }

    /// The spare bits of a received first octet.
    #[inline]
    pub(crate) const fn of_octet(octet: u8) -> Self {
        SpareBits(octet & Self::MASK)
    }

    /// The bits, in their place in the octet.
    #[inline]
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// True when all are 0 (as TS 24.011 §8.2.2 sends them).
    #[inline]
    pub const fn is_none(self) -> bool {
        self.0 == 0
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for SpareBits {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(SpareBits::of_octet(u8::arbitrary(u)?))
    }
}
