#!/usr/bin/env python3
"""Learning from reviewers, replayed: precision at fixed recall before and after a refit.

    python bench/replay.py [--decisions 50,100,200,400] [--recall 0.80] [--sets twins,cft]

`eval/replay/<set>` holds posts the shipped model never saw, written apart from the
training corpus and the code. Each set is split by account (a stable hash of the account
id) into a *decision* half and a *test* half, so no writer's posts are on both sides.

On the decision half the product runs as shipped (rules OR heads); every finding it raises
is what a coordinator reviews: confirmed when the label says the rule applies, dismissed
when it says not (unsure pairs are skipped, as a reviewer would skip them). The first N of
those decisions, in a fixed shuffled order, refit the heads with the very function
`socialaudit learn` uses (`auditors.learned.refit.refit_heads`, anchored to the shipped
weights). The frozen gate is not run here: it is scored only at the end of the work.

On the test half, each head rule's score is 1 where the rule fired and the head's calibrated
probability elsewhere (what "rules OR head" ranks by). The table gives, per rule and pooled,
the best precision at recall >= the fixed recall, before and after the refit.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

from auditors.engine import audit
from auditors.learned.builtin import encoder, layer_for, shipped_heads
from auditors.learned.examples import Example
from auditors.learned.features import compile_masks, feature_string, flags
from auditors.learned.refit import refit_heads
from auditors.prepared import Prepared
from auditors.registry import load_policy
from socialaudit.app.learning import HEAD_RULES, org_facts, post_labels, read_labels
from socialaudit.core.model import Post
from socialaudit.core.sources import BundleSource

HERE = Path(__file__).resolve().parent
REPLAY = HERE.parent / "eval" / "replay"
PACKS = {"twins": "twins-trust-fcs", "cft": "childrens-family-trust"}


def _policy(name: str, folder: Path, tmp: Path):
    path = tmp / f"{name}.toml"
    path.write_text(f'extends = "{PACKS[name]}"\n[names]\nregister = "{(folder / "register.csv").resolve()}"\n')
    return load_policy(str(path))


def _half(account_id: str) -> str:
    return "decide" if hashlib.sha256(account_id.encode()).digest()[0] % 2 == 0 else "test"


def _audited(policy, folder: Path):
    """(post, account, rules that fired, labels) for every labelled post, rules only."""
    labels = read_labels(folder / "labels.jsonl")
    out = []
    for item in audit(BundleSource(folder / "bundle.jsonl"), Prepared(policy)):
        post = item.subject
        if isinstance(post, Post) and post.id in labels:
            out.append((post, item.account, {f.rule for f in item.findings},
                        post_labels(labels[post.id], policy)))
    return out


def _decisions(policy, rows, layer) -> list[Example]:
    """What a coordinator decides on the decision half: one example per raised finding."""
    subs = compile_masks(org_facts(policy))
    probs = layer.probabilities([(p, a) for p, a, _, _ in rows])
    thresholds = {rule: thr for _, rule, thr in layer.active}
    cols = {rule: col for col, rule in enumerate(layer.heads.rules)}
    out = []
    for (post, account, fired, labels), row in zip(rows, probs):
        text, flag_row = feature_string(post, account, subs), flags(post, account)
        for rule in HEAD_RULES:
            raised = rule in fired or (rule in thresholds and row[cols[rule]] >= thresholds[rule])
            if raised and labels.get(rule) is not None:
                out.append(Example(text=text, flags=flag_row, group=f"person-{account.id}",
                                   labels={rule: labels[rule]}))
    random.Random(7).shuffle(out)
    return out


def _precision_at_recall(scores: np.ndarray, truth: np.ndarray, recall: float) -> float | None:
    positives = int(truth.sum())
    if positives == 0:
        return None
    order = np.argsort(-scores, kind="stable")
    tp = np.cumsum(truth[order])
    k = np.arange(1, len(order) + 1)
    ok = tp / positives >= recall
    return float((tp[ok] / k[ok]).max()) if ok.any() else 0.0


def _scores(layer, rows) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    probs = layer.probabilities([(p, a) for p, a, _, _ in rows])
    out = {}
    for col, rule in enumerate(layer.heads.rules):
        if rule not in HEAD_RULES:
            continue
        keep = [i for i, (_, _, _, labels) in enumerate(rows) if labels.get(rule) is not None]
        score = np.array([1.0 if rule in rows[i][2] else float(probs[i, col]) for i in keep])
        truth = np.array([rows[i][3][rule] for i in keep], np.int64)
        out[rule] = (score, truth)
    return out


def _table(before: dict, after: dict, recall: float) -> list[str]:
    lines, pooled = [], {"before": [], "after": []}
    for rule in HEAD_RULES:
        if rule not in before:
            continue
        b = _precision_at_recall(*before[rule], recall)
        a = _precision_at_recall(*after[rule], recall)
        if b is None:
            continue
        pooled["before"].append(b)
        pooled["after"].append(a)
        lines.append(f"    {rule:24} positives={int(before[rule][1].sum()):3}  P@R{recall:.2f} {b:.3f} -> {a:.3f}")
    if pooled["before"]:
        lines.append(f"    {'mean over rules':24} {'':13}  P@R{recall:.2f} "
                     f"{np.mean(pooled['before']):.3f} -> {np.mean(pooled['after']):.3f}")
    return lines


def replay(name: str, counts: list[int], recall: float, strength: float, tmp: Path) -> None:
    folder = REPLAY / name
    policy = _policy(name, folder, tmp)
    base = layer_for(policy, shipped_heads())
    if base is None:
        print(f"{name}: no shipped heads; run `socialaudit train` first")
        return
    rows = _audited(policy, folder)
    decide = [r for r in rows if _half(r[0].account_id) == "decide"]
    test = [r for r in rows if _half(r[0].account_id) == "test"]
    decisions = _decisions(policy, decide, base)
    kinds = Counter(next(iter(e.labels.values())) for e in decisions)
    print(f"\n{name} ({policy.id}): {len(decide)} decision-half posts -> {len(decisions)} decisions "
          f"({kinds[1]} confirmed, {kinds[0]} dismissed); {len(test)} test-half posts")
    before = _scores(base, test)
    for n in counts:
        if n > len(decisions):
            print(f"  N={n}: only {len(decisions)} decisions available; skipped")
            continue
        heads, used = refit_heads(base.heads, encoder(), decisions[:n], f"replay-{n}", strength, min_per_rule=10)
        after = _scores(layer_for(policy, heads), test)
        moved = {r: float(np.abs(after[r][0] - before[r][0]).max()) for r in used if r in before}
        refitted = ", ".join(f"{r} ({k}; largest change of a test score {moved.get(r, 0.0):.3f})"
                             for r, k in sorted(used.items())) or "none"
        print(f"  N={n} decisions; rules refitted: {refitted}")
        print("\n".join(_table(before, after, recall)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--decisions", default="50,90,150", help="comma-separated N")
    ap.add_argument("--recall", type=float, default=0.80, help="the fixed recall (default 0.80)")
    ap.add_argument("--sets", default="twins,cft")
    ap.add_argument("--strength", type=float, default=1.0,
                    help="pull towards the shipped weights, as `socialaudit learn --strength` (default 1.0)")
    args = ap.parse_args()
    counts = [int(n) for n in args.decisions.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            replay(name, counts, args.recall, args.strength, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
