"""« À propos » : version, database location, catalogue freshness, sample notice, sources."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.stats import FRESHNESS_LABELS, CatalogueStats

PROVENANCE = (
    (
        "Communes, codes postaux, intercommunalités",
        "Code officiel géographique 2026 (INSEE, DGCL, La Poste) par le paquet "
        "@etalab/decoupage-administratif 6.0.0 — Licence Ouverte.",
    ),
    ("Points des communes du Gard", "Calculés depuis IGN Admin Express 2018 — Licence Ouverte."),
    (
        "Thématiques, publics et autres listes",
        "Schéma data·inclusion v1 (GIP de l'inclusion) — Licence Ouverte 2.0 ; référentiels CSV — "
        "licence MIT.",
    ),
    (
        "Quartiers prioritaires (QPV)",
        "Contours de la géographie 2015 (ANCT, data.gouv.fr), remplacée en 2024 par les QPV 2024 — "
        "Licence Ouverte.",
    ),
    (
        "Arrêts de bus Tango",
        "Dérivés du GTFS officiel de Nîmes Métropole par une application tierce — licence d'origine "
        "non vérifiée.",
    ),
    ("Polices de la fiche", "Atkinson Hyperlegible et Noto Sans Arabic — SIL Open Font License."),
)


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("passerelle")
    except PackageNotFoundError:
        return "version de développement"


def about_html(location: str, stats: CatalogueStats | None) -> str:
    parts = [
        "<h2>Passerelle</h2>",
        f"<p>Version {escape(version())} — application de la Maison des compétences de "
        "Nîmes Métropole. Tout fonctionne sans réseau.</p>",
        f"<p><b>Base de données :</b> {escape(location)}</p>",
    ]
    if stats is not None:
        if stats.sample:
            parts.append(
                "<p><b>⚠ Catalogue d'exemple :</b> ce n'est pas l'offre réelle du "
                "territoire. Importez le vrai catalogue (Fichier › Importer des fiches).</p>"
            )
        parts.append(
            f"<p><b>Catalogue :</b> {stats.services} services de {stats.structures} structures"
            f" ({stats.archived_services} services archivés).</p>"
        )
        fresh = "".join(
            f"<li>{escape(FRESHNESS_LABELS[key])} : {count}</li>"
            for key, count in stats.freshness.items()
            if key in FRESHNESS_LABELS
        )
        if fresh:
            parts.append(
                f"<p><b>Fraîcheur des fiches</b> (mise à jour ou vérification) :</p><ul>{fresh}</ul>"
            )
    parts.append("<h3>Sources des données de référence</h3><ul>")
    parts.extend(
        f"<li><b>{escape(what)}</b> : {escape(source)}</li>" for what, source in PROVENANCE
    )
    parts.append("</ul><p>Détail : resources/reference/PROVENANCE.md.</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(
        self, location: str, stats: CatalogueStats | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("À propos de Passerelle")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName("À propos de Passerelle")
        self.text.setHtml(about_html(location, stats))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Fermer")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)
