"""The fixtures of tests/warehouse_ui/: they live in tests/helpers/warehouse_ui.py, with the helpers that
other directories use too."""

from tests.helpers.warehouse_ui import (  # noqa: F401 - the fixtures of this directory
    floor,
)
