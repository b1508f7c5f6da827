#!/usr/bin/env python3
"""Figures about the shape of the code: import cycles, imports inside functions, long
modules, SQLAlchemy outside storage, and arrows between top-level packages.

    python bench/layers.py [ROOT]

Reads the source with `ast` (nothing is imported). Counts only the product's own
packages (socialaudit, auditors, crawler, reports), not tests or bench scripts;
imports under `if TYPE_CHECKING:` are for type checkers only and do not count.
"""
from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

PACKAGES = ("socialaudit", "auditors", "crawler", "reports")


def modules(root: Path) -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in (root / pkg).rglob("*.py"):
            if "migrations" in path.parts or "__pycache__" in path.parts:
                continue
            rel = path.relative_to(root).with_suffix("")
            name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
            out[name] = path
    return out


def _resolve(name: str, node: ast.ImportFrom | ast.Import, alias: str, known: dict[str, Path]) -> str | None:
    if isinstance(node, ast.Import):
        target = alias
    elif not node.level:
        target = node.module or ""
        if f"{target}.{alias}" in known:
            target = f"{target}.{alias}"
    else:
        base = name.split(".")
        is_pkg = known.get(name, Path()).name == "__init__.py"
        base = base[:len(base) - node.level + (1 if is_pkg else 0)]
        target = ".".join([*base, node.module] if node.module else base)
        if f"{target}.{alias}" in known:
            target = f"{target}.{alias}"
    while target and target not in known:
        target = target.rpartition(".")[0]
    return target or None


def imports(root: Path):
    """(module -> set of imported product modules at module level, in-function import count per module)."""
    known = modules(root)
    graph: dict[str, set[str]] = defaultdict(set)
    every: dict[str, set[str]] = defaultdict(set)  # module-level and in-function imports
    inner: dict[str, int] = defaultdict(int)
    sqlalchemy: set[str] = set()
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        func_nodes = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                      for n in ast.walk(f)}
        typing_only = {id(n) for f in ast.walk(tree) if isinstance(f, ast.If) and "TYPE_CHECKING" in ast.unparse(f.test)
                       for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or id(node) in typing_only:
                continue
            names = [a.name for a in node.names]
            mod = node.module if isinstance(node, ast.ImportFrom) else names[0]
            if (mod or "").split(".")[0] in ("sqlalchemy", "alembic"):
                sqlalchemy.add(name)
            in_function = id(node) in func_nodes
            if in_function:
                inner[name] += 1
            for alias in names:
                target = _resolve(name, node, alias, known)
                if target and target != name:
                    every[name].add(target)
                    if not in_function:
                        graph[name].add(target)
    return known, graph, every, inner, sqlalchemy


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10_000)
    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    known, graph, every, inner, sqlalchemy = imports(root)
    lines = {n: len(p.read_text(encoding="utf-8").splitlines()) for n, p in known.items()}
    long = sorted((n for n, k in lines.items() if k > 250), key=lambda n: -lines[n])
    comps = cycles(graph)
    hidden = cycles(every)
    arrows: dict[tuple[str, str], int] = defaultdict(int)
    for a, targets in graph.items():
        for b in targets:
            top_a, top_b = a.split(".")[0], b.split(".")[0]
            sub_a = ".".join(a.split(".")[:2])
            sub_b = ".".join(b.split(".")[:2])
            if top_a != top_b or sub_a != sub_b:
                arrows[(sub_a, sub_b)] += 1
    print(f"modules: {len(known)}  lines: {sum(lines.values()):,}")
    print(f"import cycles (strongly connected groups of modules): {len(comps)}"
          + (f", largest {max(len(c) for c in comps)} modules" if comps else ""))
    for c in comps[:10]:
        print(f"  - {', '.join(c[:8])}{' ...' if len(c) > 8 else ''}")
    print(f"import cycles counting imports inside functions: {len(hidden)}"
          + (f", largest {max(len(c) for c in hidden)} modules" if hidden else ""))
    print(f"imports inside functions: {sum(inner.values())}")
    listed = ", ".join(f"{n} {lines[n]}" for n in long[:8])
    print(f"modules over 250 lines: {len(long)}" + (f" ({listed})" if long else ""))
    outside = sorted(n for n in sqlalchemy if not n.startswith("socialaudit.storage"))
    print(f"modules outside storage that import SQLAlchemy: {len(outside)}")
    for n in outside:
        print(f"  - {n}")
    print("arrows between layers (module-level imports):")
    for (a, b), n in sorted(arrows.items()):
        print(f"  {a:<28} -> {b:<28} {n}")


if __name__ == "__main__":
    main()
