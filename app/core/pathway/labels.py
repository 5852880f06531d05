"""The sheet's fixed labels and headings, in French, English, Spanish and Arabic.

Only the sheet's own words are translated: the services' texts (names, addresses, hours,
documents, "Ce que je dis en arrivant") stay in French, because the visitor shows them to
French-speaking staff. Dates are written in words in the sheet's language (``dates.py``).
Arabic is written right to left (``is_rtl``). French typography puts a no-break space (U+00A0)
before ":" and "?"; the fonts have no U+202F, so it is never used.
"""

from __future__ import annotations

from app.core.errors import UserError

#: Languages of the sheet, with their French names (for the window and the command line).
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "Anglais", "es": "Espagnol", "ar": "Arabe"}

_NB = "\u00a0"

_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "sheet_title": "Ma fiche de parcours",
        "prepared_for": "Fiche préparée pour {name}",
        "date": f"Date{_NB}: {{date}}",
        "intro": "Voici les étapes de mon parcours, dans l'ordre.",
        "summary": "Mes étapes",
        "intro_french": "",
        "step": "Étape {n}",
        "step_continued": "Étape {n} (suite)",
        "appointment": "Mon rendez-vous",
        "in_french": "En français",
        "where": f"Où{_NB}?",
        "when": f"Quand{_NB}?",
        "phone": "Téléphone",
        "documents": "Ce que j'apporte",
        "arrival": "Ce que je dis en arrivant",
        "cost": "Prix",
        "note": "Le mot de mon conseiller",
        "words": "Mots à comprendre",
        "qr_web": "Scannez pour voir le site.",
        "qr_phone": "Scannez pour appeler.",
        "web": "Sur internet",
        "remember": "À retenir",
        "counsellor": "Mon contact à la Maison des compétences",
        "next_appointment": "Mon prochain rendez-vous à la Maison des compétences",
        "privacy": "Cette fiche est à vous. La Maison des compétences n'a pas gardé votre nom.",
        "sample": "Fiche d'exemple : les services et les adresses de cette fiche sont inventés. "
        "Ne vous déplacez pas.",
        "page": "Page {n} sur {total}",
    },
    "en": {
        "sheet_title": "My pathway sheet",
        "prepared_for": "Prepared for {name}",
        "date": "Date: {date}",
        "intro": "Here are the steps of my pathway, in order.",
        "summary": "My steps",
        "intro_french": "The details of each place are in French, so that I can show them.",
        "step": "Step {n}",
        "step_continued": "Step {n} (continued)",
        "appointment": "My appointment",
        "in_french": "In French",
        "where": "Where?",
        "when": "When?",
        "phone": "Phone",
        "documents": "What I bring",
        "arrival": "What I say when I arrive (in French)",
        "cost": "Cost",
        "note": "A word from my adviser",
        "words": "Words to understand",
        "qr_web": "Scan to see the web page.",
        "qr_phone": "Scan to call.",
        "web": "On the internet",
        "remember": "To remember",
        "counsellor": "My contact at the Maison des compétences",
        "next_appointment": "My next appointment at the Maison des compétences",
        "privacy": "This sheet is yours. The Maison des compétences has not kept your name.",
        "sample": "Sample sheet: the services and addresses on this sheet are made up. "
        "Do not go there.",
        "page": "Page {n} of {total}",
    },
    "es": {
        "sheet_title": "Mi hoja de recorrido",
        "prepared_for": "Preparada para {name}",
        "date": "Fecha: {date}",
        "intro": "Estos son los pasos de mi recorrido, en orden.",
        "summary": "Mis pasos",
        "intro_french": "La información de cada lugar está en francés, para poder enseñarla.",
        "step": "Paso {n}",
        "step_continued": "Paso {n} (continuación)",
        "appointment": "Mi cita",
        "in_french": "En francés",
        "where": "¿Dónde?",
        "when": "¿Cuándo?",
        "phone": "Teléfono",
        "documents": "Lo que llevo",
        "arrival": "Lo que digo al llegar (en francés)",
        "cost": "Precio",
        "note": "Nota de mi asesor",
        "words": "Palabras que hay que entender",
        "qr_web": "Escanee para ver la página.",
        "qr_phone": "Escanee para llamar.",
        "web": "En internet",
        "remember": "Para recordar",
        "counsellor": "Mi contacto en la Maison des compétences",
        "next_appointment": "Mi próxima cita en la Maison des compétences",
        "privacy": "Esta hoja es suya. La Maison des compétences no ha guardado su nombre.",
        "sample": "Hoja de ejemplo: los servicios y las direcciones de esta hoja son inventados. "
        "No se desplace.",
        "page": "Página {n} de {total}",
    },
    "ar": {
        "sheet_title": "ورقة مساري",
        "prepared_for": "الاسم: {name}",
        "date": "التاريخ: {date}",
        "intro": "هذه خطوات مساري، بالترتيب.",
        "summary": "خطواتي",
        "intro_french": "المعلومات عن كل مكان مكتوبة بالفرنسية، لكي أعرضها على الموظفين.",
        "step": "الخطوة {n}",
        "step_continued": "الخطوة {n} (تابع)",
        "appointment": "موعدي",
        "in_french": "بالفرنسية",
        "where": "أين؟",
        "when": "متى؟",
        "phone": "الهاتف",
        "documents": "ما أحمله معي",
        "arrival": "ما أقوله عند الوصول (بالفرنسية)",
        "cost": "السعر",
        "note": "كلمة من مستشاري",
        "words": "كلمات للفهم",
        "qr_web": "امسح الرمز لفتح الموقع.",
        "qr_phone": "امسح الرمز للاتصال.",
        "web": "على الإنترنت",
        "remember": "للتذكر",
        "counsellor": "الشخص المسؤول عني في Maison des compétences",
        "next_appointment": "موعدي القادم في Maison des compétences",
        "privacy": "هذه الورقة لك. لم تحتفظ Maison des compétences باسمك.",
        "sample": "ورقة نموذجية: الخدمات والعناوين في هذه الورقة غير حقيقية. لا تذهب إليها.",
        "page": "الصفحة {n} من {total}",
    },
}

_RTL = frozenset({"ar"})


def check_language(lang: str) -> str:
    """The language code if the sheet speaks it, else a ``UserError`` in French."""
    if lang not in _LABELS:
        choices = ", ".join(f"{code} ({name.lower()})" for code, name in LANGUAGES.items())
        raise UserError(f"Langue de la fiche inconnue : « {lang} ». Langues possibles : {choices}.")
    return lang


def label(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, with ``{name}``-style values filled in."""
    return _LABELS[check_language(lang)][key].format(**values)


def is_rtl(lang: str) -> bool:
    """Whether the language is written right to left."""
    return lang in _RTL


def label_keys() -> frozenset[str]:
    return frozenset(_LABELS["fr"])
