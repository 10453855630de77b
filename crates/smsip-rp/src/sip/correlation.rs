//! Matching RP-ACK / RP-ERROR to the RP-DATA or RP-SMMA they answer (TS 24.011 §6.3, §8.2.3;
//! TR 23.804 §8.9, §8.10; `rp.md` §4.5).

use alloc::collections::{BTreeMap, VecDeque};
use core::time::Duration;

use crate::RpMessage;

/// What a received report (RP-ACK or RP-ERROR) is, as told by [`Correlator::report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correlation<V> {
    /// It answers an outstanding message, in time: here is that message's value.
    Matched(V),
    /// It answers a message whose timer had run out. The value is given if the caller had not
    /// taken it yet through [`Correlator::expire`].
    Late(Option<V>),
    /// It answers a message that was already answered (a retransmitted report): ignore it.
    Duplicate,
    /// Nothing outstanding or recently answered has this peer and RP-MR: answer with RP-ERROR
    /// cause 81 or ignore it (`rp.md` §2.1).
    Unknown,
}

/// Why [`Correlator::insert`] refused a message; the value is handed back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InsertError<V> {
    /// The limit of outstanding messages is reached.
    #[error("the limit of outstanding messages is reached")]
    Full(V),
    /// A message to this peer with this RP-MR is still outstanding.
    #[error("a message to this peer with this RP-MR is still outstanding")]
    InUse(V),
}

/// A message whose report did not come in time, returned by [`Correlator::expire`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expired<K, V> {
    /// The peer it was sent to.
    pub peer: K,
    /// Its RP-MR.
    pub reference: u8,
    /// The caller's value.
    pub value: V,
}

#[derive(Debug, Clone)]
struct Slot<K> {
    at: Duration,
    peer: K,
    reference: u8,
    seq: u64,
}

#[derive(Debug, Clone)]
struct Pending<V> {
    seq: u64,
    deadline: Duration,
    value: V,
}

#[derive(Debug, Clone, Copy)]
struct Answered {
    seq: u64,
    /// The timer ran out before any report came.
    timed_out: bool,
}

#[derive(Debug, Clone)]
struct Peer<V> {
    pending: BTreeMap<u8, Pending<V>>,
    answered: BTreeMap<u8, Answered>,
}

impl<V> Default for Peer<V> {
    fn default() -> Self {
        Peer {
            pending: BTreeMap::new(),
            answered: BTreeMap::new(),
        }
    }
}

/// Sans-IO bookkeeping for the sender of RP-DATA / RP-SMMA: which RP-MRs are outstanding per
/// peer, which reports are duplicates, and which messages timed out (TR1M / TRAM, `rp.md` §2.5).
///
/// `K` names the peer (a SIP URI, an IMSI, a connection id, ...); `V` is whatever the caller
/// keeps per message (a MAP invoke id, the TPDU, ...). Time is the caller's: every call takes
/// `now` as a [`Duration`] since any fixed epoch, and must not go backwards. Memory is bounded:
/// at most `limit` outstanding messages and at most `limit` answered ones remembered, each for
/// one `timeout` after its answer, to recognise duplicates.
///
/// ```
/// use core::time::Duration;
/// use smsip_rp::sip::{Correlation, Correlator};
/// let mut c = Correlator::new(16, Duration::from_secs(40));
/// let t0 = Duration::ZERO;
/// c.insert("sip:+447700900123@ims", 7, "MT-ForwardSM #1", t0).unwrap();
/// let t1 = Duration::from_secs(2);
/// assert_eq!(c.report(&"sip:+447700900123@ims", 7, t1), Correlation::Matched("MT-ForwardSM #1"));
/// assert_eq!(c.report(&"sip:+447700900123@ims", 7, t1), Correlation::Duplicate);
/// assert_eq!(c.report(&"sip:+447700900123@ims", 8, t1), Correlation::Unknown);
/// ```
#[derive(Debug, Clone)]
pub struct Correlator<K, V> {
    limit: usize,
    timeout: Duration,
    seq: u64,
    pending_len: usize,
    answered_len: usize,
    peers: BTreeMap<K, Peer<V>>,
    /// Outstanding messages in deadline order (stale slots skipped).
    timers: VecDeque<Slot<K>>,
    /// Answered messages in answer order (stale slots skipped).
    history: VecDeque<Slot<K>>,
}

