"""The content-addressed media store: a file lands at `<root>/media/<aa>/<sha256>.<ext>`,
its extension from its magic bytes (socialaudit.core.mediatypes). The same bytes stored
twice are kept once. A file over `max_bytes`, or not a known image or video, is refused
and leaves nothing behind. Used by the importers and connectors (what they fetch) and by
the store (what a bundle points at), so both write the same layout.

`StoredMedia.relpath` is relative to the store root, so a bundle written in the root
folder can use it as `media[].path` directly (CONTRACT §2).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

from socialaudit.core.mediatypes import HEAD_BYTES, sniff

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class MediaRejected(Exception):
    """A file the store will not keep (too large, unknown type)."""


@dataclass(frozen=True, slots=True)
class StoredMedia:
    """A stored file: where it is, what it is."""
    path: Path
    relpath: str
    sha256: str
    size: int
    mime: str


class ContentStore:
    """Content-addressed media files under `root`, each at most `max_bytes`."""

    def __init__(self, root: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def __repr__(self) -> str:
        return f"{type(self).__name__}(root={str(self.root)!r}, max_bytes={self.max_bytes})"

    def store_bytes(self, data: bytes) -> StoredMedia:
        """Store bytes already in memory; raises MediaRejected."""
        if len(data) > self.max_bytes:
            raise MediaRejected(f"{len(data)} bytes is over the cap")
        with _TempFile(self._incoming()) as (fh, tmp):
            fh.write(data)
        return self._finish(tmp, data[:HEAD_BYTES], hashlib.sha256(data).hexdigest(), len(data))

    def store_chunks(self, chunks: Iterable[bytes]) -> StoredMedia:
        """Store a stream (a download) without holding it in memory; raises MediaRejected as
        soon as it passes the cap (the partial file goes with the exception)."""
        digest, size, head = hashlib.sha256(), 0, b""
        with _TempFile(self._incoming()) as (fh, tmp):
            for chunk in chunks:
                size += len(chunk)
                if size > self.max_bytes:
                    raise MediaRejected(f"download passed the {self.max_bytes}-byte cap")
                if len(head) < HEAD_BYTES:
                    head += chunk[:HEAD_BYTES - len(head)]
                digest.update(chunk)
                fh.write(chunk)
        return self._finish(tmp, head, digest.hexdigest(), size)

    def _incoming(self) -> Path:
        return self.root / "media" / ".incoming"

    def _finish(self, tmp: Path, head: bytes, sha: str, size: int) -> StoredMedia:
        kind = sniff(head)
        if kind is None:
            tmp.unlink(missing_ok=True)
            raise MediaRejected("not a known image or video type (magic bytes)")
        relpath = f"media/{sha[:2]}/{sha}.{kind.ext}"
        final = self.root / relpath
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            tmp.unlink(missing_ok=True)
        else:
            os.replace(tmp, final)
        return StoredMedia(final, relpath, sha, size, kind.mime)


class _TempFile:
    """A temp file in the store (same filesystem, so the final rename is atomic)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> tuple[BinaryIO, Path]:
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.folder)
        self.path = Path(name)
        self.fh = os.fdopen(fd, "wb")
        return self.fh, self.path

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.fh.close()
        if exc_type is not None:
            self.path.unlink(missing_ok=True)
