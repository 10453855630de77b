//! Where encoders write: a caller's `Vec<u8>` or a fixed slice, through one small trait.

/// An octet sink. Encoders are generic over it so the same code fills a growable `Vec<u8>` or a
/// caller's fixed buffer ([`SliceSink`]) without allocating per element.
///
/// ```
/// use smsip_core::{Sink, SliceSink};
/// let mut buf = [0u8; 4];
/// let mut s = SliceSink::new(&mut buf);
/// s.put(0x01);
/// s.put_slice(&[0x02, 0x03]);
/// assert_eq!(s.finish().unwrap(), 3);
/// assert_eq!(&buf[..3], &[1, 2, 3]);
/// ```
pub trait Sink {
    /// Appends one octet.
    fn put(&mut self, b: u8);
    /// Appends octets.
    fn put_slice(&mut self, s: &[u8]);
    /// Octets written so far.
    fn written(&self) -> usize;
}

#[cfg(feature = "alloc")]
impl Sink for alloc::vec::Vec<u8> {
    #[inline]
    fn put(&mut self, b: u8) {
        self.push(b);
    }
    #[inline]
    fn put_slice(&mut self, s: &[u8]) {
        self.extend_from_slice(s);
    }
    #[inline]
    fn written(&self) -> usize {
        self.len()
    }
}

/// A [`Sink`] over a caller's fixed buffer. Writes past its end are counted, not performed;
/// [`SliceSink::finish`] then reports how much room was needed.
#[derive(Debug)]
pub struct SliceSink<'a> {
    buf: &'a mut [u8],
    len: usize,
}

/// The caller's buffer was too small for the encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("output buffer too small: {needed} octets needed, {available} available")]
#[non_exhaustive]
pub struct SliceTooSmall {
    /// Octets the encoding needs.
    pub needed: usize,
    /// Size of the caller's buffer.
    pub available: usize,
}

impl<'a> SliceSink<'a> {
    /// A sink writing from the start of `buf`.
    pub fn new(buf: &'a mut [u8]) -> Self {
        SliceSink { buf, len: 0 }
    }

    /// The number of octets written, or an error if the buffer was too small.
    pub fn finish(self) -> Result<usize, SliceTooSmall> {
        if self.len <= self.buf.len() {
            Ok(self.len)
        } else {
            Err(SliceTooSmall {
                needed: self.len,
                available: self.buf.len(),
            })
        }
    }
}

impl Sink for SliceSink<'_> {
    #[inline]
    fn put(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
        }
        self.len += 1;
    }
    #[inline]
    fn put_slice(&mut self, s: &[u8]) {
        let end = self.len + s.len();
        if let Some(dst) = self.buf.get_mut(self.len..end) {
            dst.copy_from_slice(s);
        }
        self.len = end;
    }
    #[inline]
    fn written(&self) -> usize {
        self.len
    }
}
