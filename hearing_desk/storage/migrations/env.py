"""Alembic environment: the program passes its own connection in ``config.attributes``."""
from alembic import context

from hearing_desk.storage.fulltext import include_name
from hearing_desk.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine
    connection = create_engine(config.get_main_option("sqlalchemy.url"), hide_parameters=True).connect()

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, compare_type=True, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
