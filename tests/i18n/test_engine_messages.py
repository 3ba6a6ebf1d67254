"""Engine messages are stored as a key plus parameters and rendered in the reader's language:
the catalogue, the store, the CLI (`--lang`, as a process), the OT API (`language`, real HTTP)
and the window (the activity window and the Activities pane, built as app.py builds them)."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.helpers.otapi import cli, create_instance, start_server
from workstation.config import load_config
from workstation.core import open_database
from workstation.domain import messages as msg
from workstation.otapi.client import OtapiClient
from workstation.services.activities import ActivityService, Context
from workstation.services.translations import Renderer, read_qm
from workstation.store.database import Database
from workstation.store.models import ActivityStep

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import update as catalogues  # noqa: E402 - resources/translations/update.py

RU_BOOKED = "Выкуплен заказ площадки 7788 (позиций: 2, 1\u00a0234,50\u00a0¥)."
ZH_BOOKED = "已在平台下单 7788（2 件商品，¥1,234.50）。"


class _Handler:
    """A sync-kind activity that logs what a booking logs, through the engine's own Context."""

    def run(self, ctx: Context) -> None:
        ctx.info(msg.BOOKED(order="7788", items=2, total=Decimal("1234.50")), key="booked")
        ctx.warning(msg.LINE_TAKEN(line=3), key="taken")
        ctx.error(msg.NOT_BOOKED(seller="shop-9", why=msg.WHY_SESSION_EXPIRED()), key="failed")
        ctx.info("a plain text without a key", key="plain")


def _activity(db: Database) -> str:
    service = ActivityService(db, {"sync": _Handler()})
    activity_id = service.create("sync", "1688", "buyer-1", {}, description=msg.DESCRIBE_SYNC(account="buyer-1"))
    service.run(activity_id)
    return activity_id


def _database(data_dir: Path) -> Database:
    """The CLI's own database file in `data_dir`, made by the CLI (Alembic migrations)."""
    cli(data_dir, "migrate")
    return open_database(load_config(str(data_dir), None))


# -- the catalogue --------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_every_declared_message_has_a_translation_with_the_same_fields(language: str) -> None:
    entries = catalogues.read_ts(catalogues.ts_path(language))
    compiled = read_qm(catalogues.ts_path(language).with_suffix(".qm"))
    assert msg.CATALOGUE, "no engine message declared"
    for template in msg.CATALOGUE.values():
        entry = entries.get((msg.MESSAGE_CONTEXT, template.text, ""))
        assert entry is not None and entry.finished and not entry.vanished, f"{template.key} is not translated"
        translated = entry.translations[0]
        assert set(msg.fields_of(translated)) == set(msg.fields_of(template.text)), template.key
        assert compiled.get(template.text) == translated, f"{template.key}: the .qm is not compiled from the .ts"


def test_money_is_put_in_the_readers_style_and_a_broken_translation_falls_back_to_english() -> None:
    booked = msg.BOOKED(order="7788", items=2, total=Decimal("1234.50"))
    assert booked.english == "Booked marketplace order 7788 (2 item(s), ¥1,234.50)."
    assert Renderer("ru").render(booked.key, booked.params, "") == RU_BOOKED
    assert Renderer("zh-CN").render(booked.key, booked.params, "") == ZH_BOOKED
    assert msg.render(booked.key, booked.params, translate=lambda _t: "Заказ {nope}", language="ru") == \
        "Booked marketplace order 7788 (2 item(s), 1\u00a0234,50\u00a0¥)."
    assert msg.render("no.such.key", {}, fallback="stored text") == "stored text"
    assert msg.format_money(Decimal("-2.5"), "ru") == "-2,50\u00a0¥"


# -- the store and the faces ----------------------------------------------------------------------

def test_an_activity_run_stores_keys_and_params_beside_the_english_text(sqlite_db: Database) -> None:
    activity_id = _activity(sqlite_db)
    with sqlite_db.read() as s:
        rows = {r.step_key: r for r in s.query(ActivityStep).filter_by(activity_id=activity_id)}
        booked, failed, plain = rows["booked"], rows["failed"], rows["plain"]
        assert (booked.message_key, json.loads(booked.message_params)) == (
            "booking.booked", {"order": "7788", "items": 2, "total": "1234.50"})
        assert booked.message == "Booked marketplace order 7788 (2 item(s), ¥1,234.50)."
        assert failed.message_key == "booking.not_booked"
        assert json.loads(failed.message_params)["why"]["$key"] == "booking.why.session_expired"
        assert plain.message_key is None and plain.message_params is None
    info = ActivityService(sqlite_db, {}).get(activity_id)
    russian = Renderer("ru")
    assert russian.description(info) == "Синхронизация buyer-1"
    assert [russian.text(s) for s in info.steps][:3] == [
        RU_BOOKED, "#3 уже выкупается в другом месте (другое окно или рабочее место); здесь не трогаем.",
        "Заказ у продавца shop-9 не выкуплен: сессия истекла"]
    assert russian.text(info.steps[3]) == "a plain text without a key"


def test_the_cli_prints_the_steps_in_the_language_of_lang(tmp_path: Path) -> None:
    db = _database(tmp_path)
    activity_id = _activity(db)
    with db.write() as s:  # a row from before keys: shown as its stored text, in any language
        s.execute(update(ActivityStep).where(ActivityStep.step_key == "taken")
                  .values(message_key=None, message_params=None, message="an old English step"))
    db.dispose()
    russian = cli(tmp_path, "--lang", "ru", "activity", activity_id, check=False)
    assert RU_BOOKED in russian.stdout, russian.stdout + russian.stderr
    assert "Заказ у продавца shop-9 не выкуплен: сессия истекла" in russian.stdout
    assert "an old English step" in russian.stdout
    assert "Синхронизация buyer-1" in cli(tmp_path, "--lang", "ru", "activities").stdout
    assert ZH_BOOKED in cli(tmp_path, "--lang", "zh_CN", "activity", activity_id, check=False).stdout
    english = cli(tmp_path, "activity", activity_id, check=False).stdout
    assert "Booked marketplace order 7788 (2 item(s), ¥1,234.50)." in english and "Выкуплен" not in english


def test_the_ot_api_answers_in_the_requests_language(tmp_path: Path) -> None:
    db = _database(tmp_path)
    activity_id = _activity(db)
    db.dispose()
    instance = create_instance(tmp_path)
    server = start_server(tmp_path)
    try:
        params = {"activityType": "ProviderOrdersIntegrationSynchronizing", "activityId": activity_id}
        answers = {}
        for language in ("ru", "zh_CN", "en"):
            with OtapiClient(server.url, instance.key, operator=instance.operator, customer=instance.customer,
                             language=language) as client:
                answers[language] = client.result("GetBackgroundActivityInfo", params)
    finally:
        server.stop()

    def messages(answer):  # type: ignore[no-untyped-def]
        return [s["Message"] for s in answer["Steps"]]

    assert answers["ru"]["Description"] == "Синхронизация buyer-1"
    assert messages(answers["ru"])[0] == RU_BOOKED
    assert messages(answers["zh_CN"])[0] == ZH_BOOKED
    assert messages(answers["en"])[0] == "Booked marketplace order 7788 (2 item(s), ¥1,234.50)."
    assert messages(answers["ru"])[3] == "a plain text without a key"
