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

    Put it behind a TLS-terminating proxy for real use. The session secret comes from
    SOCIALAUDIT_WEB_SECRET or a key file created in the data folder.
    """
    try:
        from werkzeug.serving import make_server

        from socialaudit.app.web import create_app
    except ModuleNotFoundError as e:
        raise Failure(f"the web app needs {e.name}: pip install 'socialaudit[web]'") from None
    web = create_app(app.store(), app.settings, secure_cookies=https)
    try:
        server = make_server(host, port, web, threaded=True)
    except OSError as e:
        raise Failure(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
    click.echo(f"socialaudit: serving on http://{host}:{server.server_port}/ (Ctrl-C to stop). For real use keep it "
               "on 127.0.0.1 behind an HTTPS reverse proxy and set SOCIALAUDIT_BASE_URL "
               "(README: Serving the review app)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("socialaudit: stopped", err=True)
