"""What a clerk sees and hears after each scan: a large coloured banner and a sound per outcome.

Green for found, amber for already received, red for not found (or a failure), grey for
notices. Sounds are QSoundEffect tones generated into a temporary directory when
QtMultimedia loads here, else the system beep; either can be switched off (the
`sound_enabled` flag, an operator setting). GUI thread only.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QWidget

log = logging.getLogger(__name__)

GOOD, WARN, BAD, INFO, IDLE = "good", "warn", "bad", "info", "idle"
_STYLE = {
    GOOD: "background:#2e7d32; color:white;",
    WARN: "background:#ffb300; color:#3e2723;",
    BAD: "background:#c62828; color:white;",
    INFO: "background:#1565c0; color:white;",
    IDLE: "background:#eceff1; color:#37474f;",
}
# (frequency Hz, milliseconds) notes per outcome: rising = good, two flat = look, low = bad
_TONES = {
    GOOD: ((1320, 90),),
    WARN: ((880, 90), (0, 60), (880, 90)),
    BAD: ((330, 380),),
    INFO: ((990, 70),),
}
_RATE = 22050


def _write_wav(path: Path, notes: tuple[tuple[int, int], ...]) -> None:
    frames = bytearray()
    for freq, ms in notes:
        count = _RATE * ms // 1000
        for i in range(count):
            # A short fade in and out: no click at either end of a note.
            env = min(1.0, i / 200, (count - i) / 200)
            value = math.sin(2 * math.pi * freq * i / _RATE) * env * 0.5 if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(_RATE)
        out.writeframes(bytes(frames))


def _sound_effects(parent: QObject) -> dict[str, Any] | None:
    """QSoundEffects with generated tones, or None when QtMultimedia cannot be used here."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:  # e.g. no PulseAudio library on a server: use the system beep
        log.info("QtMultimedia unavailable (%s); scans sound the system beep", exc)
        return None
    if not QMediaDevices.audioOutputs():  # a sound effect without a device only logs warnings
        log.info("no audio output; scans sound the system beep")
        return None
    folder = Path(tempfile.mkdtemp(prefix="workstation-sounds-"))
    effects: dict[str, Any] = {}
    for kind, notes in _TONES.items():
        path = folder / f"{kind}.wav"
        _write_wav(path, notes)
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.6)
        effects[kind] = effect
    return effects


class FeedbackBanner(QLabel):
    """A large banner over the pane: the outcome of the last scan in a word and a colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setMargin(12)
        self.setMinimumHeight(64)
        font = self.font()
        font.setPixelSize(22)
        font.setBold(True)
        self.setFont(font)
        self.state = IDLE
        self.show_state(IDLE, "")

    def show_state(self, state: str, text: str) -> None:
        self.state = state
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {_STYLE[state]} border-radius:6px; }}")


class Feedback(QObject):
    """Shows an outcome on the banner and sounds it. `sound_enabled` switches the sound off."""

    def __init__(self, banner: FeedbackBanner, parent: QObject | None = None, *,
                 sound_enabled: bool = True, use_multimedia: bool = True):
        super().__init__(parent)
        self.banner = banner
        self.sound_enabled = sound_enabled
        self.sounds_played: list[str] = []  # what was sounded, newest last (tests and the log)
        self._effects = _sound_effects(self) if use_multimedia else None

    @property
    def uses_multimedia(self) -> bool:
        return self._effects is not None

    def signal(self, state: str, text: str, *, sound: bool = True) -> None:
        self.banner.show_state(state, text)
        if sound and state != IDLE:
            self.play(state)

    def play(self, state: str) -> None:
        if not self.sound_enabled:
            return
        self.sounds_played.append(state)
        del self.sounds_played[:-50]
        effect = self._effects.get(state) if self._effects else None
        if effect is not None:
            effect.play()
        else:
            QApplication.beep()
