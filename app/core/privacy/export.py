"""A copy of one follow-up record for the person (access request, RGPD art. 15 and 20):
JSON for machines, PDF for people. Each export is written to the audit log.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.core.errors import UserError
from app.core.french import day_month_year as french_date
from app.core.french import time_of_day
from app.core.os_errors import describe
from app.core.privacy import audit
from app.core.privacy.crypto import Vault
from app.core.privacy.followup import FollowupView, open_followup
from app.core.privacy.retention import expiry_date

EXPORT_FORMAT = "passerelle-dossier-de-suivi"


def french_moment(value: object) -> str:
    """ "3 décembre 2026 à 9 h 30" from an ISO date-time (the text itself when it is not one)."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{french_date(moment.date())} à {time_of_day(moment)}"


def need_label(need: str) -> str:
    from app.core.reference.vocabularies import category_label, is_valid, thematique_label

    if is_valid("thematiques", need):
        return thematique_label(need)
    if is_valid("categories", need):
        return category_label(need)
    return need


def export_dict(session: Session, view: FollowupView) -> dict[str, Any]:
    data = view.data
    return {
        "format": EXPORT_FORMAT,
        "version": 1,
        "exporte_le": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "identifiant": view.id,
        "accord_le": view.consent_date.isoformat(),
        "dernier_contact": view.last_contact.isoformat(),
        "conserve_jusqu_au": expiry_date(view.last_contact).isoformat(),
        "cree_le": view.created_at.astimezone().isoformat(),
        "modifie_le": view.updated_at.astimezone().isoformat(),
        "personne": {
            "nom": data.nom,
            "prenom": data.prenom,
            "telephone": data.telephone,
            "courriel": data.courriel,
        },
        "besoins": [{"code": b, "libelle": need_label(b)} for b in data.besoins],
        "parcours": data.parcours,
        "notes": data.notes,
        "historique": [e.to_dict() for e in audit.audit_events(session, view.id)],
    }


def export_followup(session: Session, vault: Vault, record_id: str, path: str | Path) -> Path:
    """Write the record to ``path`` (.json or .pdf) and log the export; the caller commits."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise UserError("Choisissez un fichier .json ou .pdf pour l'export du dossier.")
    view = open_followup(session, vault, record_id, log=False)
    audit.log_event(session, vault.actor, audit.EXPORTED, view.id)
    session.flush()
    content = export_dict(session, view)
    try:
        if suffix == ".json":
            target.write_text(
                json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        else:
            _write_pdf(session, content, target)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le fichier « {target} » : {describe(exc)}.") from exc
    return target


def _font() -> tuple[str, str]:
    """A font covering every French character: the one shipped in resources/fonts, if any."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.core.paths import FONTS_DIR

    candidates = sorted(FONTS_DIR.glob("*.ttf")) if FONTS_DIR.is_dir() else []
    regular = next(
        (p for p in candidates if "bold" not in p.stem.lower() and "italic" not in p.stem.lower()),
        None,
    )
    bold = next((p for p in candidates if p.stem.lower().endswith("bold")), None)
    if regular is None:
        return "Helvetica", "Helvetica-Bold"
    pdfmetrics.registerFont(TTFont("PasserelleRegular", str(regular)))
    if bold is not None:
        pdfmetrics.registerFont(TTFont("PasserelleBold", str(bold)))
        return "PasserelleRegular", "PasserelleBold"
    return "PasserelleRegular", "PasserelleRegular"


def _pathway_lines(session: Session, pathway: Any) -> list[str]:
    from app.core.catalogue import get_service

    if not isinstance(pathway, dict):
        return []
    lines = []
    for step in pathway.get("steps") or []:
        if not isinstance(step, dict):
            continue
        service = get_service(session, str(step.get("service_id", "")))
        line = service.nom if service is not None else f"Service « {step.get('service_id')} »"
        if step.get("rendez_vous"):
            line += f" — rendez-vous : {french_moment(step['rendez_vous'])}"
        if step.get("note"):
            line += f" — {step['note']}"
        lines.append(line)
    if pathway.get("prochain_rdv"):
        lines.append(f"Prochain rendez-vous : {french_moment(pathway['prochain_rdv'])}")
    return lines


def _write_pdf(session: Session, content: dict[str, Any], target: Path) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    regular, bold = _font()
    body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=16)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=15, leading=20, spaceBefore=10)
    title = ParagraphStyle("title", fontName=bold, fontSize=20, leading=26)
    person = content["personne"]
    day = date.fromisoformat

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list[Any] = [
        para("Dossier de suivi : copie de vos données", title),
        para("Maison des compétences — Nîmes Métropole. Document remis à la personne concernée."),
        para("Identité et contact", heading),
        para(f"Nom : {person['nom'] or '—'}"),
        para(f"Prénom : {person['prenom'] or '—'}"),
        para(f"Téléphone : {person['telephone'] or '—'}"),
        para(f"Courriel : {person['courriel'] or '—'}"),
        para("Accord et conservation", heading),
        para(f"Vous avez donné votre accord le {french_date(day(content['accord_le']))}."),
        para(f"Dernier contact : {french_date(day(content['dernier_contact']))}."),
        para(
            f"Ce dossier sera effacé après le {french_date(day(content['conserve_jusqu_au']))}, "
            "sauf nouveau contact avant cette date."
        ),
        para("Besoins", heading),
    ]
    story += [para(f"• {b['libelle']}") for b in content["besoins"]] or [para("Aucun besoin noté.")]
    story.append(para("Parcours", heading))
    steps = _pathway_lines(session, content["parcours"])
    story += [para(f"{i}. {line}") for i, line in enumerate(steps, 1)] or [
        para("Aucune étape notée.")
    ]
    story += [para("Notes du conseiller", heading), para(content["notes"] or "Aucune note.")]
    story.append(para("Qui a consulté ou modifié ce dossier", heading))
    for event in content["historique"]:
        story.append(
            para(f"{french_moment(event['date'])} : {event['action']} par {event['conseiller']}")
        )
    story += [
        Spacer(1, 0.5 * cm),
        para(
            f"Identifiant du dossier : {content['identifiant']}. Pour faire corriger ou effacer ces "
            "données, adressez-vous à la Maison des compétences."
        ),
    ]
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        title="Dossier de suivi",
        author="Passerelle",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    doc.build(story)
