"""Derive Passerelle's reference data (resources/reference/) from ../shared/data.

Usage: .venv/bin/python scripts/build_resources.py [--shared DIR] [--out DIR]

The application never reads ../shared at run time: it reads only what this script writes.
The output is deterministic (same inputs, same bytes) and the script can be re-run at will.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO_ROOT.parent / "shared" / "data"
DEFAULT_OUT = REPO_ROOT / "resources" / "reference"

NIMES_METROPOLE_EPCI = "243000643"
QPV_TOLERANCE_M = 4.0  # Douglas-Peucker tolerance for the QPV contours
EARTH_RADIUS_M = 6_371_008.8

# (output key, schema-v1/extra/*.json, referentiels-v1-csv/*_v1.csv)
VOCABULARIES = [
    ("thematiques", "thematiques", "thematiques"),
    ("publics", "publics", "publics"),
    ("types_de_services", "types-de-services", "types_de_services"),
    ("frais", "frais", "frais"),
    ("modes_accueil", "modes-accueil", "modes_accueil"),
    ("modes_mobilisation", "modes-mobilisation", "modes_mobilisation"),
    ("personnes_mobilisatrices", "personnes-mobilisatrices", "personne_mobilisatrice"),
    ("reseaux_porteurs", "reseaux-porteurs", "reseaux_porteurs"),
]


# --------------------------------------------------------------------------- helpers


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))

# Labels shown to counsellors and visitors, corrected where the published one lacks an accent
# (listed in PROVENANCE.md); the codes are never changed.
LABEL_CORRECTIONS: dict[tuple[str, str], str] = {
    ("types_de_services", "aide-materielle"): "Aide matérielle",
}


def write_text(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def write_json(path: Path, data: object) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_compact_json(path: Path, data: object) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


def write_json_lines(path: Path, data: dict[str, object]) -> None:
    """A JSON object with one compact entry per line (small, and readable in diffs)."""
    lines = [
        f"{json.dumps(key, ensure_ascii=False)}:"
        f"{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}"
        for key, value in data.items()
    ]
    write_text(path, "{\n" + ",\n".join(lines) + "\n}\n")


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_text(path, buffer.getvalue())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"build_resources: {message}")


# --------------------------------------------------------------------------- communes


def build_communes(shared: Path, out: Path) -> dict[str, object]:
    folder = shared / "communes"
    france = read_csv(folder / "communes_france_cog2026.csv")
    gard = {row["code_insee"]: row for row in read_csv(folder / "communes_gard_cog2026.csv")}
    members = {row["code_insee"] for row in read_csv(folder / "nimes_metropole_communes.csv")}
    epci_gard = json.loads((folder / "epci_gard_2026.json").read_text(encoding="utf-8"))

    check(len(france) == 34_969, f"expected 34 969 communes, got {len(france)}")
    check(len(gard) == 350, f"expected 350 communes in the Gard, got {len(gard)}")
    check(len(members) == 39, f"expected 39 Nîmes Métropole members, got {len(members)}")

    by_code = {row["code_insee"]: row for row in france}
    check(len(by_code) == len(france), "duplicate INSEE codes in communes_france")
    check(set(gard) <= set(by_code), "a Gard commune is missing from communes_france")
    nm_by_epci = {code for code, row in by_code.items() if row["code_epci"] == NIMES_METROPOLE_EPCI}
    check(nm_by_epci == members, "Nîmes Métropole members differ from the EPCI 243000643 members")

    rows = []
    with_point = 0
    for code in sorted(by_code):
        row = by_code[code]
        latitude = longitude = ""
        point = gard.get(code)
        if point is not None:
            # Interior point (always inside the commune), not the centroid.
            latitude = point["point_interieur_lat"] or point["centroide_lat"]
            longitude = point["point_interieur_lon"] or point["centroide_lon"]
            check(bool(latitude and longitude), f"no coordinates for {code}")
            with_point += 1
        rows.append(
            [
                code,
                row["nom"],
                row["departement"],
                row["codes_postaux"],
                row["code_epci"],
                row["population"],
                latitude,
                longitude,
                "1" if code in members else "",
            ]
        )
    write_csv(
        out / "communes.csv",
        [
            "code_insee",
            "nom",
            "departement",
            "codes_postaux",
            "code_epci",
            "population",
            "latitude",
            "longitude",
            "nimes_metropole",
        ],
        rows,
    )

    # EPCI: name and départements for the whole of France; members and populations for the
    # EPCI with a member in the Gard (members of the others are derived from communes.csv).
    epcis: dict[str, dict[str, object]] = {}
    for code in sorted(by_code):
        row = by_code[code]
        if not row["code_epci"]:
            continue
        entry = epcis.setdefault(row["code_epci"], {"nom": row["nom_epci"], "departements": []})
        check(entry["nom"] == row["nom_epci"], f"two names for EPCI {row['code_epci']}")
        if row["departement"] not in entry["departements"]:
            entry["departements"].append(row["departement"])
    for epci in epci_gard:
        entry = epcis[epci["code"]]
        membres = sorted(member["code"] for member in epci["membres"])
        from_communes = sorted(c for c, r in by_code.items() if r["code_epci"] == epci["code"])
        check(membres == from_communes, f"members of EPCI {epci['code']} disagree")
        check(entry["nom"] == epci["nom"], f"name of EPCI {epci['code']} disagrees")
        entry["type"] = epci["type"]
        entry["population_municipale"] = epci["populationMunicipale"]
        entry["population_totale"] = epci["populationTotale"]
        entry["membres"] = membres
    for entry in epcis.values():
        entry["departements"] = sorted(entry["departements"])
    write_json_lines(out / "epci.json", dict(sorted(epcis.items())))

    return {
        "communes": len(rows),
        "with_point": with_point,
        "nimes_metropole": len(members),
        "epci": len(epcis),
        "epci_gard": len(epci_gard),
        "without_epci": sum(1 for r in france if not r["code_epci"]),
        "without_population": sum(1 for r in france if not r["population"]),
        "without_postal_code": sum(1 for r in france if not r["codes_postaux"]),
        "nm_population_municipale": next(
            e["populationMunicipale"] for e in epci_gard if e["code"] == NIMES_METROPOLE_EPCI
        ),
        "nm_population_csv": sum(int(by_code[c]["population"]) for c in members),
    }


# --------------------------------------------------------------------------- vocabularies


def build_vocabularies(shared: Path, out: Path) -> dict[str, object]:
    from data_inclusion.schema import v1

    folder = shared / "data-inclusion-v1"
    result: dict[str, object] = {}
    counts: dict[str, int] = {}
    for key, json_name, csv_name in VOCABULARIES:
        entries = json.loads(
            (folder / "schema-v1" / "extra" / f"{json_name}.json").read_text(encoding="utf-8")
        )
        table = read_csv(folder / "referentiels-v1-csv" / f"{csv_name}_v1.csv")
        from_json = {e["value"]: (e["label"], e["description"] or None) for e in entries}
        from_csv = {r["value"]: (r["label"], r["description"] or None) for r in table}
        check(from_json == from_csv, f"vocabulary {key}: JSON schema and CSV disagree")
        items: dict[str, dict[str, object]] = {}
        for value in sorted(from_json):
            label, description = from_json[value]
            label = LABEL_CORRECTIONS.get((key, value), label)
            item: dict[str, object] = {"label": label}
            if description:
                item["description"] = description
            if key == "thematiques":
                item["categorie"] = value.split("--", 1)[0]
            items[value] = item
        result[key] = items
        counts[key] = len(items)

    # Category labels are not in the shared files: they come from the data-inclusion-schema
    # package (same model, Licence Ouverte 2.0).
    categories = {c.value: c.label for c in v1.Categorie}
    used = {item["categorie"] for item in result["thematiques"].values()}
    check(used == set(categories), "thématique categories differ from data_inclusion Categorie")
    check(
        {t.value for t in v1.Thematique} == set(result["thematiques"]),
        "thématiques differ from the data_inclusion package",
    )
    ordered = {"categories": {code: {"label": categories[code]} for code in sorted(categories)}}
    ordered.update(result)
    write_json(out / "vocabularies.json", ordered)
    counts["categories"] = len(categories)
    return counts


# --------------------------------------------------------------------------- QPV


def _perpendicular_m(point, start, end, scale_x: float) -> float:
    """Distance in metres from point to segment start-end (lon/lat, local projection)."""
    k = math.radians(1) * EARTH_RADIUS_M
    px, py = point[0] * scale_x * k, point[1] * k
    ax, ay = start[0] * scale_x * k, start[1] * k
    bx, by = end[0] * scale_x * k, end[1] * k
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _douglas_peucker(points: list, tolerance: float, scale_x: float) -> list:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular_m(points[i], points[first], points[last], scale_x)
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring: list, tolerance: float) -> list:
    """Simplify a closed ring, keeping it closed with at least 4 points."""
    scale_x = math.cos(math.radians(sum(p[1] for p in ring) / len(ring)))
    open_ring = ring[:-1] if ring[0] == ring[-1] else ring
    # Split the ring at its farthest point from the first one so that both halves are open paths.
    origin = open_ring[0]
    far = max(
        range(len(open_ring)),
        key=lambda i: _perpendicular_m(open_ring[i], origin, origin, scale_x),
    )
    first_half = _douglas_peucker(open_ring[: far + 1], tolerance, scale_x)
    second_half = _douglas_peucker(open_ring[far:] + [open_ring[0]], tolerance, scale_x)
    simplified = first_half + second_half[1:]
    if len(simplified) < 4:
        return [list(p) for p in ring]
    return [[round(p[0], 6), round(p[1], 6)] for p in simplified]


def build_qpv(shared: Path, out: Path) -> dict[str, object]:
    source = json.loads(
        (shared / "qpv-2015" / "qpv2015_gard_contours.geojson").read_text(encoding="utf-8")
    )
    features = []
    vertices_in = vertices_out = 0
    for feature in sorted(source["features"], key=lambda f: f["properties"]["code_qp"]):
        props = feature["properties"]
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        simplified = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                vertices_in += len(ring)
                new_ring = simplify_ring(ring, QPV_TOLERANCE_M)
                vertices_out += len(new_ring)
                rings.append(new_ring)
            simplified.append(rings)
        lons = [p[0] for polygon in simplified for p in polygon[0]]
        lats = [p[1] for polygon in simplified for p in polygon[0]]
        communes = sorted({c.strip() for c in props["code_commune"].split(",") if c.strip()})
        features.append(
            {
                "type": "Feature",
                "bbox": [min(lons), min(lats), max(lons), max(lats)],
                "properties": {
                    "code": props["code_qp"],
                    "nom": props["nom_qp"],
                    "communes": communes,
                    "generation": "2015",
                },
                "geometry": (
                    {"type": "Polygon", "coordinates": simplified[0]}
                    if len(simplified) == 1
                    else {"type": "MultiPolygon", "coordinates": simplified}
                ),
            }
        )
    check(len(features) == 18, f"expected 18 QPV in the Gard, got {len(features)}")
    collection = {
        "type": "FeatureCollection",
        "name": "qpv2015_gard",
        "description": (
            "Quartiers prioritaires de la politique de la ville du Gard, géographie 2015 "
            "(remplacée au 1er janvier 2024 par les QPV 2024, codes QN…)."
        ),
        "features": features,
    }
    write_compact_json(out / "qpv2015_gard.geojson", collection)
    return {
        "qpv": len(features),
        "vertices_in": vertices_in,
        "vertices_out": vertices_out,
        "nimes": sum(1 for f in features if "30189" in f["properties"]["communes"]),
    }


# --------------------------------------------------------------------------- Tango


def build_tango(shared: Path, out: Path) -> dict[str, object]:
    stops = read_csv(shared / "tango" / "tango_stops_gtfs_like.csv")
    areas = read_csv(shared / "tango" / "tango_stop_areas.csv")
    ids = [s["stop_id"] for s in stops]
    check(len(ids) == len(set(ids)), "duplicate Tango stop ids")
    rows = []
    for stop in sorted(stops, key=lambda s: s["stop_id"]):
        lat, lon = float(stop["stop_lat"]), float(stop["stop_lon"])
        check(
            43.0 < lat < 45.0 and 3.5 < lon < 5.0, f"Tango stop {stop['stop_id']} outside the Gard"
        )
        rows.append(
            [stop["stop_id"], stop["stop_name"].strip(), stop["stop_lat"], stop["stop_lon"]]
        )
    write_csv(out / "tango_stops.csv", ["stop_id", "nom", "latitude", "longitude"], rows)
    # The stop areas are exactly the groups of stop points sharing a name: not copied.
    by_name: dict[str, set[str]] = {}
    for stop in stops:
        by_name.setdefault(stop["stop_name"].strip(), set()).add(stop["stop_id"])
    areas_match = all(
        set(a["stop_ids"].split("|")) == by_name.get(a["stop_area_name"].strip(), set())
        for a in areas
    ) and len(areas) == len(by_name)
    return {"stops": len(rows), "areas": len(areas), "areas_are_name_groups": areas_match}


# --------------------------------------------------------------------------- provenance


PROVENANCE = """\
# Provenance of the reference data

