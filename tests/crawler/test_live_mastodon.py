"""Mastodon connector against the fake server, with Status shapes from real samples."""
from __future__ import annotations

import copy
import logging

import pytest

from crawler.credentials import Credentials, Secret
from crawler.live.base import ConnectorSettings, NeedsReauthorisation, PlatformError, RateLimited, RepeatingCursor
from crawler.live.http import RetryPolicy
from crawler.live.mastodon import MastodonConnector, html_to_text
from socialaudit.core.model import parse_record
from tests.crawler.fakeserver import FakeClock, FakeServer, Reply, real_json

TOKEN = "mastodon-secret-token-xyz"
ACCT_ID = "117020565966271181"
STATUSES = f"/api/v1/accounts/{ACCT_ID}/statuses"
LOOKUP = "/api/v1/accounts/lookup"


@pytest.fixture
def page() -> list[dict]:
    return real_json("mastodon/mastodonpy-account-statuses.body.json")


@pytest.fixture
def headers() -> dict:
    raw = real_json("mastodon/mastodonpy-account-statuses.headers.json")["headers"]
    return {k: v[0] for k, v in raw.items() if k not in ("content-length", "content-type")}


@pytest.fixture
def srv(page):
    with FakeServer() as server:
        server.route(LOOKUP, lambda req: Reply(200, page[0]["account"]))
        yield server


def connector(srv, token: str | None = TOKEN, **settings) -> MastodonConnector:
    settings.setdefault("retry", RetryPolicy(max_retries=2))
    settings.setdefault("clock", FakeClock())
    creds = Credentials("mastodon", Secret(token)) if token else None
    return MastodonConnector(ConnectorSettings(account="mastodonpy_test@localhost", base_url=srv.url,
                                               timeout=1.5, **settings), creds)


def posts_of(batches) -> list[dict]:
    return [p for b in batches for p in b.posts]


def local_link(headers: dict, srv) -> dict:
    return {**headers, "link": headers["link"].replace("http://localhost:3000", srv.url)}


def test_records_are_canonical_and_parse(srv, page):
    srv.script(STATUSES, Reply(200, page))
    batches = list(connector(srv).fetch(None))
    for record in batches[0].records:
        parse_record(record)
    assert [p["text"] for p in batches[0].posts][:2] == ["Toot number 9!", "Toot number 8!"]


def test_profile_note_is_bio_and_locked_account_is_not_public(srv, page):
    srv.script(STATUSES, Reply(200, page))
    account = next(connector(srv).fetch(None)).account
    assert account["bio"] == "I walk funny" and account["is_public"] is False
    assert account["id"] == "mastodon:@mastodonpy_test@localhost"
    assert srv.requests_to(LOOKUP)[0].param("acct") == "mastodonpy_test"


def test_unlisted_visibility_is_public(srv, page):
    srv.script(STATUSES, Reply(200, page))
    assert {p["visibility"] for p in posts_of(connector(srv).fetch(None))} == {"public"}


@pytest.mark.parametrize("visibility, expected", [("private", "friends"), ("direct", "private"),
                                                  ("public", "public")])
def test_visibility_mapping(srv, page, visibility, expected):
    status = dict(page[0], visibility=visibility)
    srv.script(STATUSES, Reply(200, [status]))
    assert posts_of(connector(srv).fetch(None))[0]["visibility"] == expected


def test_media_description_becomes_alt_text(srv):
    status = real_json("mastodon/mastodonpy-status-with-media.json")
    srv.script(STATUSES, Reply(200, [status]))
    media = posts_of(connector(srv).fetch(None))[0]["media"]
    assert media[0]["alt_text"] == "me when a cat" and media[0]["type"] == "video"
    assert media[0]["url"].endswith(".jpg")  # the preview still, not the mp4


