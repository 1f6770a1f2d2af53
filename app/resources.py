"""Read-only access to the shipped data files in ``resources/``."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder, from a source tree, an installed wheel or a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources

    return Path(resources.__file__).parent


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
