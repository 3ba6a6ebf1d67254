"""People, roles and badges (services/people.py) on a real database: hashing, badges, the
first-administrator rules, role checks where the services enforce them, and the idle timeout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from workstation.domain.roles import ADMINISTRATOR, CLERK, PURCHASER, ROLES, Permission, allows
from workstation.services.audit import Actor
from workstation.services.errors import InvalidInput, PermissionDenied, SignInFailed
from workstation.services.people import (
    AnsweringAs,
    IdleTimeout,
    PeopleService,
    hash_password,
    is_badge_code,
    require,
    sign_in,
    sign_out,
    timeout_minutes,
    verify_password,
)
from workstation.services.secrets import MemorySecretStore
from workstation.services.settings import SettingsService
from workstation.store.database import Database
from workstation.store.models import AuditEntry, Badge, ProviderSetting, User


def _admin_and_clerk(people: PeopleService) -> tuple[Actor, Actor]:
    root = Actor("root", "ws-1")  # the implicit administrator of a station with nobody defined
    people.add(root, "olga", ADMINISTRATOR, "admin-pass", "Olga Admin")
    people.add(root, "anna", CLERK, "clerk-pass", "Anna Clerk")
    admin, clerk = Actor("root", "ws-1"), Actor("root", "ws-1")
    sign_in(admin, people.authenticate("olga", "admin-pass"))
    sign_in(clerk, people.authenticate("anna", "clerk-pass"))
    return admin, clerk


def test_passwords_are_salted_scrypt_and_checked_in_full() -> None:
    first, second = hash_password("s3cret!"), hash_password("s3cret!")
    assert first != second and first.startswith("scrypt$16384$8$1$")  # a salt of its own each time
    assert "s3cret" not in first
    assert verify_password("s3cret!", first) and verify_password("s3cret!", second)
    assert not verify_password("s3cret", first) and not verify_password("S3cret!", first)
    for broken in ("", "scrypt$1$2", "md5$1$1$1$00$00", first.replace("scrypt", "bcrypt")):
        assert not verify_password("s3cret!", broken)


def test_sign_in_by_password(sqlite_db: Database) -> None:
    people = PeopleService(sqlite_db)
    assert not people.required()  # nobody defined: the implicit administrator, as before
    _admin_and_clerk(people)
    assert people.required()
    assert people.authenticate("ANNA ", "clerk-pass").role == CLERK  # logins are not case-sensitive
    with pytest.raises(SignInFailed):
        people.authenticate("anna", "admin-pass")
    with pytest.raises(SignInFailed):
        people.authenticate("nobody", "clerk-pass")
    with sqlite_db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.login == "anna"))
    assert stored and "clerk-pass" not in stored


def test_the_first_person_is_an_administrator_and_the_last_one_stays(sqlite_db: Database) -> None:
    people = PeopleService(sqlite_db)
    root = Actor("root", "ws-1")
    with pytest.raises(InvalidInput, match="first person must be an administrator"):
        people.add(root, "anna", CLERK, "clerk-pass")
    people.add(root, "olga", ADMINISTRATOR, "admin-pass")
    admin = Actor("root", "ws-1")
    sign_in(admin, people.authenticate("olga", "admin-pass"))
    with pytest.raises(InvalidInput, match="last active administrator"):
        people.disable(admin, "olga")
    with pytest.raises(InvalidInput, match="last active administrator"):
        people.update(admin, "olga", role_code=PURCHASER)
    with pytest.raises(InvalidInput, match="already"):
        people.add(admin, "OLGA", PURCHASER, "other-pass")
    with pytest.raises(InvalidInput, match="at least"):
        people.add(admin, "ivan", PURCHASER, "short")
    people.add(admin, "ivan", ADMINISTRATOR, "ivan-pass")
    assert people.disable(admin, "olga").active is False  # another administrator is left
    with pytest.raises(SignInFailed):
        people.authenticate("olga", "admin-pass")


def test_badges_keep_only_a_hash_and_can_be_revoked(sqlite_db: Database) -> None:
    people = PeopleService(sqlite_db)
    admin, clerk = _admin_and_clerk(people)
    with pytest.raises(PermissionDenied):
        people.issue_badge(clerk, "anna")  # a clerk does not hand out badges, not even their own
    code = people.issue_badge(admin, "anna")
    assert is_badge_code(code) and is_badge_code(f" {code.lower()}\r")
    assert not is_badge_code("SF1234567890123") and not is_badge_code(code[:-1])
    assert people.authenticate_badge(code).login == "anna"
    with sqlite_db.read() as s:
        hashes = list(s.scalars(select(Badge.token_hash)))
        audit_text = " ".join(e.new_json for e in s.scalars(select(AuditEntry)))
    assert hashes and code not in hashes and all(len(h) == 64 for h in hashes)
    assert code not in audit_text
    other = people.issue_badge(admin, "anna")
    assert people.revoke_badges(admin, "anna") == 2
    for revoked in (code, other):
        with pytest.raises(SignInFailed):
            people.authenticate_badge(revoked)
    fresh = people.issue_badge(admin, "anna")
    people.disable(admin, "anna")
    with pytest.raises(SignInFailed):
        people.authenticate_badge(fresh)  # a disabled person's badge stops too
    with pytest.raises(SignInFailed):
        people.authenticate_badge("WSB" + "0" * 22)


def test_roles_and_require() -> None:
    assert set(ROLES) == {ADMINISTRATOR, PURCHASER, CLERK}
    assert all(allows(ADMINISTRATOR, p) for p in Permission)
    assert allows(PURCHASER, Permission.BOOK) and not allows(PURCHASER, Permission.SETTINGS)
    assert not allows(PURCHASER, Permission.RECEIVE)
    assert allows(CLERK, Permission.RECEIVE) and allows(CLERK, Permission.LABELS)
    assert not any(allows(CLERK, p) for p in (Permission.SETTINGS, Permission.KEYS, Permission.BOOK,
                                              Permission.PRICES, Permission.BIND, Permission.ACCOUNTS))
    clerk = Actor("anna", "ws-1", CLERK, "Anna Clerk")
    with pytest.raises(PermissionDenied, match="Anna Clerk \\(clerk\\) may not change settings"):
        require(clerk, Permission.SETTINGS)
    require(clerk, Permission.RECEIVE)
    require(Actor.local(), Permission.KEYS)  # the implicit administrator may do everything
    nobody = Actor("anna", "ws-1", CLERK)
    sign_out(nobody, "root")
    with pytest.raises(PermissionDenied, match="Nobody is signed in"):
        require(nobody, Permission.RECEIVE)


def test_a_clerk_is_refused_a_settings_change_and_nothing_is_written(sqlite_db: Database) -> None:
    people = PeopleService(sqlite_db)
    admin, clerk = _admin_and_clerk(people)
    as_clerk = SettingsService(sqlite_db, MemorySecretStore(), clerk)
    with pytest.raises(PermissionDenied, match="may not change settings"):
        as_clerk.set("1688", "overpayment_threshold_percent", "25")
    with pytest.raises(PermissionDenied, match="API keys"):
        as_clerk.set("1688", "api_secret", "stolen")
    with sqlite_db.read() as s:
        assert s.scalar(select(ProviderSetting).where(ProviderSetting.key == "overpayment_threshold_percent")) is None
    SettingsService(sqlite_db, MemorySecretStore(), admin).set("1688", "overpayment_threshold_percent", "25")
    with sqlite_db.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == "setting")).one()
    assert row.actor == "olga" and row.workstation == "ws-1"  # the audit names the person


def test_one_shared_actor_follows_the_person_signed_in(sqlite_db: Database) -> None:
    people = PeopleService(sqlite_db)
    _admin_and_clerk(people)
    station = Actor("root", "ws-1")
    settings = SettingsService(sqlite_db, MemorySecretStore(), station)  # holds the station's actor
    sign_in(station, people.authenticate("anna", "clerk-pass"))
    with pytest.raises(PermissionDenied):
        settings.set("1688", "overpayment_threshold_percent", "30")
    sign_in(station, people.authenticate("olga", "admin-pass"))
    assert settings.set("1688", "overpayment_threshold_percent", "30").overpayment_threshold_percent == 30


def test_answering_a_question_needs_the_right_and_names_the_person() -> None:
    calls: list[tuple[str, str, str]] = []

    class Activities:
        def answer(self, activity_id: str, choice: str, answered_by: str = "") -> str:
            calls.append((activity_id, choice, answered_by))
            return "ok"

        def get(self, activity_id: str) -> str:
            return activity_id

    station = Actor("anna", "ws-1", CLERK)
    answering = AnsweringAs(Activities(), station)
    with pytest.raises(PermissionDenied):
        answering.answer("A1", "confirm", answered_by="someone")
    station.become("ivan", PURCHASER, "Ivan")
    assert answering.answer("A1", "confirm", answered_by="someone") == "ok"
    assert calls == [("A1", "confirm", "ivan")] and answering.get("A2") == "A2"


def test_the_idle_timeout() -> None:
    now = [datetime(2026, 12, 2, 9, 0, tzinfo=UTC)]
    idle = IdleTimeout(30, lambda: now[0])
    now[0] += timedelta(minutes=29)
    assert not idle.expired()
    idle.touch()
    now[0] += timedelta(minutes=29, seconds=59)
    assert not idle.expired()
    now[0] += timedelta(seconds=1)
    assert idle.expired()
    never = IdleTimeout(0, lambda: now[0])
    now[0] += timedelta(days=3)
    assert not never.expired()
    assert timeout_minutes("15") == 15 and timeout_minutes("") == 30 and timeout_minutes("-4") == 30
    assert timeout_minutes(None) == 30 and timeout_minutes("0") == 0
