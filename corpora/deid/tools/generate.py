#!/usr/bin/env python3
# Source: written for onconlp. Licence: Apache-2.0.
"""Writes the invented, PHI-annotated corpora/deid reports (inline markup -> BRAT).

Usage: python3 generate.py SHARED_EXTERNAL_DIR OUT_DIR   (OUT_DIR gets train/ and dev/; test/ is hand-written)

Deterministic (fixed seed). Identities are drawn at random from the public INSEE name lists and
the commune list (so they are invented combinations), phones from the ARCEP fiction ranges
(01 99 00 xx xx, 06 39 98 xx xx), e-mails and web sites under example.fr / example.org, NIRs
built with a valid key. Many layouts: letterheads, signature blocks, "cc :" lists, lists of
doctors, addresses, names that are also common words, hospitals and cancer centres, ages of 90
or more, PHI cut by a line break, names at the very start and the very end of a report.
"""
import csv
import unicodedata
import pathlib
import random
import subprocess
import sys
import tempfile

R = random.Random(20261122)
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def cap(name):
    return "-".join(x.capitalize() for x in name.split("-"))


def P(label, text):
    return f"[[{label}:{text}]]"


def load(ext):
    first = []
    with open(ext / "insee-prenoms/prenoms_frequents_sexe.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n = row["firstname"]
            if len(n) > 2 and n.isalpha():
                first.append((n, row["female"] == "true"))
    last = [l.strip() for l in open(ext / "insee-noms/noms_famille_insee_noms2008.txt", encoding="utf-8")
            if l.strip().isalpha() and 4 <= len(l.strip()) <= 11]
    communes = []
    with open(ext / "communes-fr/communes.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["type"] == "commune-actuelle" and row["codes_postaux"] and int(row["population"] or 0) > 3000:
                communes.append((row["nom"], row["codes_postaux"].split("|")[0]))
    return first, last, communes


class Gen:
    def __init__(self, ext):
        self.first, self.last, self.communes = load(ext)
        self.common_word_names = ["Blanc", "Rose", "Petit", "Legrand", "Marchand", "Boulanger",
                                  "Fontaine", "Lenoir", "Masson", "Leblanc", "Chevalier", "Roux",
                                  "Noël", "Lion", "Page", "Bonheur", "Dupuis", "Maréchal"]

    def fn(self, female=None):
        while True:
            n, f = R.choice(self.first)
            if female is None or f == female:
                return n.capitalize() if n.isupper() else n

    def ln(self, style=None):
        n = R.choice(self.common_word_names) if R.random() < 0.12 else R.choice(self.last).capitalize()
        if R.random() < 0.1:
            n = n + "-" + R.choice(self.last).capitalize()
        style = style or R.choice(["upper", "title", "title"])
        return n.upper() if style == "upper" else n

    def city(self):
        return R.choice(self.communes)

    @staticmethod
    def de(place):
        return ("d'" if place[0] in "AEIOUÉÈÎY" else "de ") + place

    def date(self, y0=2015, y1=2024, fmt=None):
        y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
        fmt = fmt or R.choice(["num", "num", "text", "text", "iso", "short"])
        if fmt == "num":
            return f"{d:02d}/{m:02d}/{y}"
        if fmt == "text":
            return f"{'1er' if d == 1 else d} {MONTHS[m-1]} {y}"
        if fmt == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        return f"{d:02d}.{m:02d}.{str(y)[2:]}"

    def tel(self):
        pre = R.choice(["01 99 00", "06 39 98", "04 99 00", "02 99 00"])
        t = f"{pre} {R.randint(10, 99)} {R.randint(10, 99)}"
        return R.choice([t, t.replace(" ", "."), t.replace(" ", "")])

    def nir(self, female):
        y, m = R.randint(30, 99), R.randint(1, 12)
        dept = f"{R.randint(1, 95):02d}"
        body = f"{2 if female else 1}{y:02d}{m:02d}{dept}{R.randint(1, 899):03d}{R.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        s = body + f"{key:02d}"
        if R.random() < 0.5:
            s = f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
        return s

    def street(self):
        t = R.choice(["rue", "avenue", "boulevard", "impasse", "allée", "place", "chemin", "rue", "route", "quai"])
        name = R.choice(["des Lilas", "Victor Hugo", "de la République", "du Général Leclerc", "Pasteur",
                         "des Tilleuls", "Jean Jaurès", "du Moulin", "de la Gare", "des Écoles",
                         "Saint-Exupéry", "du 8 Mai 1945", "Émile Zola", "de Verdun", "des Acacias",
                         "du Stade", "Gambetta", "des Vignes", "de Bretagne"])
        num = str(R.randint(1, 140)) + R.choice(["", "", "", " bis", " ter"])
        return f"{num} {t} {name}"

    def hospital(self):
        c, _ = self.city()
        return R.choice([
            f"CHU {self.de(c)}", f"Centre Hospitalier {self.de(c)}", f"CH {self.de(c)}", f"Clinique Saint-{self.fn(False)}",
            "Institut Curie", "Gustave Roussy", "Centre Léon Bérard", "Institut Paoli-Calmettes",
            "Hôpital Saint-Louis", "Hôpital Européen Georges Pompidou", "Institut Bergonié",
            "Centre Oscar Lambret", "Hôpital de la Pitié-Salpêtrière", f"Polyclinique {self.de(c)}",
            f"Hôpital Privé {self.de(c)}", "Centre François Baclesse", "Institut de Cancérologie de l'Ouest",
            f"Clinique des {R.choice(['Cèdres', 'Ormeaux', 'Trois Vallées', 'Lilas'])}",
            f"CHR {self.de(c)}", "Centre Antoine Lacassagne", "Hôpital Tenon", "Hôpital Cochin"])

    def ident(self):
        return str(R.randint(10**7, 10**10 - 1))


def person(g, female=None, order=None, title=True):
    """A clinician or patient name with markup, e.g. 'Dr [[PRENOM:Anne]] [[NOM:MARTIN]]'."""
    female = R.random() < 0.5 if female is None else female
    order = order or R.choice(["fn ln", "ln", "ln fn", "init ln", "fn ln"])
    ln = P("NOM", g.ln())
    if order == "fn ln":
        s = f"{P('PRENOM', g.fn(female))} {ln}"
    elif order == "ln fn":
        s = f"{P('NOM', g.ln('upper'))} {P('PRENOM', g.fn(female))}"
    elif order == "init ln":
        f = g.fn(female)
        ini = f[0] + "." if "-" not in f else f[0] + ".-" + f.split("-")[1][0] + "."
        s = f"{P('PRENOM', R.choice([ini, 'J.-P.', 'M.-C.', f[0] + '.']))} {ln}"
    else:
        s = ln
    if title:
        t = R.choice(["Dr", "Dr", "Dr.", "Docteur", "Pr", "Pr.", "Professeur"])
        s = f"{t} {s}"
    return s


def patient_block(g, female):
    nom, pre = g.ln("upper"), g.fn(female)
    civ = "Mme" if female else "M."
    born = g.date(1925, 1975, R.choice(["num", "text"]))
    v = R.choice(range(6))
    if v == 0:
        s = f"Patient{'e' if female else ''} : {civ} {P('NOM', nom)} {P('PRENOM', pre)}, né{'e' if female else ''} le {P('DATE_NAISSANCE', born)}"
    elif v == 1:
        s = f"Nom : {P('NOM', nom)}   Prénom : {P('PRENOM', pre)}\nDate de naissance : {P('DATE_NAISSANCE', born)}"
    elif v == 2:
        s = f"{civ} {P('PRENOM', pre)} {P('NOM', cap(nom))}"
        if female:
            s += f" née {P('NOM', g.ln('upper'))}"
        s += f" ({P('DATE_NAISSANCE', born)})"
    elif v == 3:
        s = f"Identité : {P('NOM', nom)} {P('PRENOM', pre)} - DDN : {P('DATE_NAISSANCE', born)} - IPP : {P('IPP', g.ident())}"
    elif v == 4:
        s = f"{'Madame' if female else 'Monsieur'} {P('NOM', nom)} {P('PRENOM', pre)}\nné{'e' if female else ''} le {P('DATE_NAISSANCE', born)} à {P('VILLE', g.city()[0])}"
    else:
        s = f"Concerne : {civ} {P('NOM', nom)}, {P('PRENOM', pre)} (né{'e' if female else ''} le {P('DATE_NAISSANCE', born)})\nN° de séjour : {P('NDA', g.ident())}"
    return s, nom, pre


def address(g):
    city, zipc = g.city()
    return f"{P('ADRESSE', g.street())}, {P('ZIP', zipc)} {P('VILLE', city if R.random() < 0.6 else city.upper())}"


def letterhead(g):
    h = g.hospital()
    city, zipc = g.city()
    lines = [P("HOPITAL", h)]
    lines.append(R.choice(["Service d'Oncologie Médicale", "Département de Pathologie",
                           "Service de Radiothérapie", "Unité de Sénologie", "Pôle Cancérologie"]))
    lines.append(f"{P('ADRESSE', g.street())} - {P('ZIP', zipc)} {P('VILLE', city.upper())}")
    if R.random() < 0.7:
        lines.append(f"Tél. : {P('TEL', g.tel())}  Fax : {P('TEL', g.tel())}")
    if R.random() < 0.4:
        lines.append(f"{P('URL', 'https://www.' + R.choice(['chu', 'ch', 'clinique']) + '-' + unicodedata.normalize('NFKD', city.lower()).encode('ascii', 'ignore').decode().replace(' ', '-').replace(chr(39), '') + '.example.fr')}")
    return "\n".join(lines), city


def clinical(g, kind, female):
    age = R.randint(34, 89) if R.random() < 0.85 else R.randint(90, 101)
    agetxt = (P("AGE", str(age)) + " ans") if age >= 90 else f"{age} ans"
    y = R.randint(2012, 2021)
    if kind == "path":
        organ = R.choice(["sein gauche", "sein droit", "côlon sigmoïde", "lobe supérieur droit", "prostate"])
        return (f"Renseignements cliniques : patient{'e' if female else ''} de {agetxt}, lésion du {organ}.\n"
                f"Antécédent de cancer traité en {P('DATE', str(y))}.\n"
                f"Macroscopie : pièce de {R.randint(2, 9)} cm, tranche de section saine.\n"
                f"Microscopie : carcinome infiltrant de grade {R.randint(1, 3)}, Ki-67 à {R.randint(5, 60)} %, emboles absents.\n"
                f"Conclusion : carcinome infiltrant, pT{R.randint(1, 3)} N{R.randint(0, 1)}.")
    if kind == "rcp":
        return (f"Histoire : patient{'e' if female else ''} de {agetxt}. Diagnostic en {P('DATE', MONTHS[R.randint(0, 11)] + ' ' + str(y))}, "
                f"chirurgie le {P('DATE', g.date(y, y))}, puis 6 cycles de FOLFOX.\n"
                f"Scanner du {P('DATE', g.date(y + 1, y + 2, 'num'))} : progression hépatique.\n"
                f"Proposition : chimiothérapie de deuxième ligne, réévaluation à J21 puis dans 3 mois.")
    return (f"Je revois en consultation {'Mme' if female else 'M.'} {{NAME}}, {agetxt}, pour le suivi de son cancer diagnostiqué en {P('DATE', str(y))}.\n"
            f"Traitement par radiothérapie ({R.randint(25, 33)} séances) terminé le {P('DATE', g.date(y, y + 1))}.\n"
            f"{'Elle' if female else 'Il'} a pris de la rose musquée et du blanc de poulet sans difficulté. Bon état général, OMS 1.\n"
            f"Prochain rendez-vous dans 3 mois avec un scanner.")


def report(g, i, split):
    female = R.random() < 0.6
    parts = []
    kind = R.choice(["path", "rcp", "cons"])
    start_with_name = R.random() < 0.12
    if start_with_name:
        parts.append(f"{P('NOM', g.ln('upper'))} {P('PRENOM', g.fn(female))} - compte rendu")
    head, city = letterhead(g)
    parts.append(head)
    parts.append("")
    pb, nom, pre = patient_block(g, female)
    if R.random() < 0.5:
        parts.append(f"{P('VILLE', city)}, le {P('DATE', g.date(2022, 2024, R.choice(['num', 'text'])))}")
    else:
        parts.append(f"Date : {P('DATE', g.date(2022, 2024, 'num'))}")
    parts.append(pb)
    if R.random() < 0.5:
        parts.append(f"Adresse : {address(g)}")
    if R.random() < 0.35:
        parts.append(f"N° SS : {P('SECU', g.nir(female))}")
    if R.random() < 0.35:
        parts.append(f"Médecin traitant : {person(g)}, {address(g)}")
    if R.random() < 0.3:
        parts.append(f"Adressé{'e' if female else ''} par le {person(g)} ({P('HOPITAL', g.hospital())})")
    if kind == "rcp":
        docs = ", ".join(person(g, order=R.choice(["ln", "fn ln"])) for _ in range(R.randint(2, 5)))
        parts.append(f"Participants : {docs}.")
        if R.random() < 0.5:
            parts.append(f"Présents : Drs {P('NOM', g.ln())} et {P('NOM', g.ln())}.")
    body = clinical(g, kind, female)
    body = body.replace("{NAME}", P("NOM", cap(nom) if R.random() < 0.5 else nom))
    parts.append(body)
    if R.random() < 0.25:
        parts.append(f"À noter : son fils, {P('PRENOM', g.fn(False))} {P('NOM', cap(nom))}, joignable au {P('TEL', g.tel())}.")
    if R.random() < 0.2:
        # a name split across a line break
        parts.append(f"Avis demandé au Pr {P('PRENOM', g.fn())}\n{P('NOM', g.ln('upper'))}, {P('HOPITAL', g.hospital())}.")
    sig = R.choice(range(5))
    doc = person(g, order="fn ln")
    if sig == 0:
        parts.append(f"\n{doc}\n{R.choice(['Oncologue', 'Pathologiste', 'Radiothérapeute'])} - RPPS {P('RPPS', '10' + str(R.randint(10**8, 10**9 - 1)))}")
    elif sig == 1:
        parts.append(f"\nSigné électroniquement par {doc} le {P('DATE', g.date(2022, 2024, 'num'))}")
    elif sig == 2:
        cc = " ; ".join(person(g) for _ in range(R.randint(1, 3)))
        parts.append(f"\nBien confraternellement,\n{doc}\ncc : {cc}")
    elif sig == 3:
        m = f"{g.fn().lower()}.{g.ln('title').lower().replace(' ', '')}@{R.choice(['chu', 'clinique', 'ch'])}-example.fr"
        m = m.encode("ascii", "ignore").decode()
        parts.append(f"\nContact : {P('MAIL', m)} / {P('TEL', g.tel())}")
        parts.append(doc)
    else:
        parts.append(f"\nCompte rendu validé par {doc}")
    if R.random() < 0.12:
        parts.append(f"Dossier suivi par {P('PRENOM', g.fn())} {P('NOM', g.ln('upper'))}")
    return "\n".join(parts) + "\n"


def main(argv):
    ext, out = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    g = Gen(ext)
    # D091-D150 are all dev: the test split is hand-written by people who never saw the rules
    # (corpora/deid/README.md), so generated reports are only for training and tuning.
    splits = [("train", 90), ("dev", 60)]
    n = 0
    for split, count in splits:
        with tempfile.TemporaryDirectory() as tmp:
            for k in range(count):
                n += 1
                (pathlib.Path(tmp) / f"D{n:03d}.txt").write_text(report(g, n, split), encoding="utf-8")
            subprocess.run([sys.executable, str(pathlib.Path(__file__).parent.parent.parent / "tools/inline_to_brat.py"),
                            tmp, str(out / split)], check=True, stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
