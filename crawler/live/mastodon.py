"""Mastodon connector: `GET /api/v1/accounts/:id/statuses`, paged through the Link header.

Plain requests rather than Mastodon.py: Mastodon.py runs its own rate-limit
waiting (`ratelimit_method`) and version probing, which would bypass the
shared, bounded fault handling in `crawler.live.http` and hide the 429 reset
header; the API is three GETs, so the library buys little here.

settings.account is "user@instance" (or "@user@instance"); base_url defaults
to https://<instance>. A token is optional: public statuses need none, but an
instance in authorized-fetch mode may ask for one.

Mapping (CONTRACT §2):
- `content` (HTML) -> plain text; a content warning (`spoiler_text`) comes
  first. Link text is kept whole (Mastodon hides URL parts in
  `<span class="invisible">`, still part of the URL).
- `media_attachments[]`: image -> photo (`url`), video/gifv/audio -> the
  `preview_url` still; `description` -> alt_text.
- `visibility`: public/unlisted -> "public", private (followers only) ->
  "friends", direct -> "private". Account `locked` -> is_public false.
- Boosts (`reblog` set) are someone else's post and are skipped.
- Mastodon has no geolocation: geo is always null.

Cursor: `{"since": newest status id covered}` plus, mid-pass,
`{"pass": {"newest", "max_id"}}`. Link `next` URLs drop `since_id`, so paging
also stops at the first status at or below the stored mark.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any, Iterator
from urllib.parse import urlsplit

import requests

from crawler.credentials import Credentials
from crawler.live.base import Batch, Connector, ConnectorError, ConnectorSettings, Cursor, PlatformError
from crawler.live.http import CursorGuard, HttpClient, PlatformRules

VISIBILITY = {"public": "public", "unlisted": "public", "private": "friends", "direct": "private"}
MEDIA_TYPES = {"image": "photo", "video": "video", "gifv": "gif", "audio": "audio"}
_TOKEN_ERRORS = re.compile(r"token|scope|authori[sz]", re.I)


def _auth_failure(resp: requests.Response) -> str | None:
    if resp.status_code == 401:
        return "Mastodon refused the access token (revoked or invalid)"
    if resp.status_code == 403:
        try:
            error = str(resp.json().get("error", ""))
        except (ValueError, AttributeError):
            return None
        if _TOKEN_ERRORS.search(error):
            return "Mastodon refused the access token's scopes"
    return None


MASTODON_RULES = PlatformRules("mastodon", reset_header="X-RateLimit-Reset", reset_format="iso",
                               auth_failure=_auth_failure)


class _TextExtractor(HTMLParser):
    """Mastodon status HTML to plain text: paragraphs and <br> become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(markup: str | None) -> str:
    """Plain text of a Mastodon HTML fragment (content, note)."""
    if not markup:
        return ""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts).strip()


def split_acct(account: str) -> tuple[str, str | None]:
    """("user", "instance") from "@user@instance" / "user@instance" / "user"."""
    user, _, host = account.lstrip("@").partition("@")
    return user, host or None


