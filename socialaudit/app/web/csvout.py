"""CSV exports as a download: the same masking as the pages and a guard against
spreadsheet formulas.

Excerpts are already redacted when stored; free text people typed (notes, replies,
dismissal reasons) goes through the privacy safety net (auditors.privacy) before it
leaves, as the pages' masked text does. A cell that a spreadsheet would run as a
formula (=, +, -, @, tab, CR) is prefixed with an apostrophe."""
from __future__ import annotations

import csv
import io
from typing import Iterable

from flask import Response

from auditors import privacy
from auditors.prepared import Prepared
from socialaudit.core.redact import apply_masks

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def masked(prepared: Prepared, text: str | None) -> str:
    """Free text with names and places hidden by the safety net the pages use."""
    if not text:
        return ""
    return apply_masks(text, privacy.safe_masks(prepared, text, []))


def cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def download(filename: str, header: list[str], rows: Iterable[list[object]]) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for r in rows:
        writer.writerow([cell(v) for v in r])
    resp = Response(out.getvalue(), mimetype="text/csv; charset=utf-8")
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return resp
