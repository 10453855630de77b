//! MAP dialogue PDUs (TS 29.002 §17.4 MAP-DialogueInformation: MAP-OPEN, -ACCEPT, -CLOSE,
//! -REFUSE, -USER-ABORT, -PROVIDER-ABORT) as tshark's `gsm_map` dissector shows them. tshark
//! finds them by the direct-reference map-DialogueAS (`0.4.0.0.1.1.1.1`) of an EXTERNAL in the
//! user information of an AARQ, AARE or ABRT, which [`super::tcap`] maps.
//!
//! Values come from smsip-map's decode ([`MapDialoguePdu`]); positions from smsip-ber's walk
//! of the same octets, or the octets the AddressString views borrow. A SEQUENCE or NULL with
//! no contents (an empty MAP-ACCEPT, userSpecificReason) is a zero-length item, which tshark
//! shows without a position.

use smsip_ber::{Element, Tag};
use smsip_map::dialogue_pdu::{MapDialoguePdu, MapUserAbortChoice};

use crate::expect::{Expected, Val};

use super::tcap::{child, children};

/// The tshark protocol this module maps.
pub const PROTOCOL: &str = "gsm_map";

/// Every tshark field name this module maps.
pub const FIELDS: &[&str] = &[
    "gsm_map.dialogue.MAP_DialoguePDU",
    "gsm_map.dialogue.map_open_element",
    "gsm_map.dialogue.map_accept_element",
    "gsm_map.dialogue.map_close_element",
    "gsm_map.dialogue.map_refuse_element",
    "gsm_map.dialogue.map_userAbort_element",
    "gsm_map.dialogue.map_providerAbort_element",
    "gsm_map.dialogue.destinationReference",
    "gsm_map.dialogue.originationReference",
    "gsm_map.dialogue.extensionContainer_element",
    "gsm_map.dialogue.reason",
    "gsm_map.dialogue.alternativeApplicationContext",
    "gsm_map.dialogue.map_UserAbortChoice",
    "gsm_map.dialogue.userSpecificReason_element",
    "gsm_map.dialogue.userResourceLimitation_element",
    "gsm_map.dialogue.resourceUnavailable",
    "gsm_map.dialogue.applicationProcedureCancellation",
    "gsm_map.dialogue.map_ProviderAbortReason",
];

/// The `FT_NONE` item tshark adds for each alternative (the SEQUENCE of its type).
fn element_name(pdu: &MapDialoguePdu<'_>) -> &'static str {
    match pdu {
        MapDialoguePdu::Open(_) => "gsm_map.dialogue.map_open_element",
        MapDialoguePdu::Accept(_) => "gsm_map.dialogue.map_accept_element",
        MapDialoguePdu::Close(_) => "gsm_map.dialogue.map_close_element",
        MapDialoguePdu::Refuse(_) => "gsm_map.dialogue.map_refuse_element",
        MapDialoguePdu::UserAbort(_) => "gsm_map.dialogue.map_userAbort_element",
        MapDialoguePdu::ProviderAbort(_) => "gsm_map.dialogue.map_providerAbort_element",
    }
}

/// The child of `e` with `tag` (an error when the walk lacks it).
fn member<'a>(e: Element<'a>, tag: Tag, what: &str) -> Result<Element<'a>, String> {
    child(e, tag).ok_or_else(|| format!("smsip-ber: no {what} in the MAP dialogue PDU"))
}

/// The fields of `pdu`, the MAP dialogue PDU smsip-map decoded from the user information;
/// `el` is its element (`A0` .. `A5`) in `packet`, from the walk.
pub fn expect(
    packet: &[u8],
    pdu: &MapDialoguePdu<'_>,
    el: Element<'_>,
    out: &mut Expected,
) -> Result<(), String> {
    if el.tag() != pdu.tag() {
        return Err(format!(
            "smsip-map decoded {} from a {:?} element",
            pdu.name(),
            el.tag()
        ));
    }
    let (p, len) = (el.content_offset(), el.content().len());
    // MAP-DialoguePDU is a CHOICE: tshark shows the alternative's number, then its SEQUENCE.
    let choice = pdu.tag().number;
    out.sized(
        "gsm_map.dialogue.MAP_DialoguePDU",
        p,
        len,
        Val::U(u64::from(choice)),
    );
    out.sized(element_name(pdu), p, len, Val::Present);
    match pdu {
        MapDialoguePdu::Open(o) => {
            if let Some(a) = &o.destination_reference {
                super::map::address(packet, "gsm_map.dialogue.destinationReference", a, out)?;
            }
            if let Some(a) = &o.origination_reference {
                super::map::address(packet, "gsm_map.dialogue.originationReference", a, out)?;
            }
        }
        MapDialoguePdu::Accept(_) | MapDialoguePdu::Close(_) => {}
        MapDialoguePdu::Refuse(r) => {
            let e = member(el, Tag::ENUMERATED, "reason")?;
            out.u("gsm_map.dialogue.reason", e.content_offset(), r.reason.0);
            if let Some(ac) = r.alternative_application_context {
                let e = member(el, Tag::OBJECT_IDENTIFIER, "alternativeApplicationContext")?;
                out.s(
                    "gsm_map.dialogue.alternativeApplicationContext",
                    e.content_offset(),
                    ac.to_string(),
                );
            }
        }
        MapDialoguePdu::UserAbort(u) => {
            let c = u.map_user_abort_choice;
            let e = member(el, c.tag(), "map-UserAbortChoice")?;
            let (cp, clen) = (e.content_offset(), e.content().len());
            out.sized(
                "gsm_map.dialogue.map_UserAbortChoice",
                cp,
                clen,
                Val::U(u64::from(c.tag().number)),
            );
            match c {
                MapUserAbortChoice::UserSpecificReason => out.sized(
                    "gsm_map.dialogue.userSpecificReason_element",
                    cp,
                    clen,
                    Val::Present,
                ),
                MapUserAbortChoice::UserResourceLimitation => out.sized(
                    "gsm_map.dialogue.userResourceLimitation_element",
                    cp,
                    clen,
                    Val::Present,
                ),
                MapUserAbortChoice::ResourceUnavailable(r) => {
                    out.u("gsm_map.dialogue.resourceUnavailable", cp, r.0)
                }
                MapUserAbortChoice::ApplicationProcedureCancellation(r) => {
                    out.u("gsm_map.dialogue.applicationProcedureCancellation", cp, r.0)
                }
            }
        }
        MapDialoguePdu::ProviderAbort(a) => {
            let e = member(el, Tag::ENUMERATED, "map-ProviderAbortReason")?;
            out.u(
                "gsm_map.dialogue.map_ProviderAbortReason",
                e.content_offset(),
                a.map_provider_abort_reason.0,
            );
        }
    }
    if pdu.extension_container().is_some() {
        let e = member(el, Tag::SEQUENCE, "extensionContainer")?;
        out.sized(
            "gsm_map.dialogue.extensionContainer_element",
            e.content_offset(),
            e.content().len(),
            Val::Present,
        );
    }
    if children(el).count() == 0 && len > 0 {
        return Err("smsip-ber: the MAP dialogue PDU's members do not walk".into());
    }
    Ok(())
}
