"""The learned layer at audit time: score a batch of posts with every head, and turn a
confident head into a finding where the rule itself found nothing.

The rules stay primary. A head adds a finding for a rule only when the pack enables
that rule and its head, the rule did not fire on the post, and the calibrated
probability reaches the threshold (the pack's `learned_threshold`, else the model's).
Its confidence is that probability. Its evidence is the words whose removal lowers the
score most (occlusion: the post re-scored without each word), so the excerpt shows what
drove the judgement and is masked like any other; its explanation names the model
version. Findings made this way carry `model`, the version that judged them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

import numpy as np

from auditors.context import Hit, make_finding
from auditors.learned.encoder import StaticEncoder
from auditors.learned.features import OrgFacts, compile_masks, feature_string, flags
from auditors.learned.heads import Heads
from socialaudit.core.model import Account, Finding, Media, Post
from socialaudit.core.policy import Policy

_WORD = re.compile(r"\S+")
MAX_OCCLUDED = 80   # words tried per field when explaining (long blog posts: the first 80)
TOP_WORDS = 3


class LearnedLayer:
    """The heads of one model version, ready for one policy."""

    def __init__(self, heads: Heads, encoder: StaticEncoder, policy: Policy):
        self.heads, self.encoder = heads, encoder
        self.subs = compile_masks(OrgFacts.from_policy(policy.organisation, policy.section("contacts")))
        self.active: list[tuple[int, str, float]] = []  # (head column, rule id, threshold)
        for col, rule in enumerate(heads.rules):
            if rule not in policy.rules:
                continue
            settings = policy.rule(rule)
            if settings.enabled and settings.learned:
                threshold = settings.learned_threshold
                self.active.append((col, rule, heads.thresholds[col] if threshold is None else threshold))
        self.settings = {rule: policy.rule(rule) for _, rule, _ in self.active}

    @property
    def version(self) -> str:
        return self.heads.version

    def logits(self, texts: Sequence[str], flag_rows: Sequence[Sequence[float]]) -> np.ndarray:
        ids = self.encoder.token_ids(texts)
        return self.heads.logits(self.encoder.embed_ids(ids), np.asarray(flag_rows, np.float32), ids)

    def probabilities(self, posts: Sequence[tuple[Post, Account | None]]) -> np.ndarray:
        """(posts, heads) calibrated probabilities."""
        if not posts:
            return np.zeros((0, len(self.heads.rules)), np.float32)
        texts = [feature_string(p, a, self.subs) for p, a in posts]
        return self.heads.calibrate(self.logits(texts, [flags(p, a) for p, a in posts]))

    def findings(self, posts: Sequence[tuple[Post, Account | None]],
                 fired: Sequence[set[str]]) -> list[list[Finding]]:
        """For each post, the findings its heads add (none where the rule already fired)."""
        if not self.active:
            return [[] for _ in posts]
        probs = self.probabilities(posts)
        out: list[list[Finding]] = []
        for (post, account), already, row in zip(posts, fired, probs):
            made = []
            for col, rule, threshold in self.active:
                if rule not in already and row[col] >= threshold:
                    made.append(self._finding(post, account, col, rule, float(row[col]), threshold))
            out.append(made)
        return out

    def _finding(self, post: Post, account: Account | None, col: int, rule: str, prob: float,
                 threshold: float) -> Finding:
        hits = self.explain(post, account, col)
        why = [f"learned judgement ({self.version}): {prob:.2f} against a threshold of {threshold:.2f}",
               "the highlighted words weighed most" if hits else "no single word decided it: the post as a whole"]
        finding = make_finding(self.settings[rule], post.id, "post", post.account_id, prob, hits, why, None, None)
        finding.model = self.version
        return finding

    def explain(self, post: Post, account: Account | None, col: int) -> list[Hit]:
        """The words whose removal lowers this head's logit most (at most three)."""
        variants, spans = [], []
        for field, text, rebuild in _fields(post):
            for m in list(_WORD.finditer(text))[:MAX_OCCLUDED]:
                variants.append(rebuild(text[:m.start()] + text[m.end():]))
                spans.append((field, m.start(), m.end()))
        if not variants:
            return []
        base = feature_string(post, account, self.subs)
        texts = [base] + [feature_string(v, account, self.subs) for v in variants]
        row = flags(post, account)
        logits = self.logits(texts, [row] * len(texts))[:, col]
        drops = logits[0] - logits[1:]
        best = [i for i in np.argsort(-drops)[:TOP_WORDS] if drops[i] > 0]
        return [Hit(field, start, end, "") for field, start, end in (spans[i] for i in sorted(best))]


def _fields(post: Post):
    """(field name, text, rebuild(new text) -> Post) for the text and each alt text."""
    if post.text:
        yield "text", post.text, lambda new: replace(post, text=new)
    for i, m in enumerate(post.media):
        if m.alt_text:
            yield f"media[{i}].alt_text", m.alt_text, _alt_rebuilder(post, i, m)


def _alt_rebuilder(post: Post, index: int, media: Media):
    def rebuild(new: str) -> Post:
        items = list(post.media)
        items[index] = replace(media, alt_text=new)
        return replace(post, media=items)
    return rebuild
