"""The learned layer at audit time: score a batch of posts with every head, and turn a
confident head into a finding where the rule itself found nothing.

The rules stay primary. A head adds a finding for a rule only when the pack enables
that rule and its head, the rule did not fire on the post, and the calibrated
probability reaches the threshold (the pack's `learned_threshold`, else the model's).
Its confidence is that probability. Its evidence is the three words whose removal lowers
the score most — computed in closed form from the head's weights, without re-scoring
the post (auditors.learned.explain) — so the excerpt shows what drove the judgement and
is masked like any other; its explanation names the model version. Findings made this
way carry `model`, the version that judged them.
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from auditors.context import Hit, make_finding
from auditors.learned.encoder import StaticEncoder
from auditors.learned.explain import TokenSpans, drops_many, traced_feature_string
from auditors.learned.features import OrgFacts, compile_masks, feature_parts, flags, mask_many
from auditors.learned.heads import Heads
from socialaudit.core.model import Account, Finding, Post
from socialaudit.core.policy import Policy

_WORD = re.compile(r"\S+")
TOP_WORDS = 3


class LearnedLayer:
    """The heads of one model version, ready for one policy."""

    def __init__(self, heads: Heads, encoder: StaticEncoder, policy: Policy):
        self.heads, self.encoder = heads, encoder
        self.spans = TokenSpans(encoder)
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
        texts = mask_many([" ".join(feature_parts(p, a)) for p, a in posts], self.subs)
        return self.heads.calibrate(self.logits(texts, [flags(p, a) for p, a in posts]))

    def findings(self, posts: Sequence[tuple[Post, Account | None]],
                 fired: Sequence[set[str]]) -> list[list[Finding]]:
        """For each post, the findings its heads add (none where the rule already fired)."""
        if not self.active:
            return [[] for _ in posts]
        probs = self.probabilities(posts)
        made = [(i, col, rule, float(probs[i, col]), threshold) for i, already in enumerate(fired)
                for col, rule, threshold in self.active if rule not in already and probs[i, col] >= threshold]
        hits = self.explain_many([(posts[i][0], posts[i][1], col) for i, col, _, _, _ in made])
        out: list[list[Finding]] = [[] for _ in posts]
        for (i, _, rule, prob, threshold), found in zip(made, hits):
            out[i].append(self._finding(posts[i][0], rule, prob, threshold, found))
        return out

    def _finding(self, post: Post, rule: str, prob: float, threshold: float, hits: list[Hit]) -> Finding:
        why = [f"learned judgement ({self.version}): {prob:.2f} against a threshold of {threshold:.2f}",
               "the highlighted words weighed most" if hits else "no single word decided it: the post as a whole"]
        finding = make_finding(self.settings[rule], post.id, "post", post.account_id, prob, hits, why, None, None)
        finding.model = self.version
        return finding

    def explain(self, post: Post, account: Account | None, col: int) -> list[Hit]:
        """The words whose removal lowers this head's logit most (at most three)."""
        return self.explain_many([(post, account, col)])[0]

    def explain_many(self, asks: Sequence[tuple[Post, Account | None, int]]) -> list[list[Hit]]:
        """`explain` for many (post, account, head): how much each word's removal lowers the
        head's logit, computed in closed form for all of them in one pass
        (auditors.learned.explain) rather than by re-scoring variants of each post."""
        traced, plans = [], []
        for post, account, _ in asks:
            parts = feature_parts(post, account)
            words, spans = _words(parts, post)
            traced.append(traced_feature_string(parts, spans, self.subs))
            plans.append(words)
        tokens = self.spans.tokens(traced)
        all_drops = drops_many(self.heads, self.encoder, [(ids, owners, len(words), col) for (ids, owners), words,
                                                          (_, _, col) in zip(tokens, plans, asks)])
        out = []
        for words, drops in zip(plans, all_drops):
            best = [i for i in np.argsort(-drops, kind="stable")[:TOP_WORDS] if drops[i] > 0]
            out.append([Hit(*words[i], "") for i in sorted(best)])
        return out


def _words(parts: list[str], post: Post) -> tuple[list[tuple[str, int, int]], list[tuple[int, int, int, int]]]:
    """Every word of the text and the alt texts as (field, start, end), and the characters of
    the feature parts each one owns as (word, part index, start, end): its own, and the
    "[alt]" marker before an alt text that is that word alone (feature_parts drops the
    marker of an empty alt text, so cutting the word cuts the marker too)."""
    words: list[tuple[str, int, int]] = []
    spans: list[tuple[int, int, int, int]] = []
    for field, index, text in _fields(parts, post):
        for m in _WORD.finditer(text):
            spans.append((len(words), index, m.start(), m.end()))
            if field != "text" and m.start() == 0 and m.end() == len(text):
                spans.append((len(words), index - 1, 0, len(parts[index - 1])))
            words.append((field, m.start(), m.end()))
    return words, spans


def _fields(parts: list[str], post: Post):
    """(field name, index of its text in the feature parts, text) for the text and each alt text."""
    index = len(parts) - 1 - 2 * sum(1 for m in post.media if m.alt_text)
    if post.text:
        yield "text", index, post.text
    for i, m in enumerate(post.media):
        if m.alt_text:
            index += 2
            yield f"media[{i}].alt_text", index, m.alt_text
