//! Sans-IO reassembly of concatenated short messages (TS 23.040 §9.2.3.24.1 8-bit reference,
//! §9.2.3.24.8 16-bit reference).
//!
//! The caller feeds each segment's concatenation IE and payload with a key naming the
//! originator (e.g. the TP-OA plus the recipient), and a clock reading `now` in any unit it
//! likes (the [`Limits::timeout`] uses the same unit). Nothing happens behind the caller's
//! back: memory is bounded by [`Limits`], and timed-out messages leave only when the caller
//! runs [`Reassembler::expire`].
//!
//! A message is identified by (key, reference size, reference): an 8-bit reference 5 and a
//! 16-bit reference 5 are different messages, and so are equal references under two keys.
//!
//! ```
//! use smsip_tpdu::reassembly::{ConcatInfo, Limits, Outcome, Reassembler};
//! let mut r = Reassembler::new(Limits::default());
//! let part = |seq| ConcatInfo { reference: 0x42, is_16bit: false, total: 2, seq };
//! assert_eq!(r.feed("+4915", part(2), b"world", 0), Outcome::Accepted { missing: 1 });
//! let Outcome::Completed(m) = r.feed("+4915", part(1), b"hello ", 1) else { panic!() };
//! assert_eq!(m.concatenated(), b"hello world");
//! assert_eq!(r.feed("+4915", part(1), b"hello ", 2), Outcome::Duplicate); // a late copy
//! ```

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

/// The content of a concatenation IE (TS 23.040 §9.2.3.24.1 / §9.2.3.24.8).
///
/// ```
/// use smsip_tpdu::reassembly::ConcatInfo;
/// // IE 0x00, data 0xA5 0x02 0x01: reference 0xA5, 2 parts, this is part 1.
/// let c = ConcatInfo { reference: 0xA5, is_16bit: false, total: 2, seq: 1 };
/// assert!(c.is_valid());
/// assert!(!ConcatInfo { seq: 3, ..c }.is_valid());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConcatInfo {
    /// Concatenated short message reference number (an 8-bit one is 0..=255).
    pub reference: u16,
    /// Whether the reference came from IE 0x08 (16-bit) rather than IE 0x00 (8-bit).
    pub is_16bit: bool,
    /// Maximum number of short messages in the concatenated message (1..=255).
    pub total: u8,
    /// Sequence number of this part (1..=total).
    pub seq: u8,
}

impl ConcatInfo {
    /// Whether the IE is usable: the receiver ignores an IE with total 0, seq 0 or seq > total
    /// (TS 23.040 §9.2.3.24.1).
    pub const fn is_valid(&self) -> bool {
        self.total != 0 && self.seq != 0 && self.seq <= self.total
    }
}

/// From a decoded UDH (TS 23.040 §9.2.3.24).
///
/// ```
/// use smsip_tpdu::{reassembly::ConcatInfo, udh::Concat};
/// let c = Concat { reference: 0x0A01, wide: true, total: 3, seq: 2 };
/// assert_eq!(ConcatInfo::from(c), ConcatInfo { reference: 0x0A01, is_16bit: true, total: 3, seq: 2 });
/// ```
impl From<crate::udh::Concat> for ConcatInfo {
    fn from(c: crate::udh::Concat) -> Self {
        ConcatInfo {
            reference: c.reference,
            is_16bit: c.wide,
            total: c.total,
            seq: c.seq,
        }
    }
}

/// Bounds on what a [`Reassembler`] holds.
///
/// ```
/// use smsip_tpdu::reassembly::Limits;
/// let l = Limits { max_messages: 64, ..Limits::default() };
/// assert_eq!(l.max_parts_per_message, 255);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Incomplete messages held at once; a part that would start one more is refused. Also
    /// the number of finished messages remembered to recognise late copies.
    pub max_messages: usize,
    /// Largest `total` accepted (TS 23.040 allows 255).
    pub max_parts_per_message: u8,
    /// Payload octets held at once over all incomplete messages.
    pub max_total_octets: usize,
    /// How long, in the unit of `now`, an incomplete message may wait for its parts (counted
    /// from its first part) and a finished one is remembered.
    pub timeout: u64,
}

