"""The fixtures of tests/ui_activities/: they live in tests/helpers/ui_activities.py, with the helpers that
other directories use too."""

from tests.helpers.ui_activities import (  # noqa: F401 - the fixtures of this directory
    runner,
    tasks,
    world,
)
