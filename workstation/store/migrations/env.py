"""Alembic environment: always run with a connection handed in by workstation.store.migrate."""

from __future__ import annotations

from alembic import context

from workstation.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs bare `alembic`
    raise RuntimeError("Run migrations through `workstation-cli migrate`, not bare alembic.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
