"""The GUI's composition root: configuration, core services, runner, window. `workstation`."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from workstation.config import Config, ConfigError, load_config

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CRASH_FILE = "crash.txt"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workstation", description="The warehouse workstation.")
    parser.add_argument("--data-dir", help="data directory (or WORKSTATION_DATA_DIR)")
    parser.add_argument("--db", help="database URL (default: SQLite in the data directory)")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
                        help="start, show the window, and quit cleanly after SECONDS")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once loaded")
    parser.add_argument("--no-demo", action="store_true", help="do not add demo orders to an empty database")
    parser.add_argument("--lang", metavar="LANG",
                        help="language of the window: ru, zh_CN, en or system (default: [ui] language in "
                             "workstation.ini, else the system's)")
    return parser.parse_args(argv)


def _fatal(message: str, interactive: bool) -> int:
    print(f"workstation: {message}", file=sys.stderr)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QMessageBox.tr("Warehouse workstation"), message)
    return 2


def _probe(variable: str) -> None:
    """benchmarks/bench_startup.py: the time of a paint, in epoch seconds, to the file named."""
    path = os.environ.get(variable)
    if path:
        Path(path).write_text(repr(time.time()))


def _previous_crash(config: Config) -> str | None:
    crash = config.data_dir / CRASH_FILE
    try:
        text = crash.read_text(errors="replace").strip() if crash.exists() else ""
        if text:
            kept = crash.with_name(f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt")
            os.replace(crash, kept)
            log.error("the previous run crashed; report kept in %s:\n%s", kept, text[-4000:])
            return str(kept)
    except OSError:
        log.exception("could not read the crash report")
    return None


# -- language (workstation/i18n.py): --lang, else [ui] language in workstation.ini, else the system's
def _install_translations(app, args: argparse.Namespace) -> str:  # type: ignore[no-untyped-def]
    from workstation import i18n

    try:
        ini = load_config(args.data_dir, args.db).data_dir / "workstation.ini"
    except ConfigError:
        ini = None  # reported right after, in the language of the command line or the system
    language = i18n.choose(args.lang, i18n.ini_language(ini))
    i18n.install(app, language)
    return language
# -- end of language set-up


def _build_window(app, core, runner, settings, label, reporter):  # type: ignore[no-untyped-def]
    """Every pane with its services, the scanner, the activity runner and background sync.
    Returns the window and the function that stops what runs beside it (before the runners)."""
    from workstation.core import pid_alive
    from workstation.runner.activities import ActivityRunner
    from workstation.runner.background import BackgroundSyncTimer
    from workstation.scanner.wedge import WedgeScanner
    from workstation.services.login import LoginService
    from workstation.services.people import AnsweringAs
    from workstation.services.upkeep import UpkeepService
    from workstation.ui.browser import BrowserProfiles
    from workstation.ui.changes import ChangeBridge, connect_window
    from workstation.ui.mainwindow import MainWindow
    from workstation.ui.panes.activities.pane import ActivitiesPane
    from workstation.ui.panes.activities.quit import QuitGuard
    from workstation.ui.panes.purchase.pane import PurchasePane
    from workstation.ui.panes.warehouse.pane import WarehousePane
    from workstation.ui.scan_router import ScanRouter
    from workstation.ui.scanner_pause import ScannerPause
    from workstation.ui.serial_scanners import SerialScanners, SerialStatusLabel
    from workstation.ui.statusbar import SyncStatusWidget
    from workstation.ui.upkeep import UpkeepTimer

    # questions are answered as the person signed in now, and only by one allowed to
    activity_runner = ActivityRunner(AnsweringAs(core.activities, core.actor), app, answered_by=core.actor.user)
    profiles = BrowserProfiles(core.config.data_dir, app)
    if core.platform.is_remote:  # OT mode: accounts log in through the instance's own login page
        from workstation.services.otmode.sessions import OtLoginService

        login = OtLoginService(core.platform.sessions)
    else:
        login = LoginService(core.sessions, core.connectors)
    wedge = WedgeScanner.from_ini(settings, parent=app)  # scanner/... operator settings
    scanner_pause = ScannerPause(wedge)  # a person typing fast in the login page is not a scanner

    # The login browser (QtWebEngine), the sessions list and the settings dialog load when first
    # opened, not before the window's first paint (benchmarks/bench_startup.py)
    def login_dialog(provider, parent, account_hint=None):  # type: ignore[no-untyped-def]
        from workstation.ui.dialogs.login import LoginDialog

        return LoginDialog(provider, login, runner, profiles, account_hint, parent,
                           on_open=scanner_pause.pause, on_close=scanner_pause.resume)

    def sessions_pane():  # type: ignore[no-untyped-def]
        from workstation.ui.panes.sessions.pane import SessionsPane

        return SessionsPane(core.sessions, login, runner, profiles, login_dialog_factory=login_dialog,
                            sync_timer=sync_timer)

    def settings_dialog(parent):  # type: ignore[no-untyped-def]
        from workstation.ui.dialogs.settings import SettingsDialog
        from workstation.ui.dialogs.settings.scanners import ScannersPage
        from workstation.ui.dialogs.settings.station import StationPage

        dialog = SettingsDialog(core.settings, runner, parent=parent, sessions_widget_factory=sessions_pane,
                                scanners_page_factory=lambda: ScannersPage(serial_scanners, runner),
                                connection_service=core.connectors.connection,
                                station_page_factory=lambda: StationPage(settings, upkeep, runner),
                                engine_pages=not core.platform.is_remote)
        _add_order_source_page(core, runner, dialog, window)
        _add_people_page(core, runner, dialog)
        return dialog

    purchase = PurchasePane(core.orders, core.purchase, core.sessions, core.settings, runner, activity_runner,
                            login_dialog_factory=login_dialog, worklist=core.worklist, store=settings)
    purchase.unexpected_error.connect(reporter.report)
    activities = ActivitiesPane(core.activities, activity_runner, runner, is_alive=pid_alive, alerts=core.alerts)
    router = ScanRouter(core.orders, core.receiving, runner, app, actor=core.actor, scans=core.scans)
    router.attach(wedge)
    serial_scanners = SerialScanners(settings, app)  # serial_scanners/* in the INI; Settings -> Scanners
    router.attach(serial_scanners, "serial")  # scanned and duplicate, journalled as source "serial"
    warehouse = WarehousePane(core.orders, core.receiving, core.parcels, runner, router, actor=core.actor,
                              sound_enabled=settings.value("warehouse/sound", True, type=bool),
                              receiving_mode=settings.value("warehouse/receiving_mode", True, type=bool))
    warehouse.sound.toggled.connect(lambda on: settings.setValue("warehouse/sound", on))
    warehouse.receiving_mode.toggled.connect(lambda on: settings.setValue("warehouse/receiving_mode", on))
    warehouse.attach_scanner_test(wedge)
    scale = _serial_scale(settings, app)
    if scale is not None:
        warehouse.parcel.set_scale(scale)
        scale.start()
    status = SyncStatusWidget(core.background.snapshot, runner)
    sync_timer = BackgroundSyncTimer(core.background, runner, activity_runner, app)
    # every write's change record, this station's and the others' (LISTEN / data_version)
    changes = ChangeBridge(core.changes, app) if core.changes is not None else None

    def stop() -> bool:
        """True when every activity worker stopped in time."""
        if changes is not None:
            changes.stop()
        sync_timer.stop()
        upkeep.stop()
        wedge.uninstall(app)
        serial_scanners.stop()
        if scale is not None:
            scale.stop()
        return activity_runner.shutdown(10_000)

    window = MainWindow(core.orders, runner, settings, label, purchase=purchase, activities=activities,
                        warehouse=warehouse, status_widget=status, settings_dialog_factory=settings_dialog,
                        audit_dialog_factory=lambda parent, **scope: _audit_dialog(core, runner, parent, **scope))
    window.statusBar().insertPermanentWidget(0, SerialStatusLabel(serial_scanners))
    if core.platform.is_remote:  # the warehouse's changes OT Box has not accepted, with its reasons
        from workstation.ui.outbox import OutboxPanel

        warehouse.add_bar(OutboxPanel(core.platform.outbox, runner, warehouse, actor=core.actor,
                                      send_now=core.platform.outbox.drain))
    if core.platform.is_remote:  # where the orders come from, how fresh; a click refreshes
        from workstation.ui.platform_status import PlatformStatusLabel

        platform_label = PlatformStatusLabel(core.platform, runner, window)
        window.statusBar().insertPermanentWidget(0, platform_label)
        sync_timer.ticked.connect(lambda _n: platform_label.refresh())
        platform_label.refreshed.connect(status.refresh)
        platform_label.refresh()
    # the daily automatic backup: a minute after the start, then hourly (ui/upkeep.py)
    upkeep = UpkeepTimer(UpkeepService(core.config), runner, settings, window.statusBar().showMessage, window)
    upkeep.start()
    window.upkeep = upkeep
    _show_pictures(core, runner, settings, window)
    # Ctrl+Q while a booking runs: say what runs and what happens to it, stop without freezing
    QuitGuard(window, activity_runner, runner, core.activities, is_alive=pid_alive, ask=reporter.interactive)
    sync_timer.ticked.connect(lambda _n: status.refresh())
    sync_timer.attention_needed.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    sync_timer.run_refused.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    if changes is not None:  # the panes and the status bar refresh from change records
        window.change_refresher = connect_window(changes, window, status)
        changes.start()
    # a synchronisation may bring the waybill of a parcel nobody could match yet
    activity_runner.activity_finished.connect(lambda _id: warehouse.on_sync_finished())
    wedge.install(app)
    serial_scanners.start()  # each port opens on its own thread
    activity_runner.resume_pending()
    sync_timer.start()
    status.refresh()
    window.station_people = _station_people(core, window, runner, settings, router)
    return window, stop


def _station_people(core, window, runner, settings, router):  # type: ignore[no-untyped-def]
    """Sign-in, badge switch, idle timeout and what each role sees (ui/people.py); with no people
    defined the station stays its implicit administrator."""
    from workstation.ui.people import StationPeople

    if core.people is None:
        return None
    station = StationPeople(window, core.people, core.actor, runner, settings, router=router)
    station.start()
    return station


def _add_people_page(core, runner, dialog) -> None:  # type: ignore[no-untyped-def]
    """Settings -> People, for whoever may manage accounts (ui/dialogs/people_page.py)."""
    from workstation.domain.roles import Permission
    from workstation.services.people import may
    from workstation.ui.dialogs.people_page import add_people_page

    if core.people is not None and may(core.actor, Permission.ACCOUNTS):
        add_people_page(dialog.tabs, core.people, core.actor, runner)


def _add_order_source_page(core, runner, dialog, window) -> None:  # type: ignore[no-untyped-def]
    """Settings -> Order source: this station, or an OT Box instance (services/otmode/link.py).
    The switch takes effect at the next start; "Restart now" starts the program again."""
    from workstation.domain.roles import Permission
    from workstation.services.people import may
    from workstation.ui.dialogs.settings.order_source import add_order_source_page

    if not may(core.actor, Permission.KEYS):
        return
    link = getattr(core.platform, "link", None)
    if link is None:
        from workstation.services.otmode.link import OtLinkService

        link = OtLinkService(core.db, core.secrets, core.actor)
    page = add_order_source_page(dialog.tabs, link, runner)
    page.restart_requested.connect(lambda: _restart(window))


def _restart(window) -> None:  # type: ignore[no-untyped-def]
    """Start the program again with the same arguments, then close this window (which asks
    first about running activities, as Ctrl+Q does)."""
    from PySide6.QtCore import QProcess

    program, *arguments = sys.orig_argv
    if not QProcess.startDetached(program, arguments):
        window.statusBar().showMessage(window.tr("The workstation could not be started again; start it yourself."))
        return
    log.info("restarting: %s %s", program, " ".join(arguments))
    window.close()


def _add_language_menu(window, settings) -> None:  # type: ignore[no-untyped-def]
    """View -> Language (workstation/i18n.py), written to the INI, applied at the next start."""
    from workstation import i18n

    i18n.add_language_menu(window, settings)


def _show_pictures(core, runner, settings, window):  # type: ignore[no-untyped-def]
    """Item pictures (services/images.py, ui/thumbnails.py) in every table of lines and in the
    question dialog; cached under DATA_DIR/thumbnails up to [thumbnails] cache_mb."""
    from workstation.services.images import ImageCache, ImageService
    from workstation.ui import thumbnails as pictures

    limit_mb = settings.value(pictures.CACHE_LIMIT_KEY, pictures.CACHE_LIMIT_DEFAULT_MB, type=int)
    images = ImageService(ImageCache(core.config.data_dir / "thumbnails", max(limit_mb, 1) * 1024 * 1024),
                          sandbox_url=core.connectors.base_url
                          if core.config.uses_sandbox and not core.platform.is_remote else None)
    window.thumbnails = shown = pictures.Thumbnails(images.read, runner, window)
    purchase, activities = window.purchase_pane, window.activities_pane
    views = [window.orders_pane.detail.table, window.orders_pane.goods_table, purchase.tree]
    if purchase.worklist is not None:
        views.append(purchase.worklist.table)
    for view in views:
        pictures.attach(view, shown)
    activities.questions.panel.set_thumbnails(shown)
    return shown


def _audit_dialog(core, runner, parent, **scope):  # type: ignore[no-untyped-def]
    """The Audit view (View -> Audit…) on the shared database."""
    from workstation.services.audit import AuditService
    from workstation.ui.dialogs.audit import AuditDialog

    return AuditDialog(AuditService(core.db), runner, parent, **scope)


def _serial_scale(settings, parent):  # type: ignore[no-untyped-def]
    """The parcel scale named by scale/port (and scale/baud, ...) in the INI; None without one."""
    from workstation.scanner.scale import SerialScale, settings_from

    try:
        scale_settings = settings_from(settings.value)
    except ValueError as exc:
        log.warning("scale settings ignored: %s", exc)
        return None
    return SerialScale(scale_settings, parent) if scale_settings else None


def _prepare_sandbox_demo(core, runner, window) -> None:  # type: ignore[no-untyped-def]
    """First start on the sandbox: log the demo accounts in and put the demo's booked orders on
    the sandbox marketplace, off the GUI thread (it starts the sandbox server)."""
    from workstation.services import demo_sandbox

    window.statusBar().showMessage(window.tr("Preparing the sandbox marketplace and its demo accounts…"))

    def done(result) -> None:  # type: ignore[no-untyped-def]
        window.statusBar().showMessage(window.tr("Sandbox ready: demo accounts {0}; {1} booked demo orders "
                                                 "placed there.").format(", ".join(result.accounts),
                                                                         result.orders_linked), 15_000)
        window.orders_pane.refresh()

    def failed(exc: BaseException, _tb: str) -> None:
        log.error("sandbox demo preparation failed: %s", exc)
        window.statusBar().showMessage(window.tr("The sandbox marketplace could not be prepared: {0}").format(exc))

    runner.run(lambda: demo_sandbox.prepare(core.db, core.settings, core.sessions, core.connectors,
                                            core.config.sandbox_dir, live=core.connectors.is_live),
               done, failed, lane="network")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to run its sandbox as root (containers, kiosks): the login browser
        # would not start at all.
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    # What importing QtWebEngineWidgets first would do, without loading it (about a second) before
    # the first paint: QtWebEngine, imported when the login browser first opens, needs the shared
    # OpenGL contexts set before the QApplication exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Warehouse workstation")
    app.setOrganizationName("workstation")
    _install_translations(app, args)
    interactive = args.quit_after is None and os.environ.get("QT_QPA_PLATFORM") != "offscreen"

    # Painted before the database and the services load (about 2 s on a slow machine): the person
    # sees the program start at once. What it imports is Qt and the start-up screen only.
    from workstation.ui.splash import StartupScreen

    splash = StartupScreen()
    splash.show()
    splash.opening_database()
    _probe("WORKSTATION_STARTUP_PROBE")  # benchmarks/bench_startup.py: the first paint

    from workstation.core import build_core
    from workstation.runner.tasks import TaskRunner
    from workstation.services import demo
    from workstation.services.errors import UserFacingError
    from workstation.services.upkeep import startup_retention_days
    from workstation.store.database import DatabaseProblem
    from workstation.ui.errors import ErrorReporter

    try:
        config = load_config(args.data_dir, args.db)
        core = build_core(config, retention_days=startup_retention_days(config.data_dir / "workstation.ini"))
    except (ConfigError, DatabaseProblem, UserFacingError) as exc:
        splash.close()
        return _fatal(str(exc), interactive)
    splash.loading_orders()

    crashed_before = _previous_crash(config)
    crash_path = config.data_dir / CRASH_FILE
    crash_file = crash_path.open("a")
    faulthandler.enable(crash_file)
    reporter = ErrorReporter(config.log_dir / "workstation.log", parent=lambda: app.activeWindow())
    reporter.interactive = interactive
    reporter.install()

    # a station in OT mode shows the instance's orders only: no demo beside them
    fresh = not args.no_demo and not core.platform.is_remote and demo.is_empty(core.db)
    if fresh:
        summary = demo.generate(core.db)
        log.info("empty database: added %d demo orders", summary.orders)

    runner = TaskRunner(app, on_unhandled=reporter.report)
    settings = QSettings(str(config.data_dir / "workstation.ini"), QSettings.Format.IniFormat)
    label = core.db.engine.url.render_as_string(hide_password=True)
    window, stop = _build_window(app, core, runner, settings, label, reporter)
    _add_language_menu(window, settings)
    window.show()
    splash.finish(window)
    QTimer.singleShot(0, lambda: _probe("WORKSTATION_READY_PROBE"))  # the window's first paint
    if crashed_before:
        window.statusBar().showMessage(
            window.tr("The previous run stopped unexpectedly; its report is in {0}").format(crashed_before))

    if fresh and config.uses_sandbox:
        _prepare_sandbox_demo(core, runner, window)

    if args.screenshot:
        def save() -> None:
            if window.orders_pane.orders_model.is_loading:
                QTimer.singleShot(100, save)
                return
            window.grab().save(args.screenshot)
        QTimer.singleShot(500, save)
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)

    code = app.exec()
    clean = stop()
    runner.shutdown()
    core.connectors.stop_started_sandbox()  # a sandbox this run started goes with it (one it found stays)
    if not clean:
        # A worker is still inside a network call. Qt aborts the process when a running QThread
        # is destroyed; the engine is replay-safe (the next start resumes the activity), so
        # leave now with the logs flushed rather than crash.
        log.warning("an activity was still running at quit; it resumes at the next start")
        logging.shutdown()
        faulthandler.disable()
        crash_file.close()
        os._exit(code)
    core.close()
    faulthandler.disable()
    crash_file.close()
    if crash_path.exists() and crash_path.stat().st_size == 0:
        crash_path.unlink()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
