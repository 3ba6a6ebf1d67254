"""The fixtures of tests/otapi/: they live in tests/helpers/otapi.py, with the helpers that
other directories use too."""

from tests.helpers.otapi import (  # noqa: F401 - the fixtures of this directory
    client,
    demo_dir,
    instance,
    server,
    signed_instance,
)
