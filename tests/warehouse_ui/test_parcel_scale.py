"""The Parcel section's "Read from scale": a real scale on a pty fills the weight, only when steady.

Set WORKSTATION_SHOTS=/some/dir to keep a screenshot of the section with a live weight.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.warehouse import lines_in
from tests.helpers.warehouse_ui import Floor
from tests.scanner.test_serial import Device
from workstation.domain import statuses as st
from workstation.scanner.scale import SerialScale
from workstation.scanner.serial_reader import SerialSettings
from workstation.ui.panes.warehouse.parcel import ParcelSection
from workstation.ui.panes.warehouse.scale_readout import ScaleReadout


@pytest.fixture
def scale(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[SerialScale, Device]]:
    dev = Device(tmp_path / "ttyScale")
    scale = SerialScale(SerialSettings(str(dev.link), reconnect_s=0.05))
    with qtbot.waitSignal(scale.state_changed, timeout=5000, check_params_cb=lambda s: s == "connected"):
        scale.start()
    try:
        yield scale, dev
    finally:
        assert scale.stop()
        for fd in (dev.master, dev.slave):
            with contextlib.suppress(OSError):
                os.close(fd)


def loaded(qtbot: QtBot, floor: Floor) -> ParcelSection:
    order_id = lines_in(floor.db, st.RECEIVED, 200)[0].order_id
    section = floor.pane.parcel
    floor.pane.tabs.setCurrentWidget(section)
    section.load_order(order_id)
    qtbot.waitUntil(lambda: section.order_id == order_id and not section.busy, timeout=5000)
    return section


def send(qtbot: QtBot, scale: SerialScale, dev: Device, line: bytes) -> None:
    with qtbot.waitSignal(scale.weight, timeout=5000):
        dev.send(line + b"\r\n")


def test_read_from_scale_fills_the_weight_with_the_steady_reading(
        qtbot: QtBot, floor: Floor, scale: tuple[SerialScale, Device], tmp_path: Path) -> None:
    serial_scale, dev = scale
    section = loaded(qtbot, floor)
    section.set_scale(serial_scale)
    assert "ttyScale" in section.scale.button.toolTip()

    send(qtbot, serial_scale, dev, b"US,GS,+  0.800kg")  # the parcel is still moving
    assert "settling" in section.scale.live.text()
    section.scale.button.click()
    assert section.weight.text() == "" and "steady" in section.error.text()

    send(qtbot, serial_scale, dev, b"ST,GS,+  2.345kg")
    send(qtbot, serial_scale, dev, b"US,GS,+  2.400kg")  # a touch after it settled: ignored
    section.scale.button.click()
    assert section.weight.text() == "2.345" and section.error.text() == ""
    send(qtbot, serial_scale, dev, b"ST,GS,+  2.345kg")
    target = Path(os.environ.get("WORKSTATION_SHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    assert section.grab().save(str(target / "parcel-scale.png"))

    with qtbot.waitSignal(section.parcel_saved, timeout=5000) as blocker:
        section.form_button.click()
    parcel = blocker.args[0]
    assert parcel.weight_g == 2345 and parcel.weight_kg == Decimal("2.345")  # as the scale gave it (was 2.34)
    assert section.labels.labels[0].weight == "2.345 kg"  # and printed so
    qtbot.waitUntil(lambda: section.parcels_model.rowCount() == 1, timeout=5000)
    weight_column = [c.key for c in section.parcels_model.columns].index("weight")
    assert section.parcels_model.index(0, weight_column).data() == "2.345 kg"


def test_an_unplugged_scale_is_said_so(qtbot: QtBot, floor: Floor, scale: tuple[SerialScale, Device]) -> None:
    serial_scale, dev = scale
    section = loaded(qtbot, floor)
    section.set_scale(serial_scale)
    send(qtbot, serial_scale, dev, b"ST,GS,+  2.000kg")
    with qtbot.waitSignal(serial_scale.state_changed, timeout=5000,
                          check_params_cb=lambda s: s == "disconnected"):
        dev.unplug()
    assert "not connected" in section.scale.live.text()
    section.scale.button.click()
    assert section.weight.text() == "" and "not connected" in section.error.text()


def test_without_a_scale_the_button_says_so(qtbot: QtBot, floor: Floor) -> None:
    section = loaded(qtbot, floor)
    assert section.scale.scale is None
    assert "No scale is configured" in section.scale.button.toolTip()
    assert section.scale.button.isEnabled()
    section.scale.button.click()
    assert section.weight.text() == "" and "No scale is configured" in section.error.text()


def test_a_steady_weight_that_went_stale_is_not_taken(qtbot: QtBot, scale: tuple[SerialScale, Device]) -> None:
    serial_scale, dev = scale
    now = [0.0]
    readout = ScaleReadout(serial_scale, clock=lambda: now[0])
    qtbot.addWidget(readout)
    send(qtbot, serial_scale, dev, b"+0000.650 kg")
    reading = serial_scale.last_stable()
    assert reading is not None
    now[0] = reading.at + 1
    with qtbot.waitSignal(readout.weighed, timeout=1000) as got:
        readout.button.click()
    assert got.args == ["0.650"]
    now[0] = reading.at + 60  # the scale went quiet a minute ago
    with qtbot.waitSignal(readout.problem, timeout=1000):
        readout.button.click()