class MastodonConnector(Connector):
    """Crawls one Mastodon account's statuses."""

    platform = "mastodon"

    def __init__(self, settings: ConnectorSettings, credentials: Credentials | None = None) -> None:
        super().__init__(settings, credentials)
        self.user, host = split_acct(settings.account)
        if not (settings.base_url or host):
            raise ConnectorError("a Mastodon account needs its instance: user@instance", platform="mastodon")
        self.base_url = (settings.base_url or f"https://{host}").rstrip("/")
        self.host = host or urlsplit(self.base_url).netloc
        headers = {"Authorization": f"Bearer {credentials.access_token.reveal()}"} if credentials else {}
        self.http = HttpClient(MASTODON_RULES, policy=settings.retry, clock=settings.clock,
                               timeout=settings.timeout, headers=headers)

    @property
    def account_id(self) -> str:
        return f"mastodon:@{self.user}@{self.host}"

    def fetch(self, cursor: Cursor | None) -> Iterator[Batch]:
        since, pending = self.start_pass(cursor)
        profile, _ = self.http.get_json(f"{self.base_url}/api/v1/accounts/lookup", {"acct": self.user})
        account = self._account(profile)
        newest = pending.get("newest") if pending else None
        oldest = pending.get("max_id") if pending else None
        url = f"{self.base_url}/api/v1/accounts/{profile['id']}/statuses"
        params: dict[str, Any] | None = {"limit": max(1, min(40, self.settings.page_size)),
                                         **({"since_id": since} if since else {}),
                                         **({"max_id": oldest} if oldest else {})}
        guard, pages = CursorGuard("mastodon"), 0
        while True:
            statuses, resp = self.http.get_json(url, params)
            fresh = [s for s in statuses if since is None or _order(s["id"]) > _order(since)]
            if fresh:
                newest = newest or max(fresh, key=_id_key)["id"]
                oldest = min(fresh, key=_id_key)["id"]
            next_url = resp.links.get("next", {}).get("url")
            done = not fresh or len(fresh) < len(statuses) or not next_url
            pages += 1
            records = ([account] if pages == 1 else []) + [
                self._post(s, profile) for s in fresh if not s.get("reblog")]
            yield Batch(records, self.done_cursor(since, newest) if done
                        else self.pass_cursor(since, newest, {"max_id": oldest}))
            if done or (self.settings.max_pages and pages >= self.settings.max_pages):
                return
            guard.check(next_url)
            url, params = self._same_instance(next_url), None

    def _same_instance(self, url: str) -> str:
        """A Link URL on another host would receive our token: refuse it."""
        if urlsplit(url).netloc != urlsplit(self.base_url).netloc:
            raise PlatformError("the Link header points at another host", platform="mastodon")
        return url

    def _account(self, profile: dict) -> dict[str, Any]:
        website = next((m.group(1) for f in profile.get("fields") or []
                        if (m := re.search(r'href="([^"]+)"', f.get("value") or ""))), None)
        return {"kind": "account", "id": self.account_id, "platform": "mastodon",
                "handle": f"{self.user}@{self.host}", "display_name": profile.get("display_name") or None,
                "role": self.settings.role, "bio": html_to_text(profile.get("note")) or None,
                "about_text": None, "website": website,
                "is_public": (not profile["locked"]) if "locked" in profile else None,
                "location_sharing": None}

    def _post(self, status: dict, profile: dict) -> dict[str, Any]:
        text = html_to_text(status.get("content"))
        if status.get("spoiler_text"):
            text = f"{status['spoiler_text']}\n\n{text}".strip()
        return {"kind": "post", "id": f"mastodon:{self.host}/{status['id']}", "account_id": self.account_id,
                "platform": "mastodon", "created_at": status.get("created_at"), "text": text,
                "url": status.get("url") or status.get("uri"), "lang": status.get("language"),
                "in_reply_to": self._reply(status, profile), "geo": None,
                "media": [self._media(m) for m in status.get("media_attachments") or []],
                "visibility": VISIBILITY.get(status.get("visibility", ""), None)}

    def _reply(self, status: dict, profile: dict) -> dict[str, Any] | None:
        target = status.get("in_reply_to_id")
        if not target:
            return None
        who = status.get("in_reply_to_account_id")
        acct = self.account_id if who == profile.get("id") else next(
            (self._acct_id(m["acct"]) for m in status.get("mentions") or [] if m.get("id") == who), None)
        return {"account": acct, "post_id": f"mastodon:{self.host}/{target}"}

    def _acct_id(self, acct: str) -> str:
        return f"mastodon:@{acct}" if "@" in acct else f"mastodon:@{acct}@{self.host}"

    def _media(self, m: dict) -> dict[str, Any]:
        kind = MEDIA_TYPES.get(m.get("type", ""), "photo")
        url = m.get("url") if kind == "photo" else (m.get("preview_url") or m.get("url"))
        return {"type": kind, "path": self.media_path(url, self.http), "alt_text": m.get("description"),
                "url": url}


def _order(status_id: str) -> tuple[int, str]:
    """Sort key for status ids: Mastodon's are numeric strings; Pleroma/Akkoma flake ids and
    GoToSocial ULIDs are fixed-width strings that sort by time. (length, text) orders both."""
    return len(status_id), status_id


def _id_key(status: dict) -> tuple[int, str]:
    return _order(status["id"])
