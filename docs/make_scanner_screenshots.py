"""Make the serial-scanner screenshots: Settings -> Scanners with scanners set up, the same page on a
computer with no serial port and no scanner, and the status bar while a port is unplugged.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_scanner_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from workstation.config import Config
    from workstation.core import open_database
    from workstation.runner.tasks import TaskRunner
    from workstation.scanner.serial_reader import SerialSettings
    from workstation.services.audit import Actor
    from workstation.services.secrets import MemorySecretStore
    from workstation.services.settings import SettingsService
    from workstation.ui.dialogs.settings import SettingsDialog
    from workstation.ui.dialogs.settings.scanners import PortInfo, ScannersPage
    from workstation.ui.serial_scanners import SerialScanners, SerialStatusLabel

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    db = open_database(Config(tmp, f"sqlite:///{tmp / 'shots.sqlite3'}"))
    service = SettingsService(db, MemorySecretStore(), Actor("demo", "ws"))
    runner = TaskRunner()

    def wait(condition, limit: float = 5.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + limit
        while not condition() and time.monotonic() < end:
            app.processEvents()

    def dialog_with(scanners: SerialScanners, ports: list[PortInfo]) -> tuple[SettingsDialog, ScannersPage]:
        dialog = SettingsDialog(service, runner, scanners_page_factory=lambda: ScannersPage(
            scanners, runner, list_ports=lambda: ports))
        dialog.show()
        dialog.show_page("scanners")
        page = dialog.scanners_page
        assert page is not None
        wait(lambda: not page.listing_ports and all(e.loaded is not None for e in dialog.editors.values()))
        return dialog, page

    # a bench with two scanners: one on a pseudo-terminal that answers, one unplugged
    master, slave = os.openpty()
    bench = tmp / "dev"
    bench.mkdir()
    (bench / "ttyACM0").symlink_to(os.ttyname(slave))
    by_id = "/dev/serial/by-id/usb-Honeywell_Imaging___Mobility_1900_18094B2C3A-if00"
    ini = QSettings(str(tmp / "bench.ini"), QSettings.Format.IniFormat)
    scanners = SerialScanners(ini)
    scanners.apply([SerialSettings(str(bench / "ttyACM0")),
                    SerialSettings(by_id, baudrate=115200, terminator="CRLF", reconnect_max_s=1)])
    ports = [PortInfo(str(bench / "ttyACM0"), "Datalogic QuickScan QD2430 (USB CDC)"),
             PortInfo("/dev/ttyS0"), PortInfo("/dev/ttyUSB0", "CP2102 USB to UART Bridge Controller")]
    dialog, page = dialog_with(scanners, ports)
    wait(lambda: scanners.state(str(bench / "ttyACM0")) == "connected" and scanners.state(by_id) == "disconnected")
    page.view.selectRow(0)
    page.test_button.click()
    wait(lambda: "Listening" in page.test_result.text())
    os.write(master, b"SF1023574470215\r")
    wait(lambda: page.test_result.text().startswith("Read"))
    wait(lambda: False, 0.3)
    dialog.grab().save(str(HERE / "serial-scanners-settings.png"))

    window = QMainWindow()
    window.setCentralWidget(QLabel())
    window.resize(1100, 80)
    window.statusBar().addPermanentWidget(SerialStatusLabel(scanners))
    window.statusBar().addPermanentWidget(QLabel("1688 demo_buyer_1688 \u2713 10:42 \u00b7 Taobao demo_tb \u2713 10:40"))
    window.show()
    status = window.statusBar().findChild(SerialStatusLabel)
    assert status is not None
    status.refresh()
    wait(lambda: False, 0.3)
    window.statusBar().grab().save(str(HERE / "serial-scanners-statusbar.png"))
    dialog.close()
    window.close()

    # a computer with no serial port and no scanner set up
    empty = SerialScanners(QSettings(str(tmp / "empty.ini"), QSettings.Format.IniFormat))
    dialog, page = dialog_with(empty, [])
    wait(lambda: False, 0.3)
    dialog.grab().save(str(HERE / "serial-scanners-settings-empty.png"))
    dialog.close()

    scanners.stop()
    empty.stop()
    runner.shutdown()
    os.close(master)
    os.close(slave)
    print("saved", *(HERE / n for n in ("serial-scanners-settings.png", "serial-scanners-settings-empty.png",
                                        "serial-scanners-statusbar.png")))


if __name__ == "__main__":
    main()
