#!/usr/bin/env python3
"""Prints the score tables of eval/README.md from eval/scores/*.json (written by eval/score-all)."""
import json
import pathlib

CLINICAL = ["Tumour", "Stage", "Biomarker", "Treatment", "Event"]
ATTRS = {
    "Tumour": ["morphology", "topography", "laterality", "grade.value", "negated", "hypothetical", "family", "historical"],
    "Stage": ["system", "prefix", "T", "N", "M", "value", "negated", "historical"],
    "Biomarker": ["name", "interpretation", "value", "percent", "variant", "method", "negated"],
    "Treatment": ["agent", "category", "atc", "status", "line", "setting", "negated", "hypothetical"],
    "Event": ["type", "response", "scale", "value", "site", "hypothetical"],
}


def row(cells):
    return "| " + " | ".join(str(c) for c in cells) + " |"


def entity_table(s, labels):
    out = [row(["label", "support", "strict P", "strict R", "strict F1 [95% CI]", "lenient F1", "token F1"]),
           row(["---"] * 7)]
    for lab in labels:
        v, l = s["strict"]["labels"].get(lab), s["lenient"]["labels"].get(lab)
        t = s["token"]["labels"].get(lab, {}) if isinstance(s.get("token"), dict) and "labels" in s["token"] else {}
        if not v or not v["support"]:
            continue
        out.append(row([lab, v["support"], f'{v["precision"]:.3f}', f'{v["recall"]:.3f}',
                        f'{v["f1"]:.3f} [{v["f1Low"]:.2f}–{v["f1High"]:.2f}]', f'{l["f1"]:.3f}',
                        f'{t["f1"]:.3f}' if "f1" in t else ""]))
    return "\n".join(out)


def attribute_table(s):
    out = [row(["label", "attribute accuracy on leniently matched mentions (n)"]), row(["---"] * 2)]
    for lab, names in ATTRS.items():
        a = s["attributes"]["lenient"].get(lab, {})
        cells = [f'{n} {a[n]["accuracy"]:.2f} ({a[n]["total"]})' for n in names if n in a]
        if cells:
            out.append(row([lab, ", ".join(cells)]))
    return "\n".join(out)


def fact_table(s):
    out = [row(["document-level fact", "P", "R", "F1"]), row(["---"] * 4)]
    for lab, v in s["facts"]["labels"].items():
        if not lab.startswith("PHI"):
            out.append(row([lab, f'{v["precision"]:.3f}', f'{v["recall"]:.3f}', f'{v["f1"]:.3f}']))
    return "\n".join(out)


def deid_line(s):
    d = s["deid"]
    return (f'label-free redaction recall: characters {d["charRecall"]:.4f}, tokens {d["tokenRecall"]:.4f}; '
            f'documents fully redacted {d["documentsFullyRedacted"]}/{d["documentsWithPhi"]} '
            f'({d["fullyRedactedShare"]:.1%}), with every PHI token redacted '
            f'{d["documentsTokensRedacted"]}/{d["documentsWithPhi"]} ({d["tokensRedactedShare"]:.1%}); '
            f'leaks {d["leaks"]["total"]} '
            f'(SECU/TEL/MAIL/IPP/NDA: {d["leaks"]["highRisk"]})')


for path in sorted(pathlib.Path("eval/scores").glob("*.json")):
    s = json.loads(path.read_text(encoding="utf-8"))
    phi = [l for l in s["labelsScored"] if l not in CLINICAL]
    print(f"### {path.stem} ({s['documents']['gold'] if isinstance(s['documents'], dict) else s['documents']} documents)\n")
    print(deid_line(s) + "\n")
    print(entity_table(s, phi) + "\n")
    clinical = [l for l in CLINICAL if l in s["labelsScored"]]
    if clinical:
        print(entity_table(s, clinical) + "\n")
        print(attribute_table(s) + "\n")
        print(fact_table(s) + "\n")
