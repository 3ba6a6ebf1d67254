"""Fixtures for provider sessions: the sandbox on loopback, real connectors, the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from workstation.providers.base import Provider
from workstation.providers.registry import provider_from_settings, sandbox_settings
from workstation.sandbox.launcher import serve_in_thread
from workstation.sandbox.market import Market
from workstation.services.login import LoginService
from workstation.services.secrets import MemorySecretStore
from workstation.services.sessions import SessionService
from workstation.store.database import Database

# QtWebEngine on the offscreen platform has no OpenGL: it says so once per process, when its
# context starts (the first profile or page), and renders in software. Harmless here; the
# exact texts, for the tests that start QtWebEngine:
WEBENGINE_STARTUP_NOISE = (
    r"^QRhiGles2: Failed to create temporary context$",
    r"^QRhiGles2: Failed to create context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^This plugin does not support createPlatformVulkanInstance$",
    r"^QVulkanInstance: Failed to initialize Vulkan$",
    r"^GBM is not supported with the current configuration and Vulkan is not available\. "
    r"Fallback to software rendering\.$",
    r"^GPUInfo not initialized on GpuInfoUpdate$",
)
webengine = pytest.mark.qt_log_ignore(*WEBENGINE_STARTUP_NOISE)


class Connectors:
    """The connector factory the app hands to the login service: one connector per kind."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self._made: dict[str, Provider] = {}

    def __call__(self, kind: str) -> Provider:
        if kind not in self._made:
            self._made[kind] = provider_from_settings(
                sandbox_settings(self.base_url, kind), min_interval=0,
                timeout=httpx.Timeout(5.0, connect=2.0))
        return self._made[kind]

    def close(self) -> None:
        for provider in self._made.values():
            provider.close()  # type: ignore[attr-defined]


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[tuple[str, Market]]:
    state = tmp_path / "sandbox"
    state.mkdir()
    base_url, stop = serve_in_thread(state)
    yield base_url, Market(state)
    stop()


@pytest.fixture
def connectors(sandbox) -> Iterator[Connectors]:
    made = Connectors(sandbox[0])
    yield made
    made.close()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def sessions(sqlite_db: Database, secrets: MemorySecretStore) -> SessionService:
    return SessionService(sqlite_db, secrets)


@pytest.fixture
def login_service(sessions: SessionService, connectors: Connectors) -> LoginService:
    return LoginService(sessions, connectors)
