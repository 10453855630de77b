//! Wrapping messages for tshark: a classic pcap file whose link type is a user DLT (tshark's
//! `user_dlts` table then names the dissector that starts on the packet bytes), and the same
//! packets as `text2pcap` input, to reproduce a comparison by hand:
//!
//! ```text
//! text2pcap -q -l 147 packets.txt out.pcap
//! tshark -r out.pcap -o 'uat:user_dlts:"User 0 (DLT=147)","gsm_a_rp","0","","0",""' -T json -x
//! ```

/// `DLT_USER0`: the first user link type (`User 0 (DLT=147)` in tshark's `user_dlts` table).
pub const DLT_USER0: u32 = 147;

/// A pcap file (microsecond time stamps, little-endian) holding `packets` in order, one second
/// apart, with link type `linktype`.
///
/// ```
/// let f = smsip_interop::pcap::pcap(&[vec![0x06, 0x05]], smsip_interop::pcap::DLT_USER0);
/// assert_eq!(f.len(), 24 + 16 + 2);
/// assert_eq!(&f[..4], &[0xD4, 0xC3, 0xB2, 0xA1]);
/// ```
pub fn pcap(packets: &[Vec<u8>], linktype: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(24 + packets.iter().map(|p| 16 + p.len()).sum::<usize>());
    out.extend_from_slice(&0xA1B2_C3D4u32.to_le_bytes()); // magic
    out.extend_from_slice(&2u16.to_le_bytes()); // version 2.4
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&0i32.to_le_bytes()); // thiszone
    out.extend_from_slice(&0u32.to_le_bytes()); // sigfigs
    out.extend_from_slice(&65_535u32.to_le_bytes()); // snaplen
    out.extend_from_slice(&linktype.to_le_bytes());
    for (i, p) in packets.iter().enumerate() {
        let len = u32::try_from(p.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&u32::try_from(i + 1).unwrap_or(u32::MAX).to_le_bytes()); // ts_sec
        out.extend_from_slice(&0u32.to_le_bytes()); // ts_usec
        out.extend_from_slice(&len.to_le_bytes()); // incl_len
        out.extend_from_slice(&len.to_le_bytes()); // orig_len
        out.extend_from_slice(p);
    }
    out
}

/// The packets as `text2pcap` input: an offset and 16 octets per line, each packet starting at
/// offset `0000`.
///
/// ```
/// let t = smsip_interop::pcap::text2pcap(&[vec![0x89, 0x04]]);
/// assert_eq!(t, "0000 89 04\n");
/// ```
pub fn text2pcap(packets: &[Vec<u8>]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    for p in packets {
        for (i, chunk) in p.chunks(16).enumerate() {
            let _ = write!(s, "{:04x}", i * 16);
            for b in chunk {
                let _ = write!(s, " {b:02x}");
            }
            s.push('\n');
        }
    }
    s
}
