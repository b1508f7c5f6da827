"""Issue 9, rows 4 and 10: a family's name or a precise place never appears in clear without a
logged Reveal — on the web page, in the CLI's excerpts, in emails and reports — and pages mask
with what the audit found (register included), not by running the rules again."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.web import create_app
from socialaudit.app.web.auth import hash_password
from socialaudit.core.settings import Settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import open_store
from socialaudit.storage.lifecycle import create_person
from tests.factories import findings_of, store_audit
from tests.web.conftest import csrf_of

PASSWORD = "correct horse battery"
LEAK = "Lovely afternoon with the twins, their mum Kerry Thompson is doing so much better"
PLACES = [
    "Dropped the family home to 12 Acacia Avenue after the visit",
    "We met them at 52.3981, -0.7256 by the swings",
    "Their door is at ///filled.count.soap if anyone is passing",
    "Visiting my FCS family at flat 3, 27 mill lane nn16 8qt today",
]


def policy_with_register(tmp_path):
    (tmp_path / "families.csv").write_text("name\nKerry\nThompson\n")
    (tmp_path / "mine.toml").write_text('extends = "twins-trust-fcs"\n[names]\nregister = "families.csv"\n')
    return load_policy(str(tmp_path / "mine.toml"))


def audited_store(tmp_path, data_dir, policy, texts: list[str]):
    lines = [{"kind": "account", "id": "x:@vol", "platform": "x", "role": "personal", "bio": "FCS volunteer"}]
    lines += [{"kind": "post", "id": f"x:{i}", "account_id": "x:@vol", "platform": "x", "text": t,
               "created_at": "2026-10-03T10:00:00Z"} for i, t in enumerate(texts, 1)]
    bundle = tmp_path / "b.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in lines))
    store = open_store(url=f"sqlite:///{tmp_path / 'store.db'}")
    _, _ = store_audit(store, policy, bundle)
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        create_person(s, org, "Ada Admin", "ada@example.org", "admin", hash_password(PASSWORD))
    return store


def signed_in_admin(store, data_dir):
    client = create_app(store, Settings(data_dir=data_dir)).test_client()
    token = csrf_of(client.get("/sign-in").text)
    client.post("/sign-in", data={"email": "ada@example.org", "password": PASSWORD, "csrf_token": token})
    return client


def test_register_names_and_surnames_are_masked_on_the_finding_page(tmp_path, isolated_data_dir):
    policy = policy_with_register(tmp_path)
    store = audited_store(tmp_path, isolated_data_dir, policy, [LEAK])
    with store.session() as s:
        fid = s.scalar(select(db.FindingRow.id).where(db.FindingRow.rule == "name-leak"))
        assert s.scalar(select(db.Organisation.policy_ref)) == str((tmp_path / "mine.toml").resolve())
    admin = signed_in_admin(store, isolated_data_dir)
    page = admin.get(f"/findings/{fid}").text
    assert "Kerry" not in page and "Thompson" not in page and "K**" in page
    revealed = admin.post(f"/findings/{fid}/reveal", data={"csrf_token": csrf_of(page)}).text
    assert "Kerry" in revealed and "Thompson" in revealed
    with store.session() as s:
        assert s.scalar(select(db.AccessLog).where(db.AccessLog.action == "reveal")) is not None


def test_the_page_masks_from_stored_masks_even_when_the_register_is_gone(tmp_path, isolated_data_dir):
    policy = policy_with_register(tmp_path)
    store = audited_store(tmp_path, isolated_data_dir, policy, [LEAK])
    (tmp_path / "families.csv").unlink()  # the web must not need the register to mask
    with store.session() as s:
        fid = s.scalar(select(db.FindingRow.id).where(db.FindingRow.rule == "name-leak"))
        s.execute(db.Organisation.__table__.update().values(policy_ref="twins-trust-fcs"))
    page = signed_in_admin(store, isolated_data_dir).get(f"/findings/{fid}").text
    assert "Kerry" not in page and "Thompson" not in page


def test_cli_excerpt_masks_first_name_and_surname(tmp_path, isolated_data_dir):
    policy = policy_with_register(tmp_path)
    found = []
    bundle = tmp_path / "one.jsonl"
    bundle.write_text(json.dumps({"kind": "post", "id": "x:1", "account_id": "x:@vol", "platform": "x",
                                  "text": LEAK}) + "\n")
    found += findings_of(policy, bundle)
    excerpts = " ".join(e.excerpt for f in found for e in f.evidence)
    assert "K** T**" in excerpts and "Kerry" not in excerpts and "Thompson" not in excerpts


@pytest.mark.parametrize("text", PLACES)
def test_precise_places_never_appear_in_excerpts_or_pages(tmp_path, isolated_data_dir, text):
    policy = load_policy("twins-trust-fcs")
    store = audited_store(tmp_path, isolated_data_dir, policy, [text + " with my FCS family, mum is struggling"])
    secrets = ["Acacia", "52.3981", "-0.7256", "filled.count.soap", "27 mill lane", "nn16 8qt"]
    with store.session() as s:
        rows = list(s.scalars(select(db.FindingRow)))
        fids = [f.id for f in rows if f.subject_kind == "post"]
        excerpts = json.dumps([f.evidence for f in rows])
    assert fids, "the visit post should raise a finding"
    admin = signed_in_admin(store, isolated_data_dir)
    for shown in [excerpts, *(admin.get(f"/findings/{fid}").text for fid in fids)]:
        assert not any(secret in shown for secret in secrets)
