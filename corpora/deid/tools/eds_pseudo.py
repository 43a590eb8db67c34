#!/usr/bin/env python3
# Source: written for onconlp. Licence: Apache-2.0.
"""Converts AP-HP's eds-pseudo fictitious snippets (inline `[surface](LABEL)` markup) to BRAT.

Usage: python3 eds_pseudo.py TEMPLATES_TXT OUT_DIR

One document per snippet (snippets are separated by blank lines), named E001.txt/.ann ... in
the order of the file. The one misspelt label ADDRESSE is read as ADRESSE; every other label is
already one of the contract's categories. A span cut by a line break becomes one span per line
(the convention of corpora/sample/README.md); spaces around a span are left out of it. Offsets are counted in UTF-16 code units, as Java
String indices.
"""
import pathlib
import re
import sys

MARKUP = re.compile(r"\[([^\]]*)\]\(([A-Z_]+)\)")
LABELS = {"ADDRESSE": "ADRESSE"}


def java_len(s):
    return len(s.encode("utf-16-le")) // 2


def convert(snippet):
    text, spans, pos = [], [], 0
    for m in MARKUP.finditer(snippet):
        text.append(snippet[pos:m.start()])
        begin = java_len("".join(text))
        text.append(m.group(1))
        label = LABELS.get(m.group(2), m.group(2))
        for piece in re.finditer(r"[^\s](?:[^\n]*[^\s])?", m.group(1)):
            if piece.group():
                start = begin + java_len(m.group(1)[:piece.start()])
                spans.append((label, start, start + java_len(piece.group()), piece.group()))
        pos = m.end()
    text.append(snippet[pos:])
    return "".join(text) + "\n", spans


def main(templates, out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    raw = pathlib.Path(templates).read_text(encoding="utf-8")
    snippets = [s.strip("\n") for s in re.split(r"\n[ \t]*\n", raw) if s.strip()]
    for i, snippet in enumerate(snippets, 1):
        text, spans = convert(snippet)
        name = f"E{i:03d}"
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        ann = "".join(f"T{k}\t{label} {b} {e}\t{surface}\n" for k, (label, b, e, surface) in enumerate(spans, 1))
        (out / f"{name}.ann").write_text(ann, encoding="utf-8")
    print(f"{len(snippets)} documents written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
