//! MAP short-message arguments (TS 29.002) as tshark's `gsm_map` dissector shows them:
//! sendRoutingInfoForSM, mo-ForwardSM and mt-ForwardSM. The TPDU in sm-RP-UI goes on to
//! [`super::tpdu`] with the direction of the operation (mo: MS to SC, mt: SC to MS).
//!
//! Values come from smsip-map's decode; positions are those of the octets smsip-map's views
//! borrow from the packet.

use smsip_ber::AddressString;
use smsip_map::{decode_arg_versioned, Argument, OpCode, SmRpDa, SmRpOa};
use smsip_tpdu::{Direction, ReportContext};

use crate::expect::Expected;

/// The tshark protocol this module maps.
pub const PROTOCOL: &str = "gsm_map";

/// Every tshark field name this module maps.
pub const FIELDS: &[&str] = &[
    "gsm_map.sm.msisdn",
    "gsm_map.sm.sm_RP_PRI",
    "gsm_map.sm.serviceCentreAddress",
    "gsm_map.sm.sm_RP_DA",
    "gsm_map.sm.sm_RP_OA",
    "gsm_map.sm.imsi",
    "gsm_map.sm.serviceCentreAddressDA",
    "gsm_map.sm.serviceCentreAddressOA",
    "gsm_map.sm.sm_RP_UI",
    "gsm_map.extension",
    "gsm_map.nature_of_number",
    "gsm_map.number_plan",
    "gsm_map.sm.lmsi",
    "e212.imsi",
];

/// Offset of `sub` (borrowed from `packet`) in `packet`.
pub(super) fn offset_in(packet: &[u8], sub: &[u8]) -> Result<usize, String> {
    let start = packet.as_ptr() as usize;
    let p = sub.as_ptr() as usize;
    (p >= start && p + sub.len() <= start + packet.len())
        .then(|| p - start)
        .ok_or_else(|| "a MAP value does not borrow from the packet".to_string())
}

/// An AddressString at its content offset, with the sub-fields tshark derives: extension,
/// nature of address, numbering plan, and the digits as `e164.msisdn` (international E.164) or
/// `e212.imsi` (land mobile numbering plan E.212, TS 29.002 §17.7.8: an IMSI in an
/// AddressString, as in MAP-OPEN's destinationReference).
pub(super) fn address(
    packet: &[u8],
    name: &'static str,
    a: &AddressString<'_>,
    out: &mut Expected,
) -> Result<usize, String> {
    let p = offset_in(packet, a.as_bytes())?;
    out.bytes(name, p, a.as_bytes());
    out.b("gsm_map.extension", p, a.extension_bit());
    out.u("gsm_map.nature_of_number", p, a.nature().0);
    out.u("gsm_map.number_plan", p, a.plan().0);
    if a.nature().0 == 1 && a.plan().0 == 1 {
        out.s(
            "e164.msisdn",
            p + 1,
            a.digits().digits().collect::<String>(),
        );
    }
    if a.plan().0 == 6 && a.as_bytes().len() > 1 {
        out.s("e212.imsi", p + 1, a.digits().to_string());
    }
    Ok(p)
}

/// The argument `arg` (the parameter element of an Invoke of `op`, borrowed from `packet`).
pub fn argument(
    packet: &[u8],
    op: u8,
    version: u8,
    arg: &[u8],
    out: &mut Expected,
) -> Result<(), String> {
    let a =
        decode_arg_versioned(OpCode(op), version, arg).map_err(|e| format!("smsip-map: {e}"))?;
    match a {
        Argument::SendRoutingInfoForSm(s) => {
            address(packet, "gsm_map.sm.msisdn", &s.msisdn, out)?;
            // sm-RP-PRI [1] BOOLEAN: its content octet follows msisdn's TLV.
            let p = offset_in(packet, s.msisdn.as_bytes())? + s.msisdn.as_bytes().len() + 2;
            out.b("gsm_map.sm.sm_RP_PRI", p, s.sm_rp_pri);
            address(
                packet,
                "gsm_map.sm.serviceCentreAddress",
                &s.service_centre_address,
                out,
            )?;
        }
        Argument::MtForwardSm(m) => forward(
            packet,
            arg,
            m.sm_rp_da,
            m.sm_rp_oa,
            m.sm_rp_ui,
            Direction::ScToMs,
            out,
        )?,
        Argument::MoForwardSm(m) => forward(
            packet,
            arg,
            m.sm_rp_da,
            m.sm_rp_oa,
            m.sm_rp_ui,
            Direction::MsToSc,
            out,
        )?,
        _ => return Err(format!("MAP argument of operation {op} is not mapped")),
    }
    Ok(())
}

fn forward(
    packet: &[u8],
    arg: &[u8],
    da: SmRpDa<'_>,
    oa: SmRpOa<'_>,
    ui: &[u8],
    dir: Direction,
    out: &mut Expected,
) -> Result<(), String> {
    match da {
        SmRpDa::Imsi(i) => {
            let p = offset_in(packet, i.as_bytes())?;
            out.u("gsm_map.sm.sm_RP_DA", p, 0u8);
            out.bytes("gsm_map.sm.imsi", p, i.as_bytes());
            out.s("e212.imsi", p, i.to_string());
        }
        SmRpDa::Lmsi(l) => {
            // The LMSI is copied out: its position is that of sm-RP-DA's contents, the first
            // member of the argument.
            let e = smsip_ber::Element::from_ber(arg)
                .ok()
                .and_then(|a| super::tcap::children(a).next())
                .ok_or("smsip-ber: no sm-RP-DA")?;
            let p = offset_in(packet, arg)? + e.content_offset();
            out.u("gsm_map.sm.sm_RP_DA", p, 1u8);
            out.bytes("gsm_map.sm.lmsi", p, &l.0);
        }
        SmRpDa::ServiceCentreAddressDa(a) => {
            let p = address(packet, "gsm_map.sm.serviceCentreAddressDA", &a, out)?;
            out.u("gsm_map.sm.sm_RP_DA", p, 4u8);
        }
        _ => return Err("this sm-RP-DA is not mapped".into()),
    }
    match oa {
        SmRpOa::Msisdn(a) => {
            let p = address(packet, "gsm_map.sm.msisdn", &a, out)?;
            out.u("gsm_map.sm.sm_RP_OA", p, 2u8);
        }
        SmRpOa::ServiceCentreAddressOa(a) => {
            let p = address(packet, "gsm_map.sm.serviceCentreAddressOA", &a, out)?;
            out.u("gsm_map.sm.sm_RP_OA", p, 4u8);
        }
        _ => return Err("this sm-RP-OA is not mapped".into()),
    }
    let p = offset_in(packet, ui)?;
    out.bytes("gsm_map.sm.sm_RP_UI", p, ui);
    super::tpdu::expect(ui, p, dir, ReportContext::Unknown, out)
}
