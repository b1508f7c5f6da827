"""Issue 9, rows 1–3: a volunteer's self-audit upload can only ever touch that volunteer's
own accounts, never re-parent another person's post, and never read a file of the server."""
from __future__ import annotations

import io
import json

from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.storage import schema as db
from tests.factories import store_audit
from tests.web.conftest import sign_in, token_of


def upload_and_keep(client, records: list[dict]) -> str:
    body = "".join(json.dumps(r) + "\n" for r in records).encode()
    r = client.post("/me/self-audit", data={"csrf_token": token_of(client), "archive": (io.BytesIO(body), "mine.jsonl")},
                    content_type="multipart/form-data")
    token = r.text.split("/me/self-audit/")[1].split('"')[0]
    kept = client.post(f"/me/self-audit/{token}", data={"decision": "keep", "csrf_token": token_of(client)},
                       follow_redirects=True)
    return kept.text


def store_unowned_official_account(seeded) -> None:
    """`audit --store` of an official account nobody enrolled, with one post."""
    bundle = seeded.data_dir.parent / "official.jsonl"
    bundle.write_text(json.dumps({"kind": "account", "id": "x:@TwinsTrust", "platform": "x", "role": "official",
                                  "bio": "The UK charity for twins"}) + "\n" +
                      json.dumps({"kind": "post", "id": "x:7000", "account_id": "x:@TwinsTrust", "platform": "x",
                                  "text": "Vote them out, this Government is a disgrace"}) + "\n")
    policy = load_policy("twins-trust-fcs")
    _, _ = store_audit(seeded.store, policy, bundle)


def test_keeping_an_upload_never_takes_over_an_account_with_no_owner(app, seeded):
    store_unowned_official_account(seeded)
    ann = sign_in(app, "ann")
    page = upload_and_keep(ann, [{"kind": "account", "id": "x:@TwinsTrust", "platform": "x"}])
    assert "Not kept" in page
    with seeded.store.session() as s:
        official = s.scalar(select(db.AccountRow).where(db.AccountRow.external_id == "x:@TwinsTrust"))
        assert official.person_id is None
        post_id = s.scalar(select(db.PostRow.id).where(db.PostRow.external_id == "x:7000"))
    assert ann.get(f"/posts/{post_id}").status_code == 404


def test_keeping_an_upload_never_takes_over_another_volunteers_account(app, seeded):
    ann = sign_in(app, "ann")
    page = upload_and_keep(ann, [{"kind": "post", "id": "x:5555", "account_id": "x:@ben_volunteer", "platform": "x",
                                  "text": "not mine"}])
    assert "Not kept" in page
    with seeded.store.session() as s:
        assert s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:5555")) is None


def test_keeping_an_upload_never_overwrites_another_volunteers_post(app, seeded):
    with seeded.store.session() as s:
        before = s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:201"))
        text_before = before.text
        open_before = s.scalar(select(db.FindingRow.state).where(db.FindingRow.post_id == before.id))
    ann = sign_in(app, "ann")
    page = upload_and_keep(ann, [{"kind": "post", "id": "x:201", "account_id": "x:@ann_volunteer", "platform": "x",
                                  "text": "Lovely day"}])
    assert "belong to someone else" in page
    with seeded.store.session() as s:
        after = s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:201"))
        assert after.text == text_before
        assert s.get(db.AccountRow, after.account_id).external_id == "x:@ben_volunteer"
        assert s.scalar(select(db.FindingRow.state).where(db.FindingRow.post_id == after.id)) == open_before == "open"


def test_a_new_account_in_an_upload_becomes_the_uploaders_own_with_consent(app, seeded):
    ann = sign_in(app, "ann")
    upload_and_keep(ann, [{"kind": "account", "id": "instagram:@ann_makes", "platform": "instagram"},
                          {"kind": "post", "id": "instagram:1", "account_id": "instagram:@ann_makes",
                           "platform": "instagram", "text": "Knitting again"}])
    with seeded.store.session() as s:
        acc = s.scalar(select(db.AccountRow).where(db.AccountRow.external_id == "instagram:@ann_makes"))
        assert acc.person_id == seeded.ids["ann"] and acc.consent_at is not None
        assert s.scalar(select(db.Consent).where(db.Consent.account_id == acc.id)).person_id == seeded.ids["ann"]


def test_an_absolute_media_path_in_an_upload_never_reads_a_server_file(app, seeded, tmp_path):
    from PIL import Image
    secret = tmp_path / "server-secret.png"
    Image.new("RGB", (40, 30), (10, 200, 10)).save(secret)
    ann = sign_in(app, "ann")
    upload_and_keep(ann, [{"kind": "post", "id": "x:9100", "account_id": "x:@ann_volunteer", "platform": "x",
                           "text": "photo", "media": [{"type": "photo", "path": str(secret)}]}])
    with seeded.store.session() as s:
        post = s.scalar(select(db.PostRow).where(db.PostRow.external_id == "x:9100"))
        media = s.scalar(select(db.PostMedia).where(db.PostMedia.post_id == post.id))
        assert media.media_id is None
    assert ann.get(f"/media/{post.id}/0").status_code == 404


def test_a_media_path_climbing_out_of_the_bundle_folder_is_not_read(tmp_path):
    from socialaudit.core.model import Media
    (tmp_path / "bundle").mkdir()
    (tmp_path / "outside.png").write_bytes(b"x")
    (tmp_path / "bundle" / "link.png").symlink_to(tmp_path / "outside.png")
    root = tmp_path / "bundle"
    assert Media("photo", "../outside.png").file_in(root) is None
    assert Media("photo", str(tmp_path / "outside.png")).file_in(root) is None
    assert Media("photo", "link.png").file_in(root) is None
    (root / "ok.png").write_bytes(b"x")
    assert Media("photo", "ok.png").file_in(root) == (root / "ok.png").resolve()
