"""Downloaded media in a content-addressed store.

A file lands at `<root>/media/<aa>/<sha256>.<ext>`, where the extension comes
from the file's magic bytes, never from the URL or the Content-Type (CDNs
serve HTML error pages as image/jpeg, Instagram names files without
extensions). The same bytes downloaded twice are stored once. A download over
`max_bytes`, or of a type that is not a known image or video, is refused and
leaves nothing behind; the record then keeps its URL with `path: null`.

`StoredMedia.relpath` is relative to the store root, so a bundle written in
the root folder can use it as `media[].path` directly (CONTRACT §2).
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import requests

from crawler.live.base import PlatformError, TransientFailure
from crawler.live.http import HttpClient, PlatformRules, StatusError, safe_url

log = logging.getLogger("socialaudit.crawler.media")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
CHUNK = 64 * 1024
# A media CDN never takes our token: its 401/403 say nothing about reauthorisation.
MEDIA_RULES = PlatformRules("media", reset_header=None, auth_failure=lambda resp: None)

_FTYP_BRANDS = {b"heic": ("image/heic", "heic"), b"heix": ("image/heic", "heic"),
                b"mif1": ("image/heif", "heif"), b"avif": ("image/avif", "avif"),
                b"qt  ": ("video/quicktime", "mov")}


class MediaRejected(Exception):
    """A download the store will not keep (too large, unknown type)."""


def sniff(head: bytes) -> tuple[str, str] | None:
    """(mime type, extension) from a file's first bytes, or None when not a known media type."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif", "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], ("video/mp4", "mp4"))
    if head.startswith(b"\x1aE\xdf\xa3"):
        return "video/webm", "webm"
    return None


@dataclass(frozen=True, slots=True)
class StoredMedia:
    """A stored file: where it is, what it is."""
    path: Path
    relpath: str
    sha256: str
    size: int
    mime: str


class MediaStore:
    """Content-addressed media files under `root`, each at most `max_bytes`."""

    def __init__(self, root: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def __repr__(self) -> str:
        return f"MediaStore(root={str(self.root)!r}, max_bytes={self.max_bytes})"

    def fetch(self, url: str, http: HttpClient) -> StoredMedia | None:
        """Download `url` with `http`'s session and retry rules; None when refused or failing."""
        client = HttpClient(MEDIA_RULES, session=http.session, policy=http.policy,
                            clock=http.clock, timeout=http.timeout)

        def attempt() -> StoredMedia:
            with client.session.get(url, stream=True, timeout=client.timeout) as resp:
                if not 200 <= resp.status_code < 300:
                    raise StatusError(resp)
                declared = int(resp.headers.get("Content-Length") or 0)
                if declared > self.max_bytes:
                    raise MediaRejected(f"declared size {declared} bytes is over the cap")
                return self._receive(resp)
        try:
            return client.call(attempt, url)
        except (MediaRejected, PlatformError, TransientFailure) as exc:
            log.warning("media from %s not stored: %s", safe_url(url), exc)
            return None

    def store_bytes(self, data: bytes) -> StoredMedia:
        """Store bytes already in memory (importers); raises MediaRejected like a download."""
        if len(data) > self.max_bytes:
            raise MediaRejected(f"{len(data)} bytes is over the cap")
        with self._tempfile() as (fh, tmp):
            fh.write(data)
        return self._finish(tmp, data[:32], hashlib.sha256(data).hexdigest(), len(data))

    def _receive(self, resp: requests.Response) -> StoredMedia:
        digest, size, head = hashlib.sha256(), 0, b""
        with self._tempfile() as (fh, tmp):
            for chunk in resp.iter_content(CHUNK):
                size += len(chunk)
                if size > self.max_bytes:  # the temp file goes with the exception
                    raise MediaRejected(f"download passed the {self.max_bytes}-byte cap")
                if len(head) < 32:
                    head += chunk[:32 - len(head)]
                digest.update(chunk)
                fh.write(chunk)
        return self._finish(tmp, head, digest.hexdigest(), size)

    def _finish(self, tmp: Path, head: bytes, sha: str, size: int) -> StoredMedia:
        kind = sniff(head)
        if kind is None:
            tmp.unlink(missing_ok=True)
            raise MediaRejected("not a known image or video type (magic bytes)")
        mime, ext = kind
        relpath = f"media/{sha[:2]}/{sha}.{ext}"
        final = self.root / relpath
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            tmp.unlink(missing_ok=True)
        else:
            os.replace(tmp, final)
        return StoredMedia(final, relpath, sha, size, mime)

    def _tempfile(self) -> "_TempFile":
        return _TempFile(self.root / "media" / ".incoming")


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
