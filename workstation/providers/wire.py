"""Reading JSON answers strictly: exact Decimals, typed field access, MalformedResponse on surprises."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

import httpx

from workstation.providers.base import MalformedResponse, yuan
from workstation.providers.http import body_excerpt


def json_object(response: httpx.Response, provider: str, what: str) -> dict:
    """The body as a JSON object, floats as exact Decimals; anything else is MalformedResponse."""
    try:
        data = json.loads(response.content, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError):
        raise MalformedResponse(
            f"{what}: not JSON (HTTP {response.status_code}): {body_excerpt(response)}",
            provider=provider,
        ) from None
    if not isinstance(data, dict):
        raise MalformedResponse(f"{what}: JSON is not an object", provider=provider)
    return data


class Fields:
    """Typed, path-aware reads of one JSON object: any surprise becomes MalformedResponse."""

    def __init__(self, data: object, provider: str, path: str = "$"):
        if not isinstance(data, dict):
            raise MalformedResponse(f"{path}: expected an object", provider=provider)
        self.data: dict = data
        self.provider = provider
        self.path = path

    def _fail(self, key: str, expected: str) -> MalformedResponse:
        got = type(self.data.get(key)).__name__ if key in self.data else "nothing"
        return MalformedResponse(f"{self.path}.{key}: expected {expected}, got {got}",
                                 provider=self.provider)

    def has(self, key: str) -> bool:
        return self.data.get(key) not in (None, "")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
            raise self._fail(key, "a string")
        return str(value)

    def opt_text(self, key: str, default: str = "") -> str:
        return self.text(key) if self.has(key) else default

    def integer(self, key: str) -> int:
        value = self.data.get(key)
        if isinstance(value, bool):
            raise self._fail(key, "an integer")
        try:
            number = Decimal(str(value).strip()) if isinstance(value, str | int | Decimal) else None
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or number != number.to_integral_value():
            raise self._fail(key, "an integer")
        return int(number)

    def opt_int(self, key: str, default: int | None = None) -> int | None:
        return self.integer(key) if self.has(key) else default

    def decimal(self, key: str) -> Decimal:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            raise self._fail(key, "a number")
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise self._fail(key, "a number") from None
        if not number.is_finite():
            raise self._fail(key, "a finite number")
        return number

    def yuan(self, key: str) -> Decimal:
        """A yuan amount (decimal), quantised to the fen."""
        return yuan(self.decimal(key))

    def fen(self, key: str) -> Decimal:
        """A fen amount (integer on the wire), returned in yuan."""
        return yuan(Decimal(self.integer(key)) / 100)

    def opt_yuan(self, key: str) -> Decimal | None:
        return self.yuan(key) if self.has(key) else None

    def opt_fen(self, key: str) -> Decimal | None:
        return self.fen(key) if self.has(key) else None

    def flag(self, key: str, default: bool | None = None) -> bool | None:
        """A boolean that may travel as true/"true"/1 (S8: types flip between int and string)."""
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise self._fail(key, "a boolean")

    def obj(self, key: str) -> Fields:
        return Fields(self.data.get(key), self.provider, f"{self.path}.{key}")

    def opt_obj(self, key: str) -> Fields | None:
        return self.obj(key) if self.data.get(key) is not None else None

    def objs(self, key: str) -> list[Fields]:
        """A list of objects; a missing or null list is empty."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._fail(key, "a list")
        return [Fields(v, self.provider, f"{self.path}.{key}[{i}]") for i, v in enumerate(value)]
