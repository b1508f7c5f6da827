"""The web self-audit reads the volunteer's own accounts' stored posts for their own family,
both in the private preview and when the upload is kept: a son their stored posts name
("my son Alfie") is not a leak in an uploaded post naming him alone; a register name still
is, and the same upload from another volunteer (who never said so) is still flagged."""
from __future__ import annotations

import html
import io
import json

from auditors.rules.name_leak import RULE
from tests.factories import post_dict, store_posts, stored_name_leaks
from tests.web.conftest import sign_in, token_of

ALFIE, RILEY = "Alfie's first day at school today", "Riley found a stick and won't let go"


def _upload(client, account_id: str, texts: list[str], first: int) -> tuple[str, str]:
    """Upload a bundle of posts; the preview page (unescaped) and the upload's token."""
    bundle = "".join(json.dumps(post_dict(id=f"x:{first + i}", account_id=account_id, text=t)) + "\n"
                     for i, t in enumerate(texts)).encode()
    r = client.post("/me/self-audit", data={"csrf_token": token_of(client), "archive": (io.BytesIO(bundle), "mine.jsonl")},
                    content_type="multipart/form-data")
    assert "Only you can see this" in r.text
    return html.unescape(r.text), r.text.split("/me/self-audit/")[1].split('"')[0]


def test_the_self_audit_preview_knows_the_son_named_in_the_volunteers_stored_posts(app, seeded, registered_policy):
    store_posts(seeded.store, registered_policy, "x:@ann_volunteer",
                ["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"])
    ann, ben = sign_in(app, "ann"), sign_in(app, "ben")
    page, _ = _upload(ann, "x:@ann_volunteer", [ALFIE], 950)
    assert RULE.message not in page
    page, _ = _upload(ann, "x:@ann_volunteer", [RILEY], 951)
    assert RULE.message in page  # a register name is never learnt
    page, _ = _upload(ben, "x:@ben_volunteer", [ALFIE], 952)
    assert RULE.message in page  # Ben never said so, and Ann's posts are not his to read


def test_a_kept_self_audit_knows_the_son_named_in_the_volunteers_stored_posts(app, seeded, registered_policy):
    store_posts(seeded.store, registered_policy, "x:@ann_volunteer",
                ["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"])
    ann = sign_in(app, "ann")
    _, token = _upload(ann, "x:@ann_volunteer", [ALFIE, RILEY], 960)
    ann.post(f"/me/self-audit/{token}", data={"decision": "keep", "csrf_token": token_of(ann)})
    leaks = stored_name_leaks(seeded.store)
    assert "x:961" in leaks and "x:960" not in leaks
