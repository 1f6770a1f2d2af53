"""Pages of a PDF as PNG images: the Avtaler editor's live print preview.

The preview shows the very PDF that would be printed, rendered by PDFium (pypdfium2), so
what the user sees is what the printer gets.
"""

from __future__ import annotations

import io

from app.errors import AppError


def preview_pages(pdf: bytes, *, dpi: int = 72) -> list[tuple[int, int, bytes]]:
    """Every page of ``pdf`` as ``(width, height, PNG bytes)`` at ``dpi`` dots per inch."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise AppError(f"Forhåndsvisningen kan ikke lages fordi PDF-en er skadet ({exc}). Prøv å lagre "
                       "avtalen på nytt.") from exc
    pages: list[tuple[int, int, bytes]] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                image = page.render(scale=dpi / 72).to_pil()
            finally:
                page.close()
            buffer = io.BytesIO()
            image.save(buffer, "PNG", compress_level=1)  # fast: the preview is redrawn while typing
            pages.append((image.width, image.height, buffer.getvalue()))
    finally:
        document.close()
    return pages
