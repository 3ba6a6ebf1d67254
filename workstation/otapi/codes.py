"""OT's ids for our line statuses and provider types, declared once for the server and the client.

Line status ids are **L** (inferred from OT Box: 2/3 ready to buy, 6-10 purchased, 12/13
cancelled; see docs/otapi.md). An instance tells its own table through GetOrderLineStatusList;
`status_table` reads it, by our `Code` where the instance gives one (this workstation's server
does), otherwise by the id through `STATUS_IDS`, so a correction of the table is one edit here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workstation.domain import marketplaces
from workstation.domain import statuses as st

# OT provider type names (H: OT's own client) <-> our provider kinds.
PROVIDER_TYPES = {m.ot_provider_type: m.kind for m in marketplaces.MARKETPLACES}
OT_PROVIDER = {v: k for k, v in PROVIDER_TYPES.items()}

STATUS_IDS: dict[str, int] = {
    st.AWAITING_PAYMENT: 1, st.READY: 2, st.PRICE_CONFIRMATION: 3, st.OUTCOME_UNKNOWN: 4, st.BOOKED: 5,
    st.PURCHASED: 6, st.SENT_BY_SELLER: 7, st.RECEIVED: 8, st.PACKED: 9, st.SENT_TO_CUSTOMER: 10,
    st.NOT_AVAILABLE: 12, st.CANCELLED: 13,
}
BY_STATUS_ID = {v: k for k, v in STATUS_IDS.items()}
QUERY_TYPES = {0: None, 1: (2, 3), 2: (6, 7, 8, 9, 10)}  # GetSalesOrderDetailsForOperator queryType
KNOWN_CODES = frozenset(STATUS_IDS)


def status_table(items: Iterable[Mapping[str, Any]]) -> dict[int, str]:
    """OT line status id -> our status code, from GetOrderLineStatusList's items. An item with
    our `Code` is taken by it; one without, by its id (`BY_STATUS_ID`); ids neither knows are
    left out (a line with such a status is shown as the id says nothing: see the mirror)."""
    table: dict[int, str] = {}
    for item in items:
        try:
            status_id = int(str(item.get("Id", "")).strip())
        except ValueError:
            continue
        code = str(item.get("Code") or "").strip()
        if code in KNOWN_CODES:
            table[status_id] = code
        elif status_id in BY_STATUS_ID:
            table[status_id] = BY_STATUS_ID[status_id]
    return table
