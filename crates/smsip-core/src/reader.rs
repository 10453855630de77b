//! The octet cursor every decoder uses (the rustls `codec::Reader` shape).

/// A bounds-checked cursor over a borrowed input.
///
/// Every read names the field it is reading, so a short input produces a [`ReadError`] that says
/// which field was cut and at which octet offset (counted from the start of the buffer the reader
/// was created on, plus the `base` given to [`Reader::with_base`]).
///
/// ```
/// use smsip_core::Reader;
/// let mut r = Reader::new(&[1, 2, 3]);
/// assert_eq!(r.take(2, "x").unwrap(), &[1, 2]);
/// assert_eq!(r.rest(), &[3]);
/// assert!(r.is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    base: usize,
}

/// A read past the end of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{field}: truncated at offset {offset}, {needed} more octet(s) needed")]
#[non_exhaustive]
pub struct ReadError {
    /// The field being read, as the spec names it.
    pub field: &'static str,
    /// Offset of the first missing octet.
    pub offset: usize,
    /// How many octets were missing.
    pub needed: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`.
    #[inline]
    pub const fn new(buf: &'a [u8]) -> Self {
        Reader {
            buf,
            pos: 0,
            base: 0,
        }
    }

    /// A reader whose offsets are reported relative to an enclosing buffer in which `buf` starts
    /// at `base` (used when a layer hands an inner payload to the next decoder).
    #[inline]
    pub const fn with_base(buf: &'a [u8], base: usize) -> Self {
        Reader { buf, pos: 0, base }
    }

    /// Offset of the next octet to be read, in the enclosing buffer.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.base + self.pos
    }

    /// Octets not yet read.
    #[inline]
    pub fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// True when every octet has been read.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    /// The next octet without consuming it.
    #[inline]
    pub fn peek(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    #[inline]
    fn short(&self, field: &'static str, want: usize) -> ReadError {
        ReadError {
            field,
            offset: self.buf.len() + self.base,
            needed: want - self.remaining(),
        }
    }

    /// Reads one octet.
    #[inline]
    pub fn u8(&mut self, field: &'static str) -> Result<u8, ReadError> {
        match self.buf.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.short(field, 1)),
        }
    }

    /// Reads a big-endian 16-bit integer.
    #[inline]
    pub fn u16_be(&mut self, field: &'static str) -> Result<u16, ReadError> {
        let b = self.array::<2>(field)?;
        Ok(u16::from_be_bytes(b))
    }

    /// Reads exactly `N` octets into an array.
    #[inline]
    pub fn array<const N: usize>(&mut self, field: &'static str) -> Result<[u8; N], ReadError> {
        let s = self.take(N, field)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    /// Borrows the next `n` octets.
    #[inline]
    pub fn take(&mut self, n: usize, field: &'static str) -> Result<&'a [u8], ReadError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        match end.and_then(|e| self.buf.get(self.pos..e)) {
            Some(s) => {
                self.pos += n;
                Ok(s)
            }
            None => Err(self.short(field, n)),
        }
    }

    /// Borrows everything not yet read and moves to the end.
    #[inline]
    pub fn rest(&mut self) -> &'a [u8] {
        let s = self.buf.get(self.pos..).unwrap_or(&[]);
        self.pos = self.buf.len();
        s
    }

    /// A sub-reader over the next `n` octets (offsets stay those of the enclosing buffer).
    #[inline]
    pub fn sub(&mut self, n: usize, field: &'static str) -> Result<Reader<'a>, ReadError> {
        let base = self.offset();
        let s = self.take(n, field)?;
        Ok(Reader::with_base(s, base))
    }
}
