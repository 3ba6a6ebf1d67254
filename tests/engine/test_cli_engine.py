"""The CLI contract the acceptance tests use: book, answer, activities, settings, sessions."""

from __future__ import annotations

import json

import pytest

from tests.helpers.engine import ACCOUNT, World, plain_items
from workstation.cli import main
from workstation.services.secrets import FileSecretStore


@pytest.fixture
def cli_world(world: World) -> World:
    from workstation.sandbox.launcher import write_port_file

    write_port_file(world.data_dir / "sandbox", int(world.base_url.rsplit(":", 1)[1]))
    store = FileSecretStore(world.data_dir / "secrets.json")
    for name, value in world.core.secrets.data.items():  # type: ignore[attr-defined]
        store.set(name, value)
    return world


def cli(world: World, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object]:
    code = main(["--data-dir", str(world.data_dir), "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out


def test_book_answer_and_read_the_activity_through_the_cli(cli_world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    item = plain_items("1688")[0]
    oid = cli_world.add_order("1688", [(item, 0, 1, item.skus[0].price / 2)])
    code, info = cli(cli_world, capsys, "book", oid, "--account", ACCOUNT["1688"])
    assert code == 5 and info["state"] == "waiting"  # type: ignore[index]  # 5: waiting for a person
    question = [s for s in info["steps"] if s["type"] == "question"][-1]  # type: ignore[index]
    assert {c["id"] for c in question["choices"]} == {"confirm", "skip", "cancel", "abort"}
    assert main(["--data-dir", str(cli_world.data_dir), "answer", info["id"], "perhaps"]) == 2  # type: ignore[index]
    assert "not a choice" in capsys.readouterr().err
    code, info = cli(cli_world, capsys, "answer", info["id"], "confirm")  # type: ignore[index]
    assert code == 0 and info["state"] == "finished"  # type: ignore[index]
    code, rows = cli(cli_world, capsys, "activities")
    assert [a["state"] for a in rows] == ["finished"]  # type: ignore[union-attr]
    code, lines = cli(cli_world, capsys, "lines", oid)
    assert lines["lines"][0]["status"] == "booked"  # type: ignore[index]
    code, found = cli(cli_world, capsys, "lookup", lines["lines"][0]["vend_purch_id"])  # type: ignore[index]
    assert found["kind"] == "provider_order"  # type: ignore[index]


def test_settings_and_sessions_through_the_cli(cli_world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    code, values = cli(cli_world, capsys, "settings", "set", "1688", "overpayment_threshold_percent", "15")
    assert code == 0 and values["overpayment_threshold_percent"] == "15"  # type: ignore[index]
    assert main(["--data-dir", str(cli_world.data_dir), "settings", "set", "1688", "price_confirmation_mode",
                 "often"]) == 2
    assert "price_confirmation_mode" in capsys.readouterr().err
    assert main(["--data-dir", str(cli_world.data_dir), "warehouse", "1688", "--name", "王", "--mobile", "1",
                 "--postal-code", "1", "--province", "p", "--city", "c", "--district", "d", "--address", "a"]) == 2
    err = capsys.readouterr().err
    assert "name:" in err and "mobile:" in err and "postal_code:" in err
    code, sessions = cli(cli_world, capsys, "sessions")
    assert {s["account"] for s in sessions} >= {ACCOUNT["1688"], ACCOUNT["taobao"]}  # type: ignore[union-attr]
    assert main(["--data-dir", str(cli_world.data_dir), "book", "ORD-0000000001", "--account", "ghost"]) == 2
    assert "does not exist" in capsys.readouterr().err
    code, _ = cli(cli_world, capsys, "settings", "set", "1688", "api_secret", "canary-5ecret-value")
    assert "canary-5ecret-value" not in (cli_world.data_dir / "workstation.sqlite3").read_bytes().decode("latin-1")
