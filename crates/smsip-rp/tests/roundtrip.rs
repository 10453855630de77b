//! Property tests: generate a value, encode it, decode it, get the same value back — for every
//! RP and CP message type; and arbitrary octets never panic the decoders.

use proptest::collection::vec;
use proptest::prelude::*;
use smsip_rp::cp::{CpAck, CpData, CpError, CpMessage, TransactionId};
use smsip_rp::{
    CpCause, Diagnostic, Direction, RpAck, RpAddress, RpCause, RpData, RpError, RpMessage, RpSmma,
    SpareBits, UnknownIes, UserData,
};

fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![Just(Direction::MsToNetwork), Just(Direction::NetworkToMs)]
}

/// Bits 8-4 of the RP-MTI octet: usually 0 (as sent), else any pattern (kept as received).
fn spare() -> impl Strategy<Value = SpareBits> {
    prop_oneof![
        Just(SpareBits::NONE),
        (1u8..32).prop_map(|b| SpareBits::new(b << 3).unwrap()),
    ]
}

/// An address present: the TON/NPI octet and 1..=10 octets of digits (TS 24.011 §8.2.5.1).
fn address() -> impl Strategy<Value = Option<RpAddress>> {
    proptest::option::of(
        (any::<u8>(), vec(any::<u8>(), 1..=10))
            .prop_map(|(t, d)| RpAddress::from_raw(t, &d).unwrap()),
    )
}

/// A well-formed list of unknown optional IEs (no 0x41), as octets.
fn unknown_ies() -> impl Strategy<Value = Vec<u8>> {
    vec(
        (
            any::<u8>().prop_filter("not RP-User-Data", |&i| i != 0x41),
            vec(any::<u8>(), 0..6),
        ),
        0..4,
    )
    .prop_map(|ies| {
        let mut out = Vec::new();
        for (iei, value) in ies {
            out.push(iei);
            if iei & 0x80 == 0 {
                out.push(value.len() as u8);
                out.extend(value);
            }
        }
        out
    })
}

fn round_trip(m: RpMessage<'_>) -> Result<(), TestCaseError> {
    let mut v = Vec::new();
    m.encode(&mut v);
    prop_assert_eq!(v.len(), m.encoded_len());
    prop_assert_eq!(RpMessage::decode(&v), Ok(m));
    // The same octets through a fixed slice.
    let mut buf = [0u8; 600];
    let mut sink = smsip_core::SliceSink::new(&mut buf);
    m.encode(&mut sink);
    let n = sink.finish().unwrap();
    prop_assert_eq!(&buf[..n], &v[..]);
    Ok(())
}

