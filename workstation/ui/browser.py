"""Browser profiles: one named, disk-based QWebEngineProfile per provider account.

docs/reliability.md rule 8 / T13. Each account has its own directory under
`DATA_DIR/browser/<provider>/p-<random>` (cookies, local storage; the HTTP cache is kept in
memory), so the cookies of one account never reach another. `profiles.json` beside them maps
each account to its directory. Profiles are made lazily and kept referenced here; whoever
makes a page on one must delete the page before the profile is released (QtWebEngine warns
otherwise).

A new account is logged in before its name is known: it gets a fresh directory that is in
no map yet. When the login succeeds and the page is gone, `adopt` maps the account to that
directory (its cookies are the newest the marketplace knows; an older directory of the same
account is dropped). Nothing is ever renamed: Chromium keeps writing into a profile's
directory for a moment after the profile object is gone, so a rename or a delete right then
races with it. Directories that no map names (a cancelled login, a forgotten account, what a
crash left) are deleted at once where possible and for certain at the next start. A lock
file (QLockFile) in each directory keeps a second workstation process out of a profile in use.

The profile directories are secrets (they hold the marketplace's session cookies): they live
in the data directory and are deleted whole when an account is forgotten.

GUI thread only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import QLockFile, QObject

if TYPE_CHECKING:  # QtWebEngine loads with the first profile, not with the window (issue 16)
    from PySide6.QtWebEngineCore import QWebEngineProfile

log = logging.getLogger(__name__)

BROWSER_DIR = "browser"
INDEX_FILE = "profiles.json"
DIR_PREFIX = "p-"
LOCK_NAME = "workstation.lock"


class ProfileInUse(Exception):
    """Another workstation process has this account's browser profile open."""


def provider_dir_name(provider: str) -> str:
    """A directory name for a provider key (`1688`, `taobao`), safe on every filesystem."""
    readable = quote(provider, safe="").replace(".", "%2E")[:40]
    return f"{readable}-{hashlib.sha256(provider.encode('utf-8')).hexdigest()[:8]}"


@dataclass(eq=False)
class ProfileHandle:
    """A live profile and where it lives. `account` is None for a new account's login."""

    provider: str
    account: str | None
    path: Path
    profile: QWebEngineProfile
    lock: QLockFile = field(repr=False)


