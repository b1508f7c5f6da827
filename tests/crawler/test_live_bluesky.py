"""Bluesky connector against the fake server.

The getAuthorFeed sample (telsky) carries no licence, so it is read from
../shared/real-formats at run time and never copied into the repo.
"""
from __future__ import annotations

import copy
import logging
from datetime import datetime, timedelta, timezone

import pytest

from crawler.credentials import Credentials, Secret
from crawler.live.base import ConnectorSettings, NeedsReauthorisation, RateLimited, RepeatingCursor
from crawler.live.bluesky import BlueskyConnector, sort_time
from crawler.live.http import RetryPolicy
from socialaudit.core.model import parse_record
from tests.crawler.fakeserver import FakeClock, FakeServer, Reply, real_json

FEED = "/xrpc/app.bsky.feed.getAuthorFeed"
PROFILE = "/xrpc/app.bsky.actor.getProfile"
HANDLE = "benoist.dev"
DID = "did:plc:ubudpurydqvit3dhdnx4v6sv"
TOKEN = "eyJhbGciOiJFUzI1NksifQ.test-access-jwt"


@pytest.fixture
def feed() -> dict:
    return real_json("bluesky/telsky-getAuthorFeed.excerpt.json")


@pytest.fixture
def profile(feed) -> dict:
    author = next(i["post"]["author"] for i in feed["feed"] if i["post"]["author"]["handle"] == HANDLE)
    # a profileViewDetailed is the author view plus counts and `description`
    return {**author, "description": "Writes software. Walks the dog."}


@pytest.fixture
def srv(profile):
    with FakeServer() as server:
        server.route(PROFILE, lambda req: Reply(200, profile))
        yield server


def connector(srv, token: str | None = None, **settings) -> BlueskyConnector:
    settings.setdefault("retry", RetryPolicy(max_retries=2))
    settings.setdefault("clock", FakeClock())
    creds = Credentials("bluesky", Secret(token)) if token else None
    return BlueskyConnector(ConnectorSettings(account=HANDLE, base_url=srv.url, timeout=1.5, **settings), creds)


def last(page: dict) -> dict:
    page = copy.deepcopy(page)
    page.pop("cursor", None)
    return page


def posts_of(batches) -> list[dict]:
    return [p for b in batches for p in b.posts]


def test_records_are_canonical_and_parse(srv, feed):
    srv.script(FEED, Reply(200, last(feed)))
    batches = list(connector(srv).fetch(None))
    for record in batches[0].records:
        parse_record(record)
    assert batches[0].account == {"kind": "account", "id": "bluesky:@benoist.dev", "platform": "bluesky",
                                  "handle": HANDLE, "display_name": batches[0].account["display_name"],
                                  "role": "personal", "bio": "Writes software. Walks the dog.",
                                  "about_text": None, "website": None, "is_public": True,
                                  "location_sharing": None}


def test_reposts_are_not_the_authors_posts(srv, feed):
    srv.script(FEED, Reply(200, last(feed)))
    posts = posts_of(connector(srv).fetch(None))
    own = [i for i in feed["feed"] if not i.get("reason")]
    assert len(posts) == len(own) == 2
    assert {p["account_id"] for p in posts} == {"bluesky:@benoist.dev"}


def test_images_become_photo_media_with_alt_text(srv, feed):
    srv.script(FEED, Reply(200, last(feed)))
    post = posts_of(connector(srv).fetch(None))[0]
    own = next(i for i in feed["feed"] if not i.get("reason"))
    images = own["post"]["embed"]["images"]
    assert [m["alt_text"] for m in post["media"]] == [i.get("alt") or None for i in images]
    assert post["media"][0]["url"] == images[0]["fullsize"] and post["media"][0]["type"] == "photo"


def test_record_with_media_embed_yields_its_images(srv):
    post = real_json("bluesky/marshalx-getPostThread-recordWithMedia.json")["thread"]["post"]
    srv.script(FEED, Reply(200, {"feed": [{"post": post}]}))
    media = posts_of(connector(srv).fetch(None))[0]["media"]
    assert len(media) == 1 and media[0]["url"].startswith("https://cdn.bsky.app/img/feed_fullsize/")


