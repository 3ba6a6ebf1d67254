"""parcels: weight in whole grams, unique outgoing tracking numbers, idempotent receipts, photos of unmatched parcels

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 07:20:00

Weights were NUMERIC(14, 2) kilograms (10 g steps); they become whole grams, converted
exactly (1.25 kg -> 1250 g; through Decimal, never through a float product). Outgoing
tracking numbers become unique: where two parcels already share one, the oldest parcel
keeps it, the others lose it, and each loss is written to the audit log with the number
and the parcel that kept it, so a clerk can find and fix them.
"""

import json
from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weight_g", sa.Integer(), nullable=True))
    for parcel_id, kg in conn.execute(sa.text("SELECT id, weight_kg FROM parcels WHERE weight_kg IS NOT NULL")):
        grams = Decimal(str(kg)) * 1000  # str() of SQLite's REAL 1.15 is "1.15": exact again
        conn.execute(sa.text("UPDATE parcels SET weight_g = :g WHERE id = :id"),
                     {"g": int(grams.to_integral_value()), "id": parcel_id})

    now = datetime.now(UTC)
    duplicates = conn.execute(sa.text(
        "SELECT id, tracking_number FROM parcels WHERE tracking_number IN "
        "(SELECT tracking_number FROM parcels WHERE tracking_number IS NOT NULL "
        " GROUP BY tracking_number HAVING COUNT(*) > 1) ORDER BY tracking_number, id")).all()
    keeper: dict[str, int] = {}
    for parcel_id, code in duplicates:
        if code not in keeper:
            keeper[code] = parcel_id
            continue
        conn.execute(sa.text("UPDATE parcels SET tracking_number = NULL WHERE id = :id"), {"id": parcel_id})
        conn.execute(sa.text(
            "INSERT INTO audit_log (at, actor, workstation, action, entity, entity_id, old_json, new_json) "
            "VALUES (:at, 'migration 0004', '', 'drop_duplicate_tracking', 'parcel', :pid, :old, :new)"),
            {"at": now if conn.dialect.name != "sqlite" else now.replace(tzinfo=None),
             "pid": str(parcel_id), "old": json.dumps({"tracking": code}),
             "new": json.dumps({"tracking": None, "kept_by_parcel": keeper[code]})})

    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcels_tracking_number"))
        batch_op.create_index(batch_op.f("ix_parcels_tracking_number"), ["tracking_number"], unique=True)
        batch_op.drop_column("weight_kg")

    with op.batch_alter_table("receipts", schema=None) as batch_op:
        # The confirmation a receipt belongs to: a repeated Confirm of the same count writes nothing.
        batch_op.add_column(sa.Column("confirmation", sa.String(length=36), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_receipts_confirmation_line_id"),
                                          ["confirmation", "line_id"])

    op.create_table(
        "unmatched_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unmatched_id", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_by", sa.String(length=100), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["unmatched_id"], ["unmatched_scans.id"], ondelete="CASCADE",
                                name=op.f("fk_unmatched_photos_unmatched_id_unmatched_scans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unmatched_photos")),
    )
    with op.batch_alter_table("unmatched_photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unmatched_photos_unmatched_id"), ["unmatched_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("unmatched_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unmatched_photos_unmatched_id"))
    op.drop_table("unmatched_photos")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_receipts_confirmation_line_id"), type_="unique")
        batch_op.drop_column("confirmation")
    conn = op.get_bind()
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weight_kg", sa.Numeric(precision=14, scale=2), nullable=True))
        batch_op.drop_index(batch_op.f("ix_parcels_tracking_number"))
        batch_op.create_index(batch_op.f("ix_parcels_tracking_number"), ["tracking_number"], unique=False)
    for parcel_id, grams in conn.execute(sa.text("SELECT id, weight_g FROM parcels WHERE weight_g IS NOT NULL")):
        kg = (Decimal(grams) / 1000).quantize(Decimal("0.01"))  # back to 10 g steps: the old column's
        conn.execute(sa.text("UPDATE parcels SET weight_kg = :kg WHERE id = :id"),
                     {"kg": str(kg) if conn.dialect.name == "sqlite" else kg, "id": parcel_id})
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_column("weight_g")
