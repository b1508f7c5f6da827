"""The blog crawler: parsers on Scrapy responses built from the fixture blog, the
pipelines, and whole crawls (in a child process) against http.server on
127.0.0.1 serving tests/crawler/fixtures/blog/."""
from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, XmlResponse

from crawler.blogs import BlogSite, crawl_blog, parsing
from crawler.blogs.items import AboutItem, ArticleItem
from crawler.blogs.pipelines import about_record, article_record
from crawler.blogs.settings import DEFAULTS, FAST, build_settings
from crawler.blogs.state import CrawlState
from crawler.live import ConnectorSettings, connector_for
from socialaudit.core.model import parse_record

BLOG = Path(__file__).parent / "fixtures" / "blog"
BASE = "http://blog.example"
MTIME = 1_790_000_000  # 2026-09-21: every fixture file's Last-Modified


def html(rel: str) -> HtmlResponse:
    return HtmlResponse(url=f"{BASE}/{rel}", body=(BLOG / rel).read_bytes(), encoding="utf-8")


def xml(rel: str) -> XmlResponse:
    return XmlResponse(url=f"{BASE}/{rel}", body=(BLOG / rel).read_bytes())


# --- parsers ------------------------------------------------------------------

def test_rss_entries_have_absolute_urls_and_utc_dates():
    feed = parsing.parse_feed(xml("feed.xml"))
    assert feed.title == "Kettle On"
    first = feed.entries[0]
    assert first.url == f"{BASE}/2026/10/autumn-fundraiser.html"
    assert first.published == "2026-10-10T08:30:00Z"  # "+0100" converted


def test_atom_relative_links_are_resolved():
    entries = parsing.parse_feed(xml("atom.xml")).entries
    assert [e.url for e in entries] == [f"{BASE}/2026/11/training-day.html", f"{BASE}/2026/10/autumn-fundraiser.html"]
    assert entries[0].updated == "2026-11-14T10:00:00Z"


@pytest.mark.parametrize("item, url", [
    ("<guid>https://b.example/p1</guid>", "https://b.example/p1"),
    ('<guid isPermaLink="false">post-1</guid>', None),
    ("<link>/p2</link><guid>x</guid>", "http://blog.example/p2"),
])
def test_rss_guid_is_the_link_only_when_it_is_a_permalink(item, url):
    body = f"<rss><channel><title>t</title><item>{item}</item></channel></rss>".encode()
    entries = parsing.parse_feed(XmlResponse(url=f"{BASE}/feed", body=body)).entries
    assert [e.url for e in entries] == ([url] if url else [])


def test_sitemap_lists_urls_with_lastmod():
    kind, urls = parsing.parse_sitemap(xml("sitemap.xml"))
    assert kind == "urlset"
    assert (f"{BASE}/2026/08/why-i-volunteer.html", "2026-08-02T11:00:00Z") in urls
    assert (f"{BASE}/drafts/unfinished.html", None) in urls


def test_sitemap_index_lists_sitemaps():
    body = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<sitemap><loc>http://blog.example/posts.xml</loc></sitemap></sitemapindex>")
    assert parsing.parse_sitemap(XmlResponse(url=f"{BASE}/sitemap.xml", body=body)) == (
        "sitemapindex", [(f"{BASE}/posts.xml", None)])


def test_sitemaps_are_read_from_robots_txt():
    text = (BLOG / "robots.txt").read_text()
    assert parsing.sitemaps_from_robots(text, f"{BASE}/robots.txt") == [f"{BASE}/sitemap.xml"]


def test_home_page_gives_feeds_about_page_and_article_links():
    links = parsing.parse_home(html("index.html"))
    assert links.feeds == [f"{BASE}/feed.xml", f"{BASE}/atom.xml"]
    assert links.about == f"{BASE}/about/"
    assert f"{BASE}/2026/11/training-day.html" in links.articles and f"{BASE}/about/" not in links.articles


@pytest.mark.parametrize("page, title, published", [
    ("2026/09/first-coffee-morning.html", "My first coffee morning", "2026-09-03T17:45:00Z"),  # og + article meta
    ("2026/10/autumn-fundraiser.html", "Autumn fundraiser", "2026-10-10T08:30:00Z"),          # <time datetime>
    ("2026/08/why-i-volunteer.html", "Why I volunteer", "2026-08-02T11:00:00Z"),              # JSON-LD
    ("2026/11/training-day.html", "Training day", None),                                     # no date in page
])
def test_article_title_and_own_date(page, title, published):
    article = parsing.parse_article(html(page))
    assert (article.title, article.published) == (title, published)


