"""What a media file is, from its first bytes — never from its name, URL or Content-Type
(CDNs serve HTML error pages as image/jpeg; Instagram names files without extensions)."""
from __future__ import annotations

from typing import NamedTuple


class MediaType(NamedTuple):
    mime: str
    ext: str      # without the dot: "jpg"
    kind: str     # "photo" or "video", as a record's media[].type


_MAGIC = (
    (b"\xff\xd8\xff", MediaType("image/jpeg", "jpg", "photo")),
    (b"\x89PNG\r\n\x1a\n", MediaType("image/png", "png", "photo")),
    (b"GIF87a", MediaType("image/gif", "gif", "photo")),
    (b"GIF89a", MediaType("image/gif", "gif", "photo")),
    (b"\x1aE\xdf\xa3", MediaType("video/webm", "webm", "video")),
)
_HEIC, _HEIF = MediaType("image/heic", "heic", "photo"), MediaType("image/heif", "heif", "photo")
_FTYP_BRANDS = {b"heic": _HEIC, b"heix": _HEIC, b"mif1": _HEIF, b"msf1": _HEIF,
                b"avif": MediaType("image/avif", "avif", "photo"),
                b"qt  ": MediaType("video/quicktime", "mov", "video")}
HEAD_BYTES = 32


def sniff(head: bytes) -> MediaType | None:
    """The media type of a file from its first HEAD_BYTES bytes, or None when not a known one."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaType("image/webp", "webp", "photo")
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], MediaType("video/mp4", "mp4", "video"))
    return None
