"""The learned layer: heads fitted with scikit-learn score the same with numpy alone, and a
confident head adds a finding only where the rule found nothing, as the pack allows."""
from __future__ import annotations

import numpy as np
import pytest

from auditors.learned.heads import Heads
from auditors.learned.layer import LearnedLayer
from auditors.registry import load_policy
from socialaudit.core.model import Post

pytest.importorskip("sklearn", reason="fitting heads needs the 'learn' extra (scikit-learn)")
from auditors.learned.fit import design  # noqa: E402


def test_numpy_scores_match_scikit_learn(encoder, fitted):
    from sklearn.linear_model import LogisticRegression
    heads, _, data = fitted
    X, _ = design(encoder, data)
    y = np.array([e.labels["criticism"] for e in data])
    reference = LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000).fit(X, y).decision_function(X)
    ids = encoder.token_ids([e.text for e in data])
    ours = heads.logits(encoder.embed_ids(ids), np.zeros((len(data), 4), np.float32), ids)[:, 0]
    assert np.abs(ours - reference).max() < 5e-3


def test_scores_are_reported_out_of_fold(fitted):
    _, scores, _ = fitted
    s = scores["criticism"]
    assert s.n == 48 and s.positives == 24 and 0.0 <= s.combined["f1"] <= 1.0


def test_heads_survive_a_round_trip_through_bytes(fitted, tmp_path):
    heads, _, _ = fitted
    again = Heads.from_bytes(heads.to_bytes(), heads.info)
    heads.save(tmp_path / "h.npz")
    loaded = Heads.load(tmp_path / "h.npz")
    for other in (again, loaded):
        assert other.rules == heads.rules and other.version == "test-1"
        assert np.allclose(other.w_embedding, heads.w_embedding) and np.allclose(other.thresholds, heads.thresholds)


def post(text: str) -> Post:
    return Post(id="x:1", account_id="x:@v", platform="x", text=text)


def layer_with(heads: Heads, encoder, extra: str = "", threshold: float = 0.5) -> LearnedLayer:
    heads.thresholds[:] = threshold
    return LearnedLayer(heads, encoder, load_policy("twins-trust-fcs") if not extra else extra)


def test_a_confident_head_adds_a_finding_with_its_version_and_the_words_that_drove_it(fitted, encoder):
    heads, _, _ = fitted
    layer = layer_with(heads, encoder)
    text = "the coordinators are useless and management is a joke"
    [[finding]] = layer.findings([(post(text), None)], [set()])
    assert finding.rule == "criticism" and finding.model == "test-1" and finding.confidence >= 0.5
    assert finding.evidence and all(e.field == "text" for e in finding.evidence)
    words = {text[e.start:e.end] for e in finding.evidence}
    assert words & {"useless", "joke", "coordinators", "management"}
    assert any("test-1" in line for line in finding.explanation)


def test_no_finding_where_the_rule_already_fired(fitted, encoder):
    heads, _, _ = fitted
    layer = layer_with(heads, encoder)
    assert layer.findings([(post("the coordinators are useless, a joke"), None)], [{"criticism"}]) == [[]]


def test_a_calm_post_gets_nothing(fitted, encoder):
    heads, _, _ = fitted
    assert layer_with(heads, encoder).findings([(post("lovely walk by the river"), None)], [set()]) == [[]]


def test_the_pack_can_switch_a_head_off(fitted, encoder, tmp_path):
    heads, _, _ = fitted
    text = "the coordinators are useless and management is a joke"
    path = tmp_path / "p.toml"
    path.write_text('extends = "twins-trust-fcs"\n[rules.criticism]\nlearned = false\n')
    assert LearnedLayer(heads, encoder, load_policy(str(path))).findings([(post(text), None)], [set()]) == [[]]


def test_the_pack_threshold_overrides_the_models(fitted, encoder, tmp_path):
    heads, _, _ = fitted
    heads.thresholds[:] = 0.0
    text = "the team leaders were a bit slow to reply"
    p = float(LearnedLayer(heads, encoder, load_policy("twins-trust-fcs")).probabilities([(post(text), None)])[0, 0])
    assert 0.0 < p < 1.0
    path = tmp_path / "p.toml"
    for threshold, fires in ((p / 2, True), ((p + 1) / 2, False)):
        path.write_text(f'extends = "twins-trust-fcs"\n[rules.criticism]\nlearned_threshold = {threshold}\n')
        found = LearnedLayer(heads, encoder, load_policy(str(path))).findings([(post(text), None)], [set()])
        assert bool(found[0]) is fires


def test_the_pack_can_switch_the_whole_layer_off(tmp_path):
    from auditors.learned.builtin import layer_for
    path = tmp_path / "p.toml"
    path.write_text('extends = "twins-trust-fcs"\n[learned]\nenabled = false\n')
    assert layer_for(load_policy(str(path))) is None
