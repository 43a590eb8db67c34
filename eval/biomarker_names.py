#!/usr/bin/env python3
"""Per-biomarker-name document-level scores: (name, interpretation) sets per document.

Usage: bin/onconlp eval --gold corpora/onco/test --labels Biomarker --report DIR --save-pred PRED.jsonl
       python3 eval/biomarker_names.py corpora/onco/test PRED.jsonl
Negated, hypothetical and family mentions are left out on both sides, as in the eval's facts.
"""
import collections
import json
import pathlib
import sys

SKIP = {"Negated", "Hypothetical", "Family"}


def gold_facts(folder):
    facts = collections.defaultdict(set)
    for ann in pathlib.Path(folder).glob("*.ann"):
        ents, attrs, skip = {}, collections.defaultdict(dict), set()
        for line in ann.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("T") and cols[1].startswith("Biomarker "):
                ents[cols[0]] = True
            elif line.startswith("#") and len(cols) == 3 and cols[1].startswith("AnnotatorNotes "):
                tid = cols[1].split(" ")[1]
                for pair in cols[2].split(";"):
                    key, _, value = pair.strip().partition("=")
                    if key in ("name", "interpretation") and value:
                        attrs[tid].setdefault(key, value)
            elif line.startswith("A"):
                parts = cols[1].split(" ")
                if parts[0] in SKIP:
                    skip.add(parts[1])
                elif len(parts) == 3:
                    attrs[parts[1]][parts[0]] = parts[2]
        for tid in ents:
            a = attrs[tid]
            if tid not in skip and "name" in a:
                facts[ann.stem].add((a["name"].upper(), a.get("interpretation", "")))
    return facts


def pred_facts(path):
    facts = collections.defaultdict(set)
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        for b in doc.get("biomarkers", []):
            if not (b.get("negated") or b.get("hypothetical") or b.get("family")):
                facts[doc["id"]].add((b["name"].upper(), b.get("interpretation", "")))
    return facts


gold, pred = gold_facts(sys.argv[1]), pred_facts(sys.argv[2])
counts = collections.defaultdict(lambda: [0, 0, 0])
for doc in set(gold) | set(pred):
    g, p = gold.get(doc, set()), pred.get(doc, set())
    for name, _ in g | p:
        gs = {f for f in g if f[0] == name}
        ps = {f for f in p if f[0] == name}
        c = counts[name]
        c[0] += len(gs & ps)
        c[1] += len(ps - gs)
        c[2] += len(gs - ps)
print("| name | tp | fp | fn | F1 |")
print("|---|---|---|---|---|")
for name in sorted(counts):
    tp, fp, fn = counts[name]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    print(f"| {name} | {tp} | {fp} | {fn} | {f1:.2f} |")
