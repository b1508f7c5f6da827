"""`socialaudit train`: rebuild the shipped heads of the learned layer from the training
corpus in the repository (training/), printing each rule's cross-validated scores.

It reads only the sets named in the manifest: never eval/ (the frozen test) and never
../shared/datasets (evaluation sets whose licences forbid training)."""
from __future__ import annotations

from pathlib import Path

import click

from auditors import registry
from auditors.learned import MODEL_DIR
from auditors.learned.encoder import StaticEncoder
from socialaudit.app.learning import HEAD_RULES, examples_of, read_manifest
from socialaudit.app.options import Failure

DEFAULT_MANIFEST = Path(__file__).resolve().parents[3] / "training" / "sets.toml"


@click.command("train")
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_MANIFEST,
              show_default=True, help="training/sets.toml: the labelled sets and their packs")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=MODEL_DIR / "heads.npz",
              show_default=True, help="where to write the heads (.npz, with a .json beside it)")
@click.option("--version", "version", default="heads-11", show_default=True, help="the model version recorded "
              "on every finding the heads make")
@click.option("--precision-target", type=float, default=None, help="the precision (rules OR head) each "
              "threshold is chosen for [default: 0.85]; 0 chooses the threshold for F1 alone, as heads-1 did")
@click.option("--quick", is_flag=True, help="one C per rule instead of a grid (faster, for trying things)")
def train_command(manifest: Path, out: Path, version: str, precision_target: float | None, quick: bool) -> None:
    """Fit one calibrated head per text rule on the training corpus (needs the 'learn' extra).

    Every post gets a score from a head that never saw its bundle (leave one bundle out);
    those scores choose C, fit the calibration and choose each rule's threshold for a precision
    target (rules OR head). The printed figures are those out-of-fold scores, then the same
    with calibration and threshold chosen without the judged bundle (nested), and leaving one
    organisation out."""
    sets = read_manifest(manifest)
    for labelled in sets:
        reason = evaluation_data(labelled.bundle)
        if reason:
            raise Failure(f"{labelled.bundle}: {reason}")
    out.parent.mkdir(parents=True, exist_ok=True)  # before minutes of fitting, not after
    try:
        from auditors.learned.fit import C_GRID, PRECISION_TARGET, fit_heads  # the 'learn' extra: scikit-learn
    except ImportError:
        raise Failure("training needs scikit-learn: pip install 'socialaudit[learn]'") from None
    examples, org_of = [], {}
    for labelled in sets:
        org_of[labelled.name] = str(registry.load_policy(labelled.policy_ref).organisation.get("name", labelled.name))
        before = len(examples)
        examples += [ex for _, ex in examples_of(labelled)]
        click.echo(f"{labelled.name}: {len(examples) - before} labelled posts", err=True)
    encoder = StaticEncoder(MODEL_DIR)
    click.echo(f"fitting {len(HEAD_RULES)} heads on {len(examples)} posts from {len(sets)} sets "
               "(scores are leave-one-bundle-out)", err=True)
    heads, scores = fit_heads(encoder, examples, HEAD_RULES, version, grid=C_GRID[1:2] if quick else C_GRID,
                              progress=lambda line: click.echo(line, err=True), org_of=org_of,
                              target=PRECISION_TARGET if precision_target is None else (precision_target or None))
    heads.save(out)
    click.echo(_table(scores))
    click.echo(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB), version {version}")


def evaluation_data(bundle: Path) -> str:
    """Why a bundle may not be trained on, or "": the frozen test (an `eval` folder) and the
    public evaluation datasets (`shared/datasets`), wherever the manifest points."""
    parts = bundle.resolve().parts
    if "eval" in parts:
        return "the frozen evaluation set is never training data"
    if any(a == "shared" and b == "datasets" for a, b in zip(parts, parts[1:])):
        return "the public datasets are evaluation sets whose licences forbid training"
    return ""


def _table(scores) -> str:
    rows = ["| rule | posts | positives | rules P/R/F1 | head P/R/F1 | rules or head P/R/F1 | threshold "
            "| nested P/R/F1 | leave-one-org-out P/R/F1 |",
            "|---|---|---|---|---|---|---|---|---|"]
    f1s, nested, by_org = [], [], []
    for rule, s in scores.items():
        f1s.append(s.combined["f1"])
        nested.append(s.nested.get("f1", 0.0))
        by_org.append(s.by_org.get("f1", 0.0))
        rows.append(f"| {rule} | {s.n} | {s.positives} | " + " | ".join(
            f"{d['p']:.2f}/{d['r']:.2f}/{d['f1']:.2f}" for d in (s.rules, s.head, s.combined))
            + f" | {s.threshold:.3f} | " + " | ".join(
            f"{d['p']:.2f}/{d['r']:.2f}/{d['f1']:.2f}" if d else "-" for d in (s.nested, s.by_org)) + " |")
    n = len(f1s)
    rows.append(f"\nmacro-F1 (rules or head), out of fold: {sum(f1s) / n:.3f}; nested (threshold chosen "
                f"without the judged bundle): {sum(nested) / n:.3f}; leave one organisation out: {sum(by_org) / n:.3f}")
    return "\n".join(rows)
