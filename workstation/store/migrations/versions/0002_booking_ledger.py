"""booking ledger: explicit intent states, reconciliation schedule, alarms, unbound-from

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 23:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("provider_orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lines_json", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("checks", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("last_check_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("next_check_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("resolved_by", sa.String(length=100), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_provider_orders_state_next_check_at"), ["state", "next_check_at"],
                              unique=False)
    # "submitted" was the old name of the created state
    op.execute("UPDATE provider_orders SET state = 'created' WHERE state = 'submitted'")

    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unbound_from", sa.String(length=64), nullable=True))

    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=False),
        sa.Column("provider_order_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["line_id"], ["order_lines.id"], name=op.f("fk_alarms_line_id_order_lines")),
        sa.ForeignKeyConstraint(["provider_order_id"], ["provider_orders.id"],
                                name=op.f("fk_alarms_provider_order_id_provider_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarms")),
        sa.UniqueConstraint("key", name=op.f("uq_alarms_key")),
    )
    with op.batch_alter_table("alarms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alarms_resolved_at"), ["resolved_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("alarms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alarms_resolved_at"))
    op.drop_table("alarms")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_column("unbound_from")
    op.execute("UPDATE provider_orders SET state = 'submitted' WHERE state = 'created'")
    with op.batch_alter_table("provider_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_orders_state_next_check_at"))
        for column in ("resolved_by", "next_check_at", "last_check_at", "checks", "lines_json"):
            batch_op.drop_column(column)
