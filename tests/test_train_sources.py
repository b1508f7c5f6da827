"""`socialaudit train` refuses evaluation data, wherever its manifest points."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from socialaudit.app.cli import main


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
