"""The review web app: coordinators review findings, volunteers see their own and
check posts privately, admins see everything and the access log.

Server-rendered (Flask + Jinja with autoescape), no JavaScript needed except the
optional keyboard shortcuts. `create_app()` is the factory; `socialaudit serve` runs it.
Needs the `web` extra: pip install 'socialaudit[web]'.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

__all__ = ["create_app"]


def create_app(*args: Any, **kwargs: Any) -> "Flask":
    """The app factory (see web.app.create_app). Imported lazily so that the parts of this
    package the CLI uses without the web extra (media store) do not need Flask."""
    from socialaudit.app.web.app import create_app as factory
    return factory(*args, **kwargs)