def test_html_content_becomes_plain_text_with_whole_links():
    status = real_json("mastodon/docs-Status-example.json")
    text = html_to_text(status["content"])
    assert text.startswith('"I lost my inheritance')
    assert "https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000" in text
    assert "<" not in text and "&quot;" not in text


def test_line_breaks_and_paragraphs_survive():
    assert html_to_text("<p>one<br>two</p><p>three &amp; four</p>") == "one\ntwo\n\nthree & four"


def test_boosts_are_skipped_and_content_warning_is_kept(srv, page):
    boost = dict(page[1], reblog=copy.deepcopy(page[2]))
    warned = dict(page[0], spoiler_text="Fostering")
    srv.script(STATUSES, Reply(200, [warned, boost]))
    posts = posts_of(connector(srv).fetch(None))
    assert len(posts) == 1 and posts[0]["text"] == "Fostering\n\nToot number 9!"


def test_token_is_sent_as_bearer_and_never_logged(srv, page, caplog):
    caplog.set_level(logging.DEBUG)
    srv.script(STATUSES, Reply(200, page))
    conn = connector(srv)
    list(conn.fetch(None))
    assert srv.requests_to(STATUSES)[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in caplog.text + repr(conn) + repr(conn.http)


def test_public_crawl_needs_no_token(srv, page):
    srv.script(STATUSES, Reply(200, page))
    list(connector(srv, token=None).fetch(None))
    assert "Authorization" not in srv.requests_to(STATUSES)[0].headers


def test_link_header_next_is_followed(srv, page, headers):
    srv.script(STATUSES, Reply(200, page, local_link(headers, srv)), Reply(200, []))
    batches = list(connector(srv).fetch(None))
    assert srv.requests_to(STATUSES)[1].param("max_id") == "117020580489281910"
    assert batches[-1].cursor == {"since": "117020580518794573"}


def test_link_to_another_host_is_refused(srv, page, headers):
    srv.script(STATUSES, Reply(200, page, headers))  # the cassette's localhost:3000 link
    with pytest.raises(PlatformError, match="another host"):
        list(connector(srv).fetch(None))


def test_since_id_is_sent_and_older_statuses_stop_paging(srv, page, headers):
    srv.script(STATUSES, Reply(200, page, local_link(headers, srv)))
    posts = posts_of(connector(srv).fetch({"since": "117020580503743669"}))
    assert srv.requests_to(STATUSES)[0].param("since_id") == "117020580503743669"
    assert [p["text"] for p in posts] == ["Toot number 9!", "Toot number 8!"]
    assert len(srv.requests_to(STATUSES)) == 1


@pytest.mark.parametrize("fault", [
    Reply(429, {"error": "Too many requests"}, {"X-RateLimit-Reset": "2023-11-14T22:14:00.000000Z",
                                                "X-RateLimit-Remaining": "0"}),
    Reply(429, {"error": "Too many requests"}),
    Reply(500, {"error": "oops"}),
    Reply(200, [], delay=4.0),
    Reply(200, [{"id": "1"}] * 20, truncate=30),
], ids=["429-reset", "429-no-reset", "500", "timeout", "truncated"])
def test_faults_are_absorbed_and_the_crawl_completes(srv, page, fault):
    srv.script(STATUSES, fault, Reply(200, page))
    assert len(posts_of(connector(srv).fetch(None))) == 5


def test_iso_reset_header_sets_the_wait(srv, page):
    clock = FakeClock(now=1_700_000_000.0)  # 2023-11-14T22:13:20Z
    srv.script(STATUSES, Reply(429, {}, {"X-RateLimit-Reset": "2023-11-14T22:14:00.000000Z"}), Reply(200, page))
    list(connector(srv, clock=clock).fetch(None))
    assert clock.sleeps == [pytest.approx(41.0)]


def test_rate_limit_past_the_budget_raises(srv):
    srv.script(STATUSES, Reply(429, {}, {"X-RateLimit-Reset": "2030-01-01T00:00:00.000000Z"}))
    with pytest.raises(RateLimited):
        list(connector(srv).fetch(None))


def test_token_revoked_mid_crawl_needs_reauthorisation_after_earlier_batches(srv, page, headers):
    srv.script(STATUSES, Reply(200, page, local_link(headers, srv)),
               Reply(401, {"error": "The access token was revoked"}))
    got = []
    with pytest.raises(NeedsReauthorisation):
        for batch in connector(srv).fetch(None):
            got.append(batch)
    assert len(got) == 1 and len(got[0].posts) == 5


def test_scope_error_403_needs_reauthorisation(srv):
    srv.script(STATUSES, Reply(403, {"error": "This action is outside the authorized scopes"}))
    with pytest.raises(NeedsReauthorisation):
        list(connector(srv).fetch(None))


def test_repeating_link_stops_the_crawl(srv, page, headers):
    srv.script(STATUSES, Reply(200, page, local_link(headers, srv)))
    srv.route(STATUSES, lambda req: Reply(200, page[1:], local_link(headers, srv)))
    with pytest.raises(RepeatingCursor):
        list(connector(srv).fetch(None))


# --- resume against a synthetic instance that pages like Mastodon ---------------------

def instance(srv, statuses: list[dict], per_page: int = 2) -> None:
    ordered = sorted(statuses, key=lambda s: int(s["id"]), reverse=True)

    def handler(req):
        since, max_id = req.param("since_id"), req.param("max_id")
        rows = [s for s in ordered if (not since or int(s["id"]) > int(since))
                and (not max_id or int(s["id"]) < int(max_id))][:per_page]
        link = {}
        if rows:  # like Mastodon: next keeps limit and max_id only, not since_id
            link = {"Link": f'<{srv.url}{STATUSES}?limit={per_page}&max_id={rows[-1]["id"]}>; rel="next"'}
        return Reply(200, rows, link)
    srv.route(STATUSES, handler)


def many(page: list[dict]) -> list[dict]:
    out = []
    for n in range(7):
        s = copy.deepcopy(page[n % len(page)])
        s["id"] = str(117020580518794573 + n * 1000)
        out.append(s)
    return out


def test_rerun_from_any_batch_cursor_loses_and_repeats_nothing(srv, page):
    statuses = many(page)
    instance(srv, statuses)
    full = [p["id"] for p in posts_of(connector(srv).fetch(None))]
    assert len(full) == 7
    for stop_after in range(1, 5):
        seen, cursor = [], None
        for i, batch in enumerate(connector(srv).fetch(None)):
            seen += [p["id"] for p in batch.posts]
            cursor = batch.cursor
            if i + 1 == stop_after:
                break
        seen += [p["id"] for p in posts_of(connector(srv).fetch(cursor))]
        assert sorted(seen) == sorted(full) and len(seen) == len(set(seen))


def test_next_run_fetches_only_new_statuses(srv, page):
    statuses = many(page)
    instance(srv, statuses[:4])
    cursor = list(connector(srv).fetch(None))[-1].cursor
    instance(srv, statuses)
    again = posts_of(connector(srv).fetch(cursor))
    assert sorted(p["id"] for p in again) == sorted(f"mastodon:localhost/{s['id']}" for s in statuses[4:])


def test_non_numeric_ids_of_other_fediverse_servers_are_ordered(srv, page):
    ulids = ["01HGW2N7EHJEDXDE8N9FZ2ACQB", "01HGW2N7EHJEDXDE8N9FZ2ACQA", "01HGW2N7EHJEDXDE8N9FZ2ACQ9"]
    srv.script(STATUSES, Reply(200, [dict(page[i], id=u) for i, u in enumerate(ulids)]))
    batches = list(connector(srv).fetch({"since": "01HGW2N7EHJEDXDE8N9FZ2ACQ9"}))
    assert len(posts_of(batches)) == 2 and batches[-1].cursor == {"since": ulids[0]}
