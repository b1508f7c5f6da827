"""Fitting the heads (scikit-learn; only `socialaudit train` and `socialaudit learn` import this).

For each text rule, on the posts labelled for it:
1. C is chosen from a small grid by average precision over three folds split by group (a
   group is one bundle, or one organisation's decisions); then leave-one-group-out gives
   every post a score from a head that never saw its group;
2. a Platt sigmoid is fitted on those out-of-fold scores: its output is the confidence;
3. the threshold is chosen for a precision target on what the product reports — the rule's
   own findings OR the head above the threshold — on the out-of-fold probabilities: the best
   F1 among the thresholds whose precision reaches PRECISION_TARGET, or, where none does,
   among those that keep at least the rules' own precision (the head then adds only what
   does not dilute the rule), else the most precise;
4. the head is refitted on every labelled post.
The out-of-fold figures are returned, so the training command prints honest scores. Beside
them, `nested` scores each group with a calibration and threshold chosen on the other groups
only (the honest figure for the threshold procedure itself), and, when the examples carry
organisations, the same again leaving one organisation out.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from joblib import Parallel, delayed
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

from auditors.learned.encoder import StaticEncoder
from auditors.learned.examples import Example
from auditors.learned.heads import Heads

C_GRID = (10.0, 30.0, 100.0)
PRECISION_TARGET = 0.85


@dataclass
class RuleScore:
    """Out-of-fold figures for one rule: the head alone, the rules alone, and both."""
    n: int
    positives: int
    C: float
    threshold: float
    average_precision: float
    head: dict[str, float]
    rules: dict[str, float]
    combined: dict[str, float]
    nested: dict[str, float] = field(default_factory=dict)
    by_org: dict[str, float] = field(default_factory=dict)


def prf(y: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    tp = int((predicted & (y == 1)).sum())
    fp = int((predicted & (y == 0)).sum())
    fn = int((~predicted & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def best_threshold(y: np.ndarray, prob: np.ndarray, fired: np.ndarray,
                   target: float | None = PRECISION_TARGET) -> float:
    """The threshold for (rule fired OR prob >= threshold): the best F1 among the thresholds whose
    precision reaches `target`; where none does, among those no less precise than the rules alone;
    where none is, the most precise. `target=None` maximises F1 alone."""
    candidates = np.unique(np.round(prob[~fired], 4)) if (~fired).any() else np.array([1.0])
    candidates = np.append(candidates[::max(1, len(candidates) // 400)], 1.0 + 1e-6)
    rows = [(float(t), prf(y, fired | (prob >= t))) for t in candidates]
    if target is None:
        return max(rows, key=lambda r: (r[1]["f1"], r[0]))[0]
    floor = prf(y, fired)["p"] if fired.any() else 0.0
    for bar in (target, floor):
        feasible = [r for r in rows if r[1]["p"] >= bar and r[1]["tp"] > 0]
        if feasible:
            return max(feasible, key=lambda r: (r[1]["f1"], r[0]))[0]
    return max(rows, key=lambda r: (r[1]["p"], r[0]))[0]


def _platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    if len(set(y)) < 2:
        return 1.0, 0.0
    platt = LogisticRegression(C=1e6).fit(scores[:, None], y)
    return float(platt.coef_[0, 0]), float(platt.intercept_[0])


def _sigmoid(scores: np.ndarray, slope: float, intercept: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(scores * slope + intercept)))


def nested_scores(y: np.ndarray, oof: np.ndarray, fired: np.ndarray, groups: np.ndarray,
                  target: float | None = PRECISION_TARGET) -> dict[str, float]:
    """P/R/F1 of rules OR head when each group is judged with a calibration and threshold chosen
    on the other groups' out-of-fold scores alone."""
    predicted = np.zeros(len(y), bool)
    for g in np.unique(groups):
        held, rest = groups == g, groups != g
        slope, intercept = _platt(oof[rest], y[rest])
        t = best_threshold(y[rest], _sigmoid(oof[rest], slope, intercept), fired[rest], target)
        predicted[held] = fired[held] | (_sigmoid(oof[held], slope, intercept) >= t)
    return prf(y, predicted)


def _head(X, y, C: float) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(X, y)


def design(encoder: StaticEncoder, examples: Sequence[Example], vectoriser: TfidfVectorizer | None = None):
    """The design matrix [embedding ‖ flags ‖ TF-IDF of WordPiece uni+bigrams]."""
    ids = encoder.token_ids([e.text for e in examples])
    words = [" ".join(f"t{i}" for i in row) for row in ids]
    if vectoriser is None:
        vectoriser = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2), min_df=2,
                                     sublinear_tf=True)
        pieces = vectoriser.fit_transform(words)
    else:
        pieces = vectoriser.transform(words)
    flags = np.array([e.flags for e in examples], np.float32)
    X = sparse.hstack([encoder.embed_ids(ids), flags, pieces]).tocsr()
    return X, vectoriser


def _piece_keys(vectoriser: TfidfVectorizer, vocab_size: int) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's 't12' / 't12 t34' features as sorted int keys (see Heads.piece_logits)."""
    keys, cols = [], []
    for name, col in vectoriser.vocabulary_.items():
        ids = [int(t[1:]) for t in name.split(" ")]
        keys.append(ids[0] if len(ids) == 1 else vocab_size + ids[0] * vocab_size + ids[1])
        cols.append(col)
    order = np.argsort(keys)
    return np.array(keys, np.int64)[order], np.array(cols)[order]


