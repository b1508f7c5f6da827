"""The web app for a production WSGI server (waitress or gunicorn), built from the
process's settings (config file and SOCIALAUDIT_* environment, as the CLI reads them):

    waitress-serve --listen=127.0.0.1:8080 --call socialaudit.app.web.wsgi:make_app
    gunicorn --workers 3 --bind 127.0.0.1:8080 'socialaudit.app.web.wsgi:make_app()'

Like `socialaudit serve`, it refuses to start while no admin can sign in."""
from __future__ import annotations

from flask import Flask

from socialaudit.app.web.app import create_app
from socialaudit.core.settings import load_settings
from socialaudit.storage import adminpages
from socialaudit.storage.db import Store, open_store

NO_ADMIN = ("no admin can sign in yet: create the first one with "
            "`socialaudit admin create --name NAME --email EMAIL` (it asks for a password), then start again")


class NoAdmin(RuntimeError):
    """The store has no admin with a password: nobody could set the app up."""


def check_admin(store: Store) -> None:
    with store.session() as s:
        if not adminpages.has_admin(s):
            raise NoAdmin(NO_ADMIN)


def make_app() -> Flask:
    """The app on the configured store; raises NoAdmin (a one-line reason) without an admin."""
    settings = load_settings()
    store = open_store(settings)
    check_admin(store)
    return create_app(store, settings)
