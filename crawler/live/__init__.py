"""Live connectors: crawl opted-in accounts through the platforms' APIs.

`base` defines the interface (Connector, ConnectorSettings, Batch, the
exceptions); `http` the shared fault handling. Platform modules import their
client libraries lazily so a missing extra fails with a message naming it.
"""
import importlib

from crawler.live.base import (
    Batch,
    Connector,
    ConnectorError,
    ConnectorSettings,
    NeedsReauthorisation,
    PlatformError,
    RateLimited,
    RepeatingCursor,
    TransientFailure,
)

__all__ = ["Batch", "Connector", "ConnectorError", "ConnectorSettings", "NeedsReauthorisation",
           "PlatformError", "RateLimited", "RepeatingCursor", "TransientFailure", "connector_for"]

CONNECTORS = {
    "x": "crawler.live.x:XConnector",
    "bluesky": "crawler.live.bluesky:BlueskyConnector",
    "mastodon": "crawler.live.mastodon:MastodonConnector",
    "facebook": "crawler.live.graph:FacebookPageConnector",
    "instagram": "crawler.live.graph:InstagramConnector",
    "blog": "crawler.blogs.connector:BlogConnector",
}


def connector_for(platform: str) -> type[Connector]:
    """The connector class for a platform name (its module, and so its client library, is
    imported only now: a missing extra fails here with a message naming it)."""
    try:
        target = CONNECTORS[platform]
    except KeyError:
        raise ConnectorError(f"no live connector for platform {platform!r}") from None
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
