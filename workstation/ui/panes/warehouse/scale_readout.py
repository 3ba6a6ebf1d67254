"""The scale's live weight and a "Read from scale" button for the Parcel section.

The weight taken is the last STABLE one, and only while it is fresh: a continuous-output
scale repeats its reading several times a second, so a steady weight older than a few
seconds means the scale went quiet (unplugged) or the parcel is still moving, and the
clerk is told why instead of getting the previous parcel's weight. Without a configured
scale the button stays clickable and says so (tooltip and message), not a dead button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workstation.scanner.scale import SerialScale

FRESH_S = 3.0  # a steady reading older than this is not the parcel on the scale now


class ScaleReadout(QWidget):
    """`weighed(text)` with the kilograms to put in the weight field; `problem(text)` otherwise."""

    weighed = Signal(str)
    problem = Signal(str)

    def __init__(self, scale: SerialScale | None = None, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._scale: SerialScale | None = None
        self.live = QLabel()
        self.live.setMinimumWidth(150)
        self.button = QPushButton(self.tr("Read from scale"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.live)
        self.button.clicked.connect(self.read)
        self.set_scale(scale)

    @property
    def scale(self) -> SerialScale | None:
        return self._scale

    def set_scale(self, scale: SerialScale | None) -> None:
        if self._scale is not None:
            self._scale.weight.disconnect(self._on_weight)
            self._scale.state_changed.disconnect(self._on_state)
        self._scale = scale
        if scale is None:
            self.button.setToolTip(self.tr("No scale is configured (set the scale's serial port in the "
                                           "settings); type the weight instead."))
            self.live.setText(self.tr("No scale"))
            return
        self.button.setToolTip(self.tr("Put the weight the scale on {0} shows, once it is steady, "
                                       "into the weight field.").format(scale.port))
        scale.weight.connect(self._on_weight)
        scale.state_changed.connect(self._on_state)
        self._on_state(scale.state)

    def _on_weight(self, kg: Decimal, stable: bool) -> None:
        text = self.tr("The scale shows {0} kg").format(kg)
        self.live.setText(text if stable else self.tr("{0} (settling\u2026)").format(text))
        self.live.setStyleSheet("" if stable else "color:#8a6d00;")

    def _on_state(self, state: str) -> None:
        if state != "connected" and self._scale is not None:
            self.live.setText(self.tr("Scale not connected ({0})").format(self._scale.port))
            self.live.setStyleSheet("color:#b71c1c;")

    def read(self) -> None:
        scale = self._scale
        if scale is None:
            self.problem.emit(self.tr("No scale is configured; type the weight."))
            return
        reading = scale.last_stable()
        if scale.state != "connected":
            self.problem.emit(self.tr("The scale on {0} is not connected.").format(scale.port))
        elif reading is None or self._clock() - reading.at > FRESH_S:
            self.problem.emit(self.tr("The scale has no steady weight yet; wait for it to settle."))
        elif reading.kg <= 0:
            self.problem.emit(self.tr("The scale shows no weight; put the parcel on it."))
        else:
            self.weighed.emit(str(reading.kg))
