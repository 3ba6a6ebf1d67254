"""Warehouse use cases: receiving parcels from sellers, unmatched codes, parcels to customers."""

from workstation.services.warehouse.parcels import ParcelItem, ParcelRow, ParcelService, Size
from workstation.services.warehouse.receiving import (
    AlreadyConfirmed,
    ConflictError,
    MatchedScan,
    Photo,
    ReceiptResult,
    ReceivedLine,
    ReceiveLine,
    ReceivingService,
    UnmatchedRow,
)

__all__ = [
    "AlreadyConfirmed", "ConflictError", "MatchedScan", "ParcelItem", "ParcelRow", "ParcelService", "Photo",
    "ReceiptResult", "ReceiveLine", "ReceivedLine", "ReceivingService", "Size", "UnmatchedRow",
]
