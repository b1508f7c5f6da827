"""The connector interface: registry, batches, construction."""
from __future__ import annotations

import pytest

from crawler.credentials import Credentials, Secret
from crawler.live import Batch, ConnectorError, ConnectorSettings, connector_for
from crawler.live.base import Connector


@pytest.mark.parametrize("platform, name", [("x", "XConnector"), ("bluesky", "BlueskyConnector"),
                                            ("mastodon", "MastodonConnector")])
def test_registry_names_each_platforms_connector(platform, name):
    cls = connector_for(platform)
    assert cls.__name__ == name and issubclass(cls, Connector) and cls.platform == platform


def test_unknown_platform_is_refused():
    with pytest.raises(ConnectorError, match="linkedin"):
        connector_for("linkedin")


def test_batch_splits_account_and_posts():
    batch = Batch([{"kind": "account", "id": "x:@a"}, {"kind": "post", "id": "x:1"}], {"since": "1"})
    assert batch.account["id"] == "x:@a" and [p["id"] for p in batch.posts] == ["x:1"]
    assert batch.deleted == []


@pytest.mark.parametrize("platform, account", [("x", "jane_v"), ("bluesky", "jane.bsky.social"),
                                               ("mastodon", "jane@mastodon.example")])
def test_connector_repr_never_shows_the_token(platform, account):
    conn = connector_for(platform)(ConnectorSettings(account=account), Credentials(platform, Secret("tok-SECRET")))
    assert "tok-SECRET" not in repr(conn) + repr(conn.credentials) + repr(conn.settings)


def test_x_without_a_token_is_refused():
    with pytest.raises(ConnectorError, match="access token"):
        connector_for("x")(ConnectorSettings(account="jane_v"))


def test_mastodon_needs_an_instance():
    with pytest.raises(ConnectorError, match="instance"):
        connector_for("mastodon")(ConnectorSettings(account="jane"))


def test_cursor_helpers_keep_the_old_mark_until_a_pass_completes():
    mid = Connector.pass_cursor("10", "25", {"until_id": "18"})
    assert Connector.start_pass(mid) == ("10", {"newest": "25", "until_id": "18"})
    assert Connector.done_cursor("10", "25") == {"since": "25"}
    assert Connector.done_cursor("10", None) == {"since": "10"}
