"""change records for other processes on one SQLite file

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 17:00:00

Every committed write transaction on SQLite leaves its change record (what kinds of rows, which
ids, from which station) in `change_log`, in the same transaction. Another process on the same
file notices `PRAGMA data_version` move and reads the rows after the last it saw
(workstation/services/changes.py). Only the newest few thousand rows are kept. PostgreSQL
stations are told by LISTEN/NOTIFY and leave the table empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    op.drop_table("change_log")