impl Default for Limits {
    /// 1024 messages, 255 parts, 1 MiB of payload, timeout 300 (seconds, if `now` counts
    /// seconds).
    fn default() -> Self {
        Limits {
            max_messages: 1024,
            max_parts_per_message: 255,
            max_total_octets: 1 << 20,
            timeout: 300,
        }
    }
}

/// Which [`Limits`] field refused a part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// [`Limits::max_messages`]: no room for another incomplete message.
    Messages,
    /// [`Limits::max_parts_per_message`]: `total` is larger.
    Parts,
    /// [`Limits::max_total_octets`]: the payload does not fit.
    Octets,
}

/// Why a part disagrees with the parts already held for its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conflict {
    /// This sequence number is held with a different payload.
    Payload,
    /// The message is held with a different `total`.
    Total {
        /// The `total` of the held parts.
        held: u8,
    },
}

/// A reassembled message.
///
/// ```
/// use smsip_tpdu::reassembly::{ConcatInfo, Outcome, Reassembler};
/// let mut r = Reassembler::default();
/// let c = ConcatInfo { reference: 7, is_16bit: true, total: 1, seq: 1 };
/// let Outcome::Completed(m) = r.feed(1u32, c, &[0xAB], 0) else { panic!() };
/// assert_eq!((m.key, m.reference, m.is_16bit, m.parts), (1, 7, true, vec![vec![0xAB]]));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Message<K> {
    /// The key the parts were fed with.
    pub key: K,
    /// The concatenation reference.
    pub reference: u16,
    /// Whether the reference was 16-bit.
    pub is_16bit: bool,
    /// The payloads in sequence-number order (`parts[0]` is part 1).
    pub parts: Vec<Vec<u8>>,
}

impl<K> Message<K> {
    /// The payloads joined in order.
    pub fn concatenated(&self) -> Vec<u8> {
        self.parts.concat()
    }
}

/// An incomplete message dropped by [`Reassembler::expire`].
///
/// ```
/// use smsip_tpdu::reassembly::{ConcatInfo, Limits, Reassembler};
/// let mut r = Reassembler::new(Limits { timeout: 10, ..Limits::default() });
/// r.feed('k', ConcatInfo { reference: 1, is_16bit: false, total: 3, seq: 2 }, b"b", 100);
/// assert!(r.expire(109).is_empty());
/// let gone = r.expire(110);
/// assert_eq!((gone[0].received(), gone[0].total()), (1, 3));
/// assert_eq!(gone[0].parts[1].as_deref(), Some(&b"b"[..]));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Expired<K> {
    /// The key the parts were fed with.
    pub key: K,
    /// The concatenation reference.
    pub reference: u16,
    /// Whether the reference was 16-bit.
    pub is_16bit: bool,
    /// The payloads received, by sequence number (`parts[0]` is part 1; `None` = missing).
    pub parts: Vec<Option<Vec<u8>>>,
}

impl<K> Expired<K> {
    /// The number of parts the message announced.
    pub fn total(&self) -> usize {
        self.parts.len()
    }

    /// The number of parts received.
    pub fn received(&self) -> usize {
        self.parts.iter().flatten().count()
    }
}

