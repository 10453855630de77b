//! proptest round trips for every TPDU type: generate a value, encode, decode, compare; and
//! encode(decode(bytes)) == bytes for what we encoded. Plus the fill-bit test for every UDH
//! length 0..=139.

mod common;
use proptest::prelude::*;
use smsip_tpdu::alphabet::septets::{fill_bits, udh_septets, Packer};
use smsip_tpdu::vp::EnhancedVp;
use smsip_tpdu::*;

/// Owned material for one TP-UD, consistent with its DCS.
#[derive(Debug, Clone)]
struct UdSpec {
    udhi: bool,
    udl: u8,
    data: Vec<u8>,
}

impl UdSpec {
    fn ud(&self) -> UserData<'_> {
        UserData::new(self.udhi, self.udl, &self.data)
    }
}

fn udh_bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        (any::<u8>(), prop::collection::vec(any::<u8>(), 0..8)),
        0..4,
    )
    .prop_map(move |ies| {
        let mut v = vec![0u8];
        for (iei, data) in ies {
            if v.len() + 2 + data.len() > max {
                break;
            }
            v.push(iei);
            v.push(data.len() as u8);
            v.extend_from_slice(&data);
        }
        v[0] = (v.len() - 1) as u8;
        v
    })
}

/// TP-UD for `dcs`, at most `max` octets.
fn ud_spec(dcs: Dcs, max: usize) -> BoxedStrategy<UdSpec> {
    let septets = dcs.udl_in_septets();
    (
        any::<bool>(),
        udh_bytes(max.min(40)),
        prop::collection::vec(any::<u8>(), 0..=max),
    )
        .prop_map(move |(udhi, header, body)| {
            let header = if udhi { header } else { Vec::new() };
            if septets {
                let max_septets = (max * 8 / 7).min(255);
                let hs = if udhi { udh_septets(header.len()) } else { 0 };
                let n = body.len().min(max_septets - hs);
                let mut data = header.clone();
                let mut p = Packer::new(if udhi { fill_bits(header.len()) } else { 0 });
                for &s in &body[..n] {
                    p.push(s & 0x7F, &mut data);
                }
                p.finish(&mut data);
                UdSpec {
                    udhi,
                    udl: (hs + n) as u8,
                    data,
                }
            } else {
                let n = body.len().min(max - header.len());
                let mut data = header;
                data.extend_from_slice(&body[..n]);
                UdSpec {
                    udhi,
                    udl: data.len() as u8,
                    data,
                }
            }
        })
        .boxed()
}

fn dcs_and_ud(max: usize) -> impl Strategy<Value = (Dcs, UdSpec)> {
    any::<u8>().prop_flat_map(move |d| (Just(Dcs(d)), ud_spec(Dcs(d), max)))
}

fn address() -> impl Strategy<Value = Address> {
    prop_oneof![
        ("[0-9*#abc]{0,20}", 0u8..8, 0u8..16).prop_map(|(d, ton, npi)| Address::new(
            TypeOfNumber(ton),
            NumberingPlan(npi),
            &d
        )
        .unwrap()),
        "[A-Za-z0-9 @]{0,11}".prop_map(|t| Address::alphanumeric(&t).unwrap()),
        (
            0u8..=20,
            any::<u8>(),
            prop::collection::vec(any::<u8>(), 10)
        )
            .prop_map(|(len, toa, v)| {
                Address::from_raw(len, toa, &v[..usize::from(len).div_ceil(2)]).unwrap()
            }),
    ]
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (
        0u8..100,
        0u8..100,
        0u8..100,
        0u8..100,
        0u8..100,
        0u8..100,
        -79i8..=79,
    )
        .prop_map(|(y, mo, d, h, mi, s, tz)| Timestamp::new(y, mo, d, h, mi, s, tz).unwrap())
}

fn vp() -> impl Strategy<Value = ValidityPeriod> {
    prop_oneof![
        Just(ValidityPeriod::None),
        any::<u8>().prop_map(ValidityPeriod::Relative),
        any::<[u8; 7]>().prop_map(|o| ValidityPeriod::Enhanced(EnhancedVp::from_octets(o))),
        timestamp().prop_map(ValidityPeriod::Absolute),
    ]
}

#[derive(Debug, Clone)]
struct ParamsSpec {
    pi_reserved: u8,
    ext: Vec<u8>,
    pid: Option<u8>,
    dcs_ud: (Option<u8>, Option<UdSpec>),
}

