"""worklist indexes: each sort key of the worklist alone and behind the line status

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:00:00

The worklist (services/worklist.py) reads one page of lines across all orders in the order
of the clicked column; these let the database walk an index instead of sorting a million
rows. Mirrors `store.models.WORKLIST_SORT_INDEXES`.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (name, columns): written out, so the migration stays what it was when the models move on
INDEXES = (
    ("ix_order_lines_status_changed_at", ["status_changed_at"]),
    ("ix_order_lines_price_cust", ["price_cust"]),
    ("ix_order_lines_purch_price", ["purch_price"]),
    ("ix_order_lines_seller_nick", ["seller_nick"]),
    ("ix_order_lines_account", ["account"]),
    ("ix_order_lines_status_order_id_line_num", ["status", "order_id", "line_num"]),
    ("ix_order_lines_status_status_changed_at", ["status", "status_changed_at"]),
    ("ix_order_lines_status_price_cust", ["status", "price_cust"]),
    ("ix_order_lines_status_purch_price", ["status", "purch_price"]),
    ("ix_order_lines_status_seller_nick", ["status", "seller_nick"]),
    ("ix_order_lines_status_account", ["status", "account"]),
)


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(op.f(name), "order_lines", columns, unique=False)


def downgrade() -> None:
    for name, _columns in reversed(INDEXES):
        op.drop_index(op.f(name), table_name="order_lines")
