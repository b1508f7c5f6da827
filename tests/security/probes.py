"""Cross-user probes: every object of the store, asked for by every role on every route
that takes an id, read and write, judged against an ownership oracle written apart from
the app's own scope code. Shared by the attack suite and bench/attack.py.

Oracle (who may see what):
- an admin: everything of their organisation, except a volunteer's private self-audit report;
- a coordinator: findings of the volunteers they coordinate, once past the grace window,
  the posts and photos behind those findings, and their own reports;
- a volunteer: their own accounts' findings, posts and photos, and their own reports;
- nobody: anything of another organisation."""
from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.web.auth import hash_password
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import create_person, enrol
from tests.factories import store_audit
from tests.web.conftest import csrf_of
from tests.web.seed import PASSWORD


@dataclass
class ProbeReport:
    reads: int = 0
    writes: int = 0
    read_leaks: list[str] = field(default_factory=list)
    write_leaks: list[str] = field(default_factory=list)
    denied_own: list[str] = field(default_factory=list)  # the owner could not open their own


def add_second_organisation(seeded) -> None:
    """Another charity in the same store: its admin and volunteer must never see org one."""
    policy = load_policy("childrens-family-trust")
    with seeded.store.session() as s:
        org = repo.ensure_organisation(s, policy)
        zed = create_person(s, org, "Zed Admin", "zed@example.org", "admin", hash_password(PASSWORD))
        yan = enrol(s, policy, name="Yan Carer", email="yan@example.org", accounts=["x:@yan_carer"],
                    entered_by=zed).person
        yan.password_hash = zed.password_hash
    bundle = seeded.data_dir.parent / "org2.jsonl"
    bundle.write_text(json.dumps({"kind": "account", "id": "x:@yan_carer", "platform": "x", "role": "personal",
                                  "bio": "Foster carer with Children's Family Trust"}) + "\n" +
                      json.dumps({"kind": "post", "id": "x:77001", "account_id": "x:@yan_carer", "platform": "x",
                                  "text": "Our foster son Tyler starts at Warberry Vale Primary on Monday",
                                  "geo": {"lat": 50.46, "lon": -3.52}}) + "\n")
    _, _ = store_audit(seeded.store, policy, bundle)
    with seeded.store.session() as s:
        s.execute(db.FindingRow.__table__.update().values(visible_to_coordinator_at=repo.now() - timedelta(days=1)))


def add_posts(seeded, per_volunteer: int) -> None:
    """More posts with findings for Ann and Ben, so the matrix has many ids."""
    policy = load_policy("twins-trust-fcs")
    lines = []
    for who in ("ann", "ben"):
        for i in range(per_volunteer):
            lines.append({"kind": "post", "id": f"x:{who}{i}", "account_id": f"x:@{who}_volunteer", "platform": "x",
                          "created_at": "2026-10-10T10:00:00Z", "geo": {"lat": 53.0, "lon": -1.0},
                          "text": f"Visit {i} done with my FCS family, home for a brew now"})
    bundle = seeded.data_dir.parent / "more.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in lines))
    _, _ = store_audit(seeded.store, policy, bundle)
    with seeded.store.session() as s:
        s.execute(db.FindingRow.__table__.update().values(visible_to_coordinator_at=repo.now() - timedelta(days=1)))


def _may_see_finding(viewer: db.Person, f: db.FindingRow, owner: db.Person | None) -> bool:
    if f.organisation_id != viewer.organisation_id or owner is None:
        return viewer.role == "admin" and f.organisation_id == viewer.organisation_id
    if viewer.role == "admin":
        return True
    if viewer.role == "coordinator":
        return owner.coordinator_id == viewer.id
    return owner.id == viewer.id


def _may_see_report(viewer: db.Person, r: db.ArchivedReport) -> bool:
    if r.organisation_id != viewer.organisation_id:
        return False
    return r.person_id == viewer.id or (viewer.role == "admin" and r.kind != "self-audit")


