"""What the sheet says (the model, before any PDF): every element of issue 5, point 2."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.errors import UserError
from app.core.hours import weekly_lines
from app.core.pathway import Pathway, PathwayStep, build_sheet, pathway_to_dict
from app.core.pathway.dates import date_in_words, datetime_in_words
from app.core.pathway.glossary import explain
from app.core.pathway.labels import LANGUAGES, label, label_keys
from app.core.pathway.style import (
    COLOUR_PAIRS,
    MIN_CONTRAST,
    PALETTE,
    contrast_ratio,
    grey_level,
    sheet_style,
)
from tests.core.pathway_data import (
    FAR_AWAY,
    TODAY,
    add_catalogue,
    one_step,
    service_row,
    structure_row,
)

NB = "\u00a0"


def plain(text: str | None) -> str | None:
    return text.replace(NB, " ") if text is not None else None


def build(db, pathway, **options):
    options.setdefault("today", TODAY)
    with db.session() as session:
        return build_sheet(session, pathway, **options)


@pytest.fixture
def one_service(db):
    add_catalogue(db, [structure_row()], [service_row()])
    return db


def test_block_has_every_element(one_service):
    sheet = build(
        one_service, one_step(rendez_vous=datetime(2026, 12, 3, 9, 30), note="Venir tôt.")
    )
    (block,) = sheet.blocks
    assert block.number == 1
    assert block.title == "Atelier CV"
    assert (
        block.sentence == "C'est un atelier en groupe, proposé par Association Fictive des Arènes."
    )
    assert block.description == "Un atelier pour écrire son CV avec une conseillère."
    assert block.where == (
        "Association Fictive des Arènes",
        "12 rue Imaginaire, Bâtiment B",
        "30000 Nîmes",
    )
    assert plain(block.tango) == (
        "Arrêt de bus Tango le plus proche : ESPLANADE T2, à environ 50 m (1 minute à pied)."
    )
    assert [plain(x) for x in block.when] == weekly_lines("Mo-Fr 08:30-12:30,13:30-17:00; PH off")
    assert "Fermé les jours fériés" in block.when
    assert plain(block.phone) == "04 65 71 00 01"
    assert block.documents == ("Pièce d'identité", "Attestation de la CAF")
    assert plain(block.appointment) == "jeudi 3 décembre 2026 à 9 h 30"
    assert block.appointment_fr is None
    assert block.cost == "Gratuit."
    assert block.note == "Venir tôt."
    assert block.web == "www.example.org/services/atelier-cv"
    assert (block.qr_kind, block.qr_payload) == (
        "web",
        "https://www.example.org/services/atelier-cv",
    )
    assert plain(block.arrival_phrase) == (
        "Bonjour, je viens de la part de la Maison des compétences pour « Atelier CV ». "
        "J'ai rendez-vous à 9 h 30."
    )
    assert [plain(line) for line in block.glossary] == [
        "CV : la liste de vos emplois et de vos diplômes",
        "CAF : caisse d'allocations familiales",
    ]


def test_hours_lines_come_from_hours_module(db):
    value = "Tu,Th 14:00-17:00"
    add_catalogue(db, [structure_row(horaires_accueil=None)], [service_row(horaires_accueil=value)])
    (block,) = build(db, one_step()).blocks
    assert [plain(line) for line in block.when] == weekly_lines(value)


def test_unreadable_hours_are_shown_as_written(db):
    value = "le matin sauf quand il pleut"
    add_catalogue(db, [structure_row(horaires_accueil=value)], [service_row()])
    (block,) = build(db, one_step()).blocks
    assert block.when == (value,)


def test_header_and_footer(one_service):
    sheet = build(one_service, one_step(), first_name="  Samira  ")
    assert sheet.organisation == "Maison des compétences — Nîmes Métropole"
    assert sheet.title == "Ma fiche de parcours"
    assert sheet.first_name == "Samira"
    assert sheet.prepared_for == "Fiche préparée pour Samira"
    assert plain(sheet.date_line) == "Date : jeudi 26 novembre 2026"
    assert sheet.counsellor == "Camille Fictive, 04 65 71 00 99"
    assert plain(sheet.next_appointment) == "jeudi 10 décembre 2026 à 14 h"
    assert sheet.privacy == (
        "Cette fiche est à vous. La Maison des compétences n'a pas gardé votre nom."
    )


def test_first_name_is_optional_and_never_in_the_pathway(one_service):
    pathway = one_step()
    sheet = build(one_service, pathway, first_name="Zéphyrine")
    assert "Zéphyrine" in sheet.blocks[0].arrival_phrase
    assert "Zéphyrine" not in repr(pathway_to_dict(pathway))
    anonymous = build(one_service, pathway, first_name="   ")
    assert anonymous.first_name is None and anonymous.prepared_for is None
    assert "m'appelle" not in anonymous.blocks[0].arrival_phrase


def test_service_own_arrival_phrase_is_kept(db):
    phrase = "Bonjour, je viens pour la permanence emploi du mardi."
    add_catalogue(db, [structure_row()], [service_row(arrival_phrase=phrase)])
    assert build(db, one_step(), first_name="Samira").blocks[0].arrival_phrase == phrase


def test_phone_is_never_invented_and_qr_falls_back_to_tel(db):
    add_catalogue(
        db,
        [structure_row(telephone=None), structure_row("st-2", telephone=None)],
        [
            service_row(lien_source=None, telephone="+33 4 65 71 00 02"),
            service_row("sv-2", "st-2", lien_source=None, telephone=None),
        ],
    )
    first, second = build(db, Pathway([PathwayStep("sv-1"), PathwayStep("sv-2")])).blocks
    assert plain(first.phone) == "04 65 71 00 02"
    assert (first.qr_kind, first.qr_payload) == ("phone", "tel:+33465710002")
    assert first.web is None
    assert second.phone is None
    assert second.qr_payload is None and second.qr_kind is None


def test_web_page_order_and_www_addresses(db):
    add_catalogue(
        db,
        [structure_row(site_web="www.example.org/asso")],
        [service_row(lien_source=None, lien_mobilisation="pas une adresse")],
    )
    (block,) = build(db, one_step()).blocks
    assert block.qr_payload == "https://www.example.org/asso"
    assert block.web == "www.example.org/asso"


def test_remote_service_has_no_address_and_far_places_no_tango_stop(db):
    add_catalogue(
        db,
        [
            structure_row(),
            structure_row(
                "st-2",
                latitude=FAR_AWAY[0],
                longitude=FAR_AWAY[1],
                code_postal="30100",
                commune="Alès",
            ),
        ],
        [service_row(modes_accueil=["a-distance"]), service_row("sv-2", "st-2")],
    )
    remote, far = build(db, Pathway([PathwayStep("sv-1"), PathwayStep("sv-2")])).blocks
    assert remote.remote_only and remote.tango is None
    assert plain(remote.where[0]) == "À distance : par téléphone ou sur internet."
    assert len(remote.where) == 1
    assert far.where[-1] == "30100 Alès"
    assert far.tango is None


def test_missing_address_and_hours_are_said(db):
    nowhere = {
        "adresse": None,
        "complement_adresse": None,
        "code_postal": None,
        "commune": None,
        "latitude": None,
        "longitude": None,
        "horaires_accueil": None,
    }
    add_catalogue(
        db,
        [structure_row(**nowhere), structure_row("st-2", telephone=None, **nowhere)],
        [service_row(), service_row("sv-2", "st-2")],
    )
    with_phone, without = build(db, Pathway([PathwayStep("sv-1"), PathwayStep("sv-2")])).blocks
    assert [plain(x) for x in with_phone.where] == [
        "Association Fictive des Arènes",
        "Adresse non indiquée : appelez avant de venir.",
    ]
    assert [plain(x) for x in with_phone.when] == [
        "Horaires non indiqués : appelez avant de venir."
    ]
    assert without.where[-1] == "Adresse non indiquée dans notre catalogue."
    assert without.when == ("Horaires non indiqués dans notre catalogue.",)
    assert with_phone.tango is None


def test_service_address_wins_over_structure(db):
    add_catalogue(
        db,
        [structure_row()],
        [
            service_row(
                adresse="3 place Fictive",
                complement_adresse=None,
                code_postal="30900",
                commune="Nîmes",
                latitude=FAR_AWAY[0],
                longitude=FAR_AWAY[1],
            )
        ],
    )
    (block,) = build(db, one_step()).blocks
    assert block.where == ("Association Fictive des Arènes", "3 place Fictive", "30900 Nîmes")
    assert block.tango is None  # the service's own point, not the structure's


def test_cost_paid_with_precisions_and_unknown(db):
    add_catalogue(
        db,
        [structure_row()],
        [
            service_row(frais="payant", frais_precisions="10 euros par mois."),
            service_row("sv-2", frais=None, frais_precisions=None),
        ],
    )
    paid, unknown = build(db, Pathway([PathwayStep("sv-1"), PathwayStep("sv-2")])).blocks
    assert plain(paid.cost) == "Payant. 10 euros par mois."
    assert unknown.cost == "Non indiqué dans notre catalogue."


def test_next_sessions_are_listed_with_the_hours(db):
    sessions = [
        {"debut": "2026-01-05", "fin": "2026-03-01", "places": 10},
        {"debut": "2027-01-11", "fin": "2027-03-26", "places": 12},
        {"debut": "2027-04-06"},
    ]
    add_catalogue(db, [structure_row()], [service_row(type="formation", sessions=sessions)])
    (block,) = build(db, one_step()).blocks
    assert [plain(line) for line in block.when[-2:]] == [
        "Session : du lundi 11 janvier 2027 au vendredi 26 mars 2027.",
        "Session : à partir du mardi 6 avril 2027.",
    ]
    assert block.sentence.startswith("C'est une formation, proposée par")


def test_unknown_service_and_empty_pathway(one_service):
    with pytest.raises(UserError) as error:
        build(one_service, Pathway([PathwayStep("sv-1"), PathwayStep("inconnu")]))
    assert "étape 2 : « inconnu »" in str(error.value)
    with pytest.raises(UserError, match="aucune étape"):
        build(one_service, Pathway([]))


def test_other_languages_translate_labels_not_services(one_service):
    pathway = one_step(rendez_vous=datetime(2026, 12, 3, 9, 30))
    english = build(one_service, pathway, lang="en", first_name="Sam")
    assert english.title == "My pathway sheet"
    assert english.prepared_for == "Prepared for Sam"
    assert english.date_line == "Date: Thursday 26 November 2026"
    block = english.blocks[0]
    assert block.appointment == "Thursday 3 December 2026 at 9:30"
    assert plain(block.appointment_fr) == "jeudi 3 décembre 2026 à 9 h 30"
    assert block.sentence.startswith("C'est un atelier")  # the service's texts stay French
    assert english.label("where") == "Where?"
    spanish = build(one_service, pathway, lang="es")
    assert spanish.blocks[0].appointment == "jueves 3 de diciembre de 2026 a las 9:30"
    arabic = build(one_service, pathway, lang="ar")
    assert arabic.blocks[0].appointment == "الخميس 3/12/2026، الساعة 9:30"
    assert arabic.label("page", n=1, total=2) == "الصفحة 1 من 2"
    with pytest.raises(UserError, match="Langue de la fiche inconnue"):
        build(one_service, pathway, lang="de")


def test_every_language_has_every_label():
    for lang in LANGUAGES:
        for key in label_keys():
            if key != "intro_french" or lang != "fr":
                assert label(lang, key, name="X", date="d", n=1, total=2), (lang, key)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 12, 1, 9, 0), "mardi 1er décembre 2026 à 9 h"),
        (datetime(2027, 2, 14, 14, 5), "dimanche 14 février 2027 à 14 h 05"),
        (datetime(2026, 8, 15, 0, 30), "samedi 15 août 2026 à 0 h 30"),
    ],
)
def test_french_dates_in_words(moment, expected):
    assert plain(datetime_in_words(moment)) == expected


def test_dates_do_not_depend_on_the_locale(monkeypatch):
    import locale

    def forbidden(*args):
        raise AssertionError("the sheet must not touch the locale")

    monkeypatch.setattr(locale, "setlocale", forbidden)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert date_in_words(date(2026, 12, 25)) == "vendredi 25 décembre 2026"
    assert date_in_words(date(2026, 12, 25), "es") == "viernes 25 de diciembre de 2026"


def test_glossary_finds_whole_uppercase_words_only():
    lines = explain(
        ["Aide au RSA et à la RQTH", "un cap à tenir", "Formation CAP cuisine", "CVthèque"]
    )
    assert [line.split("\u00a0")[0] for line in lines] == ["RSA", "RQTH", "CAP"]
    assert len(explain(["GRETA", "Greta du Gard"])) == 1


def test_sizes_and_colours_meet_the_readability_rules():
    normal, large = sheet_style(False), sheet_style(True)
    assert normal.body >= 14 and normal.title >= 18 and normal.heading >= 18
    assert large.body >= 18 and large.title >= 18
    for foreground, background in COLOUR_PAIRS:
        assert contrast_ratio(PALETTE[foreground], PALETTE[background]) >= MIN_CONTRAST
    # in greyscale, text stays dark and backgrounds light
    assert grey_level(PALETTE["text"]) < 0.05 and grey_level(PALETTE["accent"]) < 0.1
    assert grey_level(PALETTE["tint"]) > 0.8
