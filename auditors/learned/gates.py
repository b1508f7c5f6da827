"""What a head's finding must be able to point at.

A learned head scores the post as a whole, and the words that weigh most for
location-disclosure are often the circumstances around a family (a hospital stay, a
move, the police at the door), not a place. So a location-disclosure finding from the
head needs a place the place finder can show (`auditors.nlp.places`: a street, a
postcode, an institution, a home, a town or another name after "in"/"at"); the place
becomes the finding's highlighted, masked evidence. Out of fold on the training corpus
(21 bundles), four in five of the head's false alarms named no place, against one in
four of its true finds; with the threshold chosen again for the gated scores, rules OR
head reached the same F1 (0.748 against 0.747) at the same precision target.

Training applies the same gate (`Example.gates`), so each threshold is chosen for the
decisions the product makes.
"""
from __future__ import annotations

from typing import Callable

from auditors.nlp.places import Place
from auditors.prepared import Prepared
from auditors.privacy import place_finder
from socialaudit.core.model import Post

Evidence = tuple[str, Place]  # (field, place)


def first_place(post: Post, prepared: Prepared) -> Evidence | None:
    """The first place named in the post's text or alt texts, with its field."""
    finder = place_finder(prepared)
    fields = [("text", post.text or "")] + [(f"media[{i}].alt_text", m.alt_text) for i, m in enumerate(post.media)
                                             if m.alt_text]
    for field, text in fields:
        found = finder.find(text) if text else []
        if found:
            return field, found[0]
    return None


GATES: dict[str, Callable[[Post, Prepared], Evidence | None]] = {"location-disclosure": first_place}


def gates_of(post: Post, prepared: Prepared) -> dict[str, bool]:
    """For training: whether each gated rule's head could report on this post."""
    return {rule: gate(post, prepared) is not None for rule, gate in GATES.items()}
