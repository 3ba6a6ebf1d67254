"""The fixtures of tests/ui_settings/: they live in tests/helpers/ui_settings.py, with the helpers that
other directories use too."""

from tests.helpers.ui_settings import (  # noqa: F401 - the fixtures of this directory
    open_dialog,
    runner,
    secrets,
    service,
)
