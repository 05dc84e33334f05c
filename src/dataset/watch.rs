//! A byte-level watch on CSV input, between the file and the csv parser. It follows the
//! same quoting rules as the parser (RFC 4180: `"` opens a quoted field only at the start of
//! a field, `""` inside one is a literal quote) to catch what the parser cannot report: a
//! quoted field that is never closed (the parser silently runs it to the end of the file)
//! and a field so long that reading it would hold megabytes for one row.

use std::io::{self, Read};

/// The longest field accepted. A row is a sentence or a short passage; a longer field is
/// almost always a broken file (an unclosed quote) and would be held whole in memory.
pub const MAX_FIELD_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the first byte of a field.
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted field: the closing quote, or the first half of `""`.
    QuoteInQuoted,
}

/// Passes bytes through unchanged while tracking fields and lines.
pub(super) struct Watch<R> {
    inner: R,
    state: State,
    /// 1-based line of the next byte.
    line: u64,
    /// Line where the current field started.
    field_line: u64,
    field_len: usize,
    limit: usize,
    started: bool,
    eof: bool,
    too_long: Option<u64>,
}

impl<R: Read> Watch<R> {
    pub(super) fn new(inner: R, limit: usize) -> Self {
        Watch {
            inner,
            state: State::FieldStart,
            line: 1,
            field_line: 1,
            field_len: 0,
            limit,
            started: false,
            eof: false,
            too_long: None,
        }
    }

    /// The line where a quoted field opened that the end of the input left open.
    pub(super) fn unterminated_quote(&self) -> Option<u64> {
        (self.eof && self.state == State::Quoted).then_some(self.field_line)
    }

    /// After a read failed because of a field over the limit: the line where it started
    /// and the problem.
    pub(super) fn too_long(&self) -> Option<(u64, String)> {
        let line = self.too_long?;
        // A quote left open swallows the lines after it; a long one-line field does not.
        let hint = if self.state == State::Quoted && self.line > line {
            " (a quote left open?)"
        } else {
            ""
        };
        Some((
            line,
            format!(
                "field longer than {}{hint}; rows must be sentences or short passages",
                size(self.limit)
            ),
        ))
    }

    fn step(&mut self, b: u8) -> bool {
        use State::*;
        let (state, starts) = match (self.state, b) {
            (FieldStart | Unquoted | QuoteInQuoted, b',' | b'\n' | b'\r') => (FieldStart, false),
            (FieldStart, b'"') => (Quoted, true),
            (FieldStart, _) => (Unquoted, true),
            (Quoted, b'"') => (QuoteInQuoted, false),
            (QuoteInQuoted, b'"') => (Quoted, false),
            (QuoteInQuoted, _) => (Unquoted, false),
            (other, _) => (other, false),
        };
        if starts {
            self.field_line = self.line;
            self.field_len = 0;
        }
        self.state = state;
        if b == b'\n' {
            self.line += 1;
        }
        if state != FieldStart {
            self.field_len += 1;
            if self.field_len > self.limit {
                self.too_long = Some(self.field_line);
                return false;
            }
        }
        true
    }
}

impl<R> Watch<R> {
    /// Inside a field, jumps over the bytes that cannot change the state (all but the
    /// separators, or the quote inside a quoted field), counting their lines and length
    /// as [`Watch::step`] would one by one; returns the rest, which starts at a byte that
    /// needs a step.
    fn skip_plain<'a>(&mut self, bytes: &'a [u8]) -> &'a [u8] {
        let stop = match self.state {
            State::Unquoted => memchr::memchr3(b',', b'\n', b'\r', bytes),
            State::Quoted => memchr::memchr(b'"', bytes),
            State::FieldStart | State::QuoteInQuoted => return bytes,
        };
        let (mut plain, rest) = bytes.split_at(stop.unwrap_or(bytes.len()));
        // Over the limit, stop at the byte that crosses it, where `step` would have.
        let room = self.limit.saturating_sub(self.field_len);
        let too_long = plain.len() > room;
        if too_long {
            plain = &plain[..=room];
        }
        if self.state == State::Quoted {
            self.line += memchr::memchr_iter(b'\n', plain).count() as u64;
        }
        self.field_len += plain.len();
        if too_long {
            self.too_long = Some(self.field_line);
            return &[];
        }
        rest
    }
}

