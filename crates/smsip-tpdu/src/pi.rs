//! TP-PI, TP-Parameter-Indicator, and the optional parameters it announces (TS 23.040
//! §9.2.3.27). Used by SMS-DELIVER-REPORT, SMS-SUBMIT-REPORT and SMS-STATUS-REPORT.

use crate::user_data::{self, UserData};
use crate::{Dcs, DecodeError, EncodeError, Pid};
use smsip_core::{Reader, Sink};

/// TP-PI and the TP-PID, TP-DCS, TP-UDL/TP-UD it announces.
///
/// TP-PI bits 0..2 are derived from which parameters are present; the reserved bits 3..6 and any
/// extension octets (bit 7) are kept as received so the TPDU re-encodes unchanged.
///
/// ```
/// use smsip_tpdu::{OptionalParams, Pid};
/// let p = OptionalParams { pid: Some(Pid::DEFAULT), ..OptionalParams::default() };
/// assert_eq!(p.pi_octet(), 0x01);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct OptionalParams<'a> {
    /// TP-PI bits 3..6 as received (reserved: sent 0, ignored on receipt).
    pub pi_reserved: u8,
    /// TP-PI extension octets (present when bit 7 of the previous octet is 1); their bits are
    /// all reserved.
    pub pi_extension: &'a [u8],
    /// TP-PID (TP-PI bit 0).
    pub pid: Option<Pid>,
    /// TP-DCS (TP-PI bit 1).
    pub dcs: Option<Dcs>,
    /// TP-UDL and TP-UD (TP-PI bit 2). `Some` with an empty UD means TP-UDL = 0.
    pub ud: Option<UserData<'a>>,
}

/// Takes TP-PI and its extension octets, which chain on bit 7 (TS 23.040 §9.2.3.27).
pub(crate) fn take_pi<'a>(r: &mut Reader<'a>) -> Result<&'a [u8], DecodeError> {
    let mut probe = r.clone();
    let mut n = 1usize;
    let mut more = probe.u8("TP-PI")? & 0x80 != 0;
    while more {
        more = probe.u8("TP-PI extension")? & 0x80 != 0;
        n += 1;
    }
    Ok(r.take(n, "TP-PI")?)
}

impl<'a> OptionalParams<'a> {
    /// The first TP-PI octet this value encodes to.
    pub fn pi_octet(&self) -> u8 {
        let mut pi = (self.pi_reserved & 0x78) | u8::from(!self.pi_extension.is_empty()) << 7;
        pi |= u8::from(self.pid.is_some());
        pi |= u8::from(self.dcs.is_some()) << 1;
        pi |= u8::from(self.ud.is_some()) << 2;
        pi
    }

    /// The DCS that applies to TP-UD: TP-DCS, or 0x00 when absent (TS 23.040 §9.2.3.27).
    pub fn effective_dcs(&self) -> Dcs {
        self.dcs.unwrap_or(Dcs::GSM7)
    }

    /// True when nothing but an all-zero TP-PI would be sent.
    pub fn is_empty(&self) -> bool {
        self.pi_octet() == 0
    }

    /// Reads TP-PI and the parameters it announces; `udhi` comes from the first octet and
    /// `max_ud` caps TP-UD. The parameters must end the TPDU.
    pub(crate) fn decode(
        r: &mut Reader<'a>,
        udhi: bool,
        max_ud: usize,
    ) -> Result<Self, DecodeError> {
        let pi_bytes = take_pi(r)?;
        Self::decode_after(pi_bytes, r, udhi, max_ud)
    }

    /// The parameters announced by `pi_bytes` (TP-PI and its extension octets), read from `r`
    /// (SMS-SUBMIT-REPORT has TP-SCTS between the two).
    pub(crate) fn decode_after(
        pi_bytes: &'a [u8],
        r: &mut Reader<'a>,
        udhi: bool,
        max_ud: usize,
    ) -> Result<Self, DecodeError> {
        let (&pi, pi_extension) = pi_bytes.split_first().unwrap_or((&0, &[]));
        let pid = if pi & 1 != 0 {
            Some(Pid(r.u8("TP-PID")?))
        } else {
            None
        };
        let dcs = if pi & 2 != 0 {
            Some(Dcs(r.u8("TP-DCS")?))
        } else {
            None
        };
        let ud = if pi & 4 != 0 {
            let dcs = dcs.unwrap_or(Dcs::GSM7);
            Some(user_data::decode(r, dcs, udhi, max_ud)?)
        } else if udhi {
            // TP-UDHI describes TP-UD; without TP-UD the bit cannot be represented (or meant).
            return Err(DecodeError::invalid(
                "first octet",
                0,
                "TP-UDHI is set but TP-PI announces no TP-UD",
            ));
        } else {
            None
        };
        Ok(OptionalParams {
            pi_reserved: pi & 0x78,
            pi_extension,
            pid,
            dcs,
            ud,
        })
    }

    pub(crate) fn validate(&self, max_ud: usize) -> Result<(), EncodeError> {
        if self.pi_reserved & !0x78 != 0 {
            return Err(EncodeError::invalid(
                "TP-PI",
                "reserved bits outside bits 3..6",
            ));
        }
        let mut ext = self.pi_extension.iter().peekable();
        while let Some(&b) = ext.next() {
            if (b & 0x80 != 0) != ext.peek().is_some() {
                return Err(EncodeError::invalid(
                    "TP-PI extension",
                    "bit 7 must be set on every extension octet but the last",
                ));
            }
        }
        if let Some(ud) = &self.ud {
            ud.validate(self.effective_dcs(), max_ud)?;
        }
        Ok(())
    }

    pub(crate) fn encoded_len(&self) -> usize {
        1 + self.pi_extension.len()
            + usize::from(self.pid.is_some())
            + usize::from(self.dcs.is_some())
            + self.ud.as_ref().map_or(0, |u| 1 + u.data.len())
    }

    pub(crate) fn encode<S: Sink + ?Sized>(&self, out: &mut S) {
        self.encode_split(out, |_| {})
    }

    /// Writes TP-PI, then `between` (SMS-SUBMIT-REPORT's TP-SCTS), then the parameters.
    pub(crate) fn encode_split<S: Sink + ?Sized>(&self, out: &mut S, between: impl FnOnce(&mut S)) {
        out.put(self.pi_octet());
        out.put_slice(self.pi_extension);
        between(out);
        if let Some(p) = self.pid {
            out.put(p.0);
        }
        if let Some(d) = self.dcs {
            out.put(d.0);
        }
        if let Some(ud) = &self.ud {
            ud.encode(out);
        }
    }

    /// TP-UDHI of the first octet.
    pub(crate) fn udhi(&self) -> bool {
        self.ud.as_ref().is_some_and(|u| u.udhi)
    }
}
