"""Writes src/segment/uax29/table.rs: the UAX #29 Sentence_Break classes that `segment::uax29`
cannot take from the standard library, from unicode-segmentation's own table.

    python3 scripts/lang/sentence_break_table.py [PATH/TO/unicode-segmentation-X.Y.Z]

The path defaults to the version Cargo.lock pins, in cargo's registry (`cargo fetch` puts it there).
Lower, Upper and OLetter come from `char::is_lowercase`, `is_uppercase` and `is_alphabetic` (whose
tables the module links anyway), ASCII from `segment::uax29`'s own 128-entry table; everything else the
crate's table says (ATerm, STerm, Close, SContinue, Sp, Sep, Format, Extend, Numeric) is written here as
sorted ranges. The tests in `segment::uax29` compare every code point's boundaries with the crate's.
"""

import glob
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(REPO, "src", "segment", "uax29", "table.rs")
KEPT = ["ATerm", "STerm", "Close", "SContinue", "Sp", "Sep", "Format", "Extend", "Numeric"]


def crate_source():
    if len(sys.argv) > 1:
        return sys.argv[1]
    with open(os.path.join(REPO, "Cargo.lock")) as f:
        version = re.search(r'name = "unicode-segmentation"\nversion = "([^"]+)"', f.read()).group(1)
    return glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/unicode-segmentation-{version}"))[0]


def main():
    src = crate_source()
    with open(os.path.join(src, "src", "tables.rs")) as f:
        tables = f.read()
    sentence = tables[tables.index("pub mod sentence"):]
    rows = re.findall(r"\('\\u\{([0-9a-f]+)\}',\s*'\\u\{([0-9a-f]+)\}',\s*SC_(\w+)\)", sentence)
    ranges = []
    for lo, hi, cat in rows:
        lo, hi = int(lo, 16), int(hi, 16)
        if cat in KEPT and hi >= 0x80:
            lo = max(lo, 0x80)
            if ranges and ranges[-1][2] == cat and ranges[-1][1] + 1 == lo:
                ranges[-1] = (ranges[-1][0], hi, cat)
            else:
                ranges.append((lo, hi, cat))
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:]))
    # At most 128 code points an entry: a longer range (variation selectors, tags) takes two.
    entries = []
    for lo, hi, cat in ranges:
        while lo <= hi:
            entries.append((lo, min(hi, lo + 127), cat))
            lo += 128
    version = os.path.basename(src.rstrip("/"))
    lines = [
        "//! The UAX #29 Sentence_Break classes of the code points outside ASCII that the standard library",
        "//! cannot tell, for `segment::uax29`.",
        "//!",
        f"//! Made by scripts/lang/sentence_break_table.py from {version}'s src/tables.rs. Do not edit.",
        "",
        "use super::Class;",
        "",
        "/// The non-ASCII code points of the Sentence_Break classes the standard library cannot tell, as",
        "/// sorted, disjoint ranges, each packed in a `u32`: its first code point (21 bits), its class (4",
        "/// bits) and its length less one (7 bits).",
        f"pub(super) static RANGES: [u32; {len(entries)}] = [",
    ]
    for lo, hi, cat in entries:
        length = f" | {hi - lo} << 25" if hi > lo else ""
        lines.append(f"    {lo:#07x} | (Class::{cat} as u32) << 21{length},")
    lines.append("];")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(ranges)} ranges in {len(entries)} entries from {version}")


if __name__ == "__main__":
    main()
