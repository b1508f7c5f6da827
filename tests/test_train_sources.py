"""`socialaudit train` refuses evaluation data, wherever its manifest points."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from socialaudit.app.cli import main
from socialaudit.app.learning import read_manifest


def _manifest(root, folder):
    base = root / folder
    (base / "data" / "one").mkdir(parents=True)
    (base / "sets.toml").write_text('[sets.one]\npack = "twins-trust-fcs"\n')
    return base / "sets.toml"


@pytest.mark.parametrize("folder, reason", [
    ("eval/frozen", "the frozen evaluation set is never training data"),
    ("shared/datasets/airline", "licences forbid training"),
])
def test_train_refuses_evaluation_data(tmp_path, folder, reason):
    manifest = _manifest(tmp_path, folder)
    result = CliRunner().invoke(main, ["train", "--manifest", str(manifest), "--out", str(tmp_path / "h.npz")])
    assert result.exit_code == 2
    assert reason in result.output
    assert not (tmp_path / "h.npz").exists()


def test_a_manifest_set_may_name_its_own_folder(tmp_path):
    (tmp_path / "sets.toml").write_text('[sets.one]\npack = "twins-trust-fcs"\n'
                                        '[sets.two]\nfolder = "retired/two/twins"\npack = "twins-trust-fcs"\n')
    one, two = read_manifest(tmp_path / "sets.toml")
    assert one.bundle == tmp_path / "data" / "one" / "bundle.jsonl"
    assert two.bundle == tmp_path / "retired" / "two" / "twins" / "bundle.jsonl"
    assert two.labels == tmp_path / "retired" / "two" / "twins" / "labels.jsonl"


def test_the_shipped_manifest_names_no_evaluation_data():
    from socialaudit.app.commands.train import DEFAULT_MANIFEST, evaluation_data
    sets = read_manifest(DEFAULT_MANIFEST)
    assert all(s.bundle.exists() and s.labels.exists() for s in sets)
    assert not [s.name for s in sets if evaluation_data(s.bundle)]
