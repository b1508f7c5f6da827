"""X connector against the fake server, with X API v2 response shapes from real samples."""
from __future__ import annotations

import copy
import logging

import pytest

from crawler.credentials import Credentials, Secret
from crawler.live.base import ConnectorSettings, NeedsReauthorisation, RateLimited, RepeatingCursor, TransientFailure
from crawler.live.http import RetryPolicy
from crawler.live.x import XConnector
from socialaudit.core.model import parse_record
from tests.crawler.fakeserver import FakeClock, FakeServer, Reply, RewriteAdapter, real_json

TOKEN = "AAAAAAAAAAAAAAAAAAAAAtest-bearer-token-123"
SAMPLE = "x-api-v2/users-tweets-expansions-geo-media.twarc.json"
USER_ID = "2351222345"
TIMELINE = f"/2/users/{USER_ID}/tweets"
LOOKUP = "/2/users/by/username/PhillyNEFL"


@pytest.fixture
def sample() -> dict:
    page = real_json(SAMPLE)
    page.pop("__twarc", None)  # added by twarc, not by X
    return page


@pytest.fixture
def user(sample) -> dict:
    return {"data": next(u for u in sample["includes"]["users"] if u["id"] == USER_ID)}


@pytest.fixture
def srv(user):
    with FakeServer() as server:
        server.route(LOOKUP, lambda req: Reply(200, user))
        yield server


def connector(srv: FakeServer, **settings) -> XConnector:
    settings.setdefault("retry", RetryPolicy(max_retries=2))
    settings.setdefault("clock", FakeClock())
    conn = XConnector(ConnectorSettings(account="PhillyNEFL", timeout=1.5, **settings),
                      Credentials("x", Secret(TOKEN)))
    conn.session.mount("https://api.twitter.com/", RewriteAdapter("https://api.twitter.com/", srv.url))
    return conn


def last_page(page: dict) -> dict:
    page = copy.deepcopy(page)
    page["meta"].pop("next_token", None)
    return page


def posts_of(batches) -> list[dict]:
    return [p for b in batches for p in b.posts]


