//! Walking the RoutingInfoForSM-Arg of map-sms.md §13.1 (and the whole TC-BEGIN of tcap.md §7)
//! fully, every element: our reader against asn1-rs `Any::from_ber` in the same group.

use std::hint::black_box;

use asn1_rs::{Any, FromBer};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smsip_ber::{AddressString, BerReader, Element, Tag};

/// map-sms.md §13.1.
const SRI_SM_ARG: [u8; 40] = [
    0x30, 0x26, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x81, 0x01, 0xFF, 0x82, 0x07,
    0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00, 0x87, 0x00, 0x88, 0x01, 0x00, 0x89, 0x08, 0x0C, 0x91,
    0x44, 0x77, 0x00, 0x09, 0x40, 0x65, 0x8B, 0x00,
];

/// tcap.md §7.
const TC_BEGIN: [u8; 90] = [
    0x62, 0x58, 0x48, 0x04, 0x00, 0x00, 0x00, 0x01, 0x6B, 0x1E, 0x28, 0x1C, 0x06, 0x07, 0x00, 0x11,
    0x86, 0x05, 0x01, 0x01, 0x01, 0xA0, 0x11, 0x60, 0x0F, 0x80, 0x02, 0x07, 0x80, 0xA1, 0x09, 0x06,
    0x07, 0x04, 0x00, 0x00, 0x01, 0x00, 0x14, 0x03, 0x6C, 0x30, 0xA1, 0x2E, 0x02, 0x01, 0x01, 0x02,
    0x01, 0x2D, 0x30, 0x26, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x10, 0x32, 0x81, 0x01, 0xFF,
    0x82, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x00, 0x00, 0x87, 0x00, 0x88, 0x01, 0x00, 0x89, 0x08,
    0x0C, 0x91, 0x44, 0x77, 0x00, 0x09, 0x40, 0x65, 0x8B, 0x00,
];

/// Every element: tag, contents length, recursion into constructed ones.
fn walk_ours(r: BerReader<'_>) -> usize {
    let mut n = 0;
    for e in r {
        let e = e.unwrap();
        n += e.tag().number as usize + e.content().len();
        if e.is_constructed() {
            n += walk_ours(e.children().unwrap());
        }
    }
    n
}

fn walk_asn1_rs(mut bytes: &[u8]) -> usize {
    let mut n = 0;
    while !bytes.is_empty() {
        let (rest, any) = Any::from_ber(bytes).unwrap();
        n += any.header.tag().0 as usize + any.data.len();
        if any.header.is_constructed() {
            n += walk_asn1_rs(any.data);
        }
        bytes = rest;
    }
    n
}

/// A typed decode of the fields, as smsip-map will do it.
fn decode_sri_sm_arg(bytes: &[u8]) -> usize {
    let mut seq = Element::from_ber(bytes)
        .unwrap()
        .enter(Tag::SEQUENCE)
        .unwrap();
    let msisdn =
        AddressString::from_element_isdn(seq.expect(Tag::context(0), "msisdn").unwrap()).unwrap();
    let pri = seq.read_bool(Tag::context(1), "sm-RP-PRI").unwrap();
    let sc =
        AddressString::from_element(seq.expect(Tag::context(2), "serviceCentreAddress").unwrap())
            .unwrap();
    let ext = seq.optional(Tag::context(6), "extensionContainer").unwrap();
    let gprs = seq
        .read_flag(Tag::context(7), "gprsSupportIndicator")
        .unwrap();
    let mti = seq
        .optional_with(Tag::context(8), "sm-RP-MTI", |e| e.integer::<u8>())
        .unwrap();
    let smea = seq
        .optional_with(Tag::context(9), "sm-RP-SMEA", Element::octet_string)
        .unwrap();
    let dni = seq
        .optional_with(Tag::context(10), "sm-deliveryNotIntended", |e| {
            e.enumerated::<u8>()
        })
        .unwrap();
    let guid = seq
        .read_flag(Tag::context(11), "ip-sm-gwGuidanceIndicator")
        .unwrap();
    let rest = seq.rest_as_raw().unwrap();
    seq.finish().unwrap();
    msisdn.as_bytes().len()
        + sc.plan().0 as usize
        + usize::from(pri && gprs && guid)
        + usize::from(ext.is_none())
        + mti.unwrap_or(0) as usize
        + smea.map_or(0, <[u8]>::len)
        + dni.unwrap_or(0) as usize
        + rest.as_bytes().len()
}

fn bench(c: &mut Criterion) {
    assert_eq!(
        walk_ours(BerReader::new(&SRI_SM_ARG)),
        walk_asn1_rs(&SRI_SM_ARG)
    );
    assert_eq!(
        walk_ours(BerReader::new(&TC_BEGIN)),
        walk_asn1_rs(&TC_BEGIN)
    );

    let mut g = c.benchmark_group("sri_sm_arg_walk");
    g.throughput(Throughput::Bytes(SRI_SM_ARG.len() as u64));
    g.bench_function("smsip-ber", |b| {
        b.iter(|| walk_ours(BerReader::new(black_box(&SRI_SM_ARG))))
    });
    g.bench_function("asn1-rs", |b| {
        b.iter(|| walk_asn1_rs(black_box(&SRI_SM_ARG)))
    });
    g.bench_function("smsip-ber typed decode", |b| {
        b.iter(|| decode_sri_sm_arg(black_box(&SRI_SM_ARG)))
    });
    g.finish();

    let mut g = c.benchmark_group("tc_begin_walk");
    g.throughput(Throughput::Bytes(TC_BEGIN.len() as u64));
    g.bench_function("smsip-ber", |b| {
        b.iter(|| walk_ours(BerReader::new(black_box(&TC_BEGIN))))
    });
    g.bench_function("asn1-rs", |b| b.iter(|| walk_asn1_rs(black_box(&TC_BEGIN))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
