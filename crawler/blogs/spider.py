"""The blog spider: reads an enrolled blog's home page, robots.txt sitemaps,
feeds and About page, and yields one item per article page and one for the
About page. It only routes and extracts; politeness (robots.txt, delays, page
cap), incremental skipping and all transformation live in middlewares,
settings and pipelines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response

from crawler.blogs import parsing
from crawler.blogs.items import AboutItem, ArticleItem
from crawler.blogs.middlewares import last_modified_iso
from crawler.blogs.state import CrawlState


@dataclass
class BlogSite:
    """An enrolled blog. Only `home_url` is needed; the rest is discovered when not given."""
    home_url: str
    account_id: str | None = None      # defaults to "blog:<host><path>"
    role: str = "personal"             # "personal" | "official"
    feed_urls: list[str] = field(default_factory=list)
    sitemap_urls: list[str] = field(default_factory=list)
    about_url: str | None = None

    @property
    def id(self) -> str:
        if self.account_id:
            return self.account_id
        parts = urlsplit(self.home_url)
        return "blog:" + (parts.netloc + parts.path).rstrip("/")

    def to_dict(self) -> dict[str, Any]:
        return {"home_url": self.home_url, "account_id": self.account_id, "role": self.role,
                "feed_urls": list(self.feed_urls), "sitemap_urls": list(self.sitemap_urls),
                "about_url": self.about_url}


class BlogSpider(scrapy.Spider):
    name = "socialaudit-blog"

    def __init__(self, site: dict | BlogSite, cursor: dict | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site = site if isinstance(site, BlogSite) else BlogSite(**site)
        self.state = CrawlState.from_cursor(cursor)
        host = urlsplit(self.site.home_url).hostname
        self.allowed_domains = [host] if host else []
        self._index_urls: set[str] = set()
        # Feed publication dates by URL: an article first reached through the
        # sitemap still gets its feed date, whichever request ran first.
        self._feed_dates: dict[str, str] = {}

    def _request(self, url: str, callback, kind: str = "index", **meta: Any) -> scrapy.Request:
        if kind == "index":
            self._index_urls.add(url)
        return scrapy.Request(url, callback=callback, meta={"page_kind": kind, **meta})

    async def start(self) -> AsyncIterator[scrapy.Request]:
        site = self.site
        # The home page is always read in full: it is where feeds and the About page are found.
        yield self._request(site.home_url, self.parse_home, unconditional=True)
        # Read for its Sitemap: lines; RobotsTxtMiddleware fetches it separately to obey it.
        yield self._request(urljoin(site.home_url, "/robots.txt"), self.parse_robots, kind="robots")
        for url in site.feed_urls:
            yield self._request(url, self.parse_feed)
        for url in site.sitemap_urls:
            yield self._request(url, self.parse_sitemap)
        if site.about_url:
            yield self._request(site.about_url, self.parse_about)

    def parse_home(self, response: Response) -> Iterator[scrapy.Request]:
        links = parsing.parse_home(response)
        self.state.site_title = self.state.site_title or links.title
        for url in links.feeds:
            yield self._request(url, self.parse_feed)
        if links.about and not self.site.about_url:
            yield self._request(links.about, self.parse_about)
        if not links.feeds and not self.site.feed_urls:
            # A blog without a feed: its home page's article links stand in for one.
            for url in links.articles:
                yield self._article_request(url, None)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        found = parsing.sitemaps_from_robots(response.text, response.url)
        if not found and not self.site.sitemap_urls:
            found = [urljoin(self.site.home_url, "/sitemap.xml")]  # the conventional place
        for url in found:
            yield self._request(url, self.parse_sitemap)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        feed = parsing.parse_feed(response)
        self.state.site_title = feed.title or self.state.site_title
        for entry in feed.entries:
            if entry.published:
                self._feed_dates.setdefault(entry.url, entry.published)
            yield self._article_request(entry.url, entry.updated or entry.published)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        kind, urls = parsing.parse_sitemap(response)
        for url, lastmod in urls:
            if kind == "sitemapindex":
                yield self._request(url, self.parse_sitemap)
            elif url not in self._index_urls and url.rstrip("/") != self.site.home_url.rstrip("/"):
                # After the feeds' requests, whose entries carry a publication date
                yield self._article_request(url, lastmod, priority=-1)

    def _article_request(self, url: str, listed: str | None, priority: int = 0, **meta: Any) -> scrapy.Request:
        request = self._request(url, self.parse_article, kind="article", listed=listed, **meta)
        return request.replace(priority=priority)

    def parse_article(self, response: Response) -> Iterator[ArticleItem]:
        if not isinstance(response, scrapy.http.TextResponse):
            return  # a PDF or an image listed in a sitemap is not an article
        article = parsing.parse_article(response)
        yield ArticleItem(url=response.url, title=article.title, html=article.html,
                          published=article.published or self._feed_dates.get(response.url),
                          listed=response.meta.get("listed"), last_modified=last_modified_iso(response))

    def parse_about(self, response: Response) -> Iterator[AboutItem]:
        if not isinstance(response, scrapy.http.TextResponse):
            return
        title = response.xpath("//meta[@property='og:site_name']/@content").get()
        yield AboutItem(url=response.url, html=parsing.content_html(response),
                        site_title=title or self.state.site_title)
