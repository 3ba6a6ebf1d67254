"""Every Taobao Global connector choice the spec marks Inferred or leaves open, in one place.

docs/protocols.md (SPEC 2) states what the IOP gateway was *seen* doing; where it is
silent the connector had to pick. Each pick says why, so a correction after a
check against a real account is a one-line change here.
"""

from __future__ import annotations

# ---------------------------------------------------------------- transport

# Spec 2.1: the official IOP SDK POSTs every parameter as a form field (JSON bodies are
# a third-party variant). We POST forms.
# `partner_id`: every official IOP SDK sends its version string as a system parameter, signed
# with the rest (Java `iop-sdk-java-20181207`, Python `iop-sdk-python-20181207`). We send the
# Python SDK's, the one whose wire (every parameter a form field) we follow.
PARTNER_ID = "iop-sdk-python-20181207"
# Spec 2.6: search pages are <= 20; the orders query's limit was not found.
QUERY_PAGE_SIZE = 20
QUERY_MAX_PAGES = 500

# ---------------------------------------------------------------- gateway codes

AUTH_CODES = frozenset({"IllegalAccessToken", "IllegalRefreshToken", "InvalidCode",
                        "MissingAccessToken", "AccessTokenExpired"})
# Spec 2.1 Inferred (seen on the AliExpress IOP): "this ban will last N seconds".
RATE_LIMIT_CODES = frozenset({"ApiCallLimit", "AppCallLimit"})
# An IOP error answer `{type, code, message}` is a refusal with its reason, whatever its
# `type`: the official docs call ISP "business data error" in one place and "backend service
# error" in another, so the type cannot tell a refusal from a fault. Only codes that say the
# platform itself did not finish (timeout, unavailable, internal error) leave the outcome of
# a write unknown; the list is ours (docs/protocols.md, "Error shapes and outcomes").
PLATFORM_FAULT_CODES = frozenset({"ServiceUnavailable", "ServiceTimeout", "InternalError",
                                  "SystemError", "ServiceError", "BackendTimeout",
                                  "isp.temporary-failed", "isp.service-timeout",
                                  "isp.service-unavailable", "isp.internal-error"})
PLATFORM_FAULT_WORDS = ("timeout", "timed-out", "unavailable", "internalerror", "internal-error")
# A failed create is a refusal (its lines may be booked again) only for these, and for the typed
# refusals (stock, not found, the account's limit, auth, throttling): the IOP gateway's caller
# errors (ISV: a parameter it rejected before anything ran) and the parameter codes the docs
# name. Every other code on a create leaves the outcome unknown (providers/http.py
# settle_create_failure). Inferred; widen it only with a source.
CREATE_REFUSAL_PREFIXES = ("isv.",)
CREATE_REFUSAL_CODES = frozenset({"MissingParameter", "InvalidParameter", "IllegalParameter", "IncompleteSignature",
                                  "InvalidApiPath", "InvalidAppKey", "SignatureInvalid", "InvalidTimestamp",
                                  "ISV.InvalidTimestamp", "PARAM_ERROR", "PARAMETER_ERROR",
                                  # our business picks, beside OUT_OF_STOCK_CODES (none confirmed)
                                  "ITEM_OFF_SHELF", "INVALID_QUANTITY", "SELLER_MISMATCH"})

# ---------------------------------------------------------------- business codes (none confirmed)

OUT_OF_STOCK_CODES = frozenset({"SKU_STOCK_NOT_ENOUGH", "STOCK_NOT_ENOUGH", "INVENTORY_NOT_ENOUGH"})
NOT_FOUND_CODES = frozenset({"ITEM_NOT_FOUND", "SKU_NOT_FOUND", "PURCHASE_ORDER_NOT_FOUND",
                             "ITEM_NOT_EXIST", "SKU_NOT_EXIST", "ORDER_NOT_FOUND"})
BOOKING_LIMIT_CODES = frozenset({"PURCHASE_ORDER_LIMIT", "ORDER_LIMIT_EXCEEDED"})
NOT_SHIPPED_CODES = frozenset({"LOGISTICS_NOT_FOUND", "NO_LOGISTICS"})

# ---------------------------------------------------------------- values

AVAILABLE_ITEM_STATUSES = frozenset({"ON_SALE", "onsale", "normal", "NORMAL", "1"})
TMALL_ITEM_TYPES = frozenset({"TMALL", "tmall", "B"})  # Tmall = seller type B (spec 3.3)
DELETED_SKU_STATUSES = frozenset({"delete", "DELETE", "deleted", "OFF_SALE"})
CURRENCY = "CNY"
CHANNEL_ORDER_TYPE = "PANAMA"  # spec 2.4: PANAMA, PANAMA_DG (one client sends NORMAL)
# Spec 2.4 conflict: order_line_list keys are camelCase in three sources; we send camelCase.
LINE_KEYS = {"item": "itemId", "sku": "skuId", "line_no": "orderLineNo"}
# The warehouse in China is both the receiver and the warehouse address (no supply-chain
# service); the country code is ours.
COUNTRY = "CN"
NEED_SUPPLY_CHAIN_SERVICE = "false"
# purchase_amount ("planned total, fen"): the goods at the expected unit prices.
# Render prices: `discount_price` when given, else `origin_price`, both per unit.
