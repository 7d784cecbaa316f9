"""Use cases, named for what the user does. Views call these; they never see SQL."""

from coachkit.services.workbook import Workbook, open_workbook

__all__ = ["Workbook", "open_workbook"]
