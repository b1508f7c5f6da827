"""Labelled bundles as training examples for the learned heads: each post's feature string,
its flags, its labels, and what today's rules say about it (the heads learn to add what
the rules miss, so their threshold is chosen for rules OR head).

A labelled set is a bundle (CONTRACT §2) with a labels file in the dev corpus's format
({"subject", "rules", "unsure", ...}) and the policy it was written for. A rule the pack
switches off, or that the label marks unsure, is left out for that post.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from auditors import registry
from auditors.engine import audit
from auditors.learned.builtin import encoder, layer_for, shipped_heads
from auditors.learned.examples import Example
from auditors.learned.features import OrgFacts, compile_masks, feature_string, flags
from auditors.learned.heads import Heads
from auditors.learned.layer import LearnedLayer
from auditors.prepared import Prepared
from socialaudit.core.errors import InputError
from socialaudit.core.model import Account, Post, RecordError, parse_record
from socialaudit.core.policy import Policy
from socialaudit.core.sources import BundleSource
from socialaudit.storage import learning as storage_learning
from socialaudit.storage import repo
from socialaudit.storage.db import Store

# The rules a head is trained for: the post rules whose judgement is in the words.
HEAD_RULES = ("name-leak", "sensitive-info", "location-disclosure", "criticism", "advice-to-family",
              "controversial-official", "contact-details", "family-photo", "logo-misuse")


@dataclass
class LabelledSet:
    name: str
    bundle: Path
    labels: Path
    policy_ref: str


def read_manifest(path: Path) -> list[LabelledSet]:
    """training/sets.toml: [sets.<name>] pack = <pack id or path>; the bundle and labels
    are bundle.jsonl and labels.jsonl in data/<name> beside it, or in `folder` when given."""
    try:
        sets = tomllib.loads(path.read_text(encoding="utf-8"))["sets"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"{path}: not a training manifest ({e})") from None
    out = []
    for name, entry in sets.items():
        pack = str(entry["pack"])
        ref = str((path.parent / pack).resolve()) if pack.endswith(".toml") else pack
        folder = path.parent / str(entry.get("folder", f"data/{name}"))
        out.append(LabelledSet(name, folder / "bundle.jsonl", folder / "labels.jsonl", ref))
    return out


def org_facts(policy: Policy) -> OrgFacts:
    return OrgFacts.from_policy(policy.organisation, policy.section("contacts"))


def read_labels(path: Path) -> dict[str, dict]:
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                out[row["subject"]] = row
    return out


def post_labels(label: dict, policy: Policy, rules=HEAD_RULES) -> dict[str, int | None]:
    unsure = set(label.get("unsure", []))
    positive = set(label.get("rules", []))
    return {r: None if (r in unsure or not policy.rule(r).enabled) else int(r in positive) for r in rules}


def examples_of(labelled: LabelledSet, group: str | None = None) -> Iterator[tuple[Post, Example]]:
    """Every labelled post of a set, audited by today's rules, as (post, Example)."""
    policy = registry.load_policy(labelled.policy_ref)
    prepared = Prepared(policy)
    subs = compile_masks(org_facts(policy))
    labels = read_labels(labelled.labels)
    for item in audit(BundleSource(labelled.bundle), prepared):
        post = item.subject
        if not isinstance(post, Post) or post.id not in labels:
            continue
        fired = {f.rule: True for f in item.findings}
        account = item.account
        yield post, Example(text=feature_string(post, account, subs), flags=flags(post, account),
                            group=group or labelled.name, labels=post_labels(labels[post.id], policy),
                            rule_fired=fired)


# --- the organisation's model: which heads judge its posts, and refitting them -------------

def org_layer(store: Store | None, policy: Policy) -> LearnedLayer | None:
    """The layer for a policy: the organisation's accepted refit when the store has one,
    else the shipped heads (None when the pack switches the layer off)."""
    if store is None:
        return layer_for(policy)
    with store.session() as s:
        row = storage_learning.active_heads(s, repo.ensure_organisation(s, policy))
        heads = Heads.from_bytes(row.heads, row.info) if row is not None else None
    return layer_for(policy, heads)


def decision_examples(decisions: list[storage_learning.Decision], policy: Policy) -> list[Example]:
    """Reviewers' decisions as labelled examples (one per decided finding)."""
    subs = compile_masks(org_facts(policy))
    out = []
    for d in decisions:
        try:
            post = parse_record(d.record)
        except RecordError:
            continue
        if not isinstance(post, Post):
            continue
        account = Account(id=post.account_id, platform=post.platform, role=d.account_role)
        out.append(Example(text=feature_string(post, account, subs), flags=flags(post, account),
                           group=f"person-{d.person_id}", labels={d.rule: d.label}))
    return out


