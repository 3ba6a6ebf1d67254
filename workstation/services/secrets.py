"""Where tokens and API secrets live: never in the database, the INI file or the logs.

`FileSecretStore` keeps them in a JSON file readable by the owner only, written atomically
(temp file, fsync, rename, fsync of the folder) under an exclusive lock on a sibling lock file,
so several processes writing at once lose nothing.
`keyring_store.make_secret_store` picks the OS keyring (`KeyringSecretStore`, same three
methods) when one exists, and this file otherwise.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

# sys.platform, not os.name: the same test, and the one type checkers follow
if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt
else:
    import fcntl


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class FileSecretStore:
    """A 0600 JSON file; each write replaces the file whole. Thread-safe, and safe across
    processes: a change is a read-modify-write under an exclusive lock on `<file>.lock`."""

    def __init__(self, path: Path, *, warn_on_write: bool = True):
        """`warn_on_write=False` when the file only holds what the OS keyring cannot (large
        blobs next to a `KeyringSecretStore`): then its use is no fallback worth a warning."""
        self._path = path
        self._lock_path = path.with_name(path.name + ".lock")
        self._lock = threading.Lock()
        self._warned = not warn_on_write

    def _read(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self._path.read_text(encoding="utf-8"))
            return data
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
        _fsync_dir(self._path.parent)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Hold the in-process lock and the cross-process file lock (flock / msvcrt.locking)."""
        with self._lock:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                if sys.platform == "win32":  # pragma: no cover - Windows
                    while True:  # LK_LOCK gives up after ~10 s; keep waiting like flock does
                        try:
                            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                            break
                        except OSError:
                            continue
                    try:
                        yield
                    finally:
                        os.lseek(fd, 0, os.SEEK_SET)
                        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
                else:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                    try:
                        yield
                    finally:
                        fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        with self._exclusive():
            data = self._read()
            data[name] = value
            self._write(data)

    def delete(self, name: str) -> None:
        with self._exclusive():
            data = self._read()
            if data.pop(name, None) is not None:
                self._write(data)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows cannot open a folder for fsync."""
    if os.name == "nt":  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


class DeferredSecretStore:
    """A `SecretStore` made on first use: keyring's backend discovery loads every installed
    backend (about 0.2-0.4 s), which the window's first paint does not need (issue 16).
    Thread-safe: the first caller makes the store, the others wait for it."""

    def __init__(self, make: Callable[[], SecretStore]):
        self._make = make
        self._store: SecretStore | None = None
        self._lock = threading.Lock()

    def _inner(self) -> SecretStore:
        with self._lock:
            if self._store is None:
                self._store = self._make()
            return self._store

    def get(self, name: str) -> str | None:
        return self._inner().get(name)

    def set(self, name: str, value: str) -> None:
        self._inner().set(name, value)

    def delete(self, name: str) -> None:
        self._inner().delete(name)
