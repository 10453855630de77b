//! Decoding allocates nothing: a counting `#[global_allocator]` (stats_alloc, so no `unsafe`
//! here) around full walks of the worked examples, typed field decodes, error paths (depth
//! bombs, truncation), and the writer into a fixed buffer.
//!
//! One test only in this binary, so no other test thread allocates while the region is open.

use std::alloc::System;
use std::fmt::Write as _;

use smsip_ber::{
    AddressString, BerReader, BerWriter, DecodeError, Element, ExtensionContainer, Imsi,
    NatureOfAddress, NumberingPlan, Tag, Tbcd,
};
use smsip_core::SliceSink;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Counts characters written through `fmt::Write` without storing them.
struct Count(usize);

impl std::fmt::Write for Count {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// Walks every element, decoding each primitive the ways a MAP decoder might.
fn walk(r: BerReader<'_>, acc: &mut usize) -> Result<(), DecodeError> {
    for e in r {
        let e = e?;
        *acc += e.content().len();
        if e.is_constructed() {
            if let Ok(ec) = ExtensionContainer::from_element(e) {
                *acc += ec
                    .private_extensions()
                    .map(|p| p.ext_id().arcs().count())
                    .sum::<usize>();
            }
            walk(e.children()?, acc)?;
            continue;
        }
        match e.tag() {
            Tag::INTEGER => *acc += e.integer::<i64>()? as usize,
            Tag::BOOLEAN => *acc += usize::from(e.boolean()?),
            Tag::OBJECT_IDENTIFIER => {
                let oid = e.oid()?;
                let mut c = Count(0);
                write!(c, "{oid}").unwrap();
                *acc += c.0 + oid.arcs().map(|a| a as usize).sum::<usize>();
            }
            _ => {
                if let Some(a) = AddressString::new(e.content()) {
                    let mut c = Count(0);
                    write!(c, "{a}").unwrap();
                    *acc += c.0 + a.digits().digits().count();
                }
                if let Ok(i) = Imsi::from_element(e) {
                    *acc += usize::from(i.tbcd().eq_digits("001010123456789"));
                }
                if let Ok(b) = e.bit_string() {
                    *acc += b.len();
                }
            }
        }
    }
    Ok(())
}

fn hex(s: &str) -> Vec<u8> {
    smsip_core::hex::decode(s).unwrap()
}

#[test]
fn decoding_and_fixed_buffer_encoding_allocate_nothing() {
    // Inputs are built before the region opens.
    let examples = [
        hex("62 58 48 04 00 00 00 01 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 14 03 6C 30 A1 2E 02 01 01 02 01 2D 30 26 80 07 91 44 77 00 09 10 32 81 01 FF 82 07 91 44 77 00 09 00 00 87 00 88 01 00 89 08 0C 91 44 77 00 09 40 65 8B 00"),
        hex("62 77 48 04 00 00 00 02 6B 1E 28 1C 06 07 00 11 86 05 01 01 01 A0 11 60 0F 80 02 07 80 A1 09 06 07 04 00 00 01 00 19 03 6C 4F A1 4D 02 01 01 02 01 2C 30 45 80 08 00 01 01 21 43 65 87 F9 84 07 91 44 77 00 09 00 00 04 18 04 0C 91 44 77 00 09 40 65 00 00 42 30 51 41 03 00 40 05 C8 32 9B FD 06 30 13 A0 11 30 0F 06 0A 2B 06 01 04 01 81 FD 59 01 01 01 01 FF 02 01 3C"),
        hex("30 30 04 08 00 01 01 21 43 65 87 F9 A0 1C 81 07 91 44 77 00 09 50 F0 04 04 01 02 03 04 85 00 A6 09 80 07 91 44 77 00 09 60 00 A5 06 02 01 1E 02 01 3C"),
        // Indefinite forms.
        hex("30 80 04 01 AA 30 80 02 01 05 00 00 A0 02 05 00 00 00"),
        hex("A4 80 04 02 01 02 24 80 04 01 03 04 00 00 00 04 01 04 00 00"),
    ];
    let mut bomb = Vec::new();
    for _ in 0..100_000 {
        bomb.extend([0x30, 0x80]);
    }
    bomb.extend(std::iter::repeat_n(0u8, 200_000));
    let truncated = hex("30 84 FF FF FF FF 00");
    let mut buf = [0u8; 64];

    let region = Region::new(GLOBAL);

    let mut acc = 0usize;
    for b in &examples {
        walk(BerReader::new(b), &mut acc).unwrap();
    }
    // Reassembling a constructed OCTET STRING into a fixed buffer.
    let seg = Element::from_ber(&examples[4]).unwrap();
    let mut sink = SliceSink::new(&mut buf);
    acc += seg.reassemble_octet_string(&mut sink).unwrap();
    // Errors, with their Display.
    for b in [&bomb, &truncated] {
        let e = walk(BerReader::new(b), &mut acc).unwrap_err();
        let mut c = Count(0);
        write!(c, "{e}").unwrap();
        acc += c.0 + e.offset;
    }
    // Typed decode through the SEQUENCE API.
    let mut seq = Element::from_ber(&examples[2])
        .unwrap()
        .enter(Tag::SEQUENCE)
        .unwrap();
    let imsi = Imsi::from_element(seq.expect(Tag::OCTET_STRING, "imsi").unwrap()).unwrap();
    acc += imsi.digits().count();
    acc += seq.rest_as_raw().unwrap().iter().count();
    // Writing into a fixed buffer.
    let mut sink = SliceSink::new(&mut buf);
    let mut w = BerWriter::new(&mut sink);
    w.constructed(Tag::SEQUENCE, |w| {
        w.address_string(
            Tag::context(0),
            NatureOfAddress::INTERNATIONAL,
            NumberingPlan::ISDN,
            "447700900123",
        )
        .unwrap();
        w.boolean(Tag::context(1), true);
        w.tbcd(Tag::context(12), "001010123456789").unwrap();
        w.integer(Tag::INTEGER, -129i32);
        w.oid(
            Tag::OBJECT_IDENTIFIER,
            smsip_ber::oid!(0, 4, 0, 0, 1, 0, 20, 3),
        );
    });
    acc += sink.finish().unwrap();
    acc += Tbcd::new(&buf[4..10]).digit_count();

    let stats = region.change();
    assert!(acc > 0);
    assert_eq!(
        (stats.allocations, stats.reallocations, stats.deallocations),
        (0, 0, 0),
        "allocations during decoding: {stats:?}"
    );
}
