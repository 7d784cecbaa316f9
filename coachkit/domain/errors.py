"""Errors a user can cause. Each carries a message written for that user."""


class CoachkitError(Exception):
    """Base for every error the dashboard shows as a message rather than a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAWorkbook(CoachkitError):
    """The file exists but is not a coachkit workbook (or not a database at all)."""


class NewerWorkbook(CoachkitError):
    """The workbook was written by a newer coachkit than this one."""


class InvalidEntry(CoachkitError):
    """A value the user typed cannot be stored (empty, out of range, too long)."""


class MissingEntry(CoachkitError):
    """The thing the user acted on no longer exists (deleted in another window?)."""


class NotAllowed(CoachkitError):
    """The person using the workbook may not do this (a coach changing the candidate's words)."""


class StoreUnavailable(CoachkitError):
    """The database could not be reached or would not let this person in."""
