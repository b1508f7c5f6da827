#!/usr/bin/env python3
"""Precision, recall and F1 of the name-leak rule on every labelled set, with and without a register.

    python bench/name_leak.py [--train /work/train/data] [--corpus ../shared/corpus] [--rule name-leak]

A set is a folder holding `bundle.jsonl`, `labels.jsonl` and (optionally)
`register.csv`; the dev corpus and tests/heldout are scored too. The pack comes
from the set's name (`twins-*` -> twins-trust-fcs, `cft-*` ->
childrens-family-trust) or from the "Pack: `path`" line of its NOTES.md. Each
set runs twice: with its register wired in through a policy that extends the
pack, and without one (names then come from the lexicon and context alone).
Only the one rule runs, in process, exactly as the engine runs it. Pairs whose
label marks the rule `unsure` are left out of the scoring. "register-name R" is
the recall on the positive posts that hold a form of a register name (any case,
a possessive, a short form, inside a handle or the reply target's handle).
It reports; it does not judge.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from auditors.engine import account_names_of
from auditors.evaluate import Evaluator
from auditors.nlp.names import WORD, handle_parts, name_forms, normalise
from auditors.prepared import Prepared
from auditors.registry import load_policy
from socialaudit.core.model import Account, Post, default_account_for, parse_record
from socialaudit.core.policy import read_register

HERE = Path(__file__).resolve().parent
DEFAULT_TRAIN = Path("/work/train/data")
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
HELDOUT = HERE.parent / "tests" / "heldout"
PACK_BY_PREFIX = {"twins": "twins-trust-fcs", "cft": "childrens-family-trust"}
_PACK_LINE = re.compile(r"Pack:\s*`([^`]+)`")


class LabelledSet:
    """One bundle with its labels, pack and (maybe) register."""

    def __init__(self, name: str, bundle: Path, labels: Path, pack: str, register: Path | None):
        self.name, self.bundle, self.labels, self.pack, self.register = name, bundle, labels, pack, register


def _pack_for(folder: Path) -> str | None:
    for prefix, pack in PACK_BY_PREFIX.items():
        if folder.name.startswith(prefix):
            return pack
    notes = folder / "NOTES.md"
    m = _PACK_LINE.search(notes.read_text(encoding="utf-8")) if notes.is_file() else None
    return m.group(1) if m and Path(m.group(1)).is_file() else None


def find_sets(train: Path, corpus: Path) -> list[LabelledSet]:
    """Every labelled set that is present: training folders, the dev corpus, the held-out bundles."""
    out = []
    for folder in sorted(p for p in train.glob("*") if (p / "bundle.jsonl").is_file()) if train.is_dir() else []:
        pack = _pack_for(folder)
        if pack:
            reg = folder / "register.csv"
            out.append(LabelledSet(folder.name, folder / "bundle.jsonl", folder / "labels.jsonl", pack,
                                   reg if reg.is_file() else None))
    for name, pack in (("twins-dev", "twins-trust-fcs"), ("cft-dev", "childrens-family-trust")):
        if (corpus / f"{name}.jsonl").is_file():
            reg = corpus / "families-dev.csv" if name == "twins-dev" else None
            out.append(LabelledSet(name, corpus / f"{name}.jsonl", corpus / f"{name}.labels.jsonl", pack, reg))
    for name, pack in (("heldout-twins", "twins-trust-fcs"), ("heldout-cft", "childrens-family-trust")):
        if (HELDOUT / f"{name}.jsonl").is_file():
            out.append(LabelledSet(name, HELDOUT / f"{name}.jsonl", HELDOUT / f"{name}.labels.jsonl", pack, None))
    return out


def _policy(s: LabelledSet, with_register: bool, tmp: Path):
    if not (with_register and s.register):
        return load_policy(s.pack)
    path = tmp / f"{s.name}-register.toml"
    path.write_text(f'extends = "{Path(s.pack).as_posix()}"\n[names]\nregister = "{s.register.as_posix()}"\n')
    return load_policy(str(path))


def flagged(s: LabelledSet, policy, rule: str, account_pass: bool = True) -> tuple[set[str], int, float]:
    """Post ids the rule flags, how many posts, and the seconds it took. `account_pass`: read each
    account's posts first, as the engine does (own family, supported people named); without it
    each post is judged alone."""
    records = [parse_record(json.loads(line)) for line in s.bundle.open(encoding="utf-8") if line.strip()]
    accounts = {r.id: r for r in records if isinstance(r, Account)}
    posts = [r for r in records if isinstance(r, Post)]
    prepared = Prepared(policy)
    evaluator = Evaluator(prepared, [rule], accounts)
    started = time.perf_counter()
    if account_pass:
        for account_id, own_posts in _posts_by_account(posts).items():
            account = accounts.get(account_id) or default_account_for(own_posts[0])
            own, known = account_names_of(account, [p.text for p in own_posts], prepared)
            evaluator.own_family.update(own)
            evaluator.known_names.update(known)
    hits = {p.id for p in posts if any(f.rule == rule for f in evaluator.post(p).findings)}
    return hits, len(posts), time.perf_counter() - started


def _posts_by_account(posts: list[Post]) -> dict[str, list[Post]]:
    out: dict[str, list[Post]] = {}
    for p in posts:
        out.setdefault(p.account_id, []).append(p)
    return out


def register_posts(s: LabelledSet, policy) -> set[str]:
    """Post ids whose text, alt texts or reply target hold a form of a register name (any case,
    possessive, short form): the posts the register alone should catch when they are leaks."""
    forms: set[str] = set()
    nicknames = policy.section("names").get("nicknames") or {}
    read_register(s.register, lambda entry: forms.update(
        f for part in entry.replace(",", " ").split() for f in name_forms(part, nicknames)))
    out = set()
    for line in s.bundle.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("kind") != "post":
            continue
        texts = [rec.get("text") or ""] + [m.get("alt_text") or "" for m in rec.get("media") or []]
        words = {normalise(m.group(1)) for t in texts for m in WORD.finditer(t)}
        reply = (rec.get("in_reply_to") or {}).get("account") or ""
        words |= {n.norm for t in texts + [reply.split(":")[-1]] for n in handle_parts(t.replace("@", " "), 0,
                                                                                      frozenset())}
        if words & forms:
            out.add(rec["id"])
    return out


def score(s: LabelledSet, hits: set[str], rule: str, only: set[str] | None = None) -> tuple[int, int, int]:
    """(tp, fp, fn) over post subjects (or only those in `only`), leaving out the pairs labelled unsure."""
    tp = fp = fn = 0
    for line in s.labels.open(encoding="utf-8"):
        lab = json.loads(line)
        if rule in lab.get("unsure", ()) or lab["subject"] not in hits and rule not in lab["rules"]:
            continue
        if only is not None and lab["subject"] not in only:
            continue
        expected, got = rule in lab["rules"], lab["subject"] in hits
        tp, fp, fn = tp + (expected and got), fp + (got and not expected), fn + (expected and not got)
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rule", default="name-leak")
    ap.add_argument("--no-account-pass", action="store_true",
                    help="judge each post alone (no own-family or supported-name memory per account)")
    args = ap.parse_args()
    sets = find_sets(args.train, args.corpus)
    if not sets:
        print(f"no labelled sets found under {args.train} or {args.corpus}: skipping")
        return 0
    print(f"{args.rule}: P/R/F1 per set (unsure labels excluded)")
    print(f"  {'set':16} {'register':9} {'posts':>5} {'tp':>4} {'fp':>4} {'fn':>4} "
          f"{'P':>6} {'R':>6} {'F1':>6} {'µs/post':>8}  register-name R")
    totals = {True: [0, 0, 0], False: [0, 0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            for with_register in (True, False):
                if with_register and not s.register:
                    continue
                policy = _policy(s, with_register, Path(tmp))
                hits, n, secs = flagged(s, policy, args.rule, not args.no_account_pass)
                c = score(s, hits, args.rule)
                reg = ""
                if with_register:
                    rc = score(s, hits, args.rule, register_posts(s, policy))
                    reg = f"  {prf(*rc)[1]:.3f} of {rc[0] + rc[2]}"
                totals[with_register] = [a + b for a, b in zip(totals[with_register], c)]
                p, r, f = prf(*c)
                print(f"  {s.name:16} {'yes' if with_register else 'no':9} {n:5} {c[0]:4} {c[1]:4} {c[2]:4} "
                      f"{p:6.3f} {r:6.3f} {f:6.3f} {secs * 1e6 / max(n, 1):8.0f}{reg}")
    for with_register, c in totals.items():
        p, r, f = prf(*c)
        label = "with register (sets that have one)" if with_register else "without register (every set)"
        print(f"  ALL {label:38} tp={c[0]} fp={c[1]} fn={c[2]}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
