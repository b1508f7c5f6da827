"""What `--input` may name: an audit bundle (JSON Lines) or a platform export, read
through the archive importers (crawler.archives)."""
from __future__ import annotations

from pathlib import Path

from socialaudit.core.errors import InputError
from socialaudit.core.sources import BundleSource, RecordSource


def open_input(path: str | Path) -> RecordSource:
    """A bundle file, or a platform export (zip or folder) through the archive importers."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_file() and p.suffix.lower() in (".jsonl", ".ndjson", ".json") and not _looks_like_zip(p):
        return BundleSource(p)
    if p.is_dir() or _looks_like_zip(p):
        # The importers (X, Facebook, Instagram) are loaded for an export only, not for every bundle audit.
        from crawler.archives import open_archive

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
