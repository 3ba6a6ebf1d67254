"""The fixtures of tests/background/: they live in tests/helpers/background.py, with the helpers that
other directories use too."""

from tests.helpers.background import (  # noqa: F401 - the fixtures of this directory
    rig,
    world,
)