def test_text_lang_and_url_come_from_the_record(srv, feed):
    srv.script(FEED, Reply(200, last(feed)))
    post = posts_of(connector(srv).fetch(None))[0]
    own = next(i for i in feed["feed"] if not i.get("reason"))["post"]
    assert post["text"] == own["record"]["text"]
    assert post["id"] == f"bluesky:{own['uri']}" and post["created_at"] == own["record"]["createdAt"]
    assert post["url"] == f"https://bsky.app/profile/{HANDLE}/post/{own['uri'].rsplit('/', 1)[1]}"


def test_cursor_pages_until_absent(srv, feed):
    srv.script(FEED, Reply(200, feed), Reply(200, {"feed": []}))
    batches = list(connector(srv).fetch(None))
    assert srv.requests_to(FEED)[1].param("cursor") == feed["cursor"]
    assert batches[0].cursor["pass"]["cursor"] == feed["cursor"]
    assert batches[-1].cursor == {"since": {"time": sort_time(feed["feed"][0]),
                                            "keys": [batches[-1].cursor["since"]["keys"][0]]}}


def test_second_run_yields_nothing_already_seen(srv, feed):
    srv.script(FEED, Reply(200, last(feed)), Reply(200, feed))
    cursor = list(connector(srv).fetch(None))[-1].cursor
    assert posts_of(connector(srv).fetch(cursor)) == []
    assert len(srv.requests_to(FEED)) == 2  # stopped at the old mark, no further paging


@pytest.mark.parametrize("fault", [
    "sample-429",
    Reply(429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}),
    Reply(502, "Bad Gateway"),
    Reply(200, {"feed": []}, delay=4.0),
    Reply(200, {"feed": [{"post": {}}] * 30}, truncate=25),
], ids=["429-reset", "429-no-reset", "502", "timeout", "truncated"])
def test_faults_are_absorbed_and_the_crawl_completes(srv, feed, fault):
    if fault == "sample-429":
        sample = real_json("bluesky/rate-limit-429.from-issue.json")
        headers = {k: v for k, v in sample["headers"].items() if k.startswith("ratelimit-")}
        fault = Reply(429, sample["body"], headers)
    srv.script(FEED, fault, Reply(200, last(feed)))
    assert len(posts_of(connector(srv, clock=FakeClock(now=1744582800)).fetch(None))) == 2


def test_ratelimit_reset_epoch_sets_the_wait(srv, feed):
    clock = FakeClock(now=1744582800)
    srv.script(FEED, Reply(429, {"error": "RateLimitExceeded"}, {"ratelimit-reset": "1744582868"}),
               Reply(200, last(feed)))
    list(connector(srv, clock=clock).fetch(None))
    assert clock.sleeps == [69.0]


def test_rate_limit_past_the_budget_raises(srv):
    srv.script(FEED, Reply(429, {"error": "RateLimitExceeded"}, {"ratelimit-reset": "1900000000"}))
    with pytest.raises(RateLimited):
        list(connector(srv).fetch(None))


