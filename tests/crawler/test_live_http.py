"""The shared fault handling: retries, rate limits, revoked tokens, cursor loops."""
from __future__ import annotations

import logging

import pytest
import requests

from crawler.live.base import NeedsReauthorisation, PlatformError, RateLimited, RepeatingCursor, TransientFailure
from crawler.live.http import CursorGuard, HttpClient, PlatformRules, RetryPolicy, loggable_url
from tests.crawler.fakeserver import FakeClock, FakeServer, Reply, real_json

X_RULES = PlatformRules("x", reset_header="x-rate-limit-reset", reset_format="epoch")
MASTODON_RULES = PlatformRules("mastodon", reset_header="X-RateLimit-Reset", reset_format="iso")
OK = Reply(200, {"ok": True})


@pytest.fixture
def srv():
    with FakeServer() as server:
        yield server


def client(rules=X_RULES, clock=None, **policy) -> HttpClient:
    return HttpClient(rules, clock=clock or FakeClock(), timeout=1.5,
                      policy=RetryPolicy(**policy) if policy else RetryPolicy())


def test_server_error_is_retried_with_exponential_backoff(srv):
    srv.script("/p", Reply(500), Reply(503), OK)
    http = client()
    body, _ = http.get_json(srv.url + "/p")
    assert body == {"ok": True}
    assert http.clock.sleeps == [1.0, 2.0]


def test_persistent_server_error_gives_up_after_bounded_retries(srv):
    srv.script("/p", *[Reply(502)] * 3)
    with pytest.raises(TransientFailure, match="3 attempts"):
        client(max_retries=2).get_json(srv.url + "/p")
    assert len(srv.requests_to("/p")) == 3


def test_timeout_is_retried(srv):
    srv.script("/p", Reply(200, {"late": True}, delay=4.0), OK)
    body, _ = client().get_json(srv.url + "/p")
    assert body == {"ok": True}


def test_truncated_body_is_retried(srv):
    srv.script("/p", Reply(200, {"data": list(range(50))}, truncate=20), OK)
    body, _ = client().get_json(srv.url + "/p")
    assert body == {"ok": True}


def test_non_json_body_is_retried_then_reported(srv):
    srv.script("/p", *[Reply(200, "<html>maintenance</html>")] * 2)
    with pytest.raises(TransientFailure, match="BrokenBody"):
        client(max_retries=1).get_json(srv.url + "/p")


def test_429_waits_until_epoch_reset_header(srv):
    clock = FakeClock(now=1_665_183_000)
    body = real_json("x-api-v2/rate-limit-429.body.from-issue.json")
    srv.script("/p", Reply(429, body, {"x-rate-limit-reset": "1665183228",
                                       "x-rate-limit-remaining": "0"}), OK)
    http = client(clock=clock)
    assert http.get_json(srv.url + "/p")[0] == {"ok": True}
    assert clock.sleeps == [229.0]


def test_429_waits_until_iso_reset_header(srv):
    clock = FakeClock(now=1_699_268_000.0)
    srv.script("/p", Reply(429, {"error": "Too many requests"},
                           {"X-RateLimit-Reset": "2023-11-06T10:55:00.000000Z"}), OK)
    client(MASTODON_RULES, clock=clock).get_json(srv.url + "/p")
    assert clock.sleeps == [pytest.approx(101.0)]


def test_429_without_reset_header_uses_retry_after_then_default(srv):
    srv.script("/p", Reply(429, headers={"Retry-After": "7"}), Reply(429), OK)
    http = client(default_rate_limit_wait=30)
    http.get_json(srv.url + "/p")
    assert http.clock.sleeps == [7.0, 30.0]


def test_429_past_the_wait_budget_raises_rate_limited_with_retry_after(srv):
    clock = FakeClock(now=1000)
    srv.script("/p", Reply(429, headers={"x-rate-limit-reset": "5000"}))
    with pytest.raises(RateLimited) as err:
        client(clock=clock, max_rate_limit_wait=600).get_json(srv.url + "/p")
    assert err.value.retry_after == 4001
    assert clock.sleeps == []


def test_rate_limit_budget_is_cumulative(srv):
    srv.script("/p", *[Reply(429, headers={"Retry-After": "200"})] * 3, OK)
    http = client(max_rate_limit_wait=500)
    with pytest.raises(RateLimited):
        http.get_json(srv.url + "/p")
    assert http.clock.sleeps == [200.0, 200.0]


def test_revoked_token_needs_reauthorisation_without_retry(srv):
    srv.script("/p", Reply(401, {"title": "Unauthorized", "status": 401}), OK)
    with pytest.raises(NeedsReauthorisation):
        client().get_json(srv.url + "/p")
    assert len(srv.requests_to("/p")) == 1


def test_other_client_errors_are_platform_errors(srv):
    srv.script("/p", Reply(404, {"error": "nope"}))
    with pytest.raises(PlatformError) as err:
        client().get_json(srv.url + "/p")
    assert err.value.status == 404


def test_errors_and_logs_never_show_query_strings(srv, caplog):
    srv.script("/p", Reply(500), Reply(500))
    caplog.set_level(logging.DEBUG, logger="socialaudit")
    with pytest.raises(TransientFailure) as err:
        client(max_retries=1).get_json(srv.url + "/p?access_token=SECRET123")
    assert "SECRET123" not in str(err.value) and "SECRET123" not in caplog.text


def test_safe_url_drops_query_and_userinfo():
    assert loggable_url("https://u:pw@graph.example/v1/feed?access_token=x") == "https://graph.example/v1/feed"


def test_cursor_guard_refuses_a_repeated_cursor():
    guard = CursorGuard("x")
    guard.check("a")
    guard.check("b")
    with pytest.raises(RepeatingCursor):
        guard.check("a")


def test_connection_refused_is_retried_then_transient(srv):
    http = client(max_retries=1)
    with pytest.raises(TransientFailure, match="ConnectionError"):
        http.get_json("http://127.0.0.1:9/p")
    assert http.clock.sleeps == [1.0]


def test_session_is_a_requests_session():
    assert isinstance(client().session, requests.Session)


def test_platform_rule_can_mark_a_non_429_as_rate_limited(srv):
    rules = PlatformRules("graph", rate_limited=lambda r: r.json().get("error", {}).get("code") == 4)
    srv.script("/p", Reply(400, {"error": {"code": 4, "is_transient": True}}, {"Retry-After": "3"}), OK)
    http = client(rules)
    assert http.get_json(srv.url + "/p")[0] == {"ok": True}
    assert http.clock.sleeps == [3.0]


def test_traceback_of_a_failure_does_not_chain_the_url_with_its_token():
    import traceback
    secret = "-".join(["tok", "42"])  # not a literal, so the test's own source line cannot match
    with pytest.raises(TransientFailure) as err:
        client(max_retries=0).get_json(f"http://127.0.0.1:9/feed?access_token={secret}")
    shown = "".join(traceback.format_exception(err.value))
    assert secret not in shown and "Max retries exceeded" not in shown
