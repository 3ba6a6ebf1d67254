"""T11/T12: secrets go to the OS keyring when one exists, else to the owner-only file with a
warning; a locked or refusing keyring is a clear error; no canary reaches the DB, logs or INI."""

from __future__ import annotations

import logging
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.compat import properties

from workstation.config import Config, sqlite_url
from workstation.core import open_database
from workstation.logsetup import setup_logging
from workstation.providers.base import Token
from workstation.services.errors import UserFacingError
from workstation.services.keyring_store import (
    MAX_KEYRING_BYTES,
    SECRETS_FILE,
    KeyringSecretStore,
    SecretStoreUnavailable,
    keyring_service,
    make_secret_store,
)
from workstation.services.login import LoginService
from workstation.services.secrets import FileSecretStore
from workstation.services.sessions import SessionService

CANARY_ACCESS = "CANARY-access-9d1f0b7e"
CANARY_REFRESH = "CANARY-refresh-4c2a8e11"


class _TestBackend(KeyringBackend):
    """Never chosen by keyring's own detection (not viable): only tests hand it in."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's classproperty
        raise RuntimeError("test backend, never auto-selected")

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.data.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class MemoryKeyring(_TestBackend):
    pass


class LockedKeyring(_TestBackend):
    def _locked(self, *args: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    get_password = set_password = delete_password = _locked  # type: ignore[assignment]


class RefusingKeyring(_TestBackend):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("write refused")


def canary_token(account: str = "demo_buyer_1688") -> Token:
    return Token(CANARY_ACCESS, CANARY_REFRESH, datetime.now(UTC) + timedelta(hours=10),
                 datetime.now(UTC) + timedelta(days=30), account)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_falls_back_to_the_owner_only_file_with_a_warning(tmp_path, caplog, backend):
    caplog.set_level(logging.INFO)
    store = make_secret_store(tmp_path, backend=backend)
    assert isinstance(store, FileSecretStore)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("no OS keyring" in r.getMessage() for r in warnings)
    store.set("token:1688:a", "v")
    path = tmp_path / SECRETS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.get("token:1688:a") == "v"


def test_keyring_backend_keeps_small_secrets_and_files_large_ones(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    backend = MemoryKeyring()
    store = make_secret_store(tmp_path, backend=backend)
    assert isinstance(store, KeyringSecretStore)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    service = keyring_service(tmp_path)

    store.set("token:1688:a", "small")
    assert backend.data == {(service, "token:1688:a"): "small"}
    assert not (tmp_path / SECRETS_FILE).exists()

    blob = "x" * 3000  # a cookie jar or a long token: over the Windows Credential Manager limit
    store.set("blob:1688:a", blob)
    assert (service, "blob:1688:a") not in backend.data
    assert store.get("blob:1688:a") == blob
    assert stat.S_IMODE((tmp_path / SECRETS_FILE).stat().st_mode) == 0o600

    store.set("blob:1688:a", "now small")  # moves back into the keyring, no stale file copy
    assert backend.data[(service, "blob:1688:a")] == "now small"
    assert "blob:1688:a" not in (tmp_path / SECRETS_FILE).read_text()
    store.set("token:1688:a", "y" * (MAX_KEYRING_BYTES + 1))  # and the other way round
    assert (service, "token:1688:a") not in backend.data
    assert store.get("token:1688:a") == "y" * (MAX_KEYRING_BYTES + 1)

    store.delete("token:1688:a")
    store.delete("blob:1688:a")
    store.delete("never-there")
    assert store.get("token:1688:a") is None and store.get("blob:1688:a") is None
    assert backend.data == {}


def test_secrets_of_the_old_file_are_still_found(tmp_path):
    FileSecretStore(tmp_path / SECRETS_FILE).set("token:taobao:b", "from before the keyring")
    store = make_secret_store(tmp_path, backend=MemoryKeyring())
    assert store.get("token:taobao:b") == "from before the keyring"


def test_two_data_directories_do_not_share_keyring_entries(tmp_path):
    assert keyring_service(tmp_path / "a") != keyring_service(tmp_path / "b")
    assert keyring_service(tmp_path / "a") == keyring_service(tmp_path / "a" / ".." / "a")


@pytest.mark.parametrize(("backend", "words"), [
    (LockedKeyring(), "locked"), (RefusingKeyring(), "refused to save")])
def test_locked_or_refusing_keyring_is_a_clear_user_facing_error(tmp_path, backend, words):
    store = make_secret_store(tmp_path, backend=backend)
    with pytest.raises(SecretStoreUnavailable, match=words) as info:
        store.set("token:1688:a", CANARY_ACCESS)
    assert isinstance(info.value, UserFacingError)
    assert CANARY_ACCESS not in str(info.value)
    assert not (tmp_path / SECRETS_FILE).exists()  # never a silent plaintext fallback


def test_a_locked_keyring_stops_a_login_with_a_clear_message(sqlite_db):
    sessions = SessionService(sqlite_db, KeyringSecretStore("svc", LockedKeyring(),
                                                            FileSecretStore(Path("/nonexistent"))))
    with pytest.raises(SecretStoreUnavailable, match="Unlock it"):
        sessions.store("1688", canary_token())
    assert sessions.list() == []


@pytest.fixture
def log_file(tmp_path):
    (tmp_path / "data").mkdir()
    yield setup_logging(tmp_path / "data", logging.DEBUG)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_workstation", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


@pytest.mark.parametrize("backend", [MemoryKeyring(), fail.Keyring()], ids=["keyring", "file"])
def test_canary_secrets_never_reach_database_logs_or_ini(tmp_path, log_file, backend):
    data_dir = tmp_path / "data"
    secrets = make_secret_store(data_dir, backend=backend)
    db = open_database(Config(data_dir, sqlite_url(data_dir / "workstation.sqlite3")))
    try:
        sessions = SessionService(db, secrets)
        token = canary_token()
        row = sessions.store("1688", token)
        logging.getLogger("workstation.test").debug("stored %r for %r", token, row)
        assert sessions.token("1688", token.account).access_token == CANARY_ACCESS
        LoginService(sessions, lambda kind: pytest.fail("no connector needed")).forget("1688", "other")
        # the INI the GUI keeps operator preferences in, written as the app would
        (data_dir / "workstation.ini").write_text("[window]\ngeometry=@ByteArray(x)\n")
        logging.getLogger("workstation.test").debug("settings written")
    finally:
        db.dispose()
    for handler in logging.getLogger().handlers:
        handler.flush()
    secret_file = data_dir / SECRETS_FILE
    scanned = [p for p in data_dir.rglob("*") if p.is_file() and p != secret_file]
    assert log_file in scanned and any(p.suffix == ".sqlite3" for p in scanned)
    for path in scanned:
        content = path.read_bytes()
        assert CANARY_ACCESS.encode() not in content, path
        assert CANARY_REFRESH.encode() not in content, path
    if isinstance(backend, MemoryKeyring):
        assert not secret_file.exists()
        assert any(CANARY_ACCESS in v for v in backend.data.values())
    else:
        assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
        assert CANARY_ACCESS in secret_file.read_text()
