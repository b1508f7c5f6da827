"""The six text rules keep a floor on the held-out bundles (written apart from the dev corpus)."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from tests.factories import audit_records

HERE = Path(__file__).resolve().parent
BUNDLES = {"heldout-twins": "twins-trust-fcs", "heldout-cft": "childrens-family-trust"}
TEXT_RULES = ("name-leak", "sensitive-info", "criticism", "advice-to-family", "contact-details",
              "controversial-official")
MIN_F1 = 0.8
MIN_SUPPORT = 5


def _counts() -> dict[str, list[int]]:
    """(tp, fp, fn) per text rule over both bundles, unsure pairs skipped."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for bundle, policy in BUNDLES.items():
        records = [json.loads(line) for line in (HERE / f"{bundle}.jsonl").open(encoding="utf-8")]
        predicted = {(f.subject, f.rule) for f in audit_records(policy, records, only=TEXT_RULES)}
        for line in (HERE / f"{bundle}.labels.jsonl").open(encoding="utf-8"):
            label = json.loads(line)
            for rule in TEXT_RULES:
                if rule in label["unsure"]:
                    continue
                expected, got = rule in label["rules"], (label["subject"], rule) in predicted
                if expected or got:
                    counts[rule][0 if expected and got else 1 if got else 2] += 1
    return counts


@pytest.fixture(scope="module")
def counts() -> dict[str, list[int]]:
    return _counts()


@pytest.mark.parametrize("rule", TEXT_RULES)
def test_rule_keeps_its_f1_floor_on_the_held_out_bundles(counts, rule):
    tp, fp, fn = counts[rule]
    if tp + fn < MIN_SUPPORT:
        pytest.skip(f"{rule}: support {tp + fn} < {MIN_SUPPORT}")
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= MIN_F1, f"{rule}: F1 {f1:.2f} (tp={tp} fp={fp} fn={fn}) below {MIN_F1}"


def test_held_out_labels_cover_every_subject_of_their_bundle():
    for bundle in BUNDLES:
        ids = {json.loads(line)["id"] for line in (HERE / f"{bundle}.jsonl").open(encoding="utf-8")}
        labelled = {json.loads(line)["subject"] for line in (HERE / f"{bundle}.labels.jsonl").open(encoding="utf-8")}
        assert ids == labelled
