"""Fault handling shared by every live connector: one bounded place for retries.

- 5xx, timeouts, connection errors and broken bodies: retried with exponential
  backoff, at most `RetryPolicy.max_retries` times, then `TransientFailure`.
- 429: wait until the platform's reset time (`PlatformRules.reset_header`,
  epoch seconds or ISO-8601), else `Retry-After`, else a default wait; the
  total rate-limit wait of one client is capped, past it `RateLimited`.
- 401/403 (or whatever the platform's `auth_failure` recognises):
  `NeedsReauthorisation`.
- `CursorGuard` stops pagination that hands back a cursor it already gave.

The clock is injectable so tests run without sleeping. Log lines carry the
scheme, host and path only: query strings can hold tokens (Graph paging URLs).
"""
from __future__ import annotations

import email.utils
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Protocol, TypeVar
from urllib.parse import urlsplit

import requests

from crawler.live.base import NeedsReauthorisation, PlatformError, RateLimited, RepeatingCursor, TransientFailure

log = logging.getLogger("socialaudit.crawler.http")
T = TypeVar("T")


class Clock(Protocol):
    """Time source; tests pass a fake that records sleeps instead of sleeping."""

    def time(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounds on retrying. All times in seconds."""
    max_retries: int = 4              # extra attempts for 5xx, timeouts, broken bodies
    backoff_base: float = 1.0         # first backoff; doubles each retry
    backoff_cap: float = 60.0
    max_rate_limit_wait: float = 900.0   # total 429 wait per client before RateLimited
    default_rate_limit_wait: float = 60.0  # when a 429 names no reset time
    min_rate_limit_wait: float = 1.0     # a reset already in the past still waits this long

    def backoff(self, retry: int) -> float:
        return min(self.backoff_cap, self.backoff_base * (2 ** retry))


class StatusError(Exception):
    """A non-2xx response, raised inside an attempt so the retry loop can classify it."""

    def __init__(self, response: requests.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


class BrokenBody(Exception):
    """A 2xx response whose body could not be parsed (truncated, not JSON)."""


RETRYABLE_ERRORS = (requests.Timeout, requests.ConnectionError,
                    requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError, BrokenBody)


def _parse_reset(value: str | None, fmt: str) -> float | None:
    """A reset header as an epoch time, or None if absent or unreadable."""
    if not value:
        return None
    try:
        if fmt == "epoch":
            return float(value)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.timestamp()
    except ValueError:
        return None


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return email.utils.parsedate_to_datetime(value).timestamp() - now
    except (TypeError, ValueError):
        return None


def _auth_by_status(response: requests.Response) -> str | None:
    if response.status_code in (401, 403):
        return f"the platform refused the access token (HTTP {response.status_code})"
    return None


def _never(response: requests.Response) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class PlatformRules:
    """How one platform signals rate limits and dead tokens.

    reset_header / reset_format: the 429 reset header and whether it holds
    epoch seconds ("epoch") or an ISO-8601 time ("iso").
    auth_failure: given an error response, a safe reason string when it means
    the token is revoked/expired (-> NeedsReauthorisation), else None.
    rate_limited: given a non-429 error response, True when it is a rate limit
    all the same (Graph API throttling is a 400/403 with code 4, 17, 32 or 613);
    it is then waited for like a 429.
    """
    name: str
    reset_header: str | None = None
    reset_format: str = "epoch"
    auth_failure: Callable[[requests.Response], str | None] = _auth_by_status
    rate_limited: Callable[[requests.Response], bool] = _never


def loggable_url(url: str) -> str:
    """scheme://host/path of a URL, for log lines and errors (no query, no userinfo)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"


class TimeoutSession(requests.Session):
    """A session whose requests get a default timeout (tweepy passes none).

    Set on the session rather than an adapter so it holds whatever adapter a
    caller mounts (tests mount one that points at a local server).
    """

    def __init__(self, timeout: float = 30.0) -> None:
        super().__init__()
        self.default_timeout = timeout

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.default_timeout
        return super().request(method, url, *args, **kwargs)


class HttpClient:
    """A requests session plus the shared fault handling for one platform.

    `call(attempt)` runs any one-request function under the retry rules;
    `get_json(url, params)` is the common case. The rate-limit budget is per
    client: one connector instance, one crawl.
    """

    def __init__(self, rules: PlatformRules, *, session: requests.Session | None = None,
                 policy: RetryPolicy | None = None, clock: Clock | None = None,
                 timeout: float = 30.0, headers: dict[str, str] | None = None) -> None:
        self.rules = rules
        self.session = session or TimeoutSession(timeout)
        self.policy = policy or RetryPolicy()
        self.clock = clock or SystemClock()
        self.timeout = timeout
        self.headers = dict(headers or {})
        self.rate_limit_waited = 0.0

    def __repr__(self) -> str:  # headers may hold a bearer token
        return f"HttpClient(platform={self.rules.name!r})"

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> tuple[Any, requests.Response]:
        """GET and parse JSON under the retry rules; returns (body, response)."""
        def attempt() -> tuple[Any, requests.Response]:
            resp = self.session.get(url, params=params, headers=self.headers, timeout=self.timeout)
            if not 200 <= resp.status_code < 300:
                raise StatusError(resp)
            try:
                return resp.json(), resp
            except ValueError:
                raise BrokenBody("response body is not complete JSON") from None
        return self.call(attempt, url)

    def call(self, attempt: Callable[[], T], url: str = "") -> T:
        """Run `attempt` until it succeeds or a bound is reached.

        `attempt` raises StatusError for a non-2xx response; network errors and
        BrokenBody are retried like 5xx.
        """
        failures = 0
        while True:
            try:
                return attempt()
            except StatusError as exc:
                failures = self._on_status(exc.response, failures, url)
            except RETRYABLE_ERRORS as exc:
                failures = self._on_transient(type(exc).__name__, failures, url)

    def _on_status(self, resp: requests.Response, failures: int, url: str) -> int:
        status = resp.status_code
        if status == 429 or self.rules.rate_limited(resp):
            self._wait_for_rate_limit(resp, url)
            return failures
        reason = self.rules.auth_failure(resp) if status in (400, 401, 403) else None
        if reason:
            raise NeedsReauthorisation(reason, platform=self.rules.name) from None
        if status >= 500 or status == 408:
            return self._on_transient(f"HTTP {status}", failures, url)
        raise PlatformError(f"HTTP {status} from {loggable_url(url or resp.url)}",
                            platform=self.rules.name, status=status) from None

    def _on_transient(self, what: str, failures: int, url: str) -> int:
        if failures >= self.policy.max_retries:
            # from None: the chained requests error would print the full URL (Graph puts tokens there)
            raise TransientFailure(f"{what} from {loggable_url(url)} after {failures + 1} attempts",
                                   platform=self.rules.name) from None
        delay = self.policy.backoff(failures)
        log.warning("%s: %s from %s; retry %d/%d in %.1fs", self.rules.name, what,
                    loggable_url(url), failures + 1, self.policy.max_retries, delay)
        self.clock.sleep(delay)
        return failures + 1

    def rate_limit_delay(self, resp: requests.Response) -> float | None:
        """Seconds the platform asks us to wait, from its reset header or Retry-After."""
        now = self.clock.time()
        header = self.rules.reset_header
        reset = _parse_reset(resp.headers.get(header), self.rules.reset_format) if header else None
        if reset is not None:
            return max(self.policy.min_rate_limit_wait, reset - now + 1)
        after = _retry_after(resp.headers.get("Retry-After"), now)
        return max(self.policy.min_rate_limit_wait, after) if after is not None else None

    def _wait_for_rate_limit(self, resp: requests.Response, url: str) -> None:
        asked = self.rate_limit_delay(resp)
        delay = asked if asked is not None else self.policy.default_rate_limit_wait
        budget = self.policy.max_rate_limit_wait - self.rate_limit_waited
        if delay > budget:
            raise RateLimited(
                f"rate limited at {loggable_url(url or resp.url)}; waiting {delay:.0f}s would pass "
                f"the {self.policy.max_rate_limit_wait:.0f}s budget", platform=self.rules.name,
                retry_after=asked)
        log.warning("%s: rate limited; waiting %.0fs (%s)", self.rules.name, delay,
                    "platform reset" if asked is not None else "no reset header, default wait")
        self.rate_limit_waited += delay
        self.clock.sleep(delay)


class CursorGuard:
    """Refuses a pagination cursor already seen in this crawl (a loop on the platform's side)."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self._seen: set[str] = set()

    def check(self, token: Any) -> None:
        key = repr(token)
        if key in self._seen:
            raise RepeatingCursor("the platform repeated a pagination cursor; stopping to avoid a loop",
                                  platform=self.platform)
        self._seen.add(key)
