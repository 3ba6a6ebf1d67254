"""People who sign in at a station, their roles and badges, and the one check of a permission.

Passwords are kept as scrypt hashes with a salt of their own and compared in constant time;
a badge carries a random token (never the password) of which only the SHA-256 is kept, and a
badge can be revoked. With no people defined a station runs as one implicit administrator
(`Actor.local()`), as it always did; the first person created must be an administrator, and the
last active administrator can be neither disabled nor given another role, so a warehouse never
locks itself out. Plain Python, any thread.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets as random_secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from workstation.domain.roles import (
    ADMINISTRATOR,
    PERMISSION_NAMES,
    ROLES,
    Permission,
    UnknownRole,
    allows,
    role,
)
from workstation.services.audit import Actor, audit
from workstation.services.errors import InvalidInput, NotFoundError, PermissionDenied, SignInFailed
from workstation.store.database import Database
from workstation.store.models import Badge, User

# [people] session_timeout_minutes in workstation.ini: a station left alone this long returns
# to its sign-in (the window's idle timer; 0 turns it off).
SESSION_TIMEOUT_KEY = "people/session_timeout_minutes"
DEFAULT_SESSION_TIMEOUT_MINUTES = 30
MIN_PASSWORD = 6
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
# A badge code: the prefix and 22 random digits (73 bits). Digits, so Code 128 packs them two to
# a symbol and the badge fits a 58 mm label at two printer dots per module, and every wedge
# scanner types them alike under any keyboard layout. Only their SHA-256 is stored.
BADGE_PREFIX = "WSB"
BADGE_DIGITS = 22
_BADGE = re.compile(rf"^{BADGE_PREFIX}\d{{{BADGE_DIGITS}}}$")


def require(actor: Actor, permission: Permission) -> None:
    """Refuse (PermissionDenied, a plain message) when the person at `actor` may not do this."""
    if not actor.signed_in:
        raise PermissionDenied(f"Nobody is signed in at this station: sign in to {PERMISSION_NAMES[permission]}.")
    if not allows(actor.role, permission):
        who = actor.name or actor.user
        found = ROLES.get(actor.role)
        raise PermissionDenied(f"{who} ({found.name.lower() if found else actor.role or 'no role'}) may not "
                               f"{PERMISSION_NAMES[permission]}; ask an administrator.")


def may(actor: Actor, permission: Permission) -> bool:
    return actor.signed_in and allows(actor.role, permission)


# ------------------------------------------------------------------ passwords and badges

def hash_password(password: str) -> str:
    salt = random_secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison against a stored `scrypt$n$r$p$salt$hash`; False for anything malformed."""
    try:
        name, n, r, p, salt, digest = stored.split("$")
        if name != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, bytes.fromhex(digest))


_DUMMY_HASH = hash_password(random_secrets.token_hex(8))  # an unknown login costs as much as a known one


def new_badge_code() -> str:
    return f"{BADGE_PREFIX}{random_secrets.randbelow(10 ** BADGE_DIGITS):0{BADGE_DIGITS}d}"


def is_badge_code(code: str) -> bool:
    """Is this scanned code a person's badge (not a parcel)? Case and surrounding blanks do not matter."""
    return bool(_BADGE.match(code.strip().upper()))


def badge_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode("ascii", "replace")).hexdigest()


# ------------------------------------------------------------------ the service

@dataclass(frozen=True)
class Person:
    id: int
    login: str
    name: str
    role: str
    created_at: datetime
    disabled_at: datetime | None
    badges: int = 0  # badges not revoked

    @property
    def active(self) -> bool:
        return self.disabled_at is None

    @property
    def role_name(self) -> str:
        return role(self.role).name


def _person(u: User, badges: int = 0) -> Person:
    return Person(u.id, u.login, u.display_name, u.role, u.created_at, u.disabled_at, badges)


