"""Small shared pieces of the importers: ids, times, mojibake, media suffixes, EXIF geo."""
from __future__ import annotations

import hashlib
import math
import posixpath
from datetime import datetime, timezone
from typing import Any, Iterable

from socialaudit.core.model import RecordError

MAX_DEPTH = 200  # real exports nest a few levels; a hostile one can nest thousands


def fix_mojibake(value: Any, _depth: int = 0) -> Any:
    """Undo Meta's export encoding on every string of a parsed JSON value.

    Facebook and Instagram write each UTF-8 byte as its own `\\u00XX` escape,
    so "ø" arrives as "Ã¸". Re-encoding as latin-1 recovers the bytes; a
    string that does not survive that round trip was not mangled and is kept.
    A value nested deeper than MAX_DEPTH is refused (RecordError), never
    walked into a RecursionError.
    """
    if isinstance(value, str):
        if value.isascii():
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, (list, dict)) and _depth >= MAX_DEPTH:
        raise RecordError(f"nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, list):
        return [fix_mojibake(v, _depth + 1) for v in value]
    if isinstance(value, dict):
        return {k: fix_mojibake(v, _depth + 1) for k, v in value.items()}
    return value


def iso_from_unix(ts: Any) -> str | None:
    """Unix seconds to ISO-8601 UTC; None for a missing, zero or absurd value."""
    if isinstance(ts, bool) or not isinstance(ts, (int, float)) or not ts or not math.isfinite(ts):
        return None
    try:
        return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return None


class IdMinter:
    """Stable ids for posts that have none: a hash of what identifies the post.

    Two posts with the same time, text and media (a double submit) get "-2",
    "-3" in file order, so re-importing the same archive gives the same ids.
    """

    def __init__(self, platform: str):
        self.platform = platform
        self._seen: dict[str, int] = {}

    def mint(self, timestamp: Any, text: str, uris: Iterable[str]) -> str:
        raw = "\x1f".join([str(timestamp), text, *uris])
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        n = self._seen.get(digest, 0) + 1
        self._seen[digest] = n
        return f"{self.platform}:{digest}" if n == 1 else f"{self.platform}:{digest}-{n}"


def valid_point(lat: Any, lon: Any) -> tuple[float, float] | None:
    """(lat, lon) as floats when they are a real place; (0, 0) is a placeholder, not a place."""
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(la) and math.isfinite(lo)) or not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None
    if la == 0.0 and lo == 0.0:
        return None
    return la, lo


def exif_point(media: dict) -> tuple[float, float] | None:
    """Latitude/longitude from Meta's `media_metadata.{photo,video}_metadata.exif_data[]`."""
    meta = media.get("media_metadata")
    if not isinstance(meta, dict):
        return None
    for kind in ("photo_metadata", "video_metadata"):
        block = meta.get(kind)
        exif = block.get("exif_data") if isinstance(block, dict) else None
        for entry in exif if isinstance(exif, list) else ():
            if isinstance(entry, dict) and "latitude" in entry and "longitude" in entry:
                point = valid_point(entry["latitude"], entry["longitude"])
                if point:
                    return point
    return None


# Magic numbers of the media an export holds; Instagram often drops the extension.
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv", ".3gp"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".avif", ".tif", ".tiff", ".bmp"}


def kind_from_suffix(name: str) -> str | None:
    ext = posixpath.splitext(name)[1].lower()
    if ext in IMAGE_SUFFIXES:
        return "photo"
    if ext in VIDEO_SUFFIXES:
        return "video"
    return None


# What a malformed item can raise while being turned into a record (wrong types, missing keys, absurd nesting).
BAD_ITEM = (RecordError, TypeError, AttributeError, ValueError, KeyError, IndexError, RecursionError)


def why(e: Exception) -> str:
    """An exception's reason without the file name (record_error adds it)."""
    return getattr(e, "reason", None) or str(e)


def record_error(file: str, item: int | None, reason: str) -> RecordError:
    """A per-record problem, named by the file inside the export and the item number."""
    where = f"{file} item {item:,}" if item is not None else file
    return RecordError(f"{where}: {reason}")
