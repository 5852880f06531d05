"""Bad input everywhere: the importers fuzzed with hypothesis.

Whatever the file (random bytes, broken JSON, wrong types, huge fields, control characters,
a damaged workbook), ``import_files`` either raises ``UserError`` or returns a report of
French problems; never another exception, and nothing is written unless the import says
it applied. Example counts stay moderate so the suite stays fast on two cores.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from app.core.errors import UserError
from app.core.io import import_files
from app.core.io.fields import SERVICE_FIELDS, STRUCTURE_FIELDS
from app.core.models import Service, Structure

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SLOW_FUZZ = settings(FUZZ, max_examples=25)

# What must never reach a user: Python's own words.
_NOT_FRENCH = re.compile(
    r"Traceback|Exception|object has no attribute|invalid literal|NoneType|Errno|"
    r"unsupported operand|not subscriptable|codec can't|expected .* got|KeyError|TypeError"
)

# Text with control characters, quotes, separators and non-Latin letters.
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
HUGE = st.integers(5_000, 120_000).map(lambda n: 'é\x01;",' * (n // 5))
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | TEXT
    | HUGE
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=10,
)


def structure_row(**fields) -> dict:
    return {
        "id": "fuzz--structure",
        "source": "fuzz",
        "nom": "Structure fictive",
        "date_maj": "2026-01-05",
        **fields,
    }


def service_row(**fields) -> dict:
    return {
        "id": "fuzz--service",
        "source": "fuzz",
        "structure_id": "fuzz--structure",
        "nom": "Atelier fictif",
        "description": "Un atelier inventé.",
        "date_maj": "2026-01-05",
        **fields,
    }


def _counts(db) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.exec(select(func.count()).select_from(Structure)).one(),
            session.exec(select(func.count()).select_from(Service)).one(),
        )


def _assert_french(text: str) -> None:
    assert text.strip(), "empty message"
    assert not _NOT_FRENCH.search(text), text


def check_import(db, path: Path, *, may_apply: bool) -> None:
    """The import refuses in French and writes nothing, or (valid input) applies."""
    before = _counts(db)
    try:
        report = import_files(db, [path])
    except UserError as exc:
        _assert_french(str(exc))
        assert _counts(db) == before
        return
    if report.applied:
        assert may_apply, "garbage was imported"
        for problem in report.problems:
            _assert_french(problem.reason)
        return
    assert report.has_errors
    for problem in report.errors:
        _assert_french(problem.reason)
    assert _counts(db) == before


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx", ".txt"])
@FUZZ
@given(content=st.binary(max_size=3000))
def test_random_bytes(db, tmp_path, suffix, content):
    path = tmp_path / f"fichier{suffix}"
    path.write_bytes(content)
    check_import(db, path, may_apply=False)


@FUZZ
@given(document=JSON_VALUES, allow_nan=st.booleans())
def test_any_json_document(db, tmp_path, document, allow_nan):
    path = tmp_path / "catalogue.json"
    try:
        path.write_text(
            json.dumps(document, allow_nan=allow_nan, ensure_ascii=False), encoding="utf-8"
        )
    except ValueError:  # NaN refused when allow_nan is False
        return
    check_import(db, path, may_apply=False)


@FUZZ
@given(text=st.text(max_size=2000), cut=st.integers(0, 200))
def test_truncated_or_garbled_json(db, tmp_path, text, cut):
    valid = json.dumps({"structures": [structure_row()], "services": [service_row()]})
    path = tmp_path / "catalogue.json"
    path.write_text(valid[: max(1, len(valid) - cut)] + text, encoding="utf-8")
    check_import(db, path, may_apply=True)


@FUZZ
@given(kind=st.sampled_from(["structures", "services"]), data=st.data())
def test_one_field_of_a_valid_row_with_a_wrong_value(db, tmp_path, kind, data):
    fields = STRUCTURE_FIELDS if kind == "structures" else SERVICE_FIELDS
    name = data.draw(st.sampled_from(fields), label="field")
    value = data.draw(JSON_VALUES, label="value")
    structure, service = structure_row(), service_row()
    (structure if kind == "structures" else service)[name] = value
    path = tmp_path / "catalogue.json"
    path.write_text(
        json.dumps({"structures": [structure], "services": [service]}), encoding="utf-8"
    )
    check_import(db, path, may_apply=True)


def _csv_text(header: list[str], rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@FUZZ
@given(
    header=st.lists(st.sampled_from(SERVICE_FIELDS) | TEXT, min_size=1, max_size=12),
    cells=st.lists(st.lists(TEXT | HUGE, max_size=12), max_size=5),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
)
def test_csv_with_odd_cells(db, tmp_path, header, cells, delimiter, encoding):
    path = tmp_path / "services.csv"
    text = _csv_text(header, cells, delimiter)
    path.write_bytes(text.encode(encoding, errors="replace"))
    check_import(db, path, may_apply=True)


@FUZZ
@given(text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=3000))
def test_csv_of_random_text(db, tmp_path, text):
    path = tmp_path / "tableau.csv"
    path.write_text(text, encoding="utf-8")
    check_import(db, path, may_apply=True)


_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CELLS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(-1e300, 1e300)  # near 1.8e308: test_xlsx_with_an_overflowing_number
    | st.dates(date(1900, 3, 1), date(2100, 1, 1))
    | st.datetimes(datetime(1900, 3, 1), datetime(2100, 1, 1))
    | TEXT.map(lambda s: _ILLEGAL_XLSX.sub("", s))
    | st.integers(1000, 32_000).map(lambda n: "long " * (n // 5))
)


def _workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@SLOW_FUZZ
@given(
    sheet=st.sampled_from(["services", "structures", "Feuille1"]),
    header=st.lists(
        st.sampled_from(SERVICE_FIELDS + STRUCTURE_FIELDS), min_size=1, max_size=10, unique=True
    ),
    rows=st.lists(st.lists(CELLS, max_size=10), max_size=4),
)
def test_xlsx_with_wrong_types(db, tmp_path, sheet, header, rows):
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(_workbook({sheet: [header, *rows]}))
    check_import(db, path, may_apply=True)


@SLOW_FUZZ
@given(
    cut=st.integers(1, 4000),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
)
def test_damaged_xlsx(db, tmp_path, cut, flips):
    content = bytearray(
        _workbook({"services": [list(service_row()), list(service_row().values())]})
    )
    for position, value in flips:
        content[position % len(content)] = value
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(bytes(content[: max(1, len(content) - cut)]))
    check_import(db, path, may_apply=True)


def test_xlsx_with_an_overflowing_number(db, tmp_path):
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(_workbook({"services": [["id"], [1.7976931348623155e308]]}))
    check_import(db, path, may_apply=True)
