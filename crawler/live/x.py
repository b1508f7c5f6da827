"""X (Twitter) connector: a user's timeline through tweepy's API v2 client.

Needs the `x` extra (tweepy) and an OAuth 2.0 access token (user context or
app bearer) in `Credentials.access_token`.

Mapping (CONTRACT §2), following the API's quirks (real-formats/README):
- profile: `description` -> bio, `protected` -> is_public (inverted; a
  protected account's posts get visibility "friends"), the expanded profile
  URL -> website.
- `geo.coordinates` is a GeoJSON Point, [lon, lat] -> geo.lat/lon.
  `geo.place_id` -> the expanded place's `full_name` -> geo.place_name.
  A place without coordinates stays lat/lon = null: its bbox is a whole city
  or region, and its centre would pose as an exact spot the author never
  shared. The geotag rule fires on place_name alone.
- `attachments.media_keys` -> `includes.media`: photo (`url`), video and
  animated_gif ("gif"; the `preview_image_url` still is what can be audited);
  `alt_text` -> alt_text.
- Text is HTML-escaped in v2 (`&amp;`), unescaped here; long posts take
  `note_tweet.text`. Pure retweets are skipped: they are someone else's post.
- A reply to the author's own post that X reports as not found
  (`errors[].resource-not-found`) is reported in `Batch.deleted`.

Cursor: `{"since": newest id covered}` plus, mid-pass, `{"pass": {"newest",
"until_id"}}`; a resumed pass asks for `since_id`..`until_id` so no post is
lost or repeated even when X's `next_token` has expired.
"""
from __future__ import annotations

import html
from typing import Any, Iterator

import requests

from crawler.credentials import Credentials, scrub_logger
from crawler.live.base import Batch, Connector, ConnectorError, ConnectorSettings, Cursor, PlatformError, account_id
from crawler.live.http import BrokenBody, CursorGuard, HttpClient, PlatformRules, StatusError, TimeoutSession

TWEET_FIELDS = ["created_at", "lang", "geo", "attachments", "in_reply_to_user_id",
                "referenced_tweets", "entities", "note_tweet", "author_id"]
EXPANSIONS = ["attachments.media_keys", "geo.place_id", "in_reply_to_user_id"]
MEDIA_FIELDS = ["type", "url", "preview_image_url", "alt_text"]
PLACE_FIELDS = ["full_name", "name", "country_code", "place_type", "geo"]
USER_FIELDS = ["description", "protected", "url", "entities", "location", "name", "username"]
MEDIA_TYPES = {"photo": "photo", "video": "video", "animated_gif": "gif"}


def _auth_failure(resp: requests.Response) -> str | None:
    """401 is a dead or revoked token; a 403 only when X says the auth kind is refused."""
    if resp.status_code == 401:
        return "X refused the access token (revoked or expired)"
    if resp.status_code == 403:
        try:
            problem = resp.json()
        except ValueError:
            return None
        if "unsupported-authentication" in str(problem.get("type", "")):
            return "X refused this kind of access token for the timeline"
    return None


X_RULES = PlatformRules("x", reset_header="x-rate-limit-reset", reset_format="epoch",
                        auth_failure=_auth_failure)


def _tweepy() -> Any:
    try:
        import tweepy
    except ImportError:
        raise ConnectorError("the X connector needs tweepy: pip install 'socialaudit[x]'") from None
    return tweepy


