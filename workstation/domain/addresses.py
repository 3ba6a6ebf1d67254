"""Warehouse address validation (docs/domain.md): each problem names its field. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.domain import marketplaces


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


FIELDS = ("name", "mobile", "phone", "postal_code", "province", "city", "district", "address")
_DIGITS = re.compile(r"^\d+$")
_LANDLINE = re.compile(r"^[0-9][0-9\- ]{5,19}$")


def validate_warehouse(*, name: str, mobile: str, postal_code: str, province: str, city: str,
                       district: str, address: str, phone: str = "",
                       provider: str = "taobao") -> list[Problem]:
    """Every problem of a warehouse address; an empty list when it is valid.

    Recipient name 2-14 characters (characters, not bytes), mobile 11 digits, postal code
    6 digits, province/city/district/address present; 1688 also needs a landline.
    """
    problems: list[Problem] = []
    name = name.strip()
    if not 2 <= len(name) <= 14:
        problems.append(Problem("name", f"recipient name must be 2 to 14 characters (has {len(name)})"))
    mobile = mobile.strip()
    if not (_DIGITS.match(mobile) and len(mobile) == 11):
        problems.append(Problem("mobile", "mobile phone must be exactly 11 digits"))
    code = postal_code.strip()
    if not (_DIGITS.match(code) and len(code) == 6):
        problems.append(Problem("postal_code", "postal code must be exactly 6 digits"))
    for field, value in (("province", province), ("city", city), ("district", district),
                         ("address", address)):
        if not value.strip():
            problems.append(Problem(field, f"{field.replace('_', ' ')} is required"))
    found = marketplaces.BY_KIND.get(provider)
    if found is not None and found.needs_landline:
        if not phone.strip():
            problems.append(Problem("phone", f"{marketplaces.short_name(provider)} needs a landline phone"))
        elif not _LANDLINE.match(phone.strip()):
            problems.append(Problem("phone", "landline may hold only digits, spaces and dashes"))
    return problems
