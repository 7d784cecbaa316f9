"""The week as a picture (matplotlib is imported only when a chart is drawn).

Segments carry a number and a share, never a cut-off duty name: the names are listed in
full, wrapped, in the key under the chart (``render.week_key_html``), numbered the same way.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from coachkit.domain import vocab
from coachkit.domain.records import DutyRecord

ENERGY_COLOURS = {"drains": "#d1495b", "neutral": "#9fb3c8", "energises": "#3f9b5a"}
UNKNOWN_COLOUR = "#e4e7eb"


def numbered(duties: Sequence[DutyRecord]) -> list[tuple[int, DutyRecord]]:
    """The duties in the order the chart and its key number them: known shares first."""
    known = [d for d in duties if d.share_pct is not None]
    unknown = [d for d in duties if d.share_pct is None]
    return list(enumerate(known + unknown, 1))


def week_chart_png(duties: Sequence[DutyRecord]) -> bytes:
    """The week as one horizontal stacked bar: a segment per duty coloured by energy, and
    a hatched grey segment for what nobody knows yet. Shares are drawn as entered."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    rows = numbered(duties)
    known = [(n, d) for n, d in rows if d.share_pct is not None]
    unknown = [n for n, d in rows if d.share_pct is None]
    total = sum(d.share_pct for _, d in known)
    fig = Figure(figsize=(7.2, 2.5), dpi=110)
    ax = fig.add_subplot()
    left = 0.0
    for n, duty in known:
        ax.barh(0, duty.share_pct, left=left, color=ENERGY_COLOURS[duty.energy],
                edgecolor="white", height=0.6)
        if duty.share_pct >= 3:
            label = f"{n}\n{duty.share_pct:g}%" if duty.share_pct >= 7 else str(n)
            ax.text(left + duty.share_pct / 2, 0, label, ha="center", va="center",
                    fontsize=9, color="white", fontweight="bold")
        left += duty.share_pct
    gap = max(0.0, 100 - total)
    if unknown or gap > 0:
        width = gap if gap > 0 else 10.0
        ax.barh(0, width, left=left, color=UNKNOWN_COLOUR, hatch="///", edgecolor="#9aa5b1",
                height=0.6)
        if unknown:
            which = ("duty " if len(unknown) == 1 else "duties ") + ", ".join(map(str, unknown))
            label = f"share unknown:\n{which}" if width >= 12 else "?"
        else:
            label = f"{gap:g}% not\naccounted for" if width >= 12 else "?"
        ax.text(left + width / 2, 0, label, ha="center", va="center", fontsize=9,
                color="#334e68")
        left += width
    ax.axvline(100, color="#243b53", linestyle="--", linewidth=1)
    ax.text(100, 0.42, " a full week", fontsize=9, color="#243b53", va="bottom")
    ax.set_xlim(0, max(100.0, left) * 1.02)
    ax.set_ylim(-0.5, 0.6)
    ax.set_yticks([])
    ax.set_xlabel("share of the working week (%)")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles = [Patch(color=c, label=vocab.ENERGY[e]) for e, c in ENERGY_COLOURS.items()]
    handles.append(Patch(facecolor=UNKNOWN_COLOUR, hatch="///", edgecolor="#9aa5b1",
                         label="Unknown"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.45), ncol=4,
              frameon=False, fontsize=9)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", bbox_inches="tight", pad_inches=0.1)
    return out.getvalue()
