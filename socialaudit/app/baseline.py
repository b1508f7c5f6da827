"""Baselines, as detect-secrets keeps them: `audit --write-baseline FILE` records the findings
of today's audit, `audit --baseline FILE` then shows only findings that are not in it.

A finding is keyed by its fingerprint (rule + subject + normalised matched text, hashed:
socialaudit.core.model.Finding.fingerprint), so the file holds no name, place, excerpt or
post text and survives re-crawls and edits that shift offsets. It is JSON, sorted, so a
baseline kept in version control diffs cleanly:

    {"format": "socialaudit-baseline", "version": 1, "policy": "twins-trust-fcs",
     "generated_at": "2026-12-07T10:00:00Z",
     "findings": [{"fingerprint": "5e02cece…", "rule": "disclaimer-missing"}, …]}
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from socialaudit.core.errors import InputError
from socialaudit.core.model import Finding

FORMAT, VERSION = "socialaudit-baseline", 1
_FINGERPRINT = re.compile(r"^[0-9a-f]{16,64}$")


def load(path: str) -> frozenset[str]:
    """The fingerprints in a baseline file; anything else is an InputError naming the file."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: baseline not found (make one with --write-baseline {path})") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the baseline ({getattr(e, 'strerror', None) or e})") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}: the baseline is not JSON ({e.msg})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(f"{path}: not a socialaudit baseline (no \"format\": \"{FORMAT}\")")
    if doc.get("version") != VERSION:
        raise InputError(f"{path}: baseline version {doc.get('version')!r}; this socialaudit reads version {VERSION}")
    entries = doc.get("findings")
    if not isinstance(entries, list):
        raise InputError(f"{path}: the baseline's \"findings\" must be a list")
    out = set()
    for i, e in enumerate(entries):
        fp = e.get("fingerprint") if isinstance(e, dict) else None
        if not isinstance(fp, str) or not _FINGERPRINT.match(fp):
            raise InputError(f"{path}: baseline entry {i + 1} has no valid \"fingerprint\"")
        out.add(fp)
    return frozenset(out)


def check_writable(path: str) -> None:
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise InputError(f"{path}: cannot write the baseline (no folder {folder})")
    if Path(path).is_dir():
        raise InputError(f"{path}: is a folder, not a baseline file")


def write(path: str, findings: dict[str, str], policy_id: str) -> None:
    """Write {fingerprint: rule} as a baseline, atomically (a reader never sees half a file)."""
    doc = {"format": FORMAT, "version": VERSION, "policy": policy_id,
           "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "findings": [{"fingerprint": fp, "rule": rule} for fp, rule in sorted(findings.items())]}
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.resolve().parent, prefix=".baseline-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write the baseline ({e.strerror})") from None


@dataclass
class Tally:
    """What an audit did against a baseline: findings it hid, baseline entries it no longer
    saw, and every finding it saw (for --write-baseline)."""
    known: frozenset[str] = frozenset()
    hidden: int = 0
    seen: dict[str, str] = field(default_factory=dict)
    # False when the audit neither reads nor writes a baseline: every finding is new, and no
    # fingerprint is computed or kept (a hash per finding, and memory that grows with them)
    tracking: bool = True

    def is_new(self, finding: Finding) -> bool:
        if not self.tracking:
            return True
        fp = finding.fingerprint
        self.seen[fp] = finding.rule
        if fp in self.known:
            self.hidden += 1
            return False
        return True

    @property
    def gone(self) -> int:
        return len(self.known - self.seen.keys())