/// What [`Reassembler::feed`] did with a part. Only `Accepted` and `Completed` keep or use
/// the part; every other outcome drops it and leaves the held state unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<K> {
    /// The part is held; `missing` parts are still to come.
    Accepted {
        /// Parts still missing.
        missing: u8,
    },
    /// The part completed its message.
    Completed(Message<K>),
    /// The same part (sequence number and payload) is already held, or belongs to a message
    /// that completed less than [`Limits::timeout`] ago.
    Duplicate,
    /// The part disagrees with the held parts of its message (first come wins).
    Conflicting(Conflict),
    /// The part belongs to a message that [`Reassembler::expire`] dropped less than
    /// [`Limits::timeout`] ago: same `total`, and its sequence number was either missing or
    /// held with this payload. (A reference reused that soon for a new message with the same
    /// `total` cannot be told apart; its parts are dropped too until the memory fades.)
    Expired,
    /// A limit refused the part.
    OverLimit(Limit),
    /// The concatenation IE is unusable: total 0, seq 0 or seq > total (TS 23.040
    /// §9.2.3.24.1); the receiver treats the part as a lone message.
    Invalid,
}

/// Identity of a message: key, reference size, reference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Id<K> {
    key: K,
    is_16bit: bool,
    reference: u16,
}

/// Position in a deadline index: (deadline, insertion serial).
type Slot = (u64, u64);

#[derive(Debug)]
struct Pending {
    parts: Vec<Option<Vec<u8>>>,
    received: u8,
    octets: usize,
    slot: Slot,
}

/// A finished (completed or expired) message, remembered to classify late parts.
#[derive(Debug)]
struct Memory {
    completed: bool,
    /// Fingerprint of each received part, by sequence number.
    prints: Vec<Option<u64>>,
    slot: Slot,
}

