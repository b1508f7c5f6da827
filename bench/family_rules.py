#!/usr/bin/env python3
"""Cost per post of the family rules (location-disclosure, family-photo, privacy-settings tagging).

    python bench/family_rules.py [--corpus ../shared/corpus] [--reps 30]

Calls each rule's `check()` directly on every corpus post's text (media
dropped: this measures text auditing), with a fresh per-post cache as the
pipeline gives, and prints CPU microseconds per post. A calibration loop is
printed first: on a busy machine every figure scales with it. It reports; it
does not judge.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from auditors.prepared import Prepared as prepared  # one per call: the bench builds its contexts itself

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
BUNDLES = {"twins-dev": "twins-trust-fcs", "cft-dev": "childrens-family-trust"}
GROUPS = (["location-disclosure"], ["family-photo"], ["location-disclosure", "family-photo"])


def _load(corpus: Path, bundle: str):
    from socialaudit.core.model import parse_record
    recs = [json.loads(line) for line in (corpus / f"{bundle}.jsonl").open(encoding="utf-8")]
    accounts = {r["id"]: parse_record(r) for r in recs if r.get("kind") == "account"}
    posts = [parse_record(r) for r in recs if r.get("kind") == "post"]
    for p in posts:
        p.media = []
    return accounts, posts


def per_post_us(pack: str, accounts: dict, posts: list, rule_ids: list[str], reps: int) -> float:
    """CPU µs per post for the given rules' check() (post-level rules only)."""
    from auditors import registry
    from auditors.context import PostContext
    from auditors.registry import load_policy
    from socialaudit.core.model import default_account_for
    policy = load_policy(pack)
    mods = [(registry.get(r), policy.rule(r)) for r in rule_ids]

    def once() -> None:
        for post in posts:
            cache: dict = {}
            acc = accounts.get(post.account_id) or default_account_for(post)
            for mod, settings in mods:
                for _ in mod.check(post, PostContext(prepared(policy), settings, acc, [], lambda _a: False, cache)):
                    pass
    once()  # compile and cache patterns first
    started = time.process_time()
    for _ in range(reps):
        once()
    return (time.process_time() - started) * 1e6 / (reps * max(len(posts), 1))


def calibration() -> float:
    started, x = time.process_time(), 0
    for i in range(2_000_000):
        x += i
    return time.process_time() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--reps", type=int, default=30)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: skipping (needs ../shared/corpus)")
        return 0
    print(f"calibration: 2M-step Python loop took {calibration():.3f} s CPU (about 0.06 s on an idle core)")
    for bundle, pack in BUNDLES.items():
        accounts, posts = _load(args.corpus, bundle)
        for group in GROUPS:
            us = per_post_us(pack, accounts, posts, group, args.reps)
            print(f"  {bundle:10} {' + '.join(group):40} {us:6.1f} µs/post  ({1e6 / us:,.0f} posts/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
