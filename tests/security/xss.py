"""Twenty script payloads, each a different way in (tags, attributes, URLs, SVG, mXSS,
template syntax), put in every stored field a page can show. A payload that runs sets
`window.__xss` or opens a dialog; both are counted. Shared with bench/attack.py."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.delivery import deliver_due
from socialaudit.app.notices import volunteer_notice
from socialaudit.app.web.auth import hash_password
from socialaudit.core.settings import Settings
from socialaudit.storage import repo, review
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import create_person
from tests.factories import store_audit
from tests.web.seed import PASSWORD


def _p(i: int, body: str) -> str:
    return body.replace("MARK", f"window.__xss={i}")


PAYLOADS = [_p(i, b) for i, b in enumerate([
    "<script>MARK</script>",
    '<img src=x onerror="MARK">',
    "<svg onload=MARK>",
    '"><script>MARK</script>',
    "'><img src=x onerror=MARK>",
    "</textarea><script>MARK</script>",
    '<iframe srcdoc="<script>parent.MARK</script>"></iframe>',
    "javascript:MARK",
    '<a href="javascript:MARK" id=xl>x</a>',
    "<details open ontoggle=MARK>",
    '<math><mtext><table><mglyph><style><img src=x onerror=MARK></style></mglyph></table></mtext></math>',
    '<noscript><p title="</noscript><img src=x onerror=MARK>">',
    "<body onload=MARK>",
    '<object data="javascript:MARK"></object>',
    '<embed src="data:text/html,<script>MARK</script>">',
    "{{ 7*7 }}{% raw %}${MARK}{% endraw %}",
    '<input autofocus onfocus="MARK">',
    '<video><source onerror="MARK"></video>',
    "<style>@import 'javascript:MARK';</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:MARK">',
], start=1)]
ALL = " ".join(PAYLOADS)


def stored_everywhere(seeded) -> dict[str, int]:
    """Put the payloads in every stored field a page shows; returns ids of interest."""
    policy = load_policy("twins-trust-fcs")
    lines = [{"kind": "account", "id": "x:@ann_volunteer", "platform": "x", "role": "personal",
              "handle": "ann_volunteer", "display_name": ALL[:290], "bio": "Volunteer with @TwinsTrust " + ALL,
              "about_text": ALL, "website": PAYLOADS[7], "is_public": True}]
    for i, payload in enumerate(PAYLOADS):
        lines.append({"kind": "post", "id": f"x:55{i:03d}", "account_id": "x:@ann_volunteer", "platform": "x",
                      "created_at": "2026-10-12T10:00:00Z", "url": payload if i % 2 else "javascript:window.__xss=99",
                      "text": f"Visit with my FCS family today, Kerry was upset {payload} home now",
                      "geo": {"lat": 53.0, "lon": -1.0, "place_name": payload[:200]},
                      "in_reply_to": {"account": payload[:200], "post_id": payload[:200]},
                      "media": [{"type": "photo", "path": "missing.jpg", "alt_text": payload}]})
    bundle = seeded.data_dir.parent / "xss.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in lines))
    _, _ = store_audit(seeded.store, policy, bundle)
    with seeded.store.session() as s:
        s.execute(db.FindingRow.__table__.update().values(visible_to_coordinator_at=repo.now() - timedelta(days=1)))
        org = repo.ensure_organisation(s, policy)
        cora = s.scalar(select(db.Person).where(db.Person.email == "cora@example.org"))
        create_person(s, org, PAYLOADS[1][:190], "xss-person@example.org", "volunteer", hash_password(PASSWORD),
                      coordinator=cora)
        ann_findings = list(s.scalars(select(db.FindingRow).join(db.AccountRow, db.FindingRow.account_id == db.AccountRow.id)
                                      .where(db.AccountRow.external_id == "x:@ann_volunteer")))
        review.add_note(s, ann_findings[0], cora, ALL[:1900])
        review.dismiss(s, ann_findings[1], cora, ALL[:1900])
        review.confirm(s, ann_findings[2], cora, ALL[:1900], notice=volunteer_notice(policy, ""))
        ids = {"finding": ann_findings[0].id, "dismissed": ann_findings[1].id}
    deliver_due(seeded.store, policy, Settings(data_dir=seeded.data_dir),
                now=datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc))
    return ids


def pages(store, role: str, limit: int | None = None) -> list[str]:
    """Every page a role can open that shows stored text (at most `limit` findings and posts)."""
    with store.session() as s:
        findings = [f"/findings/{i}" for i in s.scalars(select(db.FindingRow.id).order_by(db.FindingRow.id.desc()))][:limit]
        posts = [f"/posts/{i}" for i in s.scalars(select(db.PostRow.id).order_by(db.PostRow.id.desc()))][:limit]
        reports = [f"/reports/{i}" for i in s.scalars(select(db.ArchivedReport.id))]
    common = ["/reports", *reports, "/me/check"]
    if role == "volunteer":
        return ["/me", *findings, *posts, *common]
    return ["/queue", "/queue?state=dismissed", "/stats", "/suppressions", "/people", "/access-log",
            *findings, *posts, *common]
