"""The fixtures of tests/warehouse/: they live in tests/helpers/warehouse.py, with the helpers that
other directories use too."""

from tests.helpers.warehouse import (  # noqa: F401 - the fixtures of this directory
    clock,
    filled,
    parcels,
    receiving,
)