Generated by `scripts/build_resources.py` from `../shared/data` (see its README.md); do not edit
by hand: change the script and re-run `.venv/bin/python scripts/build_resources.py`. The output is
deterministic. The application reads only this folder at run time (`app/core/reference/`).

## communes.csv

All {communes} current communes of France (COG 2026), one row each, sorted by INSEE code.
Columns: `code_insee, nom, departement, codes_postaux` (`|`-separated), `code_epci` (SIREN of the
EPCI, empty for the {without_epci} communes outside any EPCI: islands, overseas collectivities),
`population`, `latitude, longitude` (WGS84, only for the {with_point} communes of the Gard),
`nimes_metropole` (`1` for the {nimes_metropole} members of EPCI 243000643).

- Names, départements, postal codes, EPCI and populations: `communes/communes_france_cog2026.csv`.
  Population is the `population` column of that file ({without_population} communes have none,
  {without_postal_code} have no postal code). For Nîmes Métropole it sums to
  {nm_population_csv}, while the DGCL EPCI 2026 file gives a population municipale of
  {nm_population_municipale} (in `epci.json`).
- Coordinates: `communes/communes_gard_cog2026.csv`, **interior point** (`point_interieur_lat/lon`,
  always inside the commune), not the centroid. Points are geometric (not the town hall),
  computed from IGN Admin Express 2018 contours; for communes merged after 2018 the point is that
  of the chef-lieu's old contour.
