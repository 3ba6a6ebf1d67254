"""The fixtures of tests/engine/: they live in tests/helpers/engine.py, with the helpers that
other directories use too."""

from tests.helpers.engine import (  # noqa: F401 - the fixtures of this directory
    any_world,
    world,
)
