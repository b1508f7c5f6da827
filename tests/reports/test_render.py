"""Rendering: escaping, the plain-text part, inline SVG, organisation templates, PDF."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest

from reports.chart import trend_chart
from reports.context import FindingItem, SelfAuditReport
from reports.render import environment, render

NOW = datetime(2026, 11, 1, tzinfo=timezone.utc)


def _selfaudit(**kw) -> SelfAuditReport:
    item = FindingItem(id=7, rule="geotag", title="Post carries location metadata", severity="high",
                       clause="Post content 3", policy_text="Switch location off & post once home.",
                       advice="Turn off location for this post.", excerpts=["a <b>bold</b> A** & co"],
                       post_url="https://x.com/v/status/1", review_url="http://r/findings/7", account="x:@v",
                       found_on="3 Oct 2026", state="open")
    base = dict(org_name="Twins Trust", first_name="Val", findings=[item], other_open=0, grace_until="",
                help_text="Talk to your coordinator.", base_url="http://r")
    return SelfAuditReport(**{**base, **kw})


def test_html_escapes_everything_it_prints():
    html = render(_selfaudit(first_name="<script>alert(1)</script>"), "html")
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html


def test_the_text_part_is_plain_not_html_escaped():
    text = render(_selfaudit(), "text")
    assert '"a <b>bold</b> A** & co"' in text and "&amp;" not in text and "&lt;" not in text


def test_trend_chart_is_inline_svg_with_no_external_resources():
    chart = trend_chart(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
                        {"2026-10": {"high": 3, "low": 1}, "2026-11": {"medium": 2}})
    from reports.context import Backlog, Headline, MonthlyReport
    report = MonthlyReport(org_name="T", month="2026-11", month_label="November 2026", recipient_name="Cora",
                           generated_on="1 Dec 2026", base_url="http://r",
                           headline=Headline(1, 1, 10, 2, 0, 0, 2), by_rule=[], by_severity=[], trend=chart,
                           new_findings=[], backlog=Backlog(), missing_disclaimer=[], not_crawled=[], went_well=[],
                           encouraged_hashtags=["#x"], help_text="")
    html = render(report, "html")
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count("<rect") == 3 and "href" not in svg and "<script" not in html
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert [b.total for b in chart.bars] == [0, 0, 0, 0, 4, 2]


def test_an_organisation_template_overrides_the_package_one(tmp_path):
    (tmp_path / "selfaudit.txt").write_text('{% autoescape false %}Hi {{ report.first_name }} from our own '
                                            'template{% endautoescape %}')
    (tmp_path / "selfaudit.html").write_text('{% extends "base/selfaudit.html" %}'
                                             '{% block footer %}Call Jo on 01234 567890{% endblock %}')
    assert render(_selfaudit(), "text", tmp_path) == "Hi Val from our own template"
    html = render(_selfaudit(), "html", tmp_path)
    assert "Call Jo on 01234 567890" in html and "Turn off location for this post." in html


def test_the_environment_autoescapes():
    assert environment(None).autoescape is True


@pytest.mark.browser
@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="PDF needs Debian's chromium at /usr/bin/chromium")
def test_a_report_prints_to_pdf(tmp_path):
    from reports.browser import html_to_pdf
    out = html_to_pdf(render(_selfaudit(), "html"), tmp_path / "r.pdf")
    assert out.read_bytes().startswith(b"%PDF")