def test_html_to_text_drops_page_furniture_and_keeps_paragraphs():
    text = parsing.html_to_text(parsing.parse_article(html("2026/10/autumn-fundraiser.html")).html)
    assert text == "The bake sale raised more than last year.\nThe fun run was very muddy & everyone loved it."


def test_html_to_text_ignores_scripts_navigation_and_source_line_breaks():
    text = parsing.html_to_text(parsing.content_html(html("about/index.html")))
    assert "tracking" not in text and "Home" not in text
    assert "answering the helpline two evenings a week." in text


def test_images_are_absolute_with_alt_text():
    article = parsing.parse_article(html("2026/09/first-coffee-morning.html"))
    assert parsing.images(article.html, article_url := f"{BASE}/2026/09/first-coffee-morning.html") == [
        (f"{BASE}/img/urns.jpg", "Three tea urns on a trestle table")]
    assert article_url


@pytest.mark.parametrize("raw, expected", [
    ("Sat, 10 Oct 2026 09:30:00 +0100", "2026-10-10T08:30:00Z"),
    ("Thu, 03 Sep 2026 17:45:00 GMT", "2026-09-03T17:45:00Z"),
    ("2026-08-02T12:00:00+01:00", "2026-08-02T11:00:00Z"),
    ("2026-09-03", "2026-09-03T00:00:00Z"),
    ("last Tuesday", None),
    ("", None),
])
def test_parse_date(raw, expected):
    assert parsing.parse_date(raw) == expected


# --- pipelines and state --------------------------------------------------------

def test_article_record_is_title_then_text_with_the_best_date():
    item = ArticleItem(url=f"{BASE}/p", title="Autumn", html="", published=None,
                       listed="2026-10-10T00:00:00Z", last_modified="2026-10-11T00:00:00Z", text="Bake sale.")
    record = article_record(item, "blog:blog.example")
    assert record["text"] == "Autumn\n\nBake sale." and record["created_at"] == "2026-10-10T00:00:00Z"
    assert parse_record(record).platform == "blog"


def test_empty_page_is_dropped_with_a_reason():
    with pytest.raises(DropItem, match="empty page"):
        article_record(ArticleItem(url=f"{BASE}/p", title=None, html="<article> </article>"), "blog:b")


def test_about_record_carries_about_text_for_the_disclaimer_check():
    site = BlogSite(f"{BASE}/", role="personal")
    record = about_record(AboutItem(url=f"{BASE}/about/", html="", site_title="Kettle On",
                                    text="I volunteer. Views my own."), site)
    assert parse_record(record).about_text == "I volunteer. Views my own."
    assert record["id"] == "blog:blog.example"


def test_unknown_cursor_shape_means_a_full_crawl():
    assert CrawlState.from_cursor({"version": 99, "pages": {"x": {}}}).previous == {}


def test_cut_short_crawl_forgets_index_pages_but_keeps_articles():
    state = CrawlState()
    state.fetched = {"f": {"kind": "index"}, "a": {"kind": "article", "listed": "2026"}}
    assert set(state.new_cursor(finished=False)["pages"]) == {"a"}
    assert set(state.new_cursor(finished=True)["pages"]) == {"f", "a"}


def test_settings_are_polite_by_default_and_overrides_merge():
    assert DEFAULTS["ROBOTSTXT_OBEY"] and DEFAULTS["DOWNLOAD_DELAY"] >= 1 and DEFAULTS["BLOG_PAGE_CAP"]
    merged = build_settings({"ITEM_PIPELINES": {"x.Y": 1}, "DOWNLOAD_DELAY": 0})
    assert "crawler.blogs.pipelines.CollectPipeline" in merged["ITEM_PIPELINES"] and merged["DOWNLOAD_DELAY"] == 0


# --- whole crawls against a local server -------------------------------------------

class _Server:
    """http.server on 127.0.0.1 serving a copy of the fixture blog, its URLs rewritten to the real port."""

    def __init__(self, root: Path) -> None:
        self.root, self.log = root, []
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def log_request(self, code="-", size="-"):
                server.log.append((self.path, int(code) if str(code).isdigit() else code))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        for src in BLOG.rglob("*"):
            if src.is_file():
                self.write(str(src.relative_to(BLOG)), src.read_text(encoding="utf-8"))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def write(self, rel: str, text: str, mtime: int = MTIME) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace(BASE, self.base), encoding="utf-8")
        os.utime(path, (mtime, mtime))

    def fetched(self, status: int = 200) -> set[str]:
        return {p for p, code in self.log if code == status}

    def crawl(self, cursor=None, **overrides):
        return crawl_blog(BlogSite(self.base + "/"), cursor=cursor, settings={**FAST, **overrides}, timeout=90)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def blog(tmp_path):
    server = _Server(tmp_path / "site")
    yield server
    server.close()


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    server = _Server(tmp_path_factory.mktemp("blog") / "site")
    result = server.crawl()
    yield server, result
    server.close()


