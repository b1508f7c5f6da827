"""Facebook Page posts and Instagram professional media through the Graph API.

    settings = ConnectorSettings(account="74133697733", role="official")
    for batch in FacebookPageConnector(settings, credentials).fetch(cursor):
        store(batch.records, batch.cursor)

`InstagramConnector` is the same with an Instagram professional account id.
`settings.base_url` overrides the Graph root (tests: a loopback server);
`settings.extra["graph_version"]` the API version (default
`fbgraph.DEFAULT_VERSION`). facebook-sdk quirks are handled in
`crawler.live.fbgraph`; retries, rate limits and revoked tokens in
`crawler.live.http`.

Cursor: `{"since": ISO time}` once a pass has completed (posts newer than it
are new), plus `{"pass": {"newest", "path", "params"}}` while a pass is under
way, so a crawl stopped after any batch resumes at the next page.

Mapping quirks (see ../shared/real-formats/README.md, graph-api):
- `created_time` / `timestamp` are "2014-09-20T12:59:48+0000" (no colon).
- A post's `place{name, location{latitude, longitude}}` becomes `geo`; a
  place without coordinates still gives `place_name`.
- Photos are in `attachments.data[].media.image.src`; albums list them in
  `subattachments.data[]` (the album's own cover then repeats the first one).
- Instagram carousels list their items in `children.data[]`.
"""
from __future__ import annotations

import abc
from datetime import datetime, timezone
from typing import Any, Iterator

from crawler.live.base import Batch, Connector, ConnectorSettings, Cursor, account_id
from crawler.live.fbgraph import DEFAULT_VERSION, GraphClient, graph_auth_failure, graph_rate_limited
from crawler.live.http import CursorGuard, HttpClient, PlatformRules

FB_POST_FIELDS = ("id,message,created_time,permalink_url,place{name,location{latitude,longitude}},"
                  "attachments{type,media,subattachments{type,media}}")
FB_PAGE_FIELDS = "id,name,username,about,website,link"
IG_MEDIA_FIELDS = "id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,children{media_type,media_url}"
IG_USER_FIELDS = "id,username,name,biography,website"


def graph_time(value: Any) -> datetime | None:
    """A Graph timestamp ("...+0000") as an aware datetime; None if absent or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if dt else None


class GraphConnector(Connector):
    """Walks one Graph connection newest-first and yields a batch per page."""

    connection = ""         # the Graph edge: "posts", "media"
    item_fields = ""
    owner_fields = ""
    time_field = "created_time"

    def __init__(self, settings: ConnectorSettings, credentials: Any = None) -> None:
        super().__init__(settings, credentials)
        rules = PlatformRules(self.platform, auth_failure=graph_auth_failure, rate_limited=graph_rate_limited)
        self.http = HttpClient(rules, policy=settings.retry, clock=settings.clock, timeout=settings.timeout)
        self.graph = GraphClient(_token(credentials), self.http, platform=self.platform,
                                 version=settings.extra.get("graph_version", DEFAULT_VERSION),
                                 base_url=settings.base_url)
        self.account_id = account_id(self.platform, settings.account)

    def fetch(self, cursor: Cursor | None) -> Iterator[Batch]:
        """Batches of posts newer than the cursor's mark, the account record in the first."""
        since, in_pass = self.start_pass(cursor)
        mark = graph_time(since)
        newest = in_pass["newest"] if in_pass else None
        guard = CursorGuard(self.platform)
        records: list[dict] = [self.account_record()] if not in_pass else []
        for n, (page, nxt) in enumerate(self.graph.iter_pages(*self._start(in_pass, mark)), 1):
            posts, reached_mark = self._new_posts(page["data"], mark)
            records += posts
            newest = newest or (posts[0]["created_at"] if posts else None)
            if nxt is None or reached_mark:
                yield Batch(records, self.done_cursor(since, newest))
                return
            yield Batch(records, self.pass_cursor(since, newest, {"path": nxt[0], "params": nxt[1]}))
            records = []
            if self.settings.max_pages is not None and n >= self.settings.max_pages:
                return
            guard.check(nxt)  # before the page is requested: a loop ends here, its posts already yielded once

    def _start(self, in_pass: dict | None, mark: datetime | None) -> tuple[str, dict]:
        if in_pass:
            return in_pass["path"], dict(in_pass["params"])
        params: dict[str, Any] = {"fields": self.item_fields, "limit": self.settings.page_size}
        if mark is not None:
            params["since"] = int(mark.timestamp())  # Graph filters by time; the mark check below still applies
        return f"{self.graph.version}/{self.settings.account}/{self.connection}", params

    def _new_posts(self, items: list, mark: datetime | None) -> tuple[list[dict], bool]:
        """Records of items newer than the mark, and whether the mark was reached (newest-first order)."""
        out = []
        for item in items:
            if not isinstance(item, dict) or not item.get("id"):
                continue
            created = graph_time(item.get(self.time_field))
            if mark is not None and created is not None and created <= mark:
                return out, True
            out.append(self.post_record(item, created))
        return out, False

    def account_record(self) -> dict:
        owner = self.graph.get_object(self.settings.account, fields=self.owner_fields)
        return self.owner_record(owner if isinstance(owner, dict) else {})

    @abc.abstractmethod
    def owner_record(self, owner: dict) -> dict:
        """The CONTRACT account record for the Graph object that owns the edge."""

    @abc.abstractmethod
    def post_record(self, item: dict, created: datetime | None) -> dict:
        """The CONTRACT post record for one item of the edge."""

    def _media(self, kind: str, url: str | None, alt: str | None = None) -> dict:
        return {"type": kind, "path": self.media_path(url, self.http), "alt_text": alt, "url": url}


