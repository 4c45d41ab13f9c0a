"""Alembic environment: runs on the connection Exchange Desktop hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from exchange_desktop.storage.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        transactional_ddl=True,  # the whole upgrade commits or nothing does
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x` style runs against a URL set in the config
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("alembic: set sqlalchemy.url, or pass a connection")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
