"""Greps of everything socialaudit keeps: every table of the database and every file of
the data folder. Shared by the attack suite and bench/attack.py."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import inspect, text

from socialaudit.storage.db import Store

REGISTER = ["Kerry", "Thompson", "Zebedee", "Quillon"]  # the last two appear in no post
REGISTER_ONLY = ["Zebedee", "Quillon"]
PLACES = ["12 Acacia Avenue", "52.3981", "-0.7256", "filled.count.soap", "NN16 8QT"]
POSTS = [
    "Lovely afternoon with the twins, their mum Kerry Thompson is doing so much better",
    "Dropped my FCS family home to 12 Acacia Avenue after the visit, mum was in tears",
    "We met my FCS family at 52.3981, -0.7256 by the swings, she has PND",
    "Their door is at ///filled.count.soap, the family I support, eviction next week",
    "Visiting my FCS mum at NN16 8QT today, she lost her job",
]


def write_inputs(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "families.csv").write_text("name\n" + "\n".join(REGISTER) + "\n")
    policy = folder / "policy.toml"
    policy.write_text('extends = "twins-trust-fcs"\n[names]\nregister = "families.csv"\n')
    lines = [{"kind": "account", "id": "x:@ann_volunteer", "platform": "x", "role": "personal", "handle": "ann_volunteer",
              "bio": "FCS volunteer with @TwinsTrust", "is_public": True}]
    lines += [{"kind": "post", "id": f"x:{880 + i}", "account_id": "x:@ann_volunteer", "platform": "x",
               "created_at": "2026-10-0%dT10:00:00Z" % (i + 1), "text": t,
               "geo": {"lat": 52.3981, "lon": -0.7256, "place_name": "12 Acacia Avenue"}}
              for i, t in enumerate(POSTS)]
    bundle = folder / "posts.jsonl"
    bundle.write_text("".join(json.dumps(r) + "\n" for r in lines))
    return policy, bundle


def database_rows(store: Store, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every table's rows as text, by table name."""
    out = {}
    with store.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            if table in skip or table == "alembic_version":
                continue
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            out[table] = "\n".join(" | ".join(str(v) for v in row) for row in rows)
    return out


def folder_files(data_dir: Path, skip_database: bool) -> dict[str, str]:
    """Every file under the data folder as text (binary files decoded leniently)."""
    out = {}
    for path in data_dir.rglob("*"):
        if not path.is_file() or (skip_database and path.name.startswith("socialaudit.db")):
            continue
        out[str(path.relative_to(data_dir))] = path.read_bytes().decode("utf-8", "replace")
    return out


def found(haystacks: dict[str, str], needles: list[str]) -> list[str]:
    """'where: needle' for every needle found in any haystack (case-insensitive)."""
    return [f"{where}: {n}" for where, hay in haystacks.items() for n in needles if n.lower() in hay.lower()]
