"""The house rules a reviewer would otherwise check by eye (docs/ARCHITECTURE.md).

- No module of app/, db/ or ui/ uses another module's private name (`from x import _name`,
  or `x._name` through an imported module): what is shared is public where it lives.
- The layers point one way: app/ never imports PySide6 or ui/, db/ never imports app/ or ui/.
  (ruff's banned-api says the same about PySide6 at edit time; this test also covers ui/ and
  imports inside functions.)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "db", "ui")
# Which top-level packages each layer may not import.
FORBIDDEN = {
    "app": ("ui", "PySide6", "shiboken6"),
    "db": ("app", "ui", "PySide6", "shiboken6"),
    "ui": ("sqlalchemy",),  # widgets never build SQL: they call an app/ function
}


@dataclass(frozen=True)
class Module:
    name: str  # dotted, "app.agreements.render_pdf"
    path: Path

    @property
    def package(self) -> str:
        """The dotted package a relative import starts from."""
        is_init = self.path.name == "__init__.py"
        return self.name if is_init else self.name.rpartition(".")[0]


def _modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for top in PACKAGES:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT)
            if "migrations" in rel.parts:  # Alembic's scripts are data, loaded by file name
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join(parts)
            found[name] = Module(name, path)
    return found


MODULES = _modules()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    """The module an import-from names, with relative imports resolved."""
    if not node.level:
        return node.module or ""
    base = module.package.split(".")
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _first_party(name: str) -> bool:
    return name.split(".")[0] in PACKAGES


def _imports(module: Module, tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, dotted module) for every import anywhere in the module, functions included."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, node)
            yield node.lineno, source
            for alias in node.names:
                if f"{source}.{alias.name}" in MODULES:  # `from app.storage import lock` imports app.storage.lock
                    yield node.lineno, f"{source}.{alias.name}"


def private_uses(module: Module) -> list[str]:
    """Each use in `module` of a private name of another first-party module, as 'line: text'."""
    tree = ast.parse(module.path.read_text(encoding="utf-8"), str(module.path))
    found: list[str] = []
    bound: dict[str, str] = {}  # local name -> first-party module it refers to
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _absolute(module, node)
            if not _first_party(source):
                continue
            for alias in node.names:
                if source != module.name and _private(alias.name):
                    found.append(f"{node.lineno}: from {source} import {alias.name}")
                if f"{source}.{alias.name}" in MODULES:
                    bound[alias.asname or alias.name] = f"{source}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _first_party(alias.name):
                    if alias.asname:
                        bound[alias.asname] = alias.name
                    else:
                        bound[alias.name.split(".")[0]] = alias.name.split(".")[0]
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and _private(node.attr)):
            continue
        chain: list[str] = []
        value = node.value
        while isinstance(value, ast.Attribute):
            chain.append(value.attr)
            value = value.value
        if isinstance(value, ast.Name) and value.id in bound:
            owner = ".".join([bound[value.id], *reversed(chain)])
            if owner in MODULES and owner != module.name:
                found.append(f"{node.lineno}: {owner}.{node.attr}")
    return sorted(found, key=lambda text: int(text.partition(":")[0]))


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_uses_another_modules_private_name(name: str) -> None:
    assert private_uses(MODULES[name]) == [], (
        f"{MODULES[name].path.relative_to(ROOT)} uses private names of other modules; make them public "
        "where they live (a shared document building block belongs with the documents)"
    )


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.split(".")[0] in FORBIDDEN))
def test_layers_point_one_way(name: str) -> None:
    module = MODULES[name]
    forbidden = FORBIDDEN[name.split(".")[0]]
    tree = ast.parse(module.path.read_text(encoding="utf-8"), str(module.path))
    wrong = [f"{line}: {target}" for line, target in _imports(module, tree) if target.split(".")[0] in forbidden]
    assert wrong == [], f"{module.path.relative_to(ROOT)} imports {', '.join(forbidden)}, which its layer may not"


def test_the_checks_catch_what_they_are_about(tmp_path: Path) -> None:
    """The scanner itself: a private import, a private attribute through a module, a relative one."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from app.agreements.render_pdf import _secret\n"
        "from app.storage import lock\n"
        "import db.cipher\n"
        "from . import detail\n"
        "lock._hidden()\n"
        "db.cipher._key\n"
        "detail._row\n"
        "self._fine\n",
        encoding="utf-8",
    )
    probe = Module("app.agreements.probe", source)
    assert private_uses(probe) == [
        "1: from app.agreements.render_pdf import _secret",
        "5: app.storage.lock._hidden",
        "6: db.cipher._key",
        "7: app.agreements.detail._row",
    ]
    layered = Module("db.probe", source)
    imported = {target for _, target in _imports(layered, ast.parse(source.read_text()))}
    assert {"app.agreements.render_pdf", "app.storage.lock", "db.cipher", "db"} <= imported