- Nîmes Métropole flag: `communes/nimes_metropole_communes.csv` (checked equal to the members of
  EPCI 243000643 in the France file).
- Source: npm package `@etalab/decoupage-administratif` 6.0.0 (COG 2026, DGCL EPCI 2026,
  La Poste postal codes, INSEE populations). Licence: **Licence Ouverte**.

## epci.json

The {epci} EPCI of France: `nom` and `departements` (derived from
`communes_france_cog2026.csv`); for the {epci_gard} EPCI with a member in the Gard, also `type`,
`population_municipale`, `population_totale` and `membres` (INSEE codes) from
`communes/epci_gard_2026.json` (checked equal to the France file). Members of the other EPCI are
derived from `communes.csv` at run time. Source: `@etalab/decoupage-administratif` 6.0.0 (DGCL
EPCI 2026). Licence: **Licence Ouverte**.

## vocabularies.json

The data·inclusion v1 controlled vocabularies, code → `label` (French) and `description` when
one exists: {categories} `categories`, {thematiques} `thematiques` (each with its `categorie`,
the part of the code before `--`), {publics} `publics`, {types_de_services} `types_de_services`,
{frais} `frais`, {modes_accueil} `modes_accueil`, {modes_mobilisation} `modes_mobilisation`,
{personnes_mobilisatrices} `personnes_mobilisatrices`, {reseaux_porteurs} `reseaux_porteurs`.
Labels are copied as published (typographic apostrophes included), except the type
`aide-materielle`, published as "Aide materielle" and written "Aide matérielle" here.