def test_expired_token_mid_crawl_needs_reauthorisation_after_earlier_batches(srv, feed, caplog):
    caplog.set_level(logging.DEBUG)
    srv.script(FEED, Reply(200, feed), Reply(400, {"error": "ExpiredToken", "message": "Token has expired"}))
    got = []
    with pytest.raises(NeedsReauthorisation) as err:
        for batch in connector(srv, token=TOKEN).fetch(None):
            got.append(batch)
    assert len(got) == 1 and len(got[0].posts) == 2
    assert srv.requests_to(FEED)[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in str(err.value) + caplog.text


def test_other_400_is_not_a_reauthorisation(srv):
    from crawler.live.base import PlatformError
    srv.script(FEED, Reply(400, {"error": "InvalidRequest", "message": "Profile not found"}))
    with pytest.raises(PlatformError):
        list(connector(srv).fetch(None))


def test_repeating_cursor_stops_the_crawl(srv, feed):
    srv.script(FEED, Reply(200, feed), Reply(200, feed))
    with pytest.raises(RepeatingCursor):
        list(connector(srv).fetch(None))


def test_own_parent_not_found_is_reported_deleted(srv, feed):
    item = copy.deepcopy(next(i for i in feed["feed"] if not i.get("reason")))
    gone = f"at://{DID}/app.bsky.feed.post/3deleted"
    item["reply"] = {"root": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": gone, "notFound": True},
                     "parent": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": gone, "notFound": True}}
    srv.script(FEED, Reply(200, {"feed": [item]}))
    batch = next(connector(srv).fetch(None))
    assert batch.deleted == [f"bluesky:{gone}"]
    assert batch.posts[0]["in_reply_to"] == {"account": None, "post_id": f"bluesky:{gone}"}


def test_reply_parent_names_account_and_post(srv, feed):
    item = copy.deepcopy(next(i for i in feed["feed"] if i.get("reply")))
    item.pop("reason")
    srv.script(FEED, Reply(200, {"feed": [item]}))
    post = posts_of(connector(srv).fetch(None))[0]
    parent = item["reply"]["parent"]
    assert post["in_reply_to"] == {"account": f"bluesky:@{parent['author']['handle']}",
                                   "post_id": f"bluesky:{parent['uri']}"}


# --- resume against a synthetic feed that pages like the AppView ---------------------------

def timeline(feed: dict, n: int = 9) -> list[dict]:
    """n own posts a minute apart, with the sample's reposts interleaved."""
    own = next(i for i in feed["feed"] if not i.get("reason"))
    reposts = [i for i in feed["feed"] if i.get("reason")]
    start, items = datetime(2024, 11, 5, 12, tzinfo=timezone.utc), []
    for k in range(n):
        stamp = (start - timedelta(minutes=k)).isoformat().replace("+00:00", "Z")
        item = copy.deepcopy(own if k % 3 else reposts[k % len(reposts)])
        if item.get("reason"):
            item["reason"]["indexedAt"] = stamp
        else:
            item["post"]["uri"] = f"at://{DID}/app.bsky.feed.post/3synthetic{k}"
            item["post"]["indexedAt"] = item["post"]["record"]["createdAt"] = stamp
        items.append(item)
    return items


def serve_feed(srv, items: list[dict], per_page: int = 2) -> None:
    def handler(req):
        cur = req.param("cursor")
        rows = [i for i in items if not cur or sort_time(i) < cur][:per_page]
        body = {"feed": rows}
        if len(rows) == per_page:
            body["cursor"] = sort_time(rows[-1])
        return Reply(200, body)
    srv.route(FEED, handler)


def test_rerun_from_any_batch_cursor_loses_and_repeats_nothing(srv, feed):
    serve_feed(srv, timeline(feed))
    full = [p["id"] for p in posts_of(connector(srv).fetch(None))]
    assert len(full) == 6
    for stop_after in range(1, 5):
        seen, cursor = [], None
        for i, batch in enumerate(connector(srv).fetch(None)):
            seen += [p["id"] for p in batch.posts]
            cursor = batch.cursor
            if i + 1 == stop_after:
                break
        seen += [p["id"] for p in posts_of(connector(srv).fetch(cursor))]
        assert sorted(seen) == sorted(full) and len(seen) == len(set(seen))


def test_next_run_fetches_only_newer_items(srv, feed):
    items = timeline(feed)
    serve_feed(srv, items[4:])
    cursor = list(connector(srv).fetch(None))[-1].cursor
    serve_feed(srv, items)
    again = posts_of(connector(srv).fetch(cursor))
    expected = [f"bluesky:{i['post']['uri']}" for i in items[:4] if not i.get("reason")]
    assert sorted(p["id"] for p in again) == sorted(expected)
