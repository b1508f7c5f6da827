"""`socialaudit serve`: the review web app (needs the `web` extra)."""
from __future__ import annotations

import click

from socialaudit.app.options import App, Failure, pass_app


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
@click.option("--https/--no-https", "https", default=None,
              help="Mark session cookies Secure (default: when base_url starts with https://).")
@pass_app
def serve(app: App, host: str, port: int, https: bool | None) -> None:
    """Run the review web app for coordinators and volunteers.

    Put it behind a TLS-terminating proxy for real use. With waitress installed
    (pip install 'socialaudit[web]') it serves with waitress; the README shows how to run
    it under waitress or gunicorn directly. The session secret comes from
    SOCIALAUDIT_WEB_SECRET or a key file created in the data folder.
    """
    try:
        from socialaudit.app.web import create_app
        from socialaudit.app.web.wsgi import NoAdmin, check_admin
    except ModuleNotFoundError as e:
        raise Failure(f"the web app needs {e.name}: pip install 'socialaudit[web]'") from None
    store = app.store()
    try:
        check_admin(store)
    except NoAdmin as e:
        raise Failure(str(e)) from None
    web = create_app(store, app.settings, secure_cookies=https)
    _run(web, host, port)


def _run(web, host: str, port: int) -> None:
    try:
        from waitress import serve as waitress_serve
    except ModuleNotFoundError:
        from werkzeug.serving import run_simple
        click.echo(f"socialaudit: serving on http://{host}:{port}/ with Flask's development server "
                   "(pip install waitress for production; Ctrl-C to stop)", err=True)
        run_simple(host, port, web, threaded=True, use_reloader=False, use_debugger=False)
        return
    click.echo(f"socialaudit: serving on http://{host}:{port}/ with waitress (Ctrl-C to stop)", err=True)
    waitress_serve(web, host=host, port=port, threads=8, ident="socialaudit", _quiet=True)
