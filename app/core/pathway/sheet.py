"""The sheet model: everything the printed pathway sheet says, before any layout.

``build_sheet`` reads the catalogue once and returns a ``Sheet``: header, one ``SheetBlock`` per
step, closing lines. The renderer (``render.py``) only lays it out, so the content is tested
here without a PDF. The visitor's first name lives in the ``Sheet`` only, in memory: it is
never written to the database or to the pathway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.core import catalogue
from app.core.errors import UserError
from app.core.models import Service, Structure
from app.core.pathway import wording
from app.core.pathway.dates import date_in_words, datetime_in_words
from app.core.pathway.glossary import explain
from app.core.pathway.labels import check_language, label
from app.core.pathway.model import Pathway, PathwayStep
from app.core.sample import SAMPLE_SOURCE

FIRST_NAME_MAX = 40


@dataclass(frozen=True)
class SheetBlock:
    """One step. Texts are final (French for the service's own words); empty means 'not shown'."""

    number: int
    service_id: str
    title: str  # the service's name
    sentence: str  # what it is, in one plain sentence
    description: str | None  # the first sentence of the description, when short
    glossary: tuple[str, ...]  # "CAF : caisse d'allocations familiales"
    appointment: str | None  # in the sheet's language
    appointment_fr: str | None  # the same in French, for a sheet in another language
    remote_only: bool
    # place name, street and complement, postal code and commune; or "À distance : …", or a
    # line saying the address is not given
    where: tuple[str, ...]
    tango: str | None  # nearest Tango stop sentence
    # opening hours lines (hours.weekly_lines) and next sessions, or a line saying there are none
    when: tuple[str, ...]
    phone: str | None  # as printed ('04 66 12 34 56')
    documents: tuple[str, ...]  # the checklist
    arrival_phrase: str  # "Ce que je dis en arrivant" (always French)
    cost: str
    note: str | None  # the counsellor's note for this step
    web: str | None  # the web address as printed
    qr_payload: str | None  # what the QR code holds: the web page, else 'tel:+33…'
    qr_kind: str | None  # "web" or "phone"


@dataclass(frozen=True)
class Sheet:
    lang: str
    large: bool
    today: date
    organisation: str
    title: str
    first_name: str | None
    prepared_for: str | None  # "Fiche préparée pour Samira"
    date_line: str  # "Date : jeudi 26 novembre 2026"
    intro: tuple[str, ...]
    blocks: tuple[SheetBlock, ...]
    counsellor: str | None  # the counsellor's contact as typed ("Claire, 04 65 71 00 00")
    next_appointment: str | None
    next_appointment_fr: str | None
    privacy: str
    # set when a step comes from the sample catalogue: its places are made up
    sample_notice: str | None = None

    def label(self, key: str, **values: object) -> str:
        return label(self.lang, key, **values)


def _first_name(value: str | None) -> str | None:
    name = wording.clean(value)[:FIRST_NAME_MAX].strip()
    return name or None


def _block(
    number: int,
    step: PathwayStep,
    service: Service,
    structure: Structure | None,
    *,
    lang: str,
    first_name: str | None,
    today: date,
) -> SheetBlock:
    phone = wording.format_phone(service.telephone) or wording.format_phone(
        structure.telephone if structure is not None else None
    )
    remote = wording.is_remote_only(service)
    if remote:
        where: tuple[str, ...] = (wording.REMOTE,)
    else:
        where = tuple(wording.place_lines(service, structure))
        if not wording.has_address(service, structure):
            where += (wording.not_given("Adresse", phone),)
    tango = None if remote else wording.tango_sentence(wording.place_point(service, structure))
    hours_value = service.horaires_accueil or (structure.horaires_accueil if structure else None)
    when = tuple(wording.hours_lines(hours_value) + wording.session_lines(service, today))
    when = when or (wording.not_given("Horaires", phone),)
    web = wording.web_page(service, structure)
    qr_payload, qr_kind = (web, "web") if web else (None, None)
    if qr_payload is None and phone is not None:
        qr_payload, qr_kind = wording.phone_uri(phone), "phone"
    documents = tuple(wording.clean(d) for d in (service.documents or []) if wording.clean(d))
    title = wording.clean(service.nom)
    sentence = wording.plain_sentence(service, structure)
    description = wording.short_description(service)
    cost = wording.cost_text(service)
    note = wording.clean(step.note) or None
    appointment = appointment_fr = None
    if step.rendez_vous is not None:
        appointment = datetime_in_words(step.rendez_vous, lang)
        if lang != "fr":
            appointment_fr = datetime_in_words(step.rendez_vous, "fr")
    return SheetBlock(
        number=number,
        service_id=service.id,
        title=title,
        sentence=sentence,
        description=description,
        glossary=tuple(explain([title, sentence, description or "", *documents, cost, note or ""])),
        appointment=appointment,
        appointment_fr=appointment_fr,
        remote_only=remote,
        where=where,
        tango=tango,
        when=when,
        phone=phone,
        documents=documents,
        arrival_phrase=wording.arrival_phrase(service, step.rendez_vous, first_name),
        cost=cost,
        note=note,
        web=wording.printed_address(web) if web else None,
        qr_payload=qr_payload,
        qr_kind=qr_kind,
    )


def build_sheet(
    session: Session,
    pathway: Pathway,
    *,
    first_name: str | None = None,
    lang: str = "fr",
    large: bool = False,
    today: date | None = None,
) -> Sheet:
    """What the sheet prints for ``pathway``; a ``UserError`` in French for an unknown service."""
    check_language(lang)
    if not pathway.steps:
        raise UserError("Le parcours n'a aucune étape : ajoutez au moins un service.")
    today = today or date.today()
    ids = [step.service_id for step in pathway.steps]
    services = {s.id: s for s in catalogue.services_by_ids(session, list(dict.fromkeys(ids)))}
    missing = [(n, i) for n, i in enumerate(ids, start=1) if i not in services]
    if missing:
        where = "; ".join(f"étape {n} : « {i} »" for n, i in missing)
        raise UserError(
            f"Service introuvable dans le catalogue ({where}). "
            "Vérifiez l'identifiant ou mettez le catalogue à jour."
        )
    structures = catalogue.structures_by_ids(session, [s.structure_id for s in services.values()])
    name = _first_name(first_name)
    blocks = tuple(
        _block(
            number,
            step,
            services[step.service_id],
            structures.get(services[step.service_id].structure_id),
            lang=lang,
            first_name=name,
            today=today,
        )
        for number, step in enumerate(pathway.steps, start=1)
    )
    intro = tuple(t for t in (label(lang, "intro"), label(lang, "intro_french")) if t)
    counsellor = wording.clean(pathway.conseiller) or None
    rdv = pathway.prochain_rdv
    return Sheet(
        lang=lang,
        large=large,
        today=today,
        organisation=wording.ORGANISATION_FULL,
        title=label(lang, "sheet_title"),
        first_name=name,
        prepared_for=label(lang, "prepared_for", name=name) if name else None,
        date_line=label(lang, "date", date=date_in_words(today, lang)),
        intro=intro,
        blocks=blocks,
        counsellor=counsellor,
        next_appointment=datetime_in_words(rdv, lang) if rdv else None,
        next_appointment_fr=datetime_in_words(rdv, "fr") if rdv and lang != "fr" else None,
        privacy=label(lang, "privacy"),
        sample_notice=label(lang, "sample")
        if any(s.source == SAMPLE_SOURCE for s in services.values())
        else None,
    )