proptest! {
    #[test]
    fn rp_data(dir in direction(), sp in spare(), mr in any::<u8>(), oa in address(),
               da in address(), ud in vec(any::<u8>(), 1..=232)) {
        let m = RpData { direction: dir, spare: sp, reference: mr, originator: oa,
                         destination: da, user_data: UserData::new(&ud).unwrap() };
        round_trip(m.into())?;
    }

    #[test]
    fn rp_data_builders(mo in any::<bool>(), mr in any::<u8>(), digits in "[0-9*#abc]{1,20}",
                        ud in vec(any::<u8>(), 1..=232)) {
        let sc = RpAddress::international(&digits).unwrap();
        let m = if mo { RpData::mo(mr, sc, &ud) } else { RpData::mt(mr, sc, &ud) }.unwrap();
        prop_assert_eq!(m.service_centre(), Some(&sc));
        prop_assert_eq!(m.service_centre().unwrap().digits().collect::<String>(), digits);
        round_trip(m.into())?;
    }

    #[test]
    fn rp_ack(dir in direction(), sp in spare(), mr in any::<u8>(),
              ud in proptest::option::of(vec(any::<u8>(), 0..=232)), unknown in unknown_ies()) {
        let mut m = RpAck::new(dir, mr).with_unknown_ies(&unknown).unwrap();
        m.spare = sp;
        if let Some(ud) = &ud {
            m = m.with_user_data(ud).unwrap();
        }
        round_trip(m.into())?;
    }

    #[test]
    fn rp_error(dir in direction(), sp in spare(), mr in any::<u8>(), cause in any::<u8>(),
                diag in vec(any::<u8>(), 0..=254),
                ud in proptest::option::of(vec(any::<u8>(), 0..=232)), unknown in unknown_ies()) {
        let m = RpError {
            direction: dir,
            spare: sp,
            reference: mr,
            cause: RpCause(cause),
            diagnostic: Diagnostic::new(&diag).unwrap(),
            user_data: ud.as_deref().map(|u| UserData::new(u).unwrap()),
            unknown_ies: UnknownIes::new(&unknown).unwrap(),
        };
        round_trip(m.into())?;
    }

    #[test]
    fn rp_smma(sp in spare(), mr in any::<u8>()) {
        round_trip(RpSmma { spare: sp, reference: mr }.into())?;
    }

    /// Spare bits survive decode → encode for every message type, and the value decoded names
    /// the same RP-MTI.
    #[test]
    fn spare_bits_kept(sp in 1u8..32, mr in any::<u8>(), kind in 0u8..4) {
        let tpdu = [0x01, 0x00];
        let sc = RpAddress::international("447700900000").unwrap();
        let m: RpMessage<'_> = match kind {
            0 => RpData::mo(mr, sc, &tpdu).unwrap().into(),
            1 => RpAck::new(Direction::NetworkToMs, mr).into(),
            2 => RpError::new(Direction::MsToNetwork, mr, RpCause(22)).into(),
            _ => RpSmma::new(mr).into(),
        };
        let mut v = Vec::new();
        m.encode(&mut v);
        v[0] |= sp << 3;
        let back = RpMessage::decode(&v).unwrap();
        prop_assert_eq!(back.spare().bits(), sp << 3);
        prop_assert_eq!(back.message_type(), m.message_type());
        prop_assert_eq!(back.reference(), mr);
        let mut again = Vec::new();
        back.encode(&mut again);
        prop_assert_eq!(again, v);
    }

    #[test]
    fn cp_messages(flag in any::<bool>(), ti in 0u8..7, kind in 0u8..3, cause in any::<u8>(),
                   ud in vec(any::<u8>(), 0..=248)) {
        let ti = TransactionId::new(flag, ti).unwrap();
        let m: CpMessage<'_> = match kind {
            0 => CpData::new(ti, &ud).unwrap().into(),
            1 => CpAck { ti }.into(),
            _ => CpError { ti, cause: CpCause(cause) }.into(),
        };
        let mut v = Vec::new();
        m.encode(&mut v);
        prop_assert_eq!(v.len(), m.encoded_len());
        prop_assert_eq!(CpMessage::decode(&v), Ok(m));
    }

    /// An RPDU wrapped in CP-DATA comes back out of `CpData::rp`.
    #[test]
    fn rp_in_cp(mr in any::<u8>(), ud in vec(any::<u8>(), 0..=200)) {
        let rp: RpMessage<'_> = RpAck::new(Direction::MsToNetwork, mr).with_user_data(&ud).unwrap().into();
        let mut rpdu = Vec::new();
        rp.encode(&mut rpdu);
        let cp = CpData::new(TransactionId::new(true, 3).unwrap(), &rpdu).unwrap();
        prop_assert_eq!(cp.rp(), Ok(rp));
    }

    /// Arbitrary octets: no panic; whatever decodes re-encodes to the same octets (the spare
    /// RP-MTI bits included) and to a value that decodes equal.
    #[test]
    fn arbitrary_octets(bytes in vec(any::<u8>(), 0..64)) {
        if let Ok(m) = RpMessage::decode(&bytes) {
            let mut v = Vec::new();
            m.encode(&mut v);
            prop_assert_eq!(&v, &bytes);
            prop_assert_eq!(RpMessage::decode(&v), Ok(m));
        }
        if let Ok(m) = CpMessage::decode(&bytes) {
            let mut v = Vec::new();
            m.encode(&mut v);
            prop_assert_eq!(&v, &bytes);
            if let CpMessage::Data(d) = m {
                let _ = d.rp();
            }
        }
    }

    /// Arbitrary octets behind a valid header and plausible lengths reach the deeper paths.
    #[test]
    fn structured_noise(mti in any::<u8>(), mr in any::<u8>(), body in vec(prop_oneof![Just(0x41u8), Just(0u8), Just(1u8), Just(2u8), any::<u8>()], 0..40)) {
        let mut bytes = vec![mti, mr];
        bytes.extend(body);
        if let Ok(m) = RpMessage::decode(&bytes) {
            let mut v = Vec::new();
            m.encode(&mut v);
            prop_assert_eq!(&v, &bytes);
        }
    }
}

/// The `arbitrary` impls (structured fuzzing) only make values that round-trip.
#[cfg(feature = "arbitrary")]
mod arbitrary_values {
    use super::*;
    use arbitrary::{Arbitrary, Unstructured};

    proptest! {
        #[test]
        fn arbitrary_messages_round_trip(seed in vec(any::<u8>(), 0..512)) {
            let mut u = Unstructured::new(&seed);
            while let Ok(m) = RpMessage::arbitrary(&mut u) {
                round_trip(m)?;
                if u.is_empty() { break; }
            }
            let mut u = Unstructured::new(&seed);
            if let Ok(m) = CpMessage::arbitrary(&mut u) {
                let mut v = Vec::new();
                m.encode(&mut v);
                prop_assert_eq!(CpMessage::decode(&v), Ok(m));
            }
        }
    }
}
