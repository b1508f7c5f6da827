"""The one place facebook-sdk 3.1 is adapted for socialaudit.

`GraphClient` is a `facebook.GraphAPI` subclass that keeps the SDK's interface
(`get_object`, `get_connections`, `get_all_connections`, `GraphAPIError`) and
works around its quirks:

1. The constructor only accepts API versions up to 3.1 (`VALID_API_VERSIONS`)
   and raises for anything newer. We construct without a version and set
   `self.version` afterwards.
2. `get_all_connections` does `del args["access_token"]` on every `paging.next`
   URL and raises KeyError when the platform omits the token. Paging here
   drops a token if present (`pop`) and follows the path and query of `next`
   against *our* base URL, so a token is never sent to a host named in a
   response.
3. `request` reads `headers["content-type"]` and raises KeyError when a
   response has none; and it calls the module-level `FACEBOOK_GRAPH_URL`.
   Our `request` goes through the shared `HttpClient` (bounded retries,
   rate-limit waits, revoked-token detection), parses JSON whatever the
   content type says, and uses `base_url`.

The access token travels in an `Authorization: Bearer` header, which the
Graph API accepts (restfb/restfb#1107, huandu/facebook#205), not in the
`access_token` query parameter the SDK uses: query strings end up in
urllib3's DEBUG log and in exception texts.

The Graph base URL is a constructor setting (`base_url=`, default
`https://graph.facebook.com/`); tests point it at a loopback server. Nothing
module-level is patched, so two clients with different bases can coexist.

Error envelopes (`{"error": {"code", "error_subcode", "type", ...}}`) are
classified by `graph_auth_failure` / `graph_rate_limited` for the shared HTTP
rules, and by `raise_for_envelope` when an envelope arrives with a 2xx.
"""
from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import parse_qsl, urlsplit

import facebook
import requests

from crawler.live.base import NeedsReauthorisation, PlatformError, RateLimited
from crawler.live.http import HttpClient

GRAPH_URL = "https://graph.facebook.com/"
DEFAULT_VERSION = "21.0"
# Graph error codes (developers.facebook.com/docs/graph-api/guides/error-handling).
TOKEN_CODES = frozenset({102, 190})                    # token invalid, expired or revoked
PERMISSION_CODES = frozenset({10, *range(200, 300)})   # a permission was withdrawn
THROTTLE_CODES = frozenset({4, 17, 32, 613})           # app, user, page, custom rate limits


def error_of(body: Any) -> dict | None:
    """The `error` object of a Graph error envelope, else None."""
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else None


def _code(error: dict) -> int | None:
    try:
        return int(error.get("code"))
    except (TypeError, ValueError):
        return None


def _envelope(resp: requests.Response) -> dict | None:
    try:
        return error_of(resp.json())
    except ValueError:
        return None


def auth_reason(error: dict) -> str | None:
    """A safe reason when the error means a person must authorise again."""
    code = _code(error)
    if code in TOKEN_CODES:
        subcode = error.get("error_subcode")
        return f"Graph API refused the access token (code {code}" + (f", subcode {subcode})" if subcode else ")")
    if code in PERMISSION_CODES:
        return f"Graph API permission missing or withdrawn (code {code})"
    return None


def graph_auth_failure(resp: requests.Response) -> str | None:
    """PlatformRules.auth_failure for Graph: decided by the envelope's code, not the status."""
    error = _envelope(resp)
    if error is not None:
        return auth_reason(error)
    return f"Graph API refused the request (HTTP {resp.status_code})" if resp.status_code == 401 else None


def graph_rate_limited(resp: requests.Response) -> bool:
    """PlatformRules.rate_limited for Graph: throttling arrives as 400/403 with codes 4/17/32/613."""
    error = _envelope(resp)
    return error is not None and _code(error) in THROTTLE_CODES


def raise_for_envelope(body: Any, platform: str) -> None:
    """Raise the connector exception for an error envelope that came with a 2xx status."""
    error = error_of(body)
    if error is None:
        return
    reason = auth_reason(error)
    if reason:
        raise NeedsReauthorisation(reason, platform=platform)
    if _code(error) in THROTTLE_CODES:
        raise RateLimited(f"Graph API rate limit (code {_code(error)})", platform=platform)
    raise PlatformError(f"Graph API error (code {_code(error)}, type {error.get('type')!r})", platform=platform)


def split_next(url: str) -> tuple[str, dict[str, str]]:
    """(path, params) of a `paging.next` URL, without its access token."""
    parts = urlsplit(url)
    params = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "access_token"}
    return parts.path, params


class GraphClient(facebook.GraphAPI):
    """facebook-sdk's GraphAPI with a configurable base URL, modern versions and shared fault handling."""

    def __init__(self, access_token: str, http: HttpClient, *, version: str = DEFAULT_VERSION,
                 base_url: str | None = None, platform: str = "facebook") -> None:
        super().__init__(access_token=access_token, timeout=http.timeout, session=http.session)
        self.version = "v" + str(version).lstrip("v")  # quirk 1: set after construction
        self.base_url = (base_url or GRAPH_URL).rstrip("/") + "/"
        self.http = http
        self.platform = platform
        if access_token:
            http.headers["Authorization"] = f"Bearer {access_token}"

    def __repr__(self) -> str:  # the SDK keeps the token in an attribute; never show it
        return f"GraphClient(base_url={self.base_url!r}, version={self.version!r})"

    def request(self, path: str, args: dict | None = None, post_args: dict | None = None,
                files: Any = None, method: str | None = None) -> Any:
        """GET `path` (relative to base_url) through the shared HttpClient; read-only by design."""
        if post_args is not None or files is not None or (method or "GET") != "GET":
            raise facebook.GraphAPIError("socialaudit's Graph client is read-only")
        params = {k: v for k, v in (args or {}).items() if k != "access_token"}
        body, _ = self.http.get_json(self.base_url + path.lstrip("/"), params)  # quirk 3
        raise_for_envelope(body, self.platform)
        return body

    def iter_pages(self, path: str, args: dict | None = None) -> Iterator[tuple[dict, tuple[str, dict] | None]]:
        """Yield (page, next) for a connection, following `paging.next` until it is absent.

        `next` is (path, params) without the token: a resumable position.
        """
        position: tuple[str, dict] | None = (path, dict(args or {}))
        while position is not None:
            page = self.request(position[0], position[1])
            if not isinstance(page, dict) or not isinstance(page.get("data"), list):
                raise PlatformError("Graph API connection page has no 'data' list", platform=self.platform)
            nxt = (page.get("paging") or {}).get("next")
            position = split_next(nxt) if isinstance(nxt, str) and nxt else None  # quirk 2
            yield page, position

    def get_all_connections(self, id: str, connection_name: str, **args: Any) -> Iterator[dict]:
        """Every item of a connection (the SDK's method, without its missing-token KeyError)."""
        for page, _ in self.iter_pages(f"{self.version}/{id}/{connection_name}", args):
            yield from page["data"]
