"""What one blog crawl remembers: the previous cursor, what this run fetched,
the records it kept and why others were dropped.

The cursor (JSON-safe) is `{"version": 1, "pages": {url: entry}}` where an
entry holds the page's HTTP validators (`etag`, `last_modified`, as the server
sent them), `listed` (the date the feed or sitemap gave it) and `kind`
("index" for home, feeds, sitemaps and the About page; "article" otherwise).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

CURSOR_VERSION = 1


@dataclass
class CrawlState:
    previous: dict[str, dict[str, Any]] = field(default_factory=dict)
    fetched: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: list[dict] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)
    site_title: str | None = None
    capped: bool = False  # the page cap refused some pages

    @classmethod
    def from_cursor(cls, cursor: dict | None) -> "CrawlState":
        pages = (cursor or {}).get("pages") or {}
        if (cursor or {}).get("version", CURSOR_VERSION) != CURSOR_VERSION or not isinstance(pages, dict):
            pages = {}  # an unknown cursor shape means a full crawl, never a crash
        return cls(previous={u: e for u, e in pages.items() if isinstance(e, dict)})

    def unchanged_since_listed(self, url: str, listed: str | None) -> bool:
        """True when the feed/sitemap date is not newer than the one seen when the page was fetched."""
        seen = self.previous.get(url, {}).get("listed")
        return bool(listed and seen and listed <= seen)

    def new_cursor(self, finished: bool) -> dict:
        """Previous pages updated with this run's fetches.

        A crawl cut short (page cap, timeout) forgets the index pages it read,
        so the next run reads the feeds again and reaches the articles this one
        did not; articles already fetched are skipped by their dates.
        """
        pages = dict(self.previous)
        for url, entry in self.fetched.items():
            if finished or entry.get("kind") != "index":
                pages[url] = entry
        return {"version": CURSOR_VERSION, "pages": pages}
