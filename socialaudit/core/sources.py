"""Where records come from (the record-source contract) and what an audit reports back.

A source is read in two streaming passes (accounts first, then everything), so a
million-line bundle is never held in memory and accounts may appear anywhere.
`BundleSource` reads an audit bundle (CONTRACT §2); platform exports are sources
too (crawler.archives), and so is the store (socialaudit.storage).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Protocol

from socialaudit.core.errors import InputError, RecordError
from socialaudit.core.model import Account, Finding, Post


@dataclass
class AuditError:
    """One thing an audit could not use: a record, a media file, a rule on one subject."""
    file: str
    line: int | None
    reason: str

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "reason": self.reason}


MAX_ERRORS = 10_000


@dataclass
class AuditSummary:
    """What an audit saw (CONTRACT §3 "audited") and what it could not use ("errors")."""
    accounts: int = 0
    posts: int = 0
    media: int = 0
    findings: int = 0
    errors: list[AuditError] = field(default_factory=list)
    errors_dropped: int = 0

    def add_error(self, err: AuditError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(err)
        else:
            self.errors_dropped += 1


@dataclass
class Audited:
    """One audited subject: a post (with the account it is from) or an account."""
    subject: Post | Account
    findings: list[Finding]
    account: Account
    account_known: bool  # the source held a record for the account (else a placeholder)


class RecordSource(Protocol):
    name: str
    media_root: Path | None

    def records(self, accounts_only: bool = False) -> Iterator[tuple[int | None, dict | RecordError]]:
        """Yield (line number or None, record dict or the reason it is unusable)."""
        ...


MAX_LINE_BYTES = 8 * 1024 * 1024


class BundleSource:
    """An audit bundle: UTF-8 JSON Lines, one record per line (CONTRACT §2)."""

    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)
        self.media_root = path.parent

    def records(self, accounts_only: bool = False) -> Iterator[tuple[int | None, dict | RecordError]]:
        for n, raw in self.raw_lines():
            if accounts_only and b'"account"' not in raw:
                continue
            yield n, parse_line(raw, accounts_only)

    def raw_lines(self) -> Iterator[tuple[int, bytes]]:
        """Every line as read, numbered from 1: worker processes parse them themselves
        (auditors.parallel), so the reading process only reads."""
        try:
            f = self.path.open("rb")
        except OSError as e:
            raise InputError(f"{self.path}: cannot be read ({e.strerror})") from None
        with f:
            yield from enumerate(f, 1)


def parse_line(raw: bytes, accounts_only: bool = False) -> dict | RecordError:
    """One bundle line as a record dict, or the reason it is unusable (never raises)."""
    if len(raw) > MAX_LINE_BYTES:
        return RecordError(f"line longer than {MAX_LINE_BYTES // 1024 // 1024} MiB")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return RecordError(f"not valid UTF-8 (byte {e.start})")
    if not line.strip():
        return RecordError("blank line") if not accounts_only else {}
    try:
        d = json.loads(line)
    except json.JSONDecodeError as e:
        return RecordError(f"invalid JSON ({e.msg} at column {e.colno})")
    except RecursionError:
        return RecordError("JSON nested too deeply")
    except ValueError:  # e.g. an integer of thousands of digits
        return RecordError("a number in this line is too large to read")
    return d
