"""Fixtures of the sandbox tests: a real sandbox server on a loopback port per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.sandbox.helpers import Sandbox
from workstation.sandbox.launcher import serve_in_thread
from workstation.sandbox.market import Market


@pytest.fixture
def sandbox(tmp_path) -> Iterator[Sandbox]:
    directory = tmp_path / "sandbox"
    url, stop = serve_in_thread(directory)
    client = httpx.Client(base_url=url, timeout=5.0)
    try:
        yield Sandbox(url, directory, Market(directory), client)
    finally:
        client.close()
        stop()


@pytest.fixture
def token_1688(sandbox: Sandbox) -> str:
    return sandbox.token_1688()["access_token"]


@pytest.fixture
def token_tg(sandbox: Sandbox) -> str:
    return sandbox.token_tg()["access_token"]
