"""Writers for audit results. Each streams: findings are written as they come,
so the output of a million-post audit never sits in memory.

- json:  the findings document of CONTRACT §3 (one JSON object)
- jsonl: one finding per line, then a final {"summary": ...} line
- sarif: SARIF 2.1.0, for code-scanning style dashboards
- table: a readable listing for people (the default)
"""
from __future__ import annotations

import json
from typing import IO, Protocol

from socialaudit.core.model import Account, Finding, Post
from socialaudit.core.policy import Policy
from socialaudit.core.redact import distinct_excerpts
from socialaudit.core.sources import AuditSummary


class Writer(Protocol):
    def start(self) -> None: ...
    def finding(self, f: Finding, subject: Post | Account) -> None: ...
    def finish(self, summary: AuditSummary) -> None: ...


def _audited(summary: AuditSummary) -> dict:
    return {"accounts": summary.accounts, "posts": summary.posts, "media": summary.media}


def _errors(summary: AuditSummary) -> list[dict]:
    errs = [e.to_dict() for e in summary.errors]
    if summary.errors_dropped:
        errs.append({"file": None, "line": None, "reason": f"{summary.errors_dropped} more errors not listed"})
    return errs


class JsonWriter:
    def __init__(self, out: IO[str], policy: Policy, explain: bool = False):
        self.out, self.policy, self.explain, self.n = out, policy, explain, 0

    def start(self) -> None:
        self.out.write('{"policy": ' + json.dumps(self.policy.id) + ', "findings": [')

    def finding(self, f: Finding, subject) -> None:
        self.out.write(("\n  " if self.n == 0 else ",\n  ") + json.dumps(f.to_dict(explain=self.explain),
                                                                        ensure_ascii=False))
        self.n += 1

    def finish(self, summary: AuditSummary) -> None:
        self.out.write(("\n" if self.n else "") + '], "audited": ' + json.dumps(_audited(summary))
                       + ', "errors": ' + json.dumps(_errors(summary), ensure_ascii=False) + "}\n")


class JsonlWriter(JsonWriter):
    def start(self) -> None:
        pass

    def finding(self, f: Finding, subject) -> None:
        self.out.write(json.dumps(f.to_dict(explain=True), ensure_ascii=False) + "\n")

    def finish(self, summary: AuditSummary) -> None:
        self.out.write(json.dumps({"summary": {"policy": self.policy.id, "audited": _audited(summary),
                                               "findings": summary.findings, "errors": _errors(summary)}},
                                  ensure_ascii=False) + "\n")


class SarifWriter(JsonWriter):
    LEVEL = {"high": "error", "medium": "warning", "low": "note"}

    def start(self) -> None:
        rules = [{"id": r.id, "shortDescription": {"text": r.message},
                  "fullDescription": {"text": r.policy_text or r.label}, "properties": {"clause": r.clause}}
                 for r in map(self.policy.rule, sorted(self.policy.rules))]
        head = {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                "runs": [{"tool": {"driver": {"name": "socialaudit", "rules": rules}}, "results": []}]}
        text = json.dumps(head)
        self._tail = text[text.rindex('"results": []') + len('"results": ['):]
        self.out.write(text[:text.rindex('"results": []') + len('"results": [')])

    def finding(self, f: Finding, subject) -> None:
        res = {"ruleId": f.rule, "level": self.LEVEL[f.severity], "message": {"text": f.message},
               "locations": [{"logicalLocations": [{"name": f.subject, "kind": f.subject_kind}]}],
               "partialFingerprints": {"socialaudit/v1": f.fingerprint},
               "properties": {"confidence": f.confidence, "clause": f.clause,
                              "excerpts": [e.excerpt for e in f.evidence]}}
        self.out.write(("" if self.n == 0 else ",") + json.dumps(res, ensure_ascii=False))
        self.n += 1

    def finish(self, summary: AuditSummary) -> None:
        self.out.write("]" + self._tail[1:] + "\n")


class TableWriter:
    """One block per finding, then totals. Excerpts are already redacted."""

    def __init__(self, out: IO[str], policy: Policy, explain: bool = False):
        self.out, self.policy, self.explain, self.n = out, policy, explain, 0

    def start(self) -> None:
        self.out.write(f"Policy: {self.policy.title}\n\n")

    def finding(self, f: Finding, subject) -> None:
        self.n += 1
        self.out.write(f"{f.severity.upper():6} {f.rule:22} {f.subject}\n")
        self.out.write(f"       {f.message} [{f.clause}] (confidence {f.confidence:.2f})\n")
        fields: dict[str, list[str]] = {}
        for e in f.evidence:
            fields.setdefault(e.field, []).append(e.excerpt)
        shown = [(name, text) for name, texts in fields.items() for text in distinct_excerpts(texts)]
        for name, text in shown[:3]:
            self.out.write(f"       {name}: {text}\n")
        if self.explain:
            for w in f.explanation:
                self.out.write(f"       why: {w}\n")

    def finish(self, summary: AuditSummary) -> None:
        if not self.n:
            self.out.write("No findings.\n")
        self.out.write(f"\nAudited {summary.accounts} accounts, {summary.posts} posts, {summary.media} media: "
                       f"{summary.findings} findings, {len(summary.errors) + summary.errors_dropped} problems.\n")
        for e in summary.errors[:20]:
            loc = f"{e.file}:{e.line}" if e.line else e.file
            self.out.write(f"  problem: {loc}: {e.reason}\n")
        if len(summary.errors) > 20:
            self.out.write(f"  … and {len(summary.errors) - 20 + summary.errors_dropped} more (use --format json)\n")


WRITERS = {"json": JsonWriter, "jsonl": JsonlWriter, "sarif": SarifWriter, "table": TableWriter}
