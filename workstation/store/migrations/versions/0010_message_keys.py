"""engine messages as key plus parameters

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 17:00:00

Where the engine stores a message (activity steps, activity descriptions, alerts) it now also
stores the message's key and its parameters as JSON (workstation/domain/messages.py), so that
every face renders it in its reader's language. The text column stays the English rendering;
rows from before this revision keep a NULL key and are shown as their stored text.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = {
    "activity_steps": ("message_key", "message_params"),
    "activities": ("description_key", "description_params"),
    "alarms": ("message_key", "message_params"),
}


def upgrade() -> None:
    for table, (key, params) in COLUMNS.items():
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column(key, sa.String(length=64), nullable=True))
            batch_op.add_column(sa.Column(params, sa.Text(), nullable=True))


def downgrade() -> None:
    for table, (key, params) in COLUMNS.items():
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(params)
            batch_op.drop_column(key)
