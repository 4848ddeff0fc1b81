#!/usr/bin/env python3
"""The functions of a .wasm module by code size, largest first, named from its name section.

Usage: python3 scripts/bench/wasm_functions.py target/wasm32-unknown-unknown/release/abridge.wasm [REGEX]

Read the module cargo writes before wasm-opt (wasm-opt strips the names): each line is a function body's
size in bytes and its mangled name; REGEX keeps only the names it matches (e.g. `sort` for the
instances of core's sorts, one per element type and comparator), and the total goes to stderr.
twiggy is not installed here; this is the part of it docs/performance.md's size work needed.
"""
import re
import sys


def leb128(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def functions(data):
    """(size, name) of every function body; names count imported functions first, as the module does."""
    i, imported, sizes, names = 8, 0, [], {}
    while i < len(data):
        section = data[i]
        size, i = leb128(data, i + 1)
        end = i + size
        if section == 2:  # imports: only imported functions take function indices before the bodies
            count, j = leb128(data, i)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    length, j = leb128(data, j)
                    j += length
                kind = data[j]
                j += 1
                if kind != 0:
                    sys.exit("wasm_functions: an import that is not a function")
                _, j = leb128(data, j)
                imported += 1
        elif section == 10:  # code: the bodies, each led by its size
            count, j = leb128(data, i)
            for _ in range(count):
                length, k = leb128(data, j)
                sizes.append(k - j + length)
                j = k + length
        elif section == 0:  # custom: only "name", subsection 1 (function names)
            length, j = leb128(data, i)
            if data[j:j + length] == b"name":
                j += length
                while j < end:
                    subsection = data[j]
                    sub_size, j = leb128(data, j + 1)
                    if subsection == 1:
                        count, k = leb128(data, j)
                        for _ in range(count):
                            index, k = leb128(data, k)
                            length, k = leb128(data, k)
                            names[index] = data[k:k + length].decode(errors="replace")
                            k += length
                    j += sub_size
        i = end
    return sorted(((size, names.get(imported + n, f"?{n}")) for n, size in enumerate(sizes)), reverse=True)


def main():
    data = open(sys.argv[1], "rb").read()
    keep = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
    total = 0
    for size, name in functions(data):
        if keep is None or keep.search(name):
            total += size
            print(size, name)
    print("total", total, file=sys.stderr)


if __name__ == "__main__":
    main()
