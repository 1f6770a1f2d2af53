"""Errors a user can cause and read: the message is Norwegian and says what to do."""


class AppError(Exception):
    """A problem the user can understand and act on; ``str(err)`` is the message to show."""


class DatabaseOpenError(AppError):
    pass
