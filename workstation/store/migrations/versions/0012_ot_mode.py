"""OT mode: the link to an OT Box instance, the mirror's bookkeeping, remote activities, the outbox

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 20:30:00

A station in OT mode keeps the instance's orders and lines in the ordinary `orders` and
`order_lines` tables, with OT's ids (its data directory holds nothing else). These tables hold
what only OT mode needs (workstation/services/otmode/):

- `ot_link`: the one instance this database is connected to (at most one row); the operator
  password and the instance secret are in the secret store, never here;
- `ot_mirror_orders`: per mirrored order, what its summary looked like when its details were
  last read, so a refresh reads the details of changed orders only;
- `ot_remote_activities`: the OT background activity a local activity follows;
- `ot_outbox`: the warehouse's changes waiting to be sent to the platform, sent, or refused.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ---- ot_link (services/otmode/link.py)
    op.create_table(
        "ot_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base_url", sa.Text(), nullable=False),
        sa.Column("instance_key", sa.String(length=200), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=False),
        sa.Column("has_secret", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status_table", sa.Text(), nullable=False),  # JSON: OT status id -> our code
        sa.Column("connected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("connected_by", sa.String(length=100), nullable=False),
        sa.Column("last_refresh_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_full_refresh_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("last_error_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ot_link")),
    )
    # ---- ot_mirror_orders (services/otmode/mirror.py)
    op.create_table(
        "ot_mirror_orders",
        sa.Column("order_id", sa.String(length=32), nullable=False),
        sa.Column("summary_digest", sa.String(length=64), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_ot_mirror_orders")),
    )
    # ---- ot_remote_activities (services/otmode/remote.py)
    op.create_table(
        "ot_remote_activities",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=100), nullable=True),
        sa.Column("remote_type", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),  # starting / started / ended
        sa.Column("starting_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("steps_seen", sa.Integer(), nullable=False),
        sa.Column("cancel_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"], ondelete="CASCADE",
                                name=op.f("fk_ot_remote_activities_activity_id_activities")),
        sa.PrimaryKeyConstraint("activity_id", name=op.f("pk_ot_remote_activities")),
    )
    op.create_index(op.f("ix_ot_remote_activities_remote_id"), "ot_remote_activities", ["remote_id"])
    # ---- ot_outbox (services/otmode/outbox.py)
    op.create_table(
        "ot_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),  # line_update / purchase_info / package
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("order_id", sa.String(length=32), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),  # JSON: the method's parameters
        sa.Column("state", sa.String(length=16), nullable=False),  # pending / sending / sent / refused / discarded
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ot_outbox")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_ot_outbox_dedupe_key")),
    )
    op.create_index(op.f("ix_ot_outbox_state"), "ot_outbox", ["state"])
    op.create_index(op.f("ix_ot_outbox_line_id"), "ot_outbox", ["line_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_ot_outbox_line_id"), table_name="ot_outbox")
    op.drop_index(op.f("ix_ot_outbox_state"), table_name="ot_outbox")
    op.drop_table("ot_outbox")
    op.drop_index(op.f("ix_ot_remote_activities_remote_id"), table_name="ot_remote_activities")
    op.drop_table("ot_remote_activities")
    op.drop_table("ot_mirror_orders")
    op.drop_table("ot_link")
