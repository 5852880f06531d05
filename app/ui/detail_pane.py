"""The detail pane (view): a service in words, and why it suits the visitor or not."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.desk.details import ServiceDetails
from app.core.matching import Criterion, Status

STATUS_WORDS = {Status.passed: "Oui", Status.failed: "Non", Status.unknown: "À vérifier"}


def criterion_line(criterion: Criterion) -> str:
    """ "✓ Oui — Âge : …" : the symbol and a word, never a colour alone."""
    return f"{criterion.status.symbol} {STATUS_WORDS[criterion.status]} — {criterion.label} : {criterion.sentence}"


def criteria_html(criteria: Sequence[Criterion]) -> str:
    items = "".join(f"<li>{escape(criterion_line(c))}</li>" for c in criteria)
    return f"<ul style='margin-left:0'>{items}</ul>" if items else "<p>Aucun critère.</p>"


class DetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Détail du service")
        self.details: ServiceDetails | None = None
        self.show_message(
            "Choisissez un service dans les résultats ou les correspondances "
            "pour voir sa fiche complète."
        )

    def show_message(self, text: str) -> None:
        self.details = None
        self.setHtml(f"<p>{escape(text)}</p>")

    def show_details(
        self, details: ServiceDetails, criteria: Sequence[Criterion] | None = None
    ) -> None:
        self.details = details
        parts = [f"<h2>{escape(details.title)}</h2>"]
        if details.subtitle:
            parts.append(f"<p><b>{escape(details.subtitle)}</b></p>")
        if details.archived:
            parts.append("<p><b>⚠ Fiche archivée :</b> ce service n'est plus proposé.</p>")
        if details.stale:
            parts.append("<p><b>⚠ Information ancienne :</b> à vérifier avant d'orienter.</p>")
        if details.description:
            parts.append(f"<p>{escape(details.description)}</p>")
        if criteria:
            parts.append("<h3>Pour ce visiteur</h3><p>✓ oui · ✗ non · ? à vérifier</p>")
            parts.append(criteria_html(criteria))
        for section in details.sections:
            lines = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
            parts.append(f"<h3>{escape(section.title)}</h3><ul>{lines}</ul>")
        self.setHtml("".join(parts))

    def text(self) -> str:
        return self.toPlainText()
