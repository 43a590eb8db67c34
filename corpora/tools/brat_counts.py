#!/usr/bin/env python3
# Source: written for onconlp. Licence: Apache-2.0.
"""Count BRAT annotations per label and per split folder, as a Markdown table.

Usage: python3 brat_counts.py CORPUS_DIR      (sub-folders are the splits, e.g. train/dev/test)

Prints documents, patients (metadata.csv), entities per label, context flags and the main
attribute values (Event type, Treatment category, Stage system), one column per split.
"""
import collections
import pathlib
import sys


def count(split_dir):
    c = collections.Counter()
    c["documents"] = len(list(split_dir.glob("*.txt")))
    meta = split_dir / "metadata.csv"
    if meta.exists():
        rows = meta.read_text(encoding="utf-8").splitlines()[1:]
        c["patients"] = len({r.split(",")[1] for r in rows})
    for ann in split_dir.glob("*.ann"):
        labels = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T"):
                labels[fields[0]] = fields[1].split(" ")[0]
                c["label " + labels[fields[0]]] += 1
            elif line.startswith("A"):
                parts = fields[1].split(" ")
                if len(parts) == 2:
                    c["flag " + parts[0]] += 1
                elif parts[0] in ("type", "category", "system"):
                    c[f"{labels[parts[1]]}.{parts[0]} {parts[2]}"] += 1
    return c


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    splits = [d for d in sorted(root.iterdir()) if d.is_dir()]
    order = {"train": 0, "dev": 1, "test": 2}
    splits.sort(key=lambda d: order.get(d.name, 9))
    counts = {d.name: count(d) for d in splits}
    keys = sorted(set().union(*counts.values()),
                  key=lambda k: (not k.startswith(("documents", "patients")), not k.startswith("label"),
                                 k.startswith("flag") is False, k))
    print("| | " + " | ".join(counts) + " | total |")
    print("|---|" + "---:|" * (len(counts) + 1))
    for k in keys:
        values = [counts[s][k] for s in counts]
        total = sum(values) if k != "patients" else sum(values)
        print(f"| {k} | " + " | ".join(str(v) for v in values) + f" | {total} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
