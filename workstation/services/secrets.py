"""Where tokens and API secrets live: never in the database, the INI file or the logs.

`FileSecretStore` keeps them in a JSON file readable by the owner only, written atomically.
`keyring_store.make_secret_store` picks the OS keyring (`KeyringSecretStore`, same three
methods) when one exists, and this file otherwise.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class FileSecretStore:
    """A 0600 JSON file. Thread-safe within the process; each write replaces the file whole."""

    def __init__(self, path: Path, *, warn_on_write: bool = True):
        """`warn_on_write=False` when the file only holds what the OS keyring cannot (large
        blobs next to a `KeyringSecretStore`): then its use is no fallback worth a warning."""
        self._path = path
        self._lock = threading.Lock()
        self._warned = not warn_on_write

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise OSError(f"the secret store {self._path} cannot be read: {exc}") from exc

    def _write(self, data: dict[str, str]) -> None:
        if not self._warned:
            log.warning("secrets are kept in %s (owner-only file); no OS keyring is in use", self._path)
            self._warned = True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".secrets-")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            data = self._read()
            data[name] = value
            self._write(data)

    def delete(self, name: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(name, None) is not None:
                self._write(data)


class MemorySecretStore:
    """For tests."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.data.get(name)

    def set(self, name: str, value: str) -> None:
        self.data[name] = value

    def delete(self, name: str) -> None:
        self.data.pop(name, None)
