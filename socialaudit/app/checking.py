"""The pre-publication check: "am I OK to post this?" for one draft.

Runs every enabled rule of the policy on a draft post (text, photos, an
optional reply target) exactly as the audit would, and explains each verdict
in plain words with the policy clause and what to change. When the author is
known (signed in, or `check --account`), the draft is read as one more post of
their account: their stored posts show the names of their own family ("my son
Alfie"), as an audit of the whole account would (auditors.nlp.names_own).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from auditors.engine import audit_one
from auditors.evaluate import RuleSet
from auditors.facts import is_carer_account
from auditors.learned.builtin import layer_for
from auditors.prepared import Prepared
from socialaudit.core.model import Account, Finding, Media, Post, Reply, parse_account
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


@dataclass
class Author:
    """A draft's known author: their accounts and the texts of their stored posts."""
    accounts: list[Account]
    history: Iterable[str]

    def account_for(self, role: str, prepared: Prepared) -> Account | None:
        """The account the draft is read as: none for an official draft; else a foster
        carer's account if they have one (read the more strictly), else their first."""
        personal = [a for a in self.accounts if not a.is_official]
        if role == "official" or not personal:
            return None
        return next((a for a in personal if is_carer_account(a, prepared)), personal[0])


def stored_author(s: Any, rows: list[tuple[int, dict]]) -> Author | None:
    """The author from their stored accounts (rows of socialaudit.storage.accounts), whose
    posts' texts are streamed from the session `s` while the draft is checked."""
    from socialaudit.storage import accounts as stored  # the database only when the author is known
    if not rows:
        return None
    return Author([parse_account(rec) for _, rec in rows], stored.post_texts(s, [i for i, _ in rows]))


def check_draft(policy: Policy, text: str, photos: list[Path] = (), *, role: str = "personal",
                reply_to: str | None = None, alt_texts: list[str] | None = None,
                author: Author | None = None) -> list[Verdict]:
    """Audit one draft; return a verdict per enabled post rule, problems first."""
    alt_texts = alt_texts or []
    files = [Path(p).resolve() for p in photos]
    root = Path(os.path.commonpath([f.parent for f in files])) if files else None
    media = [Media("photo", str(f.relative_to(root)), alt_texts[i] if i < len(alt_texts) else None)
             for i, f in enumerate(files)]
    prepared = Prepared(policy)
    account = author.account_for(role, prepared) if author is not None else None
    history = author.history if author is not None and account is not None else ()
    account = account or Account(id="draft:@me", platform="x", role=role)
    post = Post(id="draft:1", account_id=account.id, platform=account.platform, text=text, media=media,
                in_reply_to=Reply(reply_to, None) if reply_to else None, visibility="public")
    found, errors = audit_one(post, account, prepared, root, learned=layer_for(prepared.policy), history=history)
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
