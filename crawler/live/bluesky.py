"""Bluesky connector: `app.bsky.feed.getAuthorFeed` on a public AppView (no login).

Plain requests rather than the atproto package: atproto's Client can take a
base URL, but it sends through httpx, so the shared fault handling in
`crawler.live.http` (bounded retries, the `ratelimit-reset` wait budget,
revoked-token detection) would not apply, and its pydantic models would tie
parsing to one lexicon version. Two GETs of public JSON need neither.

settings.account is the handle ("jane.bsky.social"); base_url defaults to
https://public.api.bsky.app. A token (an access JWT) is optional and, when
given, is sent as a bearer token.

Mapping (CONTRACT §2):
- Reposts (`reason.$type` ...#reasonRepost) are someone else's post: skipped.
  Pinned items (#reasonPin) sit out of order and are skipped too; the post
  also appears at its own place in the feed.
- `record.text` -> text, `record.langs[0]` -> lang, `reply.parent` -> in_reply_to.
- Images (`images#view`, or the media half of `recordWithMedia#view`) ->
  photo media with `fullsize` as url and `alt` as alt_text; a video embed ->
  video media with its thumbnail. Link cards are not the author's media.
- No location exists on Bluesky; every post is public.
- A reply whose parent is the author's own post and shows as
  `#notFoundPost` is reported in `Batch.deleted`.

Cursor: the feed has no since parameter, so the mark is the newest item's
sort time (`min(indexedAt, createdAt)`, or the repost time) plus the keys
seen at exactly that time: `{"since": {"time", "keys"}}`, and mid-pass
`{"pass": {"newest", "cursor"}}` with the feed's own cursor to resume from.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterator

import requests

from crawler.credentials import Credentials
from crawler.live.base import Batch, Connector, ConnectorSettings, Cursor, account_id
from crawler.live.http import CursorGuard, HttpClient, PlatformRules

DEFAULT_APPVIEW = "https://public.api.bsky.app"
REPOST = "app.bsky.feed.defs#reasonRepost"
PIN = "app.bsky.feed.defs#reasonPin"
_AUTH_ERRORS = {"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing",
                "AccountTakedown", "BadJwt"}


def _auth_failure(resp: requests.Response) -> str | None:
    """XRPC names token problems in the body; ExpiredToken comes back as a 400."""
    try:
        error = resp.json().get("error")
    except (ValueError, AttributeError):
        error = None
    if error in _AUTH_ERRORS or (resp.status_code == 401 and error is None):
        return f"Bluesky refused the access token ({error or 'HTTP 401'})"
    return None


BLUESKY_RULES = PlatformRules("bluesky", reset_header="ratelimit-reset", reset_format="epoch",
                              auth_failure=_auth_failure)


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def sort_time(item: dict) -> str:
    """The time the feed is ordered by: a repost's own time, else min(indexedAt, createdAt)."""
    reason = item.get("reason") or {}
    if reason.get("$type") == REPOST and reason.get("indexedAt"):
        return reason["indexedAt"]
    post = item["post"]
    times = [t for t in (post.get("indexedAt"), post.get("record", {}).get("createdAt")) if t]
    return min(times, key=_time)


def item_key(item: dict) -> str:
    reason = item.get("reason") or {}
    if reason.get("$type") == REPOST:
        return f"repost:{(reason.get('by') or {}).get('did')}:{item['post']['uri']}"
    return item["post"]["uri"]


