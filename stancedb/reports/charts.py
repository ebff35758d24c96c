"""Charts of one holder → target series: mean stance per period, with the counts.

SVG is drawn here, as text, so that reports need no plotting library and work offline
(the HTML changes report inlines it). PNG goes through matplotlib, the optional extra
``stancedb[plot]``. Periods without observations are gaps: no point, no bar, and a
dashed line across them (the change compares the periods on both sides).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from stancedb.errors import StancedbError
from stancedb.reports.periods import period_label, period_range

Row = dict[str, Any]

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP = 48, 16, 36
PLOT_HEIGHT = 160  # the stance panel; the count bars go below it
BAR_TOP, BAR_HEIGHT = TOP + PLOT_HEIGHT + 14, 40
LINE, FLAG, BAR, GRID, INK = "#1f5fa8", "#d1495b", "#9bb7d4", "#dddddd", "#333333"


class PlotUnavailable(StancedbError):
    "A PNG chart needs matplotlib, which is not installed."


def _slots(series: Sequence[Row], period: str) -> list[dt.date]:
    """Every period from the first to the last observed one, gaps included."""
    return list(period_range(series[0]["period"], series[-1]["period"], period))


def svg_chart(series: Sequence[Row], *, period: str, title: str) -> str:
    """An SVG line chart of ``series`` (rows with ``period``, ``mean``, ``n`` and, when
    flagged, ``flagged`` true), sorted by period."""
    if not series:
        raise ValueError("nothing to draw: the series is empty")
    slots = _slots(series, period)
    step = (WIDTH - LEFT - RIGHT) / max(len(slots), 1)
    position = {p: i for i, p in enumerate(slots)}
    x_of = {p: LEFT + step * (i + 0.5) for p, i in position.items()}
    max_n = max(r["n"] for r in series)

    def y(mean: float) -> float:
        return TOP + (1 - mean) / 2 * PLOT_HEIGHT

    parts = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
         f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="11" '
         f'role="img" aria-label="{escape(title)}">'),
        f"<title>{escape(title)}</title>",
        f'<text x="{LEFT}" y="18" font-size="13" fill="{INK}">{escape(title)}</text>',
    ]
    for value in (1.0, 0.5, 0.0, -0.5, -1.0):
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" '
                     f'y2="{y(value):.1f}" stroke="{GRID}"'
                     + (' stroke-width="1.5"' if value == 0 else "") + "/>")
        parts.append(f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end" '
                     f'fill="{INK}">{value:+.1f}</text>'.replace("+0.0", "0"))
    parts.append(f'<text x="{LEFT - 6}" y="{BAR_TOP + BAR_HEIGHT:.1f}" text-anchor="end" '
                 f'fill="{INK}">n</text>')
    for prev, row in itertools.pairwise(series):
        adjacent = position[row["period"]] == position[prev["period"]] + 1
        parts.append(
            f'<line x1="{x_of[prev["period"]]:.1f}" y1="{y(prev["mean"]):.1f}" '
            f'x2="{x_of[row["period"]]:.1f}" y2="{y(row["mean"]):.1f}" '
            f'stroke="{FLAG if row.get("flagged") else LINE}" stroke-width="2"'
            + ("" if adjacent else ' stroke-dasharray="4 3"') + "/>")
    for row in series:
        x, label = x_of[row["period"]], period_label(row["period"], period)
        color = FLAG if row.get("flagged") else LINE
        radius = 3 + 4 * math.sqrt(row["n"] / max_n)
        tip = f"{label}: mean {row['mean']:+.2f}, n={row['n']}"
        if row.get("change") is not None:
            tip += f", change {row['change']:+.2f}"
        parts.append(f'<circle cx="{x:.1f}" cy="{y(row["mean"]):.1f}" r="{radius:.1f}" '
                     f'fill="{color}"><title>{escape(tip)}</title></circle>')
        height = BAR_HEIGHT * row["n"] / max_n
        parts.append(f'<rect x="{x - step * 0.35:.1f}" y="{BAR_TOP + BAR_HEIGHT - height:.1f}" '
                     f'width="{step * 0.7:.1f}" height="{height:.1f}" fill="{BAR}">'
                     f"<title>{escape(label)}: n={row['n']}</title></rect>")
        if len(slots) <= 24:
            parts.append(f'<text x="{x:.1f}" y="{BAR_TOP - 2:.1f}" text-anchor="middle" '
                         f'font-size="9" fill="{INK}">{row["n"]}</text>')
    every = max(1, math.ceil(len(slots) / 12))  # at most about a dozen x labels
    for i, p in enumerate(slots):
        if i % every == 0:
            parts.append(f'<text x="{x_of[p]:.1f}" y="{HEIGHT - 6}" text-anchor="middle" '
                         f'fill="{INK}">{period_label(p, period)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png_chart(series: Sequence[Row], *, period: str, title: str, path: Path) -> None:
    """The same chart as a PNG file, drawn with matplotlib (``pip install 'stancedb[plot]'``)."""
    if not series:
        raise ValueError("nothing to draw: the series is empty")
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display needed (cron, servers)
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotUnavailable(
            "a PNG plot needs matplotlib, which is not installed: "
            "pip install 'stancedb[plot]' (or plot to an .svg file, which needs nothing)"
        ) from None
    slots = _slots(series, period)
    index = {p: i for i, p in enumerate(slots)}
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(8, 4), sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    xs = [index[r["period"]] for r in series]
    # Solid segments between adjacent periods, dashed ones across gaps, as in the SVG.
    for prev, row in itertools.pairwise(series):
        adjacent = index[row["period"]] == index[prev["period"]] + 1
        top.plot([index[prev["period"]], index[row["period"]]], [prev["mean"], row["mean"]],
                 color=FLAG if row.get("flagged") else LINE, linewidth=2,
                 linestyle="-" if adjacent else "--")
    top.scatter(xs, [r["mean"] for r in series], zorder=3,
                color=[FLAG if r.get("flagged") else LINE for r in series])
    top.set_ylim(-1.05, 1.05)
    top.axhline(0, color=GRID)
    top.set_ylabel("mean stance")
    top.set_title(title)
    bottom.bar(xs, [r["n"] for r in series], color=BAR)
    bottom.set_ylabel("n")
    every = max(1, math.ceil(len(slots) / 12))
    bottom.set_xticks(range(0, len(slots), every),
                      [period_label(p, period) for p in slots[::every]], rotation=45)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def write_chart(series: Sequence[Row], *, period: str, title: str, path: Path) -> None:
    """Write the chart to ``path``: .svg drawn here, .png through matplotlib."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        path.write_text(svg_chart(series, period=period, title=title), encoding="utf-8")
    elif suffix == ".png":
        png_chart(series, period=period, title=title, path=path)
    else:
        raise UnsupportedOutput(f"cannot plot to {path.name}: give a .png or .svg file")


class UnsupportedOutput(StancedbError):
    "An output file name whose extension no writer handles."
