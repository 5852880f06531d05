"""A sheet printed from the sample catalogue must not send anyone to a made-up address."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from app.core.pathway.model import Pathway, PathwayStep
from app.core.pathway.render import render_pdf
from app.core.pathway.sheet import build_sheet
from app.core.sample import load_sample_catalogue

SAMPLE_SERVICE = "exemple-passerelle--mobilite-financement-permis"


def test_a_sheet_from_the_sample_catalogue_says_it_is_made_up(db):
    load_sample_catalogue(db)
    pathway = Pathway(steps=(PathwayStep(SAMPLE_SERVICE),))
    with db.session() as session:
        sheet = build_sheet(session, pathway, today=date(2026, 11, 25))
        english = build_sheet(session, pathway, lang="en", today=date(2026, 11, 25))
    assert sheet.sample_notice and "inventés" in sheet.sample_notice
    assert english.sample_notice and "made up" in english.sample_notice
    out = io.BytesIO()
    render_pdf(sheet, out)
    first_page = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "Fiche d'exemple" in first_page and "Ne vous déplacez pas" in first_page


def test_a_sheet_from_a_real_catalogue_has_no_such_notice(db):
    from app.core import catalogue

    with db.transaction() as session:
        catalogue.upsert_structures(
            session,
            [
                {
                    "id": "cd30--s1",
                    "source": "cd30",
                    "nom": "Structure fictive",
                    "date_maj": date(2026, 1, 5),
                }
            ],
        )
        catalogue.upsert_services(
            session,
            [
                {
                    "id": "cd30--a1",
                    "source": "cd30",
                    "structure_id": "cd30--s1",
                    "nom": "Atelier CV",
                    "description": "Un atelier fictif pour écrire son CV.",
                    "date_maj": date(2026, 1, 5),
                }
            ],
        )
    with db.session() as session:
        sheet = build_sheet(
            session, Pathway(steps=(PathwayStep("cd30--a1"),)), today=date(2026, 11, 25)
        )
    assert sheet.sample_notice is None