class BlueskyConnector(Connector):
    """Crawls one Bluesky account's author feed."""

    platform = "bluesky"

    def __init__(self, settings: ConnectorSettings, credentials: Credentials | None = None) -> None:
        super().__init__(settings, credentials)
        self.base_url = (settings.base_url or DEFAULT_APPVIEW).rstrip("/")
        self.handle = settings.account.lstrip("@")
        headers = {"Authorization": f"Bearer {credentials.access_token.reveal()}"} if credentials else {}
        self.http = HttpClient(BLUESKY_RULES, policy=settings.retry, clock=settings.clock,
                               timeout=settings.timeout, headers=headers)

    def fetch(self, cursor: Cursor | None) -> Iterator[Batch]:
        since, pending = self.start_pass(cursor)
        profile, _ = self.http.get_json(self._xrpc("app.bsky.actor.getProfile"), {"actor": self.handle})
        account = self._account(profile)
        newest = pending.get("newest") if pending else None
        feed_cursor = pending.get("cursor") if pending else None
        guard, pages = CursorGuard("bluesky"), 0
        while True:
            params = {"actor": self.handle, "limit": max(1, min(100, self.settings.page_size)),
                      **({"cursor": feed_cursor} if feed_cursor else {})}
            page, _ = self.http.get_json(self._xrpc("app.bsky.feed.getAuthorFeed"), params)
            items = [i for i in page.get("feed") or [] if (i.get("reason") or {}).get("$type") != PIN]
            fresh = [i for i in items if not _covered(i, since)]
            newest = newest or _mark(fresh)
            feed_cursor = page.get("cursor")
            done = not feed_cursor or not fresh or len(fresh) < len(items)
            pages += 1
            records = ([account] if pages == 1 else []) + [
                self._post(i) for i in fresh if (i.get("reason") or {}).get("$type") != REPOST]
            yield Batch(records, self.done_cursor(since, newest) if done
                        else self.pass_cursor(since, newest, {"cursor": feed_cursor}),
                        self._deleted(fresh, profile.get("did")))
            if done or (self.settings.max_pages and pages >= self.settings.max_pages):
                return
            guard.check(feed_cursor)

    def _xrpc(self, method: str) -> str:
        return f"{self.base_url}/xrpc/{method}"

    def _account(self, profile: dict) -> dict[str, Any]:
        handle = profile.get("handle") or self.handle
        return {"kind": "account", "id": account_id("bluesky", handle), "platform": "bluesky",
                "handle": handle, "display_name": profile.get("displayName") or None,
                "role": self.settings.role, "bio": profile.get("description") or None,
                "about_text": None, "website": None, "is_public": True, "location_sharing": None}

    def _post(self, item: dict) -> dict[str, Any]:
        post, record = item["post"], item["post"].get("record") or {}
        handle = post.get("author", {}).get("handle") or self.handle
        langs = record.get("langs") or []
        return {"kind": "post", "id": f"bluesky:{post['uri']}", "account_id": account_id("bluesky", handle),
                "platform": "bluesky", "created_at": record.get("createdAt") or post.get("indexedAt"),
                "text": record.get("text", ""),
                "url": f"https://bsky.app/profile/{handle}/post/{post['uri'].rsplit('/', 1)[-1]}",
                "lang": langs[0] if langs else None, "in_reply_to": _reply(item),
                "geo": None, "media": self._media(post.get("embed") or {}), "visibility": "public"}

    def _media(self, embed: dict) -> list[dict[str, Any]]:
        kind = embed.get("$type", "")
        if kind.startswith("app.bsky.embed.recordWithMedia"):
            return self._media(embed.get("media") or {})
        if kind.startswith("app.bsky.embed.images"):
            return [{"type": "photo", "path": self.media_path(img.get("fullsize"), self.http),
                     "alt_text": img.get("alt") or None, "url": img.get("fullsize")}
                    for img in embed.get("images") or []]
        if kind.startswith("app.bsky.embed.video"):
            return [{"type": "video", "path": self.media_path(embed.get("thumbnail"), self.http),
                     "alt_text": embed.get("alt") or None, "url": embed.get("thumbnail")}]
        return []

    def _deleted(self, items: list[dict], did: str | None) -> list[str]:
        gone = {(i.get("reply") or {}).get("parent", {}).get("uri") for i in items
                if (i.get("reply") or {}).get("parent", {}).get("$type", "").endswith("#notFoundPost")}
        return sorted(f"bluesky:{uri}" for uri in gone if uri and did and uri.startswith(f"at://{did}/"))


def _covered(item: dict, since: dict | None) -> bool:
    """True for items at or before the stored mark (already delivered by an earlier crawl)."""
    if not since:
        return False
    t, mark = _time(sort_time(item)), _time(since["time"])
    return t < mark or (t == mark and item_key(item) in since.get("keys", []))


def _mark(items: list[dict]) -> dict | None:
    if not items:
        return None
    top = max(items, key=lambda i: _time(sort_time(i)))
    top_time = _time(sort_time(top))
    return {"time": sort_time(top), "keys": sorted(item_key(i) for i in items
                                                   if _time(sort_time(i)) == top_time)}


def _reply(item: dict) -> dict[str, Any] | None:
    parent = (item.get("reply") or {}).get("parent")
    uri = (parent or {}).get("uri") or (
        ((item["post"].get("record") or {}).get("reply") or {}).get("parent") or {}).get("uri")
    if not uri:
        return None
    handle = ((parent or {}).get("author") or {}).get("handle")
    return {"account": account_id("bluesky", handle) if handle else None, "post_id": f"bluesky:{uri}"}
