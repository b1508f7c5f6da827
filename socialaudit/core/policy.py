"""Policy packs: an organisation's social media policy as data (CONTRACT §5).

A pack is a TOML file. Every pack implicitly extends the built-in `base` pack,
which holds the generic English word lists and each rule's default settings;
an organisation's pack adds its names, contacts, hashtags and clauses. A key
given in an extending file replaces the inherited value for that key (tables
merge key by key; lists and scalars are replaced whole).

Each file is checked on its own before merging, so an error names the file
and the exact key: ``policy.toml: unknown key 'organisation.nmae'``.
"""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from socialaudit.core.model import SEVERITIES

BUILTIN_DIR = Path(str(resources.files("socialaudit") / "packs"))
BASE_PACK = "base"


class PolicyError(ValueError):
    """A policy that cannot be used. The message names the file and the key."""


# --- schema -----------------------------------------------------------------
# Types: str, bool, int, float, "path", "paths", "strs" (list of strings),
# "number" (int or float), "strmap" (table of string lists).

SCHEMA: dict[str, dict[str, Any]] = {
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
}
RULE_COMMON: dict[str, Any] = {
    "enabled": bool, "severity": str, "clause": str, "policy_text": str,
    "message": str, "advice": str, "min_confidence": "number",
}
RULE_PARAM_TYPES = {"number", "strs", str, bool, int, "strmap"}

# Rule ids are fixed by the contract; auditors register parameter types here.
RULE_IDS = (
    "disclaimer-missing", "name-leak", "sensitive-info", "family-photo", "geotag",
    "location-disclosure", "logo-misuse", "criticism", "advice-to-family",
    "controversial-official", "contact-details", "privacy-settings",
)


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


def _check_file(raw: dict, where: str, rule_params: dict[str, dict[str, Any]]) -> None:
    for key, value in raw.items():
        if key == "extends":
            if not isinstance(value, str):
                raise PolicyError(f"{where}: 'extends' must be {_TYPE_NAMES[str]}")
            continue
        if key == "rules":
            _check_rules(value, where, rule_params)
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


def _check_rules(rules: Any, where: str, rule_params: dict[str, dict[str, Any]]) -> None:
    if not isinstance(rules, dict):
        raise PolicyError(f"{where}: 'rules' must be a table of rule tables")
    for rule_id, conf in rules.items():
        if rule_id not in RULE_IDS and rule_id not in rule_params:
            raise PolicyError(f"{where}: unknown rule 'rules.{rule_id}' (rule ids are fixed: "
                              f"{', '.join(RULE_IDS)})")
        if not isinstance(conf, dict):
            raise PolicyError(f"{where}: 'rules.{rule_id}' must be a table")
        allowed = {**RULE_COMMON, **rule_params.get(rule_id, {})}
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


def load_raw(ref: str, rule_params: dict[str, dict[str, Any]] | None = None,
             *, relative_to: Path | None = None, _seen: tuple[Path, ...] = ()) -> tuple[dict, list[Path]]:
    """Read a pack and everything it extends; return the merged raw dict and the files read."""
    rule_params = rule_params or {}
    path = _locate(ref, relative_to).resolve()
    if path in _seen:
        raise PolicyError(f"{path}: 'extends' loops back to itself")
    raw = _read_toml(path)
    _check_file(raw, str(path), rule_params)
    raw = _resolve_paths(raw, path.parent)
    parent_ref = raw.pop("extends", None)
    if parent_ref is None and path != (BUILTIN_DIR / f"{BASE_PACK}.toml").resolve():
        parent_ref = BASE_PACK
    if parent_ref is None:
        return raw, [path]
    parent, files = load_raw(parent_ref, rule_params, relative_to=path.parent, _seen=(*_seen, path))
    merged = _merge(parent, raw)
    return merged, [*files, path]


# --- the loaded policy --------------------------------------------------------

@dataclass(frozen=True)
class RuleSettings:
    id: str
    enabled: bool
    severity: str
    clause: str
    policy_text: str
    message: str
    advice: str
    min_confidence: float
    params: dict[str, Any] = field(default_factory=dict)

    def param(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)


