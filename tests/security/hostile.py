"""Hostile bundle lines, in families: every field of a record given every kind of bad
value, bad numbers, bad times, bad media and replies, and lines that are not records at
all. Shared by the attack suite and bench/attack.py.

`hostile_lines()` yields (label, bytes of one line). A line is *handled* when the audit
either reports it (file:line and why) or audits it, and never crashes or loses the good
records around it."""
from __future__ import annotations

import json
from typing import Iterator

GOOD_ACCOUNT = {"kind": "account", "id": "x:@good_vol", "platform": "x", "handle": "good_vol",
                "role": "personal", "bio": "FCS volunteer with @TwinsTrust", "is_public": True}


def good_post(n: int) -> dict:
    return {"kind": "post", "id": f"x:{9_000_000 + n}", "account_id": "x:@good_vol", "platform": "x",
            "created_at": "2026-10-03T17:45:00Z", "text": f"Lovely visit this morning, home now ({n})",
            "geo": {"lat": 53.99, "lon": -1.54}}


BAD_VALUES: dict[str, object] = {
    "nul": "a\u0000b", "surrogate": "x\ud800y", "low-surrogate": "\udfff", "list": ["x"], "dict": {"a": 1},
    "int": 5, "float": 1.5, "bool": True, "empty": "", "spaces": "   ", "long": "x" * 5_000,
    "very-long": "y" * 300_000, "rtl-override": "abc\u202edef", "zero-width": "a\u200b\u200d\ufeffb",
    "emoji-zwj": "👨\u200d👩\u200d👧 family", "html": "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "sql": "'; DROP TABLE posts; --", "traversal": "../../../../etc/passwd", "absolute": "/etc/shadow",
    "ansi": "\u001b[31mred\u001b[0m\u0007", "crlf": "a\r\nSet-Cookie: x=1", "format-string": "%s%n{0}{__class__}",
    "nan-str": "NaN", "huge-number-str": "9" * 400, "unicode-normalisation": "ﬁ ℌ Ⅻ é",
}
POST_STRING_FIELDS = ("id", "account_id", "platform", "text", "url", "lang", "visibility", "created_at")
ACCOUNT_STRING_FIELDS = ("id", "platform", "handle", "display_name", "role", "bio", "about_text", "website")
BAD_NUMBERS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity", "1e999": "1e999", "5000-digits": "5" * 5000,
               "out-of-range": "123.4", "string": '"52.1"', "bool": "true", "list": "[1]", "object": "{}",
               "negative-huge": "-1e308", "tiny": "1e-320"}
BAD_TIMES = ["0000-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "2026-13-45T99:99:99Z", "+275760-09-13T00:00:00Z",
             "1969-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "yesterday", "2026-10-03T17:45:00+25:00",
             "2026-10-03 17:45", "٢٠٢٦-١٠-٠٣", "2026-10-03T17:45:00.123456789Z"]
BAD_MEDIA = [None, "photo", [None], [1], [[]], [{"type": ["photo"]}], [{"path": 5}], [{"path": "/etc/passwd"}],
             [{"path": "../../../../etc/hosts"}], [{"path": "a\u0000b.jpg"}], [{"type": "x" * 100, "path": "a.jpg"}],
             [{"alt_text": "\ud800"}], [{"url": "javascript:alert(1)"}], [{"path": "media/" + "d/" * 500 + "x.jpg"}],
             [{"type": "photo", "path": "missing.jpg"}] * 200]
BAD_REPLIES = ["x", 5, [], {"account": 5}, {"post_id": {"a": 1}}, {"post_id": 10**30}, {"account": "\u0000"},
               {"post_id": "x" * 400}, {"account": None, "post_id": None}]
RAW_LINES = {
    "not-json": b"{not json", "truncated": b'{"kind": "post", "id": "x:1"', "array": b"[1, 2, 3]",
    "number": b"42", "string": b'"post"', "null": b"null", "bom": b"\xef\xbb\xbf{}", "invalid-utf8": b"\xff\xfe\xfa",
    "latin1": '{"kind":"post","text":"caf\xe9"}'.encode("latin-1"), "deep-array": b"[" * 100_000 + b"]" * 100_000,
    "deep-object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "huge-int": b'{"kind":"post","id":' + b"7" * 5000 + b"}",
    "nan-literal": b'{"kind":"post","id":"x:5","account_id":"x:@a","platform":"x","geo":{"lat":NaN,"lon":1}}',
    "nine-mib-line": b'{"kind":"post","text":"' + b"z" * (9 * 1024 * 1024) + b'"}',
    "duplicate-keys": b'{"kind":"post","kind":"account","id":"x:@dup","platform":"x"}',
    "unknown-kind": b'{"kind":"tweet"}', "kind-list": b'{"kind":["post"]}', "kind-null": b'{"kind":null}',
    "control-chars": b'{"kind":"post","id":"x:7","account_id":"x:@a","platform":"x","text":"a\\u0001\\u001f"}',
}


def _line(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=True, allow_nan=True).encode() + b"\n"


def _post(n: int, **fields) -> dict:
    return {**good_post(n), "id": f"x:{8_000_000 + n}", **fields}


def hostile_lines() -> Iterator[tuple[str, bytes]]:
    n = 0
    for field in POST_STRING_FIELDS:
        for name, value in BAD_VALUES.items():
            n += 1
            yield f"post.{field}={name}", _line(_post(n, **{field: value}))
    for field in ACCOUNT_STRING_FIELDS:
        for name, value in BAD_VALUES.items():
            n += 1
            yield f"account.{field}={name}", _line({**GOOD_ACCOUNT, "id": f"x:@acc{n}", field: value})
    for coord in ("lat", "lon"):
        for name, raw in BAD_NUMBERS.items():
            n += 1
            other = "lon" if coord == "lat" else "lat"
            text = json.dumps(_post(n)).replace('"geo": {"lat": 53.99, "lon": -1.54}',
                                                 f'"geo": {{"{coord}": {raw}, "{other}": 1.0}}')
            yield f"geo.{coord}={name}", text.encode() + b"\n"
    for value in BAD_TIMES:
        n += 1
        yield f"created_at={value[:20]}", _line(_post(n, created_at=value))
    for i, media in enumerate(BAD_MEDIA):
        n += 1
        yield f"media#{i}", _line(_post(n, media=media))
    for i, reply in enumerate(BAD_REPLIES):
        n += 1
        yield f"in_reply_to#{i}", _line(_post(n, in_reply_to=reply))
    for field in ("geo", "is_public", "location_sharing", "role"):
        for name, value in (("string", "yes"), ("list", [True]), ("number", 1)):
            n += 1
            target = GOOD_ACCOUNT if field != "geo" else None
            record = {**GOOD_ACCOUNT, "id": f"x:@acc{n}", field: value} if target else _post(n, geo=value)
            yield f"{field}={name}", _line(record)
    for name, raw in RAW_LINES.items():
        yield f"raw:{name}", raw + b"\n"


def hostile_bundle(path) -> tuple[int, dict[int, str]]:
    """Write a bundle: the good account, then each hostile line followed by a good post.
    Returns (number of good posts, {line number: label of the hostile line})."""
    labels: dict[int, str] = {}
    good = 0
    with open(path, "wb") as f:
        f.write(_line(GOOD_ACCOUNT))
        line = 1
        for label, raw in hostile_lines():
            f.write(raw)
            line += 1
            labels[line] = label
            f.write(_line(good_post(good)))
            good += 1
            line += 1
    return good, labels
