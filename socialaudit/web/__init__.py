"""The review web app: coordinators review findings, volunteers see their own and
check posts privately, admins see everything and the access log.

Server-rendered (Flask + Jinja with autoescape), no JavaScript needed except the
optional keyboard shortcuts. `create_app()` is the factory; `socialaudit serve` runs it.
Needs the `web` extra: pip install 'socialaudit[web]'.
"""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
