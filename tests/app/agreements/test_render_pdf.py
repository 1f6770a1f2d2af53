"""The agreement PDF read back: every goal, the scale, the signatures, the marking and the pages.

The documents here are built by hand, as ``app.agreements.builder`` would build them, so the
renderer is tested on its own; ``test_batch.py`` goes through the demo database.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.agreements.document import (
    AgreementDocument,
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
from app.agreements.preview import preview_pages
from app.agreements.render_pdf import render_many_pdf, render_pdf
from app.storage.database import Database

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
MARKING = "Unntatt offentlighet, jf. offl. § 13 og fvl. § 13"

WORDS_NB = {
    "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Egenevaluering",
    "superior": "Overordnedes vurdering", "comment": "Kommentar", "signature": "Underskrift",
    "summary": "Oppsummering av evalueringen", "number": "Nr.", "place": "Sted", "date": "Dato",
}
WORDS_NN = {
    "page": "Side {page} av {pages}", "revision": "Revisjon", "self": "Eigenevaluering",
    "superior": "Vurderinga til overordna", "comment": "Kommentar", "signature": "Underskrift",
    "summary": "Oppsummering av evalueringa", "number": "Nr.", "place": "Stad", "date": "Dato",
}

# Goals written for the test: each text is unique, so finding it in the PDF proves it printed.
GOALS = {
    "faglige_krav": ("Faglige krav", "Krav til tjenestene og resultatene i enheten.", [
        ("Elevene på 5. trinn skal lese bedre enn i fjor, og andelen på laveste mestringsnivå skal ned.",
         "Andel elever på laveste mestringsnivå i lesing på nasjonale prøver.",
         "Rektor legger fram resultatene for kommunalsjefen i desember."),
        ("Skolen skal holde seg innenfor den vedtatte budsjettrammen for året.",
         "Regnskapet ved årsslutt viser et avvik på høyst én prosent.",
         "Økonomirådgiveren gjennomgår tertialrapportene sammen med rektor."),
        ("Alle lærere skal ha en plan for tilpasset opplæring i klassene sine.",
         "Planene finnes for hver klasse innen 1. oktober.",
         "Stikkprøver ved skolebesøk i oktober og november."),
        ("Foreldremøtene skal gi foreldrene et tydeligere bilde av hva barna lærer.",
         "Svarene på foreldreundersøkelsen om informasjon fra skolen.",
         "Samarbeidsutvalget drøfter resultatet på sitt første møte i januar."),
    ]),
    "personlige_utviklingsmal": ("Personlige utviklingsmål som leder", "Hva lederen vil utvikle i lederrollen.", [
        ("Gi hver medarbeider en tydelig og jevnlig tilbakemelding på arbeidet.",
         "Medarbeidersamtaler med alle fast ansatte innen utgangen av april.",
         "Egenvurdering og samtale med kommunalsjefen."),
        ("Delegere mer av den daglige driften til inspektørene.",
         "Inspektørene leder trinnmøtene uten rektor fra høsten.",
         "Drøftes i ledergruppen ved skolestart."),
        ("Bruke mer tid på pedagogisk ledelse og mindre på administrasjon.",
         "Minst to klasseromsbesøk i uken, ført i kalenderen.",
         "Rektor teller besøkene og legger tallet fram i vurderingssamtalen."),
        ("Bli tryggere på å lede krevende personalsaker.",
         "Har fullført kommunens kurs i personalledelse.",
         "Kursbevis og refleksjonsnotat sendes personalsjefen."),
    ]),
    "generelle_krav": ("Generelle krav felles for alle ledere", "Krav rådmannen stiller likt til alle ledere.", [
        ("Sykefraværet i enheten skal ned gjennom tett oppfølging av hver sykmeldt.",
         "Legemeldt sykefravær under sju prosent i snitt for året.",
         "Personalavdelingens kvartalsvise fraværsstatistikk."),
        ("Avvik skal meldes og følges opp i kvalitetssystemet uten opphold.",
         "Alle avvik er lukket innen fire uker etter at de ble meldt.",
         "Rapport fra kvalitetssystemet ved årets slutt."),
        ("Enheten skal følge delegeringsreglementet og attestasjonsrutinene.",
         "Ingen merknader fra revisjonen om attestasjon og anvisning.",
         "Revisjonens årlige gjennomgang."),
        ("Lederen skal delta aktivt i nettverket for enhetsledere.",
         "Deltar på minst åtte av ti nettverksmøter.",
         "Referatene fra nettverksmøtene."),
    ]),
}
SUB_ITEMS = ["Kartlegging i september", "Tiltak for elever under kritisk grense", "Ny kartlegging i mai"]
SCALE = [("liten grad", "forbedres"), ("tilfredsstillende", "middels"), ("stor grad", "meget bra")]
SELF_COMMENT = "Jeg mener vi nådde målet, men resultatene varierer mellom klassene."
SUPERIOR_COMMENT = "Enig i vurderingen; fortsett arbeidet med de svakeste leserne."
SUMMARY = "Rektor har nådd de fleste målene. Lesemålet videreføres til neste år."
LONG_TAIL = (" Arbeidet skal skje i samarbeid med PP-tjenesten, helsesykepleier og foreldrene, og det skal "
             "dokumenteres i elevmappene slik at neste skoleår kan bygge videre på det som er gjort.")


def all_goals() -> list[tuple[str, str, str]]:
    return [goal for _title, _hint, goals in GOALS.values() for goal in goals]


def sample_document(*, language: str = "nb", evaluated: bool = True, long_goals: int = 0,
                    marking: str = MARKING) -> AgreementDocument:
    """A realistic evaluated result agreement: 3 categories × 4 goals, a table, the scale, two signatures.

    ``long_goals`` adds that many extra long goals to the first category, to force its table
    across pages.
    """
    nn = language == "nn"
    tables = []
    for key, (title, hint, goals) in GOALS.items():
        rows = []
        for number, (text, indicator, evaluation) in enumerate(goals, start=1):
            rows.append(GoalRow(
                number=f"{len(tables) + 1}.{number}", cells=[text, indicator, evaluation],
                sub_items=SUB_ITEMS if (key == "faglige_krav" and number == 1) else [],
                self_assessment=SCALE[(number + 1) % 3][0] if evaluated else "",
                superior_assessment=SCALE[number % 3][0] if evaluated else "",
                self_comment=SELF_COMMENT if evaluated and number == 1 else "",
                superior_comment=SUPERIOR_COMMENT if evaluated and number == 1 else "",
            ))
        if key == "faglige_krav":
            for extra in range(long_goals):
                rows.append(GoalRow(
                    number=f"1.{len(rows) + 1}",
                    cells=[f"Ekstra mål nummer {extra + 1} for trinnene." + LONG_TAIL * 2,
                           f"Indikator for ekstra mål {extra + 1}." + LONG_TAIL,
                           f"Evaluering av ekstra mål {extra + 1}."],
                ))
        tables.append(GoalTable(key=key, title=title, columns=["Mål", "Indikator", "Evaluering"], rows=rows,
                                intro=hint, show_assessments=evaluated))
    heading = {"nb": ("Leder og enhet", "Prioriterte resultatkrav", "Skala for måloppnåelse", "Underskrifter"),
               "nn": ("Leiar og eining", "Prioriterte resultatkrav", "Skala for måloppnåing", "Underskrifter")}
    h = heading["nn" if nn else "nb"]
    blocks = [
        TextBlock("innehaver", h[0], "", [
            FieldValue("Leiar" if nn else "Leder", "Elisabeth Holm"),
            FieldValue("Stilling", "Rektor"),
            FieldValue("Eining" if nn else "Enhet", "Haugtun skole"),
        ]),
        TextBlock("overordnet", "Nærmaste overordna" if nn else "Nærmeste overordnede", "", [
            FieldValue("Nærmaste overordna" if nn else "Nærmeste overordnede", "Torunn Lie"),
            FieldValue("Stilling", "Kommunalsjef for oppvekst"),
        ]),
        TextBlock("innledning", "Innleiing" if nn else "Innledning",
                  "Avtalen er et arbeidsverktøy for lederen og den overordnede.\n\nResultatene vurderes samlet i "
                  "den årlige medarbeidersamtalen.", [
                      FieldValue("Gjelder fra og med", "01.01.2026"), FieldValue("Gjelder til og med", "31.12.2026"),
                      FieldValue("Merknad", ""),
                  ]),
        TextBlock("resultatkrav", h[1], "Målene er delt i tre grupper, med få mål i hver."),
        *tables,
        PlainTable("tjenester", "Tenester med fristar" if nn else "Tjenester med frister",
                   ["Tjeneste", "Frist", "Ansvarlig"],
                   [["Leksehjelp for 1.–4. trinn", "01.09.2026", "Inspektør barnetrinn"],
                    ["Skolefritidsordning med nytt innhold", "15.08.2026", "SFO-leder"]],
                   text="Tjenestene enheten skal levere i perioden."),
        ScaleBlock(h[2], "Begge vurderingene bruker en skala i tre trinn.",
                   [ScaleStep(i + 1, label, hint) for i, (label, hint) in enumerate(SCALE)]),
        SignatureBlock(h[3], "Avtalen er drøftet og inngått mellom partene.", "Stad" if nn else "Sted",
                       "Dato", "Lindvik", [
                           Signature("Leiar" if nn else "Leder", "Elisabeth Holm", "Rektor", "12.02.2026"),
                           Signature("Nærmaste overordna" if nn else "Nærmeste overordnede", "Torunn Lie",
                                     "Kommunalsjef for oppvekst", "" if nn else "14.02.2026"),
                       ]),
    ]
    return AgreementDocument(
        language=language, municipality="Lindvik kommune", title="Resultatavtale 2026",
        subtitle="Haugtun skole – Elisabeth Holm", period="01.01.2026–31.12.2026", blocks=blocks,
        marking=marking, status=("Evaluert 20.11.2026" if evaluated else "Utkast"), revision=2,
        evaluation_summary=SUMMARY if evaluated else "", words=WORDS_NN if nn else WORDS_NB,
    )


def flat(text: str) -> str:
    """Whitespace collapsed: wrapped lines in a cell read as one sentence."""
    return re.sub(r"\s+", " ", text).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_goal_indicator_and_evaluation_prints_with_scale_signatures_and_marking() -> None:
    pdf = render_pdf(sample_document())
    pages = page_texts(pdf)
    text = " ".join(pages)
    for goal, indicator, evaluation in all_goals():
        assert goal in text and indicator in text and evaluation in text
    for label, hint in SCALE:
        assert label in text and hint in text
    for item in SUB_ITEMS:  # a), b), c) under the goal
        assert item in text
    assert f"a) {SUB_ITEMS[0]}" in text and f"c) {SUB_ITEMS[2]}" in text
    # Both assessments side by side, with their comments, and the summary.
    assert "Egenevaluering:" in text and "Overordnedes vurdering:" in text
    assert SELF_COMMENT in text and SUPERIOR_COMMENT in text and SUMMARY in text
    # Signature lines: names, titles, dates and the place.
    for name in ("Elisabeth Holm", "Torunn Lie", "Kommunalsjef for oppvekst", "Dato: 12.02.2026",
                 "Dato: 14.02.2026", "Sted: Lindvik"):
        assert name in pages[-1]
    assert "Leksehjelp for 1.–4. trinn" in text  # the plain table
    # The marking and the municipality on every page, the title on page one.
    assert all(MARKING in page and "Lindvik kommune" in page for page in pages)
    assert "Resultatavtale 2026" in pages[0] and "Periode 01.01.2026–31.12.2026" in pages[0]
    assert "Evaluert 20.11.2026 · Revisjon 2" in pages[0]


def test_page_numbers_say_side_x_av_y_on_every_page() -> None:
    pdf = render_pdf(sample_document())
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {total}" in page
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Resultatavtale 2026 – Haugtun skole – Elisabeth Holm"
    assert reader.metadata.author == "Lindvik kommune"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4
    assert reader.pages[0].mediabox.height == pytest.approx(841.89, abs=0.5)


def test_a_long_goal_table_repeats_its_header_row_on_the_next_page() -> None:
    pdf = render_pdf(sample_document(evaluated=False, long_goals=10))
    pages = page_texts(pdf)
    with_extra = [i for i, page in enumerate(pages) if "Ekstra mål nummer" in page]
    assert len(with_extra) >= 2, "the professional goals should run over more than one page"
    header = "Nr. Mål Indikator Evaluering"
    for i in with_extra:
        assert header in pages[i]
    assert pages[with_extra[1]].index(header) < pages[with_extra[1]].index("Ekstra mål nummer")
    text = " ".join(pages)
    for extra in range(1, 11):  # no goal is lost at the page break
        assert f"Ekstra mål nummer {extra} for trinnene." in text
        assert f"Evaluering av ekstra mål {extra}." in text


def test_a_goal_longer_than_a_page_still_prints() -> None:
    doc = sample_document(evaluated=False)
    table = next(b for b in doc.blocks if isinstance(b, GoalTable))
    table.rows[0].cells[0] = "Et svært langt mål." + LONG_TAIL * 40
    pages = page_texts(render_pdf(doc))
    assert "Et svært langt mål." in " ".join(pages)
    assert sum("Arbeidet skal skje i samarbeid med PP-tjenesten" in page for page in pages) >= 2


def test_nynorsk_document_prints_nynorsk_headings_and_words() -> None:
    text = " ".join(page_texts(render_pdf(sample_document(language="nn"))))
    for word in ("Leiar og eining", "Nærmaste overordna", "Innleiing", "Skala for måloppnåing",
                 "Eigenevaluering:", "Vurderinga til overordna:", "Oppsummering av evalueringa", "Stad: Lindvik",
                 "Tenester med fristar"):
        assert word in text
    assert "Egenevaluering" not in text and "Sted:" not in text
    assert "Dato: ____" in text  # the superior has not signed yet: a line to write the date on


def test_without_marking_no_page_says_unntatt_offentlighet() -> None:
    text = " ".join(page_texts(render_pdf(sample_document(marking=""))))
    assert "Unntatt offentlighet" not in text and "Lindvik kommune" in text


def test_the_file_is_written_when_asked_and_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "avtale.pdf"
    data = render_pdf(sample_document(), out)
    assert out.read_bytes() == data and data.startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left beside it
    from app.errors import AppError

    with pytest.raises(AppError, match="finnes ikke"):
        render_pdf(sample_document(), tmp_path / "mangler" / "avtale.pdf")


def test_a_logo_is_drawn_in_the_header() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (20, 60, 120)).save(buffer, "PNG")
    doc = sample_document()
    doc.logo_png = buffer.getvalue()
    reader = PdfReader(io.BytesIO(render_pdf(doc)))
    assert all(len(page.images) == 1 for page in reader.pages)


def test_several_agreements_in_one_file_restart_their_page_numbers() -> None:
    first, second = sample_document(), sample_document(language="nn", evaluated=False)
    second.subtitle = "Brekka barnehage – Ola Nordmann"
    sizes = [len(PdfReader(io.BytesIO(render_pdf(d))).pages) for d in (first, second)]
    pages = page_texts(render_many_pdf([first, second]))
    assert len(pages) == sum(sizes)
    assert f"Side 1 av {sizes[0]}" in pages[0] and f"Side {sizes[0]} av {sizes[0]}" in pages[sizes[0] - 1]
    assert f"Side 1 av {sizes[1]}" in pages[sizes[0]] and "Brekka barnehage – Ola Nordmann" in pages[sizes[0]]
    assert "Leiar og eining" in pages[sizes[0]]


def test_preview_pages_are_png_images_of_each_page() -> None:
    pdf = render_pdf(sample_document())
    images = preview_pages(pdf, dpi=50)
    assert len(images) == len(PdfReader(io.BytesIO(pdf)).pages)
    width, height, png = images[0]
    assert png.startswith(b"\x89PNG")
    assert width == pytest.approx(595.28 * 50 / 72, abs=1) and height == pytest.approx(841.89 * 50 / 72, abs=1)
    from PIL import Image

    assert Image.open(io.BytesIO(png)).size == (width, height)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_screenshots_of_the_pages_for_review(demo_db: Database, tmp_path: Path) -> None:
    """PNG pages in artifacts/screenshots/ for a person to look at: two made-up agreements and
    the demo's evaluated one, built from the database."""
    from sqlalchemy import select

    from app.agreements.builder import build_document
    from db.models import Agreement, AgreementStatus

    with demo_db.session() as session:
        evaluated = session.scalar(select(Agreement.id).where(Agreement.status == AgreementStatus.EVALUATED))
        demo = build_document(session, evaluated)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("agreement-*.png"):
        old.unlink()
    for name, doc in (("nb", sample_document(long_goals=3)), ("nn", sample_document(language="nn",
                                                                                       evaluated=False)),
                      ("demo", demo)):
        pdf = tmp_path / f"{name}.pdf"
        render_pdf(doc, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(SCREENSHOTS / f"agreement-{name}")],
                       check=True)
    shots = sorted(SCREENSHOTS.glob("agreement-*.png"))
    assert len(shots) >= 7 and all(s.stat().st_size > 10_000 for s in shots)
    assert {s.name.rsplit("-", 1)[0] for s in shots} == {"agreement-nb", "agreement-nn", "agreement-demo"}