class PeopleService:
    """People, badges and sign-in against the shared database. Any thread."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._clock = clock

    # -- reading
    def required(self) -> bool:
        """True once anyone is defined and active: the station asks who is there."""
        with self._db.read() as s:
            return s.scalar(select(User.id).where(User.disabled_at.is_(None)).limit(1)) is not None

    def list(self) -> list[Person]:
        with self._db.read() as s:
            counts = dict(s.execute(select(Badge.user_id, func.count()).where(Badge.revoked_at.is_(None))
                                    .group_by(Badge.user_id)).all())
            return [_person(u, int(counts.get(u.id, 0))) for u in s.scalars(select(User).order_by(User.login))]

    def get(self, login: str) -> Person:
        with self._db.read() as s:
            return _person(self._user(s, login))

    # -- managing (administrators; the first person is created by the implicit administrator)
    def add(self, actor: Actor, login: str, role_code: str, password: str, name: str = "") -> Person:
        login = self._login(login)
        self._role(role_code)
        self._password(password)
        hashed = hash_password(password)  # slow: before the write transaction
        with self._db.write() as s:
            require(actor, Permission.ACCOUNTS)
            if s.scalar(select(User.id).where(func.lower(User.login) == login)) is not None:
                raise InvalidInput(f"{login}: there is a person with this login already.")
            first = s.scalar(select(User.id).limit(1)) is None
            if first and role_code != ADMINISTRATOR:
                raise InvalidInput("The first person must be an administrator: once anyone is defined, the station "
                                   "asks who signs in, and someone must be able to manage the others.")
            user = User(login=login, display_name=" ".join(name.split())[:200], role=role_code,
                        password_hash=hashed, created_at=self._clock())
            s.add(user)
            s.flush()
            audit(s, actor, "user.add", "user", user.id, {},
                  {"login": login, "role": role_code, "name": user.display_name})
            return _person(user)

    def update(self, actor: Actor, login: str, *, role_code: str | None = None, name: str | None = None) -> Person:
        with self._db.write() as s:
            require(actor, Permission.ACCOUNTS)
            user = self._user(s, login)
            old: dict[str, Any] = {}
            new: dict[str, Any] = {}
            if role_code is not None and role_code != user.role:
                self._role(role_code)
                if user.role == ADMINISTRATOR:
                    self._not_last_admin(s, user)
                old["role"], new["role"], user.role = user.role, role_code, role_code
            if name is not None and " ".join(name.split()) != user.display_name:
                old["name"], new["name"] = user.display_name, " ".join(name.split())[:200]
                user.display_name = new["name"]
            if new:
                audit(s, actor, "user.update", "user", user.id, old, new)
            return _person(user)

    def set_password(self, actor: Actor, login: str, password: str) -> None:
        """An administrator sets anyone's password; a person their own."""
        self._password(password)
        hashed = hash_password(password)
        with self._db.write() as s:
            user = self._user(s, login)
            if not (actor.signed_in and actor.user == user.login):
                require(actor, Permission.ACCOUNTS)
            user.password_hash = hashed
            audit(s, actor, "user.password", "user", user.id, {}, {"login": user.login})

    def disable(self, actor: Actor, login: str) -> Person:
        """The person can no longer sign in, by password or badge; their rows keep their name."""
        with self._db.write() as s:
            require(actor, Permission.ACCOUNTS)
            user = self._user(s, login)
            if user.disabled_at is None:
                if user.role == ADMINISTRATOR:
                    self._not_last_admin(s, user)
                user.disabled_at = self._clock()
                audit(s, actor, "user.disable", "user", user.id, {}, {"login": user.login})
            return _person(user)

    def enable(self, actor: Actor, login: str) -> Person:
        with self._db.write() as s:
            require(actor, Permission.ACCOUNTS)
            user = self._user(s, login)
            if user.disabled_at is not None:
                user.disabled_at = None
                audit(s, actor, "user.enable", "user", user.id, {}, {"login": user.login})
            return _person(user)

    def issue_badge(self, actor: Actor, login: str) -> str:
        """A new badge code for the person (shown once, for its label); older badges stay valid
        until revoked."""
        code = new_badge_code()
        with self._db.write() as s:
            require(actor, Permission.ACCOUNTS)
            user = self._user(s, login)
            badge = Badge(user_id=user.id, token_hash=badge_hash(code), created_at=self._clock())
            s.add(badge)
            s.flush()
            audit(s, actor, "badge.issue", "user", user.id, {}, {"login": user.login, "badge": badge.id})
        return code

    def revoke_badges(self, actor: Actor, login: str) -> int:
        """Every badge of the person stops working at once (a lost badge); how many were revoked."""
        now = self._clock()
        with self._db.write() as s:
            require(actor, Permission.ACCOUNTS)
            user = self._user(s, login)
            revoked = s.execute(update(Badge).where(Badge.user_id == user.id, Badge.revoked_at.is_(None))
                                .values(revoked_at=now)).rowcount or 0
            if revoked:
                audit(s, actor, "badge.revoke", "user", user.id, {}, {"login": user.login, "badges": revoked})
            return int(revoked)

    # -- signing in
    def authenticate(self, login: str, password: str) -> Person:
        """The person with this login and password; SignInFailed names no detail an intruder could use."""
        with self._db.read() as s:
            user = s.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
            stored = user.password_hash if user is not None else _DUMMY_HASH
        ok = verify_password(password, stored)
        if user is None or not ok or user.disabled_at is not None:
            raise SignInFailed("Wrong login or password, or the person is disabled.")
        return _person(user)

    def authenticate_badge(self, code: str) -> Person:
        if not is_badge_code(code):
            raise SignInFailed("This is not a badge of this warehouse.")
        with self._db.read() as s:
            row = s.execute(select(User, Badge.revoked_at).join(Badge, Badge.user_id == User.id)
                            .where(Badge.token_hash == badge_hash(code))).first()
        if row is None or row[1] is not None or row[0].disabled_at is not None:
            raise SignInFailed("This badge is not valid (revoked, or its person is disabled).")
        return _person(row[0])

    # -- helpers
    def _user(self, s: Any, login: str) -> User:
        user = s.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
        if user is None:
            raise NotFoundError(f"{login}: no such person.")
        return user  # type: ignore[no-any-return]

    def _not_last_admin(self, s: Any, user: User) -> None:
        others = s.scalar(select(func.count()).select_from(User).where(
            User.role == ADMINISTRATOR, User.disabled_at.is_(None), User.id != user.id)) or 0
        if not others:
            raise InvalidInput(f"{user.login} is the last active administrator: make someone else an "
                               "administrator first.")

    @staticmethod
    def _login(login: str) -> str:
        login = login.strip().lower()
        if not _LOGIN.match(login):
            raise InvalidInput(f"{login!r}: a login is 1-64 letters a-z, digits, '.', '_' or '-', "
                               "starting with a letter or digit.")
        return login

    @staticmethod
    def _role(code: str) -> None:
        try:
            role(code)
        except UnknownRole as exc:
            raise InvalidInput(str(exc)) from exc

    @staticmethod
    def _password(password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise InvalidInput(f"A password needs at least {MIN_PASSWORD} characters.")


def sign_in(actor: Actor, person: Person) -> None:
    """The station's actor is this person from now on."""
    actor.become(person.login, person.role, person.name)


def sign_out(actor: Actor, local_user: str) -> None:
    """Nobody is signed in: work that needs a person is refused until someone signs in."""
    actor.become(local_user, "", "", signed_in=False)


class IdleTimeout:
    """A station's sign-in lasts while someone uses it: `touch()` on every key or click;
    `expired()` once `minutes` have passed without one (0: never). Pure, any thread."""

    def __init__(self, minutes: float, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self.timeout = timedelta(minutes=minutes) if minutes and minutes > 0 else None
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        self._last = self._clock()

    def expired(self) -> bool:
        return self.timeout is not None and self._clock() - self._last >= self.timeout


def timeout_minutes(raw: Any) -> float:
    """The INI value of SESSION_TIMEOUT_KEY as minutes; the default for anything unusable."""
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return DEFAULT_SESSION_TIMEOUT_MINUTES
    return value if 0 <= value <= 24 * 60 else DEFAULT_SESSION_TIMEOUT_MINUTES


class AnsweringAs:
    """The activity service as the window's activity runner uses it: questions are answered in the
    name of the person signed in now, and only by one allowed to (price answers need PRICES)."""

    def __init__(self, activities: Any, actor: Actor):
        self._activities = activities
        self._actor = actor

    def answer(self, activity_id: str, choice: str, answered_by: str = "") -> Any:
        require(self._actor, Permission.PRICES)
        return self._activities.answer(activity_id, choice, answered_by=self._actor.user)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._activities, name)
