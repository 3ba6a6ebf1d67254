"""Warehouse widgets: receiving after a scan, unmatched parcels, and the scanner test page."""
