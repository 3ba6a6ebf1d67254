"""title search index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL); worklist indexes carry the filters

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 17:00:00

The worklist's text search (services/worklist.py) looks for a substring of a line's title
(Chinese or translated) or of the customer's name. Without an index that is a pass over every
line (0.5-0.9 s at a million lines).

SQLite: `line_search`, an FTS5 table with the `trigram` tokenizer over `order_lines.title_orig`
and `title`, its content read from `order_lines` itself (`content_rowid = id`, so no title is
stored twice), kept in step by triggers on insert, delete and a change of either title; and
`customer_search` over `orders.customer_name` (with the order id), kept the same way. A
later migration that recreates `order_lines` or `orders` (a batch operation that copies the
table) drops these triggers with it and must create them again (`tests/test_worklist_search.py`
checks they exist at head). An SQLite without FTS5 or the trigram tokenizer (before 3.34) upgrades
without the table, says so in the log, and the search reads titles with LIKE.

PostgreSQL: the pg_trgm extension and GIN indexes on both titles and on the customer's name;
they serve LIKE and ILIKE as they are. When the extension cannot be created (not installed on
the server, or the role may not create it) the migration goes on without them and says so in
the log; the search is then correct and slow, as before.

The worklist's sort indexes of 0006 are replaced by wider ones (`store.models.worklist_indexes`):
the same sort keys, then the line id and the filter columns (provider, account, seller, time in
status). A filter the walk along a sort index checks is then read from the index entry, and
a line that fails it costs no read of its table row: "account X sorted by purchase price" at
a million lines took 260 ms walking (purch_price) and 42 ms walking (purch_price, account, ...).

Written out (names, columns, SQL), so the migration stays what it was when the code moves on.
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

log = logging.getLogger("workstation.store.migrations")

WORKLIST_INDEXES = (  # (name, columns): sort key, the line id (tie-break), the filters
    ("ix_order_lines_wl_order_id", ["order_id", "line_num", "id", "provider", "account", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_status_changed_at", ["status_changed_at", "id", "provider", "account", "seller_nick"]),
    ("ix_order_lines_wl_price_cust", ["price_cust", "id", "provider", "account", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_purch_price", ["purch_price", "id", "provider", "account", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_seller_nick", ["seller_nick", "id", "provider", "account", "status_changed_at"]),
    ("ix_order_lines_wl_account", ["account", "id", "provider", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_status_order_id", ["status", "order_id", "line_num", "id", "provider", "account", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_status_status_changed_at", ["status", "status_changed_at", "id", "provider", "account", "seller_nick"]),
    ("ix_order_lines_wl_status_price_cust", ["status", "price_cust", "id", "provider", "account", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_status_purch_price", ["status", "purch_price", "id", "provider", "account", "seller_nick", "status_changed_at"]),
    ("ix_order_lines_wl_status_seller_nick", ["status", "seller_nick", "id", "provider", "account", "status_changed_at"]),
    ("ix_order_lines_wl_status_account", ["status", "account", "id", "provider", "seller_nick", "status_changed_at"]),
)
# what 0006 made: replaced by the above
OLD_WORKLIST_INDEXES = (
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

TRGM_INDEXES = (
    ("ix_order_lines_title_orig_trgm", "order_lines", "title_orig"),
    ("ix_order_lines_title_trgm", "order_lines", "title"),
    ("ix_orders_customer_name_trgm", "orders", "customer_name"),
)

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE line_search USING fts5(title_orig, title, content='order_lines', "
    "content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER order_lines_search_insert AFTER INSERT ON order_lines BEGIN "
    "INSERT INTO line_search (rowid, title_orig, title) VALUES (new.id, new.title_orig, new.title); END",
    "CREATE TRIGGER order_lines_search_delete AFTER DELETE ON order_lines BEGIN "
    "INSERT INTO line_search (line_search, rowid, title_orig, title) "
    "VALUES ('delete', old.id, old.title_orig, old.title); END",
    # only when a title changes: status, price and waybill updates never touch the index
    "CREATE TRIGGER order_lines_search_update AFTER UPDATE OF title_orig, title ON order_lines "
    "WHEN old.title_orig IS NOT new.title_orig OR old.title IS NOT new.title BEGIN "
    "INSERT INTO line_search (line_search, rowid, title_orig, title) "
    "VALUES ('delete', old.id, old.title_orig, old.title); "
    "INSERT INTO line_search (rowid, title_orig, title) VALUES (new.id, new.title_orig, new.title); END",
    "INSERT INTO line_search (line_search) VALUES ('rebuild')",
    # The customer's name: `orders.id` is text, so its rowid is no stable key (VACUUM may renumber
    # it) and the table keeps its own copy of each name with the order id. Orders are renamed or
    # deleted rarely; each costs a pass over this small table.
    "CREATE VIRTUAL TABLE customer_search USING fts5(customer_name, order_id UNINDEXED, tokenize='trigram')",
    "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN "
    "INSERT INTO customer_search (customer_name, order_id) VALUES (new.customer_name, new.id); END",
    "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
    "DELETE FROM customer_search WHERE order_id = old.id; END",
    "CREATE TRIGGER orders_search_update AFTER UPDATE OF customer_name, id ON orders "
    "WHEN old.customer_name IS NOT new.customer_name OR old.id IS NOT new.id BEGIN "
    "DELETE FROM customer_search WHERE order_id = old.id; "
    "INSERT INTO customer_search (customer_name, order_id) VALUES (new.customer_name, new.id); END",
    "INSERT INTO customer_search (customer_name, order_id) SELECT customer_name, id FROM orders",
)
SQLITE_TRIGGERS = ("order_lines_search_insert", "order_lines_search_delete", "order_lines_search_update",
                   "orders_search_insert", "orders_search_delete", "orders_search_update")


def upgrade() -> None:
    for name, _columns in OLD_WORKLIST_INDEXES:
        op.drop_index(name, table_name="order_lines")
    for name, columns in WORKLIST_INDEXES:
        op.create_index(name, "order_lines", columns, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_upgrade(bind)
    elif bind.dialect.name == "postgresql":
        _postgres_upgrade(bind)


def _sqlite_upgrade(bind: sa.engine.Connection) -> None:
    try:  # a failed statement leaves an SQLite transaction as it was
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.line_search_probe USING fts5(x, tokenize='trigram')")
    except sa.exc.OperationalError as exc:
        log.warning("SQLite %s has no FTS5 trigram tokenizer (%s): the title search reads every line "
                    "(LIKE) instead of an index. SQLite 3.34 or newer has it.",
                    bind.exec_driver_sql("SELECT sqlite_version()").scalar(), exc)
        return
    bind.exec_driver_sql("DROP TABLE temp.line_search_probe")
    for statement in SQLITE_CREATE:
        bind.exec_driver_sql(statement)


def _postgres_upgrade(bind: sa.engine.Connection) -> None:
    attempt = bind.begin_nested()  # a failed CREATE EXTENSION must not abort the migration's transaction
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        attempt.rollback()
        log.warning("PostgreSQL: the pg_trgm extension cannot be created (%s). Migration 0009 goes on "
                    "without its trigram indexes: the title and customer search is correct but reads every "
                    "line. To add them, have the server's administrator run CREATE EXTENSION pg_trgm in this "
                    "database and create the indexes %s (GIN, gin_trgm_ops).", str(exc).splitlines()[0],
                    ", ".join(f"{n} ON {t} ({c})" for n, t, c in TRGM_INDEXES))
        return
    attempt.commit()
    for name, table, column in TRGM_INDEXES:
        bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS customer_search")
        bind.exec_driver_sql("DROP TABLE IF EXISTS line_search")
    elif bind.dialect.name == "postgresql":
        for name, _table, _column in reversed(TRGM_INDEXES):
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        # the extension stays: other databases' objects or a later revision may use it
    for name, _columns in reversed(WORKLIST_INDEXES):
        op.drop_index(name, table_name="order_lines")
    for name, columns in OLD_WORKLIST_INDEXES:
        op.create_index(name, "order_lines", columns, unique=False)
