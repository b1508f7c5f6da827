#!/usr/bin/env python3
"""Precision and recall of the `disclaimer-missing` rule, per labelled set.

    python bench/disclaimer.py [--train /work/train/data] [--corpus ../shared/corpus] [--show]

Reads only the account records of each bundle (the rule looks at nothing else),
audits them in-process with that one rule, and scores each account against its
label, skipping accounts labelled `unsure` for the rule. Sets: the dev corpus
bundles, and every training folder (bundle.jsonl + labels.jsonl) whose policy
is known: from a "Pack: `path`" line in its NOTES.md, else from its name
(twins-* and cft-* use the built-in packs). `--show` lists the ids of the
accounts scored wrongly. Exits 0; it reports, it does not judge.
"""
from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from auditors.engine import audit
from auditors.prepared import Prepared
from auditors.registry import load_policy
from socialaudit.app.inputs import open_input

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
DEFAULT_TRAIN = Path("/work/train/data")
RULE = "disclaimer-missing"
BUILT_IN = {"twins": "twins-trust-fcs", "cft": "childrens-family-trust"}


def labelled_sets(corpus: Path, train: Path) -> list[tuple[str, str, Path, Path]]:
    """(name, policy, bundle, labels) for every set found."""
    sets = [(f"corpus/{b.stem}", BUILT_IN[b.stem.split("-")[0]], b, b.with_suffix(".labels.jsonl"))
            for b in sorted(corpus.glob("*-dev.jsonl")) if b.stem.split("-")[0] in BUILT_IN]
    for folder in sorted(p for p in train.glob("*") if (p / "labels.jsonl").exists()):
        policy = _policy_of(folder)
        if policy:
            sets.append((f"train/{folder.name}", policy, folder / "bundle.jsonl", folder / "labels.jsonl"))
    return sets


def _policy_of(folder: Path) -> str | None:
    notes = folder / "NOTES.md"
    m = re.search(r"^Pack:\s*`([^`]+)`", notes.read_text(), re.M) if notes.exists() else None
    if m and Path(m.group(1)).exists():
        return m.group(1)
    return BUILT_IN.get(folder.name.split("-")[0])


def flagged(policy: str, bundle: Path) -> tuple[set[str], list[str]]:
    """The ids the rule flags among the bundle's accounts, and every account id."""
    accounts = [line for line in bundle.open() if json.loads(line).get("kind") == "account"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "accounts.jsonl"
        path.write_text("".join(accounts))
        items = audit(open_input(path), Prepared(load_policy(policy)), only=[RULE])
        found = {f.subject for item in items for f in item.findings if f.rule == RULE}
    return found, [json.loads(line)["id"] for line in accounts]


def score(found: set[str], ids: list[str], labels: Path) -> tuple[list[int], list[str]]:
    """(tp, fp, fn) and the ids scored wrongly."""
    labs = {lab["subject"]: lab for lab in map(json.loads, labels.open())}
    counts, wrong = [0, 0, 0], []
    for sid in ids:
        lab = labs.get(sid, {"rules": [], "unsure": []})
        if RULE in lab["unsure"]:
            continue
        exp, got = RULE in lab["rules"], sid in found
        if exp != got:
            wrong.append(("FP " if got else "FN ") + sid)
        counts[0 if exp and got else 1 if got else 2] += exp or got
    return counts, wrong


def prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--show", action="store_true", help="list the accounts scored wrongly")
    args = ap.parse_args()
    total = [0, 0, 0]
    print(f"{'set':22} {'sup':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6}")
    for name, policy, bundle, labels in labelled_sets(args.corpus, args.train):
        found, ids = flagged(policy, bundle)
        (tp, fp, fn), wrong = score(found, ids, labels)
        total = [a + b for a, b in zip(total, (tp, fp, fn))]
        p, r = prf(tp, fp, fn)
        print(f"{name:22} {tp + fn:4} {tp:4} {fp:4} {fn:4} {p:6.2f} {r:6.2f}")
        for w in wrong if args.show else ():
            print("    " + w)
    p, r = prf(*total)
    print(f"{'ALL':22} {total[0] + total[2]:4} {total[0]:4} {total[1]:4} {total[2]:4} {p:6.2f} {r:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