- `data-inclusion-v1/schema-v1/extra/*.json`: github.com/gip-inclusion/data-inclusion-schema,
  `schemas/v1/`, commit df9ce7ff (2026-04-27). Licence: **Licence Ouverte 2.0**.
- `data-inclusion-v1/referentiels-v1-csv/*_v1.csv`: github.com/gip-inclusion/data-inclusion,
  `pipeline/dbt/seeds/schema/v1/`, commit d4969e37 (2026-06-30). Licence: **MIT**. The script
  checks that both sources agree value for value.
- Category labels (not in the shared files): enum `Categorie` of the PyPI package
  `data-inclusion-schema` {schema_version} (`data_inclusion.schema.v1`), same model.
  Licence: **Licence Ouverte 2.0**.

## qpv2015_gard.geojson

The {qpv} priority neighbourhoods (QPV) of the Gard ({qpv_nimes} in Nîmes), **géographie 2015**:
replaced on 1 January 2024 by the QPV 2024 (codes QN…). GeoJSON (WGS84, lon/lat) with
properties `code, nom, communes` (INSEE codes), `generation` = "2015" and a `bbox` per feature.
Contours simplified with Douglas-Peucker at {tolerance} m and rounded to 6 decimals
({vertices_in} → {vertices_out} vertices); the published contours have a 0.0001° resolution.
Source: `qpv-2015/qpv2015_gard_contours.geojson`, data.gouv.fr QPV contours (ANCT), via
github.com/ToulouseDataViz/Hackaviz2021, commit a054acb4. Licence: **Licence Ouverte** (upstream).

