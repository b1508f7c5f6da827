#!/usr/bin/env python3
"""Rebuild first_names.txt and nicknames.csv from public name statistics.

    pip install names gender-guesser nicknames   # build-time only
    python socialaudit/data/names/build_lexicon.py

Nothing at run time downloads or imports these packages: the auditors read the
derived files committed beside this script (see README.md for sources and
licences).

A first name is kept when it is (a) in the 1990 US census first-name lists
shipped by `names`, (b) in gender-guesser's dictionary with any frequency in
Great Britain, Ireland or the USA, or a frequency of at least MIN_ELSEWHERE in
another country, or (c) in supplement.txt.
"""
from __future__ import annotations

import csv
import os
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_ELSEWHERE = 3  # gender-guesser's log scale: 3 ~ 1 in 8,000 people
ENGLISH = range(0, 3)  # great_britain, ireland, usa are the first three columns


def census_names() -> set[str]:
    import names
    folder = Path(os.path.dirname(names.__file__))
    out: set[str] = set()
    for f in ("dist.female.first", "dist.male.first"):
        out |= {line.split()[0].lower() for line in (folder / f).read_text().splitlines() if line.strip()}
    return out


def _frequencies(line: str) -> list[int]:
    # one hex digit per country from column 30; the line ends with a '$' marker
    return [int(ch, 16) if ch.strip() else 0 for ch in line[30:].rstrip("$ \n")]


def guesser_names() -> set[str]:
    import gender_guesser
    path = Path(os.path.dirname(gender_guesser.__file__)) / "data" / "nam_dict.txt"
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) < 31:
            continue
        freq = _frequencies(line)
        if any(freq[i] for i in ENGLISH if i < len(freq)) or max(freq, default=0) >= MIN_ELSEWHERE:
            name = line.split()[1]
            out |= {name.replace("+", r).lower() for r in ("", "-")}
    return out


def supplement() -> set[str]:
    lines = (HERE / "supplement.txt").read_text(encoding="utf-8").splitlines()
    return {s.strip().lower() for s in lines if s.strip() and not s.startswith("#")}


def _clean(name: str) -> str | None:
    name = unicodedata.normalize("NFC", name)
    if len(name) < 2 or not all(c.isalpha() or c in "-'" for c in name):
        return None
    return name


def write_first_names() -> int:
    every = census_names() | guesser_names() | supplement()
    kept = sorted({c for c in map(_clean, every) if c})
    header = "# Derived first-name lexicon; see README.md. Regenerate with build_lexicon.py.\n"
    (HERE / "first_names.txt").write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    return len(kept)


def write_nicknames() -> int:
    import nicknames
    src = Path(os.path.dirname(nicknames.__file__)) / "names.csv"
    rows = [(r["name1"], r["name2"]) for r in csv.DictReader(src.open())
            if r["relationship"] == "has_nickname"]
    with (HERE / "nicknames.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "nickname"])
        w.writerows(sorted(set(rows)))
    return len(rows)


if __name__ == "__main__":
    print(f"first_names.txt: {write_first_names()} names; nicknames.csv: {write_nicknames()} pairs")