impl<K: Ord + Clone, V> Correlator<K, V> {
    /// A correlator for at most `limit` outstanding messages, each waiting at most `timeout`
    /// for its report (TR1M is 35-45 s, TRAM 25-35 s; see [`crate::timers`]).
    pub fn new(limit: usize, timeout: Duration) -> Self {
        Correlator {
            limit,
            timeout,
            seq: 0,
            pending_len: 0,
            answered_len: 0,
            peers: BTreeMap::new(),
            timers: VecDeque::new(),
            history: VecDeque::new(),
        }
    }

    /// The most outstanding messages.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// How long a message waits for its report.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Outstanding messages.
    pub fn len(&self) -> usize {
        self.pending_len
    }

    /// True when nothing is outstanding.
    pub fn is_empty(&self) -> bool {
        self.pending_len == 0
    }

    /// True if a message to `peer` with `reference` is outstanding.
    pub fn is_pending(&self, peer: &K, reference: u8) -> bool {
        self.peers
            .get(peer)
            .is_some_and(|p| p.pending.contains_key(&reference))
    }

    /// An RP-MR for a new message to `peer`: the first from `from` on (wrapping) that is neither
    /// outstanding nor recently answered, else the first that is not outstanding; `None` if
    /// all 256 are outstanding.
    pub fn free_reference(&self, peer: &K, from: u8) -> Option<u8> {
        let Some(p) = self.peers.get(peer) else {
            return Some(from);
        };
        let candidates = || (0..=255u8).map(|i| from.wrapping_add(i));
        candidates()
            .find(|r| !p.pending.contains_key(r) && !p.answered.contains_key(r))
            .or_else(|| candidates().find(|r| !p.pending.contains_key(r)))
    }

    /// Records a message sent to `peer` with RP-MR `reference` at `now`; its report is due by
    /// `now + timeout`.
    pub fn insert(
        &mut self,
        peer: K,
        reference: u8,
        value: V,
        now: Duration,
    ) -> Result<(), InsertError<V>> {
        self.forget_old(now);
        if self.is_pending(&peer, reference) {
            return Err(InsertError::InUse(value));
        }
        if self.pending_len >= self.limit {
            return Err(InsertError::Full(value));
        }
        // Keep the timer queue sorted even if the clock stepped back.
        let mut deadline = now.saturating_add(self.timeout);
        if let Some(last) = self.timers.back() {
            deadline = deadline.max(last.at);
        }
        self.seq += 1;
        let seq = self.seq;
        let p = self.peers.entry(peer.clone()).or_default();
        if p.answered.remove(&reference).is_some() {
            // The RP-MR is reused: a later report answers the new message.
            self.answered_len -= 1;
        }
        p.pending.insert(
            reference,
            Pending {
                seq,
                deadline,
                value,
            },
        );
        self.pending_len += 1;
        self.timers.push_back(Slot {
            at: deadline,
            peer,
            reference,
            seq,
        });
        if self.timers.len() > self.limit.saturating_mul(2).saturating_add(16) {
            let peers = &self.peers;
            self.timers.retain(|s| live_pending(peers, s));
        }
        Ok(())
    }

    /// Classifies a report (RP-ACK or RP-ERROR) from `peer` with RP-MR `reference` received at
    /// `now`, and closes the transaction it answers.
    pub fn report(&mut self, peer: &K, reference: u8, now: Duration) -> Correlation<V> {
        self.forget_old(now);
        let Some(p) = self.peers.get_mut(peer) else {
            return Correlation::Unknown;
        };
        if let Some(pending) = p.pending.remove(&reference) {
            self.pending_len -= 1;
            let late = now >= pending.deadline;
            self.remember(peer.clone(), reference, now, false);
            return if late {
                Correlation::Late(Some(pending.value))
            } else {
                Correlation::Matched(pending.value)
            };
        }
        match p.answered.get_mut(&reference) {
            Some(a) if a.timed_out => {
                a.timed_out = false;
                Correlation::Late(None)
            }
            Some(_) => Correlation::Duplicate,
            None => Correlation::Unknown,
        }
    }

