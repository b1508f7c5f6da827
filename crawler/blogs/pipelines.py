"""Item pipelines: HTML -> text, then canonical records (CONTRACT §2), then
collection. Each drop names its reason; `CollectPipeline` counts the reasons
(through the `item_dropped` signal) so the runner can report them without
repeating any page content.
"""
from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import DropItem

from crawler.blogs import parsing
from crawler.blogs.items import AboutItem, ArticleItem
from socialaudit.core.model import RecordError, parse_record


class HtmlToTextPipeline:
    """Article and About HTML -> readable text; article images -> media entries."""

    def process_item(self, item):
        if isinstance(item, (ArticleItem, AboutItem)):
            item.text = parsing.html_to_text(item.html)
        if isinstance(item, ArticleItem):
            item.media = [{"type": "photo", "path": None, "alt_text": alt, "url": src}
                          for src, alt in parsing.images(item.html, item.url)]
        return item


class RecordPipeline:
    """Items -> canonical post/account dicts, validated by the model's own parser."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> "RecordPipeline":
        return cls(crawler)

    def process_item(self, item):
        site = self.crawler.spider.site
        if isinstance(item, ArticleItem):
            record = article_record(item, site.id)
        elif isinstance(item, AboutItem):
            record = about_record(item, site)
        else:
            raise DropItem(f"not a blog item ({type(item).__name__})")
        try:
            parse_record(record)
        except RecordError as e:
            raise DropItem(f"invalid record: {e}") from None
        return record


def article_record(item: ArticleItem, account_id: str) -> dict:
    """A post: title + text, dated by the page, else the feed/sitemap, else Last-Modified."""
    if not item.text and not item.title and not item.media:
        raise DropItem("empty page: no title, text or images")
    text = item.text
    if item.title and not text.startswith(item.title):
        text = f"{item.title}\n\n{text}" if text else item.title
    return {"kind": "post", "id": f"blog:{item.url}", "account_id": account_id, "platform": "blog",
            "created_at": item.published or item.listed or item.last_modified,
            "text": text, "url": item.url, "lang": None, "in_reply_to": None, "geo": None,
            "media": item.media, "visibility": "public"}


def about_record(item: AboutItem, site) -> dict:
    """The blog's account, carrying its About text for the disclaimer check."""
    if not item.text:
        raise DropItem("About page has no text")
    return {"kind": "account", "id": site.id, "platform": "blog", "handle": None,
            "display_name": item.site_title, "role": site.role, "bio": None,
            "about_text": item.text, "website": site.home_url, "is_public": True,
            "location_sharing": None}


class CollectPipeline:
    """Keeps every record that reached the end, and counts drop reasons."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler) -> "CollectPipeline":
        return cls(crawler)

    def item_dropped(self, item, response, exception, spider) -> None:
        spider.state.dropped[str(exception)] += 1

    def process_item(self, item):
        self.crawler.spider.state.records.append(item)
        return item
