"""``styringsdialog --self-test``: it passes on a working program, and a broken part makes it
fail with the reason named, not crash or pass anyway."""

from __future__ import annotations

from app import selftest
from tests.conftest import DEMO_TODAY
from ui.selftest import window_check


def test_every_step_passes_and_the_temporary_folder_is_removed(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = selftest.run_self_test(DEMO_TODAY, window_check=lambda db: window_check(db, DEMO_TODAY))
    names = [step.name for step in result.steps]
    assert names == ["Lag en tom database", "Fyll inn demokommunen", "Skriv en avtale som PDF",
                     "Importer en eksempelarbeidsbok", "Skriv organisasjonskartet som PDF", "Krypter en kopi",
                     "Tegn vinduet",
                     "Kontroller databasen"]
    assert result.ok, result.lines()
    by_name = {step.name: step.detail for step in result.steps}
    assert "785 linjer" in by_name["Importer en eksempelarbeidsbok"]
    assert "Rådmannen" in by_name["Skriv organisasjonskartet som PDF"]
    assert result.lines()[-1] == "Selvtest bestått: 8 av 8 steg i orden."
    # The database lived in a temporary folder that is gone again.
    db_path = by_name["Lag en tom database"]
    assert "styringsdialog-selvtest-" in db_path
    assert not __import__("pathlib").Path(db_path).exists()


def test_a_missing_example_workbook_fails_that_step_by_name(qapp, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(selftest, "ACCOUNTS_EXAMPLE", "finnes ikke.xlsx")
    result = selftest.run_self_test(DEMO_TODAY)
    assert not result.ok
    failed = [step for step in result.steps if not step.ok]
    assert [step.name for step in failed] == ["Importer en eksempelarbeidsbok"]
    assert "«finnes ikke.xlsx» mangler" in failed[0].detail
    # The steps after it still ran.
    assert result.steps[-1].name == "Kontroller databasen" and result.steps[-1].ok
    assert result.lines()[-1].startswith("Selvtest ikke bestått: 6 av 7")


def test_a_wrong_pdf_is_caught(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The agreement PDF is read back: a PDF without the agreement's title fails the step."""
    import app.agreements.render_pdf as render_pdf

    real = render_pdf.render_pdf

    def blank_title(doc, out=None):  # type: ignore[no-untyped-def]
        import dataclasses

        return real(dataclasses.replace(doc, title="Noe annet"), out)

    monkeypatch.setattr(render_pdf, "render_pdf", blank_title)
    result = selftest.run_self_test(DEMO_TODAY)
    step = next(s for s in result.steps if s.name == "Skriv en avtale som PDF")
    assert not step.ok and "mangler avtalens tittel" in step.detail


def test_the_main_function_prints_each_step_and_returns_the_exit_code(qapp, monkeypatch, capsys,  # type: ignore[no-untyped-def]
                                                                      tmp_path) -> None:
    from app.paths import DATA_DIR_ENV
    from ui import selftest as ui_selftest

    data = tmp_path / "brukerens data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    assert ui_selftest.main(DEMO_TODAY) == 0
    assert not data.exists()  # no log, no settings: the user's data folder is left alone
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 9 and all(line.startswith("OK ") for line in out[:8])
    monkeypatch.setattr(selftest, "ACCOUNTS_EXAMPLE", "borte.xlsx")
    assert ui_selftest.main(DEMO_TODAY) == 1
    assert any(line.startswith("FEIL Importer") for line in capsys.readouterr().out.splitlines())


def test_the_flag_is_on_the_command_line() -> None:
    from app.cli import build_parser

    assert build_parser().parse_args(["--self-test"]).self_test is True
    assert build_parser().parse_args([]).self_test is False