class BrowserProfiles(QObject):
    """Owns every browser profile of the workstation. GUI thread only."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.root = Path(data_dir) / BROWSER_DIR
        self._live: dict[tuple[str, str], ProfileHandle] = {}
        self._new: list[ProfileHandle] = []
        self._purge_unmapped()

    # ------------------------------------------------------------ map

    def _provider_dir(self, provider: str) -> Path:
        return self.root / provider_dir_name(provider)

    def _index(self, provider: str) -> dict[str, str]:
        try:
            data = json.loads((self._provider_dir(provider) / INDEX_FILE).read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("the browser profile map of %s is unreadable (%s); starting afresh",
                        provider, exc)
            return {}
        accounts = data.get("accounts") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in (accounts or {}).items()
                if str(v).startswith(DIR_PREFIX) and "/" not in str(v) and "\\" not in str(v)}

    def _save_index(self, provider: str, index: dict[str, str]) -> None:
        folder = self._provider_dir(provider)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".profiles-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"accounts": index}, fh, ensure_ascii=False, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, folder / INDEX_FILE)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def path_of(self, provider: str, account: str) -> Path | None:
        """The account's profile directory, None when it has none (yet)."""
        name = self._index(provider).get(account)
        return self._provider_dir(provider) / name if name else None

    def accounts(self, provider: str) -> list[str]:
        """Accounts that have a browser profile on disk."""
        return sorted(self._index(provider))

    # ------------------------------------------------------------ profiles

    def profile(self, provider: str, account: str) -> QWebEngineProfile:
        """The account's profile, made on first use and kept until `release`/`close`."""
        return self.handle(provider, account).profile

    def handle(self, provider: str, account: str) -> ProfileHandle:
        key = (provider, account)
        if key not in self._live:
            path = self.path_of(provider, account)
            if path is None:
                path = self._fresh_dir(provider)
                index = self._index(provider)
                index[account] = path.name
                self._save_index(provider, index)
            self._live[key] = self._open(provider, account, path)
        return self._live[key]

    def login_profile(self, provider: str, account_hint: str | None) -> ProfileHandle:
        """The profile a login page should use: the known account's, or a fresh one."""
        if account_hint:
            return self.handle(provider, account_hint)
        handle = self._open(provider, None, self._fresh_dir(provider))
        self._new.append(handle)
        return handle

    def is_live(self, provider: str, account: str) -> bool:
        return (provider, account) in self._live

    def live_paths(self) -> list[Path]:
        return [h.path for h in [*self._live.values(), *self._new]]

    def _fresh_dir(self, provider: str) -> Path:
        return self._provider_dir(provider) / f"{DIR_PREFIX}{uuid.uuid4().hex[:16]}"

    def _open(self, provider: str, account: str | None, path: Path) -> ProfileHandle:
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o700)
        lock = QLockFile(str(path / LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when the process that holds it is gone
        if not lock.tryLock(0):
            raise ProfileInUse(f"the browser profile of {account or 'a new login'} on {provider} "
                               f"is open in another workstation ({path})")
        # One storage name per directory: two profiles never share Chromium's state.
        name = f"ws-{provider_dir_name(provider)}-{path.name}"
        from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineProfileBuilder

        builder = QWebEngineProfileBuilder()
        builder.setPersistentStoragePath(str(path / "storage"))
        builder.setCachePath(str(path / "cache"))
        # The cache would keep the marketplace's pages on disk: memory is enough for a login.
        builder.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        # Marketplace logins often use session cookies: keep them too, per account.
        builder.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.ForcePersistentCookies)
        profile = builder.createProfile(name, self)
        log.debug("browser profile %s opened", name)
        return ProfileHandle(provider, account, path, profile, lock)

    # ------------------------------------------------------------ after a login

    def adopt(self, handle: ProfileHandle, account: str) -> None:
        """A new account's login succeeded as `account`: its profile becomes the account's.

        The login page must be deleted already. When the account's own profile is open
        (in use elsewhere in this process), the new one is dropped instead: the token is what
        counts, and the open profile keeps working.
        """
        if handle.account is not None or handle not in self._new:
            return  # it already was the account's own profile
        self._new.remove(handle)
        self._close_handle(handle)
        if self.is_live(handle.provider, account):
            _remove_tree(handle.path)
            return
        index = self._index(handle.provider)
        old = index.get(account)
        index[account] = handle.path.name
        self._save_index(handle.provider, index)
        if old and old != handle.path.name:
            _remove_tree(self._provider_dir(handle.provider) / old)

    def discard(self, handle: ProfileHandle) -> None:
        """A new account's login was cancelled or failed: drop its profile. Pages first."""
        if handle.account is not None or handle not in self._new:
            return
        self._new.remove(handle)
        self._close_handle(handle)
        _remove_tree(handle.path)

    def release(self, provider: str, account: str) -> None:
        """Close the account's profile (its pages must be deleted already); files stay."""
        handle = self._live.pop((provider, account), None)
        if handle is not None:
            self._close_handle(handle)

    def forget_account(self, provider: str, account: str) -> None:
        """Delete the account's browser profile: cookies and storage, on disk too.

        Its pages must be deleted already. The tokens are the session service's part
        (`LoginService.forget`, run on a worker by the caller).
        """
        handle = self._live.pop((provider, account), None)
        if handle is not None:
            handle.profile.cookieStore().deleteAllCookies()
            self._close_handle(handle)
        index = self._index(provider)
        name = index.pop(account, None)
        if name is not None:
            self._save_index(provider, index)  # unmapped first: whatever stays is garbage
            _remove_tree(self._provider_dir(provider) / name)
        log.info("browser profile of %s on %s deleted", account, provider)

    def close(self) -> None:
        """Release every profile (on quit, after every page is deleted)."""
        for handle in self._live.values():
            self._close_handle(handle)
        for handle in self._new:
            self._close_handle(handle)
            _remove_tree(handle.path)
        self._live.clear()
        self._new.clear()

    def _close_handle(self, handle: ProfileHandle) -> None:
        if shiboken6.isValid(handle.profile):
            shiboken6.delete(handle.profile)
        handle.lock.unlock()

    # ------------------------------------------------------------ housekeeping

    def _purge_unmapped(self) -> None:
        """Delete profile directories no account owns: cancelled logins, forgotten accounts."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if not folder.is_dir():
                continue
            try:
                mapped = set(json.loads((folder / INDEX_FILE).read_text("utf-8"))
                             .get("accounts", {}).values())
            except FileNotFoundError:
                mapped = set()
            except (OSError, ValueError, AttributeError):
                continue  # an unreadable map: delete nothing
            for child in folder.iterdir():
                if child.is_dir() and child.name.startswith(DIR_PREFIX) and child.name not in mapped:
                    lock = QLockFile(str(child / LOCK_NAME))
                    if lock.tryLock(0):  # not another running workstation's login
                        lock.unlock()
                        _remove_tree(child)


def _remove_tree(path: Path) -> None:
    """Delete a profile directory now if the OS lets us; the next start retries otherwise."""
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.info("browser profile %s not fully deleted yet (%s); removed at the next start",
                 path.name, exc)