class XConnector(Connector):
    """Crawls one X account's timeline with tweepy.Client (API v2)."""

    platform = "x"

    def __init__(self, settings: ConnectorSettings, credentials: Credentials | None = None) -> None:
        super().__init__(settings, credentials)
        if credentials is None:
            raise ConnectorError("X needs an access token", platform="x")
        tweepy = _tweepy()
        scrub_logger("tweepy.client", credentials.access_token)  # tweepy logs headers at DEBUG
        self.client = tweepy.Client(bearer_token=credentials.access_token.reveal(),
                                    return_type=dict, wait_on_rate_limit=False)
        self.client.session = TimeoutSession(settings.timeout)
        self.http = HttpClient(X_RULES, session=self.client.session, policy=settings.retry,
                               clock=settings.clock, timeout=settings.timeout)
        self._http_exception = tweepy.errors.HTTPException

    @property
    def session(self) -> requests.Session:
        """The requests session tweepy sends through (mount adapters here)."""
        return self.client.session

    def fetch(self, cursor: Cursor | None) -> Iterator[Batch]:
        since, pending = self.start_pass(cursor)
        found = self._call(self.client.get_user, "/2/users/by/username",
                           username=self.settings.account.lstrip("@"), user_fields=USER_FIELDS)
        if "data" not in found:  # X answers 200 with an errors[] body for an unknown user
            raise PlatformError("the account was not found or is suspended", platform="x")
        user = found["data"]
        account = self._account(user)
        newest = pending.get("newest") if pending else None
        until = resume_until = pending.get("until_id") if pending else None
        guard, token, pages = CursorGuard("x"), None, 0
        while True:
            # a run repeats its opening query (since_id, until_id) with every next_token
            page = self._page(user["id"], since, resume_until, token)
            data = page.get("data") or []
            if data and newest is None:
                newest = max(data, key=_id_key)["id"]
            if data:
                until = min(data, key=_id_key)["id"]
            token = page.get("meta", {}).get("next_token")
            pages += 1
            records = [account] if pages == 1 else []
            records += [self._post(t, page.get("includes", {}), user) for t in data if not _is_retweet(t)]
            done = token is None
            next_cursor = (self.done_cursor(since, newest) if done
                           else self.pass_cursor(since, newest, {"until_id": until}))
            yield Batch(records, next_cursor, _deleted_own(page, data, user["id"]))
            if done or (self.settings.max_pages and pages >= self.settings.max_pages):
                return
            guard.check(token)

    def _page(self, user_id: str, since: str | None, until: str | None, token: str | None) -> dict:
        params: dict[str, Any] = {"max_results": max(5, min(100, self.settings.page_size)),
                                  "tweet_fields": TWEET_FIELDS, "expansions": EXPANSIONS,
                                  "media_fields": MEDIA_FIELDS, "place_fields": PLACE_FIELDS,
                                  "user_fields": ["username"]}
        for key, value in (("since_id", since), ("until_id", until), ("pagination_token", token)):
            if value:
                params[key] = value
        return self._call(self.client.get_users_tweets, f"/2/users/{user_id}/tweets", id=user_id, **params)

    def _call(self, method: Any, route: str, **kwargs: Any) -> dict:
        """One tweepy call under the shared retry rules (tweepy's own waiting is off)."""
        def attempt() -> dict:
            try:
                return method(**kwargs)
            except self._http_exception as exc:
                raise StatusError(exc.response) from None
            except ValueError:  # requests.JSONDecodeError: a cut-off body
                raise BrokenBody("X response body is not complete JSON") from None
        return self.http.call(attempt, "https://api.twitter.com" + route)

    def _account(self, user: dict) -> dict[str, Any]:
        urls = user.get("entities", {}).get("url", {}).get("urls") or []
        return {"kind": "account", "id": account_id("x", user["username"]), "platform": "x",
                "handle": user["username"], "display_name": user.get("name"),
                "role": self.settings.role, "bio": user.get("description") or None,
                "about_text": None,
                "website": (urls[0].get("expanded_url") if urls else None) or user.get("url") or None,
                "is_public": (not user["protected"]) if "protected" in user else None,
                "location_sharing": None}

    def _post(self, tweet: dict, includes: dict, user: dict) -> dict[str, Any]:
        text = (tweet.get("note_tweet") or {}).get("text") or tweet.get("text", "")
        return {"kind": "post", "id": f"x:{tweet['id']}", "account_id": account_id("x", user["username"]),
                "platform": "x", "created_at": tweet.get("created_at"), "text": html.unescape(text),
                "url": f"https://x.com/{user['username']}/status/{tweet['id']}", "lang": tweet.get("lang"),
                "in_reply_to": _reply(tweet, includes), "geo": _geo(tweet, includes),
                "media": self._media(tweet, includes),
                "visibility": "friends" if user.get("protected") else "public"}

    def _media(self, tweet: dict, includes: dict) -> list[dict[str, Any]]:
        by_key = {m.get("media_key"): m for m in includes.get("media", [])}
        out = []
        for key in (tweet.get("attachments") or {}).get("media_keys", []):
            m = by_key.get(key, {})
            url = m.get("url") or m.get("preview_image_url")
            out.append({"type": MEDIA_TYPES.get(m.get("type", ""), "photo"),
                        "path": self.media_path(url, self.http), "alt_text": m.get("alt_text"),
                        "url": url})
        return out


def _id_key(tweet: dict) -> int:
    return int(tweet["id"])


def _is_retweet(tweet: dict) -> bool:
    return any(r.get("type") == "retweeted" for r in tweet.get("referenced_tweets") or [])


def _reply(tweet: dict, includes: dict) -> dict[str, Any] | None:
    target = next((r["id"] for r in tweet.get("referenced_tweets") or [] if r.get("type") == "replied_to"), None)
    if target is None:
        return None
    users = {u.get("id"): u.get("username") for u in includes.get("users", [])}
    handle = users.get(tweet.get("in_reply_to_user_id"))
    return {"account": account_id("x", handle) if handle else None, "post_id": f"x:{target}"}


def _geo(tweet: dict, includes: dict) -> dict[str, Any] | None:
    geo = tweet.get("geo")
    if not geo:
        return None
    places = {p.get("id"): p for p in includes.get("places", [])}
    place = places.get(geo.get("place_id"), {})
    coords = (geo.get("coordinates") or {}).get("coordinates")
    lon, lat = (float(coords[0]), float(coords[1])) if coords and len(coords) == 2 else (None, None)
    name = place.get("full_name") or place.get("name")
    if lat is None and not name:
        return None
    return {"lat": lat, "lon": lon, "place_name": name}


def _deleted_own(page: dict, data: list[dict], user_id: str) -> list[str]:
    """Own posts X reports as gone: the targets of self-replies that are 'not found'."""
    missing = {e.get("resource_id") for e in page.get("errors", [])
               if e.get("resource_type") == "tweet" and "not-found" in str(e.get("type", ""))}
    own_targets = {r["id"] for t in data if t.get("in_reply_to_user_id") == user_id
                   for r in t.get("referenced_tweets") or [] if r.get("type") == "replied_to"}
    return sorted(f"x:{i}" for i in missing & own_targets)
