"""Field-level quirks of the X archive format, as small pure functions.

See x.py for the file-level quirks. Everything here is a hot path (called per
tweet of archives with hundreds of thousands), so parsing avoids strptime.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from crawler.archives.common import valid_point

_MONTHS = {m: f"{i:02d}" for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def x_time(value: Any) -> str | None:
    """"Thu Nov 03 08:50:26 +0000 2022" -> "2022-11-03T08:50:26Z" (hot path: no strptime for UTC)."""
    if not isinstance(value, str):
        return None
    parts = value.split()
    if len(parts) == 6 and parts[4] == "+0000" and parts[1] in _MONTHS and len(parts[3]) == 8:
        return f"{parts[5]}-{_MONTHS[parts[1]]}-{parts[2]}T{parts[3]}Z"
    try:
        dt = datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _norm(text: str) -> str:
    return " ".join(text.split())


def truncated_prefix(text: str) -> str | None:
    """The visible start of a cut-off long post ("...Check… https://t.co/x"), or None."""
    head, sep, tail = text.rpartition("…")
    if not sep or (tail.strip() and not tail.strip().startswith("https://t.co/")) or " " in tail.strip():
        return None
    return head


def pick_note(text: str, candidates: list[str]) -> str | None:
    """The note whose text continues this cut-off tweet text."""
    prefix = truncated_prefix(text)
    if prefix is None:
        return None
    want = _norm(prefix)
    matches = [n for n in candidates if _norm(n).startswith(want)]
    if not matches and len(candidates) == 1 and _norm(candidates[0])[:20] == want[:20]:
        matches = candidates  # links differ (t.co vs expanded) but the post starts the same
    return matches[0] if len(matches) == 1 else None


def best_variant(media: dict) -> str | None:
    """The URL of the highest-bitrate mp4 variant (the one the archive saved)."""
    info = media.get("video_info")
    variants = info.get("variants") if isinstance(info, dict) else None
    best, best_rate = None, -1
    for v in variants if isinstance(variants, list) else ():
        if not isinstance(v, dict) or v.get("content_type", "video/mp4") != "video/mp4":
            continue
        try:
            rate = int(v.get("bitrate") or 0)
        except (TypeError, ValueError):
            rate = 0
        if rate > best_rate and isinstance(v.get("url"), str):
            best, best_rate = v["url"], rate
    return best


def media_basename(url: str) -> str:
    return url.rsplit("/", 1)[-1].split("?", 1)[0]


def tweet_reply(t: dict) -> dict | None:
    status = t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id")
    user = t.get("in_reply_to_screen_name")
    if not status and not user:
        return None
    return {"account": f"x:@{user}" if user else None, "post_id": f"x:{status}" if status else None}


def tweet_geo(t: dict) -> dict | None:
    """The tweet's point: `coordinates` is [lon, lat], `geo` is [lat, lon], both strings."""
    if "coordinates" not in t and "geo" not in t and "place" not in t:
        return None
    point = None
    c = t.get("coordinates")
    pair = c.get("coordinates") if isinstance(c, dict) else None
    if isinstance(pair, list) and len(pair) == 2:
        point = valid_point(pair[1], pair[0])
    g = t.get("geo")
    pair = g.get("coordinates") if isinstance(g, dict) else None
    if point is None and isinstance(pair, list) and len(pair) == 2:
        point = valid_point(pair[0], pair[1])
    place = t.get("place")
    name = (place.get("full_name") or place.get("name")) if isinstance(place, dict) else None
    if point is None and not name:
        return None
    return {"lat": point[0] if point else None, "lon": point[1] if point else None,
            "place_name": name if isinstance(name, str) else None}