fn params(max: usize) -> impl Strategy<Value = ParamsSpec> {
    (
        0u8..16,
        prop::collection::vec(any::<u8>(), 0..3),
        any::<Option<u8>>(),
        any::<(Option<u8>, bool)>(),
    )
        .prop_flat_map(move |(res, ext, pid, (dcs, has_ud))| {
            let d = Dcs(dcs.unwrap_or(0));
            let ud = if has_ud {
                ud_spec(d, max).prop_map(Some).boxed()
            } else {
                Just(None).boxed()
            };
            ud.prop_map(move |ud| {
                // Extension octets chain on bit 7: set it on all but the last.
                let mut ext = ext.clone();
                let n = ext.len();
                for (i, b) in ext.iter_mut().enumerate() {
                    *b = if i + 1 < n { *b | 0x80 } else { *b & 0x7F };
                }
                ParamsSpec {
                    pi_reserved: res << 3,
                    ext,
                    pid,
                    dcs_ud: (dcs, ud),
                }
            })
        })
}

impl ParamsSpec {
    fn view(&self) -> OptionalParams<'_> {
        OptionalParams {
            pi_reserved: self.pi_reserved,
            pi_extension: &self.ext,
            pid: self.pid.map(Pid),
            dcs: self.dcs_ud.0.map(Dcs),
            ud: self.dcs_ud.1.as_ref().map(|u| u.ud()),
        }
    }
}

/// Every character of the default alphabet and its extension table.
fn gsm7_chars() -> Vec<char> {
    use smsip_tpdu::alphabet::tables::{DEFAULT_ALPHABET, DEFAULT_EXTENSION};
    DEFAULT_ALPHABET
        .iter()
        .chain(DEFAULT_EXTENSION.iter())
        .flatten()
        .copied()
        .collect()
}

