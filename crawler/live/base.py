"""The connector interface every live platform connector implements.

A connector is built from `ConnectorSettings` (which account, where the API
is, how big a page) and optional `Credentials`, and does one thing:
`fetch(cursor)` yields `Batch`es. A batch holds canonical record dicts
(CONTRACT §2: the account record, then post records) and the cursor that
covers them, so the caller can store a batch's posts and its cursor in one
transaction. Stopping after any batch and calling `fetch(batch.cursor)` later
loses no post and repeats none.

Connectors know nothing of auditing or storage. Faults (rate limits, retries,
revoked tokens, repeating pagination cursors) are handled in `crawler.live.http`
and surface as the exceptions defined here.
"""
from __future__ import annotations

import abc
import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # pragma: no cover - import for type checkers only
    from crawler.credentials import Credentials
    from crawler.live.downloads import MediaStore
    from crawler.live.http import Clock, RetryPolicy

Cursor = dict[str, Any]


# --- exceptions ---------------------------------------------------------------

class ConnectorError(Exception):
    """Base of every error a connector raises. Messages never carry tokens or post text."""

    def __init__(self, message: str, *, platform: str | None = None) -> None:
        super().__init__(f"{platform}: {message}" if platform else message)
        self.platform = platform


class NeedsReauthorisation(ConnectorError):
    """The access token was revoked or expired: a person must authorise the account again."""


class RateLimited(ConnectorError):
    """The platform's rate limit would need a longer wait than the policy allows.

    `retry_after` is the number of seconds the platform asked for (None if it
    did not say), so a scheduler can come back later.
    """

    def __init__(self, message: str, *, platform: str | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message, platform=platform)
        self.retry_after = retry_after


class TransientFailure(ConnectorError):
    """Server errors, timeouts or broken bodies that persisted through every retry."""


class RepeatingCursor(ConnectorError):
    """The platform handed back a pagination cursor it had already given: paging would loop."""


class PlatformError(ConnectorError):
    """A response the connector cannot use (unexpected status or shape); not worth retrying."""

    def __init__(self, message: str, *, platform: str | None = None,
                 status: int | None = None) -> None:
        super().__init__(message, platform=platform)
        self.status = status


# --- settings and batches -------------------------------------------------------

@dataclass(slots=True)
class ConnectorSettings:
    """What a connector needs besides credentials.

    account: the handle or platform id to crawl ("jane_v", "@jane@mastodon.social",
        "jane.bsky.social"). base_url: the API root (a Mastodon instance, a
        Bluesky AppView); None means the platform default. role: the account's
        CONTRACT role. page_size: items per request. max_pages: a bound on the
        requests of one fetch (None: until the platform has no more).
        media_store: when set, attached media are downloaded into it and the
        record's media[].path points at the stored file.
    """
    account: str
    base_url: str | None = None
    role: str = "personal"
    page_size: int = 100
    max_pages: int | None = None
    media_store: "MediaStore | None" = None
    timeout: float = 30.0
    retry: "RetryPolicy | None" = None
    clock: "Clock | None" = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Batch:
    """Records of one page plus the cursor that covers them.

    records: canonical dicts, the account record first when present.
    cursor: pass it to the next `fetch` to continue after this batch.
    deleted: ids (canonical, e.g. "x:123") of the account's own posts the
        platform showed as deleted while paging.
    """
    records: list[dict[str, Any]]
    cursor: Cursor
    deleted: list[str] = field(default_factory=list)

    @property
    def posts(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("kind") == "post"]

    @property
    def account(self) -> dict[str, Any] | None:
        return next((r for r in self.records if r.get("kind") == "account"), None)


# --- the connector base ---------------------------------------------------------

class Connector(abc.ABC):
    """Base of the live connectors: built from settings and credentials, yields batches.

    Subclasses set `platform` and implement `fetch`. The shared helpers keep
    the resumable cursor logic in one place: a crawl pass walks newest-first,
    and the cursor records both the last *completed* high-water mark
    (`since`) and the in-progress pass (`pass`), so committing any batch is safe.
    """

    platform: str = ""

    def __init__(self, settings: ConnectorSettings,
                 credentials: "Credentials | None" = None) -> None:
        self.settings = settings
        self.credentials = credentials

    @abc.abstractmethod
    def fetch(self, cursor: Cursor | None) -> Iterator[Batch]:
        """Yield batches of new records since `cursor` (None: the whole timeline)."""

    def __repr__(self) -> str:  # never show credentials
        return f"{type(self).__name__}(account={self.settings.account!r})"

    # helpers for subclasses -------------------------------------------------

    @staticmethod
    def start_pass(cursor: Cursor | None) -> tuple[Any, dict[str, Any] | None]:
        """Split a stored cursor into (completed high-water mark, in-progress pass or None)."""
        cursor = copy.deepcopy(cursor or {})
        return cursor.get("since"), cursor.get("pass")

    @staticmethod
    def pass_cursor(since: Any, newest: Any, resume: dict[str, Any]) -> Cursor:
        """Cursor for a batch in the middle of a pass: resume there, keep the old mark."""
        return {"since": since, "pass": {"newest": newest, **resume}}

    @staticmethod
    def done_cursor(since: Any, newest: Any) -> Cursor:
        """Cursor once a pass reached the old mark (or the timeline's end)."""
        return {"since": newest if newest is not None else since}

    def media_path(self, url: str | None, http: Any) -> str | None:
        """Download `url` into the media store if one is configured; the stored path or None."""
        store = self.settings.media_store
        if store is None or not url:
            return None
        stored = store.fetch(url, http)
        return stored.relpath if stored else None


def account_id(platform: str, handle: str) -> str:
    """The canonical account id, e.g. ("x", "jane_v") -> "x:@jane_v"."""
    return f"{platform}:@{handle.lstrip('@')}"
