"""Logging to a rotating file in the data directory, with secrets redacted on the way out."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_FILE = "workstation.log"
_SECRET = re.compile(
    r"(?i)((?:access_token|refresh_token|client_secret|app_secret|_aop_signature|sign|password|secret)"
    r"[\"']?\s*[=:]\s*[\"']?)([^&\s\"',;]+)"
)


# A person's badge code (services/people.py: BADGE_PREFIX + 22 digits) is a credential: the
# wedge logs every scan, so a badge scanned anywhere keeps only its prefix in the log.
_BADGE = re.compile(r"(?i)\b(WSB)\d{22}\b")


def redact(text: str) -> str:
    """Hide the value of anything that looks like `token=...` or `"secret": "..."`, and badge codes."""
    return _BADGE.sub(r"\1***", _SECRET.sub(r"\1***", text))


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names orders, customers and accounts: each file (also after a rollover) 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(log_dir: Path, level: int = logging.INFO, *, console: bool = False) -> Path:
    """Send the root logger to `log_dir/workstation.log` (5 x 2 MB). Returns the file path."""
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_workstation", False):
            root.removeHandler(handler)
            handler.close()
    formatter = RedactingFormatter("%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s")
    file_handler = OwnerOnlyRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(formatter)
    file_handler._workstation = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        stream.setLevel(logging.WARNING)
        stream._workstation = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path


def tail(path: Path, lines: int = 60) -> str:
    """The last lines of a log file, for "Copy details"."""
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
