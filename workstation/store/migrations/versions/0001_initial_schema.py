"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 10:58:06.660365
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "activities",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("is_cancelled", sa.Boolean(), nullable=False),
        sa.Column("params_json", sa.Text(), nullable=False),
        sa.Column("found_lines", sa.Integer(), nullable=False),
        sa.Column("found_provider_orders", sa.Integer(), nullable=False),
        sa.Column("progress_percent", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_kind_account"), ["kind", "account"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activities_state"), ["state"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("old_json", sa.Text(), nullable=False),
        sa.Column("new_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_entity_entity_id"), ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "orders",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.String(length=32), nullable=False),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("goods_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("delivery_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("is_paid", sa.Boolean(), nullable=False),
        sa.Column("is_cancelled", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("delivery_address", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_orders_customer_name"), ["customer_name"], unique=False
        )

    op.create_table(
        "provider_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=False),
        sa.Column("client_ref", sa.String(length=64), nullable=True),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("seller_id", sa.String(length=64), nullable=False),
        sa.Column("seller_nick", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("raw_status", sa.String(length=64), nullable=False),
        sa.Column("goods_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("delivery_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("total_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("weight_kg", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_orders")),
        sa.UniqueConstraint("client_ref", name=op.f("uq_provider_orders_client_ref")),
        sa.UniqueConstraint(
            "provider", "external_id", name=op.f("uq_provider_orders_provider_external_id")
        ),
    )
    with op.batch_alter_table("provider_orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_provider_orders_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_provider_orders_external_id"), ["external_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_provider_orders_provider_account_state"),
            ["provider", "account", "state"],
            unique=False,
        )

    op.create_table(
        "provider_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("account", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("obtained_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("refresh_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("balance", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sync_result", sa.Text(), nullable=False),
        sa.Column("sync_cursor", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_sessions")),
        sa.UniqueConstraint(
            "provider", "account", name=op.f("uq_provider_sessions_provider_account")
        ),
    )
    op.create_table(
        "provider_settings",
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("provider", "key", name=op.f("pk_provider_settings")),
    )
    op.create_table(
        "warehouse_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=14), nullable=False),
        sa.Column("mobile", sa.String(length=11), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("postal_code", sa.String(length=6), nullable=False),
        sa.Column("province", sa.String(length=64), nullable=False),
        sa.Column("city", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=64), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warehouse_addresses")),
    )
    op.create_table(
        "activity_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("question_key", sa.String(length=200), nullable=False),
        sa.Column("choice", sa.String(length=64), nullable=False),
        sa.Column("answered_by", sa.String(length=100), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_answers_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_answers")),
        sa.UniqueConstraint(
            "activity_id", "question_key", name=op.f("uq_activity_answers_activity_id_question_key")
        ),
    )
    op.create_table(
        "activity_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("step_key", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("time_from_start", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(length=200), nullable=True),
        sa.Column("choices_json", sa.Text(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("details_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_steps_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_steps")),
        sa.UniqueConstraint(
            "activity_id", "step_key", name=op.f("uq_activity_steps_activity_id_step_key")
        ),
    )
    with op.batch_alter_table("activity_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_steps_activity_id"), ["activity_id"], unique=False
        )

    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.String(length=32), nullable=False),
        sa.Column("line_num", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("config_id", sa.String(length=64), nullable=True),
        sa.Column("order_item_id", sa.String(length=64), nullable=True),
        sa.Column("order_sku_id", sa.String(length=64), nullable=True),
        sa.Column("config_text", sa.Text(), nullable=False),
        sa.Column("config_text_orig", sa.Text(), nullable=False),
        sa.Column("title_orig", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("image_url", sa.Text(), nullable=False),
        sa.Column("item_url", sa.Text(), nullable=False),
        sa.Column("seller_id", sa.String(length=64), nullable=False),
        sa.Column("seller_nick", sa.String(length=200), nullable=False),
        sa.Column("promotion_id", sa.String(length=64), nullable=True),
        sa.Column("is_tmall", sa.Boolean(), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.Column("price_cust", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("delivery_cust", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("purch_price", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("purch_delivery", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("weight_kg", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("provider_order_id", sa.Integer(), nullable=True),
        sa.Column("account", sa.String(length=100), nullable=True),
        sa.Column("vend_purch_id", sa.String(length=64), nullable=True),
        sa.Column("vend_purch_waybill", sa.String(length=64), nullable=True),
        sa.Column("external_line_id", sa.String(length=64), nullable=True),
        sa.Column("operator_comment", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_lines_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["provider_order_id"],
            ["provider_orders.id"],
            name=op.f("fk_order_lines_provider_order_id_provider_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_lines")),
        sa.UniqueConstraint("label", name=op.f("uq_order_lines_label")),
        sa.UniqueConstraint("order_id", "line_num", name=op.f("uq_order_lines_order_id_line_num")),
    )
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_order_lines_provider_order_id"), ["provider_order_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_order_lines_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_order_lines_vend_purch_id"), ["vend_purch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_order_lines_vend_purch_waybill"), ["vend_purch_waybill"], unique=False
        )

    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.String(length=32), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("weight_kg", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("length_cm", sa.Integer(), nullable=True),
        sa.Column("width_cm", sa.Integer(), nullable=True),
        sa.Column("height_cm", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_parcels_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcels")),
    )
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parcels_order_id"), ["order_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_parcels_tracking_number"), ["tracking_number"], unique=False
        )

    op.create_table(
        "line_status_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("old_status", sa.String(length=32), nullable=True),
        sa.Column("new_status", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["order_lines.id"],
            name=op.f("fk_line_status_history_line_id_order_lines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line_status_history")),
    )
    with op.batch_alter_table("line_status_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_line_status_history_line_id"), ["line_id"], unique=False
        )

    op.create_table(
        "parcel_lines",
        sa.Column("parcel_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("qty", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["order_lines.id"], name=op.f("fk_parcel_lines_line_id_order_lines")
        ),
        sa.ForeignKeyConstraint(
            ["parcel_id"],
            ["parcels.id"],
            name=op.f("fk_parcel_lines_parcel_id_parcels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("parcel_id", "line_id", name=op.f("pk_parcel_lines")),
    )
    op.create_table(
        "receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("waybill", sa.String(length=64), nullable=True),
        sa.Column("qty_expected", sa.Integer(), nullable=False),
        sa.Column("qty_received", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("clerk", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["order_lines.id"], name=op.f("fk_receipts_line_id_order_lines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
    )
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipts_line_id"), ["line_id"], unique=False)

    op.create_table(
        "unmatched_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=128), nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("clerk", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("photo_path", sa.Text(), nullable=False),
        sa.Column("matched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("matched_line_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["matched_line_id"],
            ["order_lines.id"],
            name=op.f("fk_unmatched_scans_matched_line_id_order_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unmatched_scans")),
    )
    with op.batch_alter_table("unmatched_scans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unmatched_scans_code"), ["code"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("unmatched_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unmatched_scans_code"))

    op.drop_table("unmatched_scans")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipts_line_id"))

    op.drop_table("receipts")
    op.drop_table("parcel_lines")
    with op.batch_alter_table("line_status_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_line_status_history_line_id"))

    op.drop_table("line_status_history")
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcels_tracking_number"))
        batch_op.drop_index(batch_op.f("ix_parcels_order_id"))

    op.drop_table("parcels")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_lines_vend_purch_waybill"))
        batch_op.drop_index(batch_op.f("ix_order_lines_vend_purch_id"))
        batch_op.drop_index(batch_op.f("ix_order_lines_status"))
        batch_op.drop_index(batch_op.f("ix_order_lines_provider_order_id"))

    op.drop_table("order_lines")
    with op.batch_alter_table("activity_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_steps_activity_id"))

    op.drop_table("activity_steps")
    op.drop_table("activity_answers")
    op.drop_table("warehouse_addresses")
    op.drop_table("provider_settings")
    op.drop_table("provider_sessions")
    with op.batch_alter_table("provider_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_orders_provider_account_state"))
        batch_op.drop_index(batch_op.f("ix_provider_orders_external_id"))
        batch_op.drop_index(batch_op.f("ix_provider_orders_activity_id"))

    op.drop_table("provider_orders")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_customer_name"))
        batch_op.drop_index(batch_op.f("ix_orders_created_at"))

    op.drop_table("orders")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_state"))
        batch_op.drop_index(batch_op.f("ix_activities_kind_account"))

    op.drop_table("activities")
