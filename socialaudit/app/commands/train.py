"""`socialaudit train`: rebuild the shipped heads of the learned layer from the training
corpus in the repository (training/), printing each rule's cross-validated scores.

It reads only the sets named in the manifest: never eval/ (the frozen test) and never
../shared/datasets (evaluation sets whose licences forbid training)."""
from __future__ import annotations

from pathlib import Path

import click

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
@click.option("--version", "version", default="heads-1", show_default=True, help="the model version recorded "
              "on every finding the heads make")
@click.option("--quick", is_flag=True, help="one C per rule instead of a grid (faster, for trying things)")
def train_command(manifest: Path, out: Path, version: str, quick: bool) -> None:
    """Fit one calibrated head per text rule on the training corpus (needs the 'learn' extra).

    Every post gets a score from a head that never saw its bundle (leave one bundle out);
    those scores choose C, fit the calibration and choose the threshold at which the rules
    OR the head report best. The printed figures are those out-of-fold scores."""
    sets = read_manifest(manifest)
    for labelled in sets:
        reason = evaluation_data(labelled.bundle)
        if reason:
            raise Failure(f"{labelled.bundle}: {reason}")
    try:
        from auditors.learned.fit import C_GRID, fit_heads  # the 'learn' extra: scikit-learn
    except ImportError:
        raise Failure("training needs scikit-learn: pip install 'socialaudit[learn]'") from None
    examples = []
    for labelled in sets:
        before = len(examples)
        examples += [ex for _, ex in examples_of(labelled)]
        click.echo(f"{labelled.name}: {len(examples) - before} labelled posts", err=True)
    encoder = StaticEncoder(MODEL_DIR)
    click.echo(f"fitting {len(HEAD_RULES)} heads on {len(examples)} posts from {len(sets)} sets "
               "(scores are leave-one-bundle-out)", err=True)
    heads, scores = fit_heads(encoder, examples, HEAD_RULES, version, grid=C_GRID[1:2] if quick else C_GRID,
                              progress=lambda line: click.echo(line, err=True))
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
    rows = ["| rule | posts | positives | rules P/R/F1 | head P/R/F1 | rules or head P/R/F1 | threshold |",
            "|---|---|---|---|---|---|---|"]
    f1s = []
    for rule, s in scores.items():
        f1s.append(s.combined["f1"])
        rows.append(f"| {rule} | {s.n} | {s.positives} | " + " | ".join(
            f"{d['p']:.2f}/{d['r']:.2f}/{d['f1']:.2f}" for d in (s.rules, s.head, s.combined))
            + f" | {s.threshold:.3f} |")
    rows.append(f"\nmacro-F1 (rules or head), out of fold: {sum(f1s) / len(f1s):.3f}")
    return "\n".join(rows)