/// FNV-1a 64 over the payload: a cheap, deterministic fingerprint for duplicate detection.
fn fingerprint(payload: &[u8]) -> u64 {
    payload.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Reassembles concatenated short messages; see the [module](self) docs.
///
/// Memory bound: at most [`Limits::max_messages`] incomplete messages holding at most
/// [`Limits::max_total_octets`] payload octets (plus 24 octets of bookkeeping per announced
/// part), and at most `max_messages` finished ones remembered with 16 octets per part.
///
/// ```
/// use smsip_tpdu::reassembly::{ConcatInfo, Limit, Limits, Outcome, Reassembler};
/// let mut r = Reassembler::new(Limits { max_messages: 1, ..Limits::default() });
/// let c = |reference, seq| ConcatInfo { reference, is_16bit: false, total: 2, seq };
/// assert_eq!(r.feed((), c(1, 1), b"a", 0), Outcome::Accepted { missing: 1 });
/// assert_eq!(r.feed((), c(2, 1), b"a", 0), Outcome::OverLimit(Limit::Messages));
/// assert_eq!(r.feed((), c(1, 1), b"b", 0), Outcome::Conflicting(
///     smsip_tpdu::reassembly::Conflict::Payload));
/// assert_eq!((r.len(), r.held_octets()), (1, 1));
/// ```
#[derive(Debug)]
pub struct Reassembler<K> {
    limits: Limits,
    pending: BTreeMap<Id<K>, Pending>,
    pending_by_deadline: BTreeMap<Slot, Id<K>>,
    memory: BTreeMap<Id<K>, Memory>,
    memory_by_deadline: BTreeMap<Slot, Id<K>>,
    held_octets: usize,
    serial: u64,
}

impl<K: Ord + Clone> Default for Reassembler<K> {
    fn default() -> Self {
        Self::new(Limits::default())
    }
}

impl<K: Ord + Clone> Reassembler<K> {
    /// An empty reassembler.
    pub fn new(limits: Limits) -> Self {
        Reassembler {
            limits,
            pending: BTreeMap::new(),
            pending_by_deadline: BTreeMap::new(),
            memory: BTreeMap::new(),
            memory_by_deadline: BTreeMap::new(),
            held_octets: 0,
            serial: 0,
        }
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Incomplete messages held.
    pub fn len(&self) -> usize {
        self.pending.len()
    }

    /// Whether no incomplete message is held.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Payload octets held over all incomplete messages.
    pub fn held_octets(&self) -> usize {
        self.held_octets
    }

    /// Finished messages remembered to recognise late parts.
    pub fn remembered(&self) -> usize {
        self.memory.len()
    }

    fn next_slot(&mut self, now: u64) -> Slot {
        self.serial += 1;
        (now.saturating_add(self.limits.timeout), self.serial)
    }

    /// Feeds one part received at `now`. See [`Outcome`] for what can happen; the checks run
    /// in this order: [`Outcome::Invalid`], [`Limit::Parts`], then against the held parts of
    /// the message, then against a remembered finished message, then the octet and message
    /// limits. A part that completes its message is never refused for octets (they are
    /// released at once).
    pub fn feed(&mut self, key: K, concat: ConcatInfo, payload: &[u8], now: u64) -> Outcome<K> {
        if !concat.is_valid() {
            return Outcome::Invalid;
        }
        if concat.total > self.limits.max_parts_per_message {
            return Outcome::OverLimit(Limit::Parts);
        }
        let id = Id {
            key,
            is_16bit: concat.is_16bit,
            reference: concat.reference,
        };
        let index = usize::from(concat.seq - 1);
        let over_octets =
            self.held_octets.saturating_add(payload.len()) > self.limits.max_total_octets;

        if let Some(p) = self.pending.get_mut(&id) {
            if p.parts.len() != usize::from(concat.total) {
                let held = u8::try_from(p.parts.len()).unwrap_or(u8::MAX);
                return Outcome::Conflicting(Conflict::Total { held });
            }
            let Some(slot) = p.parts.get_mut(index) else {
                return Outcome::Invalid;
            };
            if let Some(held) = slot {
                return if held.as_slice() == payload {
                    Outcome::Duplicate
                } else {
                    Outcome::Conflicting(Conflict::Payload)
                };
            }
            if over_octets && p.received + 1 < concat.total {
                return Outcome::OverLimit(Limit::Octets);
            }
            *slot = Some(payload.to_vec());
            p.received += 1;
            p.octets += payload.len();
            self.held_octets += payload.len();
            if p.received < concat.total {
                return Outcome::Accepted {
                    missing: concat.total - p.received,
                };
            }
            return self.complete(id, now);
        }

        if let Some(m) = self.memory.get(&id) {
            let print = m.prints.get(index).copied().flatten();
            if m.prints.len() == usize::from(concat.total) {
                let same = print == Some(fingerprint(payload));
                if m.completed && same {
                    return Outcome::Duplicate;
                }
                if !m.completed && (same || print.is_none()) {
                    return Outcome::Expired;
                }
            }
            // A new message reusing the reference: forget the old one.
            self.forget(&id);
        }

        if concat.total == 1 {
            self.remember(
                id.clone(),
                true,
                alloc::vec![Some(fingerprint(payload))],
                now,
            );
            let parts = alloc::vec![payload.to_vec()];
            return Outcome::Completed(Message {
                key: id.key,
                reference: id.reference,
                is_16bit: id.is_16bit,
                parts,
            });
        }
        if over_octets {
            return Outcome::OverLimit(Limit::Octets);
        }
        if self.pending.len() >= self.limits.max_messages {
            return Outcome::OverLimit(Limit::Messages);
        }
        let mut parts = Vec::new();
        parts.resize_with(usize::from(concat.total), || None);
        if let Some(slot) = parts.get_mut(index) {
            *slot = Some(payload.to_vec());
        }
        let slot = self.next_slot(now);
        self.pending_by_deadline.insert(slot, id.clone());
        self.pending.insert(
            id,
            Pending {
                parts,
                received: 1,
                octets: payload.len(),
                slot,
            },
        );
        self.held_octets += payload.len();
        Outcome::Accepted {
            missing: concat.total - 1,
        }
    }

    /// Removes a completed pending message and returns it.
    fn complete(&mut self, id: Id<K>, now: u64) -> Outcome<K> {
        let Some((id, p)) = self.pending.remove_entry(&id) else {
            return Outcome::Invalid;
        };
        self.pending_by_deadline.remove(&p.slot);
        self.held_octets -= p.octets;
        let parts: Vec<Vec<u8>> = p.parts.into_iter().flatten().collect();
        let prints = parts.iter().map(|p| Some(fingerprint(p))).collect();
        self.remember(id.clone(), true, prints, now);
        Outcome::Completed(Message {
            key: id.key,
            reference: id.reference,
            is_16bit: id.is_16bit,
            parts,
        })
    }

    /// Remembers a finished message, evicting the oldest memory when full.
    fn remember(&mut self, id: Id<K>, completed: bool, prints: Vec<Option<u64>>, now: u64) {
        self.forget(&id);
        if self.limits.max_messages == 0 {
            return;
        }
        while self.memory.len() >= self.limits.max_messages {
            let Some((_, oldest)) = self.memory_by_deadline.pop_first() else {
                break;
            };
            self.memory.remove(&oldest);
        }
        let slot = self.next_slot(now);
        self.memory_by_deadline.insert(slot, id.clone());
        self.memory.insert(
            id,
            Memory {
                completed,
                prints,
                slot,
            },
        );
    }

    fn forget(&mut self, id: &Id<K>) {
        if let Some(m) = self.memory.remove(id) {
            self.memory_by_deadline.remove(&m.slot);
        }
    }

    /// Drops every incomplete message whose [`Limits::timeout`] has run out at `now` (counted
    /// from its first part) and returns them, oldest first; also forgets finished messages
    /// remembered for longer than the timeout. A dropped message is remembered for another
    /// timeout, so its late parts get [`Outcome::Expired`].
    pub fn expire(&mut self, now: u64) -> Vec<Expired<K>> {
        while let Some(entry) = self.memory_by_deadline.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let id = entry.remove();
            self.memory.remove(&id);
        }
        let mut out = Vec::new();
        while let Some(entry) = self.pending_by_deadline.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let id = entry.remove();
            let Some((id, p)) = self.pending.remove_entry(&id) else {
                continue;
            };
            self.held_octets -= p.octets;
            let prints = p
                .parts
                .iter()
                .map(|p| p.as_deref().map(fingerprint))
                .collect();
            self.remember(id.clone(), false, prints, now);
            out.push(Expired {
                key: id.key,
                reference: id.reference,
                is_16bit: id.is_16bit,
                parts: p.parts,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn c8(reference: u16, total: u8, seq: u8) -> ConcatInfo {
        ConcatInfo {
            reference,
            is_16bit: false,
            total,
            seq,
        }
    }

    #[test]
    fn fingerprint_is_fnv1a() {
        assert_eq!(fingerprint(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn indexes_stay_consistent() {
        let mut r = Reassembler::new(Limits {
            max_messages: 2,
            timeout: 5,
            ..Limits::default()
        });
        r.feed(1, c8(1, 2, 1), b"x", 0);
        r.feed(1, c8(2, 2, 1), b"y", 1);
        assert!(matches!(
            r.feed(1, c8(1, 2, 2), b"z", 2),
            Outcome::Completed(_)
        ));
        assert_eq!((r.pending.len(), r.pending_by_deadline.len()), (1, 1));
        assert_eq!((r.memory.len(), r.memory_by_deadline.len()), (1, 1));
        assert_eq!(r.expire(6).len(), 1);
        assert_eq!(
            (r.pending.len(), r.pending_by_deadline.len(), r.held_octets),
            (0, 0, 0)
        );
        assert_eq!((r.memory.len(), r.memory_by_deadline.len()), (2, 2));
        assert!(r.expire(11).is_empty());
        assert_eq!((r.memory.len(), r.memory_by_deadline.len()), (0, 0));
        assert_eq!(vec![1u8], [1]);
    }
}