fn size(bytes: usize) -> String {
    if bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

impl<R: Read> Read for Watch<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.too_long.is_some() {
            return Err(io::Error::other("field too long"));
        }
        let n = self.inner.read(buf)?;
        if n == 0 {
            self.eof = !buf.is_empty();
            return Ok(0);
        }
        let mut bytes = &buf[..n];
        if !self.started {
            // The parser skips a UTF-8 byte order mark; so does the watch.
            self.started = true;
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        while let Some((&b, rest)) = bytes.split_first() {
            if !self.step(b) {
                return Err(io::Error::other("field too long"));
            }
            bytes = self.skip_plain(rest);
        }
        if self.too_long.is_some() {
            return Err(io::Error::other("field too long"));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn watch(input: &[u8], limit: usize) -> (Watch<&[u8]>, io::Result<Vec<u8>>) {
        let mut w = Watch::new(input, limit);
        let mut out = Vec::new();
        let read = w.read_to_end(&mut out).map(|_| out);
        (w, read)
    }

    #[test]
    fn passes_bytes_through_and_sees_closed_quotes() {
        let csv = b"\xEF\xBB\xBFtext,label\n\"He said \"\"no\"\"\",x\n5\" screen,y\n\"a\nb\",z";
        let (w, out) = watch(csv, 100);
        assert_eq!(out.unwrap(), csv);
        assert_eq!(w.unterminated_quote(), None);
    }

    #[test]
    fn an_unclosed_quote_names_the_line_it_opened_on() {
        let (w, _) = watch(b"text,label\nok,x\nbad,\"y\nmore,z\n", 100);
        assert_eq!(w.unterminated_quote(), Some(3));
    }

    #[test]
    fn a_long_field_is_an_error_at_its_first_line() {
        let (w, out) = watch(b"text,label\nshort,x\n\"0123456789\n0123456789\",y\n", 15);
        assert!(out.is_err());
        let (line, problem) = w.too_long().unwrap();
        assert_eq!(line, 3);
        assert!(problem.contains("(a quote left open?)"), "{problem}");
        let (w, out) = watch(b"text\n\"0123456789012345678\"\n", 15);
        assert!(out.is_err());
        assert_eq!(
            w.too_long().unwrap(),
            (
                2,
                "field longer than 15 bytes; rows must be sentences or short passages".into()
            )
        );
        let (_, out) = watch(b"text,label\n012345678901234,x\n", 15);
        assert!(out.is_ok(), "a field of exactly the limit is fine");
    }

    /// Hands out one byte per read, so the watch steps through every byte itself.
    struct OneByte<'a>(&'a [u8]);

    impl Read for OneByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match (self.0.split_first(), buf.first_mut()) {
                (Some((&b, rest)), Some(slot)) => {
                    *slot = b;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    /// What a reader sees through the watch: the bytes (or none after an error), an
    /// unclosed quote's line, a too-long field's line and problem.
    type Outcome = (Option<Vec<u8>>, Option<u64>, Option<(u64, String)>);

    fn outcome<R: Read>(mut w: Watch<R>) -> Outcome {
        let mut out = Vec::new();
        let read = w.read_to_end(&mut out).ok().map(|_| out);
        (read, w.unterminated_quote(), w.too_long())
    }

    proptest::proptest! {
        /// Skipping over plain bytes reports exactly what stepping through them does.
        #[test]
        fn skipping_plain_bytes_changes_nothing(
            input in proptest::collection::vec(
                proptest::sample::select(b"ab,\"\n\r".to_vec()), 0..60),
            limit in 1usize..12,
        ) {
            let whole = outcome(Watch::new(&input[..], limit));
            let stepped = outcome(Watch::new(OneByte(&input), limit));
            proptest::prop_assert_eq!(whole, stepped);
        }
    }
}
