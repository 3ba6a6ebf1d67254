"""Warehouse use cases: receiving parcels from sellers, unmatched codes, parcels to customers."""

from workstation.services.warehouse.parcels import ParcelItem, ParcelRow, ParcelService, Size
from workstation.services.warehouse.receiving import (
    ConflictError,
    MatchedScan,
    ReceiptResult,
    ReceivedLine,
    ReceiveLine,
    ReceivingService,
    UnmatchedRow,
)

__all__ = [
    "ConflictError", "MatchedScan", "ParcelItem", "ParcelRow", "ParcelService", "ReceiptResult",
    "ReceiveLine", "ReceivedLine", "ReceivingService", "Size", "UnmatchedRow",
]
