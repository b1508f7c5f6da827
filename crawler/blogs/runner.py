"""Runs one blog crawl in a child process and returns its records and cursor.

Scrapy runs on a Twisted reactor, which cannot be restarted in one process;
the cron job and the tests crawl many blogs (and the same blog twice), so each
crawl gets a fresh child: `python -m crawler.blogs.runner JOB.json`. A plain
subprocess rather than multiprocessing `spawn`, because spawn re-imports the
caller's main module and breaks scripts without a `__main__` guard. The child
writes its result as JSON next to the job file; the parent reads it, and kills
a child that overruns its time.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.blogs.settings import build_settings
from crawler.blogs.spider import BlogSite

STAT_KEYS = ("downloader/response_count", "robotstxt/forbidden", "offsite/filtered", "incremental/not_modified",
             "incremental/unchanged_by_date", "item_scraped_count", "item_dropped_count")


class BlogCrawlError(RuntimeError):
    """The crawl process failed or overran; the message says which, never page content."""


@dataclass
class BlogCrawlResult:
    """Canonical records (accounts and posts, CONTRACT §2) and the cursor for the next run."""
    records: list[dict]
    cursor: dict
    dropped: dict[str, int] = field(default_factory=dict)   # reason -> count
    stats: dict[str, Any] = field(default_factory=dict)
    finish_reason: str | None = None

    @property
    def complete(self) -> bool:
        """False when the page cap or time limit stopped the crawl; the next run continues."""
        return self.finish_reason == "finished"


def crawl_blog(site: BlogSite, cursor: dict | None = None, settings: dict[str, Any] | None = None,
               timeout: float | None = None) -> BlogCrawlResult:
    """Crawl `site` once in a child process. `settings` override `settings.DEFAULTS`."""
    merged = build_settings(settings)
    limit = timeout if timeout is not None else float(merged.get("CLOSESPIDER_TIMEOUT") or 600) + 60
    with tempfile.TemporaryDirectory(prefix="socialaudit-blog-") as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "result.json"
        job.write_text(json.dumps({"site": site.to_dict(), "cursor": cursor, "settings": merged,
                                   "out": str(out)}), encoding="utf-8")
        try:
            proc = subprocess.run([sys.executable, "-m", "crawler.blogs.runner", str(job)], timeout=limit,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        except subprocess.TimeoutExpired:
            raise BlogCrawlError(f"blog crawl of {site.id} overran {limit:.0f}s and was stopped") from None
        if proc.returncode != 0 or not out.exists():
            last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            raise BlogCrawlError(f"blog crawl of {site.id} failed (exit code {proc.returncode}): {last[0][:200]}")
        data = json.loads(out.read_text(encoding="utf-8"))
    return BlogCrawlResult(**data)


def _child(site: dict, cursor: dict | None, settings: dict[str, Any], out: str) -> None:
    """The child's whole life: one crawl, its result written to `out`."""
    from scrapy.crawler import CrawlerProcess

    from crawler.blogs.spider import BlogSpider

    process = CrawlerProcess(settings, install_root_handler=settings.get("LOG_LEVEL") == "DEBUG")
    crawler = process.create_crawler(BlogSpider)
    process.crawl(crawler, site=site, cursor=cursor)
    process.start()
    state = crawler.spider.state
    stats = crawler.stats.get_stats()
    reason = "page_cap" if state.capped else stats.get("finish_reason")
    result = {"records": state.records, "cursor": state.new_cursor(finished=reason == "finished"),
              "dropped": dict(state.dropped), "stats": {k: stats[k] for k in STAT_KEYS if k in stats},
              "finish_reason": reason}
    Path(out).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    _job = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    _child(_job["site"], _job["cursor"], _job["settings"], _job["out"])
