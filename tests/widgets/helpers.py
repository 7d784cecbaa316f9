"""Small helpers for driving dashboards as widgets."""

from __future__ import annotations


def find(widget, cls: str) -> list:
    """Every widget under ``widget`` (itself included) carrying the CSS class ``cls``,
    in document order."""
    found, stack = [], [widget]
    while stack:
        w = stack.pop()
        if cls in getattr(w, "_dom_classes", ()):
            found.append(w)
        stack.extend(reversed(getattr(w, "children", ())))
    return found
