#!/usr/bin/env python3
# Source: written for onconlp. Licence: Apache-2.0.
"""Turn reports written with inline PHI markup into plain text + BRAT standoff annotations.

Usage: python3 inline_to_brat.py SRC_DIR OUT_DIR

Every SRC_DIR/*.txt is read as UTF-8; each ``[[LABEL:covered text]]`` is replaced by its
covered text and recorded as a BRAT text-bound annotation ``T<n>\tLABEL begin end\ttext``.
OUT_DIR receives ``<name>.txt`` (markup removed) and ``<name>.ann``.

Offsets are Unicode code points (BRAT's convention). Characters outside the Basic
Multilingual Plane are rejected, so the same offsets are valid UTF-16 (Java String) indices.
Labels must be contract PHI categories. Every written annotation is re-checked against the
written text before the script exits; any mismatch is an error (exit status 1).
"""
import pathlib
import re
import sys

PHI = {"NOM", "PRENOM", "DATE", "DATE_NAISSANCE", "ADRESSE", "VILLE", "ZIP", "TEL", "MAIL",
       "SECU", "IPP", "NDA", "HOPITAL", "RPPS", "URL", "AGE", "ID"}
MARKUP = re.compile(r"\[\[([A-Z_]+):([^\[\]]+?)\]\]")


def convert(source: str):
    """Returns (plain text, [(label, begin, end, covered)])."""
    out, spans, last = [], [], 0
    length = 0
    for m in MARKUP.finditer(source):
        before = source[last:m.start()]
        out.append(before)
        length += len(before)
        label, covered = m.group(1), m.group(2)
        if label not in PHI:
            raise ValueError(f"unknown label {label!r} at source offset {m.start()}")
        spans.append((label, length, length + len(covered), covered))
        out.append(covered)
        length += len(covered)
        last = m.end()
    out.append(source[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unbalanced markup left in text")
    if any(ord(c) > 0xFFFF for c in text):
        raise ValueError("character outside the BMP: offsets would differ in UTF-16")
    return text, spans


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    src, dst = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    dst.mkdir(parents=True, exist_ok=True)
    errors = 0
    for path in sorted(src.glob("*.txt")):
        text, spans = convert(path.read_text(encoding="utf-8"))
        ann = "".join(f"T{i}\t{label} {b} {e}\t{covered}\n"
                      for i, (label, b, e, covered) in enumerate(spans, 1))
        (dst / path.name).write_bytes(text.encode("utf-8"))
        (dst / (path.stem + ".ann")).write_bytes(ann.encode("utf-8"))
        written = (dst / path.name).read_bytes().decode("utf-8")
        for line in (dst / (path.stem + ".ann")).read_text(encoding="utf-8").splitlines():
            tid, middle, covered = line.split("\t")
            label, b, e = middle.split(" ")
            if written[int(b):int(e)] != covered or label not in PHI:
                print(f"{path.name}: {tid} does not match the text", file=sys.stderr)
                errors += 1
        print(f"{path.name}: {len(spans)} spans")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
