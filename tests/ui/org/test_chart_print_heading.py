"""Walk at 1366×768: the printed org chart was headed by the window's title with the database file's
path («Styringsdialog – /tmp/walk/data2/styringsdialog.sdb»). It reads like a document: municipality –
Organisasjonskart – version – per date."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from db.models import OrgVersion
from tests.conftest import DEMO_TODAY
from ui.org import export_dialog


def test_the_printed_chart_is_headed_like_a_document(qtbot, window, demo_db, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.setWindowTitle("Styringsdialog – /tmp/walk/data2/styringsdialog.sdb")
    window.show_page("organisasjon")
    org = window.page_widgets["organisasjon"]
    asked: list[str] = []

    def capture(parent, chart, *, title: str = "", show: bool = True, **_page):  # type: ignore[no-untyped-def]
        asked.append(title)

    monkeypatch.setattr(export_dialog, "print_chart", capture)
    org.print_chart()
    assert len(asked) == 1
    heading = asked[0]
    with demo_db.session() as session:
        version = session.get(OrgVersion, org.version_id)
        expected = f"{version.municipality.name} – Organisasjonskart – {version.name} – per {DEMO_TODAY:%d.%m.%Y}"
    assert heading == expected
    assert ".sdb" not in heading and "Styringsdialog" not in heading
    # The page as printed (the exported PDF's page): the heading read back from it.
    pdf = tmp_path / "kart.pdf"
    pdf.write_bytes(export_dialog.chart_pdf(org.store, org.version_id, org.view_date, org.chart))
    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert expected.replace(" – Organisasjonskart", " Organisasjonskart", 1) in " ".join(text.split())
    assert ".sdb" not in text and "Styringsdialog" not in text


def test_the_preview_title_names_the_chart_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    org = window.page_widgets["organisasjon"]
    heading = "Lindvik kommune – Organisasjonskart – Gjeldende organisasjon – per 23.11.2026"
    dialog = export_dialog.print_chart(org, org.chart, title=heading, show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Forhåndsvisning – {heading}"
    assert dialog.windowTitle().lower().count("organisasjonskart") == 1
