"""Finds the rules: every module of `auditors.rules`, plus third-party modules registered
under the `socialaudit.auditors` entry point (built-in and third-party rules go through the
same door, STYLE: datasette). A rule module declares `RULE` (a RuleSpec: id, subject,
label, severity, message, advice, clauses, parameters) and `check(subject, ctx)`; that
is all it takes, and everything else — policy validation, `--rule`, the web filters,
docs/RULES.md, the tests — reads the rule from here.

A module without `RULE` is not a rule; a malformed declaration, or two modules claiming
the same rule id, is refused with a RegistryError naming both.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import entry_points
from types import ModuleType
from typing import Callable, Iterator, Mapping

from auditors import rules as builtin_rules
from socialaudit.core.policy import Policy
from socialaudit.core.policy import load_policy as _load_policy
from socialaudit.core.rules import RuleSpec, RuleSpecError

ENTRY_POINT_GROUP = "socialaudit.auditors"


class RegistryError(RuntimeError):
    """A rule that cannot be registered; the message names the module."""


@dataclass(frozen=True)
class Rule:
    """A registered rule: its declaration, its check, and where it lives (for docs)."""
    spec: RuleSpec
    check: Callable
    module: ModuleType

    @property
    def id(self) -> str:
        return self.spec.id


def _modules() -> Iterator[tuple[str, ModuleType]]:
    for info in pkgutil.iter_modules(builtin_rules.__path__):
        if not info.name.startswith("_"):
            name = f"{builtin_rules.__name__}.{info.name}"
            yield name, importlib.import_module(name)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            yield f"{ep.value} (entry point {ep.name!r})", ep.load()
        except Exception as e:  # a broken plug-in is named, never a traceback
            raise RegistryError(f"rule plug-in {ep.name!r} failed to load: {type(e).__name__}: {e}") from None


def _rule_of(where: str, mod: ModuleType) -> Rule | None:
    spec = getattr(mod, "RULE", None)
    if spec is None:
        return None
    if not isinstance(spec, RuleSpec):
        raise RegistryError(f"{where}: RULE must be a socialaudit.core.rules.RuleSpec")
    if not callable(getattr(mod, "check", None)):
        raise RegistryError(f"{where}: rule {spec.id!r} has no check(subject, ctx) function")
    try:
        spec.validate(where)
    except RuleSpecError as e:
        raise RegistryError(str(e)) from None
    return Rule(spec, mod.check, mod)


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, ordered by id; refuses duplicates and malformed declarations."""
    found: dict[str, tuple[str, Rule]] = {}
    for where, mod in _modules():
        rule = _rule_of(where, mod)
        if rule is None:
            continue
        if rule.id in found:
            raise RegistryError(f"rule id {rule.id!r} is declared twice: in {found[rule.id][0]} and in {where}")
        found[rule.id] = (where, rule)
    return tuple(found[k][1] for k in sorted(found))


def specs() -> Mapping[str, RuleSpec]:
    return {r.id: r.spec for r in all_rules()}


def get(rule_id: str) -> Rule:
    for rule in all_rules():
        if rule.id == rule_id:
            return rule
    raise KeyError(rule_id)


def reload() -> None:
    """Forget what was found (after a plug-in was installed, or in tests)."""
    all_rules.cache_clear()


def load_policy(ref: str) -> Policy:
    """A built-in pack by name or a policy file by path, checked against every registered rule."""
    return _load_policy(ref, specs())