def _posts(result) -> dict[str, dict]:
    return {r["url"].split("/", 3)[3]: r for r in result.records if r["kind"] == "post"}


def test_crawl_yields_the_blog_account_with_its_about_text(first_run):
    server, result = first_run
    accounts = [r for r in result.records if r["kind"] == "account"]
    assert len(accounts) == 1 and accounts[0]["id"] == "blog:" + server.base.split("//")[1]
    assert "views on this blog are my own" in accounts[0]["about_text"]
    assert accounts[0]["display_name"] == "Kettle On"


def test_crawl_yields_each_article_once_as_a_dated_post(first_run):
    _, result = first_run
    posts = _posts(result)
    assert set(posts) == {"2026/08/why-i-volunteer.html", "2026/09/first-coffee-morning.html",
                          "2026/10/autumn-fundraiser.html", "2026/11/training-day.html"}
    assert posts["2026/11/training-day.html"]["created_at"] == "2026-11-14T10:00:00Z"  # from the Atom feed
    assert posts["2026/09/first-coffee-morning.html"]["media"][0]["alt_text"] == "Three tea urns on a trestle table"
    for record in result.records:
        parse_record(record)
    assert result.complete


def test_robots_disallowed_page_is_never_fetched(first_run):
    server, result = first_run
    assert not any(path.startswith("/drafts/") for path, _ in server.log)
    assert result.stats["robotstxt/forbidden"] >= 1


def test_offsite_feed_entry_is_not_fetched(first_run):
    _, result = first_run
    assert result.stats["offsite/filtered"] == 1


def test_empty_page_is_reported_as_dropped(first_run):
    _, result = first_run
    assert result.dropped == {"empty page: no title, text or images": 1}


def test_rerun_with_the_cursor_fetches_nothing_new(blog):
    first = blog.crawl()
    blog.log.clear()
    again = blog.crawl(first.cursor)
    assert again.records == []
    articles = {p for p in blog.fetched(200) if p.startswith("/2026/")}
    assert articles == set()
    assert {"/feed.xml", "/atom.xml", "/sitemap.xml", "/about/"} <= blog.fetched(304)


def test_changed_article_is_fetched_again(blog):
    first = blog.crawl()
    atom = (BLOG / "atom.xml").read_text().replace(
        "<updated>2026-11-14T10:00:00Z</updated>\n    <summary>", "<updated>2026-11-20T09:00:00Z</updated>\n    <summary>")
    blog.write("atom.xml", atom, MTIME + 86400)
    page = (BLOG / "2026/11/training-day.html").read_text().replace("Keeping records", "Keeping notes safe")
    blog.write("2026/11/training-day.html", page, MTIME + 86400)
    blog.log.clear()
    again = blog.crawl(first.cursor)
    assert [r["url"].rsplit("/", 1)[1] for r in again.records] == ["training-day.html"]
    assert "Keeping notes safe" in again.records[0]["text"]


def test_page_cap_stops_the_run_and_the_next_run_continues(blog):
    capped = blog.crawl(BLOG_PAGE_CAP=8)
    assert not capped.complete and capped.finish_reason == "page_cap"
    assert len(blog.fetched(200)) <= 8 + 1  # + RobotsTxtMiddleware's own robots.txt request
    rest = blog.crawl(capped.cursor)
    first_ids = [r["id"] for r in capped.records if r["kind"] == "post"]
    rest_ids = [r["id"] for r in rest.records if r["kind"] == "post"]
    assert len(first_ids) < 4 and not set(first_ids) & set(rest_ids)
    assert len(first_ids) + len(rest_ids) == 4


def test_crawl_of_an_unreachable_blog_returns_no_records():
    result = crawl_blog(BlogSite("http://127.0.0.1:9/"), settings=FAST, timeout=60)
    assert result.records == [] and result.complete


def test_blog_connector_yields_one_batch_with_records_and_cursor(blog):
    connector = connector_for("blog")(ConnectorSettings(account=blog.base + "/", extra={"scrapy": FAST}))
    batch, = connector.fetch(None)
    assert batch.account["about_text"] and len(batch.posts) == 4
    again, = connector.fetch(batch.cursor)
    assert again.records == []
