"""Policy pack files: reading, checking and merging the TOML (CONTRACT §5).

A pack is a TOML file. Every pack implicitly extends the built-in `base` pack,
which holds the generic English word lists; an organisation's pack adds its
names, contacts, hashtags and clauses, and may override any rule's settings. A
key given in an extending file replaces the inherited value for that key
(tables merge key by key; lists and scalars are replaced whole).

Each file is checked on its own before merging, so an error names the file and
the exact key: ``policy.toml: unknown key 'organisation.nmae'``. Which rules
exist, and which parameters each takes, come from the rules' own declarations
(`socialaudit.core.rules.RuleSpec`), handed in by the caller.
"""
from __future__ import annotations

import csv
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from socialaudit.core.errors import PolicyError
from socialaudit.core.rules import SEVERITIES, RuleSpec

BUILTIN_DIR = Path(str(resources.files("socialaudit") / "packs"))
BASE_PACK = "base"


# --- schema -----------------------------------------------------------------
# Types: str, bool, int, float, "path", "paths", "strs" (list of strings),
# "number" (int or float), "strmap" (table of string lists).

SCHEMA: dict[str, Any] = {
    "pack": {"id": str, "title": str, "source": str, "version": str, "description": str},
    "organisation": {
        "name": str, "aliases": "strs", "handles": "strs", "logos": "paths",
        "websites": "strs", "programme": str,
    },
    "names": {
        "register": "path", "staff": "strs", "authorised_case_studies": "strs",
        "public_figures": "strs", "nicknames": "strmap",
    },
    "contacts": {"phones": "strs", "emails": "strs", "websites": "strs", "retired": "strs",
                 "help_phrase": str},
    "hashtags": {"encouraged": "strs"},
    "disclaimer": {"phrases": "strs"},
    "vocabulary": "strmap",  # free table of named word lists, used by rules
    "review": {"grace_days": int, "retention_days": int, "help_text": str},
    "learned": {"enabled": bool},  # the learned text layer (auditors/learned), on by default
}
RULE_COMMON: dict[str, Any] = {
    "enabled": bool, "severity": str, "clause": str, "policy_text": str,
    "message": str, "advice": str, "min_confidence": "number",
    "learned": bool, "learned_threshold": "number",  # the rule's learned head: on/off, its threshold
}


