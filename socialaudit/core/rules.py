"""The rule contract: everything about a rule is declared once, in its module, as a
`RuleSpec`. The registry (auditors.registry) collects the specs; the policy loader
validates packs against them and takes their defaults; the command line, the web
filters, the reports, docs/RULES.md and the tests all read them from there.

    RULE = RuleSpec(
        id="geotag", subject="post", severity="high",
        label="Location attached to the post",
        summary="the post's geotag or GPS coordinates in an attached photo's EXIF",
        message="Post carries location metadata",
        advice="Turn off location for this post, or post once you are home.",
        clauses={"twins-trust-fcs": "Post content 3"},
        params={"unrelated_severity": Param(str, "low", "severity when the post is not about the service")},
    )

A pack only overrides: `[rules.geotag] severity = "medium"`, a clause, a parameter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

SEVERITIES = ("low", "medium", "high")
SUBJECTS = ("post", "account")
# Parameter types a pack may set: str, bool, int, "number" (int or float), "strs" (a list of
# strings), "strmap" (a table of string lists).
PARAM_TYPES: tuple[Any, ...] = (str, bool, int, "number", "strs", "strmap")
_RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class RuleSpecError(ValueError):
    """A rule declared wrongly; the message names the rule and what is wrong."""


@dataclass(frozen=True)
class Param:
    """One tunable of a rule: its type, its default, and what it does."""
    type: Any
    default: Any = None
    help: str = ""


@dataclass(frozen=True)
class RuleSpec:
    """Everything about a rule but its logic."""
    id: str
    subject: str             # "post" or "account"
    severity: str            # default severity
    label: str               # a few plain words, for people who do not read rule ids
    summary: str             # what it catches, one line (docs, the rules table)
    message: str             # the default finding message
    advice: str              # what the volunteer should do
    clauses: Mapping[str, str] = field(default_factory=dict)  # pack id -> the clause it enforces there
    params: Mapping[str, Param] = field(default_factory=dict)
    min_confidence: float = 0.5

    def __post_init__(self) -> None:
        object.__setattr__(self, "clauses", MappingProxyType(dict(self.clauses)))
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def validate(self, where: str) -> "RuleSpec":
        """Refuse a malformed declaration with a message naming the rule and the field."""
        if not isinstance(self.id, str) or not _RULE_ID.match(self.id):
            raise RuleSpecError(f"{where}: rule id {self.id!r} must be lowercase words joined by '-'")
        problems = []
        if self.subject not in SUBJECTS:
            problems.append(f"subject must be one of {', '.join(SUBJECTS)}")
        if self.severity not in SEVERITIES:
            problems.append(f"severity must be one of {', '.join(SEVERITIES)}")
        for name in ("label", "summary", "message", "advice"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                problems.append(f"{name} must be a non-empty string")
        if not 0.0 <= float(self.min_confidence) <= 1.0:
            problems.append("min_confidence must be between 0 and 1")
        for name, p in self.params.items():
            if not isinstance(p, Param) or p.type not in PARAM_TYPES:
                problems.append(f"parameter {name!r} must be a Param of type {PARAM_TYPES}")
        if problems:
            raise RuleSpecError(f"{where}: rule {self.id!r}: " + "; ".join(problems))
        return self
