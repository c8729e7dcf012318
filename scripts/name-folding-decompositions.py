"""Writes Sources/AssistanceCore/Text/NameFoldingDecompositions.swift: for every scalar below
U+2000 that has a compatibility decomposition (NFKD), the scalars it decomposes to, without
the nonspacing marks that name folding drops anyway.

Name folding needs only these ~1 000 mappings; asking Foundation for them at run time cost
every process several milliseconds (and Foundation's Unicode tables loaded) before the first
case key was built. Decompositions are stable across Unicode versions, so the table does not
go stale; run `python3 scripts/name-folding-decompositions.py` to write it again.
"""

import os
import unicodedata

TABLE_END = 0x2000
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "AssistanceCore", "Text",
                      "NameFoldingDecompositions.swift")


def entries():
    for value in range(0x80, TABLE_END):
        character = chr(value)
        decomposed = unicodedata.normalize("NFKD", character)
        if decomposed == character:
            continue
        parts = [ord(part) for part in decomposed if unicodedata.category(part) != "Mn"]
        yield value, parts


def main():
    written = [", ".join(["0x%04X" % value, str(len(parts))] + ["0x%04X" % part for part in parts]) for value, parts in entries()]
    count = len(written)
    lines = ["        " + ",   ".join(written[start:start + 6]) + "," for start in range(0, count, 6)]
    with open(OUTPUT, "w", encoding="utf-8") as output:
        output.write(f"""// Written by scripts/name-folding-decompositions.py from Unicode {unicodedata.unidata_version}; do not edit.

extension NameFoldingTable {{
    /// The compatibility decompositions (NFKD) of the {count} scalars below U+2000 that have
    /// one, nonspacing marks left out: each entry is the scalar, how many scalars it
    /// decomposes to, then those scalars ("ễ" is e; "ĳ" is i, j; "Ά" is Α; "й" is и).
    static let decompositions: [UInt32] = [
""")
        output.write("\n".join(lines) + "\n")
        output.write("    ]\n}\n")


if __name__ == "__main__":
    main()
