"""OT API errors as the server answers them and the client raises them."""

from __future__ import annotations

# ErrorCode values. Ok/BatchError/SessionExpired/AccessDenied/InstanceKeyBan are OT's (H);
# the others are our choice where OT's own word was not found (docs/otapi.md).
SESSION_EXPIRED = "SessionExpired"
ACCESS_DENIED = "AccessDenied"
INSTANCE_KEY_BAN = "InstanceKeyBan"
INVALID_PARAMETER = "InvalidParameter"
NOT_FOUND = "NotFound"
UNKNOWN_METHOD = "UnknownMethod"
NOT_AVAILABLE = "NotAvailable"  # the request is valid but the platform refuses it (not paid, ...)
INTERNAL_ERROR = "InternalError"


class OtapiError(Exception):
    """An OT API error answer: `code` (ErrorCode), `sub_code`, and the parameter at fault."""

    def __init__(self, code: str, description: str, *, sub_code: str | None = None,
                 parameter: str | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.sub_code = sub_code
        self.parameter = parameter

    def __str__(self) -> str:
        sub = f"/{self.sub_code}" if self.sub_code else ""
        return f"{self.code}{sub}: {self.description}"


class SessionExpired(OtapiError):
    def __init__(self, description: str = "The session has expired; authenticate again.", **kw):  # type: ignore[no-untyped-def]
        super().__init__(SESSION_EXPIRED, description, **kw)


class AccessDenied(OtapiError):
    def __init__(self, description: str, **kw):  # type: ignore[no-untyped-def]
        super().__init__(ACCESS_DENIED, description, **kw)


class InstanceKeyBan(OtapiError):
    def __init__(self, description: str = "This instance key is blocked.", **kw):  # type: ignore[no-untyped-def]
        super().__init__(INSTANCE_KEY_BAN, description, **kw)


def missing(name: str) -> OtapiError:
    return OtapiError(INVALID_PARAMETER, f"Parameter {name} is required.", sub_code="MissingParameter",
                      parameter=name)


def invalid(name: str, why: str) -> OtapiError:
    return OtapiError(INVALID_PARAMETER, f"Parameter {name}: {why}", sub_code="InvalidValue", parameter=name)


def not_found(name: str, what: str) -> OtapiError:
    return OtapiError(NOT_FOUND, f"Parameter {name}: {what}", sub_code="NotFound", parameter=name)


def from_answer(code: str, description: str, sub_code: str | None = None,
                parameter: str | None = None) -> OtapiError:
    """The client's exception for an error answer."""
    kinds: dict[str, type[OtapiError]] = {SESSION_EXPIRED: SessionExpired, ACCESS_DENIED: AccessDenied,
                                          INSTANCE_KEY_BAN: InstanceKeyBan}
    kind = kinds.get(code)
    if kind is not None:
        return kind(description, sub_code=sub_code, parameter=parameter)
    return OtapiError(code, description, sub_code=sub_code, parameter=parameter)
