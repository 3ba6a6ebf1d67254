"""Marketplace connectors behind one protocol (see `base`)."""
