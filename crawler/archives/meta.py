"""What Facebook and Instagram exports share: media entries, profile files, the post loop.

Both come from Meta's "Download your information": posts are a top-level
array, every string is mojibake (fixed in `common.fix_mojibake`), times are
unix seconds, media `uri`s are paths from the export root, and there are no
post ids, so ids are minted from time, text and media (`common.IdMinter`).
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from crawler.archives.common import BAD_ITEM, fix_mojibake, kind_from_suffix, record_error, why
from crawler.archives.container import MemberError, safe_member_name
from crawler.archives.formats import ExportFiles
from crawler.archives.jsonstream import JSONStreamError, iter_array, load_object
from socialaudit.core.mediatypes import sniff
from socialaudit.core.model import RecordError

PostBuilder = Callable[[dict], dict]


def media_entry(files: ExportFiles, uri: Any, alt_text: str | None, hint: str | None = None) -> dict:
    """A CONTRACT media dict for an export `uri`: a readable path when the file is in the export.

    Instagram drops extensions ("media/posts/201806/ARUCK..._17883999907227667");
    the type then comes from the file's first bytes, and the path gets the
    extension so image readers pick the right decoder.
    """
    entry = {"type": hint or "photo", "path": None, "alt_text": alt_text or None}
    if not isinstance(uri, str) or not uri:
        return entry
    if uri.startswith(("http://", "https://")):
        return {**entry, "url": uri}
    rel = safe_member_name(uri)
    if rel is None or rel not in files.names:
        entry["type"] = kind_from_suffix(uri) or entry["type"]
        return entry
    kind, suffix = kind_from_suffix(rel), ""
    if kind is None:
        found = sniff(files.head(rel))
        kind, suffix = (found.kind, "." + found.ext) if found else (entry["type"], "")
    return {**entry, "type": kind, "path": files.media_path(rel, suffix)}


def stream_posts(files: ExportFiles, names: list[str], build: PostBuilder) -> Iterator[dict | RecordError]:
    """Every post of the listed files; a bad post or a broken file becomes a RecordError."""
    for name in names:
        try:
            with files.open(name) as f:
                for n, raw in enumerate(iter_array(f), 1):
                    yield _build_one(build, raw, name, n)
                    if files.problems:
                        yield from (record_error(name, n, str(p)) for p in files.drain())
        except (JSONStreamError, MemberError) as e:
            yield record_error(name, None, f"{why(e)}; the rest of this file was skipped")


def _build_one(build: PostBuilder, raw: Any, name: str, n: int) -> dict | RecordError:
    if not isinstance(raw, dict):
        return record_error(name, n, "a post must be a JSON object")
    try:
        return build(fix_mojibake(raw))
    except BAD_ITEM as e:
        return record_error(name, n, f"unusable post ({type(e).__name__}: {e})")


def read_profile(files: ExportFiles, candidates: tuple[str, ...]) -> tuple[dict | None, list[RecordError]]:
    """The first profile file that exists, parsed and mojibake-fixed."""
    for name in candidates:
        if not files.exists(name):
            continue
        try:
            with files.open(name) as f:
                data = load_object(f)
            return (fix_mojibake(data) if isinstance(data, dict) else None), []
        except (JSONStreamError, MemberError, RecordError) as e:
            return None, [record_error(name, None, why(e))]
    return None, []


def text_or_none(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def account_record(platform: str, handle: str | None, fallback: str, **fields: Any) -> dict:
    """The export owner's account (role personal); unknown facts stay null."""
    return {"kind": "account", "id": f"{platform}:@{handle}" if handle else f"{platform}:{fallback}",
            "platform": platform, "handle": handle, "display_name": fields.get("display_name"),
            "role": "personal", "bio": fields.get("bio"), "about_text": None,
            "website": fields.get("website"), "is_public": fields.get("is_public"), "location_sharing": None}