    /// As [`Correlator::report`] for a decoded message: `None` unless it is an RP-ACK or
    /// RP-ERROR.
    pub fn report_message(
        &mut self,
        peer: &K,
        message: &RpMessage<'_>,
        now: Duration,
    ) -> Option<Correlation<V>> {
        message
            .is_report()
            .then(|| self.report(peer, message.reference(), now))
    }

    /// Drops an outstanding message without remembering it (e.g. the SIP MESSAGE carrying it
    /// was rejected).
    pub fn cancel(&mut self, peer: &K, reference: u8) -> Option<V> {
        let p = self.peers.get_mut(peer)?;
        let pending = p.pending.remove(&reference)?;
        self.pending_len -= 1;
        self.drop_peer_if_idle(peer);
        Some(pending.value)
    }

    /// When the next outstanding message times out, for the caller's timer.
    pub fn next_deadline(&self) -> Option<Duration> {
        self.timers
            .iter()
            .find(|s| live_pending(&self.peers, s))
            .map(|s| s.at)
    }

    /// Takes one message whose report is overdue at `now`; call until `None`. A report that
    /// arrives for it later is [`Correlation::Late`].
    pub fn expire(&mut self, now: Duration) -> Option<Expired<K, V>> {
        self.forget_old(now);
        while let Some(slot) = self.timers.front() {
            if slot.at > now {
                return None;
            }
            let Some(slot) = self.timers.pop_front() else {
                break;
            };
            let Some(p) = self.peers.get_mut(&slot.peer) else {
                continue;
            };
            if p.pending
                .get(&slot.reference)
                .is_none_or(|e| e.seq != slot.seq)
            {
                continue;
            }
            let Some(pending) = p.pending.remove(&slot.reference) else {
                continue;
            };
            self.pending_len -= 1;
            self.remember(slot.peer.clone(), slot.reference, now, true);
            return Some(Expired {
                peer: slot.peer,
                reference: slot.reference,
                value: pending.value,
            });
        }
        None
    }

    /// Remembers an answered (or timed-out) message for duplicate detection.
    fn remember(&mut self, peer: K, reference: u8, now: Duration, timed_out: bool) {
        while self.answered_len >= self.limit.max(1) {
            if self.pop_history().is_none() {
                break;
            }
        }
        self.seq += 1;
        let seq = self.seq;
        let p = self.peers.entry(peer.clone()).or_default();
        if p.answered
            .insert(reference, Answered { seq, timed_out })
            .is_none()
        {
            self.answered_len += 1;
        }
        self.history.push_back(Slot {
            at: now,
            peer,
            reference,
            seq,
        });
        if self.history.len() > self.limit.saturating_mul(2).saturating_add(16) {
            let peers = &self.peers;
            self.history.retain(|s| live_answered(peers, s));
        }
    }

    /// Forgets answers older than one timeout.
    fn forget_old(&mut self, now: Duration) {
        while self
            .history
            .front()
            .is_some_and(|s| s.at.saturating_add(self.timeout) <= now)
        {
            self.pop_history();
        }
    }

    /// Pops the oldest history slot; `Some(true)` if it forgot a live answer.
    fn pop_history(&mut self) -> Option<bool> {
        let slot = self.history.pop_front()?;
        if !live_answered(&self.peers, &slot) {
            return Some(false);
        }
        if let Some(p) = self.peers.get_mut(&slot.peer) {
            p.answered.remove(&slot.reference);
            self.answered_len -= 1;
        }
        self.drop_peer_if_idle(&slot.peer);
        Some(true)
    }

    fn drop_peer_if_idle(&mut self, peer: &K) {
        if self
            .peers
            .get(peer)
            .is_some_and(|p| p.pending.is_empty() && p.answered.is_empty())
        {
            self.peers.remove(peer);
        }
    }
}

fn live_answered<K: Ord, V>(peers: &BTreeMap<K, Peer<V>>, slot: &Slot<K>) -> bool {
    peers
        .get(&slot.peer)
        .and_then(|p| p.answered.get(&slot.reference))
        .is_some_and(|a| a.seq == slot.seq)
}

fn live_pending<K: Ord, V>(peers: &BTreeMap<K, Peer<V>>, slot: &Slot<K>) -> bool {
    peers
        .get(&slot.peer)
        .and_then(|p| p.pending.get(&slot.reference))
        .is_some_and(|e| e.seq == slot.seq)
}
