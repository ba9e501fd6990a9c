"""The package's imports go one way, bottom up (DESIGN.md, "Layout").

The stack: ``region`` / ``_errors`` / ``_io`` -> ``gazetteer`` -> ``borders`` ->
``incidents``, ``extract`` -> ``formats``, ``maps`` -> ``cli``. The imports are read from the
source with ``ast`` (every ``import`` statement, including those inside functions), so a
lazy import that climbs the stack fails here as well as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "geoconflict"

#: The level of each first-level part of the package; an import may only go to a lower
#: level, or stay inside its own part. ``extract`` may use the incident model's vocabulary.
LEVELS = {
    "region": 0, "_errors": 0, "_yaml_fast": 0, "_io": 0.5,   # _io writes YAML with _yaml_fast
    "gazetteer": 1,
    "borders": 2,
    "incidents": 3, "extract": 3.5,
    "formats": 4, "maps": 4,
    "_headless": 4,
    "_api": 4.5,             # the facade: glue of formats and maps, which the CLI may call
    "cli": 5,
    "__init__": 6,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every geoconflict module that the file at ``path`` imports, resolved to full names."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("geoconflict"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("geoconflict"):
                continue
            for a in node.names:  # ``from . import x`` may name a submodule
                if mod == "geoconflict" and a.name == "__version__":
                    continue   # a constant of the root, loaded before any submodule
                sub = f"{mod}.{a.name}"
                out.add(sub if _exists(sub) else mod)
    out.discard(name)
    return out


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PKG / rel).with_suffix(".py").is_file() or (PKG / rel / "__init__.py").is_file()


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(PKG.rglob("*.py"))}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


GRAPH = _graph()


def test_the_graph_is_read():
    """The reader finds the imports it must find (a reader that finds none would pass all)."""
    assert "geoconflict.gazetteer.names" in GRAPH["geoconflict.gazetteer.index"]
    assert any(m.startswith("geoconflict.borders") for m in GRAPH["geoconflict.incidents.derive"])
    assert set(LEVELS) >= {_part(m) for m in GRAPH}, "a new top-level part needs a level here"


def test_no_import_climbs_the_stack():
    bad = [f"{m} imports {t}" for m, targets in GRAPH.items() for t in sorted(targets)
           if _part(t) != _part(m) and LEVELS[_part(t)] >= LEVELS[_part(m)]]
    assert not bad, "imports that go up or sideways:\n" + "\n".join(bad)


def test_no_import_cycle():
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _part(m) == "cli"))
def test_a_command_module_imports_the_library_and_cli_options_only(module):
    others = {t for t in GRAPH[module] if _part(t) == "cli"} - {"geoconflict.cli.options",
                                                                   "geoconflict.cli"}
    if module in ("geoconflict.cli.main", "geoconflict.cli"):  # registers the commands
        return
    assert not others, f"{module} imports other command modules: {sorted(others)}"
