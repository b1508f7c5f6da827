"""`socialaudit serve`: the review web app (needs the `web` extra)."""
from __future__ import annotations

import click

from socialaudit.app.options import App, Failure, pass_app


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
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
    server, how = _bind(web, host, port)
    click.echo(f"socialaudit: serving on http://{host}:{port}/ with {how} (Ctrl-C to stop). For real use keep it "
               "on 127.0.0.1 behind an HTTPS reverse proxy and set SOCIALAUDIT_BASE_URL "
               "(README: Serving the review app)", err=True)
    try:
        server()
    except KeyboardInterrupt:
        click.echo("socialaudit: stopped", err=True)


def _bind(web, host: str, port: int):
    """Listen first, so a taken or forbidden port is one clear line, then hand back the loop.
    waitress when installed (the `web` extra), else werkzeug's threaded server."""
    try:
        try:
            from waitress.server import create_server
        except ModuleNotFoundError:
            from werkzeug.serving import make_server
            dev = make_server(host, port, web, threaded=True)
            return dev.serve_forever, "Flask's development server (pip install waitress for production)"
        server = create_server(web, host=host, port=port, threads=8, ident="socialaudit")
        return server.run, "waitress"
    except OSError as e:
        raise Failure(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
