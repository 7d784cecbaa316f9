"""coachkit: an interview-coaching workbook. In a notebook or JupyterLab::

    import coachkit
    wb = coachkit.open_workbook()      # your workbook (or a SQLAlchemy URL)
    frames = wb.frames()               # interviews, questions, answers, ratings, jobs, duties
"""

__version__ = "0.1.0"


def open_workbook(url: str | None = None, role: str | None = None):
    """Open (creating or upgrading if needed) the workbook at ``url`` or the configured one.

    Imported on first call, so ``import coachkit`` (the command line) stays light."""
    from coachkit.frames import open_workbook as _open

    return _open(url, role=role)
