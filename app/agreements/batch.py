"""Many agreements at once: one PDF with them all, or a folder with one file per agreement.

Used by «Skriv ut alle» on the Avtaler page (in a worker thread, with a progress dialog)
and by ``styringsdialog agreement render --all``. Nothing half-written is ever left: the
single PDF is built in memory and written through a temporary file, and in folder mode
every file is first written under a temporary name and only renamed when all are done.
Cancelling removes the temporary files.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal
from uuid import UUID

from sqlalchemy.orm import Session

from app.agreements.document import AgreementDocument
from app.errors import AppError
from db.models import Agreement

Progress = Callable[[int, int], bool]
Format = Literal["pdf", "docx"]
FORMATS: tuple[str, ...] = ("pdf", "docx")

_YEARS = re.compile(r"\s*\d{4}(\s*[–-]\s*\d{4})?")
MAX_NAME = 150  # well inside Windows' 260-character paths, with room for the folder
BATCH_TITLE = {"nb": "Avtaler", "nn": "Avtalar", "en": "Agreements"}


def safe_file_name(name: str, max_length: int = MAX_NAME) -> str:
    """``name`` made valid as a file name on Windows (and so everywhere): see
    :func:`app.storage.files.safe_file_name`; an agreement with no usable name is «avtale»."""
    from app.storage.files import safe_file_name as safe

    return safe(name, fallback="avtale", max_length=max_length)


def file_stems(docs: Sequence[tuple[Agreement, AgreementDocument]]) -> list[str]:
    """One distinct file name stem per agreement: «2026 Haugtun skole – Elisabeth Holm», with the
    kind («– Lederavtale») or the revision («(revisjon 2)») added where two would be the same."""
    bases = [f"{a.period_start.year} {doc.subtitle or doc.title}" for a, doc in docs]
    kinds = [_YEARS.sub("", doc.title).strip(" –-") for _, doc in docs]
    names: list[str] = []
    for i, (agreement, _doc) in enumerate(docs):
        group = [j for j, base in enumerate(bases) if base == bases[i]]
        name = bases[i]
        if len({kinds[j] for j in group}) > 1 and kinds[i]:
            name += f" – {kinds[i]}"
        if sum(kinds[j] == kinds[i] for j in group) > 1:
            name += f" (revisjon {agreement.revision})"
        names.append(safe_file_name(name))
    # Whatever is still the same (also when only upper and lower case differ, as on Windows) is numbered.
    taken: set[str] = set()
    for i, name in enumerate(names):
        number, unique = 1, name
        while unique.lower() in taken:
            number += 1
            unique = f"{name} ({number})"
        taken.add(unique.lower())
        names[i] = unique
    return names


def _cancelled(progress: Progress | None, done: int, total: int) -> bool:
    return progress is not None and progress(done, total) is False


def _load(session: Session, agreement_id: UUID) -> tuple[Agreement, AgreementDocument]:
    from app.agreements.builder import build_document

    doc = build_document(session, agreement_id)
    agreement = session.get(Agreement, agreement_id)
    assert agreement is not None  # build_document has just found it
    return agreement, doc


def _batch_title(docs: Sequence[tuple[Agreement, AgreementDocument]]) -> str:
    years = sorted({a.period_start.year for a, _ in docs} | {a.period_end.year for a, _ in docs})
    span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    language = docs[0][1].language
    return f"{BATCH_TITLE.get(language, BATCH_TITLE['nb'])} {span}"


def render_many(
    session: Session,
    agreement_ids: list[UUID],
    *,
    fmt: Format,
    out: Path,
    one_file: bool,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the agreements as one PDF (``one_file``) or as one file each in the folder ``out``.

    In one PDF each agreement starts on a new page and is numbered «Side 1 av N» on its own,
    with a bookmark per agreement. ``progress(done, total)`` is called as the work goes on;
    when it returns False the work stops, nothing is left behind, and the result is ``[]``.
    Returns the files written.
    """
    if fmt not in FORMATS:
        raise AppError(f"Ukjent filtype «{fmt}». Velg pdf eller docx.")
    if not agreement_ids:
        raise AppError("Det er ingen avtaler å skrive ut. Velg minst én avtale, eller en annen periode.")
    out = Path(out)
    if one_file:
        if fmt != "pdf":
            raise AppError("Alle avtalene i én fil kan bare lages som PDF. Velg PDF, eller skriv DOCX-filene "
                           "til en mappe.")
        return _one_pdf(session, agreement_ids, out, progress)
    return _folder(session, agreement_ids, fmt, out, progress)


