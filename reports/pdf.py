"""A report as PDF, in-process, with xhtml2pdf (pure Python on ReportLab: no browser and
no system library; `pip install 'socialaudit[web]'`). The web app's "Download as PDF"
uses it on the archived copy of a report, so the PDF says exactly what was sent.

Nothing is fetched while rendering: every link to an image, stylesheet or font is
refused unless it is an inline data: URI (reports carry their chart as inline SVG)."""
from __future__ import annotations

import io
import logging

from reports.items import ReportError

log = logging.getLogger(__name__)


class PdfError(ReportError):
    """The report could not be made into a PDF."""


def _local_only(uri: str, rel: str) -> str:
    return uri if uri.startswith("data:") else ""


def html_to_pdf_bytes(html: str) -> bytes:
    """The PDF of an HTML document (email-style HTML with inline styles)."""
    try:
        from xhtml2pdf import pisa
    except ModuleNotFoundError as e:
        raise PdfError(f"a PDF needs {e.name}: pip install 'socialaudit[web]'") from None
    logging.getLogger("xhtml2pdf").setLevel(logging.ERROR)  # per-glyph font warnings, not ours to act on
    out = io.BytesIO()
    try:
        result = pisa.CreatePDF(html, dest=out, link_callback=_local_only, encoding="utf-8")
    except Exception as e:  # xhtml2pdf raises many types on odd markup; the caller needs one
        raise PdfError(f"the report could not be rendered as PDF ({type(e).__name__})") from None
    if result.err or not out.getvalue().startswith(b"%PDF"):
        raise PdfError("the report could not be rendered as PDF")
    return out.getvalue()
