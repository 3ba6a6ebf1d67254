"""The fixtures of tests/sessions/: they live in tests/helpers/sessions.py, with the helpers that
other directories use too."""

from tests.helpers.sessions import (  # noqa: F401 - the fixtures of this directory
    connectors,
    login_service,
    sandbox,
    secrets,
    sessions,
)
