#!/usr/bin/env python3
"""Speed work must not change a decision: the findings documents of this tree and of a
reference tree (another worktree, e.g. main before the change) must be byte-identical.

    python bench/same_output.py --reference /work/main [--dense 20000] [--jobs 1 2] [--except-explanations]

For each input — the dev corpora, the held-out sets, the training bundles and the
frozen test (each under the policy it was written for) and a dense load built like bench/speed.py's — it runs
`socialaudit audit --format json` with the learned layer on, in this tree and in the
reference tree, and compares the documents. Prints one line per input and exits 1 on
any difference, naming the first differing finding.

`--except-explanations` compares the `jsonl` output instead (each finding with its
explanation, fingerprint and model version): everything must be equal except, in the
findings the learned layer made (those with a model version), the words picked as
evidence — and what follows from them, the fingerprint and the line saying whether any
word stood out. It prints how often the two trees picked the same words.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import CORPUS, build_dense  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def inputs(dense: Path | None) -> list[tuple[str, Path]]:
    """(policy, bundle) pairs: the corpora, the held-out sets, the training bundles, the frozen test."""
    shared = CORPUS.parent
    pairs = [("twins-trust-fcs", shared / "twins-dev.jsonl"), ("childrens-family-trust", shared / "cft-dev.jsonl"),
             ("twins-trust-fcs", REPO / "tests/heldout/heldout-twins.jsonl"),
             ("childrens-family-trust", REPO / "tests/heldout/heldout-cft.jsonl")]
    sets = tomllib.loads((REPO / "training/sets.toml").read_text(encoding="utf-8"))["sets"]
    for name, spec in sets.items():
        pairs.append((str(REPO / "training" / spec["pack"]), REPO / "training/data" / name / "bundle.jsonl"))
    for frozen in sorted((REPO / "eval/frozen").glob("*/bundle.jsonl")):
        pairs.append((str(frozen.parent / "policy.toml"), frozen))
    if dense is not None:
        pairs.append(("twins-trust-fcs", dense))
    return [(policy, path) for policy, path in pairs if path.exists()]


def audit(tree: Path, policy: str, bundle: Path, jobs: int, fmt: str = "json") -> str:
    cmd = [sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input", str(bundle),
           "--format", fmt, "-q", "--jobs", str(jobs)]
    r = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{tree}: audit of {bundle.name} failed: {r.stderr.strip()[-500:]}")
    return r.stdout


def first_difference(a: str, b: str) -> str:
    da, db = json.loads(a), json.loads(b)
    for key in ("audited", "errors"):
        if da[key] != db[key]:
            return f"'{key}' differs"
    fa, fb = da["findings"], db["findings"]
    for x, y in zip(fa, fb):
        if x != y:
            return f"{x['subject']} {x['rule']} vs {y['subject']} {y['rule']}: " + ", ".join(
                k for k in x if x.get(k) != y.get(k))
    return f"{len(fa)} findings vs {len(fb)}"


WORDS = ("evidence", "fingerprint")  # what the words of a model-made finding decide


def _without_words(finding: dict) -> dict:
    if not finding.get("model"):
        return finding
    rest = {k: v for k, v in finding.items() if k not in WORDS}
    rest["explanation"] = finding["explanation"][:1]  # the second line says whether a word stood out
    return rest


def compare_except_words(a: str, b: str, tally: list[float]) -> str | None:
    """None when two jsonl outputs agree but for the words of model-made findings (then
    adds [findings compared, same words, overlap] to tally); else the first difference."""
    la, lb = a.splitlines(), b.splitlines()
    if len(la) != len(lb):
        return f"{len(la)} lines vs {len(lb)}"
    for x, y in zip(map(json.loads, la), map(json.loads, lb)):
        if _without_words(x) != _without_words(y):
            if "summary" in x:
                return "summary differs"
            return f"{x['subject']} {x['rule']}: " + ", ".join(k for k in x if x.get(k) != y.get(k))
        if x.get("model"):
            wa = {(e["field"], e["start"], e["end"]) for e in x["evidence"]}
            wb = {(e["field"], e["start"], e["end"]) for e in y["evidence"]}
            tally[0] += 1
            tally[1] += wa == wb
            tally[2] += len(wa & wb) / len(wa) if wa else float(not wb)
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", type=Path, required=True, help="the other tree (its own auditors/ and model)")
    ap.add_argument("--dense", type=int, default=20_000, help="posts in the dense load (0: none)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--except-explanations", action="store_true",
                    help="allow the evidence words of model-made findings to differ; report their agreement")
    args = ap.parse_args()
    fmt = "jsonl" if args.except_explanations else "json"
    tally = [0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory(prefix="sa-same-") as tmp:
        dense = None
        if args.dense and CORPUS.exists():
            dense = Path(tmp) / f"dense-{args.dense}.jsonl"
            build_dense(CORPUS, args.dense, dense)
        differ = 0
        for policy, bundle in inputs(dense):
            reference = audit(args.reference, policy, bundle, 1, fmt)
            for jobs in args.jobs:
                ours = audit(REPO, policy, bundle, jobs, fmt)
                if args.except_explanations:
                    here = [0.0, 0.0, 0.0]
                    why = compare_except_words(reference, ours, here)
                    count = len(ours.splitlines()) - 1
                    model = f", {int(here[0])} by the model, {int(here[1])} with the same words" if here[0] else ""
                    if jobs == args.jobs[0]:
                        tally[:] = [a + b for a, b in zip(tally, here)]
                else:
                    why = None if ours == reference else first_difference(reference, ours)
                    count, model = len(json.loads(ours)["findings"]), ""
                differ += why is not None
                print(f"{'same' if why is None else 'DIFFERENT':>9}  {bundle.parent.name}/{bundle.name} --jobs {jobs} "
                      f"({count} findings{model}){'' if why is None else ': ' + why}", flush=True)
    if args.except_explanations and tally[0]:
        print(f"model-made findings: {int(tally[0])}; the same evidence words in {tally[1] / tally[0]:.1%}, "
              f"mean overlap {tally[2] / tally[0]:.1%}")
    print(("identical" + (" but for the words of model-made findings" if args.except_explanations else ""))
          if not differ else f"{differ} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