def _token(credentials: Any) -> str | None:
    """The access token from `crawler.credentials.Credentials` (a Secret) or a plain string."""
    token = getattr(credentials, "access_token", credentials)
    return token.reveal() if hasattr(token, "reveal") else token


class FacebookPageConnector(GraphConnector):
    """A Facebook Page's own posts (`/{page}/posts`)."""

    platform = "facebook"
    connection = "posts"
    item_fields = FB_POST_FIELDS
    owner_fields = FB_PAGE_FIELDS

    def owner_record(self, page: dict) -> dict:
        return {"kind": "account", "id": self.account_id, "platform": "facebook",
                "handle": page.get("username") or self.settings.account, "display_name": page.get("name"),
                "role": self.settings.role, "bio": page.get("about"), "about_text": None,
                "website": page.get("website"), "is_public": True, "location_sharing": None}

    def post_record(self, post: dict, created: datetime | None) -> dict:
        return {"kind": "post", "id": f"facebook:{post['id']}", "account_id": self.account_id,
                "platform": "facebook", "created_at": iso(created), "text": post.get("message") or "",
                "url": post.get("permalink_url"), "lang": None, "in_reply_to": None,
                "geo": place_geo(post.get("place")), "media": self._attachments(post.get("attachments")),
                "visibility": "public"}

    def _attachments(self, attachments: Any) -> list[dict]:
        out = []
        for att in _data(attachments):
            subs = _data(att.get("subattachments"))
            for item in subs or [att]:  # an album's cover repeats its first photo
                src = ((item.get("media") or {}).get("image") or {}).get("src")
                if src:
                    kind = "video" if "video" in str(item.get("type") or "") else "photo"
                    out.append(self._media(kind, src))
        return out


class InstagramConnector(GraphConnector):
    """An Instagram professional account's media (`/{ig-user-id}/media`)."""

    platform = "instagram"
    connection = "media"
    item_fields = IG_MEDIA_FIELDS
    owner_fields = IG_USER_FIELDS
    time_field = "timestamp"

    def owner_record(self, user: dict) -> dict:
        return {"kind": "account", "id": self.account_id, "platform": "instagram",
                "handle": user.get("username") or self.settings.account, "display_name": user.get("name"),
                "role": self.settings.role, "bio": user.get("biography"), "about_text": None,
                "website": user.get("website"), "is_public": True, "location_sharing": None}

    def post_record(self, media: dict, created: datetime | None) -> dict:
        items = _data(media.get("children")) or [media]
        return {"kind": "post", "id": f"instagram:{media['id']}", "account_id": self.account_id,
                "platform": "instagram", "created_at": iso(created), "text": media.get("caption") or "",
                "url": media.get("permalink"), "lang": None, "in_reply_to": None, "geo": None,
                "media": [self._media("video" if i.get("media_type") == "VIDEO" else "photo", i.get("media_url"))
                          for i in items if i.get("media_url")],
                "visibility": "public"}


def _data(connection: Any) -> list[dict]:
    data = connection.get("data") if isinstance(connection, dict) else None
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def place_geo(place: Any) -> dict | None:
    """CONTRACT geo from a Graph `place`: coordinates when given, the place name always."""
    if not isinstance(place, dict):
        return None
    loc = place.get("location") if isinstance(place.get("location"), dict) else {}
    lat, lon = _number(loc.get("latitude")), _number(loc.get("longitude"))
    name = place.get("name") if isinstance(place.get("name"), str) else None
    if lat is None and lon is None and not name:
        return None
    return {"lat": lat, "lon": lon, "place_name": name}


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
