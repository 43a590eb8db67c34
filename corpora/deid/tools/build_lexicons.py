#!/usr/bin/env python3
# Source: written for onconlp. Licence: Apache-2.0.
"""Builds the compact de-identification lexicons of src/main/resources/org/onconlp/deid/lex/.

Usage: python3 build_lexicons.py SHARED_EXTERNAL_DIR RESOURCE_DIR

Entries are folded (lower case, accents removed, apostrophes and hyphens kept) because the
Java side looks up folded tokens. common-words.txt lists words seen in lower case at least
3 times in public French medical text (QUAERO, E3C, CIM-10 labels) - a name or commune that is also such a
word needs a stronger context (a title, an address) before it is taken.
"""
import csv
import json
import pathlib
import re
import sys
import unicodedata
from collections import Counter

WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").replace("œ", "oe")


def write(path, header, entries):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for e in sorted(set(entries)):
            f.write(e + "\n")


def main(argv):
    ext, out = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    counts = Counter()
    for p in (ext / "quaero/corpus").rglob("*.txt"):
        for w in WORD.findall(p.read_text(encoding="utf-8")):
            if w.islower():
                counts[fold(w)] += 1
    for p in (ext / "e3c-fr/collection").rglob("*.json"):
        text = json.loads(p.read_text(encoding="utf-8")).get("text", "")
        for w in WORD.findall(text):
            if w.islower():
                counts[fold(w)] += 1
    # Lower-case words of the CIM-10 labels: the medical vocabulary of headings and sentence
    # starts ("Ganglion", "Acquisition") that the two corpora are too small to hold.
    with open(ext / "cim10-fr/cim10.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for w in WORD.findall(row["long"]):
                if w.islower():
                    counts[fold(w)] += 1
    frequent_given = set()
    with open(ext / "insee-prenoms/prenoms_frequents_sexe.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            frequent_given.add(fold(row["firstname"]))
    # Seen three times, or twice unless it is a frequent given name (so that "claire" or
    # "aurore" do not become common words on thin evidence).
    common = {w for w, c in counts.items()
              if len(w) > 1 and (c >= 3 or (c == 2 and w not in frequent_given))}
    write(out / "common-words.txt",
          ["French words seen in lower case in public French medical text, folded: >= 3 times, or",
           "twice when not a frequent given name. Sources: QUAERO (Neveol et al. 2014, GFDL), E3C",
           "French clinical cases (Magnini et al. 2020, CC BY 4.0 / CC BY-NC) and the CIM-10 labels",
           "(ATIH via EDS-NLP, BSD-3). Word list derived by corpora/deid/tools/build_lexicons.py."], common)
    first = []
    with open(ext / "insee-prenoms/prenoms_frequents_sexe.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            first.append(fold(row["firstname"]) + "\t" + ("F" if row["female"] == "true" else "M"))
    known = {f.split("\t")[0] for f in first}
    for line in open(ext / "insee-prenoms/prenoms_insee_nat2021_liste.txt", encoding="utf-8"):
        name = fold(line.strip())
        if len(name) >= 2 and name not in known:
            known.add(name)
            first.append(name + "\tU")
    write(out / "given-names.txt",
          ["French given names with sex (F, M, or U when unknown), folded: name<TAB>sex.",
           "Sources: INSEE Fichier des prenoms via github.com/prenoms/prenoms (prenoms.csv, 3,187",
           "frequent names with sex) and via github.com/warddiablo/projet_c_l2 (nat2021 list of",
           "36,047 names, no sex), Licence Ouverte / Etalab 2.0. Changed: folded, merged, sex as one letter."], first)
    last = [fold(l.strip()) for l in open(ext / "insee-noms/noms_famille_insee_noms2008.txt", encoding="utf-8")
            if len(l.strip()) >= 3]
    write(out / "family-names.txt",
          ["French family names, folded. Source: INSEE noms de famille (noms2008nat) via",
           "github.com/warddiablo/projet_c_l2, Licence Ouverte / Etalab. Changed: folded, names",
           "shorter than 3 letters dropped."], last)
    communes = []
    with open(ext / "communes-fr/communes.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            # Merged communes keep their old names as "communes déléguées" / "associées", and
            # addresses still use them ("Brissac-Quincé" in Brissac Loire Aubance).
            if row["type"] in ("commune-actuelle", "commune-deleguee", "commune-associee"):
                communes.append(row["nom"])
    write(out / "communes.txt",
          ["French communes (names as written). Source: Code officiel geographique via",
           "@etalab/decoupage-administratif 6.0.0, Licence Ouverte (Etalab). Changed: current,",
           "delegated and associated communes, names only."], communes)
    hospitals = set()
    with open(ext / "finess-etablissements/hopitaux_ch_finess_fhoff.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            hospitals.add(row["rs_courte"].strip())
    with open(ext / "finess-etablissements/etablissements_sante_finess_statapp.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["Raison sociale"].split(" - ", 1)[-1].strip()
            hospitals.add(name)
    hospitals = {h for h in hospitals if len(h.split()) >= 2}
    write(out / "finess.txt",
          ["Names of French health establishments (short and legal names, as written). Source:",
           "FINESS (DREES/ARS, Licence Ouverte / Etalab) via github.com/AhmedKhnissi/FHOFF and",
           "github.com/Alexandre484/StatApp. Changed: names only, one-word names dropped."], hospitals)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
