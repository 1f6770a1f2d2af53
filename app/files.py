"""Writing output files safely: through a temporary file beside the target, then a rename,
so a crash, a full disk or a file open in Word never leaves half a PDF or workbook."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import AppError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(out: Path, data: bytes | Callable[[Path], object]) -> Path:
    """Write ``out`` through a temporary file beside it, so no half-written file is ever left."""
    out = Path(out)
    if not out.parent.is_dir():
        raise AppError(f"Mappen «{out.parent}» finnes ikke. Velg en mappe som finnes, eller opprett den først.")
    fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=out.suffix + ".tmp", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        else:
            os.close(fd)
            data(tmp)
        # mkstemp makes the file private (0600); an exported report gets the usual permissions.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except PermissionError as exc:
        raise AppError(f"Kan ikke skrive «{out}»: filen er kanskje åpen i et annet program, eller du mangler "
                       "skrivetilgang. Lukk filen eller velg et annet filnavn.") from exc
    except OSError as exc:
        raise AppError(f"Kan ikke skrive «{out}»: {exc.strerror or exc}. Velg et annet sted å lagre.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out
