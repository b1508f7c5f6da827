"""The policy: an organisation's social media policy as frozen configuration.

`load_policy(ref, rules)` reads a pack and everything it extends (socialaudit.core.packs),
checks it against the rules' own declarations (`RuleSpec`), and returns a `Policy`
that nothing can change: its tables are read-only views, its fingerprint is computed
once. `policy.rule(id)` gives a rule's settings: the rule's declared defaults, with
whatever the pack overrides. What the rules build from a policy (compiled word lists,
the hashed register) lives in auditors.prepared, never on the policy.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from socialaudit.core.errors import PolicyError
from socialaudit.core.packs import BUILTIN_DIR, builtin_packs, load_raw, read_register
from socialaudit.core.rules import RuleSpec

__all__ = ["Policy", "PolicyError", "RuleSettings", "builtin_packs", "load_policy", "read_register"]


@dataclass(frozen=True)
class RuleSettings:
    """One rule under one policy: the rule's declaration with the pack's overrides."""
    id: str
    enabled: bool
    severity: str
    clause: str
    policy_text: str
    message: str
    advice: str
    label: str
    min_confidence: float
    params: Mapping[str, Any] = field(default_factory=dict)
    defaults: Mapping[str, Any] = field(default_factory=dict)
    learned: bool = True                     # may the learned head add findings for this rule?
    learned_threshold: float | None = None   # the pack's threshold for the head (else the model's)

    def param(self, name: str, default: Any = None) -> Any:
        """The pack's value, else the rule's declared default, else `default`."""
        if name in self.params:
            return self.params[name]
        value = self.defaults.get(name)
        return default if value is None else value


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def _thawed(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thawed(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thawed(v) for v in value]
    return value


@dataclass(frozen=True)
class Policy:
    """A merged, validated policy. Read-only: every table is a read-only view."""
    id: str
    raw: Mapping[str, Any]
    files: tuple[Path, ...]
    rules: Mapping[str, RuleSpec]
    fingerprint: str

    @property
    def ref(self) -> str:
        """How to load this policy again: the pack name for a built-in pack, else its file."""
        top = self.files[-1] if self.files else None
        if top is None or top.parent.resolve() == BUILTIN_DIR.resolve():
            return self.id
        return str(top)

    @property
    def title(self) -> str:
        return self.raw.get("pack", {}).get("title", self.id)

    @property
    def organisation(self) -> Mapping[str, Any]:
        return self.raw.get("organisation", MappingProxyType({}))

    @property
    def org_name(self) -> str:
        return self.organisation.get("name", "")

    def section(self, name: str) -> Mapping[str, Any]:
        return self.raw.get(name, MappingProxyType({}))

    def words(self, name: str) -> list[str]:
        """A named word list from [vocabulary]; empty when the pack has none."""
        return list(self.raw.get("vocabulary", {}).get(name, ()))

    def rule(self, rule_id: str) -> RuleSettings:
        spec = self.rules.get(rule_id)
        if spec is None:
            raise KeyError(rule_id)
        conf = _thawed(self.raw.get("rules", {}).get(rule_id, {}))
        common = {k: conf.pop(k) for k in list(conf) if k in _COMMON}
        return RuleSettings(
            id=rule_id, enabled=common.get("enabled", True), severity=common.get("severity", spec.severity),
            clause=common.get("clause", spec.clauses.get(self.id, "")),
            policy_text=common.get("policy_text", ""), message=common.get("message", spec.message),
            advice=common.get("advice", spec.advice), label=spec.label,
            min_confidence=float(common.get("min_confidence", spec.min_confidence)),
            params=MappingProxyType(conf), defaults=MappingProxyType({k: p.default for k, p in spec.params.items()}),
            learned=bool(common.get("learned", True)),
            learned_threshold=(float(common["learned_threshold"]) if "learned_threshold" in common else None))

    @property
    def learned_enabled(self) -> bool:
        """The pack's switch for the whole learned layer ([learned] enabled, default on)."""
        return bool(self.raw.get("learned", {}).get("enabled", True))

    def enabled_rules(self) -> list[str]:
        return [r for r in sorted(self.rules) if self.rule(r).enabled]

    def register_paths(self) -> list[Path]:
        reg = self.raw.get("names", {}).get("register")
        return [Path(reg)] if reg else []


_COMMON = ("enabled", "severity", "clause", "policy_text", "message", "advice", "min_confidence", "learned",
           "learned_threshold")


def _fingerprint(raw: dict, registers: list[Path], rules: Mapping[str, RuleSpec]) -> str:
    """Changes whenever any part of the policy or of a rule's declaration changes: a re-audit is then due."""
    h = hashlib.sha256(json.dumps(raw, sort_keys=True, default=str).encode())
    h.update(json.dumps({k: repr(v) for k, v in sorted(rules.items())}, sort_keys=True).encode())
    for p in registers:
        try:
            h.update(p.read_bytes())
        except OSError:
            pass
    return h.hexdigest()[:16]


def load_policy(ref: str, rules: Mapping[str, RuleSpec]) -> Policy:
    """Load a built-in pack by name or a policy file by path, checked against `rules`
    (the registry's declarations). Raises PolicyError naming the file and the key."""
    raw, files = load_raw(ref, rules)
    register = raw.get("names", {}).get("register")
    for p in raw.get("organisation", {}).get("logos", []) + ([register] if register else []):
        if not Path(p).is_file():
            raise PolicyError(f"{files[-1]}: file not found: {p}")
    pack_id = raw.get("pack", {}).get("id") or Path(files[-1]).stem
    if not ref.endswith(".toml") and "/" not in ref:
        pack_id = ref
    registers = [Path(register)] if register else []
    return Policy(id=pack_id, raw=_frozen(raw), files=tuple(files), rules=MappingProxyType(dict(rules)),
                  fingerprint=_fingerprint(raw, registers, rules))
