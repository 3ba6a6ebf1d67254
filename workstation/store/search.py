"""The text-search indexes beside the models (migration 0009): what they are called, whether a
database has them, and how a search string becomes an FTS5 query.

SQLite: `line_search`, an FTS5 table with the `trigram` tokenizer over `order_lines.title_orig`
and `order_lines.title` (external content, `content_rowid = id`), and `customer_search` over
`orders.customer_name` with the order id, each kept in step by triggers. A trigram query finds any substring of three characters or more, in
Chinese as in Latin script, case-folded; shorter strings cannot use it. PostgreSQL: pg_trgm
GIN indexes on both titles and on `orders.customer_name`, which serve `LIKE` and `ILIKE`
themselves. Neither is a model (SQLAlchemy has no virtual tables, and expression indexes with
an operator class do not compare), so `is_search_object` keeps them out of the
migrations-versus-models comparison.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection

LINE_SEARCH = "line_search"  # the FTS5 table of the titles (shadow tables line_search_data, ...)
CUSTOMER_SEARCH = "customer_search"  # the FTS5 table of customers' names, with the order id
SEARCH_TRIGGERS = ("order_lines_search_insert", "order_lines_search_delete", "order_lines_search_update",
                   "orders_search_insert", "orders_search_delete", "orders_search_update")
# PostgreSQL: (index name, table, column), GIN with gin_trgm_ops
TRGM_INDEXES = (
    ("ix_order_lines_title_orig_trgm", "order_lines", "title_orig"),
    ("ix_order_lines_title_trgm", "order_lines", "title"),
    ("ix_orders_customer_name_trgm", "orders", "customer_name"),
)
MIN_MATCH = 3  # characters a trigram query needs; shorter strings are read with LIKE


def is_search_object(name: str | None, type_: str, _parent: Any = None) -> bool:
    """True for the search table, its shadow tables and the trigram indexes."""
    if not name:
        return False
    if type_ == "table":
        return any(name == t or name.startswith(t + "_") for t in (LINE_SEARCH, CUSTOMER_SEARCH))
    if type_ == "index":
        return name in {n for n, _t, _c in TRGM_INDEXES}
    return False


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """For Alembic's `include_name`: everything except the search objects."""
    return not is_search_object(name, type_)


def has_line_search(conn: Connection) -> bool:
    """Does this SQLite database have the FTS5 table? (An SQLite built without FTS5 or the
    trigram tokenizer upgrades without it, and the search falls back to LIKE.)"""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(sql_text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                         {"n": LINE_SEARCH}).first()
    return found is not None


def match_phrase(text: str) -> str:
    """`text` as one FTS5 phrase: the substring as typed, quotes doubled, so no character of it
    is read as query syntax (AND, NEAR, *, column filters)."""
    return '"' + text.replace('"', '""') + '"'


__all__ = ["CUSTOMER_SEARCH", "LINE_SEARCH", "SEARCH_TRIGGERS", "MIN_MATCH", "TRGM_INDEXES", "has_line_search",
           "include_name", "is_search_object", "match_phrase"]
