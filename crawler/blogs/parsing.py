"""Pure parsers for a blog's pages: feeds (RSS 2.0, Atom), sitemaps, the home
page, article pages and HTML -> text.

They take Scrapy responses (or HTML strings) and return plain values, so the
spider stays a thin router and every parser is tested on `HtmlResponse` /
`XmlResponse` objects built from fixture files.

Format quirks handled here:
- RSS `pubDate` is RFC 822 ("Sat, 10 Oct 2026 09:30:00 +0100", or "GMT");
  Atom and sitemaps use ISO 8601, sometimes a bare date ("2026-09-03").
- Atom `<link>` may be relative, and an entry may have several links; the
  `rel="alternate"` one (or one without `rel`) is the article.
- RSS `<guid>` is only the article URL when `isPermaLink` is not "false".
- Article dates come, best first, from `article:published_time`, JSON-LD
  `datePublished`, a `<time datetime>` in the content, then the feed.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin

import lxml.html
from scrapy.http import Response
from scrapy.selector import Selector
from scrapy.utils.sitemap import Sitemap

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml")
CONTENT_XPATHS = ("//article", "//main", "//*[@role='main']", "//body")
# Elements that are page furniture, not the author's words.
NOISE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg")
_WS = re.compile(r"\s+")  # source line breaks inside a paragraph are not the author's breaks
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "pre", "figure", "figcaption", "table", "tr", "section", "article", "main", "dd", "dt"})


@dataclass(slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 UTC
    updated: str | None = None


@dataclass(slots=True)
class Feed:
    title: str | None
    description: str | None
    entries: list[FeedEntry] = field(default_factory=list)


@dataclass(slots=True)
class HomeLinks:
    title: str | None
    feeds: list[str] = field(default_factory=list)
    about: str | None = None
    articles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    title: str | None
    html: str  # the content region only; turned into text by a pipeline
    published: str | None


# --- dates ------------------------------------------------------------------

def parse_date(value: str | None) -> str | None:
    """ISO 8601 UTC ("...Z") from an RFC 822, ISO 8601 or bare date string; None if unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    dt = _from_iso(value) or _from_rfc822(value)
    if dt is None:
        return None
    if dt.tzinfo is None:  # a bare date or naive time: the site's zone is unknown, UTC is the least wrong
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _from_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return datetime(d.year, d.month, d.day)


def _from_rfc822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


# --- feeds and sitemaps -------------------------------------------------------

def _xml(response: Response) -> Selector:
    sel = Selector(text=response.text, type="xml")
    sel.remove_namespaces()  # RSS modules and Atom use namespaces; local names are unambiguous here
    return sel


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


def parse_feed(response: Response) -> Feed:
    """Entries of an RSS 2.0 or Atom feed, article URLs made absolute."""
    sel = _xml(response)
    if sel.xpath("/feed"):
        return _parse_atom(sel, response.url)
    channel = sel.xpath("/rss/channel | /RDF/channel")
    entries = [e for e in (_rss_entry(item, response.url) for item in sel.xpath("//item")) if e]
    return Feed(_clean(channel.xpath("title/text()").get()), _clean(channel.xpath("description/text()").get()),
                entries)


def _rss_entry(item: Selector, base: str) -> FeedEntry | None:
    link = _clean(item.xpath("link/text()").get())
    if not link and item.xpath("guid[not(@isPermaLink='false')]"):
        link = _clean(item.xpath("guid/text()").get())
    if not link:
        return None
    published = parse_date(item.xpath("pubDate/text() | date/text()").get())
    return FeedEntry(urldefrag(urljoin(base, link))[0], _clean(item.xpath("title/text()").get()), published,
                     parse_date(item.xpath("updated/text()").get()) or published)


