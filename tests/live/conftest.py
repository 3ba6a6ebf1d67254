"""The fixtures of tests/live/: they live in tests/helpers/live.py, with the helpers that
other directories use too."""

from tests.helpers.live import (  # noqa: F401 - the fixtures of this directory
    sandbox_process,
)
