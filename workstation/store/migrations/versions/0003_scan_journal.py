"""scan journal: one row per scan with its verdict and lines; kept results of unmatched matching

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 06:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=128), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("clerk", sa.String(length=100), nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("line_ids", sa.Text(), nullable=False, server_default=""),
        sa.Column("order_ids", sa.Text(), nullable=False, server_default=""),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_journal")),
    )
    with op.batch_alter_table("scan_journal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scan_journal_scanned_at"), ["scanned_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_scan_journal_verdict_scanned_at"), ["verdict", "scanned_at"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_scan_journal_code"), ["code"], unique=False)

    # The lines a scan found, one row each: "arrived but never confirmed" is a join, not a LIKE.
    op.create_table(
        "scan_journal_lines",
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["scan_id"], ["scan_journal.id"], ondelete="CASCADE",
                                name=op.f("fk_scan_journal_lines_scan_id_scan_journal")),
        sa.PrimaryKeyConstraint("scan_id", "line_id", name=op.f("pk_scan_journal_lines")),
    )
    with op.batch_alter_table("scan_journal_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scan_journal_lines_line_id"), ["line_id"], unique=False)

    with op.batch_alter_table("unmatched_scans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scan_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("matched_order_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("dismissed_by", sa.String(length=100), nullable=False,
                                      server_default=""))
        batch_op.create_index(batch_op.f("ix_unmatched_scans_matched_at"), ["matched_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_unmatched_scans_dismissed_at"), ["dismissed_at"], unique=False)
    # rows matched before this revision: their order is the matched line's
    op.execute(
        "UPDATE unmatched_scans SET matched_order_id = "
        "(SELECT order_id FROM order_lines WHERE order_lines.id = unmatched_scans.matched_line_id) "
        "WHERE matched_line_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("unmatched_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unmatched_scans_dismissed_at"))
        batch_op.drop_index(batch_op.f("ix_unmatched_scans_matched_at"))
        for column in ("dismissed_by", "dismissed_at", "matched_order_id", "scan_id"):
            batch_op.drop_column(column)
    with op.batch_alter_table("scan_journal_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scan_journal_lines_line_id"))
    op.drop_table("scan_journal_lines")
    with op.batch_alter_table("scan_journal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scan_journal_code"))
        batch_op.drop_index(batch_op.f("ix_scan_journal_verdict_scanned_at"))
        batch_op.drop_index(batch_op.f("ix_scan_journal_scanned_at"))
    op.drop_table("scan_journal")
