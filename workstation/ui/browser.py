"""Browser profiles: one named, disk-based QWebEngineProfile per provider account.

RELIABILITY rule 8 / T13. Each account has its own directory under
`DATA_DIR/browser/<provider>/<account>` (cookies, local storage and cache together), so the
cookies of one account never reach another. Profiles are made lazily and kept referenced
here; whoever makes a page on one must delete the page before the profile is released
(QtWebEngine warns otherwise).

A new account is logged in before its name is known: it gets a *login profile* in
`<provider>/.new-<random>`. When the login succeeds and the page is gone, `adopt` renames
that directory to the account's (replacing an older one: the newest cookies are the ones the
marketplace knows); when it fails or is cancelled, `discard` deletes it. Leftovers of a crash
are removed at the next start. A lock file (QLockFile) in each directory keeps a second
workstation process out of a profile that is in use.

The profile directories are secrets (they hold the marketplace's session cookies): they live
in the data directory and are deleted whole when an account is forgotten.

GUI thread only.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineProfileBuilder

log = logging.getLogger(__name__)

BROWSER_DIR = "browser"
NEW_PREFIX = ".new-"
FORGOTTEN_MARK = ".forgotten"
LOCK_NAME = "workstation.lock"


class ProfileInUse(Exception):
    """Another workstation process has this account's browser profile open."""


def account_dir_name(account: str) -> str:
    """A file name for an account that is safe everywhere and unique even where case folds.

    `demo_buyer` -> `demo_buyer-1b2c3d4e`; Chinese or odd characters are percent-encoded,
    dots too (so `..` can never climb out); the hash tells `Bob` from `bob` on Windows.
    """
    readable = quote(account, safe="").replace(".", "%2E")[:80]
    digest = hashlib.sha256(account.encode("utf-8")).hexdigest()[:8]
    return f"{readable}-{digest}"


