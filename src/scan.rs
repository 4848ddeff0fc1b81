//! Byte scanning eight bytes at a time.
//!
//! Several stages walk the whole text looking for a handful of bytes (line breaks, sentence
//! terminators) that are rare in it. Testing a `u64` of eight bytes at once for "might one of them be
//! here" lets those loops skip most of the text without looking at each byte, in the `.wasm` too (which
//! has no SIMD here and no `memchr`). The stages that look at every byte instead share one table of
//! what each ASCII byte is ([`class`]), and for eight ASCII bytes at once the two of its classes that
//! normalizing reads ([`ascii_spaces`], [`ascii_alphanumerics`]).

/// [`class`] bits. Letters and digits make words, with the underscore (UAX #29's ExtendNumLet).
pub const LETTER: u8 = 1;
pub const DIGIT: u8 = 2;
pub const UNDERSCORE: u8 = 4;
/// `.`, `,`, `;`, `'` and `:`, which may join two runs of letters or of digits into one word.
pub const JOINER: u8 = 8;
/// White space: `is_ascii_whitespace` and the vertical tab.
pub const SPACE: u8 = 16;

const ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte == b'_' {
            UNDERSCORE
        } else if matches!(byte, b'.' | b',' | b';' | b'\'' | b':') {
            JOINER
        } else if byte.is_ascii_whitespace() || byte == 0x0B {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    table
};

/// What byte `b` is, as [`LETTER`], [`DIGIT`], [`UNDERSCORE`], [`JOINER`] or [`SPACE`] (0 for other
/// bytes, non-ASCII ones included): one table lookup.
#[inline(always)]
pub fn class(b: u8) -> u8 {
    ASCII_CLASS[usize::from(b)]
}

pub const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `chunk` (little-endian) may be one of `wanted`. The classic
/// zero-byte test on `chunk ^ byte`: it can answer yes for a byte just above a real match, never no for
/// a real one, so a yes only sends the caller back to single bytes.
#[inline(always)]
pub fn may_hold(chunk: u64, wanted: &[u8]) -> bool {
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    wanted.iter().fold(0, |found, &b| found | has_zero(chunk ^ (ONES * u64::from(b)))) != 0
}

/// The high bit of each byte of `chunk` (all of whose bytes are ASCII) that is `from` or above: adding
/// `0x80 - from` carries into the high bit exactly then, and never into the next byte.
#[inline(always)]
fn at_least(chunk: u64, from: u8) -> u64 {
    chunk.wrapping_add(ONES * u64::from(0x80 - from)) & HIGHS
}

/// The bytes of `chunk` (eight ASCII bytes) in `from..to`, each as 1, the others as 0.
#[inline(always)]
fn in_range(chunk: u64, from: u8, to: u8) -> u64 {
    (at_least(chunk, from) & !at_least(chunk, to)) >> 7
}

/// The bytes of `chunk` (eight ASCII bytes) that are [`SPACE`], each as 1, the others as 0.
#[inline(always)]
pub fn ascii_spaces(chunk: u64) -> u64 {
    in_range(chunk, b'\t', b'\r' + 1) | in_range(chunk, b' ', b' ' + 1)
}

/// The bytes of `chunk` (eight ASCII bytes) that are [`LETTER`] or [`DIGIT`], each as 1, the others as
/// 0. (A letter with the 0x20 bit set is its lower case; no other byte lands in `a..=z` that way.)
#[inline(always)]
pub fn ascii_alphanumerics(chunk: u64) -> u64 {
    in_range(chunk | (ONES * 0x20), b'a', b'z' + 1) | in_range(chunk, b'0', b'9' + 1)
}

/// The offset from `at` of the first eight-byte chunk of `bytes` that may hold one of `wanted`, or of the
/// last bytes too few to make a chunk: everything before it is certainly none of them.
#[inline(always)]
pub fn skip_to_candidates(bytes: &[u8], mut at: usize, wanted: &[u8]) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        if may_hold(word, wanted) {
            break;
        }
        at += 8;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn never_skips_a_wanted_byte(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40), from in 0usize..40) {
            let wanted = [b'\n', b'.', 0xE2];
            let from = from.min(bytes.len());
            let stop = skip_to_candidates(&bytes, from, &wanted);
            proptest::prop_assert!(stop >= from);
            proptest::prop_assert!(bytes[from..stop.min(bytes.len())].iter().all(|b| !wanted.contains(b)));
            proptest::prop_assert!(stop + 8 > bytes.len() || bytes[stop..stop + 8].iter().any(|b| wanted.contains(b)) || may_hold(u64::from_le_bytes(bytes[stop..stop + 8].try_into().unwrap()), &wanted));
        }
    }

    #[test]
    fn the_eight_byte_classes_are_the_table() {
        for b in 0..128u8 {
            for at in 0..8 {
                let mut chunk = *b"a. 1\tZ_~";
                chunk[at] = b;
                let x = u64::from_le_bytes(chunk);
                for (k, &c) in chunk.iter().enumerate() {
                    let byte = |m: u64| (m >> (8 * k)) & 0xFF;
                    assert_eq!(byte(ascii_spaces(x)), u64::from(class(c) & SPACE != 0), "{c:#x}");
                    assert_eq!(byte(ascii_alphanumerics(x)), u64::from(class(c) & (LETTER | DIGIT) != 0), "{c:#x}");
                }
            }
        }
    }

    #[test]
    fn finds_each_position() {
        for at in 0..8 {
            let mut chunk = *b"abcdefgh";
            chunk[at] = b'.';
            assert!(may_hold(u64::from_le_bytes(chunk), b".!?"));
        }
        assert!(!may_hold(u64::from_le_bytes(*b"abcdefgh"), b".!?\n\r"));
    }
}