def _parse_atom(sel: Selector, base: str) -> Feed:
    entries = []
    for entry in sel.xpath("/feed/entry"):
        href = entry.xpath("link[@rel='alternate' or not(@rel)]/@href").get()
        if not href:
            continue
        published = parse_date(entry.xpath("published/text()").get())
        updated = parse_date(entry.xpath("updated/text()").get()) or published
        entries.append(FeedEntry(urldefrag(urljoin(base, href))[0], _clean(entry.xpath("title/text()").get()),
                                 published or updated, updated))
    return Feed(_clean(sel.xpath("/feed/title/text()").get()), _clean(sel.xpath("/feed/subtitle/text()").get()),
                entries)


def parse_sitemap(response: Response) -> tuple[str, list[tuple[str, str | None]]]:
    """("urlset" | "sitemapindex", [(absolute url, lastmod ISO or None)])."""
    sitemap = Sitemap(response.body)
    urls = [(urljoin(response.url, entry["loc"]), parse_date(entry.get("lastmod"))) for entry in sitemap
            if entry.get("loc")]
    return sitemap.type, urls


def sitemaps_from_robots(text: str, base: str) -> list[str]:
    """`Sitemap:` lines of a robots.txt."""
    return [urljoin(base, m.group(1).strip()) for m in re.finditer(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)]


# --- HTML pages -----------------------------------------------------------------

def parse_home(response: Response) -> HomeLinks:
    """Feeds (`<link rel=alternate>`), the About page and article links of a blog's home page."""
    feeds = [response.urljoin(h) for t in FEED_TYPES
             for h in response.xpath(f"//link[@rel='alternate'][@type='{t}']/@href").getall()]
    about = response.xpath(
        "//a[contains(translate(normalize-space(.), 'ABOUT', 'about'), 'about')]/@href"
        " | //a[@rel='author']/@href | //link[@rel='author']/@href").get()
    articles = [urldefrag(response.urljoin(h))[0] for h in response.xpath("//article//a/@href").getall()]
    title = _clean(response.xpath("//meta[@property='og:site_name']/@content").get()
                   or response.xpath("//title/text()").get())
    return HomeLinks(title, feeds, response.urljoin(about) if about else None, list(dict.fromkeys(articles)))


def content_html(response: Response) -> str:
    """The HTML of the page's main content region (article, main, role=main, else body)."""
    for xpath in CONTENT_XPATHS:
        node = response.xpath(xpath)
        if node:
            return node[0].get()
    return response.text


def parse_article(response: Response) -> Article:
    """Title, content HTML and the page's own publication date, if it states one."""
    title = (response.xpath("//meta[@property='og:title']/@content").get()
             or response.xpath("(//article//h1 | //main//h1 | //h1)[1]").xpath("string()").get()
             or response.xpath("//title/text()").get())
    published = (parse_date(response.xpath("//meta[@property='article:published_time']/@content").get())
                 or _jsonld_date(response)
                 or parse_date(response.xpath("(//article//time | //main//time | //time)[1]/@datetime").get()))
    return Article(_clean(title), content_html(response), published)


def _jsonld_date(response: Response) -> str | None:
    for raw in response.xpath("//script[@type='application/ld+json']/text()").getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
                return parse_date(obj["datePublished"])
    return None


def html_to_text(html: str) -> str:
    """Readable text: page furniture removed, one line per block, whitespace collapsed."""
    if not html or not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for bad in root.xpath("|".join(f".//{t}" for t in NOISE_TAGS)):
        bad.drop_tree()
    lines: list[str] = []
    _walk(root, lines)
    text = "".join(lines)
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _walk(el, out: list[str]) -> None:
    block = isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS
    if block:
        out.append("\n")
    if el.text and isinstance(el.tag, str):
        out.append(_WS.sub(" ", el.text))
    for child in el:
        _walk(child, out)
        if child.tail:
            out.append(_WS.sub(" ", child.tail))
    if block:
        out.append("\n")


def images(html: str, base: str) -> list[tuple[str, str | None]]:
    """(absolute src, alt text or None) of every image in the content HTML."""
    if not html or not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    out = []
    for img in root.xpath(".//img[@src]"):
        alt = _clean(img.get("alt"))
        out.append((urljoin(base, img.get("src")), alt))
    return out
