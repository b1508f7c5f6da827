"""Links taken from records (a post's URL, an account's website) are data from a platform
or an upload: only http(s) ones may become a link on a page or in a report, so a stored
`javascript:` or `data:` URL is never clickable."""
from __future__ import annotations

from urllib.parse import urlsplit


def http_url(url: str | None) -> str | None:
    """`url` when it is an http(s) link, else None."""
    try:
        return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None
    except ValueError:
        return None
