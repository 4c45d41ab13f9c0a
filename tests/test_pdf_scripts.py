"""Every name printable: CJK and Arabic in their fonts, Arabic shaped, the rest as "�".

The PDFs are read back with poppler's ``pdftotext`` (default mode, which puts right-to-left
runs back in logical order; ``-raw`` keeps the words of a right-to-left phrase in drawing
order) and rendered with ``pdftoppm``; both come with poppler-utils, which CI installs.
"""

from __future__ import annotations

import re
import subprocess
from datetime import time
from pathlib import Path

import pytest
from day_helpers import confirmed_session, ente, sign_up
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.exports import pdf_scripts
from exchange_desktop.exports.pdf_base import (
    FONT,
    FONT_BOLD,
    FONT_FACES,
    bold,
    make_styles,
    markup,
    para,
    register_fonts,
)
from exchange_desktop.exports.pdf_pages import DocumentInfo, SignatureLine, write_pdf
from exchange_desktop.exports.pdf_scripts import (
    ARABIC_FONT,
    ARABIC_FONT_BOLD,
    CJK_FONT,
    REPLACEMENT,
    Run,
    load_font,
    runs,
    text_width,
    visual,
)
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.day_documents import (
    export_certificates,
    export_signin_sheet,
)
from exchange_desktop.storage.database import Database

CHINESE = "王小明"
ARABIC = "محمد"
ARABIC_FULL = "محمد علي"
ABDULLAH = "عبد الله"  # "الله" is drawn as one ligature glyph
LATIN = "Zoë <b>&"
EMOJI = "🎉"
ITALIAN = (
    "Il presente foglio raccoglie le firme dei partecipanti all'attività di scambio di buone "
    "pratiche tra Comuni, con i nomi scritti come li hanno dati le persone iscritte. "
) * 3
#: What pdftotext wraps right-to-left runs in (embeddings, marks): not part of the text.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e]")


