#!/usr/bin/env python3
# Source: written for onconlp. Licence: Apache-2.0.
"""Turn reports written with inline markup into plain text + BRAT standoff annotations.

Usage: python3 inline_to_brat.py SRC_DIR OUT_DIR
       python3 inline_to_brat.py --self-test

Every SRC_DIR/*.txt is read as UTF-8; each inline mention is replaced by its covered text:

  [[NOM:Dupont]]                                   PHI span (contract category)
  [[Tumour|morphology=8500/3|topography=C50|laterality=left:carcinome canalaire infiltrant]]
  [[Biomarker|name=HER2|method=IHC|value=3+|interpretation=positive:HER2 score 3+]]
  [[Tumour|morphology=8500/3|Negated:carcinome]]   binary flag (Negated, Hypothetical,
                                                   Family, Historical)

The header (label, then ``|``-separated ``key=value`` pairs or flags) ends at the first
``:``; everything after it up to ``]]`` is the covered text (it may contain ``:``). Output per
mention (numbering per document):

  T3<TAB>Biomarker 10 23<TAB>HER2 score 3+
  A1<TAB>Negated T3                     a binary flag
  A2<TAB>interpretation T3 positive     a closed-list attribute of corpora/annotation.conf
  #1<TAB>AnnotatorNotes T3<TAB>value=3+; percent=90
                                        free-text values (GUIDELINES section 4), and a
                                        closed-list attribute whose value is not in its list
                                        (e.g. T=2-3 for "cT2-3")

Closed lists are those of corpora/annotation.conf plus the Event extension of
corpora/onco/README.md (label Event; type, scale, response closed; value, site, date free).
Offsets are Unicode code points (BRAT's convention). Characters outside the Basic
Multilingual Plane are rejected, so the same offsets are valid UTF-16 (Java String) indices.
Unknown labels, attribute names or flags are errors. Every written T line is re-checked
against the written text before the script exits; any mismatch is an error (exit status 1).
OUT_DIR receives ``<name>.txt`` (markup removed) and ``<name>.ann``.
"""
import pathlib
import re
import sys
import tempfile

PHI = {"NOM", "PRENOM", "DATE", "DATE_NAISSANCE", "ADRESSE", "VILLE", "ZIP", "TEL", "MAIL",
       "SECU", "IPP", "NDA", "HOPITAL", "RPPS", "URL", "AGE", "ID"}
CLINICAL = {"Tumour", "Stage", "Biomarker", "Treatment", "Event"}
FLAGS = {"Negated", "Hypothetical", "Family", "Historical"}


def _values(spec):
    return set(spec.split("|"))


# Closed-list attributes: annotation.conf (eval toolkit) + the Event extension.
CLOSED = {
    "Tumour": {"laterality": _values("left|right|bilateral")},
    "Stage": {
        "system": _values("TNM|STAGE_GROUP|FIGO|GLEASON|ANN_ARBOR|ISS|BINET|BRESLOW|CLARK"),
        "prefix": _values("c|p|yp|yc|r|a|u"),
        "T": _values("x|0|is|1|1mi|1a|1b|1c|2|2a|2b|2c|3|3a|3b|3c|4|4a|4b|4c|4d"),
        "N": _values("x|0|0(i+)|0(mol+)|1|1mi|1a|1b|1c|2|2a|2b|2c|3|3a|3b|3c"),
        "M": _values("x|0|0(i+)|1|1a|1b|1c|1d"),
    },
    "Biomarker": {
        "name": _values("ER|PR|HER2|KI67|EGFR|ALK|ROS1|KRAS|NRAS|BRAF|MET|RET|NTRK|PIK3CA|"
                        "BRCA1|BRCA2|HRD|PDL1|MSI|MMR|MLH1|MSH2|MSH6|PMS2|TMB|IDH1|IDH2|MGMT|"
                        "1P19Q|FLT3|NPM1|JAK2|BCR_ABL|TP53|CD20|P16|HPV|AR|PSA|CA125|CEA"),
        "method": _values("IHC|FISH|SISH|CISH|NGS|PCR"),
        "interpretation": _values("positive|negative|equivocal|mutated|wild_type|amplified|"
                                  "not_amplified|rearranged|not_rearranged|high|low|"
                                  "deficient|proficient|unknown"),
    },
    "Treatment": {
        "category": _values("surgery|chemotherapy|radiotherapy|hormonotherapy|targeted|"
                            "immunotherapy|cell_therapy|transplant|supportive|other"),
        "status": _values("planned|ongoing|completed|stopped|unknown"),
        "setting": _values("neoadjuvant|adjuvant|metastatic|maintenance|curative|palliative"),
        "line": _values("1|2|3|4|5|6|7|8"),
        "stopReason": _values("toxicity|progression|completion|patient_choice|other"),
    },
    "Event": {
        "type": _values("performance_status|response|metastasis|death"),
        "scale": _values("ECOG|KARNOFSKY"),
        "response": _values("complete|partial|stable|progression|relapse|recurrence"),
    },
}
# Free-text attributes written in the AnnotatorNotes (GUIDELINES section 4).
NOTE_KEYS = {
    "Tumour": {"morphology", "topography", "grade.system", "grade.value", "adicap"},
    "Stage": {"value", "primary", "secondary", "score", "isup", "R", "L", "V", "Pn", "G",
              "edition", "T", "N", "M", "nodes"},
    "Biomarker": {"value", "percent", "score", "variant"},
    "Treatment": {"agent", "atc", "start", "end", "dose", "fractions"},
    "Event": {"value", "site", "date"},
}
MARKUP = re.compile(r"\[\[([^\[\]]+?)\]\]")


