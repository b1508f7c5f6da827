#!/usr/bin/env python3
"""Per-rule precision, recall and F1 of the contract command on the labelled corpus.

    python bench/quality.py [--corpus ../shared/corpus] [--no-register]

Runs `socialaudit audit --format json` on every bundle in the corpus (the
twins bundle both with and without the protected-names register), scores each
(subject, rule) pair against the labels, skipping `unsure` pairs, and prints
a table per bundle and for all bundles together. Exits 0; it reports, it does
not judge.
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


def run_audit(policy: str, bundle: Path) -> dict:
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input", str(bundle),
           "--format", "json"]
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


def print_table(title: str, counts: dict[str, list[int]]) -> float:
    print(f"\n{title}")
    print(f"  {'rule':24} {'sup':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    f1s = []
    for rule in RULES:
        tp, fp, fn = counts.get(rule, [0, 0, 0])
        p, r, f = prf(tp, fp, fn)
        if tp + fn:
            f1s.append(f)
        flag = "  <- below 0.85" if tp + fn >= 5 and (p < 0.85 or r < 0.85) else ""
        print(f"  {rule:24} {tp + fn:4} {tp:4} {fp:4} {fn:4} {p:6.2f} {r:6.2f} {f:6.2f}{flag}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"  macro-F1 over rules with support: {macro:.3f}")
    return macro


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
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
        for title, policy, bundle in runs:
            doc = run_audit(policy, args.corpus / f"{bundle}.jsonl")
            counts = score(doc, args.corpus / f"{bundle}.labels.jsonl")
            print_table(title, counts)
            if "no register" not in title:
                for rule, c in counts.items():
                    total[rule] = [a + b for a, b in zip(total[rule], c)]
    print_table("ALL (twins with register + cft)", total)
    extra = HERE / "quality_datasets.py"
    if extra.exists():
        subprocess.run([sys.executable, str(extra)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