def _one_pdf(session: Session, ids: list[UUID], out: Path, progress: Progress | None) -> list[Path]:
    from app.agreements.render_pdf import render_many_pdf
    from app.storage.files import write_atomically

    total = len(ids)
    loaded = []
    for agreement_id in ids:  # gathering is quick; let a cancel through all the same
        if _cancelled(progress, 0, total):
            return []
        loaded.append(_load(session, agreement_id))
    title = _batch_title(loaded)
    if out.is_dir():
        out = out / f"{safe_file_name(title)}.pdf"
    data = render_many_pdf([doc for _, doc in loaded], title=title,
                           on_start=(lambda index: not _cancelled(progress, index, total)) if progress else None)
    if data is None or _cancelled(progress, total, total):
        return []
    return [write_atomically(out, data, private=True)]


def _folder(session: Session, ids: list[UUID], fmt: Format, out: Path, progress: Progress | None) -> list[Path]:
    from app.agreements.render_docx import render_docx_bytes
    from app.agreements.render_pdf import render_pdf
    from app.storage.files import remove_stale_partials

    if out.exists() and not out.is_dir():
        raise AppError(f"«{out}» er en fil, ikke en mappe. Når flere avtaler skrives hver for seg, må -o/«Lagre i» "
                       "være en mappe; velg en mappe, eller velg «én samlet PDF».")
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AppError(f"Kan ikke opprette mappen «{out}»: {exc.strerror or exc}. Velg et annet sted.") from exc
    remove_stale_partials(out)  # a run killed earlier left its partial files here
    total = len(ids)
    loaded: list[tuple[Agreement, AgreementDocument]] = []
    temporary: list[Path] = []
    try:
        for agreement_id in ids:
            loaded.append(_load(session, agreement_id))
            doc = loaded[-1][1]
            data = render_pdf(doc) if fmt == "pdf" else render_docx_bytes(doc)
            tmp = out / f".~{len(loaded)}-{os.getpid()}.{fmt}.part"
            temporary.append(tmp)
            _write_private(tmp, data)
            if _cancelled(progress, len(loaded), total):
                _clean_up(temporary, out if created else None)
                return []
        targets = [out / f"{stem}.{fmt}" for stem in file_stems(loaded)]
        for tmp, target in zip(temporary, targets, strict=True):
            os.replace(tmp, target)
        return targets
    except PermissionError as exc:
        _clean_up(temporary, out if created else None)
        name = f"«{exc.filename}»" if exc.filename else f"en fil i «{out}»"
        raise AppError(f"Kan ikke skrive {name}: filen er kanskje åpen i et annet program, eller du mangler "
                       "skrivetilgang. Lukk filen og prøv igjen.") from exc
    except OSError as exc:
        _clean_up(temporary, out if created else None)
        raise AppError(f"Kan ikke skrive avtalene til «{out}»: {exc.strerror or exc}. Velg et annet sted.") from exc
    except BaseException:
        _clean_up(temporary, out if created else None)
        raise


def _write_private(path: Path, data: bytes) -> None:
    """A partial file, owner-only from its first byte (agreements are confidential); the finished
    file keeps that mode when it is renamed into place."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _clean_up(temporary: list[Path], created_folder: Path | None) -> None:
    for tmp in temporary:
        tmp.unlink(missing_ok=True)
    if created_folder is not None:
        with contextlib.suppress(OSError):  # only an empty folder goes: nothing of the user's is touched
            created_folder.rmdir()
