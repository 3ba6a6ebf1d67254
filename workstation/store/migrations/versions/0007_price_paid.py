"""what the customer paid per unit, kept apart from the customer price recalculation changes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 14:00:00

`order_lines.price_paid` is the unit price the customer paid (or was asked to pay) when the
order was placed; `price_cust` is the price now due, which recalculation may change. Existing
lines get their current customer price: what a recalculation before this revision replaced
is in its audit row (`line.recalculate`, old `price_cust`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("order_lines") as batch_op:
        batch_op.add_column(sa.Column("price_paid", sa.Numeric(precision=14, scale=2), nullable=True))
    op.execute("UPDATE order_lines SET price_paid = price_cust")


def downgrade() -> None:
    with op.batch_alter_table("order_lines") as batch_op:
        batch_op.drop_column("price_paid")
