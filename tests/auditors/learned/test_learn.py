"""`socialaudit learn`: reviewers' decisions refit the organisation's heads; the refit is
kept only if it does no worse on the gate; each version is kept; withdrawal drops the
versions learned from the volunteer's decisions."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from auditors.registry import load_policy
from socialaudit.app.learning import gate_sets, org_layer, refit_organisation
from socialaudit.core.model import Evidence, Finding
from socialaudit.storage import learning as storage_learning
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.lifecycle import create_person, withdraw
from tests.auditors.learned.conftest import CRITICAL, NEUTRAL
from tests.factories import make_account, make_post

pytest.importorskip("scipy", reason="refitting needs the 'learn' extra")
POLICY = load_policy("twins-trust-fcs")


def install_base(store, heads) -> None:
    """The toy heads as the organisation's active version (what a refit starts from)."""
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        storage_learning.save_heads(s, org, version="test-1", based_on="test-1", decisions=0,
                                    heads=heads.to_bytes(), info=heads.info, accepted=True)


def decide(store, texts_and_states: list[tuple[str, str]], person_email: str = "ann@example.org") -> None:
    """Posts by one volunteer, each with a criticism finding a coordinator confirmed or dismissed."""
    with store.session() as s:
        org = repo.ensure_organisation(s, POLICY)
        person = s.scalar(select(db.Person).where(db.Person.email == person_email)) or \
            create_person(s, org, "Ann Volunteer", person_email, "volunteer")
        acc = repo.upsert_account(s, org, make_account(id=f"x:@{person_email.split('@')[0]}"))
        acc.person_id = person.id
        for i, (text, state) in enumerate(texts_and_states):
            post = make_post(id=f"x:{person.id}{i:04d}", account_id=acc.external_id, text=text)
            row, _ = repo.upsert_post(s, org, acc, post)
            finding = Finding(rule="criticism", severity="medium", subject=post.id, subject_kind="post",
                              account_id=acc.external_id, clause="c", message="m", confidence=0.6,
                              evidence=[Evidence("text", 0, 4, "…", "")])
            frow, _ = repo.upsert_finding(s, org, finding, acc, row, None)
            frow.state = state


@pytest.fixture
def gate(tmp_path):
    """A small labelled gate set in the folder layout of eval/frozen."""
    folder = tmp_path / "gate"
    folder.mkdir()
    records = [{"kind": "account", "id": "x:@g", "platform": "x", "role": "personal"}]
    labels = []
    for i, text in enumerate(CRITICAL + NEUTRAL):
        records.append({"kind": "post", "id": f"x:9{i:03d}", "account_id": "x:@g", "platform": "x", "text": text,
                        "created_at": "2026-05-01T10:00:00Z"})
        labels.append({"subject": f"x:9{i:03d}", "rules": ["criticism"] if text in CRITICAL else [], "unsure": []})
    (folder / "bundle.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (folder / "labels.jsonl").write_text("\n".join(json.dumps(r) for r in labels) + "\n")
    (folder / "policy.toml").write_text('extends = "twins-trust-fcs"\n')
    return gate_sets([folder])


def test_too_few_decisions_refit_nothing(store, fitted, gate):
    install_base(store, fitted[0])
    decide(store, [(CRITICAL[0], "confirmed")])
    result = refit_organisation(store, POLICY, gate, min_decisions=5)
    assert result.version is None and "1 reviewer decisions; 5 are needed" in result.reason


def test_a_refit_that_does_no_worse_is_kept_and_judges_from_then_on(store, fitted, gate):
    install_base(store, fitted[0])
    decide(store, [(t, "confirmed") for t in CRITICAL] + [(t, "dismissed") for t in NEUTRAL])
    result = refit_organisation(store, POLICY, gate, min_decisions=10, strength=1e4)
    assert result.accepted and result.refitted == {"criticism": 16}
    assert result.after.recall >= result.before.recall and result.after.precision >= result.before.precision
    assert org_layer(store, POLICY).version == result.version == "twins-trust-fcs-2"
    with store.session() as s:
        rows = storage_learning.versions(s, repo.ensure_organisation(s, POLICY))
        assert [(r.version, r.based_on, r.active, r.decisions) for r in rows] == \
            [("test-1", "test-1", False, 0), ("twins-trust-fcs-2", "test-1", True, 16)]


def test_a_refit_that_lowers_recall_on_the_gate_is_refused_and_kept_inactive(store, fitted, gate):
    install_base(store, fitted[0])
    decide(store, [(t, "dismissed") for t in CRITICAL] + [(t, "confirmed") for t in NEUTRAL])
    result = refit_organisation(store, POLICY, gate, min_decisions=10, strength=0.01)
    assert not result.accepted and "refused" in result.reason
    assert result.after.recall < result.before.recall
    assert org_layer(store, POLICY).version == "test-1"
    with store.session() as s:
        assert storage_learning.active_heads(s, repo.ensure_organisation(s, POLICY)).version == "test-1"


def test_withdrawal_drops_the_versions_learned_from_the_volunteers_decisions(store, fitted, gate):
    install_base(store, fitted[0])
    decide(store, [(t, "confirmed") for t in CRITICAL] + [(t, "dismissed") for t in NEUTRAL])
    refit_organisation(store, POLICY, gate, min_decisions=10, strength=1e4)
    with store.session() as s:
        person = s.scalar(select(db.Person).where(db.Person.email == "ann@example.org"))
        erased = withdraw(s, person, entered_by=None)
        assert erased.model_versions == 1
        assert [r.version for r in storage_learning.versions(s, repo.ensure_organisation(s, POLICY))] == ["test-1"]
