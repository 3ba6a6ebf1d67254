"""The fixtures of tests/ui_purchase/: they live in tests/helpers/ui_purchase.py, with the helpers that
other directories use too."""

from tests.helpers.ui_purchase import (  # noqa: F401 - the fixtures of this directory
    desk,
    world,
)
