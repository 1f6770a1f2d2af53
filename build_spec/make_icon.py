"""Draw the program's icon: a small organisation chart on a navy tile.

Run once when the design changes (``python build_spec/make_icon.py``); the PNG and the
multi-size ICO it writes are committed in ``resources/icons/``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

NAVY = (31, 56, 100, 255)  # the heading colour of the PDFs
WHITE = (255, 255, 255, 255)
ACCENT = (242, 169, 0, 255)  # one unit stands out: the one being followed up
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int = 1024) -> Image.Image:
    """Draw large and scale down, so the small sizes stay smooth."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 256
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=NAVY)
    line = int(10 * s)
    # Lines first, boxes on top of them.
    d.line((128 * s, 92 * s, 128 * s, 128 * s), fill=WHITE, width=line)
    d.line((64 * s, 128 * s, 192 * s, 128 * s), fill=WHITE, width=line)
    for x in (64, 192):
        d.line((x * s, 128 * s, x * s, 160 * s), fill=WHITE, width=line)
    d.rounded_rectangle((88 * s, 44 * s, 168 * s, 96 * s), radius=10 * s, fill=WHITE)
    d.rounded_rectangle((28 * s, 156 * s, 100 * s, 208 * s), radius=10 * s, fill=WHITE)
    d.rounded_rectangle((156 * s, 156 * s, 228 * s, 208 * s), radius=10 * s, fill=ACCENT)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "styringsdialog.png", optimize=True)
    sizes = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    big.resize((256, 256), Image.LANCZOS).save(OUT / "styringsdialog.ico", sizes=sizes)
    print(f"Skrev {OUT / 'styringsdialog.png'} og {OUT / 'styringsdialog.ico'}")


if __name__ == "__main__":
    main()
