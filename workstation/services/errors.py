"""Expected failures a person can act on: shown as a plain message, never a traceback."""


class UserFacingError(Exception):
    """Base: the message is written for the operator and names the field or code at fault."""


class NotFoundError(UserFacingError):
    pass


class InvalidInput(UserFacingError):
    pass


class PermissionDenied(UserFacingError):
    """The person signed in may not do this (their role); nothing was changed."""


class SignInFailed(UserFacingError):
    """Unknown login, wrong password, a disabled person, or a badge that is not (or no longer) valid."""
