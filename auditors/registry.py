"""Finds auditors: every module of this package that defines RULE_ID, plus
third-party modules registered under the `socialaudit.auditors` entry point.
Built-in and third-party rules go through the same door (STYLE: datasette)."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from auditors import rules

REQUIRED = ("RULE_ID", "SUBJECT", "DEFAULT_SEVERITY", "check")


class AuditorLoadError(RuntimeError):
    pass


def _valid(mod: ModuleType) -> bool:
    return all(hasattr(mod, a) for a in REQUIRED) and mod.SUBJECT in ("post", "account")


@lru_cache(maxsize=1)
def all_auditors() -> tuple[ModuleType, ...]:
    """Every auditor module, built-in first, ordered by rule id; one per rule id."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(rules.__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"auditors.rules.{info.name}")
        if _valid(mod):
            found.setdefault(mod.RULE_ID, mod)
    for ep in entry_points(group="socialaudit.auditors"):
        try:
            mod = ep.load()
        except Exception as e:  # a broken plug-in is reported, never fatal to the others
            raise AuditorLoadError(f"auditor plug-in {ep.name!r} failed to load: {e}") from None
        if _valid(mod):
            found.setdefault(mod.RULE_ID, mod)
    return tuple(found[k] for k in sorted(found))


def get(rule_id: str) -> ModuleType:
    for mod in all_auditors():
        if mod.RULE_ID == rule_id:
            return mod
    raise KeyError(rule_id)


def rule_param_types() -> dict[str, dict[str, Any]]:
    """Per rule, the extra keys its [rules.<id>] table may carry, with their types."""
    return {m.RULE_ID: dict(getattr(m, "PARAMS", {})) for m in all_auditors()}
