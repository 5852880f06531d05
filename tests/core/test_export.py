"""Export, then import into an empty database: the same catalogue, field by field."""

from __future__ import annotations

import csv
import json

import pytest

from app.core.errors import UserError
from app.core.io import export_catalogue, import_files
from app.core.io.exporter import SAMPLE_WARNING
from app.core.sample import SAMPLE_SOURCE, load_sample_catalogue
from app.core.storage import open_database
from tests.core.io_fixtures import MINI_DIR, REAL_DIR, SAMPLE_DIR, catalogue_rows

FORMATS = ("di-json", "di-csv", "xlsx")


def _round_trip(db, tmp_path, fmt):  # type: ignore[no-untyped-def]
    result = export_catalogue(db, tmp_path / "export", fmt)
    fresh = open_database("sqlite://")
    try:
        data_files = [f for f in result.files if not f.name.endswith(".txt")]
        report = import_files(fresh, data_files)
        assert report.applied and report.errors == [], report.as_text()
        return result, catalogue_rows(fresh)
    finally:
        fresh.dispose()


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_of_the_sample_catalogue(db, tmp_path, fmt):
    load_sample_catalogue(db, directory=SAMPLE_DIR)
    before = catalogue_rows(db)
    assert len(before["services"]) >= 120
    result, after = _round_trip(db, tmp_path, fmt)
    assert result.sample
    assert (result.structures, result.services) == (
        len(before["structures"]),
        len(before["services"]),
    )
    for table in ("structures", "services"):
        assert [r["id"] for r in after[table]] == [r["id"] for r in before[table]]
        for old, new in zip(before[table], after[table], strict=True):
            for name, value in old.items():
                assert new[name] == value, (table, old["id"], name)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_of_every_field_and_archived_rows(db, tmp_path, fmt):
    import_files(db, [MINI_DIR / "structures.json", MINI_DIR / "services.json"])
    import_files(db, [REAL_DIR / "structures.json", REAL_DIR / "services.json"])
    before = catalogue_rows(db)
    _, after = _round_trip(db, tmp_path, fmt)
    assert after == before
    archived = [r["id"] for r in after["services"] if r["archived"]]
    assert archived == ["exemple-passerelle--relais-ancien-service"]


def test_json_export_is_plain_data_inclusion_lists_with_a_companion_note(db, tmp_path):
    load_sample_catalogue(db, directory=SAMPLE_DIR)
    result = export_catalogue(db, tmp_path / "catalogue.json")
    names = [f.name for f in result.files]
    assert names == [
        "catalogue-structures.json",
        "catalogue-services.json",
        "catalogue-LISEZMOI.txt",
    ]
    services = json.loads((tmp_path / "catalogue-services.json").read_text(encoding="utf-8"))
    assert isinstance(services, list) and {s["source"] for s in services} == {SAMPLE_SOURCE}
    from data_inclusion.schema.v1 import Service

    for item in services[:20]:
        Service.model_validate(item)  # valid data·inclusion, our extra keys ignored
    assert SAMPLE_WARNING in (tmp_path / "catalogue-LISEZMOI.txt").read_text(encoding="utf-8")


def test_csv_export_stays_readable_by_pandas(db, tmp_path):
    import pandas as pd

    load_sample_catalogue(db, directory=SAMPLE_DIR)
    export_catalogue(db, tmp_path / "catalogue.csv")
    frame = pd.read_csv(tmp_path / "catalogue-services.csv", dtype=str, keep_default_na=False)
    assert list(frame.columns[:3]) == ["id", "source", "structure_id"]
    assert json.loads(frame.loc[0, "thematiques"])
    with (tmp_path / "catalogue-structures.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle))[0] == "id"
    readme = (tmp_path / "catalogue-LISEZMOI.txt").read_text(encoding="utf-8")
    assert SAMPLE_WARNING in readme and "tableaux JSON" in readme


def test_xlsx_export_has_a_first_sheet_saying_it_is_the_sample(db, tmp_path):
    from openpyxl import load_workbook

    load_sample_catalogue(db, directory=SAMPLE_DIR)
    result = export_catalogue(db, tmp_path / "catalogue.xlsx")
    workbook = load_workbook(result.files[0], read_only=True)
    assert workbook.sheetnames == ["À lire", "Structures", "Services"]
    readme = [row[0] for row in workbook["À lire"].iter_rows(values_only=True)]
    assert SAMPLE_WARNING in readme
    header = next(workbook["Services"].iter_rows(values_only=True))
    assert header[:4] == (
        "Identifiant du service",
        "Source",
        "Identifiant de la structure",
        "Nom du service",
    )
    assert "Documents à apporter" in header and "Vérifié le" in header
    workbook.close()


def test_an_export_of_our_own_catalogue_does_not_say_sample(db, tmp_path):
    import_files(db, [REAL_DIR / "structures.json", REAL_DIR / "services.json"])
    result = export_catalogue(db, tmp_path / "catalogue.json")
    assert not result.sample
    assert SAMPLE_WARNING not in (tmp_path / "catalogue-LISEZMOI.txt").read_text(encoding="utf-8")


def test_text_that_looks_like_a_formula_stays_text_in_xlsx(db, tmp_path):
    from openpyxl import load_workbook

    import_files(db, [MINI_DIR / "structures.json", MINI_DIR / "services.json"])
    result = export_catalogue(db, tmp_path / "catalogue.xlsx")
    workbook = load_workbook(result.files[0])
    descriptions = [row[4].value for row in workbook["Services"].iter_rows(min_row=2)]
    assert (
        "=Service fictif : réparations à prix coûtant pour les personnes en insertion."
        in descriptions
    )
    assert all(row[4].data_type == "s" for row in workbook["Services"].iter_rows(min_row=2))


def test_export_errors_are_french(db, tmp_path):
    with pytest.raises(UserError, match="Précisez le format"):
        export_catalogue(db, tmp_path / "catalogue.txt")
    with pytest.raises(UserError, match="n'existe pas"):
        export_catalogue(db, tmp_path / "absent" / "catalogue.json")
    with pytest.raises(UserError, match="Format d'export inconnu"):
        export_catalogue(db, tmp_path / "catalogue", "pdf")
