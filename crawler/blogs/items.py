"""Items the blog spider yields: raw page facts, before any pipeline transforms them."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    """One article page. `text` and `media` are filled by `HtmlToTextPipeline`."""
    url: str
    title: str | None
    html: str
    published: str | None = None       # stated by the page itself (ISO 8601 UTC)
    listed: str | None = None          # date the feed or sitemap gave for it
    last_modified: str | None = None   # HTTP Last-Modified, as ISO 8601 UTC
    text: str = ""
    media: list[dict] = field(default_factory=list)


@dataclass
class AboutItem:
    """The blog's About page; its text feeds the account's `about_text`."""
    url: str
    html: str
    site_title: str | None = None
    text: str = ""