def _type_ok(expected: Any, value: Any) -> bool:
    if expected is str:
        return isinstance(value, str)
    if expected is bool:
        return isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected in ("strs", "paths"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if expected == "path":
        return isinstance(value, str)
    if expected == "strmap":
        return isinstance(value, dict) and all(
            isinstance(v, list) and all(isinstance(s, str) for s in v) for v in value.values())
    return False


_TYPE_NAMES = {str: "a string", bool: "true or false", int: "a whole number", "number": "a number",
               "strs": "a list of strings", "paths": "a list of file paths", "path": "a file path",
               "strmap": "a table of string lists"}


def check_file(raw: dict, where: str, rules: Mapping[str, RuleSpec]) -> None:
    """Check one pack file on its own, so an error names the file and the exact key."""
    for key, value in raw.items():
        if key == "extends":
            if not isinstance(value, str):
                raise PolicyError(f"{where}: 'extends' must be {_TYPE_NAMES[str]}")
            continue
        if key == "rules":
            _check_rules(value, where, rules)
            continue
        spec = SCHEMA.get(key)
        if spec is None:
            raise PolicyError(f"{where}: unknown key '{key}'")
        if isinstance(spec, str):
            if not _type_ok(spec, value):
                raise PolicyError(f"{where}: '{key}' must be {_TYPE_NAMES[spec]}")
            continue
        if not isinstance(value, dict):
            raise PolicyError(f"{where}: '{key}' must be a table ([{key}])")
        for sub, v in value.items():
            if sub not in spec:
                raise PolicyError(f"{where}: unknown key '{key}.{sub}'")
            if not _type_ok(spec[sub], v):
                raise PolicyError(f"{where}: '{key}.{sub}' must be {_TYPE_NAMES[spec[sub]]}")


def _check_rules(table: Any, where: str, rules: Mapping[str, RuleSpec]) -> None:
    if not isinstance(table, dict):
        raise PolicyError(f"{where}: 'rules' must be a table of rule tables")
    for rule_id, conf in table.items():
        if rule_id not in rules:
            raise PolicyError(f"{where}: unknown rule 'rules.{rule_id}' (the rules are: "
                              f"{', '.join(sorted(rules))})")
        if not isinstance(conf, dict):
            raise PolicyError(f"{where}: 'rules.{rule_id}' must be a table")
        allowed = {**RULE_COMMON, **{k: p.type for k, p in rules[rule_id].params.items()}}
        for k, v in conf.items():
            if k not in allowed:
                raise PolicyError(f"{where}: unknown key 'rules.{rule_id}.{k}'")
            if not _type_ok(allowed[k], v):
                raise PolicyError(f"{where}: 'rules.{rule_id}.{k}' must be {_TYPE_NAMES[allowed[k]]}")
        sev = conf.get("severity")
        if sev is not None and sev not in SEVERITIES:
            raise PolicyError(f"{where}: 'rules.{rule_id}.severity' must be one of {', '.join(SEVERITIES)}")


# --- loading and merging ----------------------------------------------------

def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise PolicyError(f"{path}: policy file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise PolicyError(f"{path}: not valid TOML ({e})") from None
    except OSError as e:
        raise PolicyError(f"{path}: cannot be read ({e.strerror})") from None


def _resolve_paths(raw: dict, folder: Path) -> dict:
    """Make the file's relative paths absolute against the file's own folder (CONTRACT §5)."""
    for section, spec in SCHEMA.items():
        if not isinstance(spec, dict) or not isinstance(raw.get(section), dict):
            continue
        for key, typ in spec.items():
            v = raw[section].get(key)
            if typ == "path" and v:
                raw[section][key] = str((folder / v).resolve())
            elif typ == "paths" and v:
                raw[section][key] = [str((folder / p).resolve()) for p in v]
    return raw


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict) and k != "nicknames":
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def builtin_packs() -> list[str]:
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.toml") if p.stem != BASE_PACK)


def _locate(ref: str, relative_to: Path | None) -> Path:
    if ref.endswith(".toml") or "/" in ref or "\\" in ref:
        p = Path(ref)
        if not p.is_absolute() and relative_to is not None:
            p = relative_to / p
        return p
    builtin = BUILTIN_DIR / f"{ref}.toml"
    if not builtin.exists():
        raise PolicyError(f"unknown policy pack {ref!r}: built-in packs are "
                          f"{', '.join(builtin_packs())}, or give a path to a .toml file")
    return builtin


def load_raw(ref: str, rules: Mapping[str, RuleSpec], *, relative_to: Path | None = None,
             _seen: tuple[Path, ...] = ()) -> tuple[dict, list[Path]]:
    """Read a pack and everything it extends; return the merged raw dict and the files read."""
    path = _locate(ref, relative_to).resolve()
    if path in _seen:
        raise PolicyError(f"{path}: 'extends' loops back to itself")
    raw = _read_toml(path)
    check_file(raw, str(path), rules)
    raw = _resolve_paths(raw, path.parent)
    parent_ref = raw.pop("extends", None)
    if parent_ref is None and path != (BUILTIN_DIR / f"{BASE_PACK}.toml").resolve():
        parent_ref = BASE_PACK
    if parent_ref is None:
        return raw, [path]
    parent, files = load_raw(parent_ref, rules, relative_to=path.parent, _seen=(*_seen, path))
    merged = _merge(parent, raw)
    return merged, [*files, path]


def read_register(path: Path, on_name: Callable[[str], None]) -> int:
    """Feed each protected name in a register file to `on_name`; return how many.

    A register is one name per line, or a CSV with a 'name' column. The caller
    hashes each name at once, so clear names are never kept in memory for long.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyError(f"{path}: names register cannot be read ({e})") from None
    lines = text.splitlines()
    count = 0
    if lines and "," in lines[0] or (lines and lines[0].strip().lower() == "name"):
        reader = csv.DictReader(lines)
        if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
            raise PolicyError(f"{path}: a CSV register needs a 'name' column")
        col = next(f for f in reader.fieldnames if f.strip().lower() == "name")
        values: Iterator[str] = (row.get(col) or "" for row in reader)
    else:
        values = iter(lines)
    for v in values:
        v = v.strip()
        if v and not v.startswith("#"):
            on_name(v)
            count += 1
    return count
