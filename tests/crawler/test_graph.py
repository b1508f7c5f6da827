"""Facebook Page and Instagram professional connectors (Graph API via facebook-sdk),
against a loopback server answering the real Graph shapes from
../shared/real-formats/graph-api, with faults."""
from __future__ import annotations

import copy
import logging

import facebook
import pytest

from crawler.credentials import Credentials, Secret
from crawler.live.base import ConnectorSettings, NeedsReauthorisation, RateLimited, RepeatingCursor
from crawler.live.fbgraph import DEFAULT_VERSION, GraphClient, split_next
from crawler.live.graph import FacebookPageConnector, InstagramConnector, place_geo
from crawler.live.http import HttpClient, PlatformRules, RetryPolicy
from socialaudit.core.model import parse_record
from tests.crawler.fakeserver import FakeClock, FakeServer, Reply, real_json

PAGE = "74133697733"
V = f"/v{DEFAULT_VERSION}"
POSTS = f"{V}/{PAGE}/posts"
NEXT = "/v1.0/74133697733/feed"  # the path of the real sample's paging.next
TOKEN = "EAAtest-token-0123456789"
PAGE_OBJECT = {"id": PAGE, "name": "Game of Thrones", "username": "GameOfThrones",
               "about": "The official page.", "website": "https://example.org/"}


@pytest.fixture
def srv():
    with FakeServer() as server:
        yield server


def settings(srv, account=PAGE, **kw) -> ConnectorSettings:
    policy = kw.pop("retry", RetryPolicy(default_rate_limit_wait=60))
    return ConnectorSettings(account=account, base_url=srv.url, clock=FakeClock(), retry=policy, timeout=2, **kw)


def creds() -> Credentials:
    return Credentials(platform="facebook", access_token=Secret(TOKEN))


def feed_page() -> dict:
    return real_json("graph-api/restfb-page-feed-v1.0-previous-next.json")


def second_page() -> dict:
    """Page 2 composed of the real post-with-attachments and the real `place` shape."""
    album = real_json("graph-api/restfb-post-attachments-subattachments.json")
    place = real_json("graph-api/restfb-event-place-location.json")["place"]
    checkin = {"id": f"{PAGE}_5550001", "message": "Chocolate festival!",
               "created_time": "2014-09-19T08:00:00+0000", "place": place}
    old = copy.deepcopy(album)
    old["created_time"] = "2014-09-18T08:00:00+0000"
    return {"data": [checkin, old]}


def serve_two_pages(srv) -> None:
    srv.script(f"{V}/{PAGE}", Reply(200, PAGE_OBJECT))
    srv.script(POSTS, Reply(200, feed_page()))
    srv.script(NEXT, Reply(200, second_page()))


def crawl(connector, cursor=None) -> list:
    return list(connector.fetch(cursor))


def test_page_feed_follows_paging_next_until_it_is_absent(srv):
    serve_two_pages(srv)
    batches = crawl(FacebookPageConnector(settings(srv), creds()))
    assert len(batches) == 2
    assert batches[0].account["handle"] == "GameOfThrones"
    assert len(batches[0].posts) == 7 and len(batches[1].posts) == 2
    assert batches[0].posts[0]["id"] == "facebook:74133697733_10152424438657734"
    assert batches[0].posts[0]["created_at"] == "2014-09-20T12:59:48Z"
    assert batches[1].cursor == {"since": "2014-09-20T12:59:48Z"}


def test_next_page_is_asked_of_the_configured_base_with_our_token_in_a_header(srv):
    serve_two_pages(srv)
    crawl(FacebookPageConnector(settings(srv), creds()))
    follow = srv.requests_to(NEXT)[0]
    assert follow.headers["Authorization"] == f"Bearer {TOKEN}"
    assert follow.param("access_token") is None  # the sample's REDACTED token is not echoed
    assert follow.param("until") == "1411172656" and follow.param("limit") == "25"


def test_every_record_is_a_valid_canonical_record(srv):
    serve_two_pages(srv)
    for batch in crawl(FacebookPageConnector(settings(srv), creds())):
        for record in batch.records:
            parse_record(record)


def test_subattachments_become_one_photo_each(srv):
    serve_two_pages(srv)
    album = crawl(FacebookPageConnector(settings(srv), creds()))[1].posts[1]
    assert [m["type"] for m in album["media"]] == ["photo"] * 3
    assert album["media"][1]["url"].startswith("https://scontent.xx.fbcdn.net/hphotos-xap1/")


def test_place_location_becomes_geo_with_place_name(srv):
    serve_two_pages(srv)
    checkin = crawl(FacebookPageConnector(settings(srv), creds()))[1].posts[0]
    assert checkin["geo"] == {"lat": -34.071977375471, "lon": 18.888539577026, "place_name": "Lourensford Estate"}


