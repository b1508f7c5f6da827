"""Scrapy settings for blog crawls, with documented defaults.

Precedence: these defaults < the `settings` mapping passed to `crawl_blog`
(the caller merges config file, environment and flags into it).
"""
from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    # Politeness: obey robots.txt, one request at a time per blog, a pause
    # between requests that AutoThrottle stretches when the site slows down.
    "ROBOTSTXT_OBEY": True,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "DOWNLOAD_DELAY": 2.0,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 2.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "USER_AGENT": "socialaudit-blogcrawler/0.1 (policy audit of an opted-in blog)",
    # Bounds: pages per run (exact, our own; feeds, robots.txt and 304s count),
    # time, size, retries.
    "BLOG_PAGE_CAP": 200,
    "CLOSESPIDER_TIMEOUT": 600,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "RETRY_TIMES": 2,
    "REDIRECT_MAX_TIMES": 5,
    # The cap sits after the incremental skip, so pages skipped unfetched do not count.
    "DOWNLOADER_MIDDLEWARES": {"crawler.blogs.middlewares.PageCapMiddleware": 660,
                               "crawler.blogs.middlewares.IncrementalMiddleware": 650},
    "ITEM_PIPELINES": {
        "crawler.blogs.pipelines.HtmlToTextPipeline": 300,
        "crawler.blogs.pipelines.RecordPipeline": 500,
        "crawler.blogs.pipelines.CollectPipeline": 900,
    },
    # Nothing is written to disk or opened to the network besides the blog itself.
    "TELNETCONSOLE_ENABLED": False,
    "HTTPCACHE_ENABLED": False,
    "COOKIES_ENABLED": False,
    "LOG_LEVEL": "WARNING",
    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
}

# Settings a test (or a coordinator running against a local mirror) lowers.
FAST: dict[str, Any] = {"DOWNLOAD_DELAY": 0.0, "AUTOTHROTTLE_START_DELAY": 0.0, "AUTOTHROTTLE_ENABLED": False,
                        "RETRY_TIMES": 0, "DOWNLOAD_TIMEOUT": 10, "CLOSESPIDER_TIMEOUT": 60}


def build_settings(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Defaults with `overrides` applied; middleware/pipeline maps are merged, not replaced."""
    merged = dict(DEFAULTS)
    for key, value in (overrides or {}).items():
        if key in ("DOWNLOADER_MIDDLEWARES", "ITEM_PIPELINES") and isinstance(value, dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged
