"""Read and write the catalogue. Functions take a session and return model objects.

Writes are upserts by id, done in bulk so that a national file (140 000 services)
imports in seconds; the caller owns the transaction (one import, one commit).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, func
from sqlmodel import Session, select

from app.core.models import Service, Structure

_CHUNK = 500


def _existing_ids(
    session: Session, model: type[Structure] | type[Service], ids: Sequence[str]
) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(session.exec(select(model.id).where(model.id.in_(chunk))).all())  # type: ignore[attr-defined]
    return found


def _upsert(
    session: Session, model: type[Structure] | type[Service], rows: Sequence[dict[str, Any]]
) -> tuple[int, int]:
    """Insert new rows and update existing ones by id; returns (created, updated).

    Every column is written (a key absent from a row is stored empty), with SQLAlchemy
    Core ``executemany`` statements: the ORM's per-row bookkeeping would cost more than
    the database itself on a national import.
    """
    if not rows:
        return 0, 0
    table = model.__table__  # type: ignore[attr-defined]
    names = [column.name for column in table.columns]
    full = [{name: row.get(name) for name in names} for row in rows]
    for row in full:
        if row["archived"] is None:
            row["archived"] = False
    existing = _existing_ids(session, model, [row["id"] for row in full])
    new = [row for row in full if row["id"] not in existing]
    old = [{f"p_{k}": v for k, v in row.items()} for row in full if row["id"] in existing]
    connection = session.connection()
    if new:
        connection.execute(table.insert(), new)
    if old:
        statement = (
            table.update()
            .where(table.c.id == bindparam("p_id"))
            .values({name: bindparam(f"p_{name}") for name in names if name != "id"})
        )
        connection.execute(statement, old)
    return len(new), len(old)


def upsert_structures(session: Session, rows: Sequence[dict[str, Any]]) -> tuple[int, int]:
    return _upsert(session, Structure, rows)


def upsert_services(session: Session, rows: Sequence[dict[str, Any]]) -> tuple[int, int]:
    return _upsert(session, Service, rows)


def get_service(session: Session, service_id: str) -> Service | None:
    return session.get(Service, service_id)


def get_structure(session: Session, structure_id: str) -> Structure | None:
    return session.get(Structure, structure_id)


def services_by_ids(session: Session, ids: Sequence[str]) -> list[Service]:
    """The services with these ids, in the order of ``ids`` (unknown ids skipped)."""
    by_id: dict[str, Service] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        for service in session.exec(select(Service).where(Service.id.in_(chunk))):  # type: ignore[attr-defined]
            by_id[service.id] = service
    return [by_id[i] for i in ids if i in by_id]


def structures_by_ids(session: Session, ids: Iterable[str]) -> dict[str, Structure]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Structure] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for structure in session.exec(select(Structure).where(Structure.id.in_(chunk))):  # type: ignore[attr-defined]
            found[structure.id] = structure
    return found


def all_services(session: Session, *, include_archived: bool = False) -> list[Service]:
    query = select(Service).order_by(Service.id)
    if not include_archived:
        query = query.where(Service.archived == False)  # noqa: E712
    return list(session.exec(query))


def all_structures(session: Session, *, include_archived: bool = False) -> list[Structure]:
    query = select(Structure).order_by(Structure.id)
    if not include_archived:
        query = query.where(Structure.archived == False)  # noqa: E712
    return list(session.exec(query))


def count_services(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Service)).one()


def is_sample_catalogue(session: Session) -> bool:
    """True while every service comes from the sample catalogue shipped in db/sample."""
    from app.core.sample import SAMPLE_SOURCE

    sources = session.exec(select(Service.source).distinct()).all()
    return bool(sources) and set(sources) == {SAMPLE_SOURCE}


def set_archived(
    session: Session, model: type[Structure] | type[Service], item_id: str, archived: bool = True
) -> None:
    item = session.get(model, item_id)
    if item is None:
        from app.core.errors import UserError

        raise UserError(f"Aucune fiche avec l'identifiant « {item_id} ».")
    item.archived = archived
    session.add(item)
