"""Refitting heads from an organisation's reviewers' decisions (`socialaudit learn`; the
'learn' extra, for scipy). Each head is refitted by logistic regression anchored to its
current weights, so a few dozen decisions correct it where it is wrong without
forgetting what the training corpus taught it."""
from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from auditors.learned.encoder import StaticEncoder
from auditors.learned.examples import Example
from auditors.learned.heads import Heads


def heads_design(heads: Heads, encoder: StaticEncoder, examples: Sequence[Example]):
    """The design matrix a shipped model sees: [embedding ‖ flags ‖ its own TF-IDF features]."""
    ids = encoder.token_ids([e.text for e in examples])
    r, c, value = heads.piece_cells(ids)
    pieces = sparse.csr_matrix((value, (r, c)), shape=(len(examples), len(heads.piece_keys)))
    flag_rows = np.array([e.flags for e in examples], np.float32)
    return sparse.hstack([encoder.embed_ids(ids), flag_rows, pieces]).tocsr()


def _anchored_fit(X, y: np.ndarray, w0: np.ndarray, b0: float, strength: float) -> tuple[np.ndarray, float]:
    """Logistic regression pulled towards the shipped weights: minimise the (class-balanced)
    log loss on the decisions plus strength/2 * ||w - w0||^2. A few dozen decisions move
    the head where they disagree with it and leave the rest of what it learned alone."""
    balance = np.where(y == 1, len(y) / (2 * max(1, y.sum())), len(y) / (2 * max(1, len(y) - y.sum())))

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = X @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -np.sum(balance * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        diff = w - w0
        value += 0.5 * strength * (diff @ diff + (b - b0) ** 2)
        residual = balance * (p - y)
        grad_w = X.T @ residual + strength * diff
        grad_b = residual.sum() + strength * (b - b0)
        return float(value), np.append(grad_w, grad_b)

    result = minimize(loss, np.append(w0, b0), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return result.x[:-1], float(result.x[-1])


def refit_heads(heads: Heads, encoder: StaticEncoder, examples: Sequence[Example], version: str,
                strength: float = 1.0, min_per_rule: int = 20) -> tuple[Heads, dict[str, int]]:
    """New heads, each rule with at least `min_per_rule` decisions of both kinds refitted
    towards them (anchored to the current weights); the others unchanged. Returns the
    heads and the number of decisions each refitted rule used."""
    X = heads_design(heads, encoder, examples)
    dim, n_flags = heads.w_embedding.shape[0], heads.w_flags.shape[0]
    new = Heads.from_bytes(heads.to_bytes(), {**heads.info, "version": version, "based_on": heads.version})
    used: dict[str, int] = {}
    for col, rule in enumerate(heads.rules):
        rows = np.array([i for i, e in enumerate(examples) if e.labels.get(rule) is not None], np.int64)
        y = np.array([examples[i].labels[rule] for i in rows], np.float64)
        if len(rows) < min_per_rule or y.min() == y.max():
            continue
        w0 = np.concatenate([heads.w_embedding[:, col], heads.w_flags[:, col], heads.w_pieces[:, col]])
        w, b = _anchored_fit(X[rows], y, w0.astype(np.float64), float(heads.bias[col]), strength)
        new.w_embedding[:, col] = w[:dim]
        new.w_flags[:, col] = w[dim:dim + n_flags]
        new.w_pieces[:, col] = w[dim + n_flags:]
        new.bias[col] = b
        used[rule] = len(rows)
    new.version = version
    return new, used
