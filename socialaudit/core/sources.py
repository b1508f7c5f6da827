"""Where records come from: an audit bundle (JSON Lines) or a platform archive.

A source is read in two streaming passes (accounts first, then everything), so a
million-line bundle is never held in memory and accounts may appear anywhere.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Protocol

from socialaudit.core.model import RecordError


class InputError(Exception):
    """The input as a whole cannot be read. The message names the file."""


@dataclass
class AuditError:
    file: str
    line: int | None
    reason: str

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "reason": self.reason}


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
        try:
            f = self.path.open("rb")
        except OSError as e:
            raise InputError(f"{self.path}: cannot be read ({e.strerror})") from None
        with f:
            for n, raw in enumerate(f, 1):
                if accounts_only and b'"account"' not in raw:
                    continue
                yield n, _parse_line(raw, accounts_only)


def _parse_line(raw: bytes, accounts_only: bool) -> dict | RecordError:
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


def open_input(path: str | Path) -> RecordSource:
    """A bundle file, or a platform export (zip or folder) through the archive importers."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_file() and p.suffix.lower() in (".jsonl", ".ndjson", ".json") and not _looks_like_zip(p):
        return BundleSource(p)
    if p.is_dir() or _looks_like_zip(p):
        try:
            from crawler.archives import open_archive
        except ImportError:
            raise InputError(f"{p}: platform archives need the archive importers (crawler.archives)") from None
        return open_archive(p)
    if p.is_file():
        return BundleSource(p)
    raise InputError(f"{p}: not an audit bundle or a platform archive")


def _looks_like_zip(p: Path) -> bool:
    try:
        with p.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror})") from None
