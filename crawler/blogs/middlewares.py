"""Downloader middleware for incremental crawls.

`IncrementalMiddleware` keeps a re-run cheap and silent:
- an article whose feed/sitemap date is not newer than at its last fetch is
  not requested at all;
- any other page seen before is requested with `If-None-Match` /
  `If-Modified-Since`, and a 304 ends there (IgnoreRequest, counted in stats);
- every 200 is remembered with its validators for the next cursor.

It reads and writes the spider's `state` (a `CrawlState`) and touches only
requests the blog spider made (they carry `page_kind`): RobotsTxtMiddleware's
own robots.txt request must never turn into a 304, or robots.txt would be
treated as missing and everything allowed.
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from crawler.blogs.parsing import parse_date

TRACKED = ("index", "article")  # page kinds remembered in the cursor


class IncrementalMiddleware:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> "IncrementalMiddleware":
        return cls(crawler)

    def _state(self):
        return getattr(self.crawler.spider, "state", None)

    def process_request(self, request: Request):
        state = self._state()
        if state is None or request.meta.get("page_kind") not in TRACKED:
            return None
        listed = request.meta.get("listed")
        if state.unchanged_since_listed(request.url, listed):
            self.crawler.stats.inc_value("incremental/unchanged_by_date")
            raise IgnoreRequest("unchanged since the last crawl (feed or sitemap date)")
        seen = state.previous.get(request.url)
        if seen and not request.meta.get("unconditional"):
            if seen.get("etag"):
                request.headers.setdefault(b"If-None-Match", seen["etag"])
            if seen.get("last_modified"):
                request.headers.setdefault(b"If-Modified-Since", seen["last_modified"])
        return None

    def process_response(self, request: Request, response: Response):
        state = self._state()
        kind = request.meta.get("page_kind")
        if state is None or kind not in TRACKED:
            return response
        if response.status == 304:
            previous = state.previous.get(request.url, {})
            state.fetched[request.url] = {**previous, "listed": _later(previous.get("listed"),
                                                                       request.meta.get("listed"))}
            self.crawler.stats.inc_value("incremental/not_modified")
            raise IgnoreRequest("not modified since the last crawl")
        if response.status == 200:
            state.fetched[request.url] = {
                "kind": kind, "listed": request.meta.get("listed"),
                "etag": _header(response, b"ETag"), "last_modified": _header(response, b"Last-Modified"),
            }
        return response


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _later(a: str | None, b: str | None) -> str | None:
    return max(x for x in (a, b) if x) if (a or b) else None


def last_modified_iso(response: Response) -> str | None:
    """The response's Last-Modified header as ISO 8601 UTC."""
    return parse_date(_header(response, b"Last-Modified"))


class PageCapMiddleware:
    """An exact cap on the pages one run downloads (`BLOG_PAGE_CAP`).

    Scrapy's CLOSESPIDER_PAGECOUNT is soft: requests already handed to the
    downloader still complete. Past the cap, this refuses every further page
    and marks the state `capped`, so the runner reports the run as cut short
    and the cursor makes the next run continue.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.cap = crawler.settings.getint("BLOG_PAGE_CAP", 0)
        self.sent = 0

    @classmethod
    def from_crawler(cls, crawler) -> "PageCapMiddleware":
        return cls(crawler)

    def process_request(self, request: Request):
        state = getattr(self.crawler.spider, "state", None)
        if not self.cap or state is None or "page_kind" not in request.meta:
            return None
        if self.sent >= self.cap:
            state.capped = True
            self.crawler.stats.inc_value("blog/page_cap_refused")
            raise IgnoreRequest(f"page cap of {self.cap} reached")
        self.sent += 1
        return None
