"""Every 1688 connector choice the spec marks Inferred or leaves open, kept in one place.

docs/protocols.md (SPEC 1) states what the platform was *seen* doing; where it is
silent the connector had to pick. Each pick says why, so a correction after a
check against a real account is a one-line change here.
"""

from __future__ import annotations

# ---------------------------------------------------------------- which APIs

# Spec 1.14: alibaba.product.get needs no prior cross-border listing relationship
# (alibaba.cross.productInfo does); both answer `productInfo`.
PRODUCT_API = ("com.alibaba.product", "alibaba.product.get")
PRODUCT_SCENE = "1688"
# Spec 4 booking flow: createCrossOrder (the cross-border solution's API) with outOrderId.
CREATE_API = ("com.alibaba.trade", "alibaba.trade.createCrossOrder")
CREATE_FLOW = "general"  # open-market flow; spec 1.5
PREVIEW_FLOW = "general"
WEBSITE = "1688"
LOGISTICS_FIELDS = "company.name,sender,receiver,sendgood"  # spec 1.10: "callers usually send"
# Spec 1.9: no maximum pageSize was found; 20 is the documented example.
LIST_PAGE_SIZE = 20
LIST_MAX_PAGES = 500  # a guard against a server that never stops paging
# Spec 1.7 Inferred / 1.9: find by reference = getBuyerOrderList(outOrderId=...),
# filtered again on baseInfo.outOrderId in case the platform ignores the filter.
FIND_BY_REFERENCE_PAGES = 5

# ---------------------------------------------------------------- error codes

# Spec 1.4: the invalid-token answer is "401-style"; the literal code was not seen.
AUTH_CODES = frozenset({"401", "gw.InvalidAccessToken", "gw.AccessTokenExpired",
                        "invalid_grant", "invalid_token"})
RATE_LIMIT_CODES = frozenset({"gw.QosAppFrequencyLimit", "gw.QosApiFrequencyLimit"})
# `gw.NoUsageLeftError` (paid quota used up) cannot be waited out by back-off: it stays a
# ValidationFailed carrying the platform's code and message.
# Preview codes are confirmed (spec 1.6); the rest are picks (the spec names none for
# create, detail or product), shared with the sandbox's picks.
OUT_OF_STOCK_CODES = frozenset({"500_004"})
# 500_003: spec 1.6 groups "500_002 / 500_003" as "different sellers, or a missing or
# foreign specId"; we read the pair in order, so 500_003 = the SKU is not (any more) there.
NOT_FOUND_CODES = frozenset({"500_003", "ORDER_NOT_EXIST", "PRODUCT_NOT_EXIST", "404",
                             "order.not.exist", "PRODUCT_NOT_FOUND"})
BOOKING_LIMIT_CODES = frozenset({"ORDER_COUNT_LIMIT", "500_010"})
# A failed create is a refusal (its lines may be booked again) only for these and the typed
# refusals (stock, not found, the account's limit, auth, throttling): the gateway's own refusals
# ("gw.*": signature, ACL, app key, parameters, checked before the API runs) and parameter
# errors. Every other code on a create leaves the outcome unknown (providers/http.py
# settle_create_failure). Inferred; widen it only with a source.
CREATE_REFUSAL_PREFIXES = ("gw.",)
CREATE_REFUSAL_CODES = frozenset({"500_002",  # spec 1.6: the offers are not of one seller (confirmed for preview)
                                  "PARAM_ERROR", "PARAMETER_ERROR", "MISSING_PARAMETER", "INVALID_PARAMETER",
                                  "isv.invalid-parameter", "isv.missing-parameter"})
NOT_SHIPPED_CODES = frozenset({"500_2"})  # spec 1.10: logistics of an order not shipped yet

# ---------------------------------------------------------------- values

OFFER_AVAILABLE_STATUSES = frozenset({"published"})  # spec 1.14 status vocabulary
# The date zone the gateway assumes for `yyyy-MM-dd HH:mm:ss` texts (gmtPayExpireTime ...).
PLATFORM_UTC_OFFSET_HOURS = 8
# Token answers carry `expires_in` in seconds; default when absent (doc example 36000 = 10 h).
DEFAULT_EXPIRES_IN = 36000
