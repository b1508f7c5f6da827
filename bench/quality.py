#!/usr/bin/env python3
"""Per-rule precision, recall and F1 of the contract command on the labelled corpus.

    python bench/quality.py [--corpus ../shared/corpus] [--frozen [--frozen-dir eval/frozen12 ...]] [--no-datasets]

Runs `socialaudit audit --format json` on every bundle in the corpus (the
twins bundle both with and without the protected-names register), scores each
(subject, rule) pair against the labels, skipping `unsure` pairs, and prints
a table per bundle and for all bundles together, with the learned layer on
(as shipped) and the rules alone (`--no-learned`) side by side. Then the
training cross-validation recorded by `socialaudit train` (heads.json), then,
with `--frozen`, the frozen held-out tests (eval/frozen, or each `--frozen-dir`
given, e.g. `--frozen-dir eval/frozen eval/frozen12 eval/frozen13`;
score them only at the end of a piece of work, never to tune), then the public datasets
(bench/quality_datasets.py: airline, stance, logos, EXIF, WNUT-17). Exits 0;
it reports, it does not judge.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
BUNDLES = {"twins-dev": "twins-trust-fcs", "cft-dev": "childrens-family-trust"}
RULES = ("disclaimer-missing", "privacy-settings", "name-leak", "sensitive-info", "family-photo", "geotag",
         "location-disclosure", "logo-misuse", "criticism", "advice-to-family", "controversial-official",
         "contact-details")


FROZEN = HERE.parent / "eval" / "frozen"
HEADS_INFO = HERE.parent / "auditors" / "learned" / "model" / "heads.json"


def run_audit(policy: str, bundle: Path, learned: bool = True) -> dict:
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input", str(bundle),
           "--format", "json", "--learned" if learned else "--no-learned"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def score(doc: dict, labels_path: Path) -> dict[str, list[int]]:
    predicted = {(f["subject"], f["rule"]) for f in doc["findings"]}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for line in labels_path.open():
        lab = json.loads(line)
        for rule in RULES:
            if rule in lab["unsure"]:
                continue
            exp, got = rule in lab["rules"], (lab["subject"], rule) in predicted
            if exp and got:
                counts[rule][0] += 1
            elif got:
                counts[rule][1] += 1
            elif exp:
                counts[rule][2] += 1
    return counts


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(title: str, counts: dict[str, list[int]], rules_only: dict[str, list[int]] | None = None) -> float:
    """One row per rule: support, tp/fp/fn and P/R/F1 as shipped, and the rules-alone F1 beside it."""
    print(f"\n{title}")
    alone = "  rules-alone P/R/F1" if rules_only is not None else ""
    print(f"  {'rule':24} {'sup':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}{alone}")
    f1s, f1s_alone = [], []
    for rule in RULES:
        tp, fp, fn = counts.get(rule, [0, 0, 0])
        p, r, f = prf(tp, fp, fn)
        if tp + fn:
            f1s.append(f)
        flag = "  <- below 0.85" if tp + fn >= 5 and (p < 0.85 or r < 0.85) else ""
        side = ""
        if rules_only is not None:
            pa, ra, fa = prf(*rules_only.get(rule, [0, 0, 0]))
            side = f"  {pa:.2f}/{ra:.2f}/{fa:.2f}"
            if tp + fn:
                f1s_alone.append(fa)
        print(f"  {rule:24} {tp + fn:4} {tp:4} {fp:4} {fn:4} {p:6.2f} {r:6.2f} {f:6.2f}{side}{flag}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    pooled = prf(*[sum(c[i] for c in counts.values()) for i in range(3)])
    line = f"  macro-F1 over rules with support: {macro:.3f}   pooled P={pooled[0]:.3f} R={pooled[1]:.3f}"
    if f1s_alone:
        line += f"   (rules alone macro-F1 {sum(f1s_alone) / len(f1s_alone):.3f})"
    print(line)
    return macro


def scored_pair(policy: str, bundle: Path, labels: Path) -> tuple[dict, dict]:
    """(as shipped, rules alone) counts for one bundle."""
    return score(run_audit(policy, bundle), labels), score(run_audit(policy, bundle, learned=False), labels)


def add_into(total: dict[str, list[int]], counts: dict[str, list[int]]) -> None:
    for rule, c in counts.items():
        total[rule] = [a + b for a, b in zip(total[rule], c)]


def training_cv() -> None:
    """The leave-one-bundle-out scores `socialaudit train` recorded with the shipped heads."""
    if not HEADS_INFO.exists():
        print("\ntraining cross-validation: no heads shipped")
        return
    info = json.loads(HEADS_INFO.read_text())
    print(f"\ntraining cross-validation ({info['version']}, {info['posts']} posts, leave one bundle out; "
          "rules alone -> rules OR head)")
    f1s = []
    for rule, row in sorted(info["out_of_fold"].items()):
        r, c = row["rules"], row["combined"]
        f1s.append(c["f1"])
        print(f"  {rule:24} pos={row['positives']:4}  P/R/F1 {r['p']:.2f}/{r['r']:.2f}/{r['f1']:.2f}"
              f" -> {c['p']:.2f}/{c['r']:.2f}/{c['f1']:.2f}")
    print(f"  macro-F1 (rules OR head, head rules): {sum(f1s) / len(f1s):.3f}")


def frozen(root: Path = FROZEN) -> None:
    """The frozen held-out test, each set under its own policy file; the issue's bars checked."""
    sets = sorted(p for p in root.iterdir() if (p / "labels.jsonl").exists()) if root.is_dir() else []
    if not sets:
        print(f"\nfrozen test: {root} not found")
        return
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    alone: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for folder in sets:
        shipped, rules = scored_pair(str(folder / "policy.toml"), folder / "bundle.jsonl", folder / "labels.jsonl")
        print_table(f"{root.name}/{folder.name}", shipped, rules)
        add_into(total, shipped)
        add_into(alone, rules)
    macro = print_table(f"{root.name}: ALL", total, alone)
    bars = [("macro-F1 >= 0.90", macro >= 0.90)]
    for rule in ("name-leak", "sensitive-info"):
        bars.append((f"{rule} recall >= 0.95", prf(*total[rule])[1] >= 0.95))
    low = [r for r in RULES if sum(total[r][:2]) and prf(*total[r])[0] < 0.85]
    bars.append(("precision >= 0.85 on every rule" + (f" (below: {', '.join(low)})" if low else ""), not low))
    for text, met in bars:
        print(f"  {'met' if met else 'NOT met'}: {text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--frozen", action="store_true",
                    help="also score the frozen held-out test (only at the end of a piece of work)")
    ap.add_argument("--frozen-dir", type=Path, nargs="+", default=[FROZEN],
                    help="which frozen sets --frozen scores (default eval/frozen; eval/frozen12 onwards are "
                         "the later held-out sets, frozen2-11 were retired to training/)")
    ap.add_argument("--no-datasets", action="store_true", help="skip bench/quality_datasets.py")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: skipping (needs ../shared/corpus)")
        return 0
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        register_policy = Path(tmp) / "twins-with-register.toml"
        register_policy.write_text('extends = "twins-trust-fcs"\n[names]\nregister = "%s"\n'
                                   % (args.corpus / "families-dev.csv").as_posix())
        runs = [("twins-dev (register)", str(register_policy), "twins-dev"),
                ("twins-dev (no register)", "twins-trust-fcs", "twins-dev"),
                ("cft-dev", "childrens-family-trust", "cft-dev")]
        alone: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for title, policy, bundle in runs:
            counts, rules = scored_pair(policy, args.corpus / f"{bundle}.jsonl",
                                        args.corpus / f"{bundle}.labels.jsonl")
            print_table(f"dev: {title}", counts, rules)
            if "no register" not in title:
                add_into(total, counts)
                add_into(alone, rules)
    print_table("dev: ALL (twins with register + cft)", total, alone)
    training_cv()
    if args.frozen:
        for root in args.frozen_dir:
            frozen(root)
    extra = HERE / "quality_datasets.py"
    if extra.exists() and not args.no_datasets:
        subprocess.run([sys.executable, str(extra)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
