"""The policy made ready for the rules, once per audit.

A `Policy` (socialaudit.core.policy) is frozen configuration. What the rules build
from it — compiled word lists, the organisation's name patterns, the hashed names
register, the place finder, sentiment lexicons — is built here, once, the first time
a rule asks, and shared by every rule of the audit through their context. Rules read
the policy through this object and never import one another.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from socialaudit.core.policy import Policy, RuleSettings


def compile_terms(terms: list[str]) -> re.Pattern[str] | None:
    """Word-bounded, case-insensitive alternation. A term may be a plain phrase or,
    prefixed with 're:', a regular expression (the pack author's responsibility to keep linear)."""
    parts = []
    for t in sorted(set(terms), key=len, reverse=True):
        t = t.strip()
        if not t:
            continue
        if t.startswith("re:"):
            parts.append(f"(?:{t[3:]})")
        else:
            parts.append(r"\s+".join(re.escape(w) for w in t.split()))
    if not parts:
        return None
    return re.compile(r"(?<![\w@#])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


class Prepared:
    """A policy with everything the rules derive from it, built on first use."""

    def __init__(self, policy: Policy):
        self.policy = policy
        self._memo: dict[object, Any] = {}

    # -- the policy, read-only -------------------------------------------------
    @property
    def id(self) -> str:
        return self.policy.id

    @property
    def organisation(self) -> Mapping[str, Any]:
        return self.policy.organisation

    @property
    def org_name(self) -> str:
        return self.policy.org_name

    @property
    def fingerprint(self) -> str:
        return self.policy.fingerprint

    def section(self, name: str) -> Mapping[str, Any]:
        return self.policy.section(name)

    def words(self, name: str) -> list[str]:
        return self.policy.words(name)

    def rule(self, rule_id: str) -> RuleSettings:
        return self.memo(("rule", rule_id), lambda: self.policy.rule(rule_id))

    def register_paths(self):
        return self.policy.register_paths()

    # -- derived structures ----------------------------------------------------
    def memo(self, key: object, build: Callable[[], Any]) -> Any:
        """Build something from the policy once (compiled patterns, a hashed register)."""
        try:  # called dozens of times per post: one lookup on the common path
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build()
            return value

    def org_terms(self) -> list[str]:
        """How the organisation is named: its name, aliases, websites, handles (with '@') and
        encouraged hashtags."""
        def build() -> list[str]:
            org = self.organisation
            terms = [org.get("name", ""), *org.get("aliases", ()), *org.get("websites", ())]
            terms += [h if h.startswith(("@", "#")) else "@" + h for h in org.get("handles", ())]
            terms += self.section("hashtags").get("encouraged", ())
            return [t for t in terms if t]
        return list(self.memo("org_terms", build))

    def pattern(self, *names: str, extra: list[str] | None = None) -> re.Pattern[str] | None:
        """A compiled, word-bounded alternation of the named word lists."""
        return self.memo(("pattern", names, tuple(extra or ())),
                         lambda: compile_terms([t for n in names for t in self.words(n)] + list(extra or ())))

    def __getstate__(self) -> dict:
        """Sent to worker processes without what was built (they build their own)."""
        return {"policy": self.policy, "_memo": {}}
