//! Writing borrowed elements back: byte for byte when their encoding is definite throughout,
//! re-encoded with definite lengths where an indefinite length occurs (our encoding is always
//! definite; tcap.md §5 only asks receivers to accept the indefinite form).

use smsip_ber::writer::{integer_len, measure, tlv_len};
use smsip_ber::{BerWriter, Element, Integer, RawElements, Tag};
use smsip_core::Sink;

/// Octets of a `tag` INTEGER element holding `v`.
#[inline]
pub(crate) fn int_tlv<T: Integer>(tag: Tag, v: T) -> usize {
    tlv_len(tag, integer_len(v))
}

/// Octets [`write_element`] writes for `e`.
#[inline]
pub(crate) fn element_len(e: Element<'_>) -> usize {
    if has_indefinite(e) {
        measure(|w| rewrite(w, e))
    } else {
        e.raw().len()
    }
}

/// What [`measure`](fn@measure_element) found for an element: the octets it is written in, and
/// whether that is its raw encoding (definite throughout) or a re-encoding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ElementLen {
    pub(crate) len: usize,
    pub(crate) as_is: bool,
}

/// Measures `e` once for [`write_measured`] (the indefinite-length scan is done here only).
#[inline]
pub(crate) fn measure_element(e: Element<'_>) -> ElementLen {
    if has_indefinite(e) {
        ElementLen {
            len: measure(|w| rewrite(w, e)),
            as_is: false,
        }
    } else {
        ElementLen {
            len: e.raw().len(),
            as_is: true,
        }
    }
}

/// Writes `e` as [`write_element`] does, with what [`measure_element`] found for it.
#[inline]
pub(crate) fn write_measured<S: Sink + ?Sized>(
    w: &mut BerWriter<'_, S>,
    e: Element<'_>,
    m: ElementLen,
) {
    if m.as_is {
        w.element(e);
    } else {
        rewrite(w, e);
    }
}

/// Octets [`write_elements`] writes for `elements`.
#[inline]
pub(crate) fn elements_len(elements: RawElements<'_>) -> usize {
    if has_80(elements.as_bytes()) {
        measure(|w| write_elements(w, elements))
    } else {
        elements.as_bytes().len()
    }
}

/// True when `bytes` hold an `80` octet. A branch-free fold the compiler vectorises: the
/// parameters scanned are short, where `memchr`'s set-up costs more than the scan.
#[inline]
fn has_80(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |acc, &b| acc | (b == 0x80))
}

/// True when `e` or an element inside it has the indefinite length form.
///
/// One flat pass over the headers (constructed definite contents are entered, primitive ones
/// skipped), no reader and no recursion: encoders call this for every parameter on every
/// measuring pass. Contents that are not a sequence of elements stop the scan (`false`: they
/// are copied as they are).
pub(crate) fn has_indefinite(e: Element<'_>) -> bool {
    if !e.is_constructed() {
        return false;
    }
    if e.is_indefinite() {
        return true;
    }
    let mut rest = e.content();
    // The indefinite length octet is 80: without one anywhere there is none.
    if !has_80(rest) {
        return false;
    }
    while let Some((&b0, after)) = rest.split_first() {
        let mut r = after;
        if b0 & 0x1F == 0x1F {
            // High tag number: continuation octets, then the last one (bit 8 clear).
            loop {
                let Some((&b, t)) = r.split_first() else {
                    return false;
                };
                r = t;
                if b & 0x80 == 0 {
                    break;
                }
            }
        }
        let constructed = b0 & 0x20 != 0;
        let Some((&l0, t)) = r.split_first() else {
            return false;
        };
        r = t;
        let len = match l0 {
            0x80 => return constructed,
            0x00..=0x7F => usize::from(l0),
            0xFF => return false,
            _ => {
                let n = usize::from(l0 & 0x7F);
                let Some(octets) = r.get(..n) else {
                    return false;
                };
                r = r.get(n..).unwrap_or(&[]);
                let mut v: usize = 0;
                for &b in octets {
                    if v > usize::MAX >> 8 {
                        return false;
                    }
                    v = (v << 8) | usize::from(b);
                }
                v
            }
        };
        if len > r.len() {
            return false;
        }
        // Enter constructed contents (their elements follow in the same stream); skip
        // primitive ones.
        rest = if constructed {
            r
        } else {
            r.get(len..).unwrap_or(&[])
        };
    }
    false
}

/// Writes `e`: its raw octets when definite throughout, else re-encoded with definite lengths
/// (the parts that are definite inside are still copied byte for byte).
pub(crate) fn write_element<S: Sink + ?Sized>(w: &mut BerWriter<'_, S>, e: Element<'_>) {
    if has_indefinite(e) {
        rewrite(w, e);
    } else {
        w.element(e);
    }
}

/// Writes elements kept undecoded (user information), as [`write_element`] does each.
pub(crate) fn write_elements<S: Sink + ?Sized>(
    w: &mut BerWriter<'_, S>,
    elements: RawElements<'_>,
) {
    if !has_80(elements.as_bytes()) {
        w.raw_elements(elements);
        return;
    }
    write_sequence(w, elements.iter(), elements.as_bytes(), elements.offset());
}

/// Writes the elements of `r` (over `bytes`, which start at offset `base`); from the first
/// element that cannot be parsed on, the rest of `bytes` is copied as it is.
fn write_sequence<S: Sink + ?Sized>(
    w: &mut BerWriter<'_, S>,
    mut r: smsip_ber::BerReader<'_>,
    bytes: &[u8],
    base: usize,
) {
    loop {
        let at = r.offset();
        match r.next_element() {
            Ok(Some(c)) => write_element(w, c),
            Ok(None) => break,
            Err(_) => {
                w.raw(bytes.get(at.saturating_sub(base)..).unwrap_or(&[]));
                break;
            }
        }
    }
}

/// Re-encodes a constructed element with a definite length.
fn rewrite<S: Sink + ?Sized>(w: &mut BerWriter<'_, S>, e: Element<'_>) {
    let Ok(children) = e.children() else {
        // Too deep to look inside: kept as received.
        w.element(e);
        return;
    };
    w.constructed(e.tag(), |w| {
        write_sequence(w, children.clone(), e.content(), e.content_offset());
    });
}
