"""Many Mastodon accounts on one loopback FakeServer (tests/crawler/fakeserver), with faults.

Account i has `posts` statuses, served newest first in pages of `page` with a Link `next`
header, like a real instance. Faults, each answered once per request kind so that the
connector's bounded retries always get through: every `fail_every`-th account's second
page first answers 503, every `limit_every`-th account's lookup first answers 429 with
Retry-After. An account in `down` is the exception: its statuses answer that HTTP status
every time (503 beyond the retries, 401 for a revoked token). Some statuses carry a photo
served by the same server. Every request's time is kept, so a test can check the shared
rate limit held.
"""
from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass, field

from PIL import Image

from tests.crawler.fakeserver import FakeServer, Reply, SeenRequest

TEXTS = (
    "Great morning at the coffee stop, thanks to everyone who came along.",
    "Sponsored walk on Saturday, we raised a lot for the appeal. Proud of the team!",
    "Lovely to see so many families at the picnic today.",
)
# posts that break the policy (contact details), in one account of `finding_every`
RISKY = (
    "Ring me on 07700 900{n:03d} if you can help with the collection this weekend.",
    "Email me at helper{n}@example.org for the rota.",
)


def jpeg(seed: int) -> bytes:
    """A small real JPEG, different for each seed."""
    im = Image.new("RGB", (96, 64), ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256))
    out = io.BytesIO()
    im.save(out, "JPEG")
    return out.getvalue()


@dataclass
class FakeMastodon:
    accounts: int
    posts: int = 12
    page: int = 5
    photo_every: int = 9  # one status in this many has a photo
    fail_every: int = 10
    limit_every: int = 20
    finding_every: int = 8
    down: dict[int, int] = field(default_factory=dict)  # account -> the HTTP status its statuses always answer
    server: FakeServer = field(default_factory=FakeServer)
    times: list[float] = field(default_factory=list)
    faults: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._answered: set[tuple[str, str]] = set()

    def __enter__(self) -> "FakeMastodon":
        self.server.__enter__()
        self.server.route("/api/v1/accounts/lookup", self._lookup)
        for i in range(self.accounts):
            self.server.route(f"/api/v1/accounts/{self.profile_id(i)}/statuses", self._statuses)
        for i in range(self.accounts):
            for sid in self.status_ids(i):
                if sid % self.photo_every == 0:
                    self.server.route(f"/media/{sid}.jpg", lambda req, sid=sid: self._seen(Reply(
                        200, jpeg(sid), headers={"Content-Type": "image/jpeg"})))
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)

    @property
    def url(self) -> str:
        return self.server.url

    @staticmethod
    def handle(i: int) -> str:
        return f"vol{i}@localhost"

    @staticmethod
    def profile_id(i: int) -> str:
        return str(1000 + i)

    def status_ids(self, i: int) -> list[int]:
        """Account i's status ids, newest first."""
        return [(i + 1) * 100_000 + j for j in range(self.posts, 0, -1)]

    def _seen(self, reply: Reply) -> Reply:
        with self._lock:
            self.times.append(time.monotonic())
        return reply

    def _once(self, kind: str, key: str) -> bool:
        with self._lock:
            if (kind, key) in self._answered:
                return False
            self._answered.add((kind, key))
            self.faults[kind] = self.faults.get(kind, 0) + 1
            return True

    def _lookup(self, req: SeenRequest) -> Reply:
        i = int((req.param("acct") or "vol0").removeprefix("vol").partition("@")[0])
        if i % self.limit_every == 0 and self._once("429", str(i)):
            return self._seen(Reply(429, {"error": "Too many requests"}, headers={"Retry-After": "1"}))
        return self._seen(Reply(200, {"id": self.profile_id(i), "username": f"vol{i}", "acct": f"vol{i}",
                                      "display_name": f"Volunteer {i}", "note": "<p>Volunteer</p>",
                                      "locked": False, "fields": []}))

    def _statuses(self, req: SeenRequest) -> Reply:
        i = int(req.path.split("/")[4]) - 1000
        ids = self.status_ids(i)
        if i in self.down:
            return self._seen(Reply(self.down[i], {"error": "The access token is invalid" if self.down[i] == 401
                                                   else "unavailable"}))
        max_id, since = req.param("max_id"), req.param("since_id")
        if max_id is not None and i % self.fail_every == 0 and self._once("503", f"{i}:{max_id}"):
            return self._seen(Reply(503, {"error": "unavailable"}))
        left = [s for s in ids if (max_id is None or s < int(max_id)) and (since is None or s > int(since))]
        page = left[:self.page]
        headers = {}
        if len(left) > self.page:
            headers["Link"] = f'<{self.url}{req.path}?max_id={page[-1]}>; rel="next"'
        return self._seen(Reply(200, [self._status(i, s) for s in page], headers=headers))

    def _status(self, i: int, sid: int) -> dict:
        n = sid % 100_000
        media = []
        if sid % self.photo_every == 0:
            media = [{"type": "image", "url": f"{self.url}/media/{sid}.jpg",
                      "preview_url": None, "description": None}]
        return {"id": str(sid), "created_at": f"2026-11-{1 + n % 28:02d}T10:00:00Z",
                "content": f"<p>{self._text(i, n)}</p>", "spoiler_text": "",
                "visibility": "public", "language": "en", "url": f"{self.url}/@vol{i}/{sid}",
                "media_attachments": media, "reblog": None, "in_reply_to_id": None, "mentions": []}

    def _text(self, i: int, n: int) -> str:
        if i % self.finding_every == 0 and n % 2 == 0:
            return RISKY[n % len(RISKY)].format(n=n)
        return TEXTS[n % len(TEXTS)]

    def max_in_window(self, seconds: float = 1.0) -> int:
        """The most requests the server saw in any window of `seconds`."""
        times = sorted(self.times)
        best, lo = 0, 0
        for hi, t in enumerate(times):
            while t - times[lo] > seconds:
                lo += 1
            best = max(best, hi - lo + 1)
        return best
