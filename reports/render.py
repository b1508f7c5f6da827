"""Rendering reports with Jinja.

One `Environment(autoescape=True)`: everything a template prints is escaped, so a
post URL or an account name can never inject markup. Plain-text templates wrap
themselves in `{% autoescape false %}` (a text body must not contain `&amp;`).

Templates are looked up in the organisation's folder first (settings.template_dir),
then in the package (reports/templates). An organisation's template may override a
whole file, or extend the package's under the `base/` prefix and replace blocks:

    {% extends "base/monthly.html" %}
    {% block footer %}Questions? Call Jo on 01234 567890.{% endblock %}
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader, StrictUndefined

from reports.context import MonthlyReport, SelfAuditReport

TEMPLATES = {MonthlyReport: "monthly", SelfAuditReport: "selfaudit"}


@lru_cache(maxsize=8)
def environment(template_dir: Path | None = None) -> Environment:
    package = PackageLoader("reports", "templates")
    loaders = [FileSystemLoader(str(template_dir))] if template_dir else []
    loaders += [package, PrefixLoader({"base": package})]
    env = Environment(loader=ChoiceLoader(loaders), autoescape=True, trim_blocks=True, lstrip_blocks=True,
                      undefined=StrictUndefined)
    env.filters["plural"] = lambda n, word, many=None: word if n == 1 else (many or word + "s")
    return env


def render(report: MonthlyReport | SelfAuditReport, fmt: str, template_dir: Path | None = None) -> str:
    """The report as "html" or "text"."""
    name = TEMPLATES[type(report)] + (".html" if fmt == "html" else ".txt")
    return environment(template_dir).get_template(name).render(report=report)


def render_both(report: MonthlyReport | SelfAuditReport, template_dir: Path | None = None) -> tuple[str, str]:
    """(html, text) for a multipart message."""
    return render(report, "html", template_dir), render(report, "text", template_dir)
