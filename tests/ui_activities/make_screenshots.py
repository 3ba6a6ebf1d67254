"""Make docs/activities-results.png (the Activities pane: results, an interrupted activity) and
docs/quit-dialog.png (Ctrl+Q while a booking runs), against the sandbox, under Xvfb:
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/ui_activities/make_screenshots.py [--ru]

`--ru` installs Russian texts for the new strings (Russian runs about 30 % longer than English)
and writes *-ru.png beside them, to see that nothing is cut off.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RUSSIAN = {
    "State": "Состояние", "Kind": "Вид", "Account": "Аккаунт", "Description": "Описание", "Result": "Результат",
    "Lines": "Строки", "Prov. orders": "Заказы пост.", "Progress": "Ход", "Started": "Начато",
    "Booking": "Бронирование", "Synchronisation": "Синхронизация",
    "Queued": "В очереди", "Running": "Выполняется", "Waiting for you": "Ждёт вашего ответа",
    "Finished": "Завершено", "Finished with errors": "Завершено с ошибками", "Failed": "Сбой",
    "Aborted": "Прервано", "Interrupted (station {})": "Прервано (станция {})",
    "bought nothing": "ничего не куплено", "Bought nothing": "Ничего не куплено",
    "bought %n line(s)": "куплено строк: %n", "in %n order(s)": "в заказах: %n",
    "bought %n so far": "пока куплено: %n", "Resumes at the next start": "Продолжится при следующем запуске",
    "Waiting for your answer": "Ждёт вашего ответа",
    "%n order(s) of unknown outcome being checked": "заказов с неизвестным исходом на проверке: %n",
    "%n error(s)": "ошибок: %n", "then aborted": "затем прервано", "aborted": "прервано", "Done": "Готово",
    "%n warning(s)": "предупреждений: %n",
    "Quit while activities run?": "Выйти, пока идут операции?",
    "This workstation is still running %n activity(ies).": "Операций этой станции ещё выполняется: %n.",
    "Waiting for an answer; quitting does not touch them:": "Ждут ответа; выход их не затрагивает:",
    "it keeps waiting; answer it after the next start or on another workstation.":
        "так и будет ждать; ответьте после следующего запуска или на другой станции.",
    "Stop them and quit: the window closes as soon as each has finished its current step. Keep working: "
    "nothing changes.": "«Остановить и выйти»: окно закроется, как только каждая операция завершит текущий "
                        "шаг. «Продолжить работу»: ничего не меняется.",
    "running: it stops after its current step, and what is left resumes when the workstation starts again.":
        "выполняется: остановится после текущего шага, а оставшееся продолжится при следующем запуске "
        "станции.",
    "So far it has {}.": "На данный момент {}.",
    "Orders being sent or without a clear answer yet: %n. If no answer comes before the window closes, they "
    "are left for the reconciler, which looks them up before anything is sent again. Nothing is bought twice.":
        "Заказов отправляется или ещё без ясного ответа: %n. Если ответ не придёт до закрытия окна, их "
        "проверит сверка: она найдёт их до любой повторной отправки. Дважды ничего не покупается.",
    "queued: it starts when the workstation starts again.": "в очереди: начнётся при следующем запуске станции.",
    "waits for an answer: it keeps waiting; answer it after the next start or on another workstation.":
        "ждёт ответа: так и будет ждать; ответьте после следующего запуска или на другой станции.",
    "Keep working": "Продолжить работу", "Stop them and quit": "Остановить и выйти", "Quit now": "Выйти сейчас",
    "All kinds": "Все виды", "All accounts": "Все аккаунты", "All states": "Все состояния",
    "Answer waiting questions": "Ответить на ждущие вопросы", "{} waiting for you": "Ждут вашего ответа: {}",
}


def _russian_translator(app):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    class Russian(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            text = RUSSIAN.get(source)
            if text is None:
                return None
            return text.replace("%n", str(n)) if n >= 0 else text

        def isEmpty(self) -> bool:  # noqa: N802 - Qt override
            return False

    translator = Russian(app)
    app.installTranslator(translator)
    return translator


def pump(app, until, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the screenshot scene did not get ready")
        app.processEvents()
        time.sleep(0.02)


def main(russian: bool) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy import update

    from tests.helpers.engine import ACCOUNT, make_world
    from tests.helpers.ui_activities import (
        created_orders,
        drifted_order,
        plain_order,
        two_seller_order,
    )
    from workstation.core import pid_alive
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.tasks import TaskRunner
    from workstation.store.models import Activity
    from workstation.ui.panes.activities.pane import ActivitiesPane
    from workstation.ui.panes.activities.quit import QuitGuard

    app = QApplication.instance() or QApplication([])
    if russian:
        keep = _russian_translator(app)  # noqa: F841 - installed while the pictures are taken
    suffix = "-ru" if russian else ""
    tmp = Path(tempfile.mkdtemp())
    worlds = make_world(tmp, f"sqlite:///{tmp / 'shot.sqlite3'}")
    world = next(worlds)
    core, account = world.core, ACCOUNT["1688"]
    service, purchase = core.activities, core.purchase

    purchase.run(purchase.start_booking(two_seller_order(world, 3, 0), account))  # bought 3
    resumed = purchase.start_booking(two_seller_order(world, 3, 2), account)
    service.run(resumed, should_stop=lambda: created_orders(world, resumed) >= 1)
    service.run(resumed)  # bought 5 in 2, counted whole after the resume
    skipped = purchase.run(purchase.start_booking(drifted_order(world), account))
    service.answer(skipped.id, "skip")
    purchase.run(skipped.id)  # finished, bought nothing
    purchase.run(purchase.start_booking(drifted_order(world), account))  # waits for an answer
    world.market.configure(booking_limit=0)
    purchase.run(purchase.start_booking(plain_order(world, 1), account))  # errors
    world.market.configure(booking_limit=100_000)
    purchase.run(purchase.start_sync(account))
    away = purchase.start_booking(plain_order(world, 2, "taobao"), ACCOUNT["taobao"])
    with core.db.write() as s:  # packing-2 took it and then vanished: its lease ran out
        s.execute(update(Activity).where(Activity.id == away).values(
            state="running", owner="packing-2:4242", lease_until=datetime.now(UTC) - timedelta(minutes=3),
            progress_percent=40, found_lines=2))

    tasks = TaskRunner()
    runner = ActivityRunner(core.activities)
    pane = ActivitiesPane(core.activities, runner, tasks, is_alive=pid_alive)
    pane.ask_automatically = False
    pane.open_on_start = set()
    window = QMainWindow()
    window.setWindowTitle("Warehouse workstation")
    window.setCentralWidget(pane)
    window.resize(1560, 520)
    window.show()
    pane.refresh()
    pump(app, lambda: pane.model.rowCount() == 7 and all(r.result is not None for r in pane.model.rows()))
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    out = ROOT / "docs" / f"activities-results{suffix}.png"
    pane.grab().save(str(out))
    print(out)

    world.market.configure(latency_ms=400)  # a booking that takes a while
    slow = purchase.start_booking(plain_order(world, 8), account)
    guard = QuitGuard(window, runner, tasks, core.activities, is_alive=pid_alive)
    runner.submit(slow)
    pump(app, lambda: runner.running() == [slow])
    pump(app, lambda: core.activities.results([core.activities.get(slow)])[slow].lines_bought > 0, 30)
    window.close()
    pump(app, lambda: guard.dialog is not None and guard.dialog.isVisible())
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    out = ROOT / "docs" / f"quit-dialog{suffix}.png"
    guard.dialog.grab().save(str(out))
    print(out)
    guard.dialog.quit_button.click()
    pump(app, lambda: not window.isVisible(), 15)
    runner.shutdown(10_000)
    tasks.shutdown()
    with contextlib.suppress(StopIteration):
        next(worlds)


if __name__ == "__main__":
    main("--ru" in sys.argv[1:])
