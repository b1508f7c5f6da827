"""The pre-publication check: "am I OK to post this?" for one draft.

Runs every enabled rule of the policy on a draft post (text, photos, an
optional reply target) exactly as the audit would, and explains each verdict
in plain words with the policy clause and what to change.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from auditors.engine import audit_one
from auditors.evaluate import RuleSet
from auditors.learned.builtin import layer_for
from auditors.prepared import Prepared
from socialaudit.core.model import Account, Finding, Media, Post, Reply
from socialaudit.core.policy import Policy


@dataclass
class Verdict:
    rule: str
    finding: Finding | None
    clause: str
    policy_text: str
    advice: str

    @property
    def ok(self) -> bool:
        return self.finding is None


def check_draft(policy: Policy, text: str, photos: list[Path] = (), *, role: str = "personal",
                reply_to: str | None = None, alt_texts: list[str] | None = None) -> list[Verdict]:
    """Audit one draft; return a verdict per enabled post rule, problems first."""
    alt_texts = alt_texts or []
    files = [Path(p).resolve() for p in photos]
    root = Path(os.path.commonpath([f.parent for f in files])) if files else None
    media = [Media("photo", str(f.relative_to(root)), alt_texts[i] if i < len(alt_texts) else None)
             for i, f in enumerate(files)]
    account = Account(id="draft:@me", platform="x", role=role)
    post = Post(id="draft:1", account_id=account.id, platform="x", text=text, media=media,
                in_reply_to=Reply(reply_to, None) if reply_to else None, visibility="public")
    prepared = Prepared(policy)
    found, errors = audit_one(post, account, prepared, root, learned=layer_for(prepared.policy))
    findings = {f.rule: f for f in found}
    verdicts = [Verdict(rule.id, findings.get(rule.id), settings.clause, settings.policy_text, settings.advice)
                for rule, settings in RuleSet.of(prepared).post]
    problems = [e.reason for e in errors]
    if problems:
        raise DraftError("; ".join(problems))
    return sorted(verdicts, key=lambda v: (v.ok, v.rule))


class DraftError(ValueError):
    """A draft that could not be checked fully (e.g. a photo that cannot be read)."""


def explain(verdicts: list[Verdict], help_text: str = "") -> str:
    """The verdicts as plain sentences a volunteer can act on."""
    problems = [v for v in verdicts if not v.ok]
    lines = []
    if not problems:
        lines.append("Looks fine to post: no rule of the policy found a problem.")
    else:
        lines.append(f"Please change this before posting: {len(problems)} problem(s) found.")
    for v in problems:
        f = v.finding
        lines.append("")
        lines.append(f"✗ {f.message} ({v.rule}, {f.severity}; policy: {v.clause})")
        if v.policy_text:
            lines.append(f"  The policy says: “{v.policy_text}”")
        for e in f.evidence[:3]:
            lines.append(f"  Where: {e.excerpt}")
        if v.advice:
            lines.append(f"  What to do: {v.advice}")
    ok = [v.rule for v in verdicts if v.ok]
    if ok:
        lines.append("")
        lines.append("✓ No problem found for: " + ", ".join(ok))
    if help_text:
        lines.append("")
        lines.append(help_text)
    return "\n".join(lines)
