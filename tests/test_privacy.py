"""Excerpts never repeat a family's name or a precise place, whatever the rules matched."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.factories import account_dict, post_dict, prepared, write_bundle

LEAKY = [
    ("Visit with little Isla Thompson and her mum today, lovely walk round Valley Gardens in Harrogate #familycrisissupport",
     ["Isla", "Thompson", "Harrogate"]),
    ("My FCS family have been moved to temporary housing at 14 Elm Road, Kettering NN16 8AA. Mum is struggling.",
     ["Elm Road", "Kettering", "NN16 8AA"]),
    ("Our foster son Tyler Jones starts at St Mary's Primary School in Crewe tomorrow after his court hearing",
     ["Tyler", "Jones", "Crewe", "St Mary"]),
]


@pytest.mark.parametrize("text, secrets", LEAKY)
def test_json_excerpts_hide_names_and_places(tmp_path, text, secrets):
    policy = "childrens-family-trust" if "foster" in text else "twins-trust-fcs"
    bundle = write_bundle(tmp_path / "b.jsonl", [account_dict(), post_dict(text=text)])
    r = subprocess.run([sys.executable, "-m", "socialaudit", "audit", "--policy", policy, "--input", str(bundle),
                        "--format", "json"], capture_output=True, text=True)
    doc = json.loads(r.stdout)
    assert doc["findings"], "the post is a problem for at least one rule"
    excerpts = " | ".join(e["excerpt"] for f in doc["findings"] for e in f["evidence"])
    leaked = [s for s in secrets if s in excerpts]
    assert not leaked, (leaked, excerpts)


def test_surname_after_a_masked_first_name_is_masked():
    from auditors.privacy import surname_masks
    text = "with little Isla Thompson today"
    start = text.index("Isla")
    assert surname_masks(text, [(start, start + 4, "name")]) == [(text.index("Thompson"), text.index("Thompson") + 8, "name")]


@pytest.mark.parametrize("text, hidden, kept", [
    ("Child's drawing with 'LACEY' written across", "LACEY", "drawing"),
    ("Tomasz's twins are thriving", "Tomasz", "twins"),
    ("The Trust will help, May is busy", None, "The Trust will help"),
])
def test_lexicon_names_are_masked_but_everyday_words_are_not(text, hidden, kept):
    from auditors.privacy import lexicon_masks
    from auditors.registry import load_policy
    from socialaudit.core.redact import apply_masks
    out = apply_masks(text, lexicon_masks(prepared(load_policy("twins-trust-fcs")), text))
    assert kept in out
    if hidden:
        assert hidden not in out
