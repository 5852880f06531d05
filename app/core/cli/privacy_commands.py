"""Privacy commands: ``passerelle visites …`` (anonymous statistics) and
``passerelle suivis …`` (follow-up records with consent).

The passphrase is typed (never echoed) or, for scripts and tests, read from the
environment variable ``PASSERELLE_PASSPHRASE``; the counsellor's initials come from
``--conseiller`` or ``PASSERELLE_CONSEILLER``. Each command first runs the start-up
maintenance (purge of records past their retention).
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from app.core.cli import add_db_option
from app.core.errors import UserError

PASSPHRASE_ENV = "PASSERELLE_PASSPHRASE"
ACTOR_ENV = "PASSERELLE_CONSEILLER"
NEW_PASSPHRASE_ENV = "PASSERELLE_NOUVELLE_PASSPHRASE"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide « {text} » (attendu : AAAA-MM-JJ)"
        ) from None


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.core.cli.common import open_catalogue

    return open_catalogue(args)


# visites --------------------------------------------------------------------------------


def _place(code: str) -> str:
    from app.core.reference.communes import commune

    found = commune(code)
    return f"{found.nom} ({code})" if found else code


def _print_counts(title: str, counts: dict[str, int]) -> None:
    from app.core.privacy.export import need_label

    print(title)
    if not counts:
        print("  (aucun)")
    for code, count in counts.items():
        print(f"  {count:>5}  {need_label(code)} ({code})")


def _stats(args: argparse.Namespace) -> int:
    from app.core.privacy.export import need_label
    from app.core.privacy.visits import visit_stats

    db = _open(args)
    with db.session() as session:
        stats = visit_stats(session, args.depuis, args.jusqu_au)
    if args.json:
        print(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2))
        return 0
    period = f"du {args.depuis or 'début'} au {args.jusqu_au or date.today()}"
    print(
        f"Visites {period} : {stats.total} (dont {stats.without_match} sans aucun service trouvé)"
    )
    print("Par tranche d'âge : " + " ; ".join(f"{k} : {v}" for k, v in stats.by_age_band.items()))
    print("Par commune : " + " ; ".join(f"{_place(k)} : {v}" for k, v in stats.by_commune.items()))
    _print_counts("Besoins exprimés :", stats.by_need)
    _print_counts("Besoins non couverts (aucun service trouvé) :", stats.unmet_by_need)
    if stats.unmet_by_commune:
        print("Besoins non couverts par commune :")
        for place, counts in stats.unmet_by_commune.items():
            details = ", ".join(f"{need_label(code)} : {n}" for code, n in counts.items())
            print(f"  {_place(place)} — {details}")
    return 0


def _export_visits(args: argparse.Namespace) -> int:
    from app.core.privacy.visits import export_visits_csv

    db = _open(args)
    with db.session() as session:
        count = export_visits_csv(session, args.file, args.depuis, args.jusqu_au)
    print(f"{count} visite(s) exportée(s) dans « {args.file} ».")
    return 0


def _register_visits(subparsers: argparse._SubParsersAction) -> None:
    visits = subparsers.add_parser(
        "visites",
        help="statistiques anonymes des visites (diagnostic du territoire)",
        description="Les visites sont enregistrées sans rien qui permette de retrouver la "
        "personne : jour, commune, tranche d'âge, besoins, services trouvés.",
    )
    commands = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)
    for name, handler, help_text in (
        (
            "stats",
            _stats,
            "compter les visites par besoin, et les besoins non couverts par commune",
        ),
        ("export", _export_visits, "exporter les visites anonymes dans un fichier CSV"),
    ):
        parser = commands.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        if name == "export":
            parser.add_argument("file", metavar="FICHIER.csv", type=Path)
        parser.add_argument("--depuis", type=_day, metavar="AAAA-MM-JJ", help="premier jour compté")
        parser.add_argument(
            "--jusqu-au",
            dest="jusqu_au",
            type=_day,
            metavar="AAAA-MM-JJ",
            help="dernier jour compté",
        )
        if name == "stats":
            parser.add_argument("--json", action="store_true", help="résultat en JSON")
        add_db_option(parser)
        parser.set_defaults(handler=handler)


# suivis ---------------------------------------------------------------------------------


def _actor(args: argparse.Namespace) -> str:
    actor = getattr(args, "conseiller", None) or os.environ.get(ACTOR_ENV)
    if actor:
        return actor
    try:
        return input("Vos initiales de conseiller : ")
    except EOFError:
        raise UserError(f"Indiquez vos initiales avec --conseiller (ou {ACTOR_ENV}).") from None


def _passphrase(prompt: str = "Phrase secrète des dossiers de suivi : ") -> str:
    from getpass import getpass

    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is not None:
        return secret
    try:
        return getpass(prompt)
    except EOFError:
        raise UserError(f"Phrase secrète non saisie (ou définissez {PASSPHRASE_ENV}).") from None


def _vault(db, args: argparse.Namespace, *, create: bool = False):  # type: ignore[no-untyped-def]
    from app.core.privacy.crypto import Vault, vault_exists

    actor = _actor(args)
    with db.transaction() as session:
        if vault_exists(session):
            return Vault.unlock(session, _passphrase(), actor)
        if not create:
            raise UserError("Aucun dossier de suivi n'a encore été créé.")
        print(
            "Premier dossier de suivi : choisissez la phrase secrète qui protégera tous les "
            "dossiers. Elle n'est enregistrée nulle part : sans elle, les dossiers sont illisibles."
        )
        first = _passphrase("Nouvelle phrase secrète : ")
        if (
            PASSPHRASE_ENV not in os.environ
            and _passphrase("Confirmez la phrase secrète : ") != first
        ):
            raise UserError(
                "Les deux phrases secrètes saisies sont différentes : rien n'a été créé."
            )
        return Vault.create(session, first, actor)


def _read_pathway(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    from app.core.jsonfile import read_json_file

    content = read_json_file(path, "fichier de parcours")
    if not isinstance(content, dict):
        raise UserError(f"« {path} » doit contenir un objet JSON (le parcours).")
    return content


def _create(args: argparse.Namespace) -> int:
    from app.core.privacy.followup import NO_CONSENT, FollowupData, create_followup

    if args.accord is None:
        raise UserError(
            NO_CONSENT.replace(
                "cochez « La personne a donné son accord le … » et indiquez la date",
                "indiquez --accord AAAA-MM-JJ",
            )
        )
    data = FollowupData.from_dict(
        {
            "nom": args.nom,
            "prenom": args.prenom,
            "telephone": args.telephone,
            "courriel": args.courriel,
            "besoins": args.besoin or [],
            "notes": args.notes,
            "parcours": _read_pathway(args.parcours),
        }
    )
    db = _open(args)
    vault = _vault(db, args, create=True)
    with db.transaction() as session:
        record_id = create_followup(
            session, vault, data, consent_date=args.accord, last_contact=args.dernier_contact
        )
    vault.lock()
    print(f"Dossier de suivi créé : {record_id}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from app.core.privacy.followup import list_followups
    from app.core.privacy.retention import expiry_date

    db = _open(args)
    vault = _vault(db, args)
    with db.session() as session:
        records = list_followups(session, vault)
    vault.lock()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "identifiant": r.id,
                        "nom": r.nom,
                        "prenom": r.prenom,
                        "accord_le": r.consent_date.isoformat(),
                        "dernier_contact": r.last_contact.isoformat(),
                    }
                    for r in records
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not records:
        print("Aucun dossier de suivi.")
    for r in records:
        print(
            f"{r.id}  {r.display_name:<30}  dernier contact : {r.last_contact}  "
            f"(effacé après le {expiry_date(r.last_contact)})"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    from app.core.privacy.export import export_dict
    from app.core.privacy.followup import open_followup

    db = _open(args)
    vault = _vault(db, args)
    with db.transaction() as session:
        content = export_dict(session, open_followup(session, vault, args.id))
    vault.lock()
    if args.json:
        print(json.dumps(content, ensure_ascii=False, indent=2))
        return 0
    person = content["personne"]
    print(f"Dossier {content['identifiant']} — {person['prenom']} {person['nom']}")
    print(f"  Accord donné le : {content['accord_le']}")
    print(
        f"  Dernier contact : {content['dernier_contact']} (conservé jusqu'au "
        f"{content['conserve_jusqu_au']})"
    )
    print(f"  Téléphone : {person['telephone'] or '—'}   Courriel : {person['courriel'] or '—'}")
    print("  Besoins : " + (", ".join(b["libelle"] for b in content["besoins"]) or "—"))
    steps = (content["parcours"] or {}).get("steps") or []
    print(f"  Parcours : {len(steps)} étape(s)")
    print(f"  Notes : {content['notes'] or '—'}")
    return 0


def _contact(args: argparse.Namespace) -> int:
    from app.core.privacy.followup import open_followup, update_followup

    db = _open(args)
    vault = _vault(db, args)
    day = args.date or date.today()
    with db.transaction() as session:
        data = open_followup(session, vault, args.id, log=False).data
        update_followup(session, vault, args.id, data, last_contact=day)
    vault.lock()
    print(f"Dernier contact du dossier {args.id} : {day}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.core.privacy.export import export_followup

    db = _open(args)
    vault = _vault(db, args)
    with db.transaction() as session:
        written = export_followup(session, vault, args.id, args.file)
    vault.lock()
    print(f"Dossier {args.id} exporté dans « {written} ».")
    return 0


def _confirm(question: str) -> bool:
    try:
        return input(f"{question} [o/N] ").strip().lower() in ("o", "oui")
    except EOFError:
        return False


def _erase(args: argparse.Namespace) -> int:
    from app.core.maintenance import checkpoint
    from app.core.privacy.followup import erase_followup

    db = _open(args)
    vault = _vault(db, args)
    if not args.oui and not _confirm(f"Effacer définitivement le dossier {args.id} ?"):
        print("Rien n'a été effacé.")
        return 1
    with db.transaction() as session:
        erase_followup(session, vault, args.id)
    vault.lock()
    checkpoint(db)
    print(
        f"Dossier {args.id} effacé. Il reste dans les sauvegardes jusqu'à leur rotation "
        "(7 dernières), chiffré."
    )
    return 0


def _purge(args: argparse.Namespace) -> int:
    from app.core.cli.common import open_catalogue
    from app.core.maintenance import checkpoint
    from app.core.privacy.retention import purge_expired

    db = open_catalogue(args, prepare=False)
    with db.transaction() as session:
        purged = purge_expired(session)
    checkpoint(db)
    print(f"{len(purged)} dossier(s) effacé(s) : dernier contact il y a plus de 24 mois.")
    return 0


def _journal(args: argparse.Namespace) -> int:
    from app.core.privacy.audit import audit_events

    db = _open(args)
    with db.session() as session:
        events = audit_events(session, args.id)
    if args.json:
        print(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
        return 0
    if not events:
        print("Journal vide.")
    for e in events:
        print(
            f"{e.at.astimezone():%Y-%m-%d %H:%M}  {e.actor:<10}  {e.action_label:<12}  "
            f"{e.record_id or ''}"
        )
    return 0


def _change_passphrase(args: argparse.Namespace) -> int:
    from app.core.privacy.followup import change_passphrase

    db = _open(args)
    vault = _vault(db, args)
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if new is None:
        new = _typed("Nouvelle phrase secrète : ")
        if _typed("Confirmez la nouvelle phrase secrète : ") != new:
            raise UserError("Les deux phrases secrètes saisies sont différentes : rien n'a changé.")
    with db.transaction() as session:
        change_passphrase(session, vault, new).lock()
    print(
        "Phrase secrète changée : tous les dossiers sont chiffrés avec la nouvelle. "
        "Les sauvegardes déjà faites restent lisibles avec l'ancienne."
    )
    return 0


def _typed(prompt: str) -> str:
    from getpass import getpass

    try:
        return getpass(prompt)
    except EOFError:
        raise UserError(
            f"Phrase secrète non saisie (ou définissez {NEW_PASSPHRASE_ENV})."
        ) from None


def _register_followups(subparsers: argparse._SubParsersAction) -> None:
    followups = subparsers.add_parser(
        "suivis",
        help="dossiers de suivi (avec l'accord de la personne, chiffrés)",
        description="Dossiers de suivi : créés seulement avec l'accord de la personne, chiffrés "
        f"par une phrase secrète (saisie au clavier, ou variable {PASSPHRASE_ENV} pour les "
        "scripts), effacés 24 mois après le dernier contact.",
    )
    commands = followups.add_subparsers(dest="followups_command", metavar="ACTION", required=True)

    def command(name: str, handler, help_text: str, *, unlock: bool = True):  # type: ignore[no-untyped-def]
        parser = commands.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        if unlock:
            parser.add_argument(
                "--conseiller",
                metavar="INITIALES",
                help=f"vos initiales ou identifiant (sinon {ACTOR_ENV}, ou demandé)",
            )
        add_db_option(parser)
        parser.set_defaults(handler=handler)
        return parser

    create = command("creer", _create, "créer un dossier avec l'accord de la personne")
    create.add_argument(
        "--accord",
        type=_day,
        metavar="AAAA-MM-JJ",
        help="date à laquelle la personne a donné son accord (obligatoire)",
    )
    create.add_argument("--nom", default="")
    create.add_argument("--prenom", default="")
    create.add_argument("--telephone", default="")
    create.add_argument("--courriel", default="")
    create.add_argument(
        "--besoin",
        action="append",
        metavar="BESOIN",
        help="un besoin (code de thématique ou texte court, ex. « poste adapté ») ; "
        "répétable. La santé s'écrit comme un besoin, jamais comme un diagnostic",
    )
    create.add_argument("--notes", default="")
    create.add_argument(
        "--parcours",
        type=Path,
        metavar="PARCOURS.json",
        help="le parcours (même JSON que pour la fiche)",
    )
    create.add_argument(
        "--dernier-contact",
        dest="dernier_contact",
        type=_day,
        metavar="AAAA-MM-JJ",
        help="date du dernier contact (par défaut : aujourd'hui)",
    )

    listing = command("lister", _list, "lister les dossiers")
    listing.add_argument("--json", action="store_true", help="résultat en JSON")
    show = command("voir", _show, "afficher un dossier (la consultation est journalisée)")
    show.add_argument("id", metavar="IDENTIFIANT")
    show.add_argument("--json", action="store_true", help="résultat en JSON")
    contact = command("contact", _contact, "noter un nouveau contact (repousse l'effacement)")
    contact.add_argument("id", metavar="IDENTIFIANT")
    contact.add_argument("--date", type=_day, metavar="AAAA-MM-JJ", help="par défaut : aujourd'hui")
    export = command("exporter", _export, "exporter un dossier pour la personne (JSON ou PDF)")
    export.add_argument("id", metavar="IDENTIFIANT")
    export.add_argument("file", metavar="FICHIER", type=Path, help="fichier .json ou .pdf")
    erase = command("effacer", _erase, "effacer un dossier à la demande de la personne")
    erase.add_argument("id", metavar="IDENTIFIANT")
    erase.add_argument("--oui", action="store_true", help="ne pas demander de confirmation")
    command(
        "changer-phrase",
        _change_passphrase,
        "changer la phrase secrète (tous les dossiers sont chiffrés à nouveau)",
    )
    command(
        "purger",
        _purge,
        "effacer les dossiers dont le dernier contact a plus de 24 mois",
        unlock=False,
    )
    journal = command(
        "journal",
        _journal,
        "afficher le journal des accès (sans données personnelles)",
        unlock=False,
    )
    journal.add_argument("id", metavar="IDENTIFIANT", nargs="?", help="un seul dossier")
    journal.add_argument("--json", action="store_true", help="résultat en JSON")


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_visits(subparsers)
    _register_followups(subparsers)
