"""The composed window needs the engine's world (a sandbox on loopback and the real services)."""

from tests.helpers.engine import world  # noqa: F401 - re-exported fixture