class Mention:
    def __init__(self, label, begin, end, covered, closed, notes, flags):
        self.label, self.begin, self.end, self.covered = label, begin, end, covered
        self.closed, self.notes, self.flags = closed, notes, flags


def parse_header(header):
    """Returns (label, closed attributes, note attributes, flags) of an inline header."""
    parts = header.split("|")
    label = parts[0]
    if label not in PHI and label not in CLINICAL:
        raise ValueError(f"unknown label {label!r}")
    if label in PHI and len(parts) > 1:
        raise ValueError(f"PHI label {label!r} takes no attributes")
    closed, notes, flags = {}, {}, []
    for part in parts[1:]:
        if "=" not in part:
            if part not in FLAGS:
                raise ValueError(f"unknown flag {part!r} on {label}")
            flags.append(part)
            continue
        key, value = part.split("=", 1)
        if ";" in value or "=" in value or not value:
            raise ValueError(f"bad value {value!r} for {key}")
        allowed = CLOSED[label].get(key)
        if allowed is not None and value in allowed:
            closed[key] = value
        elif allowed is not None or key in NOTE_KEYS[label]:
            notes[key] = value
        else:
            raise ValueError(f"unknown attribute {key!r} on {label}")
    return label, closed, notes, flags


def convert(source: str):
    """Returns (plain text, [Mention])."""
    out, mentions, last, length = [], [], 0, 0
    for m in MARKUP.finditer(source):
        before = source[last:m.start()]
        out.append(before)
        length += len(before)
        body = m.group(1)
        if ":" not in body:
            raise ValueError(f"markup without ':' at source offset {m.start()}: {body!r}")
        header, covered = body.split(":", 1)
        try:
            label, closed, notes, flags = parse_header(header)
        except ValueError as e:
            raise ValueError(f"{e} at source offset {m.start()}") from None
        if covered != covered.strip() or not covered:
            raise ValueError(f"span with surrounding space at source offset {m.start()}")
        mentions.append(Mention(label, length, length + len(covered), covered,
                                closed, notes, flags))
        out.append(covered)
        length += len(covered)
        last = m.end()
    out.append(source[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unbalanced markup left in text")
    if any(ord(c) > 0xFFFF for c in text):
        raise ValueError("character outside the BMP: offsets would differ in UTF-16")
    return text, mentions


def to_ann(mentions):
    """BRAT standoff lines for the mentions (T, then its A lines and its note)."""
    lines, a, n = [], 0, 0
    for i, m in enumerate(mentions, 1):
        lines.append(f"T{i}\t{m.label} {m.begin} {m.end}\t{m.covered}")
        for key, value in m.closed.items():
            a += 1
            lines.append(f"A{a}\t{key} T{i} {value}")
        for flag in m.flags:
            a += 1
            lines.append(f"A{a}\t{flag} T{i}")
        if m.notes:
            n += 1
            body = "; ".join(f"{k}={v}" for k, v in m.notes.items())
            lines.append(f"#{n}\tAnnotatorNotes T{i}\t{body}")
    return "".join(line + "\n" for line in lines)


def verify(text, ann):
    """Number of T lines whose offsets do not give their covered text."""
    errors = 0
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        tid, middle, covered = line.split("\t")
        label, b, e = middle.split(" ")
        if text[int(b):int(e)] != covered or (label not in PHI and label not in CLINICAL):
            errors += 1
    return errors


def convert_folder(src, dst, quiet=False):
    dst.mkdir(parents=True, exist_ok=True)
    errors = 0
    for path in sorted(src.glob("*.txt")):
        try:
            text, mentions = convert(path.read_text(encoding="utf-8"))
        except ValueError as e:
            print(f"{path.name}: {e}", file=sys.stderr)
            errors += 1
            continue
        (dst / path.name).write_bytes(text.encode("utf-8"))
        (dst / (path.stem + ".ann")).write_bytes(to_ann(mentions).encode("utf-8"))
        written = (dst / path.name).read_bytes().decode("utf-8")
        bad = verify(written, (dst / (path.stem + ".ann")).read_text(encoding="utf-8"))
        if bad:
            print(f"{path.name}: {bad} spans do not match the text", file=sys.stderr)
            errors += bad
        if not quiet:
            print(f"{path.name}: {len(mentions)} spans")
    return errors


SELF_TEST_SOURCE = ("Mme [[NOM:Dupont]], le [[DATE:12/03/2021]] : "
                    "[[Tumour|morphology=8500/3|topography=C50|laterality=left:CCI]] "
                    "[[Stage|system=TNM|prefix=c|T=2-3|N=0:cT2-3 N0]], "
                    "[[Biomarker|name=ER|interpretation=positive|value=90%|percent=90:RE : 90 %]]; "
                    "pas de [[Tumour|morphology=8500/3|Negated:carcinome]].")
SELF_TEST_ANN = """T1\tNOM 4 10\tDupont
T2\tDATE 15 25\t12/03/2021
T3\tTumour 28 31\tCCI
A1\tlaterality T3 left
#1\tAnnotatorNotes T3\tmorphology=8500/3; topography=C50
T4\tStage 32 40\tcT2-3 N0
A2\tsystem T4 TNM
A3\tprefix T4 c
A4\tN T4 0
#2\tAnnotatorNotes T4\tT=2-3
T5\tBiomarker 42 51\tRE : 90 %
A5\tname T5 ER
A6\tinterpretation T5 positive
#3\tAnnotatorNotes T5\tvalue=90%; percent=90
T6\tTumour 60 69\tcarcinome
A7\tNegated T6
#4\tAnnotatorNotes T6\tmorphology=8500/3
"""


def self_test():
    """Converts one small example and checks text, standoff and round trip; 0 when all pass."""
    text, mentions = convert(SELF_TEST_SOURCE)
    ann = to_ann(mentions)
    failures = []
    if text != "Mme Dupont, le 12/03/2021 : CCI cT2-3 N0, RE : 90 %; pas de carcinome.":
        failures.append("text: " + text)
    if ann != SELF_TEST_ANN:
        failures.append("ann:\n" + ann)
    if verify(text, ann):
        failures.append("offsets")
    for bad in ("[[Tumour|colour=red:x]]", "[[Foo:x]]", "[[NOM|Negated:x]]", "[[Tumour|Maybe:x]]"):
        try:
            convert(bad)
            failures.append("accepted " + bad)
        except ValueError:
            pass
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = pathlib.Path(tmp, "src"), pathlib.Path(tmp, "out")
        src.mkdir()
        (src / "doc.txt").write_text(SELF_TEST_SOURCE, encoding="utf-8")
        if convert_folder(src, dst, quiet=True) or (dst / "doc.ann").read_text("utf-8") != ann:
            failures.append("folder round trip")
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print("self-test: " + ("ok" if not failures else f"{len(failures)} failures"))
    return 1 if failures else 0


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        return self_test()
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    return 1 if convert_folder(pathlib.Path(argv[1]), pathlib.Path(argv[2])) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
