#!/usr/bin/env python3
"""Timeline order correctness per patient (issue 7).

For each patient, the gold gives each treatment agent its line of therapy (lowest written line
over the patient's documents; negated and hypothetical mentions left out). Every pair of agents
with different gold lines must appear in that order in `onconlp timeline --json` (first
occurrence of the agent among the patient's treatment entries). A pair whose agent is missing
from the timeline counts as wrong.

Usage: bin/onconlp process --input corpora/onco/test --output OUT.jsonl   (surrogate mode: real,
         shifted dates; needs ONCONLP_SECRET)
       bin/onconlp timeline --input OUT.jsonl --json > TIMELINE.jsonl
       python3 eval/timeline_order.py corpora/onco/test TIMELINE.jsonl
"""
import collections
import csv
import itertools
import json
import pathlib
import sys

SKIP = {"Negated", "Hypothetical", "Family"}


def gold_lines(folder):
    folder = pathlib.Path(folder)
    patient_of = {r["id"]: r["patientId"] for r in csv.DictReader(open(folder / "metadata.csv", encoding="utf-8"))}
    lines = collections.defaultdict(dict)
    for ann in folder.glob("*.ann"):
        treatments, attrs, skip = set(), collections.defaultdict(dict), set()
        for row in ann.read_text(encoding="utf-8").splitlines():
            cols = row.split("\t")
            if row.startswith("T") and cols[1].startswith("Treatment "):
                treatments.add(cols[0])
            elif row.startswith("A"):
                parts = cols[1].split(" ")
                if parts[0] in SKIP:
                    skip.add(parts[1])
                elif len(parts) == 3:
                    attrs[parts[1]][parts[0]] = parts[2]
            elif row.startswith("#") and len(cols) == 3:
                tid = cols[1].split(" ")[-1]
                for pair in cols[2].split(";"):
                    key, _, value = pair.strip().partition("=")
                    if key == "agent" and value:
                        attrs[tid]["agent"] = value
        patient = patient_of[ann.stem]
        for tid in treatments - skip:
            a = attrs[tid]
            if "agent" in a and "line" in a:
                agent, line = a["agent"].lower(), int(a["line"])
                lines[patient][agent] = min(line, lines[patient].get(agent, line))
    return lines


def predicted_order(path):
    order = {}
    for row in open(path, encoding="utf-8"):
        patient = json.loads(row)
        agents = []
        for entry in patient["entries"]:
            agent = entry.get("attributes", {}).get("agent", "").lower()
            if entry["kind"] == "treatment" and agent and agent not in agents:
                agents.append(agent)
        order[patient["patientId"]] = agents
    return order


gold, pred = gold_lines(sys.argv[1]), predicted_order(sys.argv[2])
total = correct = patients = perfect = 0
for patient, agent_lines in sorted(gold.items()):
    pairs = [(a, b) for a, b in itertools.combinations(agent_lines, 2) if agent_lines[a] != agent_lines[b]]
    if not pairs:
        continue
    patients += 1
    seen = pred.get(patient, [])
    ok = 0
    for a, b in pairs:
        first, second = (a, b) if agent_lines[a] < agent_lines[b] else (b, a)
        if first in seen and second in seen and seen.index(first) < seen.index(second):
            ok += 1
    total, correct = total + len(pairs), correct + ok
    perfect += ok == len(pairs)
    print(f"{patient}: {ok}/{len(pairs)} ordered pairs")
print(f"pairwise order accuracy {correct}/{total} = {correct / total:.3f}; "
      f"patients fully in order {perfect}/{patients}")
