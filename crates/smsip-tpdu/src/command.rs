//! SMS-COMMAND (TS 23.040 §9.2.2.4): MS to SC.

use crate::udh::Udh;
use crate::{finish, Address, CommandType, DecodeError, EncodeError, Pid, TpduType};
use smsip_core::{Reader, Sink};

/// SMS-COMMAND, borrowing TP-CD from the input.
///
/// ```
/// use smsip_tpdu::{Command, CommandType};
/// let pdu = smsip_core::hex::decode("022B00022A0C9144770009103200").unwrap();
/// let c = Command::decode(&pdu).unwrap();
/// assert_eq!((c.mr, c.ct, c.mn), (43, CommandType::DELETE, 42));
/// assert_eq!(c.da.to_string(), "+447700900123");
/// assert!(c.cd.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Command<'a> {
    /// TP-UDHI: TP-CD starts with a User Data Header (bit 6).
    pub udhi: bool,
    /// TP-SRR, status report requested (bit 5).
    pub srr: bool,
    /// Bits 7 and 4..2 as received (unused).
    pub spare: u8,
    /// TP-MR of this command.
    pub mr: u8,
    /// TP-PID.
    pub pid: Pid,
    /// TP-CT.
    pub ct: CommandType,
    /// TP-MN: the TP-MR of the message the command is about.
    pub mn: u8,
    /// TP-DA of that message.
    pub da: Address,
    /// TP-CD, command data (TP-CDL is its length).
    pub cd: &'a [u8],
}

const SPARE: u8 = 0b1001_1100;

impl<'a> Command<'a> {
    /// Decodes an SMS-COMMAND (TP-MTI 10).
    pub fn decode(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let first = r.u8("first octet")?;
        if first & 3 != 2 {
            return Err(DecodeError::WrongType {
                expected: TpduType::Command,
                found: TpduType::from_mti(first & 3, crate::Direction::MsToSc),
            });
        }
        let mr = r.u8("TP-MR")?;
        let pid = Pid(r.u8("TP-PID")?);
        let ct = CommandType(r.u8("TP-CT")?);
        let mn = r.u8("TP-MN")?;
        let da = Address::decode(&mut r, "TP-DA")?;
        let cdl_at = r.offset();
        let cdl = r.u8("TP-CDL")?;
        let cd = r.take(usize::from(cdl), "TP-CD")?;
        finish(&r, TpduType::Command)?;
        let c = Command {
            udhi: first & 0x40 != 0,
            srr: first & 0x20 != 0,
            spare: first & SPARE,
            mr,
            pid,
            ct,
            mn,
            da,
            cd,
        };
        c.check_header()
            .map_err(|reason| DecodeError::invalid("UDHL", cdl_at + 1, reason))?;
        Ok(c)
    }

    fn check_header(&self) -> Result<(), &'static str> {
        if self.udhi && self.header().is_none() {
            return Err("TP-UDHI is set but TP-CD holds no complete header");
        }
        Ok(())
    }

    /// The User Data Header at the start of TP-CD, when TP-UDHI is set.
    pub fn header(&self) -> Option<Udh<'a>> {
        if self.udhi {
            Udh::parse(self.cd).ok()
        } else {
            None
        }
    }

    /// The first octet this value encodes to.
    pub fn first_octet(&self) -> u8 {
        u8::from(self.udhi) << 6 | u8::from(self.srr) << 5 | (self.spare & SPARE) | 0b10
    }

    /// Octets the TPDU encodes to.
    pub fn encoded_len(&self) -> usize {
        5 + self.da.encoded_len() + 1 + self.cd.len()
    }

    /// Writes the TPDU (checked first: nothing is written on error).
    pub fn encode<S: Sink + ?Sized>(&self, out: &mut S) -> Result<(), EncodeError> {
        if self.spare & !SPARE != 0 {
            return Err(EncodeError::invalid(
                "first octet",
                "spare bits outside the unused bits",
            ));
        }
        let cdl = u8::try_from(self.cd.len())
            .map_err(|_| EncodeError::invalid("TP-CDL", "TP-CD longer than 255 octets"))?;
        self.check_header()
            .map_err(|r| EncodeError::invalid("UDHL", r))?;
        out.put(self.first_octet());
        out.put(self.mr);
        out.put(self.pid.0);
        out.put(self.ct.0);
        out.put(self.mn);
        self.da.encode(out);
        out.put(cdl);
        out.put_slice(self.cd);
        Ok(())
    }
}
