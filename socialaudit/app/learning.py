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
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from auditors import registry
from auditors.engine import audit
from auditors.learned.examples import Example
from auditors.learned.features import OrgFacts, compile_masks, feature_string, flags
from auditors.prepared import Prepared
from socialaudit.core.errors import InputError
from socialaudit.core.model import Post
from socialaudit.core.policy import Policy
from socialaudit.core.sources import BundleSource

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
    are <name>/bundle.jsonl and <name>/labels.jsonl under data/ beside it."""
    try:
        sets = tomllib.loads(path.read_text(encoding="utf-8"))["sets"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"{path}: not a training manifest ({e})") from None
    out = []
    for name, entry in sets.items():
        pack = str(entry["pack"])
        ref = str((path.parent / pack).resolve()) if pack.endswith(".toml") else pack
        folder = path.parent / "data" / name
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
