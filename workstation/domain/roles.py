"""The roles of the people at a warehouse and what each may do: declared once, read by the
services (`services/people.require`), the window (what it shows) and the CLI. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# the codes are declared apart, for the CLI's parser (role_codes.py); re-exported here
from workstation.domain.role_codes import ADMINISTRATOR as ADMINISTRATOR
from workstation.domain.role_codes import CLERK as CLERK
from workstation.domain.role_codes import PURCHASER as PURCHASER
from workstation.domain.role_codes import ROLE_CODES


class Permission(StrEnum):
    """One thing a person may be allowed to do."""

    SETTINGS = "settings"  # provider settings, warehouse addresses, scanners
    KEYS = "keys"  # API keys and secrets, the marketplace connection, OT API instances
    ACCOUNTS = "accounts"  # people and badges, buyer accounts (sessions)
    BOOK = "book"  # booking lines on the marketplace
    PRICES = "prices"  # recalculating customer prices, answering price questions
    BIND = "bind"  # binding and unbinding marketplace orders
    RECEIVE = "receive"  # confirming what arrived, unmatched parcels
    PARCELS = "parcels"  # forming the outgoing parcels
    LABELS = "labels"  # printing line, parcel and badge labels




@dataclass(frozen=True)
class Role:
    code: str
    name: str  # English; the window translates it
    permissions: frozenset[Permission]


ROLES: dict[str, Role] = {r.code: r for r in (
    Role(ADMINISTRATOR, "Administrator", frozenset(Permission)),
    Role(PURCHASER, "Purchaser", frozenset({Permission.BOOK, Permission.PRICES, Permission.BIND})),
    Role(CLERK, "Clerk", frozenset({Permission.RECEIVE, Permission.PARCELS, Permission.LABELS})),
)}

# What a refusal says the permission is about, so the message names it.
PERMISSION_NAMES: dict[Permission, str] = {
    Permission.SETTINGS: "change settings",
    Permission.KEYS: "change API keys and secrets",
    Permission.ACCOUNTS: "manage people and accounts",
    Permission.BOOK: "book lines",
    Permission.PRICES: "change prices or answer price questions",
    Permission.BIND: "bind or unbind marketplace orders",
    Permission.RECEIVE: "receive goods",
    Permission.PARCELS: "form parcels",
    Permission.LABELS: "print labels",
}


class UnknownRole(ValueError):
    pass


def role(code: str) -> Role:
    try:
        return ROLES[code]
    except KeyError:
        raise UnknownRole(f"unknown role {code!r}: one of {', '.join(ROLES)}") from None


def allows(role_code: str, permission: Permission) -> bool:
    """Does a person of this role have this permission? An unknown role has none."""
    found = ROLES.get(role_code)
    return found is not None and permission in found.permissions

assert tuple(ROLES) == ROLE_CODES, "role_codes.ROLE_CODES names the roles of ROLES, in order"
