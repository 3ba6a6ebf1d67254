"""Two stations (two processes, two data directories) on one PostgreSQL database, booking and
synchronising the same orders at the same moment: every line is bought once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers.db import pg_database
from tests.helpers.engine import ACCOUNT, World, make_world, plain_items, template_copier
from workstation.domain import statuses as st
from workstation.services.purchase import ledger
from workstation.store.models import ProviderOrder

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    for url in pg_database():
        yield from make_world(tmp_path, url, migrated=template_copier(request))


def station(world: World, name: str) -> Path:
    """A second data directory that shares the world's PostgreSQL database and sandbox."""
    from workstation.sandbox.launcher import write_port_file
    from workstation.services.secrets import FileSecretStore

    data = world.data_dir.parent / name
    data.mkdir(parents=True, exist_ok=True)
    (data / "sandbox").symlink_to(world.data_dir / "sandbox")  # one marketplace, its running server
    write_port_file(data / "sandbox", int(world.base_url.rsplit(":", 1)[1]))
    store = FileSecretStore(data / "secrets.json")
    for key, value in world.core.secrets.data.items():  # type: ignore[attr-defined]
        store.set(key, value)
    return data


def run_cli(data: Path, db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "workstation.cli", "--data-dir", str(data), "--db", db_url, *args],
                          capture_output=True, text=True, timeout=300, env=env)


def test_two_stations_book_and_synchronise_the_same_orders_at_once(pg_world: World) -> None:
    world = pg_world
    world.market.configure(latency_ms=80)
    db_url = world.core.db.engine.url.render_as_string(hide_password=False)
    items = plain_items("1688")
    orders = [world.add_order("1688", [(items[i], 0, 1, None), (items[i + 3], 0, 2, None)]) for i in range(3)]
    stations = [station(world, "station-a"), station(world, "station-b")]
    # both stations talk to the one running sandbox server
    results: dict[tuple[str, str], subprocess.CompletedProcess[str]] = {}
    barrier = threading.Barrier(2)

    def drive(data: Path) -> None:
        barrier.wait()
        for oid in orders:
            results[(data.name, oid)] = run_cli(data, db_url, "book", oid, "--account", ACCOUNT["1688"])
        results[(data.name, "sync")] = run_cli(data, db_url, "sync", "--account", ACCOUNT["1688"])

    threads = [threading.Thread(target=drive, args=(d,)) for d in stations]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    for key, proc in results.items():
        assert proc.returncode in (0, 2, 6), (key, proc.returncode, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr, proc.stderr
    books = [proc.returncode for (name, what), proc in results.items() if what != "sync"]
    assert len(books) == 6 and any(code != 0 for code in books)  # one station lost each race
    remote = world.market.find_orders("1688")
    refs = [o.client_ref for o in remote]
    assert len(refs) == len(set(refs))
    with world.core.db.read() as s:
        created = {po.client_ref: po for po in s.scalars(select(ProviderOrder).where(
            ProviderOrder.state == ledger.CREATED))}
        assert not s.scalars(select(ProviderOrder).where(ProviderOrder.state.in_(ledger.OPEN))).all()
    assert set(refs) == set(created)
    bought = 0
    for oid in orders:
        for line in world.lines(oid):
            assert line.status == st.BOOKED, (oid, line.line_num, line.status, {k: (v.returncode, v.stdout[-800:], v.stderr[-800:]) for k, v in results.items()})
            bought += 1
    assert sum(len(o.lines) for o in remote) == bought  # each line in exactly one marketplace order
