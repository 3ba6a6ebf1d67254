"""Secrets in the OS keyring (`keyring`), with the owner-only file as the declared fallback.

docs/reliability.md rule 7 / T11: small secrets (tokens, API secrets) go to the keyring when a real
backend exists. No backend (keyring's `fail` or `null` backend) means the owner-only
`FileSecretStore`, and a warning in the log says so: never a silent plaintext fallback.
Values longer than `MAX_KEYRING_BYTES` never go to the keyring (the Windows Credential
Manager refuses blobs over 2560 bytes): they go to the file store. A locked keyring or a
refused write becomes `SecretStoreUnavailable`, a plain message for the operator.

Thread-safe as far as the keyring backend is (the OS services are); no Qt.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

from workstation.services.errors import UserFacingError
from workstation.services.secrets import FileSecretStore, SecretStore

log = logging.getLogger(__name__)

MAX_KEYRING_BYTES = 2000  # below the Windows CRED_MAX_CREDENTIAL_BLOB_SIZE (2560) with margin
SECRETS_FILE = "secrets.json"


class SecretStoreUnavailable(UserFacingError):
    """The OS keyring is locked or refused the secret; the person must unlock it or fix it."""


def keyring_service(data_dir: Path) -> str:
    """The keyring "service" name for one data directory, so two installations never mix."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"workstation-{digest}"


def is_usable_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """False for keyring's `fail` backend (nothing installed) and the do-nothing `null` one."""
    return not isinstance(backend, fail.Keyring | null.Keyring)


class KeyringSecretStore:
    """The `SecretStore` protocol over a keyring backend; large values go to `large_store`.

    `get` looks in the keyring first, then in `large_store` (which also finds secrets written
    before the keyring was in use); `set` of a small value removes any copy left in the file.
    """

    def __init__(self, service: str, backend: keyring.backend.KeyringBackend,
                 large_store: SecretStore, *, max_bytes: int = MAX_KEYRING_BYTES):
        self.service = service
        self.backend = backend
        self.large_store = large_store
        self.max_bytes = max_bytes

    def __repr__(self) -> str:
        return f"KeyringSecretStore(service={self.service!r}, backend={type(self.backend).__name__})"

    def get(self, name: str) -> str | None:
        value = self._guard("read", name, lambda: self.backend.get_password(self.service, name))
        return value if value is not None else self.large_store.get(name)

    def set(self, name: str, value: str) -> None:
        if len(value.encode("utf-8")) > self.max_bytes:
            self.large_store.set(name, value)
            self._delete_from_keyring(name)  # an older, smaller value must not shadow this one
            return
        self._guard("store", name, lambda: self.backend.set_password(self.service, name, value))
        self.large_store.delete(name)

    def delete(self, name: str) -> None:
        self._delete_from_keyring(name)
        self.large_store.delete(name)

    def _delete_from_keyring(self, name: str) -> None:
        if self._guard("read", name, lambda: self.backend.get_password(self.service, name)) is None:
            return  # some backends raise when deleting what is not there
        self._guard("delete", name, lambda: self.backend.delete_password(self.service, name))

    def _guard(self, what: str, name: str, call):  # type: ignore[no-untyped-def]
        try:
            return call()
        except keyring.errors.KeyringLocked as exc:
            log.warning("the OS keyring is locked (%s of %s refused)", what, _kind(name))
            raise SecretStoreUnavailable(
                "The system keyring is locked. Unlock it (log in to your desktop session or "
                "unlock the keyring) and try again.") from exc
        except keyring.errors.PasswordSetError as exc:
            log.warning("the OS keyring refused to %s a %s: %s", what, _kind(name), type(exc).__name__)
            raise SecretStoreUnavailable(
                "The system keyring refused to save the secret. Check that the keyring is "
                "unlocked and not full, then try again.") from exc
        except keyring.errors.PasswordDeleteError as exc:
            raise SecretStoreUnavailable(
                "The system keyring refused to delete the secret; remove it by hand in the "
                "keyring manager.") from exc
        except keyring.errors.KeyringError as exc:  # NoKeyringError, InitError, backend trouble
            log.warning("the OS keyring failed to %s a %s: %s", what, _kind(name), type(exc).__name__)
            raise SecretStoreUnavailable(
                "The system keyring is not available. Check the keyring service of your "
                "desktop session, then try again.") from exc


def _kind(name: str) -> str:
    """What a secret is, for the log, without its account: `token`, `api-secret`..."""
    return name.split(":", 1)[0] or "secret"


def make_secret_store(data_dir: Path,
                      backend: keyring.backend.KeyringBackend | None = None) -> SecretStore:
    """The secret store for `data_dir`: the OS keyring when one exists, else the owner-only file.

    `backend` defaults to keyring's own choice (`keyring.get_keyring()`); tests pass one.
    """
    data_dir = Path(data_dir)
    if backend is None:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001 - a broken keyring config must not stop the app
            log.warning("the OS keyring could not be set up (%s: %s)", type(exc).__name__, exc)
            backend = fail.Keyring()
    if not is_usable_backend(backend):
        log.warning("no OS keyring is available (keyring backend %s); tokens and API secrets "
                    "are kept in the owner-only file %s", type(backend).__module__,
                    data_dir / SECRETS_FILE)
        return FileSecretStore(data_dir / SECRETS_FILE)
    log.info("secrets are kept in the OS keyring (%s.%s)", type(backend).__module__,
             type(backend).__name__)
    large = FileSecretStore(data_dir / SECRETS_FILE, warn_on_write=False)
    return KeyringSecretStore(keyring_service(data_dir), backend, large)