fn check(t: Tpdu<'_>, dir: Direction, ctx: ReportContext) {
    let mut out = Vec::new();
    t.encode(&mut out)
        .unwrap_or_else(|e| panic!("encode {t:?}: {e}"));
    assert_eq!(out.len(), t.encoded_len());
    let back = Tpdu::decode_with(&out, dir, ctx).unwrap_or_else(|e| panic!("decode {t:?}: {e}"));
    assert_eq!(back, t);
    let mut again = Vec::new();
    back.encode(&mut again).unwrap();
    assert_eq!(again, out);
    // A slice one octet short is refused, never overrun.
    let mut small = vec![0u8; out.len() - 1];
    assert!(t.encode_to_slice(&mut small).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn deliver(flags in any::<[bool; 4]>(), spare in prop::sample::select(vec![0u8, 0x10, 0x03, 0x13]),
               oa in address(), pid in any::<u8>(), (dcs, ud) in dcs_and_ud(140), scts in timestamp()) {
        let d = Deliver { reply_path: flags[0], sri: flags[1], lp: flags[2], mms: flags[3], spare,
                          oa, pid: Pid(pid), dcs, scts, ud: ud.ud() };
        check(Tpdu::Deliver(d), Direction::ScToMs, ReportContext::Unknown);
    }

    #[test]
    fn submit(flags in any::<[bool; 3]>(), mr in any::<u8>(), da in address(), pid in any::<u8>(),
              (dcs, ud) in dcs_and_ud(140), vp in vp()) {
        let s = Submit { reply_path: flags[0], srr: flags[1], rd: flags[2], mr, da, pid: Pid(pid),
                         dcs, vp, ud: ud.ud() };
        check(Tpdu::Submit(s), Direction::MsToSc, ReportContext::Unknown);
    }

    #[test]
    fn deliver_report(spare in 0u8..16, fcs in any::<Option<u8>>(), p in params(158)) {
        let r = DeliverReport { spare: spare << 2, fcs: fcs.map(Fcs), params: p.view() };
        let ctx = if fcs.is_some() { ReportContext::Error } else { ReportContext::Ack };
        check(Tpdu::DeliverReport(r), Direction::MsToSc, ctx);
    }

    #[test]
    fn submit_report(spare in 0u8..16, fcs in any::<Option<u8>>(), p in params(151), scts in timestamp()) {
        let r = SubmitReport { spare: spare << 2, fcs: fcs.map(Fcs), params: p.view(), scts };
        let ctx = if fcs.is_some() { ReportContext::Error } else { ReportContext::Ack };
        check(Tpdu::SubmitReport(r), Direction::ScToMs, ctx);
    }

    #[test]
    fn status_report(flags in any::<[bool; 3]>(), spare in prop::sample::select(vec![0u8, 0x10, 0x80, 0x90]),
                     mr in any::<u8>(), ra in address(), scts in timestamp(), dt in timestamp(),
                     st in any::<u8>(), p in prop::option::of(params(131))) {
        let s = StatusReport { srq: flags[0], lp: flags[1], mms: flags[2], spare, mr, ra, scts, dt,
                               st: Status(st), params: p.as_ref().map(|p| p.view()) };
        check(Tpdu::StatusReport(s), Direction::ScToMs, ReportContext::Unknown);
    }

    #[test]
    fn command(srr in any::<bool>(), spare in 0u8..32, mr in any::<u8>(), pid in any::<u8>(),
               ct in any::<u8>(), mn in any::<u8>(), da in address(),
               (udhi, header, body) in (any::<bool>(), udh_bytes(40), prop::collection::vec(any::<u8>(), 0..100))) {
        let mut cd = if udhi { header } else { Vec::new() };
        cd.extend_from_slice(&body);
        let spare = (spare & 0x07) << 2 | (spare & 0x08) << 4;
        let c = Command { udhi, srr, spare, mr, pid: Pid(pid), ct: CommandType(ct), mn, da, cd: &cd };
        check(Tpdu::Command(c), Direction::MsToSc, ReportContext::Unknown);
    }

    /// Any GSM 7-bit-encodable text survives UserDataBuf -> TPDU -> decode -> text.
    #[test]
    fn gsm7_text(chars in prop::collection::vec(prop::sample::select(gsm7_chars()), 0..70)) {
        let text: String = chars.into_iter().collect();
        let ud = UserDataBuf::gsm7(&[], &text).unwrap();
        let d = Deliver { ud: ud.as_user_data(), ..Deliver::default() };
        let mut out = Vec::new();
        d.encode(&mut out).unwrap();
        let back = Deliver::decode(&out).unwrap();
        prop_assert_eq!(back.text().collect::<String>(), text);
    }

    /// Any Unicode text survives UCS2 (surrogate pairs included).
    #[test]
    fn ucs2_text(text in "\\PC{0,30}") {
        let units = text.encode_utf16().count();
        prop_assume!(units <= 70);
        let ud = UserDataBuf::ucs2(&[], &text).unwrap();
        let s = Submit { dcs: Dcs::UCS2, ud: ud.as_user_data(), ..Submit::default() };
        let mut out = Vec::new();
        s.encode(&mut out).unwrap();
        prop_assert_eq!(Submit::decode(&out).unwrap().text().collect::<String>(), text);
    }
}

/// For every UDH length (UDHL + 1 = 1..=140 octets) the text starts on a septet boundary after
/// the right number of fill bits, TP-UDL counts header septets, and the text decodes back.
#[test]
fn fill_bits_for_every_udh_length() {
    for udhl in 0usize..=139 {
        let h = udhl + 1;
        let fill = fill_bits(h);
        assert_eq!((h * 8 + usize::from(fill)) % 7, 0, "UDHL {udhl}");
        let hs = udh_septets(h);
        let room = 160 - hs;
        let text: String = "abcdefghij".chars().cycle().take(room).collect();
        // A header of one IE (0x80, SME-specific) whose data fills UDHL, or UDHL 0.
        let data = vec![0x5Au8; udhl.saturating_sub(2)];
        let ies = if udhl >= 2 {
            vec![udh::Ie {
                iei: udh::Iei(0x80),
                data: &data,
            }]
        } else {
            Vec::new()
        };
        if udhl == 1 {
            continue; // a one-octet header cannot hold an IE (IEI + IEDL)
        }
        let ud = match UserDataBuf::gsm7(&ies, &text) {
            Ok(u) => u,
            Err(e) => panic!("UDHL {udhl}: {e}"),
        };
        let v = ud.as_user_data();
        if udhl >= 2 {
            assert_eq!(usize::from(v.udl), hs + room, "UDHL {udhl}");
            assert_eq!(v.sm(Dcs::GSM7).fill, fill, "UDHL {udhl}");
            assert!(v.data.len() <= 140);
        }
        assert_eq!(v.text(Dcs::GSM7).collect::<String>(), text, "UDHL {udhl}");
    }
}
