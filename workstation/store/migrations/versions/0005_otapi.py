"""otapi: instance keys, their operator and customer accounts, sessions, customer accounts

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "otapi_instances",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("has_secret", sa.Boolean(), nullable=False),
        sa.Column("delivery_mode_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_otapi_instances")),
    )
    op.create_table(
        "otapi_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instance_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("customer_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["instance_key"], ["otapi_instances.key"], ondelete="CASCADE",
                                name=op.f("fk_otapi_users_instance_key_otapi_instances")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_otapi_users")),
        sa.UniqueConstraint("instance_key", "login", name=op.f("uq_otapi_users_instance_key_login")),
    )
    op.create_table(
        "otapi_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["otapi_users.id"], ondelete="CASCADE",
                                name=op.f("fk_otapi_sessions_user_id_otapi_users")),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_otapi_sessions")),
    )
    op.create_index(op.f("ix_otapi_sessions_user_id"), "otapi_sessions", ["user_id"], unique=False)
    op.create_table(
        "customer_transactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("order_id", sa.String(length=32), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_transactions")),
    )
    op.create_index(op.f("ix_customer_transactions_customer_id"), "customer_transactions", ["customer_id"])
    op.create_index(op.f("ix_customer_transactions_order_id"), "customer_transactions", ["order_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_transactions_order_id"), table_name="customer_transactions")
    op.drop_index(op.f("ix_customer_transactions_customer_id"), table_name="customer_transactions")
    op.drop_table("customer_transactions")
    op.drop_index(op.f("ix_otapi_sessions_user_id"), table_name="otapi_sessions")
    op.drop_table("otapi_sessions")
    op.drop_table("otapi_users")
    op.drop_table("otapi_instances")
