"""The fixtures of tests/providers/: they live in tests/helpers/providers.py, with the helpers that
other directories use too."""

from tests.helpers.providers import (  # noqa: F401 - the fixtures of this directory
    clock,
    gateway,
    token,
)