@pytest.mark.parametrize("place, expected", [
    ({"name": "Village hall", "id": "1"}, {"lat": None, "lon": None, "place_name": "Village hall"}),
    ({"location": {"latitude": "53.99", "longitude": "-1.54"}}, {"lat": 53.99, "lon": -1.54, "place_name": None}),
    ({"id": "1"}, None),
    (None, None),
])
def test_place_shapes_map_to_geo(place, expected):
    assert place_geo(place) == expected


def test_rerun_with_cursor_yields_nothing_already_seen(srv):
    srv.script(f"{V}/{PAGE}", Reply(200, PAGE_OBJECT))
    srv.script(POSTS, Reply(200, feed_page()))  # a server ignoring `since` still yields nothing old
    batches = crawl(FacebookPageConnector(settings(srv), creds()), {"since": "2014-09-20T12:59:48Z"})
    assert [b.posts for b in batches] == [[]]
    assert batches[-1].cursor == {"since": "2014-09-20T12:59:48Z"}
    assert srv.requests_to(POSTS)[0].param("since") == "1411217988"
    assert srv.requests_to(NEXT) == []


def test_oauth_190_envelope_needs_reauthorisation(srv):
    srv.script(f"{V}/{PAGE}", Reply(400, real_json("graph-api/restfb-error-oauth-190.json")))
    with pytest.raises(NeedsReauthorisation, match="code 190, subcode 460") as err:
        crawl(FacebookPageConnector(settings(srv), creds()))
    assert TOKEN not in str(err.value)
    assert len(srv.requests) == 1


def test_rate_limit_code_4_waits_then_succeeds(srv):
    serve_two_pages(srv)
    srv.script(POSTS, Reply(400, real_json("graph-api/error-rate-limit-code4.from-issue.json")))
    srv._queues[("GET", POSTS)].reverse()  # the throttle answers first
    connector = FacebookPageConnector(settings(srv), creds())
    assert sum(len(b.posts) for b in crawl(connector)) == 9
    assert connector.http.clock.sleeps == [60.0]


@pytest.mark.parametrize("fault", [Reply(429, {"error": {"message": "Too many calls"}}), Reply(500), Reply(503, "")])
def test_transient_fault_then_success(srv, fault):
    srv.script(f"{V}/{PAGE}", Reply(200, PAGE_OBJECT))
    srv.script(POSTS, fault, Reply(200, feed_page()))
    srv.script(NEXT, Reply(200, {"data": []}))
    assert sum(len(b.posts) for b in crawl(FacebookPageConnector(settings(srv), creds()))) == 7


def test_persistent_throttling_past_the_budget_raises_rate_limited(srv):
    srv.script(f"{V}/{PAGE}", *[Reply(403, real_json("graph-api/error-rate-limit-code4.from-issue.json"))] * 3)
    policy = RetryPolicy(default_rate_limit_wait=60, max_rate_limit_wait=100)
    with pytest.raises(RateLimited):
        crawl(FacebookPageConnector(settings(srv, retry=policy), creds()))


def test_token_revoked_mid_crawl_keeps_the_first_batch_and_resumes_there(srv):
    serve_two_pages(srv)
    srv._queues[("GET", NEXT)].insert(0, Reply(400, real_json("graph-api/restfb-error-oauth-190.json")))
    got = []
    with pytest.raises(NeedsReauthorisation):
        for batch in FacebookPageConnector(settings(srv), creds()).fetch(None):
            got.append(batch)
    assert len(got) == 1 and len(got[0].posts) == 7
    resumed = crawl(FacebookPageConnector(settings(srv), creds()), got[0].cursor)
    assert [len(b.posts) for b in resumed] == [2] and resumed[0].account is None
    assert resumed[0].cursor == {"since": "2014-09-20T12:59:48Z"}


def test_repeating_next_cursor_stops_without_repeating_posts(srv):
    looping = {"data": second_page()["data"][:1], "paging": {"next": f"https://graph.facebook.com{NEXT}?after=QQ"}}
    srv.script(f"{V}/{PAGE}", Reply(200, PAGE_OBJECT))
    srv.script(POSTS, Reply(200, feed_page() | {"paging": {"next": looping["paging"]["next"]}}))
    srv.route(NEXT, lambda req: Reply(200, looping))
    ids = []
    with pytest.raises(RepeatingCursor):
        for batch in FacebookPageConnector(settings(srv), creds()).fetch(None):
            ids += [p["id"] for p in batch.posts]
    assert len(ids) == len(set(ids)) == 8
    assert len(srv.requests_to(NEXT)) == 1


def test_max_pages_bounds_one_fetch_and_the_cursor_resumes(srv):
    serve_two_pages(srv)
    batches = crawl(FacebookPageConnector(settings(srv, max_pages=1), creds()))
    assert len(batches) == 1 and batches[0].cursor["pass"]["path"] == NEXT
    assert "access_token" not in batches[0].cursor["pass"]["params"]


