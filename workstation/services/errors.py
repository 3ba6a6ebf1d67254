"""Expected failures a person can act on: shown as a plain message, never a traceback."""


class UserFacingError(Exception):
    """Base: the message is written for the operator and names the field or code at fault."""


class NotFoundError(UserFacingError):
    pass


class InvalidInput(UserFacingError):
    pass
