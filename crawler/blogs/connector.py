"""The blog crawler behind the live-connector interface (`crawler.live.base`),
so the cron job drives blogs like any platform.

    settings = ConnectorSettings(account="https://kettle-on.example/", role="personal",
                                 extra={"feed_urls": [...], "about_url": "...", "scrapy": {...}})
    batch, = BlogConnector(settings).fetch(cursor)

`account` is the blog's home URL. `extra` may name `feed_urls`,
`sitemap_urls`, `about_url`, `account_id` and `scrapy` (settings overrides).
One crawl is one batch: Scrapy commits a run as a whole.
"""
from __future__ import annotations

from typing import Any, Iterator

from crawler.blogs.runner import BlogCrawlError, crawl_blog
from crawler.blogs.spider import BlogSite
from crawler.live.base import Batch, Connector, ConnectorSettings, Cursor, TransientFailure


class BlogConnector(Connector):
    platform = "blog"

    def __init__(self, settings: ConnectorSettings, credentials: Any = None) -> None:
        super().__init__(settings, credentials)
        extra = settings.extra
        self.site = BlogSite(settings.account, account_id=extra.get("account_id"), role=settings.role,
                             feed_urls=list(extra.get("feed_urls") or []),
                             sitemap_urls=list(extra.get("sitemap_urls") or []), about_url=extra.get("about_url"))
        self.scrapy_settings = dict(extra.get("scrapy") or {})
        if settings.max_pages:
            self.scrapy_settings.setdefault("BLOG_PAGE_CAP", settings.max_pages)

    def fetch(self, cursor: Cursor | None) -> Iterator[Batch]:
        """One batch: the records of one crawl and the cursor for the next."""
        try:
            result = crawl_blog(self.site, cursor=cursor, settings=self.scrapy_settings)
        except BlogCrawlError as exc:
            raise TransientFailure(str(exc), platform=self.platform) from None
        yield Batch(result.records, result.cursor)
