"""The PDF itself, read back with pypdf: elements, fonts, sizes, page breaks, languages."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.core.pathway import Pathway, PathwayStep, make_sheet_pdf
from app.core.pathway.arabic import shape, visual
from tests.core.pathway_data import TODAY, add_catalogue, one_step, service_row, structure_row

NB = "\u00a0"


def render(db, pathway, **options) -> PdfReader:
    options.setdefault("today", TODAY)
    buffer = io.BytesIO()
    pages = make_sheet_pdf(db, pathway, buffer, **options)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == pages
    return reader


def texts(reader: PdfReader) -> list[str]:
    return [page.extract_text().replace(NB, " ") for page in reader.pages]


def all_text(reader: PdfReader) -> str:
    return re.sub(r"\s+", " ", " ".join(texts(reader)))


def font_sizes(reader: PdfReader) -> set[float]:
    sizes = set()
    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                sizes.add(float(operands[1]))
    return sizes


def _to_unicode(font) -> dict[int, str]:
    """Code → text of a ReportLab subset font (its ToUnicode map is a list of bfchar)."""
    data = font["/ToUnicode"].get_data().decode("latin-1")
    return {
        int(code, 16): bytes.fromhex(text).decode("utf-16-be")
        for code, text in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]+)>", data)
        if len(text) % 4 == 0
    }


def drawn_text(reader: PdfReader) -> str:
    """The characters in the order they are drawn (left to right), one text operator a line;
    unlike extract_text, no reordering of right-to-left text."""
    out = []
    for page in reader.pages:
        maps = {
            name: _to_unicode(font.get_object())
            for name, font in page["/Resources"]["/Font"].items()
        }
        current: dict[int, str] = {}
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = maps[operands[0]]
            elif operator in (b"Tj", b"TJ"):
                strings = operands[0] if operator == b"TJ" else [operands[0]]
                for item in strings:
                    if isinstance(item, (int, float)):
                        continue
                    raw = getattr(item, "original_bytes", None) or bytes(item)
                    out.append("".join(current.get(byte, "?") for byte in raw))
                out.append("\n")
    return "".join(out)


def fonts_used(reader: PdfReader) -> dict[str, dict]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


@pytest.fixture
def catalogue_db(db):
    add_catalogue(
        db,
        [structure_row()],
        [
            service_row(),
            service_row(
                "sv-2", nom="Permanence RSA", type="accompagnement", lien_source=None, documents=[]
            ),
        ],
    )
    return db


def full_pathway() -> Pathway:
    return Pathway(
        steps=[
            PathwayStep("sv-1", datetime(2026, 12, 3, 9, 30), "Venir avec un stylo."),
            PathwayStep("sv-2"),
        ],
        prochain_rdv=datetime(2026, 12, 10, 14, 0),
        conseiller="Camille Fictive, 04 65 71 00 99",
    )


def test_every_required_element_is_printed(catalogue_db):
    text = all_text(render(catalogue_db, full_pathway(), first_name="Samira"))
    for expected in [
        "Maison des compétences — Nîmes Métropole",
        "Ma fiche de parcours",
        "Fiche préparée pour Samira",
        "Date : jeudi 26 novembre 2026",
        "Mes étapes",
        "Étape 1 : Atelier CV",
        "C'est un atelier en groupe, proposé par Association Fictive des Arènes.",
        "Mon rendez-vous : jeudi 3 décembre 2026 à 9 h 30",
        "Où ?",
        "12 rue Imaginaire, Bâtiment B",
        "30000 Nîmes",
        "Arrêt de bus Tango le plus proche : ESPLANADE T2",
        "Quand ?",
        "Du lundi au vendredi",
        "Fermé les jours fériés",
        "Téléphone : 04 65 71 00 01",
        "Ce que j'apporte",
        "Pièce d'identité",
        "Ce que je dis en arrivant",
        "je m'appelle Samira. Je viens de la part de la Maison des compétences",
        "Prix : Gratuit.",
        "Le mot de mon conseiller : Venir avec un stylo.",
        "Mots à comprendre",
        "CAF : caisse d'allocations familiales",
        "Sur internet : www.example.org/services/atelier-cv",
        "Scannez pour voir le site.",
        "Étape 2 : Permanence RSA",
        "RSA : revenu de solidarité active",
        "Scannez pour appeler.",
        "À retenir",
        "Mon contact à la Maison des compétences : Camille Fictive, 04 65 71 00 99",
        "Mon prochain rendez-vous à la Maison des compétences : jeudi 10 décembre 2026 à 14 h",
        "Cette fiche est à vous. La Maison des compétences n'a pas gardé votre nom.",
    ]:
        assert expected in text, expected
    assert "☐" not in text  # the checkboxes are drawn, not a glyph


def test_page_numbers_say_page_n_of_total(catalogue_db):
    pages = texts(render(catalogue_db, full_pathway()))
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page


def test_first_name_only_when_given(catalogue_db):
    text = all_text(render(catalogue_db, full_pathway()))
    assert "Fiche préparée pour" not in text and "m'appelle" not in text


def test_fonts_are_embedded_truetype_and_nothing_else(catalogue_db):
    fonts = fonts_used(render(catalogue_db, full_pathway()))
    names = {name.split("+")[-1] for name in fonts}
    assert names == {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"}
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"]  # the TrueType program is in the file


def test_font_sizes_normal_and_large(catalogue_db):
    normal = font_sizes(render(catalogue_db, full_pathway()))
    assert min(normal) >= 14 and max(normal) >= 18
    large_reader = render(catalogue_db, full_pathway(), large=True)
    large = font_sizes(large_reader)
    assert min(large) >= 18
    assert len(large_reader.pages) >= len(render(catalogue_db, full_pathway()).pages)


@pytest.mark.parametrize("large", [False, True])
def test_lines_hold_at_most_70_characters(catalogue_db, large):
    for page in texts(render(catalogue_db, full_pathway(), large=large, first_name="Samira")):
        for line in page.splitlines():
            assert len(line.strip()) <= 70, line


def test_ten_step_pathway_never_splits_a_step(db):
    structures = [structure_row(f"st-{i}", nom=f"Structure fictive {i}") for i in range(10)]
    services = [
        service_row(
            f"sv-{i}",
            f"st-{i}",
            nom=f"Service fictif numéro {i}",
            documents=["Pièce d'identité", "Justificatif de domicile", "CV"],
        )
        for i in range(10)
    ]
    add_catalogue(db, structures, services)
    start = datetime(2026, 12, 1, 9, 0)
    pathway = Pathway(
        [
            PathwayStep(f"sv-{i}", start + timedelta(days=i), f"Note de l'étape {i + 1}.")
            for i in range(10)
        ],
        prochain_rdv=start + timedelta(days=20),
    )
    pages = [re.sub(r"\s+", " ", page) for page in texts(render(db, pathway))]
    assert len(pages) > 3
    assert all("(suite)" not in page for page in pages)  # no step goes on to another page
    for number in range(1, 11):
        start_pages = [i for i, page in enumerate(pages) if f"Étape {number} : " in page]
        end_pages = [i for i, page in enumerate(pages) if f"Note de l'étape {number}." in page]
        assert len(start_pages) == 1 and start_pages == end_pages, number
        # the whole block is on that page: title, address, hours, documents, QR caption
        page = pages[start_pages[0]]
        assert page.count("Ce que je dis en arrivant") >= 1
        assert f"Structure fictive {number - 1}" in page


def test_english_labels(catalogue_db):
    text = all_text(render(catalogue_db, full_pathway(), lang="en"))
    for expected in [
        "My pathway sheet",
        "Step 1: Atelier CV",
        "Where?",
        "When?",
        "My appointment: Thursday 3 December 2026 at 9:30",
        "In French: jeudi 3 décembre 2026 à 9 h 30",
        "What I bring",
        "Phone: 04 65 71 00 01",
        "Page 1 of",
        "This sheet is yours. The Maison des compétences has not kept your name.",
    ]:
        assert expected in text, expected
    assert "Du lundi au vendredi" in text  # the services' texts stay in French


def test_spanish_labels(catalogue_db):
    text = all_text(render(catalogue_db, full_pathway(), lang="es"))
    for expected in [
        "Mi hoja de recorrido",
        "Paso 1: Atelier CV",
        "¿Dónde?",
        "¿Cuándo?",
        "Mi cita: jueves 3 de diciembre de 2026 a las 9:30",
        "Página 1 de",
    ]:
        assert expected in text, expected


def test_arabic_is_shaped_ordered_and_embedded(catalogue_db):
    reader = render(catalogue_db, full_pathway(), lang="ar")
    text = drawn_text(reader)
    # "الصفحة" (page) as drawn, left to right: final taa marbuta, medial haa, medial faa,
    # medial saad, initial lam, isolated alef
    assert "\ufe94\ufea4\ufed4\ufebc\ufedf\ufe8d" in text
    for word in ["أين؟", "متى؟", "ما أحمله معي", "للتذكر"]:
        assert visual(shape(word)) in text, word
    assert "Du lundi au vendredi" in text
    names = {name.split("+")[-1] for name in fonts_used(reader)}
    assert {"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= names
    for font in fonts_used(reader).values():
        assert "/FontFile2" in font["/FontDescriptor"]


def test_brackets_in_arabic_face_the_right_way():
    # "(بالفرنسية)" in right-to-left text: the glyph drawn on the right is ")"'s mirror "("
    assert visual("ما (بالفرنسية)") == "(ةيسنرفلاب) ام"
    assert visual("لـ (Samira)") == "(Samira) ـل"


def test_qr_code_is_drawn_as_squares(catalogue_db):
    from app.core.pathway.flowables import qr_matrix

    reader = render(catalogue_db, one_step())
    rectangles = sum(
        1
        for page in reader.pages
        for _, operator in ContentStream(page.get_contents(), reader).operations
        if operator == b"re"
    )
    dark_runs = sum(
        len(re.findall(r"1+", "".join("1" if cell else "0" for cell in row)))
        for row in qr_matrix("https://www.example.org/services/atelier-cv")
    )
    assert rectangles >= dark_runs > 50


def test_render_to_a_path_writes_a_pdf(catalogue_db, tmp_path):
    target = tmp_path / "fiche.pdf"
    pages = make_sheet_pdf(catalogue_db, full_pathway(), target, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF") and pages >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["fiche.pdf"]  # no temporary file left


def test_a_step_longer_than_a_page_goes_on_with_a_continued_line(db):
    documents = [f"Document fictif numéro {i}" for i in range(1, 31)]
    add_catalogue(db, [structure_row()], [service_row(documents=documents)])
    pages = texts(render(db, one_step(), large=True))
    continued = [i for i, page in enumerate(pages) if "Étape 1 (suite)" in page]
    assert continued and continued[0] > 0
    assert "Étape 1 : Atelier CV" in pages[continued[0] - 1]
    # a section is not cut from its heading: the checklist starts under "Ce que j'apporte"
    heading = next(i for i, page in enumerate(pages) if "Ce que j'apporte" in page)
    assert "Document fictif numéro 1\n" in pages[heading] or "numéro 1 " in pages[heading]


def test_fonts_cover_every_french_and_spanish_character():
    from app.core.pathway import fonts

    fonts.register_fonts()
    letters = "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ" + "ñÑáíóúÁÍÓÚ¡¿"
    signs = "«»’‘“”€–—…°\u00a0:;!?()/'-0123456789"
    for font in (fonts.LATIN, fonts.LATIN_BOLD):
        assert [c for c in letters + signs if not fonts.has_glyph(font, c)] == []
    for font in (fonts.ARABIC, fonts.ARABIC_BOLD):  # the shaped forms used by the labels
        assert all(fonts.has_glyph(font, chr(code)) for code in range(0xFE80, 0xFEF5))


def test_characters_the_font_lacks_are_left_out(db):
    add_catalogue(db, [structure_row()], [service_row(nom="Atelier CV ✨ 🚀", documents=[])])
    text = all_text(render(db, one_step()))
    assert "Étape 1 : Atelier CV" in text
    assert "✨" not in text and "🚀" not in text


def test_an_arabic_first_name_on_a_french_sheet(catalogue_db):
    reader = render(catalogue_db, full_pathway(), first_name="سميرة")
    drawn = drawn_text(reader)
    assert visual(shape("سميرة")) in drawn  # shaped, in display order
    assert "Fiche préparée pour" in drawn
    names = {name.split("+")[-1] for name in fonts_used(reader)}
    assert "NotoSansArabic-Bold" in names  # the header line is bold
