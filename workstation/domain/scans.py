"""The words of the scan journal: what a scan's verdict can be and where a code came from.
Declared once here (pure, no imports) for the scan service, the journal's filters and the CLI."""

FOUND, ALREADY, NOT_FOUND, DUPLICATE, FAILED = (
    "found", "already_received", "not_found", "duplicate", "failed")
VERDICTS = (FOUND, ALREADY, NOT_FOUND, DUPLICATE, FAILED)
WEDGE, SERIAL, TYPED = "wedge", "serial", "typed"
SOURCES = (WEDGE, SERIAL, TYPED)
UNMATCHED_VERDICTS = frozenset({NOT_FOUND, FAILED})  # kept as an unmatched parcel