def test_next_url_without_a_token_is_followed(srv):
    """facebook-sdk's get_all_connections raises KeyError here (`del args["access_token"]`)."""
    srv.script(f"{V}/{PAGE}/posts", Reply(200, {"data": [{"id": "1"}], "paging": {"next": f"http://x{NEXT}?after=A"}}))
    srv.script(NEXT, Reply(200, {"data": [{"id": "2"}]}))
    client = GraphClient(TOKEN, HttpClient(PlatformRules("facebook"), timeout=2), base_url=srv.url)
    assert [p["id"] for p in client.get_all_connections(PAGE, "posts")] == ["1", "2"]


def test_response_without_content_type_is_parsed(srv):
    srv.script(f"{V}/{PAGE}", Reply(200, PAGE_OBJECT, headers={"Content-Type": ""}))
    client = GraphClient(TOKEN, HttpClient(PlatformRules("facebook"), timeout=2), base_url=srv.url)
    assert client.get_object(PAGE)["username"] == "GameOfThrones"


def test_modern_api_version_is_accepted_though_the_sdk_constructor_refuses_it():
    with pytest.raises(facebook.GraphAPIError):
        facebook.GraphAPI(version="21.0")
    client = GraphClient(TOKEN, HttpClient(PlatformRules("facebook")), version="21.0", base_url="http://127.0.0.1:9/")
    assert client.version == "v21.0" and client.base_url == "http://127.0.0.1:9/"
    assert TOKEN not in repr(client)


def test_graph_client_is_read_only():
    client = GraphClient(TOKEN, HttpClient(PlatformRules("facebook")), base_url="http://127.0.0.1:9/")
    with pytest.raises(facebook.GraphAPIError, match="read-only"):
        client.put_object("me", "feed", message="hello")


def test_split_next_drops_the_token_and_keeps_the_position():
    path, params = split_next("https://graph.facebook.com/v2.8/page2?access_token=token&format=json&after=NzU")
    assert path == "/v2.8/page2" and params == {"format": "json", "after": "NzU"}


def test_token_never_reaches_logs(srv, caplog):
    caplog.set_level(logging.DEBUG)
    serve_two_pages(srv)
    srv._queues[("GET", POSTS)].insert(0, Reply(500))
    crawl(FacebookPageConnector(settings(srv), creds()))
    assert TOKEN not in caplog.text


# Instagram: no captured Graph response for IG media exists in ../shared/real-formats,
# so this follows the documented IG User Media shape (caption, media_type,
# media_url, permalink, timestamp, children) with the same paging envelope.
IG_USER = "17841400000000001"
IG_MEDIA = [
    {"id": "18000000000000003", "caption": "Coffee morning set up", "media_type": "CAROUSEL_ALBUM",
     "permalink": "https://www.instagram.com/p/AAA/", "timestamp": "2026-10-03T17:45:00+0000",
     "children": {"data": [{"media_type": "IMAGE", "media_url": "https://cdn.example/a.jpg", "id": "1"},
                           {"media_type": "VIDEO", "media_url": "https://cdn.example/b.mp4", "id": "2"}]}},
    {"id": "18000000000000002", "caption": "Training day", "media_type": "IMAGE",
     "media_url": "https://cdn.example/c.jpg", "timestamp": "2026-09-01T09:00:00+0000"},
]


def test_instagram_media_map_caption_media_and_timestamp(srv):
    srv.script(f"{V}/{IG_USER}", Reply(200, {"id": IG_USER, "username": "kettle.on", "biography": "Volunteer."}))
    srv.script(f"{V}/{IG_USER}/media", Reply(200, {"data": IG_MEDIA[:1], "paging": {
        "cursors": {"after": "QVFI"}, "next": f"https://graph.facebook.com{V}/{IG_USER}/media?after=QVFI"}}))
    srv.script(f"{V}/{IG_USER}/media", Reply(200, {"data": IG_MEDIA[1:], "paging": {"cursors": {"before": "QVFI"}}}))
    batches = crawl(InstagramConnector(settings(srv, account=IG_USER), creds()))
    account, carousel, single = batches[0].records[0], batches[0].posts[0], batches[1].posts[0]
    assert account["id"] == f"instagram:@{IG_USER}" and account["bio"] == "Volunteer."
    assert carousel["text"] == "Coffee morning set up" and carousel["created_at"] == "2026-10-03T17:45:00Z"
    assert [(m["type"], m["url"]) for m in carousel["media"]] == [
        ("photo", "https://cdn.example/a.jpg"), ("video", "https://cdn.example/b.mp4")]
    assert single["media"][0]["url"] == "https://cdn.example/c.jpg"
    assert batches[1].cursor == {"since": "2026-10-03T17:45:00Z"}
    assert srv.requests_to(f"{V}/{IG_USER}/media")[1].param("after") == "QVFI"
