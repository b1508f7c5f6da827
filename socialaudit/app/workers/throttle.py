"""One platform token, one rate, however many workers use it.

Every request a connector makes (pages and media downloads alike) first reserves a token
from a bucket in the store (socialaudit.storage.ratelimit) keyed by the platform and a hash
of the access token — or, for public APIs read without one, by the platform and the API
host — and sleeps for as long as the reservation says. The default rates are the
platforms' published per-token limits; `source_config.rate_per_second` and `rate_burst`
change them for an account (a private instance, a paid tier, tests).
"""
from __future__ import annotations

import hashlib
import time
from typing import Any
from urllib.parse import urlsplit

from requests.adapters import HTTPAdapter

from socialaudit.storage import ratelimit
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store

# requests per second, burst: per token, from the platforms' documented limits
RATES: dict[str, tuple[float, float]] = {
    "mastodon": (300 / 300, 30),       # 300 requests per 5 minutes
    "bluesky": (3000 / 300, 100),      # 3,000 per 5 minutes per account
    "x": (900 / 900, 15),              # 900 per 15 minutes (user timeline)
    "facebook": (200 / 3600, 10),      # Graph: 200 calls per user per hour
    "instagram": (200 / 3600, 10),
    "blog": (1.0, 5),                  # politeness: one page a second per site
}


class ThrottledAdapter(HTTPAdapter):
    """Waits for the shared bucket before each request it sends."""

    def __init__(self, store: Store, key: str, rate: float, burst: float) -> None:
        super().__init__()
        self.store, self.key, self.rate, self.burst = store, key, rate, burst
        self.waited = 0.0

    def send(self, request, *args: Any, **kwargs: Any):  # type: ignore[override]
        wait = ratelimit.reserve(self.store, self.key, self.rate, self.burst)
        if wait > 0:
            self.waited += wait
            time.sleep(wait)
        return super().send(request, *args, **kwargs)


def bucket_key(acc: db.AccountRow, credentials: Any) -> str:
    token = getattr(getattr(credentials, "access_token", None), "reveal", lambda: None)()
    if token:
        return f"{acc.platform}:token:{hashlib.sha256(token.encode()).hexdigest()[:24]}"
    base = (acc.source_config or {}).get("base_url") or ""
    return f"{acc.platform}:public:{urlsplit(base).netloc or 'default'}"


def throttle(connector: Any, store: Store, acc: db.AccountRow, credentials: Any) -> ThrottledAdapter | None:
    """Route the connector's HTTP client through the shared bucket (connectors without one,
    such as export archives, make no requests)."""
    session = getattr(getattr(connector, "http", None), "session", None)
    if session is None:
        return None
    config = acc.source_config or {}
    rate, burst = RATES.get(acc.platform, (1.0, 5))
    rate = float(config.get("rate_per_second", rate))
    burst = float(config.get("rate_burst", burst))
    adapter = ThrottledAdapter(store, bucket_key(acc, credentials), rate, burst)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return adapter
