"""Media downloads into the content-addressed store (socialaudit.core.files), with the
connectors' retry and rate-limit rules. A download over the cap, or of a type that is
not a known image or video, is refused and leaves nothing behind; the record then keeps
its URL with `path: null`."""
from __future__ import annotations

import logging

from crawler.live.base import PlatformError, TransientFailure
from crawler.live.http import HttpClient, PlatformRules, StatusError, loggable_url
from socialaudit.core.files import ContentStore, MediaRejected, StoredMedia

log = logging.getLogger("socialaudit.crawler.media")
CHUNK = 64 * 1024
# A media CDN never takes our token: its 401/403 say nothing about reauthorisation.
MEDIA_RULES = PlatformRules("media", reset_header=None, auth_failure=lambda resp: None)


class MediaStore(ContentStore):
    """The content store, able to fetch a URL into itself."""

    def fetch(self, url: str, http: HttpClient) -> StoredMedia | None:
        """Download `url` with `http`'s session and retry rules; None when refused or failing."""
        client = HttpClient(MEDIA_RULES, session=http.session, policy=http.policy,
                            clock=http.clock, timeout=http.timeout)

        def attempt() -> StoredMedia:
            with client.session.get(url, stream=True, timeout=client.timeout) as resp:
                if not 200 <= resp.status_code < 300:
                    raise StatusError(resp)
                declared = int(resp.headers.get("Content-Length") or 0)
                if declared > self.max_bytes:
                    raise MediaRejected(f"declared size {declared} bytes is over the cap")
                return self.store_chunks(resp.iter_content(CHUNK))
        try:
            return client.call(attempt, url)
        except (MediaRejected, PlatformError, TransientFailure) as exc:
            log.warning("media from %s not stored: %s", loggable_url(url), exc)
            return None
