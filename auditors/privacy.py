"""The last line of defence for excerpts: whatever the rules found, an excerpt
that leaves the pipeline hides every specific place the gazetteer and street,
postcode and institution patterns recognise, every precise location written in
the text (a house number and street, coordinates, a what3words address, a
postcode in any case), and the capitalised words that follow a masked first
name (a surname). Applied only when an excerpt is rendered, so it costs nothing
on posts without findings."""
from __future__ import annotations

import re

from auditors.context import PostContext
from auditors.nlp.names import is_first_name, normalise
from auditors.nlp.places import Place, PlaceFinder, PlaceWords, gazetteer
from auditors.nlp.surnames import family_surnames
from auditors.prepared import Prepared
from socialaudit.core.redact import Span

_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][a-z'’\-]+)")
HIDDEN_KINDS = frozenset({"postcode", "street", "institution", "estate", "home", "town", "place", "venue", "point"})


def place_finder(prepared: Prepared) -> PlaceFinder:
    """The policy's place finder (the pack's words, the location rule's extra towns), one per
    policy: the location rule and the excerpts' safety net find the same places."""
    def build() -> PlaceFinder:
        w = prepared.words
        rule = prepared.rule("location-disclosure")
        words = PlaceWords(tuple(w("street_suffixes")), tuple(w("institution_suffixes")),
                           tuple(w("institution_after")), tuple(w("estate_after")), tuple(w("not_places")),
                           tuple(w("residence_verbs")), tuple(w("residence_nouns")),
                           tuple(w("institution_prefixes")))
        return PlaceFinder(words, gazetteer(extra_towns=tuple(rule.param("extra_towns", ())),
                                            extra_coarse=tuple(rule.param("extra_coarse", ()))))
    return prepared.memo("place_finder", build)


_PLACES = "places"  # the per-post cache key of the places found, per field


def places_in(ctx: PostContext, field: str, text: str) -> list[Place]:
    """The places in one text field of the post, found once per post: a rule that reads them
    leaves them in the post's cache, and the excerpts of its findings reuse them."""
    found: dict[str, list[Place]] = ctx.cache.setdefault(_PLACES, {})
    if field not in found:
        found[field] = place_finder(ctx.prepared).find(text)
    return found[field]


def places_found(cache: dict) -> dict[str, list[Place]]:
    """Per field, the places `places_in` found in a post (from the post's cache)."""
    return cache.get(_PLACES, {})


def place_masks(prepared: Prepared, text: str, places: list[Place] | None = None) -> list[Span]:
    """`places`: what `place_finder` finds in `text`, when a rule found it already."""
    finder = place_finder(prepared)
    places = finder.find(text) if places is None else places
    found = [(p.start, p.end, "place") for p in places if p.kind in HIDDEN_KINDS]
    return found + _gazetteer_towns(finder.gaz, text)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+(?:upon|on|under|le|by)?[ \t]*[A-Z][\w'’\-]*)*")


def _gazetteer_towns(gaz, text: str) -> list[Span]:
    """Any capitalised run (or word of it) that the gazetteer knows as a specific town."""
    out: list[Span] = []
    for m in _CAPITALISED_RUN.finditer(text):
        if gaz.kind(m.group(0)) == "town":
            out.append((m.start(), m.end(), "place"))
            continue
        for w in re.finditer(r"[A-Z][\w'’\-]+", m.group(0)):
            if len(w.group(0)) > 3 and gaz.kind(w.group(0)) == "town":
                out.append((m.start() + w.start(), m.start() + w.end(), "place"))
    return out


def surname_masks(text: str, masks: list[Span]) -> list[Span]:
    """A capitalised word right after a masked name is hidden too ("Isla Thompson")."""
    out = []
    for _s, e, kind in masks:
        if kind != "name":
            continue
        m = _NEXT_CAPITAL.match(text, e)
        if m:
            out.append((m.start(1), m.end(1), "name"))
    return out


_WORD = re.compile(r"[A-Z][A-Za-z'’\-]{2,}")


def lexicon_masks(prepared: Prepared, text: str) -> list[Span]:
    """Capitalised (or shouted) words that are first names in the shipped lexicon and not
    everyday words: an excerpt would rather hide a colleague's name than show a child's."""
    common = prepared.memo("privacy_common_words", lambda: frozenset(
        w.lower() for w in [*prepared.words("name_stopwords"), *prepared.words("name_words")]))
    out: list[Span] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.endswith(("'s", "’s", "'S", "’S")):
            word = word[:-2]
        word = word.rstrip("'’")
        key = normalise(word)
        if key not in common and is_first_name(key):
            out.append((m.start(), m.start() + len(word), "name"))
    return out


def household_masks(prepared: Prepared, text: str) -> list[Span]:
    """A family named by its surname in the plural ("the Nowaks", `auditors.nlp.surnames`)."""
    return [(s.start, s.end, "name") for s in family_surnames(text, place_finder(prepared).gaz)]


def safe_masks(prepared: Prepared, text: str, masks: list[Span], places: list[Place] | None = None) -> list[Span]:
    """The rules' masks plus the safety net's (`places`: see `place_masks`)."""
    return [*masks, *surname_masks(text, masks), *place_masks(prepared, text, places), *lexicon_masks(prepared, text),
            *household_masks(prepared, text)]