def signed_in(app, email: str):
    client = app.test_client()
    token = csrf_of(client.get("/sign-in").text)
    r = client.post("/sign-in", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 302, email
    return client


def probe(app, store, emails: list[str]) -> ProbeReport:
    """Every role × every object × every id route; writes leave a trace we look for."""
    out = ProbeReport()
    with store.session() as s:
        people = {p.email: p for p in s.scalars(select(db.Person)) if p.email in emails}
        findings = list(s.scalars(select(db.FindingRow)))
        accounts = {a.id: a for a in s.scalars(select(db.AccountRow))}
        owners = {p.id: p for p in s.scalars(select(db.Person))}
        posts = list(s.scalars(select(db.PostRow)))
        reports = list(s.scalars(select(db.ArchivedReport)))
        media = {(m.post_id, m.position) for m in s.scalars(select(db.PostMedia))}
        s.expunge_all()
    owner_of = {f.id: owners.get(accounts[f.account_id].person_id) if f.account_id else None for f in findings}
    for email, viewer in people.items():
        client = signed_in(app, email)
        token = csrf_of(client.get("/me/check").text)
        visible = {f.id for f in findings if _may_see_finding(viewer, f, owner_of[f.id])}
        visible_posts = {f.post_id for f in findings if f.id in visible and f.post_id}
        if viewer.role in ("admin", "volunteer"):  # a post with no finding is its owner's and the admin's
            for p in posts:
                owner = owners.get(accounts[p.account_id].person_id)
                if p.organisation_id == viewer.organisation_id and (
                        viewer.role == "admin" or (owner is not None and owner.id == viewer.id)):
                    visible_posts.add(p.id)
        for f in findings:
            _read(out, client, f"/findings/{f.id}", f.id in visible, email)
            _read(out, client, f"/findings/{f.id}/reveal", f.id in visible, email, token=token)
            if viewer.role != "volunteer":
                _write(out, store, client, f, token, f.id in visible, email)
        for p in posts:
            _read(out, client, f"/posts/{p.id}", p.id in visible_posts, email)
            for pos in (0, 1):
                ok = p.id in visible_posts and (p.id, pos) in media
                _read(out, client, f"/media/{p.id}/{pos}", ok, email, strict_own=False)
        for r in reports:
            _read(out, client, f"/reports/{r.id}", _may_see_report(viewer, r), email)
    return out


def _read(out: ProbeReport, client, path: str, allowed: bool, who: str, token: str | None = None,
          strict_own: bool = True) -> None:
    out.reads += 1
    r = client.post(path, data={"csrf_token": token}) if token else client.get(path)
    if not allowed and r.status_code != 404:
        out.read_leaks.append(f"{who} {path} -> {r.status_code}")
    if allowed and strict_own and r.status_code != 200:
        out.denied_own.append(f"{who} {path} -> {r.status_code}")


def _write(out: ProbeReport, store, client, f: db.FindingRow, token: str, allowed: bool, who: str) -> None:
    """A note through the finding's form and through the bulk form; it must land only where allowed."""
    marker = f"probe-note-{who}-{f.id}"
    for path, form in ((f"/findings/{f.id}/action", {"action": "note", "text": marker}),
                       ("/queue/bulk", {"ids": [str(f.id)], "action": "note", "text": marker + "-bulk"})):
        out.writes += 1
        client.post(path, data={**form, "csrf_token": token})
        with store.session() as s:
            landed = s.scalar(select(db.ReviewEvent.id).where(db.ReviewEvent.finding_id == f.id,
                                                              db.ReviewEvent.note == form["text"]).limit(1))
        if landed is not None and not allowed:
            out.write_leaks.append(f"{who} {path} finding {f.id}")


def upload_token(app, email: str) -> str:
    """A self-audit upload waiting for its owner's decision."""
    client = signed_in(app, email)
    body = json.dumps({"kind": "post", "id": "x:424242", "account_id": "x:@ann_volunteer", "platform": "x",
                       "text": "Home visit done"}).encode() + b"\n"
    r = client.post("/me/self-audit", data={"csrf_token": csrf_of(client.get("/me/check").text),
                                            "archive": (io.BytesIO(body), "mine.jsonl")},
                    content_type="multipart/form-data")
    return r.text.split("/me/self-audit/")[1].split('"')[0]
