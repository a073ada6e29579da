"""Figures of the interview's structure. Each function takes a table and returns a Figure."""

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..report.figure_style import PALETTE, new_figure, source_line, styled


@styled
def plot_structure(paragraphs: pd.DataFrame) -> Figure:
    """Words per paragraph in reading order, coloured by role, question turns numbered.

    Expects the columns of ``paragraphs.csv`` (paragraph_id, role, turn_id, n_words, interview_id).
    """
    fig = new_figure(9.0, 3.8)
    ax = fig.add_subplot()
    colours = [PALETTE[role] for role in paragraphs["role"]]
    ax.bar(paragraphs["paragraph_id"], paragraphs["n_words"], color=colours, width=0.8)
    top = paragraphs["n_words"].max()
    for row in paragraphs[paragraphs["role"] == "question"].drop_duplicates("turn_id").itertuples():
        ax.annotate(
            f"Q{row.turn_id}",
            (row.paragraph_id, row.n_words),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            fontsize=8,
        )
    ax.set_xlim(-0.8, len(paragraphs) - 0.2)
    ax.set_ylim(0, top * 1.12)
    ax.set_xlabel("paragraph (reading order, paragraph_id)")
    ax.set_ylabel("words per paragraph")
    present = [role for role in PALETTE if role in set(paragraphs["role"])]
    ax.legend(
        handles=[Patch(color=PALETTE[r], label=r) for r in present],
        ncols=len(present),
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        frameon=False,
        fontsize=8,
    )
    source_line(fig, paragraphs["interview_id"].iloc[0])
    return fig
