"""What an import found: the problems of each row, in French, and what it wrote.

A problem names the file, the row (the spreadsheet line number — line 2 is the first row
under the header — or, for a JSON list, the element number starting at 1), the field, the
value and the reason. Errors stop the import (all or nothing) unless invalid rows are
skipped; warnings never stop it.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

ERROR = "erreur"
WARNING = "avertissement"

_VALUE_WIDTH = 40
_REASON_WIDTH = 90


@dataclass(frozen=True, slots=True)
class ImportProblem:
    file: str
    row: int | None
    field: str
    value: str
    reason: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


@dataclass
class ImportReport:
    """The outcome of one import (one or several files read together)."""

    files: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    created_structures: int = 0
    updated_structures: int = 0
    skipped_structures: int = 0
    created_services: int = 0
    updated_services: int = 0
    skipped_services: int = 0
    applied: bool = False  # True once the rows are written (the transaction committed)

    # -- building
    def add(
        self,
        file: str,
        row: int | None,
        field_name: str,
        value: object,
        reason: str,
        severity: str = ERROR,
    ) -> None:
        self.problems.append(
            ImportProblem(file, row, field_name, format_value(value), reason, severity)
        )

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    # -- reading
    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def created(self) -> int:
        return self.created_structures + self.created_services

    @property
    def updated(self) -> int:
        return self.updated_structures + self.updated_services

    @property
    def skipped(self) -> int:
        return self.skipped_structures + self.skipped_services

    def sorted_problems(self) -> list[ImportProblem]:
        return sorted(
            self.problems,
            key=lambda p: (p.file, p.row if p.row is not None else -1, not p.is_error, p.field),
        )

    def summary(self) -> str:
        """Two or three French sentences: what was found and what was done."""
        n_errors, n_warnings = len(self.errors), len(self.warnings)
        found = f"{_count(n_errors, 'erreur', 'erreurs')}, {_count(n_warnings, 'avertissement', 'avertissements')}"
        lines = [f"Import de {_count(len(self.files), 'fichier', 'fichiers')} : {found}."]
        if self.applied:
            lines.append(
                "Structures : "
                f"{_count(self.created_structures, 'créée', 'créées')}, "
                f"{_count(self.updated_structures, 'mise à jour', 'mises à jour')}, "
                f"{_count(self.skipped_structures, 'ignorée', 'ignorées')}."
            )
            lines.append(
                "Services : "
                f"{_count(self.created_services, 'créé', 'créés')}, "
                f"{_count(self.updated_services, 'mis à jour', 'mis à jour')}, "
                f"{_count(self.skipped_services, 'ignoré', 'ignorés')}."
            )
        else:
            lines.append(
                "Import annulé : rien n'a été modifié dans le catalogue. Corrigez les erreurs "
                "ci-dessous, ou importez seulement les lignes valides (« ignorer les lignes "
                "invalides », option --skip-invalid)."
            )
        return "\n".join(lines)

    def as_text(self, limit: int | None = 200) -> str:
        """A readable French table of the problems, after the summary and the notes."""
        parts = [self.summary()]
        if self.notes:
            parts.append("\n".join(f"Note : {note}" for note in self.notes))
        problems = self.sorted_problems()
        if problems:
            shown = problems if limit is None else problems[:limit]
            header = ("Fichier", "Ligne", "Champ", "Valeur", "Gravité", "Problème")
            rows = [
                (
                    p.file,
                    "" if p.row is None else str(p.row),
                    p.field,
                    _shorten(p.value, _VALUE_WIDTH),
                    p.severity,
                    _shorten(p.reason, _REASON_WIDTH),
                )
                for p in shown
            ]
            widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
            lines = []
            for row in (header, *rows):
                cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
                lines.append("  ".join([*cells, row[-1]]).rstrip())
            lines.insert(1, "  ".join("-" * w for w in [*widths, len(header[-1])]))
            parts.append("\n".join(lines))
            if len(shown) < len(problems):
                parts.append(
                    f"… et {len(problems) - len(shown)} autres problèmes "
                    "(le rapport complet s'enregistre en CSV, option --report)."
                )
        return "\n\n".join(parts)

    def to_csv(self, path: str | os.PathLike[str]) -> Path:
        """Every problem in a CSV file that French spreadsheets open directly
        (UTF-8 with BOM, ``;`` separator)."""
        target = Path(path)
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["fichier", "ligne", "champ", "valeur", "gravité", "problème"])
            for p in self.sorted_problems():
                writer.writerow(
                    [p.file, "" if p.row is None else p.row, p.field, p.value, p.severity, p.reason]
                )
        return target


def format_value(value: object) -> str:
    """A value as the user wrote it, for the report."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n <= 1 else plural}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