def pdftotext(path: Path, *options: str) -> str:
    """The PDF's text as poppler reads it, without its direction controls, spaces collapsed."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        check=True,
        capture_output=True,
    )
    return " ".join(_BIDI_CONTROLS.sub("", result.stdout.decode("utf-8")).split())


def embedded_fonts(path: Path) -> set[str]:
    """The fonts embedded in the PDF (a FontFile2 stream), without the subset prefix."""
    fonts: set[str] = set()
    for page in PdfReader(path).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            if "/FontFile2" in font["/FontDescriptor"].get_object():
                fonts.add(str(font["/BaseFont"]).split("+")[-1])
    return fonts


# --- runs ---------------------------------------------------------------------------------


def test_latin_is_one_run_in_the_base_font() -> None:
    register_fonts()
    assert runs(LATIN, FONT_FACES) == [Run(None, LATIN)]
    assert runs("", FONT_FACES) == []
    assert markup(LATIN) == "Zoë &lt;b&gt;&amp;"


def test_chinese_goes_to_the_cjk_font_and_spaces_stay_with_it() -> None:
    register_fonts()
    assert runs(f"Sig. {CHINESE} 小明", FONT_FACES) == [
        Run(None, "Sig. "),
        Run(CJK_FONT, f"{CHINESE} 小明"),
    ]
    assert markup(CHINESE) == f'<font name="{CJK_FONT}">{CHINESE}</font>'


def test_arabic_is_shaped_and_reversed_for_drawing() -> None:
    register_fonts()
    shaped = visual(ARABIC)
    # meem initial, hah medial, meem medial, dal final: drawn from the right
    assert shaped == "\ufeaa\ufee4\ufea4\ufee3"
    assert runs(ARABIC, FONT_FACES) == [Run(ARABIC_FONT, shaped)]
    assert bold(ARABIC) == f'<b><font name="{ARABIC_FONT_BOLD}">{shaped}</font></b>'
    assert visual(LATIN) == LATIN
    # an Italian line with an Arabic name: the words of the name right to left, inside it
    assert visual(f"Sig. {ARABIC_FULL}") == "Sig. " + visual("علي") + " " + shaped


def test_what_no_font_has_is_one_replacement_character() -> None:
    register_fonts()
    assert all(ord(REPLACEMENT) in pdfmetrics.getFont(f).face.charToGlyph for f in FONT_FACES)
    assert runs(f"Luca {EMOJI}!", FONT_FACES) == [Run(None, f"Luca {REPLACEMENT}!")]
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji sequence, one mark
    assert runs(f"{family} x", FONT_FACES) == [Run(None, f"{REPLACEMENT} x")]
    assert runs(f"{ARABIC}\ud800", FONT_FACES) == [  # a lone surrogate
        Run(ARABIC_FONT, visual(ARABIC)),
        Run(None, REPLACEMENT),
    ]
    assert runs(f"a{EMOJI} {EMOJI}b", FONT_FACES) == [Run(None, f"a{REPLACEMENT} {REPLACEMENT}b")]


def test_canvas_width_counts_each_run_in_its_font() -> None:
    register_fonts()
    expected = pdfmetrics.stringWidth("Sig. ", FONT, 8) + pdfmetrics.stringWidth(
        CHINESE, CJK_FONT, 8
    )
    assert text_width(f"Sig. {CHINESE}", FONT, 8) == pytest.approx(expected)
    assert text_width(ARABIC, FONT_BOLD, 8) == pytest.approx(
        pdfmetrics.stringWidth(visual(ARABIC), ARABIC_FONT_BOLD, 8)
    )


def test_a_missing_font_file_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pdf_scripts, "resource_path", tmp_path.joinpath)
    with pytest.raises(DomainError, match="reinstallare il programma"):
        load_font("Assente", "Assente.ttf")


# --- whole documents ----------------------------------------------------------------------


@pytest.fixture
def names_pdf(tmp_path: Path) -> Path:
    """Every name in a body paragraph, in bold, in a bold style, on a canvas and in the footer.

    The page is mostly Italian, as every document of the program: pdftotext takes the
    direction of a page from the most of its letters, and an Arabic page would be read
    right to left as a whole (the Latin lines then come out reversed).
    """
    styles = make_styles()
    names = [CHINESE, ARABIC, ARABIC_FULL, ABDULLAH, LATIN, f"Luca {EMOJI}"]
    story: list[object] = [para(ITALIAN, styles.body)]
    for name in names:
        story += [
            para(name, styles.body),
            Paragraph(bold(name), styles.body),
            para(name, styles.title),
        ]
    story.append(SignatureLine(f"Firma {ARABIC} {CHINESE}", 300))
    path = tmp_path / "nomi.pdf"
    write_pdf(path, story, DocumentInfo(ARABIC, "Nomi", CHINESE, f"Piè {CHINESE} {ARABIC}"))
    return path


def test_the_text_layer_reads_back_in_logical_order(names_pdf: Path) -> None:
    text = pdftotext(names_pdf)
    for name in (CHINESE, ARABIC, ARABIC_FULL, ABDULLAH, LATIN, f"Luca {REPLACEMENT}"):
        assert text.count(name) >= 3, name
    # pdftotext moves the space beside an Arabic word inside the word's embedding
    assert re.search(f"Firma ?{ARABIC} ?{CHINESE}", text)
    assert re.search(f"Piè ?{CHINESE} ?{ARABIC}", text)
    assert "\ufee3" not in text  # the letters, not the contextual forms drawn
    # -raw reads single words right too; it keeps a phrase's words in drawing order
    raw = pdftotext(names_pdf, "-raw")
    assert ARABIC in raw
    assert CHINESE in raw


def test_the_fallback_fonts_are_embedded(names_pdf: Path) -> None:
    fonts = embedded_fonts(names_pdf)
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"} <= fonts
    assert {"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= fonts


def test_the_pages_render(names_pdf: Path, tmp_path: Path) -> None:
    """The PNG is for a human to look at; here only that poppler renders the page."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", str(names_pdf), str(tmp_path / "nomi")], check=True
    )
    assert (tmp_path / "nomi-1.png").stat().st_size > 0


def test_the_sign_in_sheet_prints_chinese_and_arabic_names(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, [("王", "小明"), (ARABIC, "علي")], ente(db, "مدينة 北京"))
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf")
    text = pdftotext(path)
    assert "王 小明" in text
    # Bold surname and name are two texts drawn left to right (surname first, as for every
    # row); pdftotext joins adjacent Arabic words into one right-to-left run: name first.
    assert f"علي {ARABIC}" in text
    assert re.search("مدينة ?北京", text)
    fonts = embedded_fonts(path)
    assert {"DroidSansFallback", "NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= fonts


def test_the_certificates_print_chinese_and_arabic_names(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    ids = sign_up(db, session_id, [("王", "小明"), ("علي", ARABIC)], ente(db, "Comune di Lissone"))
    for registration_id in ids:
        attendance_service.set_attendance(db, registration_id, True, time(9, 30), time(13, 0))
    path = export_certificates(db, session_id, tmp_path / "attestati.pdf")
    assert len(PdfReader(path).pages) == 2
    text = pdftotext(path)
    assert "小明 王" in text  # name then surname, as on every certificate
    assert ARABIC_FULL in text
    # the name is bold on a certificate, in Arabic too
    assert {"DroidSansFallback", "NotoSansArabic-Bold"} <= embedded_fonts(path)