@dataclass
class Policy:
    """A merged, validated policy. Auditors read it; it is never mutated."""
    id: str
    raw: dict
    files: list[Path]

    @property
    def ref(self) -> str:
        """How to load this policy again: the pack name for a built-in pack, else its file."""
        top = self.files[-1] if self.files else None
        if top is None or top.parent.resolve() == BUILTIN_DIR.resolve():
            return self.id
        return str(top)

    @property
    def title(self) -> str:
        return self.raw.get("pack", {}).get("title", self.id)

    @property
    def organisation(self) -> dict:
        return self.raw.get("organisation", {})

    @property
    def org_name(self) -> str:
        return self.organisation.get("name", "")

    def section(self, name: str) -> dict:
        return self.raw.get(name, {})

    def words(self, name: str) -> list[str]:
        """A named word list from [vocabulary]; empty when the pack has none."""
        return self.raw.get("vocabulary", {}).get(name, [])

    def rule(self, rule_id: str) -> RuleSettings:
        conf = dict(self.raw.get("rules", {}).get(rule_id, {}))
        common = {k: conf.pop(k) for k in list(conf) if k in RULE_COMMON}
        return RuleSettings(
            id=rule_id, enabled=common.get("enabled", True),
            severity=common.get("severity", "medium"), clause=common.get("clause", ""),
            policy_text=common.get("policy_text", ""), message=common.get("message", ""),
            advice=common.get("advice", ""), min_confidence=float(common.get("min_confidence", 0.5)),
            params=conf,
        )

    @cached_property
    def fingerprint(self) -> str:
        """Changes whenever any part of the policy changes: a re-audit is then due."""
        import hashlib
        import json
        h = hashlib.sha256(json.dumps(self.raw, sort_keys=True, default=str).encode())
        for p in self.register_paths():
            try:
                h.update(p.read_bytes())
            except OSError:
                pass
        return h.hexdigest()[:16]

    def register_paths(self) -> list[Path]:
        reg = self.raw.get("names", {}).get("register")
        return [Path(reg)] if reg else []

    def cached(self, key: object, compute: Callable[[], Any]) -> Any:
        """Memoise something derived from this policy (compiled patterns, hashed registers)."""
        cache = self.__dict__.setdefault("_derived", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def pattern(self, *names: str, extra: list[str] | None = None) -> re.Pattern[str] | None:
        """A compiled, word-bounded alternation of the named word lists (cached)."""
        key = (names, tuple(extra or ()))
        cache = self.__dict__.setdefault("_patterns", {})
        if key not in cache:
            terms = [t for n in names for t in self.words(n)] + list(extra or ())
            cache[key] = compile_terms(terms)
        return cache[key]


def compile_terms(terms: list[str]) -> re.Pattern[str] | None:
    """Word-bounded, case-insensitive alternation. A term may be a plain phrase or,
    prefixed with 're:', a regular expression (the pack author's responsibility to keep linear)."""
    parts = []
    for t in sorted(set(terms), key=len, reverse=True):
        t = t.strip()
        if not t:
            continue
        if t.startswith("re:"):
            parts.append(f"(?:{t[3:]})")
        else:
            parts.append(r"\s+".join(re.escape(w) for w in t.split()))
    if not parts:
        return None
    return re.compile(r"(?<![\w@#])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def load_policy(ref: str, rule_params: dict[str, dict[str, Any]] | None = None) -> Policy:
    """Load a built-in pack by name or a policy file by path. Raises PolicyError."""
    if rule_params is None:
        from auditors import registry
        rule_params = registry.rule_param_types()
    raw, files = load_raw(ref, rule_params)
    for p in raw.get("organisation", {}).get("logos", []) + ([raw["names"]["register"]]
                                                             if raw.get("names", {}).get("register") else []):
        if not Path(p).is_file():
            raise PolicyError(f"{files[-1]}: file not found: {p}")
    pack_id = raw.get("pack", {}).get("id") or Path(files[-1]).stem
    if not ref.endswith(".toml") and "/" not in ref:
        pack_id = ref
    return Policy(id=pack_id, raw=raw, files=files)


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
        values = (row.get(col) or "" for row in reader)
    else:
        values = iter(lines)
    for v in values:
        v = v.strip()
        if v and not v.startswith("#"):
            on_name(v)
            count += 1
    return count