def _fold_scores(X, y: np.ndarray, train: np.ndarray, held: np.ndarray, C: float) -> np.ndarray:
    if len(set(y[train])) < 2:
        return np.zeros(len(held))
    return _head(X[train], y[train], C).decision_function(X[held])


def _out_of_fold(X, y: np.ndarray, folds, C: float) -> np.ndarray:
    """Each held-out fold scored by a head fitted on the others (folds fitted on every core)."""
    oof = np.zeros(len(y))
    scores = Parallel(n_jobs=min(len(folds), os.cpu_count() or 1))(
        delayed(_fold_scores)(X, y, train, held, C) for train, held in folds)
    for (_, held), s in zip(folds, scores):
        oof[held] = s
    return oof


def choose_c(X, y: np.ndarray, groups: np.ndarray, grid: Sequence[float]) -> tuple[float, float]:
    """(C, average precision) of the best C over three group folds."""
    if len(grid) == 1 or len(set(groups)) < 3 or not y.any():
        return grid[0], 0.0
    folds = list(GroupKFold(n_splits=3).split(X, y, groups))
    scored = [(average_precision_score(y, _out_of_fold(X, y, folds, C)), C) for C in grid]
    ap, C = max(scored)
    return C, float(ap)


def fit_rule(X, y: np.ndarray, groups: np.ndarray, fired: np.ndarray, grid: Sequence[float] = C_GRID,
             orgs: np.ndarray | None = None, target: float | None = PRECISION_TARGET):
    """(final head, Platt (slope, intercept), RuleScore) for one rule."""
    C, _ = choose_c(X, y, groups, grid)
    slope, intercept, ap = 1.0, 0.0, 0.0
    oof = np.zeros(len(y))
    nested, by_org = {}, {}
    if len(set(groups)) > 1:
        oof = _out_of_fold(X, y, list(LeaveOneGroupOut().split(X, y, groups)), C)
        slope, intercept = _platt(oof, y)
        ap = float(average_precision_score(y, oof)) if y.any() else 0.0
        nested = nested_scores(y, oof, fired, groups, target)
    if orgs is not None and len(set(orgs)) > 2:
        org_oof = _out_of_fold(X, y, list(LeaveOneGroupOut().split(X, y, orgs)), C)
        by_org = nested_scores(y, org_oof, fired, orgs, target)
    prob = _sigmoid(oof, slope, intercept)
    threshold = best_threshold(y, prob, fired, target)
    score = RuleScore(n=len(y), positives=int(y.sum()), C=C, threshold=round(threshold, 4),
                      average_precision=round(ap, 3), head=prf(y, prob >= threshold),
                      rules=prf(y, fired), combined=prf(y, fired | (prob >= threshold)),
                      nested=nested, by_org=by_org)
    return _head(X, y, C), (slope, intercept), score


def fit_heads(encoder: StaticEncoder, examples: Sequence[Example], rules: Sequence[str], version: str,
              grid: Sequence[float] = C_GRID, progress=print,
              org_of: dict[str, str] | None = None,
              target: float | None = PRECISION_TARGET) -> tuple[Heads, dict[str, RuleScore]]:
    """Heads for `rules` from labelled examples, and their out-of-fold scores (`org_of` maps a
    group to its organisation, for the leave-one-organisation-out figures)."""
    X, vectoriser = design(encoder, examples)
    keys, cols = _piece_keys(vectoriser, encoder.vocab_size)
    groups = np.array([e.group for e in examples])
    dim, n_flags = encoder.dim, len(examples[0].flags)
    weights, bias, platt, thresholds, scores = [], [], [], [], {}
    for rule in rules:
        rows = np.array([i for i, e in enumerate(examples) if e.labels.get(rule) is not None])
        y = np.array([examples[i].labels[rule] for i in rows])
        fired = np.array([examples[i].rule_fired.get(rule, False) for i in rows], bool)
        orgs = np.array([org_of[g] for g in groups[rows]]) if org_of else None
        head, (slope, intercept), score = fit_rule(X[rows], y, groups[rows], fired, grid, orgs, target)
        weights.append(head.coef_[0])
        bias.append(head.intercept_[0])
        platt.append([slope, intercept])
        thresholds.append(score.threshold)
        scores[rule] = score
        progress(f"  {rule:24} n={score.n:5} positives={score.positives:4} C={score.C:g} "
                 f"head F1={score.head['f1']:.3f} rules F1={score.rules['f1']:.3f} "
                 f"both F1={score.combined['f1']:.3f} P={score.combined['p']:.3f} t={score.threshold:.3f}")
    W = np.array(weights, np.float32)
    info = {"version": version, "encoder": "static-256", "rules": list(rules),
            "trained_on": sorted(set(groups)), "posts": len(examples),
            "precision_target": target,
            "out_of_fold": {r: vars(s) for r, s in scores.items()}}
    heads = Heads(version=version, rules=list(rules), w_embedding=W[:, :dim].T.copy(),
                  w_flags=W[:, dim:dim + n_flags].T.copy(),
                  w_pieces=W[:, dim + n_flags:][:, cols].T.astype(np.float16).astype(np.float32),
                  piece_keys=keys, piece_idf=vectoriser.idf_[cols].astype(np.float32),
                  bias=np.array(bias, np.float32), platt=np.array(platt, np.float32),
                  thresholds=np.array(thresholds, np.float32), vocab_size=encoder.vocab_size, info=info)
    return heads, scores