def test_records_are_canonical_and_parse(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    batches = list(connector(srv).fetch(None))
    for record in batches[0].records:
        parse_record(record)
    assert batches[0].account["id"] == "x:@PhillyNEFL"


def test_profile_description_is_bio_and_protected_is_inverted(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    account = next(connector(srv).fetch(None)).account
    assert account["bio"] == "electric football league founded in 1997"
    assert account["is_public"] is True
    assert account["website"] == "http://www.leaguelineup.com/phillynefl"


def test_retweets_are_not_the_authors_posts(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    posts = posts_of(connector(srv).fetch(None))
    retweet_ids = {t["id"] for t in sample["data"] if t["text"].startswith("RT @")}
    assert retweet_ids and not {p["id"][2:] for p in posts} & retweet_ids
    assert len(posts) == len(sample["data"]) - len(retweet_ids)


def test_point_coordinates_are_lon_lat_and_place_full_name_is_kept(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    posts = {p["id"]: p for p in posts_of(connector(srv).fetch(None))}
    assert posts["x:1256638945653391361"]["geo"] == {"lat": 39.9527, "lon": -75.1651,
                                                     "place_name": "Philadelphia, PA"}


def test_place_without_coordinates_keeps_the_name_not_a_bbox_centre(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    posts = {p["id"]: p for p in posts_of(connector(srv).fetch(None))}
    assert posts["x:1257322563249639427"]["geo"] == {"lat": None, "lon": None,
                                                     "place_name": "Philadelphia, PA"}


def test_media_keys_expand_to_photo_and_gif(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    posts = {p["id"]: p for p in posts_of(connector(srv).fetch(None))}
    assert posts["x:1256945149231484928"]["media"] == [
        {"type": "photo", "path": None, "alt_text": None, "url": "https://pbs.twimg.com/media/EXGQ8XgXkAA5YQF.jpg"}]
    assert posts["x:1256614037586132992"]["media"][0]["type"] == "gif"


def test_reply_names_the_target_post(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    posts = {p["id"]: p for p in posts_of(connector(srv).fetch(None))}
    assert posts["x:1257322563249639427"]["in_reply_to"]["post_id"] == "x:1257165890639937536"


def test_request_asks_for_place_and_media_expansions_with_the_bearer_token(srv, sample):
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    list(connector(srv).fetch(None))
    req = srv.requests_to(TIMELINE)[0]
    assert {"attachments.media_keys", "geo.place_id"} <= set(req.param("expansions").split(","))
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"


def test_pages_follow_next_token_and_the_final_cursor_is_the_newest_id(srv, sample):
    second = real_json("x-api-v2/tweepy-get-users-tweets.decoded.json")["response"]["body"]
    srv.script(TIMELINE, Reply(200, sample), Reply(200, last_page(second)))
    batches = list(connector(srv).fetch(None))
    assert srv.requests_to(TIMELINE)[1].param("pagination_token") == sample["meta"]["next_token"]
    ids = sorted((t["id"] for t in sample["data"]), key=int)
    assert batches[0].cursor == {"since": None, "pass": {"newest": ids[-1], "until_id": ids[0]}}
    assert batches[-1].cursor == {"since": ids[-1]}


def test_stored_since_id_is_sent(srv, sample):
    srv.script(TIMELINE, Reply(200, {"meta": {"result_count": 0}}))
    batches = list(connector(srv).fetch({"since": "1257786232978968578"}))
    assert srv.requests_to(TIMELINE)[0].param("since_id") == "1257786232978968578"
    assert batches[-1].cursor == {"since": "1257786232978968578"}


@pytest.mark.parametrize("fault", [
    Reply(429, {"title": "Too Many Requests", "type": "about:blank", "status": 429,
                "detail": "Too Many Requests"}, {"x-rate-limit-reset": "1700000100"}),
    Reply(429, {"title": "Too Many Requests"}),
    Reply(500, {"title": "Internal Server Error"}),
    Reply(200, {"data": []}, delay=4.0),
    Reply(200, {"data": [{"id": "1", "text": "x" * 200}]}, truncate=40),
], ids=["429-reset", "429-no-reset", "500", "timeout", "truncated"])
def test_faults_are_absorbed_and_the_crawl_completes(srv, sample, fault):
    srv.script(TIMELINE, fault, Reply(200, last_page(sample)))
    conn = connector(srv)
    assert len(posts_of(conn.fetch(None))) == 6
    assert len(srv.requests_to(TIMELINE)) == 2


def test_rate_limit_past_the_budget_raises_rate_limited(srv, sample):
    srv.script(TIMELINE, Reply(429, headers={"x-rate-limit-reset": "1700090000"}))
    with pytest.raises(RateLimited) as err:
        list(connector(srv, retry=RetryPolicy(max_rate_limit_wait=900)).fetch(None))
    assert err.value.retry_after > 900


def test_persistent_server_errors_raise_transient_failure(srv):
    srv.script(TIMELINE, *[Reply(503)] * 3)
    with pytest.raises(TransientFailure):
        list(connector(srv).fetch(None))


def test_token_revoked_mid_crawl_needs_reauthorisation_after_earlier_batches(srv, sample):
    srv.script(TIMELINE, Reply(200, sample),
               Reply(401, {"title": "Unauthorized", "type": "about:blank", "status": 401,
                           "detail": "Unauthorized"}))
    got = []
    with pytest.raises(NeedsReauthorisation) as err:
        for batch in connector(srv).fetch(None):
            got.append(batch)
    assert len(got) == 1 and len(got[0].posts) == 6
    assert TOKEN not in str(err.value)


def test_repeating_next_token_stops_the_crawl(srv, sample):
    srv.script(TIMELINE, Reply(200, sample), Reply(200, sample))
    got = []
    with pytest.raises(RepeatingCursor):
        for batch in connector(srv).fetch(None):
            got.append(batch)
    assert len(got) == 2


def test_self_reply_target_not_found_is_reported_deleted(srv, sample):
    page = last_page(sample)
    tweet = next(t for t in page["data"] if t["id"] == "1257322563249639427")
    tweet["in_reply_to_user_id"] = USER_ID
    page["errors"] = [{"resource_id": "1257165890639937536", "resource_type": "tweet",
                       "title": "Not Found Error", "type": "https://api.twitter.com/2/problems/resource-not-found"}]
    srv.script(TIMELINE, Reply(200, page))
    assert next(connector(srv).fetch(None)).deleted == ["x:1257165890639937536"]


def test_token_never_appears_in_logs_or_reprs(srv, sample, caplog):
    caplog.set_level(logging.DEBUG)
    srv.script(TIMELINE, Reply(200, last_page(sample)))
    conn = connector(srv)
    list(conn.fetch(None))
    assert "Bearer" in caplog.text  # tweepy did log its headers ...
    assert TOKEN not in caplog.text  # ... with the token scrubbed
    assert TOKEN not in repr(conn) + repr(conn.credentials) + repr(conn.http)


# --- resume: a synthetic timeline that honours since_id / until_id / pagination_token ---

def timeline_server(srv: FakeServer, tweets: list[dict], includes: dict, per_page: int = 2) -> None:
    ordered = sorted(tweets, key=lambda t: int(t["id"]), reverse=True)

    def handler(req):
        since, until = req.param("since_id"), req.param("until_id")
        rows = [t for t in ordered if (not since or int(t["id"]) > int(since))
                and (not until or int(t["id"]) < int(until))]
        start = int((req.param("pagination_token") or "tok-0")[4:])
        page = rows[start:start + per_page]
        meta = {"result_count": len(page)}
        if page:
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if start + per_page < len(rows):
            meta["next_token"] = f"tok-{start + per_page}"
        return Reply(200, {"data": page, "includes": includes, "meta": meta} if page else {"meta": meta})
    srv.route(TIMELINE, handler)


def test_rerun_from_any_batch_cursor_loses_and_repeats_nothing(srv, sample):
    timeline_server(srv, sample["data"], sample["includes"])
    full = [p["id"] for p in posts_of(connector(srv).fetch(None))]
    for stop_after in range(1, 5):
        seen, cursor = [], None
        for i, batch in enumerate(connector(srv).fetch(None)):  # killed after `stop_after` batches
            seen += [p["id"] for p in batch.posts]
            cursor = batch.cursor
            if i + 1 == stop_after:
                break
        seen += [p["id"] for p in posts_of(connector(srv).fetch(cursor))]
        assert sorted(seen) == sorted(full) and len(seen) == len(set(seen))


def test_posts_newer_than_the_cursor_are_fetched_next_time(srv, sample):
    older, newer = sample["data"][3:], sample["data"][:3]
    timeline_server(srv, older, sample["includes"])
    first = list(connector(srv).fetch(None))
    timeline_server(srv, sample["data"], sample["includes"])
    again = posts_of(connector(srv).fetch(first[-1].cursor))
    assert sorted(p["id"] for p in again) == sorted(f"x:{t['id']}" for t in newer if not t["text"].startswith("RT @"))


def test_max_pages_stops_with_a_resumable_cursor(srv, sample):
    timeline_server(srv, sample["data"], sample["includes"])
    batches = list(connector(srv, max_pages=1).fetch(None))
    assert len(batches) == 1 and "pass" in batches[0].cursor


def test_media_are_downloaded_into_the_store_when_one_is_set(srv, sample, tmp_path):
    import io

    from PIL import Image

    from crawler.live.downloads import MediaStore
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "JPEG")
    srv.route("/media/EXGQ8XgXkAA5YQF.jpg", lambda req: Reply(200, buf.getvalue()))
    srv.script(TIMELINE, Reply(200, {"data": [sample["data"][2]], "includes": sample["includes"], "meta": {}}))
    conn = connector(srv, media_store=MediaStore(tmp_path))
    conn.session.mount("https://pbs.twimg.com/", RewriteAdapter("https://pbs.twimg.com/", srv.url))
    media = posts_of(conn.fetch(None))[0]["media"][0]
    assert media["path"].startswith("media/") and (tmp_path / media["path"]).is_file()


def test_unknown_user_is_a_platform_error(sample):
    from crawler.live.base import PlatformError
    with FakeServer() as server:
        server.script(LOOKUP, Reply(200, {"errors": [{"title": "Not Found Error", "resource_type": "user",
                                                      "type": "https://api.twitter.com/2/problems/resource-not-found"}]}))
        with pytest.raises(PlatformError, match="not found"):
            list(connector(server).fetch(None))
