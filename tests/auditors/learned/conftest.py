"""Toy heads for the learned-layer tests: a criticism head fitted on a few dozen posts."""
from __future__ import annotations

import pytest

from auditors.learned import MODEL_DIR
from auditors.learned.encoder import StaticEncoder
from auditors.learned.examples import Example

CRITICAL = ["the coordinators here are useless, nobody ever answers", "honestly the office is a shambles, again",
            "management couldn't organise a raffle, what a joke", "fed up of being ignored by the team leaders",
            "our manager is clueless and rude to volunteers", "the charity wastes money and treats us badly",
            "worst run organisation I've ever volunteered for", "staff don't care, they never reply to emails"]
NEUTRAL = ["lovely walk by the river this morning", "trains late again, typical monday", "made a lasagne tonight",
           "great turnout at the fun run, thank you all", "watching the football with my dad", "new shoes!!",
           "the weather is glorious today", "reading a good book in the garden"]


def examples(group: str) -> list[Example]:
    out = [Example(t, [0.0] * 4, group, {"criticism": 1}) for t in CRITICAL]
    return out + [Example(t, [0.0] * 4, group, {"criticism": 0}) for t in NEUTRAL]


@pytest.fixture(scope="session")
def encoder() -> StaticEncoder:
    return StaticEncoder(MODEL_DIR)


@pytest.fixture(scope="module")
def fitted(encoder):
    fit = pytest.importorskip("auditors.learned.fit", reason="fitting heads needs the 'learn' extra")
    data = examples("a") + examples("b") + examples("c")
    heads, scores = fit.fit_heads(encoder, data, ["criticism"], "test-1", grid=(10.0,), progress=lambda _: None)
    return heads, scores, data