@dataclass(eq=False)
class ProfileHandle:
    """A live profile and where it lives. `account` is None for a new-account login profile."""

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
        self._purge_leftovers()

    # ------------------------------------------------------------ paths

    def path_of(self, provider: str, account: str) -> Path:
        return self.root / account_dir_name(provider) / account_dir_name(account)

    def _provider_dir(self, provider: str) -> Path:
        return self.root / account_dir_name(provider)

    # ------------------------------------------------------------ profiles

    def profile(self, provider: str, account: str) -> QWebEngineProfile:
        """The account's profile, made on first use and kept until `release`/`close`."""
        return self.handle(provider, account).profile

    def handle(self, provider: str, account: str) -> ProfileHandle:
        key = (provider, account)
        if key not in self._live:
            path = self.path_of(provider, account)
            self._live[key] = self._open(provider, account, path)
        return self._live[key]

    def login_profile(self, provider: str, account_hint: str | None) -> ProfileHandle:
        """The profile a login page should use: the known account's, or a fresh one."""
        if account_hint:
            return self.handle(provider, account_hint)
        path = self._provider_dir(provider) / f"{NEW_PREFIX}{uuid.uuid4().hex[:12]}"
        handle = self._open(provider, None, path)
        self._new.append(handle)
        return handle

    def is_live(self, provider: str, account: str) -> bool:
        return (provider, account) in self._live

    def live_paths(self) -> list[Path]:
        return [h.path for h in [*self._live.values(), *self._new]]

    def _open(self, provider: str, account: str | None, path: Path) -> ProfileHandle:
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o700)
        lock = QLockFile(str(path / LOCK_NAME))
        lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        if not lock.tryLock(0):
            raise ProfileInUse(f"the browser profile of {account or 'a new login'} on {provider} "
                               f"is open in another workstation ({path})")
        # A storage name unique per directory: two profiles never share Chromium's state.
        name = f"ws-{account_dir_name(provider)}-{path.name}"
        builder = QWebEngineProfileBuilder()
        builder.setPersistentStoragePath(str(path / "storage"))
        builder.setCachePath(str(path / "cache"))
        builder.setHttpCacheType(QWebEngineProfile.HttpCacheType.DiskHttpCache)
        # Marketplace logins often use session cookies: keep them too, per account.
        builder.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.ForcePersistentCookies)
        profile = builder.createProfile(name, self)
        log.debug("browser profile %s opened", name)
        return ProfileHandle(provider, account, path, profile, lock)

    # ------------------------------------------------------------ after a login

    def adopt(self, handle: ProfileHandle, account: str) -> None:
        """A new-account login succeeded as `account`: keep its cookies under that name.

        The login page must be deleted already. When the account's own profile is open (it
        is in use elsewhere in this process), the new cookies are dropped instead: the token
        is what counts, and the open profile keeps working.
        """
        if handle.account is not None:
            return  # it already was the account's own profile
        self._close_handle(handle)
        self._new.remove(handle)
        target = self.path_of(handle.provider, account)
        if self.is_live(handle.provider, account):
            _remove_tree(handle.path)
            return
        try:
            if target.exists():
                shutil.rmtree(target)
            handle.path.rename(target)
        except OSError as exc:
            log.warning("the new login's browser profile could not be kept (%s); its cookies "
                        "are dropped", exc)
            _remove_tree(handle.path)

    def discard(self, handle: ProfileHandle) -> None:
        """A new-account login was cancelled or failed: delete its profile. Pages first."""
        if handle.account is not None or handle not in self._new:
            return
        self._close_handle(handle)
        self._new.remove(handle)
        _remove_tree(handle.path)

    def release(self, provider: str, account: str) -> None:
        """Close the account's profile (its pages must be deleted already); files stay."""
        handle = self._live.pop((provider, account), None)
        if handle is not None:
            self._close_handle(handle)

    def forget_account(self, provider: str, account: str) -> None:
        """Delete the account's browser profile: cookies, storage and cache, on disk too.

        Its pages must be deleted already. The tokens are the session service's part
        (`LoginService.forget`), run on a worker by the caller.
        """
        handle = self._live.pop((provider, account), None)
        if handle is not None:
            handle.profile.cookieStore().deleteAllCookies()
            self._close_handle(handle)
        _remove_tree(self.path_of(provider, account))
        log.info("browser profile of %s on %s deleted", account, provider)

    def close(self) -> None:
        """Release every profile (on quit, after every page is deleted)."""
        for handle in [*self._live.values()]:
            self._close_handle(handle)
        for handle in list(self._new):
            self._close_handle(handle)
            _remove_tree(handle.path)
        self._live.clear()
        self._new.clear()

    def _close_handle(self, handle: ProfileHandle) -> None:
        if shiboken6.isValid(handle.profile):
            shiboken6.delete(handle.profile)
        handle.lock.unlock()

    # ------------------------------------------------------------ housekeeping

    def _purge_leftovers(self) -> None:
        """Remove login profiles a crash left behind and forgotten profiles Windows kept."""
        if not self.root.exists():
            return
        for provider_dir in self.root.iterdir():
            if not provider_dir.is_dir():
                continue
            for child in provider_dir.iterdir():
                if child.name.startswith(NEW_PREFIX) or (child / FORGOTTEN_MARK).exists():
                    lock = QLockFile(str(child / LOCK_NAME))
                    if lock.tryLock(0):  # not another running workstation's login
                        lock.unlock()
                        _remove_tree(child)


def _remove_tree(path: Path) -> None:
    """Delete a profile directory; if the OS keeps a file busy, mark it for the next start."""
    if not path.exists():
        return
    try:
        shutil.rmtree(path)
    except OSError as exc:
        log.warning("browser profile %s not fully deleted (%s); retried at the next start", path, exc)
        try:
            (path / FORGOTTEN_MARK).touch()
        except OSError:
            pass
