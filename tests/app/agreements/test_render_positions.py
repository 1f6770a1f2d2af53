"""Agreement PDFs read back by position (pypdfium2's text boxes and path objects): an empty
field's rule runs below its whole label, and no heading stands alone at the foot of a page."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from app.agreements.document import (
    AgreementDocument,
    Block,
    FieldValue,
    GoalRow,
    GoalTable,
    PlainTable,
    ScaleBlock,
    ScaleStep,
    Signature,
    SignatureBlock,
    TextBlock,
)
from app.agreements.render_pdf import MARGIN_BOTTOM, MARGIN_LEFT, render_pdf

LONG_LABEL = "Navn på leder for tjenesteområdet og stedfortreder i perioden"
HEADINGS = ("Innledning", "Underskrifter")
FILLER = "Enheten skal levere tjenester av god kvalitet innenfor rammen, og lederen følger opp. "


def _document(paragraphs: int, extra_words: int = 0) -> AgreementDocument:
    text = "\n\n".join([FILLER * 5] * paragraphs + ([" ".join(["ord"] * extra_words)] if extra_words else []))
    blocks = [
        TextBlock("intro", "Innledning", text, [FieldValue(LONG_LABEL, ""), FieldValue("Dato", "")]),
        SignatureBlock("Underskrifter", "Avtalen gjelder for perioden over.", "Sted", "Dato", "",
                       [Signature("Leder", "Kari Nordmann", "Rektor"),
                        Signature("Nærmeste overordnede", "Ola Nordmann", "Kommunalsjef")]),
    ]
    return AgreementDocument("nb", "Lindvik kommune", "Resultatavtale 2026", "Brekka skole",
                             "01.01.2026–31.12.2026", blocks)


def _text_boxes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float, str]]:
    """(left, bottom, right, top, text) of each text run on the page."""
    textpage = page.get_textpage()
    boxes = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        boxes.append((left, bottom, right, top, textpage.get_text_bounded(left, bottom, right, top).strip()))
    return boxes


def _rules(page: pdfium.PdfPage) -> list[tuple[float, float, float]]:
    """(left, right, y) of the horizontal lines drawn on the page."""
    found = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom < 1.5 and right - left > 50:
            found.append((left, right, (top + bottom) / 2))
    return found


def test_the_rule_of_an_empty_field_runs_below_its_wrapped_label() -> None:
    pdf = pdfium.PdfDocument(render_pdf(_document(1)))
    page = pdf[0]
    boxes = _text_boxes(page)
    label_column = MARGIN_LEFT + 55 * 2.8346
    label = [b for b in boxes if b[0] < label_column and b[4] and b[4] in LONG_LABEL]
    assert len(label) >= 2, label  # the label wraps
    top, bottom = max(b[3] for b in label), min(b[1] for b in label)
    rules = [r for r in _rules(page) if r[0] <= MARGIN_LEFT + 1]
    assert rules
    # No rule runs through the label; the one under it is below its last line.
    assert not [r for r in rules if bottom - 0.5 < r[2] < top]
    assert any(r[2] <= bottom for r in rules)


@pytest.mark.parametrize("paragraphs", range(4, 10))
def test_no_heading_is_left_alone_at_the_foot_of_a_page(paragraphs: int) -> None:
    # Text of every length from one paragraph to the next: the signatures' heading meets the
    # foot of the page at every height.
    for extra in range(0, 60, 6):
        pdf = pdfium.PdfDocument(render_pdf(_document(paragraphs, extra)))
        for number in range(len(pdf)):
            body = [b for b in _text_boxes(pdf[number]) if b[1] > MARGIN_BOTTOM - 1 and b[4]]
            for heading in (b for b in body if b[4] in HEADINGS):
                below = [b for b in body if b[3] < heading[1]]
                assert below, f"«{heading[4]}» alone at the foot of page {number + 1} ({paragraphs}, {extra})"


def _every_block(paragraphs: int, extra_words: int) -> AgreementDocument:
    text = "\n\n".join([FILLER * 5] * paragraphs + ([" ".join(["ord"] * extra_words)] if extra_words else []))
    rows = [GoalRow(str(i), [f"Mål {i}. {FILLER}", "Indikator", "Evaluering"]) for i in range(1, 4)]
    blocks: list[Block] = [
        TextBlock("intro", "Innledning", text),
        GoalTable("fag", "Faglige krav", ["Mål", "Indikator", "Evaluering"], rows, intro="Målene for året."),
        PlainTable("tiltak", "Tiltak", ["Tiltak", "Frist"], [["Kurs for alle ansatte", "01.03.2026"]],
                   text="Tiltakene i perioden."),
        ScaleBlock("Vurderingsskala", "Skalaen som brukes.", [ScaleStep(1, "liten grad", "forbedres"),
                                                             ScaleStep(2, "noen grad", "videreføres")]),
        SignatureBlock("Underskrifter", "Avtalen gjelder for perioden.", "Sted", "Dato", "",
                       [Signature("Leder", "Kari Nordmann", "Rektor")]),
    ]
    return AgreementDocument("nb", "Lindvik kommune", "Resultatavtale 2026", "Brekka skole",
                             "01.01.2026–31.12.2026", blocks)


def test_no_heading_of_any_block_is_left_alone_at_the_foot_of_a_page() -> None:
    headings = ("Innledning", "Faglige krav", "Tiltak", "Vurderingsskala", "Underskrifter")
    for paragraphs in range(0, 14):
        for extra in (0, 30, 60):
            pdf = pdfium.PdfDocument(render_pdf(_every_block(paragraphs, extra)))
            for number in range(len(pdf)):
                body = [b for b in _text_boxes(pdf[number]) if b[1] > MARGIN_BOTTOM - 1 and b[4]]
                for heading in (b for b in body if b[4] in headings):
                    assert [b for b in body if b[3] < heading[1]], (
                        f"«{heading[4]}» alone at the foot of page {number + 1} ({paragraphs}, {extra})")
