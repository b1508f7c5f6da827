#!/usr/bin/env python3
"""Per-rule precision, recall and F1 on the held-out bundles in tests/heldout/.

    python bench/heldout.py [--folder tests/heldout]

The held-out bundles were written from the corpus README's labelling
principles only, with new wording, names, towns, platforms and situations, to
check that the six text rules (name-leak, sensitive-info, criticism,
advice-to-family, contact-details, controversial-official) generalise beyond
the dev corpus. Only those six rules are labelled, so only they are scored
(`unsure` pairs skipped, as in bench/quality.py, whose runner and scorer this
reuses). Exits 0; it reports, it does not judge.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from quality import prf, run_audit, score  # noqa: E402

DEFAULT_FOLDER = HERE.parent / "tests" / "heldout"
BUNDLES = {"heldout-twins": "twins-trust-fcs", "heldout-cft": "childrens-family-trust"}
TEXT_RULES = ("name-leak", "sensitive-info", "criticism", "advice-to-family", "contact-details",
              "controversial-official")


def score_bundle(folder: Path, bundle: str, policy: str) -> dict[str, list[int]]:
    """(tp, fp, fn) per text rule for one held-out bundle."""
    doc = run_audit(policy, folder / f"{bundle}.jsonl")
    counts = score(doc, folder / f"{bundle}.labels.jsonl")
    return {rule: list(counts.get(rule, [0, 0, 0])) for rule in TEXT_RULES}


def print_table(title: str, counts: dict[str, list[int]]) -> float:
    """Print one table; return the macro-F1 over rules with support."""
    print(f"\n{title}")
    print(f"  {'rule':24} {'sup':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    f1s = []
    for rule in TEXT_RULES:
        tp, fp, fn = counts[rule]
        p, r, f = prf(tp, fp, fn)
        if tp + fn:
            f1s.append(f)
        print(f"  {rule:24} {tp + fn:4} {tp:4} {fp:4} {fn:4} {p:6.2f} {r:6.2f} {f:6.2f}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"  macro-F1 over rules with support: {macro:.3f}")
    return macro


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    args = ap.parse_args()
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for bundle, policy in BUNDLES.items():
        counts = score_bundle(args.folder, bundle, policy)
        print_table(f"{bundle} ({policy})", counts)
        for rule, c in counts.items():
            total[rule] = [a + b for a, b in zip(total[rule], c)]
    print_table("ALL held-out", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
