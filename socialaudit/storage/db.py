"""Opening the store: engine, migrations to head, sessions.

`open_store()` is the one door: it creates the SQLite folder if needed, runs
Alembic migrations to head (idempotent, safe on every start) and returns a
`Store` with a session factory. Errors become `StorageError` with a one-line
reason that never contains a password.

Alembic itself (~0.18 s of CPU to import it and read its scripts, measured without
cached bytecode) is loaded only when a migration must run: the schema's revision
is read with a plain query and compared with the heads named in the migration files.
"""
from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, TypeVar, cast

from sqlalchemy import Connection, create_engine, event, inspect, text
from sqlalchemy.engine import CursorResult, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from socialaudit.core.settings import Settings

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default, where it records the schema's revision
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.M)
T = TypeVar("T")
log = logging.getLogger(__name__)


class StorageError(RuntimeError):
    pass


def row(s: Session, model: type[T], key: Any) -> T:
    """A row that must exist (it was read or written moments ago in this process)."""
    found = s.get(model, key)
    if found is None:
        raise LookupError(f"{model.__name__} {key!r} is gone")
    return found


def changed(result: Any) -> int:
    """How many rows an UPDATE or DELETE touched."""
    return cast(CursorResult, result).rowcount


class Conflict(StorageError):
    """Another writer got there first (a unique key is already taken): its work stands."""


def url_without_password(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - trivial
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA secure_delete=ON")  # erased rows are zeroed in the file, not left in free pages
        cur.close()


def make_engine(url: str) -> Engine:
    try:
        u = make_url(url)
    except ArgumentError:
        raise StorageError(f"invalid database URL {url_without_password(url)!r}") from None
    if u.drivername.startswith("postgresql") and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    if u.drivername.startswith("sqlite"):
        if u.database and u.database != ":memory:":
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, future=True)
        _sqlite_pragmas(engine)
        return engine
    try:
        return create_engine(u, future=True, pool_pre_ping=True)
    except ModuleNotFoundError as e:
        raise StorageError(f"the database driver is not installed ({e.name}): "
                           "pip install 'socialaudit[postgres]'") from None


def script_heads() -> set[str]:
    """The newest revisions of the migration files (what Alembic calls the heads): those no
    other file names as its `down_revision`. Read from the files' own lines, without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            named = set(re.findall(r"""['"]([^'"]+)['"]""", value))
            (revisions if key == "revision" else parents).update(named)
    return revisions - parents


def schema_revisions(conn: Connection) -> set[str]:
    """The revisions the database records (empty for a new database)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return set()
    return {r for (r,) in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))}


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration: silent when it is current, one log line
    when it was upgraded (Alembic's own step-by-step lines are kept for warnings)."""
    heads = script_heads()
    with engine.begin() as conn:
        if schema_revisions(conn) == heads:
            return
    _upgrade(engine)
    log.info("database schema upgraded to %s", ", ".join(sorted(heads)))


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    alembic_log = logging.getLogger("alembic")
    level = alembic_log.level
    alembic_log.setLevel(logging.WARNING)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        alembic_log.setLevel(level)


@dataclass
class Store:
    engine: Engine
    url: str
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        s = self.sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    @contextmanager
    def atomic(self) -> Iterator[Session]:
        """Like `session()`, with a clash on a unique key reported as `Conflict`."""
        try:
            with self.session() as s:
                yield s
        except IntegrityError:
            raise Conflict("another writer stored the same thing first") from None

    @contextmanager
    def rolled_back(self) -> Iterator[Session]:
        """A session whose work is always rolled back (dry runs)."""
        s = self.sessions()
        try:
            yield s
        finally:
            s.rollback()
            s.close()

    @property
    def url_for_humans(self) -> str:
        return url_without_password(self.url)

    def compact_after_erasure(self) -> None:
        """Make an erasure final on disk: SQLite's write-ahead log still holds the pages as they
        were until it is checkpointed and truncated (PostgreSQL's autovacuum does its part)."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def open_store(settings: Settings | None = None, url: str | None = None) -> Store:
    """The store at `url`, or at the settings' database (the process's settings, read once by
    the caller and passed down)."""
    if url is None:
        if settings is None:
            raise StorageError("open_store needs the settings or a database URL")
        url = settings.db_url
    engine = make_engine(url)
    try:
        migrate(engine)
    except OperationalError as e:
        reason = str(e.orig).splitlines()[0]
        raise StorageError(f"cannot open the database {url_without_password(url)}: {reason}") from None
    except SQLAlchemyError as e:
        raise StorageError(f"database error on {url_without_password(url)}: {type(e).__name__}") from None
    return Store(engine, url, sessionmaker(engine, expire_on_commit=False))
