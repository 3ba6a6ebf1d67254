"""Instance keys of the OT API server, their operator and customer accounts, and sessions.

Passwords are stored as scrypt hashes, session ids as SHA-256 (a database copy gives no
usable session), and an instance's signing secret lives in the secret store.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets as random_secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from workstation.otapi.errors import AccessDenied, InstanceKeyBan, SessionExpired
from workstation.services.secrets import SecretStore
from workstation.store.database import Database
from workstation.store.models import OtapiInstance, OtapiSession, OtapiUser

OPERATOR, CUSTOMER = "operator", "customer"
SESSION_TTL = timedelta(hours=12)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = random_secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _name, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def _session_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def secret_name(instance_key: str) -> str:
    return f"otapi:secret:{instance_key}"


@dataclass(frozen=True)
class Credentials:
    login: str
    password: str


@dataclass(frozen=True)
class NewInstance:
    instance_key: str
    secret: str | None
    operator: Credentials
    customer: Credentials
    customer_id: str
    delivery_mode_id: str


@dataclass(frozen=True)
class InstanceRow:
    key: str
    has_secret: bool
    delivery_mode_id: str
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class Caller:
    """Who is calling: the instance, and the user behind the session when there is one."""

    instance_key: str
    delivery_mode_id: str
    user_id: int | None = None
    kind: str | None = None  # operator / customer
    login: str = ""
    customer_id: str | None = None


class InstanceService:
    def __init__(self, db: Database, secrets: SecretStore, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 session_ttl: timedelta = SESSION_TTL):
        self._db = db
        self._secrets = secrets
        self._clock = clock
        self.session_ttl = session_ttl

    def create(self, *, with_secret: bool = False) -> NewInstance:
        key = random_secrets.token_hex(16)
        secret = random_secrets.token_hex(24) if with_secret else None
        operator = Credentials(f"operator-{key[:6]}", random_secrets.token_urlsafe(12))
        customer = Credentials(f"customer-{key[:6]}", random_secrets.token_urlsafe(12))
        customer_id = f"OTC-{key[:8].upper()}"
        delivery = f"EXT-{key[8:14].upper()}"
        if secret is not None:
            self._secrets.set(secret_name(key), secret)
        now = self._clock()
        with self._db.write() as s:
            s.add(OtapiInstance(key=key, has_secret=secret is not None, delivery_mode_id=delivery, created_at=now))
            s.flush()
            s.add(OtapiUser(instance_key=key, kind=OPERATOR, login=operator.login,
                            password_hash=hash_password(operator.password), name="Operator"))
            s.add(OtapiUser(instance_key=key, kind=CUSTOMER, login=customer.login,
                            password_hash=hash_password(customer.password), customer_id=customer_id,
                            name="OT API customer"))
        return NewInstance(key, secret, operator, customer, customer_id, delivery)

    def list(self) -> list[InstanceRow]:
        with self._db.read() as s:
            return [InstanceRow(i.key, i.has_secret, i.delivery_mode_id, i.created_at, i.revoked_at)
                    for i in s.scalars(select(OtapiInstance).order_by(OtapiInstance.created_at))]

    def revoke(self, key: str) -> bool:
        with self._db.write() as s:
            row = s.get(OtapiInstance, key)
            if row is None or row.revoked_at is not None:
                return False
            row.revoked_at = self._clock()
            s.execute(delete(OtapiSession).where(OtapiSession.user_id.in_(
                select(OtapiUser.id).where(OtapiUser.instance_key == key))))
        return True

    # ------------------------------------------------------------ per request

    def instance(self, key: str) -> tuple[Caller, str | None]:
        """The caller for `key` and the instance's secret (None: unsigned calls are fine)."""
        with self._db.read() as s:
            row = s.get(OtapiInstance, key)
        if row is None:
            raise AccessDenied("Unknown instance key.", sub_code="InvalidInstanceKey", parameter="instanceKey")
        if row.revoked_at is not None:
            raise InstanceKeyBan("This instance key was revoked.", parameter="instanceKey")
        secret = self._secrets.get(secret_name(key)) if row.has_secret else None
        if row.has_secret and secret is None:
            raise AccessDenied("The instance's secret is missing from the secret store.",
                               sub_code="InvalidSignature", parameter="signature")
        return Caller(key, row.delivery_mode_id), secret

    def authenticate(self, caller: Caller, login: str, password: str, kind: str) -> str:
        """A new session id for the user, or AccessDenied."""
        with self._db.read() as s:
            user = s.scalar(select(OtapiUser).where(OtapiUser.instance_key == caller.instance_key,
                                                    OtapiUser.login == login))
        if user is None or user.kind != kind or not verify_password(password, user.password_hash):
            raise AccessDenied("Wrong login or password.", sub_code="InvalidCredentials", parameter="userLogin")
        session_id = random_secrets.token_hex(20)
        now = self._clock()
        with self._db.write() as s:
            s.execute(delete(OtapiSession).where(OtapiSession.expires_at < now))
            s.add(OtapiSession(id_hash=_session_hash(session_id), user_id=user.id, created_at=now,
                               expires_at=now + self.session_ttl))
        return session_id

    def session(self, caller: Caller, session_id: str) -> Caller:
        """The caller with the session's user; SessionExpired when unknown or past its time."""
        with self._db.read() as s:
            found = s.execute(select(OtapiSession, OtapiUser).join(OtapiUser).where(
                OtapiSession.id_hash == _session_hash(session_id))).first()
        if found is None:
            raise SessionExpired("The session is unknown or has expired; authenticate again.", parameter="sessionId")
        sess, user = found
        if user.instance_key != caller.instance_key:
            raise SessionExpired("The session belongs to another instance key.", parameter="sessionId")
        if sess.expires_at <= self._clock():
            raise SessionExpired("The session has expired; authenticate again.", parameter="sessionId")
        return Caller(caller.instance_key, caller.delivery_mode_id, user.id, user.kind, user.login, user.customer_id)

    def customer_name(self, customer_id: str) -> str:
        with self._db.read() as s:
            return s.scalar(select(OtapiUser.name).where(OtapiUser.customer_id == customer_id)) or customer_id