@dataclass
class GateScore:
    """Pooled precision and recall of what the product reports (rules OR heads) over the
    head rules of the gate sets, and per rule."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    per_rule: dict[str, list[int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def gate_score(sets: list[LabelledSet], heads: Heads | None) -> GateScore:
    """Audit each gate set under its own policy with these heads, and score the head rules."""
    score = GateScore()
    for labelled in sets:
        policy = registry.load_policy(labelled.policy_ref)
        labels = read_labels(labelled.labels)
        run = audit(BundleSource(labelled.bundle), Prepared(policy), learned=layer_for(policy, heads))
        for item in run:
            if not isinstance(item.subject, Post) or item.subject.id not in labels:
                continue
            found = {f.rule for f in item.findings}
            for rule, label in post_labels(labels[item.subject.id], policy).items():
                if label is None:
                    continue
                cell = score.per_rule.setdefault(rule, [0, 0, 0])
                hit = rule in found
                kind = 0 if (hit and label) else 1 if hit else 2 if label else None
                if kind is not None:
                    cell[kind] += 1
    score.tp = sum(c[0] for c in score.per_rule.values())
    score.fp = sum(c[1] for c in score.per_rule.values())
    score.fn = sum(c[2] for c in score.per_rule.values())
    return score


DEFAULT_GATE = Path(__file__).resolve().parents[2] / "eval" / "frozen"
REFIT_EVERY = timedelta(days=30)


def default_gate() -> list[Path]:
    """The frozen test sets of a source checkout (eval/frozen/*), if there are any."""
    if not DEFAULT_GATE.is_dir():
        return []
    return sorted(p for p in DEFAULT_GATE.iterdir() if (p / "labels.jsonl").exists())


def refit_due(store: Store, policy: Policy, now: datetime) -> bool:
    """The scheduled run refits at most once every REFIT_EVERY."""
    with store.session() as s:
        last = storage_learning.last_refit_at(s, repo.ensure_organisation(s, policy))
    return last is None or now - _aware(last) >= REFIT_EVERY


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def gate_sets(folders: list[Path]) -> list[LabelledSet]:
    """A gate folder holds bundle.jsonl, labels.jsonl and policy.toml (eval/frozen/* does)."""
    return [LabelledSet(f.name, f / "bundle.jsonl", f / "labels.jsonl", str((f / "policy.toml").resolve()))
            for f in folders]


@dataclass
class Refit:
    """What `socialaudit learn` did."""
    decisions: int
    needed: int
    version: str | None = None
    based_on: str | None = None
    refitted: dict[str, int] = field(default_factory=dict)
    before: GateScore | None = None
    after: GateScore | None = None
    accepted: bool = False
    reason: str = ""


def refit_organisation(store: Store, policy: Policy, gate: list[LabelledSet], *, min_decisions: int = 40,
                       strength: float = 1.0, keep: bool = True) -> Refit:
    """Refit the organisation's heads from its reviewers' decisions; keep the new version,
    active only if the gate sets' precision and recall (rules OR heads) do not fall."""
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        found = storage_learning.decisions(s, org, HEAD_RULES)
        row = storage_learning.active_heads(s, org)
        base = Heads.from_bytes(row.heads, row.info) if row is not None else shipped_heads()
        count = len(storage_learning.versions(s, org))
    result = Refit(decisions=len(found), needed=min_decisions)
    if base is None:
        result.reason = "no shipped heads to refit (run `socialaudit train`)"
        return result
    if len(found) < min_decisions:
        result.reason = f"{len(found)} reviewer decisions; {min_decisions} are needed before a refit"
        return result
    if not gate:
        result.reason = "no gate set to check the refit against (give --gate)"
        return result
    from auditors.learned.refit import refit_heads  # the 'learn' extra (scipy)
    version = f"{policy.id}-{count + 1}"
    new, used = refit_heads(base, encoder(), decision_examples(found, policy), version, strength,
                            min_per_rule=min(20, min_decisions))
    result.version, result.based_on, result.refitted = version, base.version, used
    if not used:
        result.reason = "no rule has enough decisions of both kinds (confirmed and dismissed)"
        return result
    result.before, result.after = gate_score(gate, base), gate_score(gate, new)
    result.accepted = (round(result.after.precision, 3) >= round(result.before.precision, 3)
                       and round(result.after.recall, 3) >= round(result.before.recall, 3))
    result.reason = "kept: precision and recall held on the gate" if result.accepted else \
        "refused: it lowers precision or recall on the gate"
    if keep:
        info = {**new.info, "refitted": used, "people": sorted({d.person_id for d in found if d.person_id}),
                "gate_before": [result.before.precision, result.before.recall],
                "gate_after": [result.after.precision, result.after.recall], "accepted": result.accepted}
        new.info = info
        with store.session() as s:
            storage_learning.save_heads(s, repo.ensure_organisation(s, policy), version=version,
                                        based_on=base.version, decisions=len(found), heads=new.to_bytes(),
                                        info=info, accepted=result.accepted)
    return result