## tango_stops.csv

The {stops} stop points of the Tango bus network (Nîmes Métropole): `stop_id, nom, latitude,
longitude`, sorted by id, names as published (upper case). The {areas} named stop areas of
`tango_stop_areas.csv` are exactly the groups of stop points sharing a name
(checked: {areas_are_name_groups}), so they are not copied. No lines or timetables.
Source: `tango/tango_stops_gtfs_like.csv`, derived from the official Tango GTFS through a
third-party app (github.com/laterop/wimt_V2, `public/nimes/stop-meta.json`, commit 25837d27).
Licence: upstream GTFS is Nîmes Métropole open data (**licence not verified**).

## Licence lines of ../shared/data/README.md (copied verbatim)

{readme_lines}

## Inputs (sha256)

{inputs}
"""


INPUTS = [
    "communes/communes_france_cog2026.csv",
    "communes/communes_gard_cog2026.csv",
    "communes/nimes_metropole_communes.csv",
    "communes/epci_gard_2026.json",
    *(f"data-inclusion-v1/schema-v1/extra/{j}.json" for _, j, _ in VOCABULARIES),
    *(f"data-inclusion-v1/referentiels-v1-csv/{c}_v1.csv" for _, _, c in VOCABULARIES),
    "qpv-2015/qpv2015_gard_contours.geojson",
    "tango/tango_stops_gtfs_like.csv",
    "tango/tango_stop_areas.csv",
    "README.md",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    shared: Path = args.shared.resolve()
    out: Path = args.out.resolve()
    check(shared.is_dir(), f"shared data folder not found: {shared}")
    out.mkdir(parents=True, exist_ok=True)

    facts: dict[str, object] = {}
    facts.update(build_communes(shared, out))
    facts.update(build_vocabularies(shared, out))
    qpv = build_qpv(shared, out)
    facts.update(
        qpv=qpv["qpv"],
        qpv_nimes=qpv["nimes"],
        vertices_in=qpv["vertices_in"],
        vertices_out=qpv["vertices_out"],
        tolerance=f"{QPV_TOLERANCE_M:g}",
    )
    facts.update(build_tango(shared, out))
    facts["schema_version"] = metadata.version("data-inclusion-schema")
    readme = (shared / "README.md").read_text(encoding="utf-8").splitlines()
    prefixes = ("| `communes/", "| `data-inclusion-v1/schema", "| `data-inclusion-v1/ref")
    prefixes += ("| `qpv-2015/", "| `tango/")
    facts["readme_lines"] = "\n".join(
        [readme[i] for i in range(len(readme)) if readme[i].startswith("| Folder")]
        + ["|---|---|---|---|---|"]
        + [line for line in readme if line.startswith(prefixes)]
    )
    facts["inputs"] = "\n".join(f"- `{name}`: `{sha256(shared / name)}`" for name in INPUTS)
    write_text(out / "PROVENANCE.md", PROVENANCE.format(**facts))

    for path in sorted(out.iterdir()):
        print(f"{path.stat().st_size:>10,}  {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
