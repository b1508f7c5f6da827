"""The model shipped in model/: the encoder and the heads trained by `socialaudit train`,
loaded once per process and shared by every policy."""
from __future__ import annotations

from functools import lru_cache

from auditors.learned import MODEL_DIR
from auditors.learned.encoder import StaticEncoder
from auditors.learned.heads import Heads
from auditors.learned.layer import LearnedLayer
from socialaudit.core.policy import Policy

HEADS = MODEL_DIR / "heads.npz"


@lru_cache(maxsize=1)
def encoder() -> StaticEncoder:
    return StaticEncoder(MODEL_DIR)


@lru_cache(maxsize=1)
def shipped_heads() -> Heads | None:
    return Heads.load(HEADS) if HEADS.exists() else None


def layer_for(policy: Policy, heads: Heads | None = None) -> LearnedLayer | None:
    """The learned layer for a policy: the given heads (an organisation's refit) or the
    shipped ones; None when the pack switches the layer off or no heads exist."""
    heads = heads or shipped_heads()
    if heads is None or not policy.learned_enabled:
        return None
    return LearnedLayer(heads, encoder(), policy)
