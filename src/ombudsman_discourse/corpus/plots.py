"""Figures of the comparison: each function takes a table of :func:`~.tables.comparison_tables` and returns a
Figure.

Up to :data:`HEATMAP_MAX` interviews, a figure is a heatmap of interviews (rows, sorted by id, each with the
number of interviewee sentences behind it) by codes, each cell labelled with its rate and starred where that
number is below :data:`~.tables.FEW_SENTENCES`, so that two interviews can be read value by value. Beyond
that, row labels could no longer be read, and a figure shows each code's distribution over the interviews
instead: a box plot (median, quartiles, whiskers at 1.5 times the interquartile range) with the share of
interviews where the code is absent, since short interviews leave many codes at zero. The values of every
interview stay in the tables.
"""

import textwrap

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..report.figure_style import SEQUENCE, message_figure, new_figure, source_line, styled
from .tables import FEW_SENTENCES

HEATMAP_MAX = 40  # interviews drawn as labelled heatmap rows; more are summarised as distributions


def _source(fig: Figure, interviews: int) -> None:
    source_line(fig, "")  # keeps the room every figure keeps below its axes; the wording is the corpus's
    fig.texts[-1].set_text(f"Source: {interviews:,} interviews compared")


def _heatmap(fig: Figure, wide: pd.DataFrame, label: str, sizes: pd.Series) -> None:
    """``wide``: interviews by codes; ``sizes``: the interviewee sentences behind each interview's rates."""
    ax = fig.add_subplot()
    values = wide.to_numpy(dtype=float)
    cmap = matplotlib.colormaps["Blues"].with_extremes(bad="#EEEEEE")  # grey: a rate without a base
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, aspect="auto", vmin=0)
    top = np.nanmax(values) if np.isfinite(values).any() else 0
    n = sizes.reindex(wide.index).to_numpy()
    marked = n < FEW_SENTENCES
    for (i, j), value in np.ndenumerate(values):
        text = "–" if np.isnan(value) else f"{value:.0f}" + ("*" if marked[i] else "")
        colour = "white" if value > top * 0.6 else "black"
        ax.text(j, i, text, ha="center", va="center", fontsize=7, color=colour)
    ax.set_xticks(range(wide.shape[1]), [c.replace("_", " ") for c in wide.columns], rotation=40, ha="right")
    ax.set_yticks(range(len(wide)), [f"{i} (n={k})" for i, k in zip(wide.index, n)], fontsize=8)
    if marked.any():
        ax.set_title(f"* rate from fewer than {FEW_SENTENCES} interviewee sentences: read it as a count", fontsize=8)
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, label=textwrap.fill(label, 22), shrink=0.8)  # wrapped: short figures too


def _distributions(fig: Figure, wide: pd.DataFrame, label: str) -> None:
    ax = fig.add_subplot()
    data = [wide[c].dropna().to_numpy() for c in wide.columns]
    y = np.arange(1, len(data) + 1)
    ax.boxplot(
        data,
        positions=y,
        orientation="horizontal",
        widths=0.6,
        patch_artist=True,
        boxprops={"facecolor": "#C6DBEF", "edgecolor": SEQUENCE[0]},
        medianprops={"color": "black"},
        whiskerprops={"color": SEQUENCE[0]},
        capprops={"color": SEQUENCE[0]},
        flierprops={"marker": ".", "markersize": 3, "markeredgecolor": SEQUENCE[0], "alpha": 0.4},
    )
    right = max((v.max() for v in data if len(v)), default=0) or 1
    for yi, values in zip(y, data):
        absent = (values == 0).mean() * 100 if len(values) else float("nan")
        ax.text(right * 1.03, yi, f"absent in {absent:.0f}%", va="center", fontsize=7, color="#333333")
    ax.set_yticks(y, [c.replace("_", " ") for c in wide.columns])
    ax.invert_yaxis()
    ax.set_xlim(-right * 0.02, right * 1.25)  # room for the labels on the right
    ax.set_xlabel(f"{label}, one value per interview")


def _profile(table: pd.DataFrame, code: str, value: str, label: str) -> Figure:
    interviews = table["interview_id"].nunique()
    rows = interviews if interviews <= HEATMAP_MAX else table[code].nunique()
    codes = table[code].nunique()
    wide_figure = interviews <= HEATMAP_MAX and codes > 10  # 23 rights need room for their cells and labels
    fig = new_figure(
        max(8.0, 3.5 + 0.42 * codes) if wide_figure else 8.0, max(3.0, 1.6 + 0.28 * rows) + (1.2 if wide_figure else 0)
    )
    if table.empty:
        return message_figure(fig, "No interview to compare.")
    wide = table.pivot(index="interview_id", columns=code, values=value)
    wide = wide.reindex(index=sorted(wide.index), columns=table[code].unique())  # codes in codebook order
    if interviews <= HEATMAP_MAX:
        sizes = table.drop_duplicates("interview_id").set_index("interview_id")["interviewee_sentences"]
        _heatmap(fig, wide, label, sizes)
    else:
        _distributions(fig, wide, label)
    _source(fig, interviews)
    return fig


@styled
def plot_claim_profiles(profiles: pd.DataFrame) -> Figure:
    """Claim types per 100 interviewee sentences in each interview (``compare_claim_profiles.csv``)."""
    return _profile(profiles, "claim_type", "per_100_sentences", "sentences per 100 interviewee sentences")


@styled
def plot_rights_profiles(rights: pd.DataFrame) -> Figure:
    """Specific rights per 100 interviewee sentences in each interview (``compare_rights.csv``)."""
    return _profile(rights, "right", "per_100_sentences", "sentences per 100 interviewee sentences")


@styled
def plot_frame_profiles(frames: pd.DataFrame) -> Figure:
    """Frames per 100 interviewee sentences in each interview (``compare_frames.csv``)."""
    return _profile(frames, "frame", "per_100_sentences", "sentences per 100 interviewee sentences")


@styled
def plot_stance_profiles(stance: pd.DataFrame) -> Figure:
    """Stance markers (Hyland 2005) per 1,000 answer words in each interview (``compare_stance.csv``)."""
    return _profile(stance, "marker", "per_1000_words", "markers per 1,000 answer words")
