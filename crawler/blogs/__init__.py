"""Blog crawler (Scrapy): an enrolled blog's feeds, sitemap, article pages and
About page become canonical post and account records plus a cursor for the
next, incremental run.

    from crawler.blogs import BlogSite, crawl_blog
    result = crawl_blog(BlogSite("https://kettle-on.example/"), cursor=previous)
    result.records   # [{"kind": "account", ...}, {"kind": "post", ...}]
    result.cursor    # pass back next time: unchanged pages are not fetched again

`crawler.blogs.connector.BlogConnector` offers the same through the live
connector interface (`connector_for("blog")`). Needs the `blogs` extra (`pip install socialaudit[blogs]`).
"""
from __future__ import annotations

try:
    import scrapy  # noqa: F401
except ImportError as e:  # pragma: no cover - depends on the installed extras
    raise ImportError("the blog crawler needs Scrapy: pip install 'socialaudit[blogs]'") from e

from crawler.blogs.runner import BlogCrawlError, BlogCrawlResult, crawl_blog
from crawler.blogs.spider import BlogSite

__all__ = ["BlogCrawlError", "BlogCrawlResult", "BlogSite", "crawl_blog"]
