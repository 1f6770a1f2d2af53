"""An agreement as a document: what the PDF, the DOCX and the preview all print.

``app.agreements.builder.build_document`` fills it from the database and the agreement's
template; the renderers (``render_pdf``, ``render_docx``) only lay it out. Every text in it
is final: already in the template's language (bokmål or nynorsk), already formatted
(dates as dd.mm.yyyy, names in full).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FieldValue:
    label: str
    value: str  # may contain newlines (multi-line fields)


@dataclass
class TextBlock:
    """A section of fixed text with the filled-in fields below it."""

    key: str
    title: str
    text: str  # the template's fixed text, paragraphs separated by blank lines
    fields: list[FieldValue] = field(default_factory=list)


@dataclass
class GoalRow:
    number: str  # «1», «2», … within the category
    cells: list[str]  # one per column of the goal table, in the table's column order
    sub_items: list[str] = field(default_factory=list)  # a, b, c sub-indicators / delmål
    self_assessment: str = ""  # the scale label, e.g. «stor grad»; "" when not assessed
    superior_assessment: str = ""
    self_comment: str = ""
    superior_comment: str = ""


@dataclass
class GoalTable:
    """The goals of one category (faglige krav, personlige utviklingsmål, generelle krav, …)."""

    key: str
    title: str
    columns: list[str]  # column headings, e.g. «Mål», «Indikator», «Evaluering»
    rows: list[GoalRow]
    intro: str = ""  # shown above the table (the category's hint or the section text)
    show_assessments: bool = False  # evaluated agreements print both assessments per goal


@dataclass
class PlainTable:
    """A table the user fills in: services with deadlines, the rådmann's tables A–E, …"""

    key: str
    title: str
    columns: list[str]
    rows: list[list[str]]
    text: str = ""


@dataclass
class ScaleStep:
    value: int
    label: str  # «liten grad»
    hint: str  # «forbedres»


@dataclass
class ScaleBlock:
    title: str
    text: str
    steps: list[ScaleStep]


@dataclass
class Signature:
    label: str  # «Leder», «Nærmeste overordnede»
    name: str
    title: str = ""
    signed_on: str = ""  # dd.mm.yyyy when signed, "" for a blank line to sign by hand


@dataclass
class SignatureBlock:
    title: str
    text: str
    place_label: str  # «Sted»
    date_label: str  # «Dato»
    place: str
    signatures: list[Signature]


Block = TextBlock | GoalTable | PlainTable | ScaleBlock | SignatureBlock


@dataclass
class AgreementDocument:
    language: str  # nb | nn
    municipality: str
    title: str  # «Resultatavtale 2026»
    subtitle: str  # «Haugtun skole – Elisabeth Holm»
    period: str  # «01.01.2026–31.12.2026»
    blocks: list[Block]
    marking: str = ""  # «Unntatt offentlighet, jf. offl. § 13 …»; "" when not confidential
    status: str = ""  # «Utkast», «Signert 12.02.2026», … in the document's language
    revision: int = 1
    logo_png: bytes | None = None
    evaluation_summary: str = ""
    # Fixed words of the layout in the document's language: page footer «Side {page} av
    # {pages}», «Revisjon», «Egenevaluering», «Overordnedes vurdering», «Kommentar»,
    # «Underskrift», «Oppsummering av evalueringen». Keys: page, revision, self, superior,
    # comment, signature, summary, number.
    words: dict[str, str] = field(default_factory=dict)
